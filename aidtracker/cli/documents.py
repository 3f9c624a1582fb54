"""``aidtracker print`` (issue an original or a copy as PDF) and ``aidtracker documents`` (the
register of issued documents of a shipment)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from aidtracker.cli.records import date_value
from aidtracker.documents.context import KINDS, LANGS
from aidtracker.store import open_database


def _pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


def cmd_print(args: argparse.Namespace) -> int:
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.services.documents import issue_document

    db = open_database(args.db)
    try:
        doc = issue_document(db, args.reference, args.kind, args.out, actor=args.actor,
                             lang=args.lang, selector=args.select, copy_of=args.copy_of,
                             doc_date=args.date, supersede=args.supersede)
    finally:
        db.close()
    if doc.copy_of:
        print(f"{doc.number} (copy of {doc.copy_of}): {doc.path} ({_pages(doc.pages)})")
        return 0
    replaces = f", replaces {doc.supersedes}" if doc.supersedes else ""
    dated = doc.date.strftime("%d.%m.%Y") if doc.date else "—"
    print(f"{doc.number} dated {dated}{replaces}: {doc.path} ({_pages(doc.pages)}, "
          f"sha256 {doc.sha256})")
    return 0


def cmd_documents(args: argparse.Namespace) -> int:
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.services.documents import document_register

    db = open_database(args.db)
    try:
        records = document_register(db, args.reference)
    finally:
        db.close()
    if args.json:
        rows = [
            {"number": r.number, "kind": r.kind, "scope": r.scope,
             "date": r.date.isoformat() if r.date else None, "issued_at": r.issued_at,
             "issued_by": r.issued_by, "sha256": r.sha256, "status": r.status,
             "supersedes": r.supersedes, "superseded_by": r.superseded_by,
             "superseded_at": r.superseded_at, "supersede_reason": r.supersede_reason,
             "lang": r.lang, "copies": r.copies}
            for r in records
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in records:
        dated = r.date.strftime("%d.%m.%Y") if r.date else "—"
        note = f" → {r.superseded_by} ({r.supersede_reason})" if r.superseded_by else (
            f" ({r.supersede_reason})" if r.supersede_reason else "")
        print(f"{r.number:<28} {r.kind:<17} {r.scope:<24} {dated}  {r.status:<10} "
              f"copies {r.copies}  {r.issued_at} {r.issued_by}  {r.sha256[:12]}{note}")
    print(f"{len(records)} document(s)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "print", help="issue a document of a shipment as PDF: a numbered original, stored with "
        "its SHA-256 and data, or a copy of a stored original")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help="the document: " + ", ".join(KINDS))
    p.add_argument("reference", metavar="REF", help="the shipment reference (KYV-2026-0001)")
    p.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.pdf",
                   help="where to write the PDF (replaced only when complete)")
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the AidTracker database file")
    p.add_argument("--lang", choices=LANGS, default="uk-en",
                   help="Ukrainian first, then the second language (default uk-en)")
    p.add_argument("--date", type=date_value, metavar="YYYY-MM-DD",
                   help="the document's legal date (default: the date of the act in the record, "
                   "e.g. the receipt date for the handover act); refused if it contradicts it")
    p.add_argument("--select", metavar="VIN|SERIAL|ACT",
                   help="one vehicle (vehicle-sheet, vehicle-handover) or one distribution act "
                   "(distribution); required when the shipment has several")
    p.add_argument("--supersede", metavar="REASON",
                   help="replace the valid original of this kind and scope, giving the reason; "
                   "the old number is kept, marked superseded")
    p.add_argument("--copy-of", metavar="NUMBER",
                   help="write the stored original NUMBER with the copy mark (no new number)")
    p.set_defaults(handler=cmd_print)
    p = sub.add_parser("documents", help="the register of issued documents of a shipment")
    p.add_argument("reference", metavar="REF", help="the shipment reference")
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the AidTracker database file")
    p.add_argument("--json", action="store_true",
                   help="a JSON list: number, kind, scope, date, issued_at, issued_by, sha256, "
                   "status (valid/superseded/void: its act was reversed), supersedes, "
                   "superseded_by, copies")
    p.set_defaults(handler=cmd_documents)
