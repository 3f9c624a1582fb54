"""``party``, ``shipment new``, ``edit`` and ``line``: a shipment's records from the command line.

Thin commands over :mod:`aidtracker.services.entry` and :mod:`aidtracker.services.shipments`
(the window calls the same functions). Each prints what it made (a reference, a line number).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from aidtracker import validate
from aidtracker.cli.words import problem_words, severity_words
from aidtracker.domain import OrgKind, Problem, Severity
from aidtracker.errors import ValidationFailed
from aidtracker.services import chronology
from aidtracker.services.edits import parse_date, parse_header_edit
from aidtracker.services.entry import (
    PARTY_EDIT,
    add_line,
    add_party,
    edit_party,
    list_parties,
    new_shipment,
)
from aidtracker.services.shipments import update_header
from aidtracker.services.stock import void_line
from aidtracker.store import open_database
from aidtracker.store import shipments as repo


@contextmanager
def opened(path: Path) -> Iterator[Database]:

    db = open_database(path)
    try:
        yield db
    finally:
        db.close()


def pairs(items: Sequence[str] | None) -> dict[str, str]:
    """``FIELD=VALUE`` options as a dict; a malformed one is refused naming it."""

    out: dict[str, str] = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValidationFailed([Problem(field="set", rule="format",
                                            params={"value": item, "expected": "FIELD=VALUE"})])
        out[name.strip()] = value.strip()
    return out


def warn(problems: Sequence[Problem]) -> None:
    """Warnings (not refusals) on stderr, one a line."""

    for p in problems:
        if p.severity is Severity.WARNING:
            print(f"aidtracker: {severity_words(p.severity)}: {problem_words(p)}",
                  file=sys.stderr)


def db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the AidTracker database file")


def date_value(text: str) -> date:
    """An option's date (``type=date_value``): ISO 2026-03-01 or 01.03.2026."""
    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (YYYY-MM-DD or DD.MM.YYYY)") from None


def set_arg(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--set", action="append", metavar="FIELD=VALUE", help=what)


# --- party ---------------------------------------------------------------------------------


def cmd_party_add(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        add_party(db, args.kind, name=args.name, country=args.country or "UA",
                  city=args.city or "", edrpou=args.edrpou or "", address=args.address or "",
                  name_uk=args.name_uk or "", org_kind=args.org_kind,
                  ahars_recipient_no=args.ahars_no or "", actor=args.actor)
    print(f"{args.kind} {args.name}")
    return 0


def cmd_party_edit(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        org = edit_party(db, args.name, pairs(args.set), role=args.role, actor=args.actor)
    print(f"{org.display_name}: saved")
    return 0


def cmd_party_list(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        rows = list_parties(db)
    if args.json:
        print(json.dumps([{"kind": r.kind, "name": r.name, "city": r.city, "edrpou": r.edrpou,
                           "country": r.country, "ahars_recipient_no": r.ahars_recipient_no}
                          for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r.kind:<10} {r.name:<40} {r.city:<20} {r.edrpou:<10} {r.country}")
    return 0


# --- shipment, edit ------------------------------------------------------------------------


def cmd_shipment_new(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        ref = new_shipment(db, partner=args.partner, donor=args.donor, recipient=args.recipient,
                           currency=args.currency or "", fields=pairs(args.set),
                           actor=args.actor)
    print(ref)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        current = repo.get_shipment(db, args.reference)
        saved = update_header(db, args.reference, parse_header_edit(pairs(args.set)),
                              actor=args.actor,
                              expected_version=current.version,
                              amendment_reason=args.reason or "")
        warn(chronology.header_problems(saved, _today()))
    print(f"{saved.reference}: version {saved.version}")
    return 0


def _today() -> date:
    return date.today()


# --- lines ---------------------------------------------------------------------------------


def cmd_line_add(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        fields = pairs(args.set)
        number = add_line(db, args.reference, args.description, args.quantity, args.unit,
                          fields, actor=args.actor, reason=args.reason or "")
        if fields.get("hs_code"):
            warn(validate.check_hs(fields["hs_code"], fields.get("national_code", ""),
                                   row=number))
    print(number)
    return 0


def cmd_line_void(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        void_line(db, args.reference, args.line, reason=args.reason, actor=args.actor)
    print(f"{args.reference} line {args.line}: voided")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _party(sub)
    p = sub.add_parser("shipment", help="create a shipment")
    ssub = p.add_subparsers(dest="shipment_command", metavar="ACTION", required=True)
    p = ssub.add_parser("new", help="a new draft between named parties; prints its reference")
    db_arg(p)
    p.add_argument("--partner", required=True, help="partner city (as typed in party add)")
    p.add_argument("--donor", required=True, help="donor name (any spelling on record)")
    p.add_argument("--recipient", required=True, help="recipient name or EDRPOU")
    p.add_argument("--currency", help="ISO 4217 code of the values (default EUR)")
    set_arg(p, "a header field as show --json names it (planned_loading, crossing, carrier…)")
    p.set_defaults(handler=cmd_shipment_new)
    p = sub.add_parser("edit", help="change header fields (an amendment with --reason once "
                                    "delivered); refuses dates out of order or after today")
    p.add_argument("reference")
    db_arg(p)
    set_arg(p, "FIELD=VALUE, fields as show --json names them (export_mrn, ahars_code, "
               "pledged_on, consent_date, consent_signer, crossing, …); dates YYYY-MM-DD")
    p.add_argument("--reason", help="why (required once the shipment is delivered)")
    p.set_defaults(handler=cmd_edit)
    _line(sub)


def _party(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("party", help="partner cities, donors, recipients, acquirers")
    psub = p.add_subparsers(dest="party_command", metavar="ACTION", required=True)
    p = psub.add_parser("add", help="add a partner city, donor, recipient or acquirer")
    p.add_argument("kind", choices=("partner", "donor", "recipient", "acquirer"))
    db_arg(p)
    p.add_argument("--name", required=True,
                   help="partner: the partner city; otherwise the organisation's name")
    p.add_argument("--country", help="ISO 3166 two-letter code (default UA)")
    p.add_argument("--city", help="partner: the Ukrainian city; recipient/acquirer: its city")
    p.add_argument("--edrpou", help="recipient/acquirer: EDRPOU code (8 digits, checked)")
    p.add_argument("--address", help="postal address")
    p.add_argument("--name-uk", help="the Ukrainian name, when --name is not Ukrainian")
    p.add_argument("--org-kind", type=OrgKind, choices=list(OrgKind), metavar="KIND",
                   help="organisation kind: " + ", ".join(OrgKind))
    p.add_argument("--ahars-no", metavar="NO",
                   help="recipient: its registration No. in AHARS (proves CL-B01 with EDRPOU)")
    p.set_defaults(handler=cmd_party_add)
    p = psub.add_parser("edit", help="change a donor's, recipient's or acquirer's fields")
    p.add_argument("name", help="the organisation's name as typed, or its EDRPOU")
    db_arg(p)
    p.add_argument("--role", choices=("donor", "recipient", "acquirer"), default="recipient",
                   help="prefer organisations in this role when a name matches several")
    set_arg(p, "FIELD=VALUE: " + ", ".join(PARTY_EDIT) + " (city is the settlement; "
            "ahars_recipient_no the recipient's registration No. in AHARS)")
    p.set_defaults(handler=cmd_party_edit)
    p = psub.add_parser("list", help="every party with its kind, name, city, EDRPOU")
    db_arg(p)
    p.add_argument("--json", action="store_true",
                   help="a list of {kind, name, city, edrpou, country, ahars_recipient_no}")
    p.set_defaults(handler=cmd_party_list)


def _line(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("line", help="add or void a goods line")
    lsub = p.add_subparsers(dest="line_command", metavar="ACTION", required=True)
    p = lsub.add_parser("add", help="append a goods line; prints its number")
    p.add_argument("reference")
    db_arg(p)
    p.add_argument("--description", required=True, help="what it is, specifically")
    p.add_argument("--quantity", required=True, help="decimal quantity, e.g. 12 or 0.5")
    p.add_argument("--unit", required=True, help="pcs, pair, pack, carton, kg, l, set")
    set_arg(p, "category (e.g. veh.ambulance, med.consumable), hs_code (6 digits of HS 2022; "
               "4 warns), net_kg, gross_kg, unit_value, value (line total), currency, "
               "condition (new|used), wear_pct, expiry_date, shelf_life_months, lot, packages, "
               "marks, serials (comma-separated VINs or serial numbers), load (its number)")
    p.add_argument("--reason", help="amendment reason (required once delivered)")
    p.set_defaults(handler=cmd_line_add)
    p = lsub.add_parser("void", help="void a line (kept, out of totals); refused while an "
                                     "act refers to it")
    p.add_argument("reference")
    p.add_argument("line", type=int, metavar="N")
    db_arg(p)
    p.add_argument("--reason", required=True, help="why the line is voided")
    p.set_defaults(handler=cmd_line_void)
