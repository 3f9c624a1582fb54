"""The shipment's record: parties, goods lines and assets, the shipment, events, checklist."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from aidtracker.domain.enums import (
    AssetKind,
    CheckState,
    Condition,
    DeadlineState,
    ExportRoute,
    OrgKind,
    Priority,
    Severity,
    ShipmentKind,
    Status,
    TransportMode,
    Unit,
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation finding: which field (and row), which rule, with parameters for the text.

    :func:`aidtracker.catalogue.problem_text` words it.
    """

    field: str
    rule: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)
    row: int | None = None
    severity: Severity = Severity.BLOCKING


@dataclass(frozen=True, slots=True)
class Partnership:
    """A partner-city pair: the Ukrainian city and its (usually EU) partner."""

    id: int | None
    own_city: str
    partner_city: str
    partner_country: str
    relation: str = "sister"
    partner_city_uk: str = ""
    doc_language: str = "en"
    active: bool = True
    notes: str = ""
    version: int = 0
    partner_city_en: str = ""
    aliases: str = ""  # other names of the partner city (exonyms), ';'-separated


@dataclass(frozen=True, slots=True)
class Organisation:
    """Donor, recipient, acquirer or carrier (DOMAIN.md §4.2)."""

    id: int | None
    kind: OrgKind
    name_en: str
    name_uk: str = ""
    name_native: str = ""
    country: str = "UA"
    address: str = ""
    settlement: str = ""
    edrpou: str = ""
    eori: str = ""
    national_reg_no: str = ""
    ahars_recipient_no: str = ""
    is_charity: bool = False
    signatory_name: str = ""
    signatory_position: str = ""
    phone: str = ""
    email: str = ""
    version: int = 0
    aliases: str = ""  # other names people use for it, ';'-separated
    role: str = ""  # the role it was added in (party add): donor, recipient, acquirer…

    @property
    def display_name(self) -> str:
        return self.name_en or self.name_uk or self.name_native


@dataclass(frozen=True, slots=True)
class Asset:
    """One serialised unit of a line: a vehicle with its VIN or equipment with a serial."""

    id: int | None
    kind: AssetKind
    vin: str = ""
    serial_no: str = ""
    make: str = ""
    model: str = ""
    year: int | None = None
    body_type: str = ""
    plates: str = ""
    export_plate_valid_until: date | None = None
    odometer_km: int | None = None
    rating_kva: Decimal | None = None
    rating_kw: Decimal | None = None
    load_seq: int | None = None  # the load that carries this unit (kept by store.balance)
    load_pinned: bool = False  # a person put it on that load (else it follows the load order)

    @property
    def identifier(self) -> str:
        return self.vin or self.serial_no


@dataclass(frozen=True, slots=True)
class LineItem:
    """One goods line of a shipment, in AHARS order (DOMAIN.md §4.7)."""

    id: int | None
    line_no: int
    category: str
    description: str
    qty_milli: int
    unit: Unit
    currency: str
    unit_value_minor: int
    description_en: str = ""
    hs_code: str = ""
    national_code: str = ""
    packages: int = 0
    marks: str = ""
    net_g: int = 0
    gross_g: int = 0
    value_minor: int | None = None
    condition: Condition = Condition.NEW
    wear_pct: int | None = None
    expiry_date: date | None = None
    shelf_life_months: int | None = None
    lot: str = ""
    received_good_milli: int | None = None
    received_damaged_milli: int = 0
    received_missing_milli: int = 0
    assets: tuple[Asset, ...] = ()
    received_surplus_milli: int = 0
    surplus_reason: str = ""
    received_on: date | None = None
    voided_at: datetime | None = None
    voided_by: str = ""
    void_reason: str = ""

    @property
    def voided(self) -> bool:
        """A voided line is kept (audit, struck through) but out of totals and balances."""
        return self.voided_at is not None

    @property
    def accounted_milli(self) -> int:
        """Received good + damaged + missing (surplus is on top of the shipped quantity)."""
        good = self.received_good_milli or 0
        return good + self.received_damaged_milli + self.received_missing_milli

    @property
    def total_value_minor(self) -> int:
        """The line value: as entered, or quantity × unit value rounded half-up to a minor unit."""
        if self.value_minor is not None:
            return self.value_minor
        return (self.qty_milli * self.unit_value_minor + 500) // 1000


@dataclass(frozen=True, slots=True)
class Shipment:
    """A consignment from one donor to one recipient (DOMAIN.md §4.5), header fields only."""

    id: int | None
    reference: str
    status: Status
    partnership_id: int
    donor_id: int
    recipient_id: int
    kind: ShipmentKind = ShipmentKind.DONATION
    priority: Priority = Priority.NORMAL
    currency: str = "EUR"
    consignee_address: str = ""
    route: str = ""
    crossing: str = ""
    transport_mode: TransportMode = TransportMode.ROAD_TRUCK
    carrier: str = ""
    truck_plate: str = ""
    trailer_plate: str = ""
    driver_name: str = ""
    driver_phone: str = ""
    planned_loading: date | None = None
    planned_crossing: date | None = None
    planned_arrival: date | None = None
    pledged_on: date | None = None
    consent_date: date | None = None
    consent_signer: str = ""
    loaded_on: date | None = None
    crossed_on: date | None = None
    cleared_on: date | None = None
    clearance_ref: str = ""
    delivered_on: date | None = None
    handover_act_no: str = ""
    ahars_code: str = ""
    ahars_created_on: date | None = None
    declaration_no: str = ""
    declaration_created_on: date | None = None
    export_route: ExportRoute = ExportRoute.NONE
    export_mrn: str = ""
    cmr_no: str = ""
    council_decision: str = ""
    report_filed_on: date | None = None
    report_ref: str = ""
    hold_reason: str = ""
    resume_status: Status | None = None
    cancel_reason: str = ""
    notes: str = ""
    version: int = 0
    updated_at: datetime | None = None
    updated_by: str = ""

    @property
    def locked(self) -> bool:
        """From ``delivered`` on, edits are amendments (DOMAIN.md §5.5)."""
        return self.status in LOCKED_STATUSES


LOCKED_STATUSES = frozenset(
    {
        Status.DELIVERED,
        Status.DISTRIBUTING,
        Status.DISTRIBUTED,
        Status.REPORTED,
        Status.CLOSED,
        Status.RETURNED,
    }
)


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """One recorded transition or amendment (append-only)."""

    id: int | None
    event: str
    from_status: str
    to_status: str
    occurred_at: datetime
    recorded_at: datetime
    actor: str
    note: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ChecklistRule:
    """A paperwork rule from the reference table (DOMAIN.md §6.1)."""

    id: str
    trigger: str
    item_en: str
    item_uk: str
    owner: str
    when: str
    severity: Severity
    blocks_event: str = ""
    document: str = ""
    confidence: str = "M"
    source: str = ""
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """A rule that applies to one shipment, with its tick state."""

    rule: ChecklistRule
    state: CheckState = CheckState.OPEN
    by: str = ""
    at: datetime | None = None
    note: str = ""
    auto: bool = False  # the record proves it: it ticks itself, never by hand

    @property
    def is_open_blocker(self) -> bool:
        return self.rule.severity is Severity.BLOCKING and self.state is CheckState.OPEN


@dataclass(frozen=True, slots=True)
class Deadline:
    """A derived deadline with its state on a given day (DOMAIN.md §4.10, §5.4, §9.8)."""

    kind: str
    due: date
    state: DeadlineState
    days_left: int
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A stored file, named in the store by its SHA-256; the user's name is metadata only."""

    id: int | None
    kind: str
    sha256: str
    original_name: str
    size: int
    added_at: datetime
    added_by: str
    note: str = ""
    published: bool = False  # marked for publication (the donor's report prints it)

