"""Duplicating a shipment as a new draft, and every problem of a draft at once (no Qt)."""

from __future__ import annotations

import dataclasses
from datetime import date

from factories import make_header, make_line

from aidtracker.domain import Asset, AssetKind, Priority, Status
from aidtracker.services.drafting import draft_problems, duplicate_shipment
from aidtracker.services.shipments import create_shipment, get_detail

VIN = "WDB9066331S123456"


def test_duplicate_copies_parties_route_and_lines_without_serials(db, seed) -> None:
    fire_engine = make_line(category="equip.fire", description="Пожежний автомобіль",
                            qty_milli=1000, hs_code="870530", assets=(
                                Asset(id=None, kind=AssetKind.VEHICLE, vin=VIN),), lot="")
    source = create_shipment(db, make_header(
        seed, priority=Priority.URGENT, route="Leipzig – Dresden – Korczowa – Kyiv",
        crossing="Korczowa-Krakovets", carrier="Spedition Müller", truck_plate="L-AB 123",
        notes="only this trip"), [make_line(lot="LOT-7"), fire_engine], actor="a",
        today=date(2026, 3, 1))
    copy = duplicate_shipment(db, source, actor="b", today=date(2026, 3, 2))
    assert copy != source
    old, new = get_detail(db, source), get_detail(db, copy)
    assert new.shipment.status is Status.DRAFT
    for name in ("partnership_id", "donor_id", "recipient_id", "priority", "route", "crossing",
                 "carrier", "currency", "transport_mode"):
        assert getattr(new.shipment, name) == getattr(old.shipment, name), name
    assert new.shipment.truck_plate == "" and new.shipment.notes == ""
    assert [ln.description for ln in new.lines] == [ln.description for ln in old.lines]
    assert [ln.qty_milli for ln in new.lines] == [100_000, 1000]
    assert all(ln.assets == () and ln.lot == "" for ln in new.lines)
    assert old.lines[1].assets[0].vin == VIN and old.lines[0].lot == "LOT-7"  # untouched


def test_draft_problems_lists_header_and_every_line_at_once(seed) -> None:
    base = make_header(seed)
    lines = [make_line(line_no=1, qty_milli=0), make_line(line_no=2),
             dataclasses.replace(make_line(line_no=3), currency="XXX")]
    problems = draft_problems(base, {"planned_loading": "31.02.2026",
                                     "currency": "ZZZ"}, lines)
    found = {(p.field, p.row) for p in problems}
    assert ("planned_loading", None) in found
    assert any(row == 1 for _, row in found) and any(row == 3 for _, row in found)
    assert not any(row == 2 for _, row in found)
    assert draft_problems(base, {"route": "Lviv"}, [make_line(line_no=1)]) == []
