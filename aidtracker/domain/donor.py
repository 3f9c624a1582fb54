"""The donor's report ("where did your aid go"): what one partner city sent and where it went.

Plain values built by :mod:`aidtracker.services.donor_report` and printed by
:mod:`aidtracker.documents.donor_report` (PDF) and :mod:`aidtracker.ledger.donor_report`
(xlsx). Quantities in thousandths, money in minor units, as everywhere in the domain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from aidtracker.domain.enums import Unit, WriteOffReason


@dataclass(frozen=True, slots=True)
class DonorLine:
    """One goods line's books. ``shipped + surplus = distributed + written_off + in_stock +
    missing_damaged + in_transit`` (the equation the report prints per line)."""

    reference: str
    line_no: int
    description: str
    description_en: str
    category: str
    unit: Unit
    currency: str
    value_minor: int
    value_uah: int | None
    shipped: int
    surplus: int
    received: int  # good + damaged, as counted on arrival
    distributed: int
    written_off: int  # good and damaged units written off
    in_stock: int
    missing_damaged: int  # missing on arrival + damaged not (yet) written off
    in_transit: int  # not received yet

    @property
    def accounted(self) -> int:
        """Everything the line's units became: the right side of the equation."""
        return (self.distributed + self.written_off + self.in_stock + self.missing_damaged
                + self.in_transit)

    @property
    def balanced(self) -> bool:
        return self.shipped + self.surplus == self.accounted


@dataclass(frozen=True, slots=True)
class Handover:
    """Goods of one line handed to one acquirer (an institution by name), or to ``persons``
    people of one settlement together (issue statements: persons are never named here)."""

    reference: str
    act_no: str
    on: date
    acquirer: str
    city: str
    persons: int
    line_no: int
    description: str
    unit: Unit
    qty_milli: int
    currency: str = "EUR"
    value_minor: int = 0  # quantity × unit value, half-up to a minor unit (as on D8)


@dataclass(frozen=True, slots=True)
class WriteOffRow:
    """Goods of one line written off by one act, and why."""

    reference: str
    act_no: str
    on: date
    reason: WriteOffReason
    note: str
    line_no: int
    description: str
    unit: Unit
    qty_milli: int
    currency: str = "EUR"
    value_minor: int = 0


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo the user marked for publication: the stored file and its caption."""

    reference: str
    path: str
    caption: str
    sha256: str


@dataclass(frozen=True, slots=True)
class RateUsed:
    """The exchange rate a shipment's hryvnia values use (UAH per unit, exact text)."""

    currency: str
    on: date
    uah_per_unit: str
    source: str


@dataclass(frozen=True, slots=True)
class DonorShipment:
    """One shipment as the donor sees it."""

    reference: str
    status: str
    donor: str
    recipient: str
    recipient_city: str
    sent_on: date | None
    received_on: date | None
    rates: tuple[RateUsed, ...]
    lines: tuple[DonorLine, ...]
    handovers: tuple[Handover, ...]
    write_offs: tuple[WriteOffRow, ...]
    photos: tuple[Photo, ...]

    @property
    def value_by_currency(self) -> dict[str, int]:
        return sum_by_currency(self.lines)

    @property
    def value_uah(self) -> int | None:
        return sum_uah(self.lines)


@dataclass(frozen=True, slots=True)
class CategoryValue:
    """The value of one category's lines over the whole report."""

    code: str
    value_by_currency: dict[str, int]
    value_uah: int | None


@dataclass(frozen=True, slots=True)
class DonorReport:
    """Everything one donor report prints, for one partnership and period."""

    partner_city: str
    partner_city_uk: str
    own_city: str
    partner_country: str
    date_from: date | None
    date_to: date | None
    made_on: date
    office_uk: str
    office_en: str
    shipments: tuple[DonorShipment, ...]
    categories: tuple[CategoryValue, ...]

    @property
    def lines(self) -> tuple[DonorLine, ...]:
        return tuple(ln for s in self.shipments for ln in s.lines)

    @property
    def handovers(self) -> tuple[Handover, ...]:
        return tuple(h for s in self.shipments for h in s.handovers)

    @property
    def value_by_currency(self) -> dict[str, int]:
        return sum_by_currency(self.lines)

    @property
    def value_uah(self) -> int | None:
        return sum_uah(self.lines)


def sum_by_currency(lines: tuple[DonorLine, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for ln in lines:
        out[ln.currency] = out.get(ln.currency, 0) + ln.value_minor
    return dict(sorted(out.items()))


def sum_uah(lines: tuple[DonorLine, ...]) -> int | None:
    """The hryvnia total, None when a line has no rate (never a partial sum)."""
    values = [ln.value_uah for ln in lines]
    return None if None in values else sum(v or 0 for v in values)
