"""The Excel commands: ``import-manifest`` and ``export-ledger`` (registered by ``cli.py``).

Exit codes as in :mod:`aidtracker.cli`: a refused file or bad rows exit 2 with the row report
(one line per problem: sheet row, column, what is wrong) and nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from aidtracker.catalogue import detail_text, language, say
from aidtracker.catalogue.layouts import CLI
from aidtracker.cli.records import date_value
from aidtracker.cli.words import error_words, field_words, problem_words, severity_words
from aidtracker.domain import Problem, Severity, Status
from aidtracker.errors import ValidationFailed
from aidtracker.importer import (
    ColumnMapping,
    ImportRejected,
    ParsedManifest,
    RowProblem,
    column_letter,
)
from aidtracker.money import decimal_text, grams_to_kg, milli_to_decimal
from aidtracker.store import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the two commands to the main parser's subcommands."""
    p = sub.add_parser("import-manifest", help="import a partner's packing list (xlsx, xls or csv)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--db", type=Path, required=True, metavar="PATH")
    p.add_argument("--partner", required=True, metavar="NAME",
                   help="partner city as you type it: München, munchen, Munich, Мюнхен, "
                   "'München → Kyiv' (an ambiguous or unknown name lists the closest ones)")
    p.add_argument("--recipient", required=True, metavar="NAME",
                   help="recipient: any of its names, its EDRPOU, or its city when it is the "
                   "only recipient there (Kyiv)")
    p.add_argument("--donor", metavar="NAME",
                   help="donor by any of its names (default: the partner's last donor)")
    p.add_argument("--shipment", metavar="REF", help="add the lines to this shipment")
    p.add_argument("--currency", metavar="CODE", help="when the list names no currency")
    p.add_argument("--sheet", metavar="NAME", help="read only this sheet of a workbook")
    p.add_argument("--mapping", type=Path, metavar="FILE.json", help="a saved column mapping")
    p.add_argument("--date-order", choices=("dmy", "mdy"), metavar="dmy|mdy",
                   help="day/month order of text dates that read both ways (03/04/2025); "
                   "otherwise decided per column from its values")
    p.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    p.add_argument("--accept-good-rows", action="store_true",
                   help="import the good rows and skip the rows with problems")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import_manifest)
    p = sub.add_parser("export-ledger", help="write the Excel ledger (temp file, then rename)")
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    p.add_argument("--db", type=Path, required=True, metavar="PATH")
    p.add_argument("--status", type=Status, choices=list(Status), metavar="STATUS")
    p.add_argument("--partner", default="", metavar="NAME")
    p.add_argument("--recipient", default="", metavar="NAME")
    p.add_argument("--from", dest="date_from", type=date_value, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=date_value, metavar="DATE")
    p.add_argument("--hxl", action="store_true", help="add the HXL hashtag row")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export_ledger)



def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _row_problem(p: Problem) -> RowProblem:
    params = {k: v for k, v in p.params.items() if k != "column"}
    return RowProblem(p.row, str(p.params.get("column", "")), p.field, p.rule, params,
                      p.severity)


def _problem_json(p: RowProblem) -> dict[str, object]:
    return {"row": p.row, "column": p.column, "field": p.field, "rule": p.rule,
            "severity": p.severity.value, "params": p.params,
            "message": problem_words(p.to_problem(), sheet=True)}


def _refused(exc: ImportRejected | ValidationFailed, as_json: bool) -> int:
    if isinstance(exc, ImportRejected):
        if as_json:
            _print_json({"ok": False, "error": exc.code, "reason": exc.reason,
                         "detail": detail_text(exc.params, language()), "problems": []})
        else:
            print(f"aidtracker: {error_words(exc)}", file=sys.stderr)
        return 2
    problems = [_row_problem(p) for p in exc.problems]
    if as_json:
        _print_json({"ok": False, "error": exc.code,
                     "problems": [_problem_json(p) for p in problems]})
    else:
        print(f"aidtracker: nothing imported, {len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(f"  {problem_words(p.to_problem(), sheet=True)}", file=sys.stderr)
    return 2


def _what_was_read(manifest: ParsedManifest, lines: int) -> Problem:
    """The report's first line: how many lines, from which sheet and header row, which columns."""
    columns = ", ".join(f"{field_words(field)} ({column_letter(i)})"
                        for i, field in sorted(manifest.mapping.columns.items()))
    return Problem("lines", "lines_read", {"lines": lines, "sheet": manifest.sheet or "",
                                           "header": manifest.header_row, "columns": columns},
                   severity=Severity.INFO)


def _mapping(path: Path | None) -> ColumnMapping | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportRejected("bad_mapping", f"{path}: {exc}") from None
    return ColumnMapping.from_json(text)


def cmd_import_manifest(args: argparse.Namespace) -> int:
    # lazy: the importer loads only when a list is imported, so start-up stays fast
    from aidtracker.services.imports import import_manifest

    try:
        mapping = _mapping(args.mapping)
    except ImportRejected as exc:
        return _refused(exc, args.json)
    db = open_database(args.db)
    try:
        result = import_manifest(
            db, args.file, partner=args.partner, recipient=args.recipient,
            shipment_ref=args.shipment, currency=args.currency, sheet=args.sheet,
            dry_run=args.dry_run, accept_good_rows=args.accept_good_rows,
            actor=getattr(args, "actor", "cli"), donor=args.donor, mapping=mapping,
            date_order=args.date_order)
    except (ImportRejected, ValidationFailed) as exc:
        return _refused(exc, args.json)
    finally:
        db.close()
    totals = result.manifest.totals
    if args.json:
        _print_json({
            "ok": True, "reference": result.reference, "created": result.created,
            "dry_run": result.dry_run, "lines": result.lines,
            "skipped_rows": list(result.skipped_rows), "currency": result.manifest.currency,
            "sheet": result.manifest.sheet, "header_row": result.manifest.header_row,
            "quantity": decimal_text(milli_to_decimal(totals.qty_milli)),
            "gross_kg": decimal_text(grams_to_kg(totals.gross_g)),
            "problems": [_problem_json(p) for p in result.problems],
            "mapping": json.loads(result.manifest.mapping.to_json()),
        })
        return 0
    print(f"aidtracker: {problem_words(_what_was_read(result.manifest, result.lines))}",
          file=sys.stderr)
    for p in result.problems:
        print(f"aidtracker: {severity_words(p.severity)}: "
              f"{problem_words(p.to_problem(), sheet=True)}", file=sys.stderr)
    if result.reference is None:
        print(say(CLI["dry_run"], language(), lines=result.lines))
    else:
        print(result.reference)
    return 0


def cmd_export_ledger(args: argparse.Namespace) -> int:
    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from aidtracker.ledger.sheets import money

    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from aidtracker.services.ledger import LedgerFilters, export_ledger_file

    filters = LedgerFilters(status=args.status, partner=args.partner, recipient=args.recipient,
                            date_from=args.date_from, date_to=args.date_to)
    db = open_database(args.db)
    try:
        result = export_ledger_file(db, args.out, filters, hxl=args.hxl)
    finally:
        db.close()
    if args.json:
        _print_json({
            "path": str(result.path), "shipments": result.shipments, "lines": result.lines,
            "distribution_lines": result.distribution_lines, "assets": result.assets,
            "quantity": decimal_text(milli_to_decimal(result.qty_milli)),
            "gross_kg": decimal_text(grams_to_kg(result.gross_g)),
            "net_kg": decimal_text(grams_to_kg(result.net_g)),
            "values": {c: decimal_text(money(v, c)) for c, v in result.value_by_currency.items()},
            "replaced_characters": result.replaced_characters,
            "split_cells": result.split_cells,
        })
        return 0
    print(f"wrote {result.path}: {result.shipments} shipment(s), {result.lines} line(s), "
          f"{result.distribution_lines} distribution line(s)")
    if result.replaced_characters or result.split_cells:
        print(f"note: {result.replaced_characters} control character(s) shown as symbols, "
              f"{result.split_cells} long text(s) continued in sheet Overflow", file=sys.stderr)
    return 0
