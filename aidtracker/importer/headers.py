"""Find the header row of a packing list: candidates ranked by their titles, proved by the rows.

The header may sit below title rows, on any sheet, and may span two rows (a merged "Weight" over
"net" and "gross"); a two-row header is taken only when its lower row holds no numbers (a data
row is never merged into the header). A row of units under the header ("(PCS)", "(KG)",
"(CBM)") is recognised and skipped. Each candidate's columns are chosen by
:func:`~aidtracker.importer.columns.assign`; a candidate counts only when the rows below fit the
types its titles promise (quantities are numbers).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from aidtracker.importer.columns import assign
from aidtracker.importer.hxl import is_tag_row, tag_columns
from aidtracker.importer.readers import Row
from aidtracker.importer.titles import (
    RULES,
    classify,
    header_currency,
    in_tonnes,
    normalise,
    scores,
)
from aidtracker.importer.units import is_unit_word, read_unit

__all__ = ["RULES", "HeaderMatch", "classify", "find_header", "header_currency", "in_tonnes",
           "normalise", "scores", "units_row"]

_MONEY_FIELDS = frozenset({"value", "unit_value"})
_WEIGHT_FIELDS = frozenset({"net_kg", "gross_kg"})
_NUMERIC = frozenset({"quantity", "net_kg", "gross_kg", "unit_value", "value", "packages"})
PROOF_ROWS = 12  # rows below a candidate header that must fit its titles
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_TOTALS = ("total", "summ", "razem", "всього", "разом", "итого")  # a totals label begins so


@dataclass(frozen=True)
class HeaderMatch:
    """Where the list's header is and what each column holds.

    ``first_row``..``header_row`` are the 1-based header rows (two when the header spans two
    rows, one more for a units row); data starts below ``header_row``. ``columns`` maps 0-based
    column → field. ``units`` holds a unit written in the units row per column; ``notes`` say
    which column was chosen among several and which were inferred from their values.
    """

    sheet: str
    first_row: int
    header_row: int
    columns: dict[int, str]
    labels: dict[int, str]
    currencies: frozenset[str]
    tonnes: frozenset[int]
    units: Mapping[int, str] = dataclasses.field(default_factory=dict)
    notes: tuple[tuple[str, dict[str, object]], ...] = ()
    proof: float = 1.0
    tagged: bool = False  # columns named by an HXL hashtag row
    fill: float = 1.0  # share of the rows below with a quantity
    goods: bool = True  # some row below has a quantity beside a name (not a totals label)
    pair: bool = False  # two rows of titles combined (it must beat its lower row alone)

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(self.columns.values()) - {"line_no", "ignore"}

    @property
    def currency(self) -> str | None:
        return next(iter(self.currencies)) if len(self.currencies) == 1 else None


def read_labels(
    sheet: str, rows: tuple[int, int], labels: Sequence[object],
    aliases: Mapping[str, str] | None = None, data: Sequence[Row] = (),
) -> HeaderMatch:
    """Classify one header row (or two combined), its columns proved by ``data`` below."""
    choice = assign(labels, data, aliases)
    texts = {i: label for i, label in enumerate(labels) if isinstance(label, str)}
    money = {code for i, name in choice.columns.items()
             if name in _MONEY_FIELDS and (code := header_currency(labels[i]))}
    tonnes = {i for i, name in choice.columns.items()
              if name in _WEIGHT_FIELDS and in_tonnes(labels[i])}
    proof = 0.0 if _is_data(labels, choice.columns) else _proof(choice.columns, data, labels)
    return HeaderMatch(sheet, rows[0], rows[1], choice.columns, texts, frozenset(money),
                       frozenset(tonnes), units=_title_units(labels, choice.columns),
                       notes=choice.notes, proof=proof, fill=_fill(choice.columns, data),
                       goods=_goods(choice.columns, data))


_TITLE_UNIT = re.compile(r"[(\[]\s*([^()\[\]]{1,16}?)\s*[)\]]|,\s*([^,]{1,16}?)\s*$")


def _title_units(labels: Sequence[object], columns: Mapping[int, str]) -> dict[int, str]:
    """A unit the quantity's title gives: 'Quantity(SF)', 'Qty (kg)', 'Кількість, шт'."""
    out = {}
    for i, name in columns.items():
        label = labels[i] if i < len(labels) else None
        if name != "quantity" or not isinstance(label, str):
            continue
        for match in _TITLE_UNIT.finditer(label):
            word = match.group(1) or match.group(2) or ""
            if read_unit(word).rec20:
                out[i] = word
    return out


def _is_data(labels: Sequence[object], columns: Mapping[int, str]) -> bool:
    """A row whose cell in the quantity column is a number is a goods line, not a header."""
    quantity = next((i for i, name in columns.items() if name == "quantity"), None)
    if quantity is None or quantity >= len(labels):
        return False
    label = labels[quantity]
    if isinstance(label, int | float) and not isinstance(label, bool):
        return True
    return isinstance(label, str) and bool(_NUMBER.match(label.strip()))


def _proof(columns: Mapping[int, str], data: Sequence[Row],
           labels: Sequence[object] = ()) -> float:
    """Share of the rows below whose numeric columns hold numbers (blank cells count for; the
    header repeated over a next section, and its units row, count neither way)."""
    numeric = [i for i, name in columns.items() if name in _NUMERIC]
    quantity = next((i for i, name in columns.items() if name == "quantity"), None)
    if quantity is None or not data:
        return 1.0
    checked = good = again = 0
    for _, cells in data[:PROOF_ROWS]:
        values = [cells[i] for i in numeric if i < len(cells) and cells[i] is not None]
        if not values:
            continue
        if _again(cells, labels, columns) or units_row(cells, {}) is not None:
            again += 1  # proves nothing alone: such 'titles' or 'units' may be values
            continue
        checked += 1
        good += all(_numberish(v) for v in values)
    return good / checked if checked else 0.0 if again else 1.0


def _again(cells: tuple[object, ...], labels: Sequence[object],
           columns: Mapping[int, str]) -> bool:
    """The titles of the description and the quantity again (the header repeated below)."""
    wanted = [i for i, name in columns.items() if name in ("description", "quantity")]
    return len(wanted) == 2 and all(
        i < len(cells) and i < len(labels) and isinstance(cells[i], str)
        and isinstance(labels[i], str) and normalise(cells[i]) == normalise(labels[i])
        for i in wanted)


def _fill(columns: Mapping[int, str], data: Sequence[Row]) -> float:
    """Share of the first rows below that have a quantity."""
    quantity = next((i for i, name in columns.items() if name == "quantity"), None)
    rows = [cells for _, cells in data[:PROOF_ROWS * 2]]
    if quantity is None or not rows:
        return 1.0
    return sum(quantity < len(c) and c[quantity] is not None for c in rows) / len(rows)


def _goods(columns: Mapping[int, str], data: Sequence[Row]) -> bool:
    """Some of the first rows below has a number under the quantity beside a name (a totals
    label is no name): a list of goods, not a form of containers' weights or a template."""
    index = {name: i for i, name in columns.items()}
    quantity, name = index.get("quantity"), index.get("description")
    if quantity is None or name is None or not data:
        return True
    for _, cells in data[:PROOF_ROWS * 2]:
        value = cells[quantity] if quantity < len(cells) else None
        text = cells[name] if name < len(cells) else None
        if value is not None and text is not None and _NUMBER.match(str(value).strip()) \
                and not normalise(text).startswith(_TOTALS):
            return True
    return False



def _numberish(value: object) -> bool:
    """A number, a number with its unit ('2 sets'), or a totals label."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    text = str(value).strip()
    if not text:
        return False
    if text[0].isdigit() or (text[0] in "+-.," and any(ch.isdigit() for ch in text)):
        return True
    return normalise(text).startswith(_TOTALS)


def _combined(upper: tuple[object, ...], lower: tuple[object, ...]) -> list[object]:
    width = max(len(upper), len(lower))
    out: list[object] = []
    carry: object = None
    for i in range(width):
        top = upper[i] if i < len(upper) else None
        bottom = lower[i] if i < len(lower) else None
        carry = top if isinstance(top, str) else (carry if top is None else None)
        parts = [p for p in (carry, bottom) if isinstance(p, str)]
        out.append(" ".join(parts) if parts else None)
    return out


def _score(match: HeaderMatch) -> float:
    fields = match.fields
    if not {"description", "quantity"} <= fields or match.proof < 0.5:
        return 0
    if len(match.labels) < 2 and not match.tagged:  # one text alone: a title or a heading
        return 0
    guessed = any(rule == "column_inferred" and params.get("field") == "description"
                  for rule, params in match.notes)
    if guessed and match.fill < 0.5:  # no title names the goods and most rows lack a quantity
        return 0
    score = len(fields) + match.proof + (2 if match.tagged else 0) - (0.01 if match.pair else 0)
    return score if match.goods else score / 2  # a sheet of goods before one without


def _words_only(cells: tuple[object, ...]) -> bool:
    """A row that can be the lower half of a header: text only, no numbers, no dates."""
    return all(c is None or (isinstance(c, str) and not any(ch.isdigit() for ch in c))
               for c in cells)


def units_row(cells: tuple[object, ...], columns: Mapping[int, str]) -> dict[int, str] | None:
    """The units written under the titles ('(PCS)', '(KG)', 'EUR'), or None if not such a row."""
    filled = {i: c for i, c in enumerate(cells) if c is not None}
    if not filled or any(not isinstance(c, str) for c in filled.values()):
        return None
    found = {i: str(c).strip("()[] ") for i, c in filled.items()
             if is_unit_word(c) or header_currency(c) or in_tonnes(c)}
    if len(found) < max(1, (len(filled) + 1) // 2):
        return None
    if any(columns.get(i) == "description" and i not in found for i in filled):
        return None
    return found


def candidates(sheet: str, rows: Sequence[Row],
               aliases: Mapping[str, str] | None = None) -> Iterable[HeaderMatch]:
    """Every possible header among ``rows``: each row, each pair of adjacent rows whose lower
    one holds words only, each followed by a units row when there is one. A sheet with an HXL
    hashtag row is read by its tags only (titles may say anything; the tags are the contract)."""
    tagged = [i for i, (_, cells) in enumerate(rows) if is_tag_row(cells)]
    if tagged:
        yield from (_tagged(sheet, rows, i) for i in tagged)
        return
    for i, (number, cells) in enumerate(rows):
        below = rows[i + 1:]
        yield _with_units(read_labels(sheet, (number, number), cells, aliases,
                                      _after_units(below)), below)
        if below and below[0][0] == number + 1 and _words_only(below[0][1]) \
                and units_row(below[0][1], {}) is None:
            labels = _combined(cells, below[0][1])
            pair = read_labels(sheet, (number, below[0][0]), labels, aliases,
                               _after_units(below[1:]))
            yield _with_units(dataclasses.replace(pair, pair=True), below[1:])


def _tagged(sheet: str, rows: Sequence[Row], i: int) -> HeaderMatch:
    """An HXL hashtag row: columns by tag; titles (for the report) from the row above."""
    number, cells = rows[i]
    above = rows[i - 1] if i and rows[i - 1][0] == number - 1 else (number, cells)
    columns = tag_columns(cells)
    texts = {j: c for j, c in enumerate(above[1]) if isinstance(c, str)}
    money = {code for j, name in columns.items() if name in _MONEY_FIELDS
             and j < len(above[1]) and (code := header_currency(above[1][j]))}
    return HeaderMatch(sheet, above[0], number, columns, texts, frozenset(money), frozenset(),
                       notes=(("hxl_tags", {"row": number}),), proof=1.0, tagged=True)


def numbers_row(cells: tuple[object, ...], named: int | None = None) -> bool:
    """The columns numbered under the titles (1 2 3 … as official forms do, 0 1 2 … as ERP
    exports): at least three whole numbers from 0 or 1, each one more than the one before,
    one of them where the goods are named (column ``named``, when known)."""
    values = [c for c in cells if c is not None]
    if len(values) < 3 or (named is not None and (named >= len(cells) or cells[named] is None)):
        return False
    numbers = []
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return False
        text = str(value).strip()
        text = text[:-2] if isinstance(value, float) and text.endswith(".0") else text
        if not (text.isascii() and text.isdigit()):  # not '²'
            return False
        numbers.append(int(text))
    return numbers[0] in (0, 1) and all(b - a == 1 for a, b in pairwise(numbers))


def _after_units(below: Sequence[Row]) -> Sequence[Row]:
    if below and numbers_row(below[0][1]):
        below = below[1:]
    if below and units_row(below[0][1], {}) is not None:
        return below[1:]
    return below


def _with_units(match: HeaderMatch, below: Sequence[Row]) -> HeaderMatch:
    if not below or below[0][0] != match.header_row + 1:
        return match
    named = next((i for i, name in match.columns.items() if name == "description"), None)
    if numbers_row(below[0][1], named):  # part of the header: the lines begin below it
        match = dataclasses.replace(match, header_row=below[0][0])
        return _with_units(match, below[1:])
    units = units_row(below[0][1], match.columns)
    if units is None:
        return match
    tonnes = set(match.tonnes) | {i for i, u in units.items()
                                  if match.columns.get(i) in _WEIGHT_FIELDS and in_tonnes(u)}
    money = set(match.currencies) | {c for i, u in units.items()
                                     if match.columns.get(i) in _MONEY_FIELDS
                                     and (c := header_currency(u))}
    return dataclasses.replace(match, header_row=below[0][0], units={**match.units, **units},
                               tonnes=frozenset(tonnes), currencies=frozenset(money))


def find_header(sheets: Iterable[tuple[str, Sequence[Row]]],
                aliases: Mapping[str, str] | None = None) -> HeaderMatch | None:
    """The best header over all sheets: most recognised fields, with description and quantity,
    the rows below fitting the titles' types.

    Ties go to the earlier sheet, then the higher row; a two-row header must beat its rows.
    """
    best: tuple[float, HeaderMatch] | None = None
    for sheet, rows in sheets:
        for match in candidates(sheet, rows, aliases):
            score = _score(match)
            if score and (best is None or score > best[0]):
                best = (score, match)
    return best[1] if best else None


def unit_of(match: HeaderMatch, field: str) -> str:
    """The unit the units row gives for ``field``'s column, '' if none."""
    index = next((i for i, name in match.columns.items() if name == field), None)
    text = match.units.get(index, "") if index is not None else ""
    return text if read_unit(text).rec20 else ""
