"""Directories: partner cities, organisations and needs with coverage, through the service."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from factories import make_header, make_line

from aidtracker.domain import (
    Event,
    Need,
    Organisation,
    OrgKind,
    OrgRole,
    Partnership,
    Unit,
)
from aidtracker.errors import EditConflict, NotFound, ValidationFailed
from aidtracker.services import directory, progress
from aidtracker.services.shipments import create_shipment


def _audit(db) -> int:
    return db.conn.execute("SELECT count(*) FROM audit").fetchone()[0]


def test_partnership_added_changed_and_listed(db) -> None:
    new_id = directory.save_partnership(db, Partnership(
        id=None, own_city=" Kyiv ", partner_city="Gdańsk", partner_country="pl"), actor="a")
    saved = next(p for p in directory.list_partnerships(db) if p.id == new_id)
    assert (saved.own_city, saved.partner_country) == ("Kyiv", "PL")
    directory.save_partnership(db, dataclasses.replace(saved, notes="since 2022"), actor="b")
    assert directory.partner_cities(db) == ["Gdańsk"]
    with pytest.raises(EditConflict):
        directory.save_partnership(db, dataclasses.replace(saved, notes="stale"), actor="c")


@pytest.mark.parametrize("country", ["", "P", "POL", "П1"])
def test_partnership_refuses_bad_input_and_writes_nothing(db, country: str) -> None:
    before = _audit(db)
    with pytest.raises(ValidationFailed) as caught:
        directory.save_partnership(db, Partnership(
            id=None, own_city="", partner_city="X", partner_country=country), actor="a")
    assert {p.field for p in caught.value.problems} == {"own_city", "partner_country"}
    assert _audit(db) == before


def test_recipient_needs_edrpou_and_ahars_number(db) -> None:
    org = Organisation(id=None, kind=OrgKind.CITY_AUTHORITY, name_en="Irpin City Council")
    with pytest.raises(ValidationFailed) as caught:
        directory.save_organisation(db, org, actor="a", recipient=True)
    assert {p.field for p in caught.value.problems} == {"edrpou", "ahars_recipient_no"}
    with pytest.raises(ValidationFailed) as caught:
        directory.save_organisation(db, dataclasses.replace(
            org, edrpou="99000012", ahars_recipient_no="R-9"), actor="a", recipient=True)
    assert caught.value.problems[0].rule == "checksum"
    new_id = directory.save_organisation(db, dataclasses.replace(
        org, edrpou="9900 0011", ahars_recipient_no="R-9"), actor="a", recipient=True)
    saved = next(o for o in directory.list_organisations(db) if o.id == new_id)
    assert saved.edrpou == "99000011"
    assert new_id in {o.id for o in directory.list_organisations(db, OrgRole.RECIPIENT)}
    assert new_id in {o.id for o in directory.list_organisations(db, OrgRole.ACQUIRER)}
    assert new_id not in {o.id for o in directory.list_organisations(db, OrgRole.DONOR)}
    assert "Irpin City Council" in directory.recipient_names(db)


def test_organisation_warnings_do_not_block(db) -> None:
    org = Organisation(id=None, kind=OrgKind.NGO, name_en="Helpers", email="not-an-email")
    assert directory.save_organisation(db, org, actor="a") > 0


def _need(seed, **changes: object) -> Need:
    base = Need(id=None, recipient_id=seed.recipient, description="Nitrile gloves",
                category="hygiene", qty_milli=500_000, unit=Unit.PCS,
                requested_on=date(2026, 1, 1), needed_by=date(2026, 3, 1))
    return dataclasses.replace(base, **changes)


@pytest.mark.parametrize(("changes", "field"), [
    ({"description": " "}, "description"), ({"category": "nope"}, "category"),
    ({"qty_milli": 0}, "qty_milli"), ({"qty_milli": 1500}, "qty_milli"),
    ({"needed_by": date(2025, 1, 1)}, "needed_by"),
])
def test_need_validation(db, seed, changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        directory.save_need(db, _need(seed, **changes), actor="a")
    assert caught.value.problems[0].field == field


def test_need_coverage_counts_pledged_shipped_delivered(db, seed) -> None:
    need_id = directory.save_need(db, _need(seed), actor="a")
    draft = create_shipment(db, make_header(seed), [make_line(qty_milli=100_000)], actor="a")
    pledged = create_shipment(db, make_header(seed), [
        make_line(qty_milli=200_000), make_line(category="food", description="Food",
                                                 unit=Unit.KG, hs_code="")], actor="a")
    progress.advance(db, pledged, Event.PLEDGE, actor="a", fields={"pledged_on": "2026-01-05"})
    for ref in (draft, pledged):
        directory.cover_need(db, need_id, ref, actor="a")
    [coverage] = directory.needs_with_coverage(db)
    assert coverage.need.covered_by == tuple(sorted((draft, pledged)))
    assert (coverage.pledged_milli, coverage.shipped_milli, coverage.delivered_milli) == (
        200_000, 0, 0)
    assert coverage.open_milli == 300_000
    assert coverage.recipient == "Kyiv City Council"


def test_need_change_and_conflict(db, seed) -> None:
    need_id = directory.save_need(db, _need(seed), actor="a")
    [row] = directory.needs_with_coverage(db)
    directory.save_need(db, dataclasses.replace(row.need, qty_milli=600_000), actor="b")
    with pytest.raises(EditConflict):
        directory.save_need(db, dataclasses.replace(row.need, qty_milli=700_000), actor="c")
    assert directory.needs_with_coverage(db)[0].need.qty_milli == 600_000
    with pytest.raises(NotFound):
        directory.cover_need(db, need_id, "KYV-NOPE", actor="a")
    with pytest.raises(NotFound):
        directory.cover_need(db, 999, "KYV-NOPE", actor="a")


def test_an_acquirer_with_an_edrpou_is_not_a_recipient_until_a_shipment_names_it(db) -> None:
    """'--recipient Kyiv' finds the one recipient in Kyiv, not the hospital that acquires there."""
    from aidtracker.services import names
    from aidtracker.services.entry import add_party

    add_party(db, "recipient", name="Kyiv City State Administration", edrpou="00022527",
              city="Kyiv", actor="t")
    add_party(db, "acquirer", name="Kyiv City Hospital No 1", edrpou="32855961", city="Kyiv",
              actor="t")
    assert names.find_recipient(db, "Kyiv").name_en == "Kyiv City State Administration"
