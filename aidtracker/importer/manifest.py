"""Read a partner's packing list into goods lines and a row report; nothing is written here."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from aidtracker.domain import LineItem, Severity, Totals
from aidtracker.importer.errors import ImportRejected, RowProblem
from aidtracker.importer.headers import (
    HeaderMatch,
    find_header,
    header_currency,
    in_tonnes,
    normalise,
)
from aidtracker.importer.mapping import ColumnMapping
from aidtracker.importer.numbers import sniff_decimal_comma
from aidtracker.importer.readers import Row, Source, column_letter, open_source
from aidtracker.importer.rows import NUMBER_FIELDS, Layout, RowReader, is_blank, parse_row
from aidtracker.money import decimal_text
from aidtracker.reference import currencies

_TOTALS = re.compile(
    r"^(?:grand |sub ?)?(?:total|totals|summe|gesamt|gesamtsumme|insgesamt|razem|suma|ogolem|"
    r"celkem|soucet|total general|всього|разом|усього|итого|всего|загалом)(?: \S+){0,3}$"
)
_TOTAL_STARTS = ("grand", "sub", "total", "summ", "gesamt", "insgesamt", "razem", "suma",
                 "og", "celkem", "sou", "всього", "разом", "усього", "итого", "всего",
                 "загалом")
_MONEY = ("value", "unit_value")
_TOTALLED = (("quantity", 3), ("net_kg", 3), ("gross_kg", 3), ("value", -1), ("packages", 0))


@dataclass(frozen=True)
class ParsedManifest:
    """What a packing list holds, before anything is saved.

    ``lines`` are the rows without blocking problems, numbered 1…n; ``line_rows[i]`` is the
    sheet row of ``lines[i]``. ``problems`` locate each finding by sheet row and column.
    ``mapping`` is the layout actually used, ready to be saved for the partner city.
    """

    lines: tuple[LineItem, ...]
    problems: tuple[RowProblem, ...]
    currency: str | None
    sheet: str
    header_row: int
    mapping: ColumnMapping
    line_rows: tuple[int, ...] = ()
    totals_rows: tuple[int, ...] = ()
    kind: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def blocking(self) -> tuple[RowProblem, ...]:
        return tuple(p for p in self.problems if p.blocking)

    @property
    def ok(self) -> bool:
        """True when nothing blocks importing the whole list."""
        return not self.blocking

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.blocking if p.row is not None}))

    @property
    def totals(self) -> Totals:
        values: dict[str, int] = {}
        for line in self.lines:
            values[line.currency] = values.get(line.currency, 0) + line.total_value_minor
        return Totals(
            lines=len(self.lines), qty_milli=sum(x.qty_milli for x in self.lines),
            packages=sum(x.packages for x in self.lines), net_g=sum(x.net_g for x in self.lines),
            gross_g=sum(x.gross_g for x in self.lines),
            value_by_currency=dict(sorted(values.items())),
        )


def parse_manifest(
    path: Path | str, *, currency: str | None = None, sheet: str | None = None,
    mapping: ColumnMapping | None = None,
) -> ParsedManifest:
    """Read ``path`` (xlsx or csv) into lines and a row report.

    Args:
        currency: the currency when the list does not name one (conflicts are reported).
        sheet: read only this sheet; otherwise the sheet whose header fits best.
        mapping: a saved or user-made column mapping; otherwise the header is recognised.

    Raises:
        ImportRejected: the file cannot be read as a packing list at all.
    """
    mapping = mapping or ColumnMapping()
    source = open_source(path, encoding=mapping.encoding)
    try:
        return _parse(source, currency or mapping.currency, sheet or mapping.sheet, mapping)
    finally:
        source.close()


def _parse(source: Source, currency: str | None, sheet: str | None,
           mapping: ColumnMapping) -> ParsedManifest:
    names = _sheet_names(source, sheet)
    match = _locate(source, names, mapping)
    data = [(n, c) for n, c in source.rows(match.sheet) if n > match.header_row]
    problems: list[RowProblem] = []
    code = _resolve_currency(match, currency, problems)
    comma = mapping.decimal_comma
    if comma is None:
        comma = sniff_decimal_comma(_number_texts(data, match.columns))
    layout = Layout(match.columns, code, comma, source.epoch1904, match.tonnes)
    formulas = _formula_cells(source, match.sheet, data, layout)
    lines, rows, totals = _lines(data, layout, formulas, problems)
    used = ColumnMapping(columns=dict(match.columns), headers=dict(mapping.headers),
                         header_row=match.header_row, sheet=match.sheet, currency=code,
                         decimal_comma=comma, encoding=mapping.encoding)
    return ParsedManifest(tuple(lines), tuple(problems), code, match.sheet, match.header_row,
                          used, tuple(rows), tuple(totals), source.kind, tuple(source.warnings))


def _sheet_names(source: Source, sheet: str | None) -> tuple[str, ...]:
    if sheet is None:
        return source.names
    if sheet not in source.names:
        raise ImportRejected("no_such_sheet", sheet, sheets=list(source.names))
    return (sheet,)


def _locate(source: Source, names: Sequence[str], mapping: ColumnMapping) -> HeaderMatch:
    if mapping.columns:
        return _mapped(source, names[0], mapping)
    match = find_header(((name, source.head(name)) for name in names), mapping.headers)
    if match is None:
        raise ImportRejected("no_header", "sheets: " + ", ".join(names)[:200])
    return match


def _mapped(source: Source, name: str, mapping: ColumnMapping) -> HeaderMatch:
    header_row = mapping.header_row
    if header_row is None:
        found = find_header([(name, source.head(name))], mapping.headers)
        header_row = found.header_row if found else 0
    labels: tuple[object, ...] = ()
    if header_row:
        labels = next((c for n, c in source.head(name) if n == header_row), ())
    named = {i: labels[i] for i in mapping.columns if i < len(labels)}
    codes = {c for i, label in named.items()
             if mapping.columns[i] in _MONEY and (c := header_currency(label))}
    tonnes = {i for i, label in named.items()
              if mapping.columns[i] in ("net_kg", "gross_kg") and in_tonnes(label)}
    texts = {i: label for i, label in named.items() if isinstance(label, str)}
    return HeaderMatch(name, header_row, header_row, dict(mapping.columns), texts,
                       frozenset(codes), frozenset(tonnes))


def _resolve_currency(match: HeaderMatch, given: str | None,
                      problems: list[RowProblem]) -> str | None:
    found = sorted(match.currencies)
    if len(found) > 1 or (given and found and found[0] != given):
        problems.append(RowProblem(match.header_row, "", "currency", "currency_conflict",
                                   {"found": ", ".join(found), "given": given or ""}))
    code = found[0] if len(found) == 1 else given
    if code is None and "currency" not in match.columns.values():
        raise ImportRejected("no_currency", "")
    return code


def _number_texts(data: Sequence[Row], columns: dict[int, str]) -> list[str]:
    indexes = [i for i, name in columns.items() if name in NUMBER_FIELDS]
    return [v for _, c in data for i in indexes if i < len(c) and isinstance(v := c[i], str)]


def _formula_cells(source: Source, sheet: str, data: Sequence[Row],
                   layout: Layout) -> set[tuple[int, int]]:
    indexes = [i for i, name in layout.columns.items() if name in NUMBER_FIELDS]
    wanted = {(n, i) for n, c in data if not is_blank(c, layout)
              for i in indexes if i >= len(c) or c[i] is None}
    return source.formula_cells(sheet, wanted) if wanted else set()


def is_totals(cells: tuple[object, ...], layout: Layout) -> bool:
    """A totals row: a short label such as 'Total', 'Razem:', 'Summe EUR', 'Всього'."""
    numeric = layout.numeric
    return any(isinstance(v, str) and i not in numeric and len(v) < 60
               and v.lstrip(" *:-").casefold().startswith(_TOTAL_STARTS)
               and _TOTALS.match(normalise(v)) for i, v in enumerate(cells))


def _has_numbers(cells: tuple[object, ...], layout: Layout) -> bool:
    return any(i < len(cells) and cells[i] is not None for i in layout.numeric)


def _lines(data: Sequence[Row], layout: Layout, formulas: set[tuple[int, int]],
           problems: list[RowProblem]) -> tuple[list[LineItem], list[int], list[int]]:
    lines: list[LineItem] = []
    rows: list[int] = []
    totals: list[int] = []
    parsed: list[LineItem] = []
    section_start = 0
    for number, cells in data:
        if is_blank(cells, layout):
            continue
        if is_totals(cells, layout):
            totals.append(number)
            problems += _check_totals(number, cells, layout, parsed, section_start)
            section_start = len(parsed)
            continue
        if not _has_numbers(cells, layout) and not any((number, i) in formulas
                                                       for i in layout.columns):
            problems.append(_skipped(number, cells))
            continue
        line, found = parse_row(number, cells, layout, len(lines) + 1)
        if formulas:
            found += [RowProblem(number, column_letter(i), layout.columns[i], "formula_no_value")
                      for i in sorted(layout.columns) if (number, i) in formulas]
        problems += found
        parsed.append(line)
        if not any(p.blocking for p in found):
            lines.append(line)
            rows.append(number)
    return lines, rows, totals


def _skipped(number: int, cells: tuple[object, ...]) -> RowProblem:
    text = " ".join(str(c) for c in cells if c is not None)[:60]
    return RowProblem(number, "", "row", "skipped_row", {"value": text}, Severity.WARNING)


def _sum(lines: Sequence[LineItem], name: str) -> int:
    attr = {"quantity": "qty_milli", "net_kg": "net_g", "gross_kg": "gross_g",
            "value": "total_value_minor", "packages": "packages"}[name]
    return sum(getattr(x, attr) for x in lines)


def _check_totals(number: int, cells: tuple[object, ...], layout: Layout,
                  parsed: Sequence[LineItem], section_start: int) -> list[RowProblem]:
    """The list's own totals row must equal the lines above it (the section or all)."""
    row = RowReader(number, cells, layout)
    found: list[RowProblem] = []
    used = {x.currency for x in parsed}
    for name, places in _TOTALLED:
        index = layout.column_of(name)
        if index is None or index >= len(cells) or cells[index] is None:
            continue
        if name == "value" and len(used) > 1:
            continue
        scale = 1000 if index in layout.tonnes else 1
        digits = places if places >= 0 else _exponent(layout.currency)
        expected = row.units(name, digits, scale)
        if expected is None:
            continue
        sums = {_sum(parsed, name), _sum(parsed[section_start:], name)}
        if expected not in sums:
            found.append(RowProblem(number, column_letter(index), name, "totals_mismatch",
                                    {"expected": str(cells[index]),
                                     "actual": _shown(_sum(parsed, name), digits)}))
    warnings = [dataclasses.replace(p, severity=Severity.WARNING) for p in row.problems]
    return found + warnings


def _exponent(currency: str | None) -> int:
    return currencies().get(currency or "", 2)


def _shown(units: int, places: int) -> str:
    return decimal_text(Decimal(units).scaleb(-places))
