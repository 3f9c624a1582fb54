"""Domain values of AidTracker: frozen dataclasses and string enums, no I/O, no Qt.

Storage units (DOMAIN.md §4): money in integer minor units with an ISO 4217 code, quantities in
thousandths (``qty_milli``), weights in grams, dates as ISO strings in the store and
``datetime.date`` here, ratings as exact decimal text.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum


class Status(StrEnum):
    """Shipment states (DOMAIN.md §5.1), main line first, then the side states."""

    DRAFT = "draft"
    PLEDGED = "pledged"
    ACCEPTED = "accepted"
    PREPARING = "preparing"
    READY = "ready"
    DISPATCHED = "dispatched"
    AT_BORDER = "at_border"
    CLEARED = "cleared"
    DELIVERED = "delivered"
    DISTRIBUTING = "distributing"
    DISTRIBUTED = "distributed"
    REPORTED = "reported"
    CLOSED = "closed"
    ON_HOLD = "on_hold"
    HELD_AT_CUSTOMS = "held_at_customs"
    RETURNED = "returned"
    CANCELLED = "cancelled"
    LOST = "lost"


class Event(StrEnum):
    """Workflow events (DOMAIN.md §5.2)."""

    PLEDGE = "pledge"
    ACCEPT = "accept"
    START_PREPARING = "start_preparing"
    MARK_READY = "mark_ready"
    DISPATCH = "dispatch"
    ARRIVE_BORDER = "arrive_border"
    CLEAR = "clear"
    HOLD_AT_CUSTOMS = "hold_at_customs"
    RETURN = "return"
    DELIVER = "deliver"
    DISTRIBUTE = "distribute"
    COMPLETE_DISTRIBUTION = "complete_distribution"
    REPORT = "report"
    CLOSE = "close"
    HOLD = "hold"
    RESUME = "resume"
    CANCEL = "cancel"
    DECLARE_LOST = "declare_lost"
    REOPEN = "reopen"


class ShipmentKind(StrEnum):
    """Why the goods move (DOMAIN.md §4.5): a gift, a gift bought for the purpose, or a loan."""

    DONATION = "donation"
    PROCURED_DONATION = "procured_donation"
    LOAN = "loan"


class ExportRoute(StrEnum):
    """How the EU export was declared (DOMAIN.md §4.11); NONE (empty) until dispatch records it.

    ``oral`` is what earlier versions of the window stored for an oral declaration.
    """

    NONE = ""
    ORAL = "oral"
    ELECTRONIC = "electronic"
    ORAL_AT_EXIT = "oral_at_exit"
    DE_COLLECTIVE_CODE = "de_collective_code"
    PL_BORDER_FORM = "pl_border_form"
    OTHER = "other"


class Unit(StrEnum):
    PCS = "pcs"
    PAIR = "pair"
    PACK = "pack"
    CARTON = "carton"
    KG = "kg"
    L = "l"
    SET = "set"


class Condition(StrEnum):
    NEW = "new"
    USED = "used"


class Priority(StrEnum):
    URGENT = "urgent"
    NORMAL = "normal"
    NOT_NEEDED = "not_needed"


class OrgKind(StrEnum):
    CITY_AUTHORITY = "city_authority"
    OBLAST_ADMIN = "oblast_admin"
    COMMUNAL_ENTERPRISE = "communal_enterprise"
    BUDGET_INSTITUTION = "budget_institution"
    CHARITY = "charity"
    NGO = "ngo"
    MILITARY_UNIT = "military_unit"
    COMPANY = "company"
    CARRIER = "carrier"
    BROKER = "broker"
    INTL_ORG = "intl_org"
    PERSON = "person"


class OrgRole(StrEnum):
    DONOR = "donor"
    RECIPIENT = "recipient"
    ACQUIRER = "acquirer"
    CARRIER = "carrier"


class TransportMode(StrEnum):
    ROAD_TRUCK = "road_truck"
    ROAD_VAN = "road_van"
    SELF_PROPELLED = "self_propelled"
    RAIL = "rail"
    OTHER = "other"


class AssetKind(StrEnum):
    VEHICLE = "vehicle"
    EQUIPMENT = "equipment"


class Severity(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"
    INFO = "info"


class CheckState(StrEnum):
    OPEN = "open"
    DONE = "done"
    OVERRIDDEN = "overridden"


class DeadlineState(StrEnum):
    OK = "ok"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    DONE = "done"


class DistributionKind(StrEnum):
    ACT = "act"
    ISSUE_STATEMENT = "issue_statement"


class NeedStatus(StrEnum):
    OPEN = "open"
    SENT_TO_PARTNERS = "sent_to_partners"
    PLEDGED = "pledged"
    PARTLY_MET = "partly_met"
    MET = "met"
    WITHDRAWN = "withdrawn"


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

    @property
    def to_whom(self) -> str:
        """The acquiring institution's name, else the person's."""
        return self.acquirer_name or self.person_name


class WriteOffReason(StrEnum):
    """Why goods leave the books other than by distribution (D9, DOMAIN.md §4.14)."""

    DAMAGED = "damaged"
    EXPIRED = "expired"
    LOST = "lost"
    STOLEN = "stolen"
    OTHER = "other"


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


@dataclass(frozen=True, slots=True)
class ShipmentRow:
    """One row of the shipments list (a page of these feeds the table)."""

    id: int
    reference: str
    status: Status
    partner_city: str
    donor: str
    recipient: str
    crossing: str
    planned_crossing: date | None
    lines: int
    gross_g: int
    updated_at: datetime | None
    partner_city_uk: str = ""
    recipient_uk: str = ""
