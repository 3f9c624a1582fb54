"""Commands between the two offices: ``template`` (the partner's packing list to fill in)."""

from __future__ import annotations

import argparse
from pathlib import Path

from aidtracker.catalogue import language, say
from aidtracker.catalogue.exchange import TEMPLATE
from aidtracker.ledger.template import languages
from aidtracker.store import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the commands to the main parser's subcommands."""
    p = sub.add_parser(
        "template", help="write a packing-list workbook for a partner city to fill in",
        description="Writes OUT.xlsx: an instructions sheet and a goods sheet in the partner's "
        "language beside Ukrainian (No., description, description in Ukrainian, quantity, "
        "unit, packages, category, HS code, net and gross kg, unit value, currency, condition, "
        "wear %, expiry date, lot, VIN/serial numbers), with drop-down lists and checks. A "
        "filled copy imports with import-manifest without any column mapping.")
    p.add_argument("out", type=Path, metavar="OUT.xlsx", help="the workbook to write")
    p.add_argument("--db", type=Path, required=True, metavar="PATH")
    p.add_argument("--partner", required=True, metavar="NAME",
                   help="partner city as you type it: München, Munich, Мюнхен")
    p.add_argument("--lang", choices=languages(), metavar="|".join(languages()),
                   help="the partner's language (default: the partnership's document "
                   "language, else its country's, else en); Ukrainian is always beside it")
    p.set_defaults(handler=cmd_template)


def cmd_template(args: argparse.Namespace) -> int:
    # lazy: the exchange format loads only when a file is exchanged
    from aidtracker.services.exchange import partner_template

    db = open_database(args.db)
    try:
        result = partner_template(db, args.partner, args.out, lang=args.lang)
    finally:
        db.close()
    print(say(TEMPLATE["written"], language(), partner=result.partner.partner_city,
              lang=result.lang, path=result.path))
    return 0
