"""Domain values of AidTracker: frozen dataclasses and string enums, no I/O, no Qt.

Storage units (DOMAIN.md §4): money in integer minor units with an ISO 4217 code, quantities in
thousandths (``qty_milli``), weights in grams, dates as ISO strings in the store and
``datetime.date`` here, ratings as exact decimal text.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from aidtracker.domain.enums import (
    AssetKind,
    CheckState,
    Condition,
    DeadlineState,
    DistributionKind,
    Event,
    ExportRoute,
    NeedStatus,
    OrgKind,
    OrgRole,
    Priority,
    Severity,
    ShipmentKind,
    Status,
    TransportMode,
    Unit,
    WriteOffReason,
)
from aidtracker.domain.rows import ShipmentRow

if TYPE_CHECKING:
    from aidtracker.domain.movements import (
        Distribution,
        DistributionLine,
        ExchangeRate,
        Load,
        LoadShare,
        Need,
        ShipmentDetail,
        Totals,
        Valuation,
        WriteOff,
        WriteOffLine,
    )
    from aidtracker.domain.records import (
        LOCKED_STATUSES,
        Asset,
        Attachment,
        ChecklistItem,
        ChecklistRule,
        Deadline,
        LineItem,
        Organisation,
        Partnership,
        Problem,
        Shipment,
        StatusEvent,
    )

__all__ = [
    "LOCKED_STATUSES",
    "Asset",
    "AssetKind",
    "Attachment",
    "CheckState",
    "ChecklistItem",
    "ChecklistRule",
    "Condition",
    "Deadline",
    "DeadlineState",
    "Distribution",
    "DistributionKind",
    "DistributionLine",
    "Event",
    "ExchangeRate",
    "ExportRoute",
    "LineItem",
    "Load",
    "LoadShare",
    "Need",
    "NeedStatus",
    "OrgKind",
    "OrgRole",
    "Organisation",
    "Partnership",
    "Priority",
    "Problem",
    "Severity",
    "Shipment",
    "ShipmentDetail",
    "ShipmentKind",
    "ShipmentRow",
    "Status",
    "StatusEvent",
    "Totals",
    "TransportMode",
    "Unit",
    "Valuation",
    "WriteOff",
    "WriteOffLine",
    "WriteOffReason",
]

_HOMES = ("records", "movements")


def __getattr__(name: str) -> Any:
    """The records and movements load on first use (their many dataclasses take ~0.1 s to
    define), so the window's first page needs only the enums and :class:`ShipmentRow`."""
    if name in __all__:
        for home in _HOMES:
            module = import_module(f"aidtracker.domain.{home}")  # lazy: start-up (above)
            if hasattr(module, name):
                value = getattr(module, name)
                globals()[name] = value
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
