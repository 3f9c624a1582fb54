"""Use cases through the services: one transaction each, exact numbers, conflicts, locks."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from factories import make_header, make_line
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidtracker import workflow
from aidtracker.catalogue import error_text
from aidtracker.domain import (
    Asset,
    AssetKind,
    CheckState,
    DistributionKind,
    DistributionLine,
    Event,
    Status,
    Unit,
)
from aidtracker.errors import (
    EditConflict,
    GuardFailed,
    NotFound,
    ShipmentLocked,
    ValidationFailed,
)
from aidtracker.services import progress
from aidtracker.services.edits import HeaderEdit, parse_header_edit
from aidtracker.services.listing import ShipmentQuery, count_shipments, list_shipments
from aidtracker.services.shipments import (
    add_lines,
    create_shipment,
    get_detail,
    save_lines,
    update_header,
)
from aidtracker.store import open_database


def _counts(db) -> dict[str, int]:
    tables = ["shipment", "line_item", "asset", "audit", "status_event", "number_series"]
    return {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_references_are_numbered_per_office_and_year(db, seed) -> None:
    first = create_shipment(db, make_header(seed), [make_line()], actor="a",
                            today=date(2026, 3, 1))
    second = create_shipment(db, make_header(seed), [make_line()], actor="a",
                             today=date(2026, 3, 2))
    old = create_shipment(db, make_header(seed), [make_line()], actor="a", today=date(2025, 1, 1))
    assert (first, second, old) == ("KYV-2026-0001", "KYV-2026-0002", "KYV-2025-0001")


def test_thirty_lines_of_a_tenth_sum_exactly(db, seed) -> None:
    lines = [make_line(category="med.medicine", unit=Unit.KG, qty_milli=100, net_g=100,
                       gross_g=100, unit_value_minor=10, hs_code="300490") for _ in range(30)]
    ref = create_shipment(db, make_header(seed), lines, actor="a")
    totals = get_detail(db, ref).totals
    assert (totals.gross_g, totals.qty_milli, totals.value_by_currency) == (3000, 3000,
                                                                              {"EUR": 30})


def test_bad_line_is_refused_whole_with_row_and_field(db, seed) -> None:
    before = _counts(db)
    bad = [make_line(), make_line(qty_milli=0), make_line(currency="XXX")]
    with pytest.raises(ValidationFailed) as info:
        create_shipment(db, make_header(seed), bad, actor="a")
    found = {(p.row, p.field, p.rule) for p in info.value.problems}
    assert (2, "qty_milli", "positive") in found or any(r == 2 for r, _, _ in found)
    assert any(row == 3 and field == "currency" for row, field, _ in found)
    assert "row 2" in error_text(info.value, "en") or "line 2" in error_text(info.value, "en")
    assert _counts(db) == before


def test_vin_problem_names_the_row(db, seed) -> None:
    vehicle = make_line(category="veh.ambulance", qty_milli=1000, hs_code="870332",
                        assets=(Asset(id=None, kind=AssetKind.VEHICLE, vin="ZZD0AMB2026O00001"),))
    with pytest.raises(ValidationFailed) as info:
        create_shipment(db, make_header(seed), [make_line(), vehicle], actor="a")
    assert [(p.row, p.field, p.rule) for p in info.value.problems] == [(2, "vin", "vin_chars")]


def test_stale_save_is_refused_and_both_earlier_commits_survive(db, db_path: Path, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    other = open_database(db_path)
    try:
        mine = get_detail(db, ref).shipment
        theirs = get_detail(other, ref).shipment
        update_header(other, ref, HeaderEdit(notes="first"), actor="olena",
                      expected_version=theirs.version)
        with pytest.raises(EditConflict) as info:
            update_header(db, ref, HeaderEdit(notes="second"), actor="petro",
                          expected_version=mine.version)
        assert info.value.params["who"] == "olena"
        update_header(db, ref, HeaderEdit(carrier="Trans"), actor="petro",
                      expected_version=get_detail(db, ref).shipment.version)
    finally:
        other.close()
    saved = get_detail(db, ref).shipment
    assert (saved.notes, saved.carrier) == ("first", "Trans")


def test_stale_goods_list_is_refused(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    version = get_detail(db, ref).shipment.version
    add_lines(db, ref, [make_line()], actor="b")
    with pytest.raises(EditConflict):
        save_lines(db, ref, [make_line(qty_milli=5_000)], actor="a", expected_version=version)
    assert [ln.qty_milli for ln in get_detail(db, ref).lines] == [100_000, 100_000]


def test_save_lines_edits_adds_and_removes(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line(), make_line()], actor="a")
    detail = get_detail(db, ref)
    edited = [dataclasses.replace(detail.lines[0], qty_milli=7_000), make_line(description="Нове")]
    save_lines(db, ref, edited, actor="a", expected_version=detail.shipment.version)
    lines = get_detail(db, ref).lines
    assert [(ln.line_no, ln.qty_milli, ln.description) for ln in lines] == [
        (1, 7_000, "Рукавички нітрилові"), (2, 100_000, "Нове")]


def test_header_changes_are_typed_and_checked(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    version = get_detail(db, ref).shipment.version
    with pytest.raises(ValidationFailed) as info:
        update_header(db, ref, parse_header_edit({"planned_loading": "31.02.2026"}), actor="a",
                      expected_version=version)
    assert info.value.problems[0].field == "planned_loading"
    with pytest.raises(ValidationFailed):
        update_header(db, ref, parse_header_edit({"status": "closed"}), actor="a",
                      expected_version=version)
    saved = update_header(db, ref, parse_header_edit({"planned_loading": "01.03.2026"}), actor="a",
                          expected_version=version)
    assert saved.planned_loading == date(2026, 3, 1)


def _walk_to_delivered(db, ref: str) -> None:
    steps = [
        (Event.PLEDGE, {}), (Event.ACCEPT, {"consent_date": "2026-01-05",
                                            "consent_signer": "О. КОВАЛЕНКО"}),
        (Event.START_PREPARING, {}),
        (Event.MARK_READY, {"ahars_code": "DEMO-1", "ahars_created_on": "2026-01-10",
                            "planned_crossing": "2026-02-01"}),
        (Event.DISPATCH, {"loaded_on": "2026-01-30", "cmr_no": "C-1",
                          "export_route": "oral_at_exit"}),
        (Event.ARRIVE_BORDER, {"crossing": "Dorohusk-Yahodyn", "crossed_on": "2026-02-01"}),
        (Event.CLEAR, {"cleared_on": "2026-02-02", "clearance_ref": "UA-1"}),
    ]
    for event, fields in steps:
        if event not in workflow.allowed_events(get_detail(db, ref).shipment.status):
            continue
        for item in get_detail(db, ref).checklist:
            if item.is_open_blocker and not item.auto:
                progress.set_checklist(db, ref, item.rule.id, CheckState.DONE, actor="a")
        progress.advance(db, ref, event, actor="a", fields=fields)
    lines = get_detail(db, ref).lines
    progress.record_receipt(db, ref, {ln.line_no: (ln.qty_milli, 0, 0) for ln in lines},
                            actor="a", on=date(2026, 2, 4))
    for item in get_detail(db, ref).checklist:
        if item.is_open_blocker and not item.auto:
            progress.set_checklist(db, ref, item.rule.id, CheckState.DONE, actor="a")
    progress.advance(db, ref, Event.DELIVER, actor="a",
                     fields={"delivered_on": "2026-02-04", "handover_act_no": "D6-1"})


def test_full_life_with_guards_events_and_distribution(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    progress.advance(db, ref, Event.PLEDGE, actor="a", fields={})
    with pytest.raises(GuardFailed) as info:
        progress.advance(db, ref, Event.ACCEPT, actor="a")
    assert "consent" in error_text(info.value, "en")
    assert get_detail(db, ref).shipment.status is Status.PLEDGED
    _walk_to_delivered(db, ref)
    with pytest.raises(ShipmentLocked):
        update_header(db, ref, HeaderEdit(notes="x"), actor="a",
                      expected_version=get_detail(db, ref).shipment.version)
    with pytest.raises(ValidationFailed) as over:
        progress.add_distribution(db, ref, on=date(2026, 2, 10), kind=DistributionKind.ACT,
                                  lines=[DistributionLine(1, 100_001)], actor="a",
                                  acquirer_id=seed.acquirer)
    assert over.value.problems[0].rule == "over_distribution"
    act = progress.add_distribution(db, ref, on=date(2026, 2, 10), kind=DistributionKind.ACT,
                                    lines=[DistributionLine(1, 40_000)], actor="a",
                                    acquirer_id=seed.acquirer)
    assert act == "KYV-ROZ-2026-0001"
    progress.advance(db, ref, Event.DISTRIBUTE, actor="a")
    with pytest.raises(GuardFailed) as guard:
        progress.advance(db, ref, Event.COMPLETE_DISTRIBUTION, actor="a")
    assert "still to distribute" in error_text(guard.value, "en")
    progress.add_distribution(db, ref, on=date(2026, 2, 11), kind=DistributionKind.ACT,
                              lines=[DistributionLine(1, 60_000)], actor="a",
                              acquirer_id=seed.acquirer)
    progress.advance(db, ref, Event.COMPLETE_DISTRIBUTION, actor="a")
    detail = get_detail(db, ref)
    assert detail.shipment.status is Status.DISTRIBUTED
    assert detail.distributions[0].to_whom == "Hospital No. 1"
    events = [(e.event, e.from_status, e.to_status, e.actor) for e in detail.events]
    assert events[-1] == ("complete_distribution", "distributing", "distributed", "a")


def test_locked_shipment_edits_only_as_amendment(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    _walk_to_delivered(db, ref)
    version = get_detail(db, ref).shipment.version
    saved = update_header(db, ref, HeaderEdit(notes="fixed typo"), actor="a",
                          expected_version=version, amendment_reason="typo on the act")
    assert saved.notes == "fixed typo"
    amendment = get_detail(db, ref).events[-1]
    assert (amendment.event, amendment.reason, amendment.note) == ("amend", "typo on the act",
                                                                   "notes")
    audit = db.conn.execute("SELECT action, before, after FROM audit WHERE entity = 'shipment'"
                            " ORDER BY id DESC LIMIT 1").fetchone()
    assert audit[0] == "amend" and '"notes": ""' in audit[1] and "fixed typo" in audit[2]


def test_override_needs_a_reason_and_is_logged(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    rule = next(i.rule.id for i in get_detail(db, ref).checklist if not i.auto)  # by hand
    with pytest.raises(ValidationFailed):
        progress.set_checklist(db, ref, rule, CheckState.OVERRIDDEN, actor="a")
    progress.set_checklist(db, ref, rule, CheckState.OVERRIDDEN, actor="a",
                           note="printed like this on the extract")
    detail = get_detail(db, ref)
    assert next(i for i in detail.checklist if i.rule.id == rule).state is CheckState.OVERRIDDEN
    assert detail.events[-1].event == "override"
    with pytest.raises(NotFound):
        progress.set_checklist(db, ref, "CL-NOPE", CheckState.DONE, actor="a")


def test_search_finds_cyrillic_substrings_vins_and_serials(db, seed) -> None:
    create_shipment(db, make_header(seed), [make_line(description="Рукавички зимові")], actor="a")
    vehicle = make_line(category="veh.ambulance", qty_milli=1000, hs_code="870332",
                        description="Автомобіль швидкої допомоги",
                        assets=(Asset(id=None, kind=AssetKind.VEHICLE, vin="ZZD0AMB2026000007"),))
    ref2 = create_shipment(db, make_header(seed), [vehicle], actor="a")
    for text, expected in [("рукавич", 1), ("РУКАВИЧКИ", 1), ("amb2026000007", 1),
                           (ref2, 1), ("KYV", 2), ("nothing-like-this", 0)]:
        query = ShipmentQuery(search=text)
        assert count_shipments(db, query) == expected, text
        assert len(list_shipments(db, query)) == expected


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    quantities=st.lists(st.integers(1, 10**9), min_size=1, max_size=6),
    prices=st.lists(st.integers(0, 10**9), min_size=6, max_size=6),
    text=st.text(min_size=1, max_size=40).filter(lambda t: t.strip() and "\x00" not in t),
)
def test_store_and_reload_is_exact(db, db_path, seed, quantities, prices, text) -> None:
    lines = [make_line(qty_milli=q * 1000, unit_value_minor=p, description=text,
                       net_g=q, gross_g=q * 2) for q, p in zip(quantities, prices, strict=False)]
    ref = create_shipment(db, make_header(seed, notes=text), lines, actor="a")
    assert not db.conn.in_transaction
    reopened = open_database(db_path)
    try:
        again = get_detail(reopened, ref)
    finally:
        reopened.close()
    assert [dataclasses.replace(ln, id=None) for ln in again.lines] == [
        dataclasses.replace(ln, line_no=i) for i, ln in enumerate(lines, start=1)]
    assert again.shipment.notes == text.strip() or again.shipment.notes == text


def test_receipt_and_handover_in_the_wrong_state_say_so_and_write_nothing(db, seed) -> None:
    from aidtracker.errors import WrongStatus

    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    before = _counts(db)
    with pytest.raises(WrongStatus) as info:
        progress.record_receipt(db, ref, {1: (100_000, 0, 0)}, actor="a")
    assert error_text(info.value, "en") == (
        f"receipt is possible only when the shipment is at_border, held_at_customs, cleared; "
        f"{ref} is draft")
    with pytest.raises(WrongStatus) as info:
        progress.add_distribution(db, ref, on=date(2026, 2, 10), kind=DistributionKind.ACT,
                                  lines=[DistributionLine(1, 1_000)], actor="a",
                                  acquirer_id=seed.acquirer)
    assert "distribution is possible only when" in error_text(info.value, "en")
    assert _counts(db) == before
