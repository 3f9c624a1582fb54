"""What happens to the goods, and the read models: distributions, write-offs, loads, rates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from aidtracker.domain.enums import (
    DistributionKind,
    NeedStatus,
    Priority,
    TransportMode,
    Unit,
    WriteOffReason,
)
from aidtracker.domain.records import (
    Attachment,
    ChecklistItem,
    Deadline,
    LineItem,
    Organisation,
    Partnership,
    Shipment,
    StatusEvent,
)


@dataclass(frozen=True, slots=True)
class DistributionLine:
    line_no: int
    qty_milli: int
    serials: tuple[str, ...] = ()  # the VINs/serials handed over with this quantity


@dataclass(frozen=True, slots=True)
class Distribution:
    """A handover from the recipient to an acquirer (D8)."""

    id: int | None
    act_no: str
    on: date
    kind: DistributionKind
    acquirer_id: int | None
    person_name: str
    settlement: str
    lines: tuple[DistributionLine, ...]
    actor: str = ""
    acquirer_name: str = ""  # read from the organisation when loaded; not stored here
    acquirer_edrpou: str = ""
    reversed_at: datetime | None = None  # a reversed act stays (its number too), out of balances
    reversed_by: str = ""
    reverse_reason: str = ""

    @property
    def to_whom(self) -> str:
        """The acquiring institution's name, else the person's."""
        return self.acquirer_name or self.person_name


@dataclass(frozen=True, slots=True)
class WriteOffLine:
    """``qty_milli`` written off a line, of which ``from_damaged_milli`` were damaged on receipt."""

    line_no: int
    qty_milli: int
    from_damaged_milli: int = 0


@dataclass(frozen=True, slots=True)
class WriteOff:
    """A write-off act (D9): date, reason, commission, lines."""

    id: int | None
    act_no: str
    on: date
    reason: WriteOffReason
    lines: tuple[WriteOffLine, ...]
    note: str = ""
    commission: str = ""
    actor: str = ""
    reversed_at: datetime | None = None  # a reversed act stays (its number too), out of balances
    reversed_by: str = ""
    reverse_reason: str = ""


@dataclass(frozen=True, slots=True)
class LoadShare:
    line_no: int
    qty_milli: int


@dataclass(frozen=True, slots=True)
class Load:
    """One vehicle trip across the border (DOMAIN.md §4.6) with the line quantities it carries."""

    id: int | None
    seq: int
    mode: TransportMode = TransportMode.ROAD_TRUCK
    carrier: str = ""
    truck_plate: str = ""
    trailer_plate: str = ""
    driver_name: str = ""
    driver_phone: str = ""
    cmr_no: str = ""
    seals: str = ""
    planned_loading: date | None = None
    loaded_on: date | None = None
    crossing: str = ""
    planned_crossing: date | None = None
    crossed_on: date | None = None
    arrived_on: date | None = None
    shares: tuple[LoadShare, ...] = ()
    version: int = 0


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """UAH per one unit of ``currency`` on a day (NBU official or typed), exact decimal."""

    currency: str
    on: date
    uah_per_unit: Decimal
    source: str


@dataclass(frozen=True, slots=True)
class Valuation:
    """The UAH value of a shipment's lines on its valuation day (customs clearance, else
    receipt): the rate used per currency and kopecks per line (``None`` where no rate)."""

    on: date | None
    rates: dict[str, ExchangeRate] = field(default_factory=dict)
    line_uah: dict[int, int | None] = field(default_factory=dict)

    @property
    def total_uah(self) -> int | None:
        values = list(self.line_uah.values())
        return None if not values or None in values else sum(v or 0 for v in values)

    def rate_for(self, currency: str) -> ExchangeRate | None:
        return self.rates.get(currency)


@dataclass(frozen=True, slots=True)
class Need:
    """What a Ukrainian recipient asked for, and which shipments cover it."""

    id: int | None
    recipient_id: int
    description: str
    category: str
    qty_milli: int
    unit: Unit
    priority: Priority = Priority.NORMAL
    requested_on: date | None = None
    needed_by: date | None = None
    status: NeedStatus = NeedStatus.OPEN
    covered_by: tuple[str, ...] = ()
    version: int = 0


@dataclass(frozen=True, slots=True)
class Totals:
    """Computed totals of a shipment: never typed, always derived from lines."""

    lines: int
    qty_milli: int
    packages: int
    net_g: int
    gross_g: int
    value_by_currency: dict[str, int]


@dataclass(frozen=True, slots=True)
class ShipmentDetail:
    """Everything one screen, document or export needs about one shipment."""

    shipment: Shipment
    partnership: Partnership
    donor: Organisation
    recipient: Organisation
    lines: tuple[LineItem, ...]
    events: tuple[StatusEvent, ...]
    checklist: tuple[ChecklistItem, ...]
    deadlines: tuple[Deadline, ...]
    attachments: tuple[Attachment, ...]
    distributions: tuple[Distribution, ...]
    write_offs: tuple[WriteOff, ...] = ()
    loads: tuple[Load, ...] = ()
    voided: tuple[LineItem, ...] = ()  # voided lines, kept for the record; ``lines`` are active
    valuation: Valuation | None = None  # hryvnia values (services.rates), when read from a store
    #: Acts reversed with a reason: kept for the record, left out of every balance above.
    reversed_distributions: tuple[Distribution, ...] = ()
    reversed_write_offs: tuple[WriteOff, ...] = ()

    @property
    def totals(self) -> Totals:
        values: dict[str, int] = {}
        for line in self.lines:
            values[line.currency] = values.get(line.currency, 0) + line.total_value_minor
        return Totals(
            lines=len(self.lines),
            qty_milli=sum(line.qty_milli for line in self.lines),
            packages=sum(line.packages for line in self.lines),
            net_g=sum(line.net_g for line in self.lines),
            gross_g=sum(line.gross_g for line in self.lines),
            value_by_currency=dict(sorted(values.items())),
        )

    def distributed_milli(self, line_no: int) -> int:
        return sum(
            dl.qty_milli for d in self.distributions for dl in d.lines if dl.line_no == line_no
        )

