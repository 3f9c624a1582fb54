"""The ledger's Summary sheet, tallied while the shipments stream past (memory stays flat).

Groups: everything, by partner city, by status, by category. Each group row carries counts,
quantities, weights and the value of its first currency; further currencies of the same group
follow on rows that carry only the currency and its value, so no column ever adds up two
currencies and the counts are never repeated.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from aidtracker.domain import LineItem, ShipmentDetail, Totals
from aidtracker.ledger.sheets import Column, money
from aidtracker.money import grams_to_kg, milli_to_decimal

C = Column
SUMMARY = (
    C("Група", "Group", width=26),
    C("Ключ", "Key", hxl="#meta+key", width=28),
    C("Відвантажень", "Shipments", "int", "#indicator+shipments", 12),
    C("Рядків", "Lines", "int", "#indicator+lines", 10),
    C("Кількість", "Quantity", "qty", "#indicator+qty", 14),
    C("Місць", "Packages", "int", "#indicator+packages", 10),
    C("Нетто, кг", "Net kg", "kg", "#indicator+net_kg", 14),
    C("Брутто, кг", "Gross kg", "kg", "#indicator+gross_kg", 14),
    C("Валюта", "Currency", hxl="#currency", width=9),
    C("Вартість", "Value", "money", "#value", 16),
)
GROUPS = (
    ("all", "Разом / Total"),
    ("partner", "Місто-партнер / Partner city"),
    ("status", "Статус / Status"),
    ("category", "Категорія / Category"),
)


@dataclass
class Tally:
    """Counts and sums of one group, in storage units."""

    shipments: int = 0
    lines: int = 0
    qty_milli: int = 0
    packages: int = 0
    net_g: int = 0
    gross_g: int = 0
    values: dict[str, int] = field(default_factory=dict)

    def add_totals(self, t: Totals) -> None:
        self.shipments += 1
        self.lines += t.lines
        self.qty_milli += t.qty_milli
        self.packages += t.packages
        self.net_g += t.net_g
        self.gross_g += t.gross_g
        for currency, minor in t.value_by_currency.items():
            self.values[currency] = self.values.get(currency, 0) + minor

    def add_line(self, line: LineItem) -> None:
        self.lines += 1
        self.qty_milli += line.qty_milli
        self.packages += line.packages
        self.net_g += line.net_g
        self.gross_g += line.gross_g
        self.values[line.currency] = self.values.get(line.currency, 0) + line.total_value_minor


class Summary:
    """Tallies per group, fed one shipment at a time."""

    def __init__(self) -> None:
        self.total = Tally()
        self.groups: dict[str, dict[str, Tally]] = {"partner": {}, "status": {}, "category": {}}

    def add(self, d: ShipmentDetail, totals: Totals) -> None:
        """Count one shipment (its totals computed once by the caller)."""
        self.total.add_totals(totals)
        self._get("partner", d.partnership.partner_city).add_totals(totals)
        self._get("status", str(d.shipment.status)).add_totals(totals)
        seen: set[str] = set()
        for line in d.lines:
            tally = self._get("category", line.category)
            tally.add_line(line)
            if line.category not in seen:
                seen.add(line.category)
                tally.shipments += 1

    def _get(self, group: str, key: str) -> Tally:
        tallies = self.groups[group]
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = Tally()
        return tally

    def rows(self) -> Iterator[list[object]]:
        """Summary rows in :data:`SUMMARY` column order."""
        for group, label in GROUPS:
            if group == "all":
                yield from _rows(label, "", self.total)
                continue
            for key, tally in sorted(self.groups[group].items()):
                yield from _rows(label, key, tally)


def _rows(label: str, key: str, t: Tally) -> Iterator[list[object]]:
    currencies = sorted(t.values) or [""]
    first = currencies[0]
    yield [label, key, t.shipments, t.lines, milli_to_decimal(t.qty_milli), t.packages,
           grams_to_kg(t.net_g), grams_to_kg(t.gross_g), first,
           money(t.values[first], first) if first else None]
    for currency in currencies[1:]:
        yield [label, key, None, None, None, None, None, None, currency,
               money(t.values[currency], currency)]
