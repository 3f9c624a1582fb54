"""One data row of a packing list → one :class:`LineItem`, or the problems that stop it.

Each cell is parsed into exact storage units; every failure names the sheet row and column.
The finished line is then checked by :func:`aidtracker.validate.validate_line`, whose problems
are mapped back to the column they came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property, lru_cache

from aidtracker import validate
from aidtracker.domain import Asset, AssetKind, LineItem, Problem, Severity, Unit
from aidtracker.importer.errors import RowProblem
from aidtracker.importer.headers import header_currency, normalise
from aidtracker.importer.numbers import DateFormatError, cell_date, cell_decimal
from aidtracker.importer.readers import column_letter
from aidtracker.money import NumberFormatError, to_units
from aidtracker.reference import categories, currencies, currency_exponent

_SPLIT = re.compile(r"[;,\n\r]+")
_VIN = re.compile(r"[0-9A-HJ-NPR-Z]{17}")
_UNITS: dict[Unit, str] = {
    Unit.PCS: "pcs pc pce pces piece pieces stk stck stuck st szt sztuk sztuki ks kus kusy "
    "buc bucati buc. шт штук штуки pieces pièce pièces u unit units ea each",
    Unit.PAIR: "pair pairs pr paar par pary páry pár perechi pereche пара пар пари paire paires",
    Unit.PACK: "pack packs pk pkg packung packungen pckg opak opakowanie opakowania bal baleni "
    "balení pachet pachete уп упак упаковка paquet paquets",
    Unit.CARTON: "carton cartons ctn ctns karton kartons kartony kart krabice krabic cutie cutii "
    "коробка коробки короб ящик ящики",
    Unit.KG: "kg kgs kilo kilogram kilograms kilogramm кг кілограм",
    Unit.L: "l lt ltr liter litre litres liters litr litry litrů litri л літр літрів",
    Unit.SET: "set sets satz zestaw zestawy sada sady komplet комплект комплекти компл "
    "ensemble jeu",
}
UNIT_WORDS: dict[str, Unit] = {
    normalise(word): unit for unit, words in _UNITS.items() for word in words.split()
}
COLUMN_OF_FIELD = {  # validate.py field → importer field
    "description": "description", "category": "category", "qty_milli": "quantity",
    "unit": "unit", "net_g": "net_kg", "gross_g": "gross_kg",
    "unit_value_minor": "unit_value", "value_minor": "value", "currency": "currency",
    "hs_code": "hs_code", "national_code": "hs_code", "assets": "serials", "vin": "serials",
    "serial_no": "serials", "expiry_date": "expiry", "packages": "packages", "lot": "lot",
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

    @cached_property
    def numeric(self) -> frozenset[int]:
        """Columns holding numbers (quantity, weights, values, packages)."""
        return frozenset(i for i, name in self.columns.items() if name in NUMBER_FIELDS)

    def column_of(self, name: str) -> int | None:
        return next((i for i, f in self.columns.items() if f == name), None)

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
        number = self.decimal(name)
        if number is None:
            return None
        try:
            return to_units(number * scale, places)
        except NumberFormatError:
            self.problem(name, "too_precise", value=str(self.values[name])[:60], places=places)
            return None


def parse_row(number: int, cells: tuple[object, ...], layout: Layout, line_no: int = 1
              ) -> tuple[LineItem, list[RowProblem]]:
    """Parse sheet row ``number`` into line ``line_no`` (unreadable cells count as 0).

    The line may be imported only when none of the returned problems is blocking.
    """
    row = RowReader(number, cells, layout)
    currency = _currency(row)
    exponent = currency_exponent(currency) if currency in currencies() else 2
    qty = row.units("quantity", 3)
    if qty is None and row.values.get("quantity") is None:
        row.problem("quantity", "required")
    description = row.text("description")
    if not description:
        row.problem("description", "required")
    category = _category(row)
    values = _values(row, qty, exponent)
    hs_code, national_code = _codes(row)
    line = LineItem(
        id=None, line_no=line_no, category=category, description=description,
        qty_milli=qty or 0, unit=_unit(row, category), currency=currency,
        unit_value_minor=values[0], value_minor=values[1], packages=_packages(row),
        net_g=_grams(row, "net_kg"), gross_g=_grams(row, "gross_kg"),
        expiry_date=_expiry(row), lot=row.text("lot"), assets=_assets(row),
        hs_code=hs_code, national_code=national_code,
    )
    if not any(p.blocking for p in row.problems):
        row.problems += _checked(line, layout, number)
    return line, row.problems


def _checked(line: LineItem, layout: Layout, number: int) -> list[RowProblem]:
    out = []
    for p in validate.validate_line(line, number):
        name = COLUMN_OF_FIELD.get(p.field, p.field)
        out.append(_from_problem(p, name, layout.letter(name)))
    return out


def _from_problem(p: Problem, name: str, letter: str) -> RowProblem:
    return RowProblem(p.row, letter, name, p.rule, dict(p.params), p.severity)


def _currency(row: RowReader) -> str:
    raw = row.text("currency")
    if not raw:
        return row.layout.currency or ""
    code = raw.upper() if raw.upper() in currencies() else header_currency(raw)
    if code is None:
        row.problem("currency", "unknown_currency", value=raw[:20])
        return ""
    return code


def _category(row: RowReader) -> str:
    raw = row.text("category")
    if raw:
        code = _category_named(normalise(raw))
        if code:
            return code
        row.problem("category", "unknown_category", Severity.WARNING, value=raw[:40])
    hs = re.sub(r"\D", "", row.text("hs_code"))
    return _category_of_heading(hs[:4]) if len(hs) >= 4 else "other"


@lru_cache(maxsize=256)
def _category_named(folded: str) -> str:
    """A category given by its code or its English or Ukrainian name, or ''."""
    for cat in categories().values():
        if folded in {normalise(cat.code), normalise(cat.name_en), normalise(cat.name_uk)}:
            return cat.code
    return ""


@lru_cache(maxsize=1024)
def _category_of_heading(heading: str) -> str:
    """The category whose default HS code shares the 4-digit heading, else 'other'."""
    for cat in categories().values():
        if cat.default_hs[:4] == heading and "forbidden" not in cat.flags:
            return cat.code
    return "other"


def _unit(row: RowReader, category: str) -> Unit:
    raw = row.text("unit")
    if not raw:
        return Unit(categories()[category].unit) if category in categories() else Unit.PCS
    unit = _unit_word(raw)
    if unit is None:
        row.problem("unit", "unknown_unit", value=raw[:20])
        return Unit.PCS
    return unit


@lru_cache(maxsize=512)
def _unit_word(raw: str) -> Unit | None:
    return UNIT_WORDS.get(normalise(raw))


def _values(row: RowReader, qty: int | None, exponent: int) -> tuple[int, int | None]:
    unit_value = row.units("unit_value", exponent)
    total = row.units("value", exponent)
    if total is not None and unit_value is None:
        unit_value = (2 * total * 1000 + qty) // (2 * qty) if qty and qty > 0 else 0
    elif total is not None and unit_value is not None and qty and (
        (qty * unit_value + 500) // 1000 != total
    ):
        row.problem("value", "value_mismatch", Severity.WARNING,
                    value=str(row.values["value"])[:30])
    return unit_value or 0, total


def _grams(row: RowReader, name: str) -> int:
    index = row.layout.column_of(name)
    scale = 1000 if index in row.layout.tonnes else 1
    return row.units(name, 3, scale) or 0


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
        return cell_date(value, epoch1904=row.layout.epoch1904)
    except DateFormatError:
        row.problem("expiry", "not_a_date", value=str(value)[:40])
        return None


def _codes(row: RowReader) -> tuple[str, str]:
    """(HS code, national code): an 8- or 10-digit code keeps its HS part as the HS code."""
    value = row.values.get("hs_code")
    text = row.text("hs_code")
    digits = re.sub(r"[\s.\-/]", "", text)
    if isinstance(value, int | float) and len(digits) in (5, 7, 9):
        digits = "0" + digits  # a numeric cell dropped the leading zero (chapters 01-09)
    if len(digits) in (8, 10) and digits.isdigit():
        return digits[:6], digits
    return digits, ""


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
