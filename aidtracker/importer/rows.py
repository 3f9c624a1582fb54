"""One data row of a packing list → one :class:`LineItem`, or the problems that stop it.

Each cell is parsed into exact storage units; every failure names the sheet row and column.
The finished line is then checked by :func:`aidtracker.validate.validate_line`, whose problems
are mapped back to the column they came from.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property, lru_cache

from aidtracker import validate
from aidtracker.domain import Asset, AssetKind, Condition, LineItem, Problem, Severity, Unit
from aidtracker.importer.errors import RowProblem
from aidtracker.importer.meaning import category_of_hs, category_of_text, description_fields
from aidtracker.importer.numbers import MAX_ABS, DateFormatError, cell_date, cell_decimal
from aidtracker.importer.readers import column_letter
from aidtracker.importer.template import category_names
from aidtracker.importer.titles import header_currency, normalise
from aidtracker.importer.units import read_unit, split_quantity
from aidtracker.money import MAX_UNITS, NumberFormatError, to_units
from aidtracker.reference import categories, currencies, currency_exponent

_SPLIT = re.compile(r"[;,\n\r]+")
_VIN = re.compile(r"[0-9A-HJ-NPR-Z]{17}")
COLUMN_OF_FIELD = {  # validate.py field → importer field
    "description": "description", "category": "category", "qty_milli": "quantity",
    "unit": "unit", "net_g": "net_kg", "gross_g": "gross_kg",
    "unit_value_minor": "unit_value", "value_minor": "value", "currency": "currency",
    "hs_code": "hs_code", "national_code": "hs_code", "assets": "serials", "vin": "serials",
    "description_en": "description",
    "serial_no": "serials", "expiry_date": "expiry", "wear_pct": "wear",
    "condition": "condition", "packages": "packages", "lot": "lot",
}
NUMBER_FIELDS = ("quantity", "net_kg", "gross_kg", "unit_value", "value", "packages")


@dataclass(frozen=True)
class Layout:
    """How to read the data rows of one list."""

    columns: dict[int, str]
    currency: str | None
    decimal_comma: bool | None
    epoch1904: bool = False
    tonnes: frozenset[int] = frozenset()
    default_unit: str = ""  # from a units row under the header
    fallback_currency: str = ""  # the currency most rows give, for rows without money
    date_order: str = "dmy"  # day/month order of the expiry column's text dates
    titles: Mapping[int, str] = field(default_factory=dict)  # the header's, by column

    @cached_property
    def numeric(self) -> frozenset[int]:
        """Columns holding numbers (quantity, weights, values, packages)."""
        return frozenset(i for i, name in self.columns.items() if name in NUMBER_FIELDS)

    @cached_property
    def index(self) -> dict[str, int]:
        """Field → its (first) column."""
        out: dict[str, int] = {}
        for i, f in sorted(self.columns.items()):
            out.setdefault(f, i)
        return out

    def column_of(self, name: str) -> int | None:
        return self.index.get(name)

    def letter(self, name: str) -> str:
        index = self.column_of(name)
        return column_letter(index) if index is not None else ""


class RowReader:
    """Collects the parsed cells and problems of one row."""

    def __init__(self, number: int, cells: tuple[object, ...], layout: Layout) -> None:
        self.number, self.layout = number, layout
        self.values = {name: cells[i] if i < len(cells) else None
                       for i, name in layout.columns.items()}
        self.problems: list[RowProblem] = []

    def problem(self, name: str, rule: str, severity: Severity = Severity.BLOCKING,
                **params: object) -> None:
        letter = self.layout.letter(name)
        self.problems.append(RowProblem(self.number, letter, name, rule, params, severity))

    def text(self, name: str) -> str:
        value = self.values.get(name)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip()

    def decimal(self, name: str) -> Decimal | None:
        value = self.values.get(name)
        if value is None:
            return None
        try:
            return cell_decimal(value, decimal_comma=self.layout.decimal_comma)
        except NumberFormatError as exc:
            rule = {"ambiguous": "ambiguous_number", "too_large": "too_large"}.get(
                exc.reason, "not_a_number")
            self.problem(name, rule, value=str(value)[:60])
            return None

    def units(self, name: str, places: int, scale: int = 1) -> int | None:
        value = self.values.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and -MAX_ABS < value < MAX_ABS:
            return int(value * scale * 10**places)  # exact already: the fast path
        number = _plain_float(value) if isinstance(value, float) else None
        if number is not None:  # at most 15 digits: scaled exactly, in C
            scaled = number.scaleb(places) * scale
            if scaled == scaled.to_integral_value() and -MAX_UNITS <= scaled <= MAX_UNITS:
                return int(scaled)
        if number is None:
            number = self.decimal(name)
        if number is None:
            return None
        try:
            return to_units(number * scale if scale != 1 else number, places)
        except NumberFormatError:
            self.problem(name, "too_precise", value=str(self.values[name])[:60], places=places)
            return None


def _plain_float(value: float) -> Decimal | None:
    """A float cell's exact decimal when it has at most 15 digits (what Excel keeps), else None
    (then :func:`cell_decimal` decides); the common case without its checks."""
    if not -1e13 < value < 1e13:
        return None
    number = Decimal(repr(value))
    return number if len(number.as_tuple().digits) <= 15 else None


def parse_row(number: int, cells: tuple[object, ...], layout: Layout, line_no: int = 1
              ) -> tuple[LineItem, list[RowProblem]]:
    """Parse sheet row ``number`` into line ``line_no`` (unreadable cells count as 0).

    The line may be imported only when none of the returned problems is blocking.
    """
    row = RowReader(number, cells, layout)
    currency = _currency(row)
    exponent = currency_exponent(currency) if currency in currencies() else 2
    qty, written_unit = _quantity(row)
    description = _labelled(row.text("description"), cells, layout) or _from_code(row) \
        or _beside(row, cells)
    if not description:
        row.problem("description", "required")
    hs_code, national_code, heading = _codes(row)
    category = _category(row, hs_code or heading, description)
    unit, description = _unit(row, category, written_unit, description)
    _fraction(row, qty)
    values = _values(row, qty, exponent)
    text = description_fields(description)
    if uk := row.text("description_uk"):  # a Ukrainian column beside the original one
        text = {"description": uk, "description_en": text.get("description_en", "")}
    wear = row.units("wear", 0)
    line = LineItem(
        id=None, line_no=line_no, category=category, description=text.get("description", ""),
        description_en=text.get("description_en", ""),
        qty_milli=qty or 0, unit=unit, currency=currency,
        unit_value_minor=values[0], value_minor=values[1], packages=_packages(row),
        net_g=_grams(row, "net_kg"), gross_g=_grams(row, "gross_kg"),
        expiry_date=_expiry(row), lot=row.text("lot"), assets=_assets(row),
        hs_code=hs_code, national_code=national_code,
        condition=_condition(row, wear), wear_pct=wear,
    )
    if not any(p.blocking for p in row.problems):
        row.problems += _checked(line, layout, number)
    return line, row.problems


def _condition(row: RowReader, wear: int | None) -> Condition:
    """new or used as written; blank means new, or used when a wear % is given."""
    raw = row.text("condition").lower()
    if not raw:
        return Condition.USED if wear else Condition.NEW
    if raw not in {c.value for c in Condition}:
        row.problem("condition", "unknown_choice", value=raw[:20],
                    allowed=", ".join(c.value for c in Condition))
        return Condition.NEW
    return Condition(raw)


def _quantity(row: RowReader) -> tuple[int | None, str]:
    """The quantity in thousandths and a unit written in the same cell ('2 sets')."""
    value = row.values.get("quantity")
    if value is None:
        row.problem("quantity", "required")
        return None, ""
    if isinstance(value, str) and (split := split_quantity(value)):
        row.values["quantity"] = split[0]
        return row.units("quantity", 3), split[1]
    return row.units("quantity", 3), ""


def _labelled(text: str, cells: tuple[object, ...], layout: Layout) -> str:
    """A label in the description column ('COMMODITY:') names the goods in the next cell that
    no column of the list reads: 'COMMODITY:' | 'MIXED FATTY ACID' → 'MIXED FATTY ACID'."""
    if not text.endswith((":", "：")):
        return text
    start = layout.column_of("description")
    for i in range((start or 0) + 1, len(cells)):
        if i in layout.columns:
            break
        value = cells[i]
        if isinstance(value, str) and value.strip():
            return value.strip()
    return text


def _beside(row: RowReader, cells: tuple[object, ...]) -> str:
    """Goods named in the cell left or right of an empty description, in a column the list
    does not read (its title spans both: merged cells): taken, and said."""
    index = row.layout.column_of("description")
    if index is None:
        return ""
    for i in (index - 1, index + 1):
        value = cells[i] if 0 <= i < len(cells) and i not in row.layout.columns else None
        if isinstance(value, str) and any(ch.isalpha() for ch in value):
            row.problem("description", "description_beside", Severity.WARNING,
                        chosen=column_letter(i), value=value.strip()[:40])
            return value.strip()
    return ""


def _from_code(row: RowReader) -> str:
    """An item code stands in for a missing description (reported)."""
    code = row.text("code")
    if code:
        row.problem("description", "description_from_code", Severity.WARNING, value=code[:40])
    return code


def _checked(line: LineItem, layout: Layout, number: int) -> list[RowProblem]:
    out = []
    for p in validate.validate_line(line, number):
        name = COLUMN_OF_FIELD.get(p.field, p.field)
        out.append(_from_problem(p, name, layout.letter(name)))
    return out


def _from_problem(p: Problem, name: str, letter: str) -> RowProblem:
    return RowProblem(p.row, letter, name, p.rule, dict(p.params), p.severity)


def _currency(row: RowReader) -> str:
    """The row's own currency, else the list's; a row without any money takes the currency
    most rows give (it only labels zero values)."""
    raw = row.text("currency")
    if not raw:
        money = any(row.values.get(n) is not None for n in ("value", "unit_value"))
        return row.layout.currency or ("" if money else row.layout.fallback_currency)
    code = raw.upper() if raw.upper() in currencies() else header_currency(raw)
    if code is None:
        row.problem("currency", "unknown_currency", value=raw[:20])
        return ""
    return code


def _category(row: RowReader, hs: str, description: str) -> str:
    """Given, else suggested by the HS code, else by the description's words, else 'other'."""
    raw = row.text("category")
    if raw:
        code = _category_named(normalise(raw))
        if code:
            return code
        row.problem("category", "unknown_category", Severity.WARNING, value=raw[:40])
    return category_of_hs(hs) or category_of_text(description) or "other"


@lru_cache(maxsize=256)
def _category_named(folded: str) -> str:
    """A category given by its code, its English or Ukrainian name or its name in a partner's
    language (our template offers 'Rettungswagen / Автомобілі швидкої допомоги'), or ''."""
    for cat in categories().values():
        if folded in {normalise(cat.code), normalise(cat.name_en), normalise(cat.name_uk)}:
            return cat.code
    return category_names().get(folded, "")


def _unit(row: RowReader, category: str, written: str, description: str) -> tuple[Unit, str]:
    """Our unit for the line, and the description (a unit of no equivalent is kept in it)."""
    raw = row.text("unit") or written or row.layout.default_unit
    if not raw:  # the category's usual unit when the list names the category, else pieces
        named = bool(row.text("category")) and category in categories()
        return (Unit(categories()[category].unit) if named else Unit.PCS), description
    found = read_unit(raw)
    if found.unit is not None:
        return found.unit, description
    rule = "unit_kept" if found.rec20 else "unknown_unit"
    row.problem("unit", rule, Severity.WARNING, value=raw[:20], code=found.rec20)
    return Unit.PCS, f"{description} [{raw[:20]}]" if description else description


def _fraction(row: RowReader, qty: int | None) -> None:
    """A fraction of a unit that none of ours means (80284.8 SF, 43.28 MT) cannot be counted
    in pieces: said so, naming the unit (not 'a whole number for pcs')."""
    kept = next((p for p in row.problems if p.rule in ("unit_kept", "unknown_unit")), None)
    if kept is not None and qty and qty % 1000:
        row.problem("quantity", "kept_unit_fraction", value=str(row.values["quantity"])[:30],
                    unit=kept.params.get("value", ""))


def _values(row: RowReader, qty: int | None, exponent: int) -> tuple[int, int | None]:
    """(unit value, total value) in minor units. A unit price finer than the currency's minor
    unit (15.59395833 USD) is rounded half-up, with a warning; the line's total is then
    quantity × the exact price, rounded once."""
    unit_value, fine = _unit_price(row, exponent)
    total = _rounded(row, "value", exponent, 1, "value_rounded")  # a formula's 154180.0402727
    if total is not None and unit_value is None:
        unit_value = (2 * total * 1000 + qty) // (2 * qty) if qty and qty > 0 else 0
    elif total is not None and unit_value is not None and qty and fine is None and (
        (qty * unit_value + 500) // 1000 != total
    ):
        row.problem("value", "value_mismatch", Severity.WARNING,
                    value=str(row.values["value"])[:30])
    if fine is not None and total is None and qty:
        total = int((fine * qty / 1000).scaleb(exponent).quantize(Decimal(1), ROUND_HALF_UP))
    return unit_value or 0, total


def _unit_price(row: RowReader, exponent: int) -> tuple[int | None, Decimal | None]:
    number = row.decimal("unit_value")
    if number is None:
        return None, None
    minor = number.scaleb(exponent)
    if minor == minor.to_integral_value():
        return row.units("unit_value", exponent), None
    row.problem("unit_value", "unit_value_rounded", Severity.WARNING,
                value=str(row.values["unit_value"])[:30], places=exponent)
    return int(minor.quantize(Decimal(1), ROUND_HALF_UP)), number


def _grams(row: RowReader, name: str) -> int:
    """A weight in grams; one finer than a gram (a packing list's share of a pallet,
    344.6279 kg) is rounded half-up to the gram, with a warning."""
    index = row.layout.column_of(name)
    scale = 1000 if index in row.layout.tonnes else 1
    return _rounded(row, name, 3, scale, "weight_rounded") or 0


def _rounded(row: RowReader, name: str, places: int, scale: int, rule: str) -> int | None:
    """``row.units``, but a number finer than ``places`` is rounded half-up, said by ``rule``
    (a warning) instead of refused."""
    units = row.units(name, places, scale)
    last = row.problems[-1] if row.problems else None
    if units is None and last is not None and (last.field, last.rule) == (name, "too_precise"):
        row.problems.pop()
        number = row.decimal(name)
        if number is not None:
            units = int((number * scale).scaleb(places).quantize(Decimal(1), ROUND_HALF_UP))
            row.problem(name, rule, Severity.WARNING, value=str(row.values[name])[:30],
                        places=places)
    return units


def _packages(row: RowReader) -> int:
    count = row.units("packages", 0)
    if count is not None and count < 0:
        row.problem("packages", "not_negative", value=count)
    return max(count or 0, 0)


def _expiry(row: RowReader) -> date | None:
    value = row.values.get("expiry")
    if value is None:
        return None
    try:
        return cell_date(value, epoch1904=row.layout.epoch1904, order=row.layout.date_order)
    except DateFormatError:
        row.problem("expiry", "not_a_date", value=str(value)[:40])
        return None


def _codes(row: RowReader) -> tuple[str, str, str]:
    """(HS code, national code, heading): an 8- or 10-digit code keeps its HS part as the HS
    code; a 4-digit heading (or 2-digit chapter) only suggests the category, with a warning that
    the 6-digit code is still needed."""
    value = row.values.get("hs_code")
    text = row.text("hs_code")
    digits = re.sub(r"[\s.\-/]", "", text)
    if isinstance(value, int | float) and len(digits) in (3, 5, 7, 9):
        digits = "0" + digits  # a numeric cell dropped the leading zero (chapters 01-09)
    if len(digits) in (8, 10) and digits.isdigit():
        return digits[:6], digits, ""
    if len(digits) in (2, 4) and digits.isdigit():
        row.problem("hs_code", "hs_heading_only", Severity.WARNING, value=text[:20])
        return "", "", digits
    return digits, "", ""


def _assets(row: RowReader) -> tuple[Asset, ...]:
    parts = [p.strip() for p in _SPLIT.split(row.text("serials")) if p.strip()]
    return tuple(
        Asset(None, AssetKind.VEHICLE, vin=p.upper())
        if _VIN.fullmatch(p.upper())
        else Asset(None, AssetKind.EQUIPMENT, serial_no=p)
        for p in parts
    )


def is_blank(cells: tuple[object, ...], layout: Layout) -> bool:
    """No mapped field other than the line number holds anything."""
    return all(
        i >= len(cells) or cells[i] is None
        for i, name in layout.columns.items() if name not in ("line_no", "ignore")
    )
