"""The donor's report and photos for publication: ``donor-report``, ``attachment``.

``donor-report`` only reads the database; ``attachment add`` copies a file into the managed
folder and records it, ``attachment publish`` marks a photo for the donor's report.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from aidtracker.catalogue import language, say
from aidtracker.catalogue.donor import DONOR
from aidtracker.cli.records import date_value
from aidtracker.services.donor_report import REPORT_LANGS
from aidtracker.store import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the commands to the main parser's subcommands."""
    p = sub.add_parser(
        "donor-report", help="the report for a partner city: what it sent and where it went",
        description="Writes a PDF for a partner city's council and citizens: per shipment sent "
        "in the period, the goods with shipped = handed over + written off + in stock + "
        "missing/damaged + in transit, who received what and when (institutions by name and "
        "city, persons counted per settlement), what was written off and why, values in the "
        "donor's currency and in hryvnias (the rates of show --json), a chart of value by "
        "category and the photos marked for publication. Voided lines are left out. --xlsx "
        "writes the same tables as a workbook. The database is not changed.")
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the AidTracker database file")
    p.add_argument("--partner", required=True, metavar="NAME",
                   help="partner city as you type it: München, Munich, Мюнхен")
    p.add_argument("--from", dest="date_from", type=date_value, metavar="DATE",
                   help="first loading day of the shipments to report (default: all)")
    p.add_argument("--to", dest="date_to", type=date_value, metavar="DATE",
                   help="last loading day of the shipments to report (default: all)")
    p.add_argument("-o", "--out", dest="out", type=Path, required=True, metavar="OUT.pdf",
                   help="the PDF to write (replaced only when complete)")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx",
                   help="also write the tables as an Excel workbook")
    p.add_argument("--lang", choices=REPORT_LANGS, metavar="|".join(REPORT_LANGS),
                   help="Ukrainian beside English, German or Polish (default: the "
                   "partnership's document language, else uk-en)")
    p.set_defaults(handler=cmd_donor_report)
    _register_attachment(sub)


def _register_attachment(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("attachment", help="files kept with a shipment; photos for publication",
                       description="add: copy a file into the attachments folder and record "
                       "it on the shipment; list: the shipment's attachments with their "
                       "numbers; publish: mark a photo (JPEG or PNG) for the donor's report, "
                       "or --withdraw the mark.")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = acts.add_parser("add", help="attach a file to a shipment")
    add.add_argument("reference", metavar="REF", help="the shipment's reference")
    add.add_argument("file", type=Path, metavar="FILE", help="the file to attach")
    add.add_argument("--kind", default="photo", help="photo (default), signed_act, cmr, ...")
    add.add_argument("--note", default="", help="a note; for a photo, its caption in reports")
    add.add_argument("--publish", action="store_true",
                     help="mark the photo for publication in the donor's report")
    lst = acts.add_parser("list", help="the shipment's attachments")
    lst.add_argument("reference", metavar="REF", help="the shipment's reference")
    pub = acts.add_parser("publish", help="mark a photo for the donor's report")
    pub.add_argument("reference", metavar="REF", help="the shipment's reference")
    pub.add_argument("id", type=int, metavar="ID", help="the attachment's number (see list)")
    pub.add_argument("--withdraw", action="store_true", help="take the mark away")
    for q in (add, lst, pub):
        q.add_argument("--db", type=Path, required=True, metavar="PATH",
                       help="the AidTracker database file")
    p.set_defaults(handler=cmd_attachment)


def cmd_donor_report(args: argparse.Namespace) -> int:
    # lazy: ReportLab loads only when a report is written
    from aidtracker.services.donor_report import write_donor_report

    db = open_database(args.db)
    try:
        result = write_donor_report(db, args.partner, args.out, xlsx=args.xlsx, lang=args.lang,
                                    date_from=args.date_from, date_to=args.date_to,
                                    db_path=args.db)
    finally:
        db.close()
    lang = language()
    print(say(DONOR["written"], lang, partner=result.report.partner_city, lang=result.lang,
              shipments=len(result.report.shipments), pages=result.pages, path=result.pdf))
    if result.xlsx is not None:
        print(say(DONOR["workbook"], lang, path=result.xlsx))
    return 0


def cmd_attachment(args: argparse.Namespace) -> int:
    # lazy: file handling loads only when attachments are touched
    from aidtracker.services import attachments

    db = open_database(args.db)
    lang = language()
    try:
        if args.action == "add":
            a = attachments.add_attachment(db, args.db, args.reference, args.file,
                                           kind=args.kind, actor=args.actor, note=args.note,
                                           publish=args.publish)
            print(say(DONOR["attached"], lang, name=a.original_name, reference=args.reference,
                      id=a.id))
        elif args.action == "list":
            for a in attachments.list_attachments(db, args.reference):
                mark = say(DONOR["mark"], lang) if a.published else ""
                print(say(DONOR["listed"], lang, id=a.id, kind=a.kind, name=a.original_name,
                          mark=mark))
        else:
            attachments.set_published(db, args.reference, args.id, publish=not args.withdraw,
                                      actor=args.actor)
            key = "withdrawn" if args.withdraw else "published"
            print(say(DONOR[key], lang, id=args.id, reference=args.reference))
    finally:
        db.close()
    return 0
