"""What is due this week: deadlines overdue or at risk, planned loadings and planned crossings
of active shipments, in date order; and which shipments are overdue (shown in colour)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlite_utils import Database

from aidtracker.domain import DeadlineState, Status
from aidtracker.services.listing import Attention, needs_attention

WEEK = 7
# Until these statuses are reached, a planned loading / crossing is still ahead.
_NOT_LOADED = (Status.DRAFT, Status.PLEDGED, Status.ACCEPTED, Status.PREPARING, Status.READY)
_NOT_CROSSED = (*_NOT_LOADED, Status.DISPATCHED)


@dataclass(frozen=True, slots=True)
class WeekItem:
    """One thing due: ``kind`` is a deadline kind, "planned_loading" or "planned_crossing"."""

    due: date
    reference: str
    status: Status
    kind: str
    overdue: bool
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Week:
    """The week's items (overdue ones first) and every overdue shipment's reference."""

    items: list[WeekItem]
    overdue: frozenset[str]
    attention: Attention


def _planned(db: Database, column: str, statuses: tuple[Status, ...],
             until: date) -> list[tuple[str, str, str]]:
    marks = ", ".join("?" * len(statuses))
    sql = (f"SELECT reference, status, {column} FROM shipment WHERE {column} IS NOT NULL"
           f" AND {column} <= ? AND status IN ({marks}) ORDER BY {column}, reference")
    return [(str(r), str(s), str(d)) for r, s, d in
            db.conn.execute(sql, [until.isoformat(), *[s.value for s in statuses]])]


def this_week(db: Database, today: date) -> Week:
    """Everything due from now to six days ahead, and what is already late."""
    attention = needs_attention(db, today)
    until = today + timedelta(days=WEEK - 1)
    items = [WeekItem(d.due, d.reference, d.status, d.code,
                      d.state == DeadlineState.OVERDUE.value, d.detail)
             for d in attention.deadlines if d.due is not None and d.due <= until]
    for kind, statuses in (("planned_loading", _NOT_LOADED),
                           ("planned_crossing", _NOT_CROSSED)):
        for reference, status, day in _planned(db, kind, statuses, until):
            due = date.fromisoformat(day)
            items.append(WeekItem(due, reference, Status(status), kind, due < today))
    items.sort(key=lambda i: (not i.overdue, i.due, i.reference, i.kind))
    return Week(items, frozenset(i.reference for i in items if i.overdue), attention)
