"""``aidtracker``: a thin command line over the services.

The window's commands (``run``, ``gui``) come from ``ui.launcher``, which the ``aidtracker``
command starts; ``python -m aidtracker`` is the core alone (no Qt).

Exit codes: 0 success; 2 bad input or a refused action (one line on stderr naming what is
wrong, nothing written); 1 an unexpected failure. JSON amounts are exact decimal strings:
quantities and kg without trailing zeros ("0.1", "3"), money with the currency's minor digits
("3500.00").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aidtracker import workflow
from aidtracker.cli import acts as cli_acts
from aidtracker.cli import documents as cli_documents
from aidtracker.cli import donor as cli_donor
from aidtracker.cli import excel as cli_excel
from aidtracker.cli import exchange as cli_exchange
from aidtracker.cli import maintenance as cli_maintenance
from aidtracker.cli import records as cli_records
from aidtracker.cli import shipment_file as cli_shipment_file
from aidtracker.cli import stock as cli_stock
from aidtracker.cli.jsonview import detail_json, row_json
from aidtracker.cli.maintenance import attribution, writer_session
from aidtracker.cli.words import error_words
from aidtracker.domain import CheckState, Problem, Status
from aidtracker.errors import AidTrackerError, ValidationFailed
from aidtracker.services.listing import ShipmentQuery, count_shipments, list_shipments
from aidtracker.services.maintenance import backup, check
from aidtracker.services.progress import advance, set_checklist
from aidtracker.services.shipments import get_detail
from aidtracker.store import create_database, open_database
from aidtracker.store import shipments as repo

if TYPE_CHECKING:
    from sqlite_utils import Database

Handler = Callable[[argparse.Namespace], int]


def _db_arg(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--db", type=Path, required=required, metavar="PATH",
                        help="the AidTracker database file")


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _open(args: argparse.Namespace) -> Database:

    return open_database(args.db)


def cmd_new(args: argparse.Namespace) -> int:

    create_database(args.db, office_code=args.office, side=args.side).close()
    print(f"created {args.db} ({args.side} office {args.office.upper()})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    # lazy: the demo data loads only when a demo is built
    from aidtracker.demo.builder import build_demo

    summary = build_demo(args.db, office_code=args.office)
    print(f"demo database {args.db}: {summary}")
    return 0


def cmd_shipments(args: argparse.Namespace) -> int:

    query = ShipmentQuery(status=args.status, partner=args.partner or "", search=args.search or "",
                          sort="reference", descending=False)
    db = _open(args)
    try:
        total = count_shipments(db, query)
        rows = list_shipments(db, query, limit=max(total, 1))
    finally:
        db.close()
    if args.json:
        _print_json([row_json(r) for r in rows])
        return 0
    for r in rows:
        print(f"{r.reference:<16} {r.status.value:<16} {r.partner_city:<14} {r.recipient[:40]}")
    print(f"{total} shipment(s)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:

    db = _open(args)
    try:
        detail = get_detail(db, args.reference)
        data: dict[str, Any] = detail_json(detail, detail.valuation)
    finally:
        db.close()
    if args.json:
        _print_json(data)
        return 0
    print(f"{data['reference']}  {data['status']}  {data['partner']} → {data['own_city']}")
    print(f"donor: {data['donor']['name']}  recipient: {data['recipient']['name']}")
    for item in data["items"]:
        text = item["description"] or item["description_en"]  # an import's original language
        print(f"  {item['line']:>3}. {text[:50]:<50} {item['quantity']:>10}"
              f" {item['unit']:<6} {item['gross_kg']:>10} kg"
              f" {item['value']:>12} {item['currency']}")
    totals = data["totals"]
    print(f"totals: {totals['lines']} lines, {totals['gross_kg']} kg, "
          + ", ".join(f"{v} {c}" for c, v in totals["value_by_currency"].items()))
    return 0


def _fields(pairs: Sequence[str]) -> dict[str, object]:
    fields: dict[str, object] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValidationFailed([_problem("set", "format", pair, "FIELD=VALUE")])
        fields[name.strip()] = value
    return fields


def _problem(field: str, rule: str, value: object, expected: str) -> Problem:
    return Problem(field=field, rule=rule, params={"value": value, "expected": expected})


def cmd_advance(args: argparse.Namespace) -> int:

    fields = _fields(args.set or [])
    db = _open(args)
    try:
        shipment = repo.get_shipment(db, args.reference)
        event = workflow.event_for_target(shipment, args.status)
        saved = advance(db, args.reference, event, actor=args.actor, note=args.note or "",
                        reason=args.reason or "", fields=fields)
    finally:
        db.close()
    print(f"{saved.reference}: {shipment.status.value} → {saved.status.value}")
    return 0


def cmd_tick(args: argparse.Namespace) -> int:

    state = CheckState.OVERRIDDEN if args.override is not None else (
        CheckState.OPEN if args.reopen else CheckState.DONE)
    db = _open(args)
    try:
        set_checklist(db, args.reference, args.rule, state, actor=args.actor,
                      note=args.override or args.note or "")
    finally:
        db.close()
    print(f"{args.reference} {' '.join(args.rule)}: {state.value}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:

    db = _open(args)
    try:
        report = check(db)
    finally:
        db.close()
    print(f"integrity: {report.integrity}; foreign key problems: {report.foreign_key_problems}")
    print(f"schema version: {report.schema_version} (this program: {report.supported_version})")
    print(f"shipments: {report.shipments}; deadlines overdue or at risk: "
          f"{len(report.deadlines_due)}")
    for d in report.deadlines_due:
        due = d.due.isoformat() if d.due else ""
        print(f"  {d.reference:<16} {d.code:<20} due {due}  {d.state:<8}"
              f" {d.days_left:>5} days {d.detail}")
    path, made = report.last_backup or ("none yet", "")
    print(f"last verified backup: {path} {made}".rstrip())
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:

    db = _open(args)
    try:
        path = backup(db, args.out)
    finally:
        db.close()
    print(f"backup verified: {path}")
    return 0


Register = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]


def build_parser(extra: Sequence[Register] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aidtracker", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actor", default=None,
                        help="who is acting, recorded in the audit trail (default: "
                        "AIDTRACKER_USER, else the operating-system user, as in the window)")
    parser.add_argument("--self-test", action="store_true",
                        help="headless check of the program and its resources (exit 0 ok)")
    parser.add_argument("--self-test-log", type=Path, metavar="PATH",
                        help="also write the self-test summary here (default: data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_commands(sub)
    for register in (*_extensions(), *extra):
        register(sub)
    return parser


def _add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("new", help="create an empty database (refuses an existing file)")
    _db_arg(p)
    p.add_argument("--office", default="KYV", help="office code for references (KYV-2026-0001)")
    p.add_argument("--side", choices=("recipient", "donor"), default="recipient",
                   help="which side this office is: the recipient's (a Ukrainian city office, "
                   "the default) or the donor's (a partner city office); the papers of its own "
                   "side carry its letterhead, place and signatory")
    p.set_defaults(handler=cmd_new)
    p = sub.add_parser("demo", help="create a demo database (refuses an existing file)")
    _db_arg(p)
    p.add_argument("--office", default="KYV")
    p.set_defaults(handler=cmd_demo)
    p = sub.add_parser("shipments", help="list shipments")
    _db_arg(p)
    p.add_argument("--status", type=Status, choices=list(Status), metavar="STATUS")
    p.add_argument("--partner", help="partner city")
    p.add_argument("--search", help="reference, description, VIN, serial or AHARS code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_shipments)
    p = sub.add_parser("show", help="one shipment with lines, totals, events and checklist")
    p.add_argument("reference")
    _db_arg(p)
    p.add_argument("--json", action="store_true", help="exact decimal strings, never floats")
    p.set_defaults(handler=cmd_show)
    p = sub.add_parser("advance", help="move a shipment to STATUS through its workflow event")
    p.add_argument("reference")
    p.add_argument("status", type=Status, choices=list(Status), metavar="STATUS")
    _db_arg(p)
    p.add_argument("--note", help="note recorded with the event")
    p.add_argument("--reason", help="reason (hold, cancel, return, reopen)")
    p.add_argument("--set", action="append", metavar="FIELD=VALUE",
                   help="a field the event records, e.g. cleared_on=2026-03-01")
    p.set_defaults(handler=cmd_advance)
    p = sub.add_parser("tick", help="tick paperwork checklist items (or override them); items "
                                    "the record proves tick themselves")
    p.add_argument("reference")
    p.add_argument("rule", nargs="+", help="checklist rule ids, e.g. CL-B02 CL-B05")
    _db_arg(p)
    p.add_argument("--note", help="evidence or remark")
    p.add_argument("--override", "--not-applicable", metavar="REASON",
                   help="not applicable / overridden, with a reason (logged)")
    p.add_argument("--reopen", action="store_true", help="mark the item open again")
    p.set_defaults(handler=cmd_tick)
    p = sub.add_parser("check", help="integrity, schema version, deadlines due")
    _db_arg(p)
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("backup", help="verified copy of the database to OUT (a new file)")
    _db_arg(p)
    p.add_argument("out", type=Path)
    p.set_defaults(handler=cmd_backup)


def _extensions() -> list[Register]:

    return [cli_documents.register, cli_excel.register, cli_exchange.register,
            cli_records.register, cli_stock.register, cli_maintenance.register,
            cli_shipment_file.register, cli_donor.register, cli_acts.register]


def main(argv: Sequence[str] | None = None, *, extra: Sequence[Register] = (),
         default_command: str | None = None) -> int:
    """Run one command. ``extra`` adds commands (the window's launcher in ``ui`` adds ``run`` and
    ``gui``); ``default_command`` is what runs when none is given (else the help, exit 2)."""
    parser = build_parser(extra)
    args = parser.parse_args(argv)
    if args.self_test:
        # lazy: the self-test loads only when asked for
        from aidtracker.cli.selftest import run

        return run(sys.stdout, log=args.self_test_log)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if default_command is None:
            parser.print_help(sys.stderr)
            return 2
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]),
                                  default_command])
        handler = args.handler
    try:

        attribution(args)
        with writer_session(args):
            return handler(args)
    except AidTrackerError as exc:
        print(f"aidtracker: {error_words(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so plainly, details only on request
        print(f"aidtracker: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        if os.environ.get("AIDTRACKER_DEBUG"):
            traceback.print_exc()
        return 1


if __name__ == "__main__":
    sys.exit(main())
