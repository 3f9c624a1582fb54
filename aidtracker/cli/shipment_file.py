"""``export-shipment`` and ``import-shipment``: the shipment file both offices exchange
(docs/shipment-file.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from aidtracker.catalogue import language, say
from aidtracker.catalogue.shipment_file import SHIPMENT_FILE
from aidtracker.store import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the commands to the main parser's subcommands."""
    p = sub.add_parser(
        "export-shipment", help="write one shipment as a shipment file for the partner office",
        description="Writes OUT: a zip with manifest.json (format aidtracker-shipment, version, "
        "exporting office and side, the shipment's UUID, every member's SHA-256 and size), "
        "shipment.json (parties with EDRPOU/EORI/addresses, the shipment's fields and dates, "
        "checklist ticks with who/when, loads, goods lines with exact decimal strings, "
        "serials/VINs, and the recipient's receipt, distribution acts and write-offs) and "
        "documents/<sha256>.pdf, this office's issued originals byte for byte. The zip "
        "comment seals the whole file. Nothing is written to the database.")
    p.add_argument("reference", metavar="REF", help="the shipment reference (KYV-2026-0001)")
    p.add_argument("out", type=Path, metavar="OUT", help="the file to write (e.g. REF.aidship)")
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the AidTracker database file")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser(
        "import-shipment", help="bring the partner office's shipment file into this database; "
        "prints the shipment's reference here as the last word",
        description="Verifies FILE whole first (seal, member hashes and sizes, format and "
        "version, safe member names and sizes, the data against the schema): a file that "
        "fails is refused with one line (exit 2) and nothing is written. A new shipment gets "
        "this office's next reference; parties are matched by EDRPOU, then by name as people "
        "type it, else created (each is reported). The same UUID again updates our copy and "
        "prints each change (field: old → new, lines added or voided); the same file again "
        "changes nothing. The shipping record (header, loads, lines, serials, checklist) is "
        "taken only from the office that made the shipment; the receiving record (receipts, "
        "distribution acts, write-offs, clearance and delivery) only from a recipient-side "
        "office into a donor-side database. The other office's documents are kept as "
        "received originals, read-only, with their SHA-256.")
    p.add_argument("file", type=Path, metavar="FILE", help="a shipment file (export-shipment)")
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the AidTracker database file")
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser(
        "received-documents", help="the partner office's originals kept for a shipment",
        description="Lists the originals the other office issued and sent with its shipment "
        "files: office, number, kind, date, status (valid/superseded), SHA-256, and whether "
        "the stored PDF still matches it (ok/ALTERED). They are kept read-only, never issued "
        "here.")
    p.add_argument("reference", metavar="REF", help="the shipment reference here")
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the AidTracker database file")
    p.add_argument("--json", action="store_true",
                   help="objects with office, number, kind, scope, date, issued_at, "
                   "issued_by, status, sha256, size, received_at, received_by, intact")
    p.set_defaults(handler=cmd_received)


def cmd_export(args: argparse.Namespace) -> int:
    # lazy: the shipment file loads only when a file is exchanged
    from aidtracker.services.shipment_file.export import export_shipment

    db = open_database(args.db)
    try:
        done = export_shipment(db, args.reference, args.out)
    finally:
        db.close()
    print(say(SHIPMENT_FILE["exported"], language(), reference=done.reference, uuid=done.uuid,
              path=done.path, documents=done.documents, size=done.size))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    # lazy: the shipment file loads only when a file is exchanged
    from aidtracker.services.shipment_file.apply import import_shipment
    from aidtracker.services.shipment_file.words import result_lines

    db = open_database(args.db)
    try:
        done = import_shipment(db, args.file, actor=args.actor, confirm_parties=True)
    finally:
        db.close()
    for line in result_lines(done, language()):
        print(line)
    return 0



def cmd_received(args: argparse.Namespace) -> int:
    # lazy: the shipment file loads only when a file is exchanged
    from aidtracker.services.shipment_file.export import received_originals

    db = open_database(args.db)
    try:
        found = received_originals(db, args.reference)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"office": d.office, "number": d.number, "kind": d.kind,
                           "scope": d.scope, "date": d.doc_date, "issued_at": d.issued_at,
                           "issued_by": d.issued_by, "status": d.status, "sha256": d.sha256,
                           "size": d.size, "received_at": d.received_at,
                           "received_by": d.received_by, "intact": ok} for d, ok in found],
                         ensure_ascii=False, indent=2))
        return 0
    for d, ok in found:
        print(f"{d.office:<6} {d.number:<28} {d.kind:<17} {d.doc_date or '—':<10} "
              f"{d.status:<10} {d.sha256[:16]} {'ok' if ok else 'ALTERED'}")
    return 0 if all(ok for _d, ok in found) else 1
