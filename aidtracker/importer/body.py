"""The body of a packing list: goods lines, totals rows checked against them, the footer.

Rows below the header are, in order: goods lines; blank rows; group sub-headings (text without
quantities: reported, not imported); totals rows (checked against the lines above, the section
or all); lines of a quantity 0 (a stock count's empty shelves: reported, not imported); and, after
the last totals row, the footer (shipping marks, bank details, signatures): once a row after a
totals row is not a goods line, reading stops there.
"""

from __future__ import annotations

import dataclasses
import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Protocol

from aidtracker.domain import LineItem, Severity, Totals
from aidtracker.importer.errors import RowProblem
from aidtracker.importer.readers import Row, column_letter
from aidtracker.importer.rows import Layout, RowReader, is_blank, parse_row
from aidtracker.importer.titles import normalise
from aidtracker.importer.units import split_quantity
from aidtracker.money import decimal_text
from aidtracker.reference import currencies

_TOTALS = re.compile(
    r"^(?:grand |sub ?)?(?:total|totals|summe|gesamt|gesamtsumme|insgesamt|razem|suma|ogolem|"
    r"celkem|soucet|total general|всього|разом|усього|итого|всего|загалом)(?: \S+){0,3}$"
)
_TOTALS_LONG = re.compile(_TOTALS.pattern.replace("{0,3}", "{0,7}"))
_TOTAL_STARTS = ("grand", "sub", "total", "summ", "gesamt", "insgesamt", "razem", "suma",
                 "og", "celkem", "sou", "всього", "разом", "усього", "итого", "всего",
                 "загалом")
_NUMBER_TEXT = re.compile(r"^[+-]?\d[\d\s.,'\u00a0\u202f]*$")
_TOTALLED = (("quantity", 3), ("net_kg", 3), ("gross_kg", 3), ("value", -1), ("packages", 0))


class Tally:
    """Running totals of lines (all of them; those since a totals row by :meth:`since`)."""

    def __init__(self) -> None:
        self.lines = self.qty = self.packages = self.net = self.gross = self.value = 0
        self.by_currency: dict[str, int] = {}

    def add(self, line: LineItem) -> None:
        self.lines += 1
        self.qty += line.qty_milli
        self.packages += line.packages
        self.net += line.net_g
        self.gross += line.gross_g
        value = line.total_value_minor
        self.value += value
        self.by_currency[line.currency] = self.by_currency.get(line.currency, 0) + value

    def sum(self, name: str) -> int:
        """The total of a totalled column (see :data:`_TOTALLED`)."""
        return {"quantity": self.qty, "net_kg": self.net, "gross_kg": self.gross,
                "value": self.value, "packages": self.packages}[name]

    def since(self, start: Tally) -> Tally:
        """The lines added after ``start`` (a copy of this tally taken earlier)."""
        out = Tally()
        out.lines, out.qty = self.lines - start.lines, self.qty - start.qty
        out.packages, out.net = self.packages - start.packages, self.net - start.net
        out.gross, out.value = self.gross - start.gross, self.value - start.value
        return out

    def copy(self) -> Tally:
        return self.since(Tally())

    def totals(self) -> Totals:
        return Totals(lines=self.lines, qty_milli=self.qty, packages=self.packages,
                      net_g=self.net, gross_g=self.gross,
                      value_by_currency=dict(sorted(self.by_currency.items())))


@dataclasses.dataclass
class Body:
    """What the rows below the header gave."""

    lines: list[LineItem] = dataclasses.field(default_factory=list)
    rows: list[int] = dataclasses.field(default_factory=list)
    totals: list[int] = dataclasses.field(default_factory=list)
    problems: list[RowProblem] = dataclasses.field(default_factory=list)
    footer: int = 0  # first footer row, 0 when none
    good: Tally = dataclasses.field(default_factory=Tally)  # the importable lines
    once: dict[tuple[str, str, str], int] = dataclasses.field(default_factory=dict)

    def report(self, *found: RowProblem) -> None:
        """Add findings as they come, so that memory stays flat however many rows repeat one:
        warnings that repeat the same finding (one unknown category on 100 rows) are given
        once, on their first row, with the number of rows (``rows``); ``once`` holds where."""
        for p in found:
            value = str(p.params.get("value", "")) if p.rule in _BY_VALUE else ""
            key = (p.rule, p.field, value)
            if p.blocking or p.rule not in _ONCE:
                self.problems.append(p)
            elif key in self.once:
                kept = self.problems[self.once[key]]
                kept.params["rows"] = int(str(kept.params.get("rows", 1))) + 1
            else:
                self.once[key] = len(self.problems)
                self.problems.append(dataclasses.replace(p, params=dict(p.params)))

    def summary(self) -> Totals:
        return self.good.totals()

    def take(self, line: LineItem, number: int, keep: Callable[[LineItem], None] | None,
             rows: bool) -> None:
        """An importable line, from sheet row ``number``: to ``keep`` (its row kept only when
        ``rows``) or into ``lines``."""
        self.good.add(line)
        if keep is None:
            self.lines.append(line)
        else:
            keep(line)
        if keep is None or rows:
            self.rows.append(number)


class Rows(Protocol):
    """Rows that can be counted and read (a list, or a :class:`~.spill.Spill`)."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[Row]: ...


_FIRST = frozenset(word[0] for word in _TOTAL_STARTS)


def is_totals(cells: Sequence[object], layout: Layout) -> bool:
    """A totals row: a short label such as 'Total', 'Razem:', 'Summe EUR', 'Всього'."""
    numeric = layout.numeric
    for i, v in enumerate(cells):
        if type(v) is not str or len(v) >= 60 or i in numeric:
            continue
        label = v.lstrip(" *:-")
        if label[:1].casefold() not in _FIRST:  # most cells: no need to fold them whole
            continue
        label = label.casefold()
        if label.startswith(_TOTAL_STARTS) and _totals_label(v):
            return True
    return False


def _totals_label(text: str) -> bool:
    """'Total', 'Summe EUR'; longer when it ends in a colon: 'TOTAL AMOUNT(Tổng trị giá):'."""
    folded = normalise(text)
    if _TOTALS.match(folded):
        return True
    return text.rstrip().endswith((":", "：")) and bool(_TOTALS_LONG.match(folded))


def _subtotal(number: int, cells: tuple[object, ...], layout: Layout,
              section: Sequence[int]) -> bool:
    """A row of numbers only, no label, whose quantity is the sum of the last lines above it
    (since the last totals row): a group's subtotal (a stock count sums each item's lots so,
    and real sheets' sums often reach back over an earlier subtotal)."""
    index = layout.column_of("quantity")
    if not section or index is None or index >= len(cells) or cells[index] is None:
        return False
    if not all(_is_number(v) for v in cells if v is not None):
        return False
    quantity = RowReader(number, cells, layout).units("quantity", 3, 1)
    running = 0
    for qty in reversed(section):  # the quantities of the lines since the last totals
        running += qty
        if running == quantity:
            return True
    return False


def _is_number(value: object) -> bool:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return True
    return type(value) is str and bool(_NUMBER_TEXT.match(value.strip()))


def _has_numbers(cells: tuple[object, ...], layout: Layout) -> bool:
    """Something to read in the number columns. Words alone there ('PRICE TERMS:', a company
    name under its signature, 'Legend:') make a goods line only beside a description; so do
    numbers without a quantity (a weight of 0 left on a form)."""
    if not _named(cells, layout) and _cell(cells, layout.column_of("quantity")) is None:
        return False
    worded = False
    for i in layout.numeric:
        value = cells[i] if i < len(cells) else None
        if value is None:
            continue
        if type(value) is not str or _NUMBER_TEXT.match(value.strip()) \
                or split_quantity(value) is not None:  # '12', '1 234,5', '2 sets', '5MT'
            return True
        worded = True
    return worded and _cell(cells, layout.column_of("description")) is not None


def _repeats_header(cells: tuple[object, ...], layout: Layout) -> bool:
    """The header's titles again over the description and the quantity (a list printed in
    pages, or in one table per container)."""
    quantity = layout.column_of("quantity")
    if quantity is None or type(_cell(cells, quantity)) is not str:
        return False  # most rows: a goods line's quantity is a number
    wanted = [(i, _cell(cells, i)) for i in (layout.column_of("description"), quantity)
              if i is not None]
    return all(  # text in both first: a goods line's quantity is a number
        isinstance(cell, str) and i in layout.titles for i, cell in wanted) and all(
        normalise(cell) == normalise(layout.titles[i]) for i, cell in wanted)


def _statistics(cells: tuple[object, ...], layout: Layout, gap: bool) -> bool:
    """After a blank row, a row of numbers only, even where the goods are named (an export's
    count of filled cells per column under the list): never a goods line."""
    name = _cell(cells, layout.column_of("description"))
    return gap and name is not None and _is_number(name) \
        and all(_is_number(v) for v in cells if v is not None)


def _named(cells: tuple[object, ...], layout: Layout) -> bool:
    """The row names goods: a description or an item code."""
    return any(_cell(cells, layout.column_of(name)) is not None
               for name in ("description", "code"))


def _cell(cells: tuple[object, ...], index: int | None) -> object:
    return cells[index] if index is not None and index < len(cells) else None


TICK = 500  # rows between two progress reports


def read_body(data: Rows, layout: Layout, formulas: set[tuple[int, int]],
              tick: Callable[[int, int], None] | None = None,
              keep: Callable[[LineItem], None] | None = None) -> Body:
    """Goods lines, totals and footer from the rows below the header (see the module doc).

    ``tick(done, total)`` is called every :data:`TICK` rows (progress; it may raise to stop).
    ``keep``, when given, takes each importable line instead of ``lines`` (``rows`` then
    only when the layout has a load column, which needs them).
    """
    out = Body()
    parsed = Tally()  # every parsed line
    at = _Sections()
    rows = "load" in layout.columns.values()
    for number, cells in _ticking(data, tick):
        at.step(number, parsed.lines)
        if _totals_row(number, cells, layout, parsed, at, out):
            continue  # (also a totals label beside the columns: 'TOTAL AMOUNT:')
        if is_blank(cells, layout):
            if at.blank(cells, parsed.lines):
                out.footer = number  # text beside the columns after the totals: the footer
                break
            continue
        if _statistics(cells, layout, at.gap):
            out.footer = number  # counts of each column below the list: the footer begins
            break
        formula = [i for i in sorted(layout.columns) if (number, i) in formulas]
        if not _has_numbers(cells, layout) and not formula:
            if at.closed:
                out.footer = number  # text after the totals: the footer begins
                break
            out.report(_skipped(number, cells))
            continue
        line, found = parse_row(number, cells, layout, len(out.lines) + 1)
        if at.closed and any(p.blocking for p in found) and parsed.lines == at.start.lines:
            out.footer = number  # not a goods line after the totals: the footer begins
            break
        found = _formula_problems(number, found, formula, layout)
        if _only_zero(line, formula, found):
            out.report(RowProblem(number, layout.letter("quantity"), "quantity",
                                  "zero_quantity", {}, Severity.WARNING))
            continue
        out.report(*found)
        parsed.add(line)
        at.quantities.append(line.qty_milli)
        if not any(p.blocking for p in found):
            out.take(line, number, keep, rows)
    if out.footer:
        text = next((_text(c) for n, c in data if n == out.footer), "")
        out.report(RowProblem(out.footer, "", "row", "footer_skipped",
                                       {"value": text}, Severity.WARNING))
    return out


@dataclasses.dataclass
class _Sections:
    """Where the lines since the last totals start: ``start`` (the tally then) for a totals
    row's check, ``quantities`` of the lines since the last labelled totals row for an
    unlabelled subtotal's sums (8 bytes a line); ``closed`` once a labelled totals row was
    read (what follows may be the footer)."""

    start: Tally = dataclasses.field(default_factory=Tally)
    quantities: array[int] = dataclasses.field(default_factory=lambda: array("q"))
    closed: bool = False
    gap: bool = False  # a blank row came after lines (empty rows may not be read at all)
    last: int = 0  # the row read last

    def blank(self, cells: tuple[object, ...], lines: int) -> bool:
        """A row blank in the list's columns, after ``lines`` lines: True when it begins the
        footer (text beside the columns after the totals)."""
        self.gap = self.gap or lines > 0
        return self.closed and any(c is not None for c in cells)

    def step(self, number: int, lines: int) -> None:
        """Row ``number`` is read next, after ``lines`` lines."""
        self.gap = self.gap or (lines > 0 and number > self.last + 1)
        self.last = number


def _totals_row(number: int, cells: tuple[object, ...], layout: Layout,
                parsed: Tally, at: _Sections, out: Body) -> bool:
    """Record a totals or subtotal row (checked, or reported), or the header repeated over the
    next section (reported; the lines go on); False for any other row."""
    if _repeats_header(cells, layout):
        out.report(RowProblem(number, "", "row", "header_repeated", {"value": _text(cells)},
                              Severity.WARNING))
        at.closed = False
        return True
    if is_totals(cells, layout):
        at.closed = True
        out.totals.append(number)
        out.report(*_check_totals(number, cells, layout, parsed, parsed.since(at.start)))
        at.start, at.quantities = parsed.copy(), array("q")
        return True
    if _subtotal(number, cells, layout, at.quantities):
        out.report(RowProblem(number, layout.letter("quantity"), "quantity",
                              "subtotal_skipped", {}, Severity.WARNING))
        out.totals.append(number)
        at.start = parsed.copy()
        return True
    return False


_ONCE = frozenset({"subtotal_skipped", "unknown_category", "unit_kept", "unknown_unit",
                   "weight_rounded", "value_rounded", "description_beside",
                   "description_from_code", "zero_quantity", "hs_heading_only",
                   "unit_value_rounded"})


_BY_VALUE = frozenset({"unknown_category", "unit_kept", "unknown_unit"})


def _text(cells: tuple[object, ...]) -> str:
    return " ".join(str(c) for c in cells if c is not None)[:60]


def _ticking(data: Rows, tick: Callable[[int, int], None] | None) -> Iterator[Row]:
    for seen, row in enumerate(data):
        if tick is not None and not seen % TICK:
            tick(seen, len(data))
        yield row


def _formula_problems(number: int, found: list[RowProblem], formula: list[int],
                      layout: Layout) -> list[RowProblem]:
    """A formula without a computed value is said as such, not as a missing value."""
    if not formula:
        return found
    hidden = {layout.columns[i] for i in formula}
    kept = [p for p in found if not (p.rule == "required" and p.field in hidden)]
    return kept + [RowProblem(number, column_letter(i), layout.columns[i], "formula_no_value")
                   for i in formula]


def _only_zero(line: LineItem, formula: Sequence[int], found: Sequence[RowProblem]) -> bool:
    """The only blocking problem of the row is its quantity of 0 (no formula left unread)."""
    if line.qty_milli != 0 or formula:
        return False
    blocking = [p for p in found if p.blocking]
    return all(p.field == "quantity" and p.rule == "positive" for p in blocking)


def _skipped(number: int, cells: tuple[object, ...]) -> RowProblem:
    text = " ".join(str(c) for c in cells if c is not None)[:60]
    return RowProblem(number, "", "row", "skipped_row", {"value": text}, Severity.WARNING)


def _check_totals(number: int, cells: tuple[object, ...], layout: Layout,
                  parsed: Tally, section: Tally) -> list[RowProblem]:
    """The list's own totals row must equal the lines above it (the section or all)."""
    row = RowReader(number, cells, layout)
    found: list[RowProblem] = []
    used = set(parsed.by_currency)
    for name, places in _TOTALLED:
        index = layout.column_of(name)
        if index is None or index >= len(cells) or cells[index] is None:
            continue
        if name == "value" and len(used) > 1:
            continue
        scale = 1000 if index in layout.tonnes else 1
        digits = places if places >= 0 else _exponent(layout.currency)
        if isinstance(cells[index], str) and (split := split_quantity(str(cells[index]))):
            row.values[name] = split[0]  # '21,340KGS', '10 ISOTANKS': the number
        expected = row.units(name, digits, scale)
        if expected is None:
            continue
        sums = {parsed.sum(name), section.sum(name)}
        if expected not in sums:
            found.append(RowProblem(number, column_letter(index), name, "totals_mismatch",
                                    {"expected": str(cells[index]),
                                     "actual": _shown(parsed.sum(name), digits)}))
    warnings = [dataclasses.replace(p, severity=Severity.WARNING) for p in row.problems]
    return found + warnings


def _exponent(currency: str | None) -> int:
    return currencies().get(currency or "", 2)


def _shown(units: int, places: int) -> str:
    return decimal_text(Decimal(units).scaleb(-places))
