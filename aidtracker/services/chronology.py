"""Dates in order (DOMAIN.md §9.6): pledge ≤ consent ≤ loading ≤ crossing ≤ clearance ≤ receipt
≤ distribution ≤ report; no recorded date after today; a warning before 24.02.2022.

Every problem names both dates: ``field`` (``value``) against ``other_field`` (``other``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from aidtracker import validate
from aidtracker.domain import (
    Distribution,
    LineItem,
    Problem,
    Severity,
    Shipment,
    Status,
    WriteOff,
)
from aidtracker.services.formats import header_format_problems

EARLIEST = date(2022, 2, 24)
RECORDED = ("pledged_on", "consent_date", "loaded_on", "crossed_on", "cleared_on",
            "delivered_on", "report_filed_on", "ahars_created_on", "declaration_created_on")


def _order(field: str, value: date, other_field: str, other: date) -> Problem:
    return Problem(field=field, rule="date_order", params={
        "value": value.isoformat(), "other_field": other_field, "other": other.isoformat()})


def day_problems(field: str, value: date, today: date) -> list[Problem]:
    """After today: refused; before 24.02.2022: a warning (a mistyped year?)."""
    if value > today:
        return [Problem(field=field, rule="future_date",
                        params={"value": value.isoformat(), "today": today.isoformat()})]
    if value < EARLIEST:
        return [Problem(field=field, rule="early_date", severity=Severity.WARNING,
                        params={"value": value.isoformat(), "since": EARLIEST.isoformat()})]
    return []


def header_problems(shipment: Shipment, today: date, lines: Sequence[LineItem] = (),
                    distributions: Sequence[Distribution] = (),
                    write_offs: Sequence[WriteOff] = ()) -> list[Problem]:
    """The header's dates against each other, today, its receipts and its acts."""
    problems = validate.validate_shipment(shipment, today=today)
    problems += header_format_problems(shipment)
    for name in RECORDED:
        day = getattr(shipment, name)
        if day is not None:
            problems += day_problems(name, day, today)
    received = [(f"line {ln.line_no} received_on", ln.received_on) for ln in lines
                if ln.received_on is not None]
    acts = [(f"{d.act_no}", d.on) for d in distributions]
    acts += [(f"{w.act_no}", w.on) for w in write_offs]
    if shipment.delivered_on is not None:
        problems += [_order("delivered_on", shipment.delivered_on, name, day)
                     for name, day in received if shipment.delivered_on < day][:1]
        problems += [_order(name, day, "delivered_on", shipment.delivered_on)
                     for name, day in acts if day < shipment.delivered_on][:1]
    if shipment.report_filed_on is not None:
        problems += [_order("report_filed_on", shipment.report_filed_on, name, day)
                     for name, day in acts if shipment.report_filed_on < day][:1]
    return problems


def after_problems(field: str, value: date, shipment: Shipment, today: date,
                   after: Iterable[str], *extra: tuple[str, date] | None) -> list[Problem]:
    """Blocking problems of a record dated ``value`` that must not precede the header dates
    ``after`` (nor the named ``extra`` days) and must not be after today."""
    problems = [p for p in day_problems(field, value, today)
                if p.severity is Severity.BLOCKING]
    earlier = [(name, getattr(shipment, name)) for name in after]
    earlier += [e for e in extra if e is not None]
    problems += [_order(field, value, name, day) for name, day in earlier
                 if day is not None and value < day][:1]
    return problems


def blocking(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.BLOCKING]


def warnings(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.WARNING]


# Dates a transition records: set by editing only once the shipment got there.
EVENT_DATES: dict[str, Status] = {
    "loaded_on": Status.DISPATCHED, "crossed_on": Status.AT_BORDER,
    "cleared_on": Status.CLEARED, "delivered_on": Status.DELIVERED,
    "report_filed_on": Status.REPORTED,
}
_MAIN_LINE = list(Status)[:list(Status).index(Status.CLOSED) + 1]


def event_date_problems(shipment: Shipment, changes: Mapping[str, object]) -> list[Problem]:
    """A transition's own date typed into a shipment that has not made that transition (a
    delivery date on a draft): refused, naming the state it needs."""
    status = shipment.resume_status if shipment.status is Status.ON_HOLD else shipment.status
    if status is None or status not in _MAIN_LINE:
        return []
    reached = _MAIN_LINE.index(status)
    return [Problem(field=name, rule="date_before_event", params={
                "value": str(changes[name]), "status": needed.value, "current": status.value})
            for name, needed in EVENT_DATES.items()
            if changes.get(name) not in (None, "") and reached < _MAIN_LINE.index(needed)]
