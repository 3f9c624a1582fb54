"""Read a partner's packing list into goods lines and a row report; nothing is written here."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from aidtracker.domain import LineItem, Severity, Totals
from aidtracker.importer.body import Tally, read_body
from aidtracker.importer.errors import ImportRejected, RowProblem
from aidtracker.importer.headers import (
    HeaderMatch,
    find_header,
    header_currency,
    in_tonnes,
    normalise,
    scores,
    unit_of,
)
from aidtracker.importer.hxl import is_tag_row, ledger_column, shipments_in
from aidtracker.importer.mapping import ColumnMapping
from aidtracker.importer.numbers import date_order, sniff_decimal_comma
from aidtracker.importer.readers import HEAD_ROWS, Row, Source, column_letter
from aidtracker.importer.rows import NUMBER_FIELDS, Layout, is_blank
from aidtracker.importer.sources import open_source
from aidtracker.importer.spill import Spill
from aidtracker.importer.template import recognise
from aidtracker.reference import currencies

_MONEY = ("value", "unit_value")


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
    signature: str = ""  # the layout's fingerprint (its titles), to remember its mapping
    template_partner: str = ""  # the partner city our own template was made for
    summary: Totals | None = None  # the lines' totals when they went elsewhere (``keep``)

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
        if self.summary is not None:
            return self.summary
        tally = Tally()
        for line in self.lines:
            tally.add(line)
        return tally.totals()

    @property
    def line_count(self) -> int:
        """How many lines can be imported (kept here or given to ``keep``)."""
        return self.summary.lines if self.summary is not None else len(self.lines)


def parse_manifest(
    path: Path | str, *, currency: str | None = None, sheet: str | None = None,
    mapping: ColumnMapping | None = None, date_order: str | None = None,
    remembered: Callable[[str], ColumnMapping | None] | None = None,
    tick: Callable[[int, int], None] | None = None,
    keep: Callable[[LineItem], None] | None = None,
) -> ParsedManifest:
    """Read ``path`` (xlsx, xls or csv) into lines and a row report.

    Args:
        currency: the currency when the list does not name one (conflicts are reported).
        sheet: read only this sheet; otherwise the sheet whose header fits best (a saved
            mapping's sheet is used only when the file has it: a csv has none).
        mapping: a saved or user-made column mapping; otherwise the header is recognised.
        date_order: "dmy" or "mdy" for text dates that read both ways (03/04/2025).
        remembered: looks up a mapping saved for a layout by its signature (see
            :func:`signature`); used when no ``mapping`` is given and one is found.
        tick: ``tick(done, total)`` while the rows are read (progress; it may raise, e.g. on
            Cancel: nothing is written here anyway).
        keep: given, each line goes to ``keep`` as it is parsed instead of into the result's
            ``lines`` (which stays empty; its ``summary`` counts them), so that memory stays
            flat however long the list.

    Raises:
        ImportRejected: the file cannot be read as a packing list at all.
    """
    mapping = mapping or ColumnMapping()
    source = open_source(path, encoding=mapping.encoding)
    try:
        ours = None if mapping.columns else recognise(source)
        if ours is not None:
            mapping = ours.mapping  # our own template: its layout, no guessing
        wanted = sheet or (mapping.sheet if mapping.sheet in source.names else None)
        parsed = _parse(source, currency or mapping.currency, wanted, mapping,
                        date_order or mapping.date_order, remembered, tick, keep)
        return replace(parsed, template_partner=ours.partner) if ours else parsed
    finally:
        source.close()


def _parse(source: Source, currency: str | None, sheet: str | None,
           mapping: ColumnMapping, date_order: str | None,
           remembered: Callable[[str], ColumnMapping | None] | None,
           tick: Callable[[int, int], None] | None = None,
           keep: Callable[[LineItem], None] | None = None) -> ParsedManifest:
    names = _sheet_names(source, sheet)
    whole = source.spill(names[0]) if len(names) == 1 else None  # one pass over a lone sheet
    heads = {name: whole.head if whole is not None else source.head(name) for name in names}
    sig = next((s for n in names if (s := signature(heads[n][:HEAD_ROWS]))), "")
    if remembered is not None and not mapping.columns and sig:
        known = remembered(sig)
        if known is not None and (known.sheet is None or known.sheet in names):
            mapping, currency = known, currency or known.currency
            names = (known.sheet,) if known.sheet else names
            date_order = date_order or known.date_order
    try:
        match = _locate(names, mapping, heads, sig)
    except ImportRejected:
        if whole is not None:
            whole.close()
        raise
    with whole if whole is not None else source.spill(match.sheet) as rows:
        data = _Below(rows, match.header_row)
        return _read(source, data, match, mapping, currency, date_order, sig, tick, keep)


class _Below:
    """The rows below the header row, read from the sheet's spill each time."""

    def __init__(self, rows: Spill[Row], header_row: int) -> None:
        self.rows, self.header_row = rows, header_row
        above = 0
        for number, _ in rows:  # rows come in order: count those up to the header
            if number > header_row:
                break
            above += 1
        self.count = len(rows) - above

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Row]:
        header_row = self.header_row
        return (row for row in self.rows if row[0] > header_row)


def _read(source: Source, data: _Below, match: HeaderMatch, mapping: ColumnMapping,
          currency: str | None, date_order: str | None, sig: str,
          tick: Callable[[int, int], None] | None,
          keep: Callable[[LineItem], None] | None) -> ParsedManifest:
    """The rows below the header: the list's choices made over all of them, then each row
    parsed (and given to ``keep``, when given, instead of being kept in the result)."""
    _check_ledger(match, data)
    problems: list[RowProblem] = [_note(match.header_row, rule, params)
                                  for rule, params in match.notes]
    code = _resolve_currency(match, currency, problems, data, data.rows)
    comma = mapping.decimal_comma
    if comma is None:
        comma = sniff_decimal_comma(_number_texts(data, match.columns))
    order = _date_order(data, match, date_order, problems)
    money = "currency" in match.columns.values() or _priced(match, data)
    layout = Layout(match.columns, code or (None if money else "EUR"), comma,
                    source.epoch1904, match.tonnes,
                    default_unit=unit_of(match, "quantity"), date_order=order,
                    fallback_currency=_most_common_currency(data, match),
                    titles=match.labels)
    formulas = _formula_cells(source, match.sheet, data, layout)
    body = read_body(data, layout, formulas, tick, keep)
    used = ColumnMapping(columns=dict(match.columns), headers=dict(mapping.headers),
                         header_row=match.header_row,
                         sheet=match.sheet if source.kind != "csv" else None, currency=code,
                         decimal_comma=comma, encoding=mapping.encoding, date_order=order)
    return ParsedManifest(tuple(body.lines), tuple(problems + body.problems), code, match.sheet,
                          match.header_row, used, tuple(body.rows), tuple(body.totals),
                          source.kind, tuple(source.warnings), sig,
                          summary=body.summary() if keep is not None else None)


def signature(head: Sequence[Row]) -> str:
    """A layout's fingerprint: its first row of titles (two or more text cells, mostly text),
    folded, hashed. Two lists of the same layout share it, whatever their sheet or file name,
    title block or number of rows; '' when the head has no such row."""
    for _, cells in head:
        filled = [c for c in cells if c is not None]
        texts = [c for c in filled if isinstance(c, str) and not c.strip()[:1].isdigit()]
        if len(texts) >= 2 and len(texts) * 5 >= len(filled) * 4:
            titles = "|".join(normalise(c) if isinstance(c, str) else "" for c in cells)
            return hashlib.sha256(titles.encode()).hexdigest()[:16]
    return ""


def _note(row: int, rule: str, params: dict[str, object]) -> RowProblem:
    return RowProblem(row, "", str(params.get("field", "header")), rule, dict(params),
                      Severity.WARNING)


def _check_ledger(match: HeaderMatch, data: Iterable[Row]) -> None:
    """Our own ledger export: several shipments are never merged into one."""
    column = ledger_column(list(match.labels.get(i) for i in range(max(match.labels,
                                                                        default=-1) + 1)))
    if column is None:
        return
    shipments = shipments_in(data, column)
    if len(shipments) > 1:
        raise ImportRejected("own_ledger", f"{len(shipments)} shipments: "
                             + ", ".join(shipments[:5]), shipments=len(shipments))


def _most_common_currency(data: Iterable[Row], match: HeaderMatch) -> str:
    index = next((i for i, name in match.columns.items() if name == "currency"), None)
    if index is None:
        return ""
    counts = Counter(str(c[index]).strip().upper() for _, c in data
                     if index < len(c) and isinstance(c[index], str))
    return next((code for code, _ in counts.most_common() if code in currencies()), "")


def _date_order(data: Iterable[Row], match: HeaderMatch, given: str | None,
                problems: list[RowProblem]) -> str:
    index = next((i for i, name in match.columns.items() if name == "expiry"), None)
    if index is None:
        return given or "dmy"
    first: list[str] = []  # the first text date, for the question

    def texts() -> Iterator[str]:
        for _, c in data:
            if index < len(c) and isinstance(c[index], str):
                if not first:
                    first.append(str(c[index]))
                yield str(c[index])

    found = date_order(texts())
    if found is None and given is None:
        problems.append(RowProblem(match.header_row, column_letter(index), "expiry",
                                   "ambiguous_date_order", {"value": first[0] if first else ""}))
    return given or found or "dmy"


def _sheet_names(source: Source, sheet: str | None) -> tuple[str, ...]:
    if sheet is None:
        return source.names
    if sheet not in source.names:
        raise ImportRejected("no_such_sheet", sheet, sheets=list(source.names))
    return (sheet,)


def _locate(names: Sequence[str], mapping: ColumnMapping, heads: Mapping[str, list[Row]],
            sig: str) -> HeaderMatch:
    """The header, from the first rows of each sheet (``heads``)."""
    match: HeaderMatch | None
    if mapping.columns:
        match = _mapped(names[0], mapping, heads[names[0]][:HEAD_ROWS])
    else:
        match = find_header(((n, rows[:HEAD_ROWS]) for n, rows in heads.items()),
                            mapping.headers)
    if match is None:
        refused = ImportRejected("no_header", signature=sig)
        refused.params.update(_not_found(heads))
        raise refused
    return match


def _not_found(heads: Mapping[str, Sequence[Row]]) -> dict[str, object]:
    """What the best candidate header had and lacked, as parameters the catalogue words
    (``catalogue.detail_text``): the sheet, row, fields found with their columns, and missing."""
    best: tuple[int, dict[str, object]] = (-1, {"seen": "nothing"})
    for sheet, rows in heads.items():
        for number, cells in rows[:HEAD_ROWS]:
            if is_tag_row(cells):
                tags = ", ".join(str(c) for c in cells if c is not None)
                return {"seen": "hxl", "sheet": sheet[:60], "row": number, "tags": tags[:200]}
            found = {i: f for i, label in enumerate(cells) if (f := _named(label))}
            if len(found) > best[0]:
                best = (len(found), {
                    "seen": "titles", "sheet": sheet[:60], "row": number,
                    "found": tuple(f"{f}|{column_letter(i)}" for i, f in sorted(found.items())),
                    "missing": tuple(sorted({"description", "quantity"} - set(found.values())))})
    return best[1]


def _named(label: object) -> str | None:
    """The field a title names ('Quantity Received' and 'Price per colli' name none here)."""
    ranked = scores(label)
    return ranked[0][0] if ranked and ranked[0][1] > 0 else None


def _mapped(name: str, mapping: ColumnMapping, head: Sequence[Row]) -> HeaderMatch:
    header_row = mapping.header_row
    if header_row is None:
        found = find_header([(name, head)], mapping.headers)
        header_row = found.header_row if found else 0
    labels: tuple[object, ...] = ()
    if header_row:
        labels = next((c for n, c in head if n == header_row), ())
    named = {i: labels[i] for i in mapping.columns if i < len(labels)}
    codes = {c for i, label in named.items()
             if mapping.columns[i] in _MONEY and (c := header_currency(label))}
    tonnes = {i for i, label in named.items()
              if mapping.columns[i] in ("net_kg", "gross_kg") and in_tonnes(label)}
    texts = {i: label for i, label in named.items() if isinstance(label, str)}
    return HeaderMatch(name, header_row, header_row, dict(mapping.columns), texts,
                       frozenset(codes), frozenset(tonnes))


def _resolve_currency(match: HeaderMatch, given: str | None, problems: list[RowProblem],
                      data: Iterable[Row], sheet: Iterable[Row] = ()) -> str | None:
    """The list's currency; asked for (``no_currency``) only when a money column has values
    and the sheet states none beside its titles or totals ('Currency Code: EUR')."""
    found = sorted(match.currencies)
    if len(found) > 1 or (given and found and found[0] != given):
        problems.append(RowProblem(match.header_row, "", "currency", "currency_conflict",
                                   {"found": ", ".join(found), "given": given or ""}))
    code = found[0] if len(found) == 1 else given
    if code is None and _priced(match, data) and "currency" not in match.columns.values():
        stated = _stated_currency(sheet)
        if stated is None:
            raise ImportRejected("no_currency", "")
        problems.append(RowProblem(stated[0], "", "currency", "currency_stated",
                                   {"value": stated[1]}, Severity.WARNING))
        code = stated[1]
    return code


def _stated_currency(rows: Iterable[Row]) -> tuple[int, str] | None:
    """The first 'Currency:' / 'Waluta:' / 'Currency Code:' label followed in its row by an
    ISO 4217 code: (row, code)."""
    for number, cells in rows:
        for i, cell in enumerate(cells):
            if not isinstance(cell, str) or len(cell) > 40 or _named(cell) != "currency":
                continue
            value = next((c for c in cells[i + 1:] if c is not None), None)
            if isinstance(value, str) and value.strip().upper() in currencies():
                return number, value.strip().upper()
    return None


def _priced(match: HeaderMatch, data: Iterable[Row]) -> bool:
    """A money column of the list holds a value on some row (an empty one asks nothing)."""
    money = [i for i, name in match.columns.items() if name in ("value", "unit_value")]
    return any(i < len(cells) and cells[i] is not None for _, cells in data for i in money)


def _number_texts(data: Iterable[Row], columns: dict[int, str]) -> Iterator[str]:
    indexes = [i for i, name in columns.items() if name in NUMBER_FIELDS]
    return (v for _, c in data for i in indexes if i < len(c) and isinstance(v := c[i], str))


def _formula_cells(source: Source, sheet: str, data: Iterable[Row],
                   layout: Layout) -> set[tuple[int, int]]:
    if not source.may_have_formulas(sheet):
        return set()
    indexes = [i for i, name in layout.columns.items()
               if name in NUMBER_FIELDS or name == "description"]
    wanted = {(n, i) for n, c in data if not is_blank(c, layout)
              for i in indexes if i >= len(c) or c[i] is None}
    return source.formula_cells(sheet, wanted) if wanted else set()


