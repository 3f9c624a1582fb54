"""``aidtracker print``: issue one document of a shipment as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from aidtracker.documents.context import KINDS, LANGS


def cmd_print(args: argparse.Namespace) -> int:
    from aidtracker.services.documents import issue_document
    from aidtracker.store import open_database

    db = open_database(args.db)
    try:
        doc = issue_document(db, args.reference, args.kind, args.out, actor=args.actor,
                             lang=args.lang, selector=args.select, copy_of=args.copy_of)
    finally:
        db.close()
    copy = f" (copy of {doc.copy_of})" if doc.copy_of else ""
    print(f"{doc.number}{copy}: {doc.path} ({doc.pages} pages, sha256 {doc.sha256[:12]}…)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("print", help="print a document of a shipment to PDF (numbered, recorded)")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    p.add_argument("reference")
    p.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.pdf")
    p.add_argument("--db", type=Path, required=True, metavar="PATH")
    p.add_argument("--lang", choices=LANGS, default="uk-en")
    p.add_argument("--select", metavar="VIN|SERIAL|ACT",
                   help="one vehicle (vehicle-sheet, vehicle-handover) or one act (distribution)")
    p.add_argument("--copy-of", metavar="NUMBER", help="reprint an issued number as a copy")
    p.set_defaults(handler=cmd_print)
