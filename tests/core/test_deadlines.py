"""Numeric limits and derived deadlines (DOMAIN.md §4.10, §5.4, §6.3, §9.8)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from aidtracker.deadlines import Limits, add_months, deadlines, load_limits
from aidtracker.domain import Deadline, DeadlineState, LineItem, Shipment, Status, Unit

LIMITS = load_limits()
OK, AT_RISK, OVERDUE, DONE = (
    DeadlineState.OK,
    DeadlineState.AT_RISK,
    DeadlineState.OVERDUE,
    DeadlineState.DONE,
)


def shipment(**changes: object) -> Shipment:
    base = Shipment(
        id=1,
        reference="CV-2026-0042",
        status=Status.PREPARING,
        partnership_id=1,
        donor_id=1,
        recipient_id=2,
    )
    return replace(base, **changes)


def line(category: str, expiry: date | None, life: int | None = None, no: int = 1) -> LineItem:
    return LineItem(
        id=None,
        line_no=no,
        category=category,
        description="goods",
        qty_milli=1000,
        unit=Unit.KG,
        currency="EUR",
        unit_value_minor=100,
        expiry_date=expiry,
        shelf_life_months=life,
    )


def one(kind: str, ship: Shipment, today: date, lines: tuple[LineItem, ...] = ()) -> Deadline:
    found = [d for d in deadlines(ship, lines, LIMITS, today) if d.kind == kind]
    assert len(found) == 1
    return found[0]


# --- limits -----------------------------------------------------------------------------------


def test_limits_are_exact_and_typed() -> None:
    assert isinstance(LIMITS, Limits)
    assert LIMITS.code_validity_days == 90 and LIMITS.declaration_validity_days == 30
    assert LIMITS.report_due_days == 90 and LIMITS.report_reminder_days == (30, 60, 80)
    assert LIMITS.code_expiry_warning_days == 10
    assert LIMITS.oral_declaration_max_eur == Decimal("1000")
    assert LIMITS.decimal("pl.light_vehicle_max_t") == Decimal("7.5")
    assert LIMITS.med_min_remaining_months == 6 and LIMITS.med_long_life_months == 12
    assert LIMITS.med_min_remaining_fraction == Fraction(1, 2)
    assert LIMITS.food_min_remaining_fraction == Fraction(1, 3)
    assert LIMITS.text("de.collective_code") == "99190000"
    assert LIMITS.integer("vin.required_from_year") == 1981
    for limit in LIMITS.records.values():
        assert isinstance(limit.value, str) and limit.confidence and limit.source


def test_limits_cover_domain_6_3() -> None:
    keys = {
        "ahars.code_validity_days", "ahars.declaration_validity_days", "ahars.report_due_days",
        "ahars.report_reminder_days", "ahars.code_expiry_warning_days",
        "eu.oral_declaration_max_eur", "eu.oral_declaration_max_kg", "de.collective_code",
        "pl.light_vehicle_max_t", "med.min_remaining_months", "med.min_remaining_fraction",
        "food.min_remaining_fraction", "vehicle.plate_margin_days", "vin.required_from_year",
        "border.stuck_hours",
    }  # fmt: skip
    assert keys <= LIMITS.records.keys()


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 7, 1), -6, date(2026, 1, 1)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 11, 15), 3, date(2027, 2, 15)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


# --- AHARS code and declaration ---------------------------------------------------------------


def test_no_start_date_no_deadline() -> None:
    assert deadlines(shipment(), [line("food", None)], LIMITS, date(2026, 1, 1)) == []


@pytest.mark.parametrize(
    ("changes", "today", "state", "days_left"),
    [
        ({}, date(2026, 2, 1), OK, 59),
        ({"planned_crossing": date(2026, 3, 1)}, date(2026, 2, 1), OK, 59),
        ({}, date(2026, 3, 25), AT_RISK, 7),
        ({"planned_crossing": date(2026, 4, 5)}, date(2026, 2, 1), AT_RISK, 59),
        ({"planned_crossing": date(2026, 3, 28)}, date(2026, 2, 1), AT_RISK, 59),
        ({}, date(2026, 4, 1), AT_RISK, 0),
        ({}, date(2026, 4, 2), OVERDUE, -1),
        ({"crossed_on": date(2026, 3, 30)}, date(2026, 5, 1), DONE, -30),
        ({"cleared_on": date(2026, 4, 1)}, date(2026, 5, 1), DONE, -30),
        ({"crossed_on": date(2026, 4, 3)}, date(2026, 5, 1), OVERDUE, -30),
    ],
)
def test_ahars_code(
    changes: dict[str, object], today: date, state: DeadlineState, days_left: int
) -> None:
    ship = shipment(ahars_created_on=date(2026, 1, 1), **changes)
    deadline = one("ahars_code", ship, today)
    assert deadline.due == date(2026, 4, 1)
    assert (deadline.state, deadline.days_left) == (state, days_left)


@pytest.mark.parametrize(
    ("changes", "today", "state"),
    [
        ({}, date(2026, 3, 2), OK),
        ({}, date(2026, 3, 25), AT_RISK),
        ({"planned_crossing": date(2026, 4, 1)}, date(2026, 3, 2), AT_RISK),
        ({}, date(2026, 4, 1), OVERDUE),
        ({"cleared_on": date(2026, 3, 20)}, date(2026, 4, 10), DONE),
    ],
)
def test_declaration(changes: dict[str, object], today: date, state: DeadlineState) -> None:
    ship = shipment(declaration_created_on=date(2026, 3, 1), **changes)
    deadline = one("declaration", ship, today)
    assert deadline.due == date(2026, 3, 31)
    assert deadline.state is state


# --- distribution report ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "filed", "state", "days_left", "detail"),
    [
        (date(2026, 4, 1), None, OK, 80, ""),
        (date(2026, 5, 1), None, OK, 50, "reminder 30 d"),
        (date(2026, 5, 31), None, AT_RISK, 20, "reminder 60 d"),
        (date(2026, 6, 10), None, AT_RISK, 10, "reminder 80 d"),
        (date(2026, 6, 20), None, AT_RISK, 0, "reminder 80 d"),
        (date(2026, 6, 21), None, OVERDUE, -1, "reminder 80 d"),
        (date(2026, 7, 1), date(2026, 6, 1), DONE, -11, ""),
        (date(2026, 7, 1), date(2026, 6, 25), DONE, -11, "filed late"),
    ],
)
def test_distribution_report(
    today: date, filed: date | None, state: DeadlineState, days_left: int, detail: str
) -> None:
    ship = shipment(cleared_on=date(2026, 3, 22), report_filed_on=filed)
    deadline = one("distribution_report", ship, today)
    assert deadline.due == date(2026, 6, 20)
    assert (deadline.state, deadline.days_left, deadline.detail) == (state, days_left, detail)


def test_at_risk_starts_thirty_days_before_due() -> None:
    ship = shipment(cleared_on=date(2026, 1, 1))
    assert one("distribution_report", ship, date(2026, 3, 1)).state is OK  # 31 days left
    assert one("distribution_report", ship, date(2026, 3, 2)).state is AT_RISK  # 30 days left


# --- shelf life -------------------------------------------------------------------------------


PLANNED = shipment(planned_crossing=date(2026, 3, 1))


@pytest.mark.parametrize(
    ("item", "ship", "today", "state"),
    [
        # long-life medicine (≥ 12 months): needs 6 months left at the crossing
        (line("med.medicine", date(2026, 9, 1), 24), PLANNED, date(2026, 1, 10), OK),
        (line("med.medicine", date(2026, 8, 31), 24), PLANNED, date(2026, 1, 10), AT_RISK),
        (line("med.medicine", date(2026, 8, 31), None), PLANNED, date(2026, 1, 10), AT_RISK),
        (line("med.medicine", date(2026, 9, 1), None), PLANNED, date(2026, 1, 10), OK),
        # short-life medicine (< 12 months): needs half its life left
        (line("med.medicine", date(2026, 5, 1), 4), PLANNED, date(2026, 1, 10), OK),
        (line("med.medicine", date(2026, 4, 1), 4), PLANNED, date(2026, 1, 10), AT_RISK),
        # expired at the crossing, though not today
        (line("med.medicine", date(2026, 2, 20), 24), PLANNED, date(2026, 1, 10), OVERDUE),
        # no planned crossing, or a crossing in the past: today counts
        (line("med.medicine", date(2026, 9, 1), 24), shipment(), date(2026, 3, 1), OK),
        (line("med.medicine", date(2026, 9, 1), 24), PLANNED, date(2026, 3, 2), AT_RISK),
        # food: ⅓ of the shelf life left
        (line("food", date(2026, 7, 1), 12), PLANNED, date(2026, 1, 10), OK),
        (line("food", date(2026, 6, 1), 12), PLANNED, date(2026, 1, 10), AT_RISK),
        (line("food", date(2026, 3, 10), None), PLANNED, date(2026, 1, 10), OK),
        (line("food", date(2026, 2, 28), None), PLANNED, date(2026, 1, 10), OVERDUE),
        (line("animal.pet_food", date(2026, 4, 1), 24), PLANNED, date(2026, 1, 10), AT_RISK),
        # delivered or later: done
        (
            line("med.medicine", date(2026, 2, 1), 24),
            replace(PLANNED, status=Status.DISTRIBUTING),
            date(2026, 3, 10),
            DONE,
        ),
    ],
)
def test_shelf_life(item: LineItem, ship: Shipment, today: date, state: DeadlineState) -> None:
    deadline = one("shelf_life", ship, today, (item,))
    assert deadline.state is state
    assert deadline.due == item.expiry_date
    assert deadline.days_left == (item.expiry_date - today).days  # type: ignore[operator]
    assert deadline.detail == "line 1"


def test_shelf_life_only_for_medicine_and_food_lines_with_expiry() -> None:
    items = (
        line("med.medicine", date(2027, 1, 1), 24, no=1),
        line("med.consumable", date(2026, 2, 1), 24, no=2),
        line("hygiene", date(2026, 2, 1), no=3),
        line("food", None, no=4),
        line("food", date(2027, 1, 1), 24, no=5),
    )
    found = deadlines(PLANNED, items, LIMITS, date(2026, 1, 10))
    assert [(d.kind, d.detail) for d in found] == [
        ("shelf_life", "line 1"),
        ("shelf_life", "line 5"),
    ]


def test_all_kinds_in_order() -> None:
    ship = shipment(
        status=Status.CLEARED,
        ahars_created_on=date(2026, 1, 1),
        declaration_created_on=date(2026, 2, 1),
        crossed_on=date(2026, 2, 10),
        cleared_on=date(2026, 2, 11),
    )
    found = deadlines(ship, [line("food", date(2027, 1, 1), 24)], LIMITS, date(2026, 2, 12))
    assert [(d.kind, d.state) for d in found] == [
        ("ahars_code", DONE),
        ("declaration", DONE),
        ("distribution_report", OK),
        ("shelf_life", OK),
    ]
