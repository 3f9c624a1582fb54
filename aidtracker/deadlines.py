"""Numeric limits (DOMAIN.md §6.3) and the deadlines derived from a shipment (§4.10, §5.4, §9.8).

Limits are exact text in ``resources/reference/limits.json``; accessors return ``int``,
``Decimal`` or ``Fraction`` (⅓ has no exact decimal), never ``float``.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cache
from types import MappingProxyType

from aidtracker.domain import Deadline, DeadlineState, LineItem, Shipment, Status
from aidtracker.reference import category_flags
from aidtracker.resources import load_json

LIMITS_RESOURCE = "reference/limits.json"
DELIVERED_OR_LATER = frozenset(
    {Status.DELIVERED, Status.DISTRIBUTING, Status.DISTRIBUTED, Status.REPORTED, Status.CLOSED}
)


@dataclass(frozen=True, slots=True)
class Limit:
    """One numeric rule; ``value`` is exact text: ``"90"``, ``"7.5"``, ``"1/3"``, ``"30,60,80"``."""

    key: str
    value: str
    unit: str
    confidence: str
    source: str


@dataclass(frozen=True)
class Limits:
    """The numeric rule table with typed, exact accessors."""

    records: Mapping[str, Limit]

    def integer(self, key: str) -> int:
        return int(self.records[key].value)

    def integers(self, key: str) -> tuple[int, ...]:
        return tuple(int(part) for part in self.records[key].value.split(","))

    def decimal(self, key: str) -> Decimal:
        return Decimal(self.records[key].value)

    def fraction(self, key: str) -> Fraction:
        return Fraction(self.records[key].value)

    def text(self, key: str) -> str:
        return self.records[key].value

    @property
    def code_validity_days(self) -> int:
        return self.integer("ahars.code_validity_days")

    @property
    def declaration_validity_days(self) -> int:
        return self.integer("ahars.declaration_validity_days")

    @property
    def report_due_days(self) -> int:
        return self.integer("ahars.report_due_days")

    @property
    def report_reminder_days(self) -> tuple[int, ...]:
        return self.integers("ahars.report_reminder_days")

    @property
    def report_warning_days(self) -> int:
        return self.integer("ahars.report_warning_days")

    @property
    def code_expiry_warning_days(self) -> int:
        return self.integer("ahars.code_expiry_warning_days")

    @property
    def oral_declaration_max_eur(self) -> Decimal:
        return self.decimal("eu.oral_declaration_max_eur")

    @property
    def oral_declaration_max_kg(self) -> Decimal:
        return self.decimal("eu.oral_declaration_max_kg")

    @property
    def med_long_life_months(self) -> int:
        return self.integer("med.long_life_months")

    @property
    def med_min_remaining_months(self) -> int:
        return self.integer("med.min_remaining_months")

    @property
    def med_min_remaining_fraction(self) -> Fraction:
        return self.fraction("med.min_remaining_fraction")

    @property
    def food_min_remaining_fraction(self) -> Fraction:
        return self.fraction("food.min_remaining_fraction")


_PARSERS = {
    "days": "integer",
    "months": "integer",
    "hours": "integer",
    "year": "integer",
    "days list": "integers",
    "fraction": "fraction",
    "code": "text",
}


@cache
def load_limits() -> Limits:
    """Read and check ``limits.json`` (every value parses exactly for its unit).

    Raises:
        ValueError: a duplicate key or a value that does not parse.
    """
    data = load_json(LIMITS_RESOURCE)
    rows = data["limits"] if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise ValueError(f"{LIMITS_RESOURCE}: 'limits' must be a list")
    records: dict[str, Limit] = {}
    for row in rows:
        limit = Limit(**{k: str(row[k]) for k in ("key", "value", "unit", "confidence", "source")})
        if limit.key in records:
            raise ValueError(f"{LIMITS_RESOURCE}: duplicate key {limit.key}")
        records[limit.key] = limit
    limits = Limits(MappingProxyType(records))
    for limit in records.values():
        try:
            getattr(limits, _PARSERS.get(limit.unit, "decimal"))(limit.key)
        except (ValueError, ZeroDivisionError, InvalidOperation) as exc:
            raise ValueError(f"{LIMITS_RESOURCE}: {limit.key} = {limit.value!r}") from exc
    return limits


def deadlines(
    shipment: Shipment, lines: Sequence[LineItem], limits: Limits, today: date
) -> list[Deadline]:
    """Every deadline whose start date is known: AHARS code, declaration, report, shelf life."""
    found: list[Deadline | None] = [
        _validity(
            "ahars_code",
            shipment.ahars_created_on,
            limits.code_validity_days,
            shipment,
            limits,
            today,
        ),
        _validity(
            "declaration",
            shipment.declaration_created_on,
            limits.declaration_validity_days,
            shipment,
            limits,
            today,
        ),
        _report(shipment, limits, today),
    ]
    found += [_shelf_life(line, shipment, limits, today) for line in lines]
    return [deadline for deadline in found if deadline is not None]


def _validity(
    kind: str, start: date | None, days: int, shipment: Shipment, limits: Limits, today: date
) -> Deadline | None:
    """A code or declaration that must be used (goods crossed) by ``start + days``.

    DONE when the goods crossed (or were cleared) on or before the due date, OVERDUE when they
    crossed late or today is past it, AT_RISK within the warning days of today or when the
    planned crossing leaves less than the warning days (DOMAIN.md §5.4), else OK.
    """
    if start is None:
        return None
    due = start + timedelta(days=days)
    crossed = shipment.crossed_on or shipment.cleared_on
    warn = limits.code_expiry_warning_days
    planned = shipment.planned_crossing
    if crossed is not None:
        state = DeadlineState.DONE if crossed <= due else DeadlineState.OVERDUE
    elif today > due:
        state = DeadlineState.OVERDUE
    elif (due - today).days <= warn or (planned is not None and (due - planned).days <= warn):
        state = DeadlineState.AT_RISK
    else:
        state = DeadlineState.OK
    return Deadline(kind, due, state, (due - today).days)


def _report(shipment: Shipment, limits: Limits, today: date) -> Deadline | None:
    """The AHARS distribution report: clearance + report days; reminders at 30/60/80 days."""
    cleared = shipment.cleared_on
    if cleared is None:
        return None
    due = cleared + timedelta(days=limits.report_due_days)
    days_left = (due - today).days
    filed = shipment.report_filed_on
    if filed is not None:
        detail = "filed late" if filed > due else ""
        return Deadline("distribution_report", due, DeadlineState.DONE, days_left, detail)
    reached = [r for r in limits.report_reminder_days if today >= cleared + timedelta(days=r)]
    detail = f"reminder {max(reached)} d" if reached else ""
    if today > due:
        state = DeadlineState.OVERDUE
    elif days_left <= limits.report_warning_days:
        state = DeadlineState.AT_RISK
    else:
        state = DeadlineState.OK
    return Deadline("distribution_report", due, state, days_left, detail)


def _shelf_life(line: LineItem, shipment: Shipment, limits: Limits, today: date) -> Deadline | None:
    """Remaining shelf life of a medicine or food line at the planned crossing (§9.8)."""
    flags = category_flags(line.category)
    expiry = line.expiry_date
    if expiry is None or not flags & {"medicine", "food"}:
        return None
    check = max(shipment.planned_crossing or today, today)
    if shipment.status in DELIVERED_OR_LATER:
        state = DeadlineState.DONE
    elif check > expiry:
        state = DeadlineState.OVERDUE
    elif (_medicine_short if "medicine" in flags else _food_short)(line, expiry, check, limits):
        state = DeadlineState.AT_RISK
    else:
        state = DeadlineState.OK
    return Deadline("shelf_life", expiry, state, (expiry - today).days, f"line {line.line_no}")


def _medicine_short(line: LineItem, expiry: date, check: date, limits: Limits) -> bool:
    """Long-life (or unknown) medicines need 6 months left; short-life ones half their life."""
    life = line.shelf_life_months
    if life is None or life >= limits.med_long_life_months:
        return add_months(check, limits.med_min_remaining_months) > expiry
    return _fraction_left_below(expiry, check, life, limits.med_min_remaining_fraction)


def _food_short(line: LineItem, expiry: date, check: date, limits: Limits) -> bool:
    """Food needs ⅓ of its shelf life left; with the life unknown there is nothing to compare."""
    life = line.shelf_life_months
    if life is None or life <= 0:
        return False
    return _fraction_left_below(expiry, check, life, limits.food_min_remaining_fraction)


def _fraction_left_below(expiry: date, check: date, life_months: int, minimum: Fraction) -> bool:
    """Days left at ``check`` < ``minimum`` × total days (made = expiry − life months)."""
    total_days = (expiry - add_months(expiry, -life_months)).days
    return (expiry - check).days < minimum * total_days


def add_months(day: date, months: int) -> date:
    """Calendar month arithmetic; the day is clamped to the month's end (31 Jan + 1 = 28 Feb)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))
