"""The "This week" view and the overdue marks (no Qt)."""

from __future__ import annotations

from datetime import date, timedelta

from factories import make_header, make_line

from aidtracker.services.shipments import create_shipment
from aidtracker.services.week import this_week

TODAY = date(2026, 3, 10)


def test_week_lists_planned_loadings_and_crossings_and_marks_the_late(db, seed) -> None:
    late = create_shipment(db, make_header(seed, planned_loading=TODAY - timedelta(days=2)),
                           [make_line()], actor="a", today=TODAY)
    soon = create_shipment(db, make_header(seed, planned_loading=TODAY + timedelta(days=3),
                                           planned_crossing=TODAY + timedelta(days=5)),
                           [make_line()], actor="a", today=TODAY)
    far = create_shipment(db, make_header(seed, planned_loading=TODAY + timedelta(days=9)),
                          [make_line()], actor="a", today=TODAY)
    week = this_week(db, TODAY)
    planned = [(i.reference, i.kind, i.overdue) for i in week.items
               if i.kind.startswith("planned_")]
    assert planned == [(late, "planned_loading", True), (soon, "planned_loading", False),
                       (soon, "planned_crossing", False)]
    assert late in week.overdue and soon not in week.overdue and far not in week.overdue
    assert all(i.due <= TODAY + timedelta(days=6) for i in week.items)
    assert week.items[0].overdue  # late things first
