"""Closed sets of the domain as string enums (stored by value)."""

from __future__ import annotations

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


class WriteOffReason(StrEnum):
    """Why goods leave the books other than by distribution (D9, DOMAIN.md §4.14)."""

    DAMAGED = "damaged"
    EXPIRED = "expired"
    LOST = "lost"
    STOLEN = "stolen"
    OTHER = "other"

