"""The shipments list's row: light on purpose, read before the window's first paint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from aidtracker.domain.enums import Status


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
