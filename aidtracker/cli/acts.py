"""``act reverse``: reverse a distribution (D8) or write-off (D9) act with a reason.

A thin command over :func:`aidtracker.services.reversal.reverse_act` (the window calls the same
function).
"""

from __future__ import annotations

import argparse

from aidtracker.cli.records import db_arg, opened
from aidtracker.services.reversal import reverse_act


def cmd_act_reverse(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        done = reverse_act(db, args.reference, args.act, reason=args.reason, actor=args.actor)
    voided = f"; {done.voided_document} void" if done.voided_document else ""
    moved = (f"; status {done.from_status.value} → {done.to_status.value}"
             if done.to_status is not done.from_status else "")
    print(f"{done.act_no} reversed{voided}{moved}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("act", help="distribution and write-off acts (D8, D9)")
    asub = p.add_subparsers(dest="act_command", metavar="ACTION", required=True)
    p = asub.add_parser(
        "reverse", help="reverse an act with a reason: it stays on record with its number "
        "(never issued again), marked reversed (who, when, why); its quantities go back on "
        "hand; its printed original becomes void in the document register; a 'distributed' "
        "shipment goes back to 'distributing' (or 'delivered' when no distribution act is "
        "left). Refused once the AHARS report is filed.")
    p.add_argument("reference", help="the shipment (KYV-2026-0001)")
    p.add_argument("act", metavar="ACT_NUMBER",
                   help="the act's number as printed (KYV-ROZ-2026-0001, KYV-SPS-2026-0001)")
    db_arg(p)
    p.add_argument("--reason", required=True, metavar="TEXT",
                   help="why the act is reversed (kept with it, in the audit and the history)")
    p.set_defaults(handler=cmd_act_reverse)
