"""The goods balance in the services: rates and UAH values, the EUR threshold in any currency,
receipt against what was shipped, goods-list saves that never re-point an act, the checklist
that proves what it can, loads and the demo convoy."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from aidtracker.documents.load_view import load_serials
from aidtracker.domain import (
    CheckState,
    DistributionKind,
    DistributionLine,
    Event,
    WriteOffReason,
)
from aidtracker.errors import ValidationFailed, WrongStatus
from aidtracker.services import loads, progress, rates, stock
from aidtracker.services.edits import parse_header_edit as ed
from aidtracker.services.shipments import create_shipment, get_detail, save_lines, update_header
from aidtracker.store import open_database
from tests.core.services.test_services import _walk_to_delivered
from tests.factories import make_header, make_line

NBU_JSON = """[{"r030":946,"txt":"Румунський лей","rate":9.5713,"cc":"RON",
"exchangedate":"02.02.2026"},{"r030":978,"txt":"Євро","rate":48.7512,"cc":"EUR",
"exchangedate":"02.02.2026"}]"""
NBU_XML = """<?xml version="1.0" encoding="utf-8"?><exchange>
<currency><r030>946</r030><txt>Румунський лей</txt><rate>9.5713</rate><cc>RON</cc>
<exchangedate>02.02.2026</exchangedate></currency>
<currency><r030>978</r030><txt>Євро</txt><rate>48.7512</rate><cc>EUR</cc>
<exchangedate>02.02.2026</exchangedate></currency></exchange>"""
NBU_CSV = "r030;txt;rate;cc;exchangedate\n946;Румунський лей;9,5713;RON;02.02.2026\n" \
          "978;Євро;48,7512;EUR;02.02.2026\n"


@pytest.mark.parametrize("text", [NBU_JSON, NBU_XML, NBU_CSV], ids=["json", "xml", "csv"])
def test_nbu_files_in_every_variant_give_the_same_exact_rates(db, tmp_path: Path,
                                                              text: str) -> None:
    path = tmp_path / "rates"
    path.write_text(text, encoding="utf-8")
    done = rates.import_rates(db, path, actor="a")
    assert (done.added, done.changed, done.unchanged) == (2, 0, 0)
    assert {(r.currency, r.on, r.uah_per_unit, r.source) for r in rates.list_rates(db)} == {
        ("RON", date(2026, 2, 2), Decimal("9.5713"), "NBU"),
        ("EUR", date(2026, 2, 2), Decimal("48.7512"), "NBU")}
    assert rates.import_rates(db, path, actor="a").unchanged == 2  # again: nothing changes


def test_a_bad_rates_file_is_refused_naming_the_row(db, tmp_path: Path) -> None:
    path = tmp_path / "rates.json"
    path.write_text('[{"cc":"PLN","rate":11.6,"exchangedate":"01.02.2026"},'
                    '{"cc":"EUR","rate":-1,"exchangedate":"01.02.2026"}]', encoding="utf-8")
    with pytest.raises(ValidationFailed) as info:
        rates.import_rates(db, path, actor="a")
    assert (info.value.problems[0].field, info.value.problems[0].row) == ("rate", 2)
    assert rates.list_rates(db) == []


def test_the_rate_of_the_day_or_the_latest_within_seven_days(db) -> None:
    rates.add_rate(db, "PLN", date(2026, 2, 2), Decimal("11.6235"), actor="a")
    assert rates.rate_on(db, "PLN", date(2026, 2, 9)).uah_per_unit == Decimal("11.6235")
    assert rates.rate_on(db, "PLN", date(2026, 2, 10)) is None
    assert rates.rate_on(db, "PLN", date(2026, 2, 1)) is None
    with pytest.raises(ValidationFailed):
        rates.add_rate(db, "PLN", date.today() + timedelta(days=1), Decimal("1"), actor="a")


def test_uah_value_is_rounded_half_up_per_line_and_summed(db, seed) -> None:
    rates.add_rate(db, "EUR", date(2026, 2, 1), Decimal("44.1245"), actor="a")
    ref = create_shipment(db, make_header(seed), [
        make_line(qty_milli=3_000, unit_value_minor=1),  # 0.03 × 44.1245 = 1.323735 → 1.32
        make_line(qty_milli=1_000, unit_value_minor=10)], actor="a")  # 0.10 × … = 4.41245 → 4.41
    _walk_to_delivered(db, ref)
    detail = get_detail(db, ref)
    valued = rates.value(db, detail.shipment, detail.lines)
    assert valued.on == date(2026, 2, 2)  # customs clearance
    assert valued.line_uah == {1: 132, 2: 441} and valued.total_uah == 573


def test_the_oral_declaration_threshold_in_lei(db, seed) -> None:
    header = make_header(seed, currency="RON", planned_loading=date(2026, 2, 3))
    lines = [make_line(currency="RON", qty_milli=1_000, unit_value_minor=90_000)]  # 900 RON
    ref = create_shipment(db, header, lines, actor="a")
    rules = {i.rule.id for i in get_detail(db, ref).checklist}
    assert "CL-B09" in rules and "CL-B08" not in rules  # no rate: electronic
    rates.add_rate(db, "RON", date(2026, 2, 2), Decimal("9.5713"), actor="a")
    rates.add_rate(db, "EUR", date(2026, 2, 2), Decimal("48.7512"), actor="a")
    rules = {i.rule.id for i in get_detail(db, ref).checklist}
    assert "CL-B08" in rules and "CL-B09" not in rules  # ≈ EUR 176.70: oral declaration


def test_receipt_is_checked_against_what_was_shipped(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    with pytest.raises(WrongStatus):
        progress.record_receipt(db, ref, {1: (100_000, 0, 0)}, actor="a")
    _walk_to_delivered(db, ref)  # received 100 of 100 on 04.02.2026
    detail = get_detail(db, ref)
    assert detail.lines[0].accounted_milli == 100_000


def test_distribution_and_write_off_keep_the_books(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    _walk_to_delivered(db, ref)
    progress.add_distribution(db, ref, on=date(2026, 2, 10), kind=DistributionKind.ACT,
                              lines=[DistributionLine(1, 90_000)], actor="a",
                              acquirer_id=seed.acquirer)
    with pytest.raises(ValidationFailed) as over:
        stock.add_write_off(db, ref, line_no=1, qty_milli=10_001, reason=WriteOffReason.LOST,
                            on=date(2026, 2, 11), actor="a")
    assert over.value.problems[0].params["held"] == "10"
    act = stock.add_write_off(db, ref, line_no=1, qty_milli=10_000, reason=WriteOffReason.LOST,
                              on=date(2026, 2, 11), actor="a", commission="O. Koval")
    assert act == "KYV-SPS-2026-0001"
    progress.advance(db, ref, Event.DISTRIBUTE, actor="a")
    progress.advance(db, ref, Event.COMPLETE_DISTRIBUTION, actor="a")
    (w,) = get_detail(db, ref).write_offs
    assert (w.reason, w.lines[0].qty_milli, w.commission) == (WriteOffReason.LOST, 10_000,
                                                              "O. Koval")


def test_a_goods_list_save_never_re_points_an_act(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [
        make_line(description="Ambulance"), make_line(description="Fire engine")], actor="a")
    _walk_to_delivered(db, ref)
    progress.add_distribution(db, ref, on=date(2026, 2, 10), kind=DistributionKind.ACT,
                              lines=[DistributionLine(1, 1_000)], actor="a",
                              acquirer_id=seed.acquirer)
    detail = get_detail(db, ref)
    version = detail.shipment.version
    with pytest.raises(ValidationFailed) as info:  # deleting the line the act hands over
        save_lines(db, ref, [detail.lines[1]], actor="a", expected_version=version,
                   amendment_reason="typo")
    assert info.value.problems[0].rule == "line_referenced"
    with pytest.raises(ValidationFailed):  # changing it
        save_lines(db, ref, [dataclasses.replace(detail.lines[0], qty_milli=5_000),
                             detail.lines[1]], actor="a", expected_version=version,
                   amendment_reason="typo")
    save_lines(db, ref, [detail.lines[0]], actor="a", expected_version=version,
               amendment_reason="the fire engine stayed in Leipzig")
    after = get_detail(db, ref)
    assert [ln.description for ln in after.lines] == ["Ambulance"]
    assert [(ln.line_no, ln.void_reason) for ln in after.voided] == [
        (2, "the fire engine stayed in Leipzig")]
    assert after.distributions[0].lines[0].line_no == 1
    assert after.totals.lines == 1


def test_the_checklist_ticks_what_the_record_proves(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    item = {i.rule.id: i for i in get_detail(db, ref).checklist}["CL-B03"]
    assert item.auto and item.state is CheckState.OPEN
    with pytest.raises(ValidationFailed) as info:
        progress.set_checklist(db, ref, ["CL-B02", "CL-B03"], CheckState.DONE, actor="a")
    assert info.value.problems[0].rule == "auto_fact_false"
    assert {i.rule.id: i.state for i in get_detail(db, ref).checklist}["CL-B02"] is (
        CheckState.OPEN)  # all or nothing
    version = get_detail(db, ref).shipment.version
    update_header(db, ref, ed({"consent_date": "2026-01-05", "consent_signer": "O. Koval"}),
                  actor="a", expected_version=version)
    item = {i.rule.id: i for i in get_detail(db, ref).checklist}["CL-B03"]
    assert (item.state, item.by) == (CheckState.DONE, "auto")
    update_header(db, ref, ed({"consent_signer": ""}), actor="a",
                  expected_version=get_detail(db, ref).shipment.version)
    assert {i.rule.id: i.state for i in get_detail(db, ref).checklist}["CL-B03"] is (
        CheckState.OPEN)  # the fact went: open again
    progress.set_checklist(db, ref, ["CL-B02", "CL-B05"], CheckState.DONE, actor="a")
    progress.set_checklist(db, ref, ["CL-B03"], CheckState.OVERRIDDEN, actor="a",
                           note="consent given orally, letter follows")


def test_dates_out_of_order_or_in_the_future_are_refused(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    version = get_detail(db, ref).shipment.version
    with pytest.raises(ValidationFailed) as info:
        update_header(db, ref, ed({"pledged_on": (date.today() + timedelta(days=1)).isoformat()}),
                      actor="a", expected_version=version)
    assert info.value.problems[0].rule == "future_date"
    with pytest.raises(ValidationFailed) as info:
        update_header(db, ref, ed({"pledged_on": "2026-01-10", "consent_date": "2026-01-09"}),
                      actor="a", expected_version=version)
    assert info.value.problems[0].params == {"value": "2026-01-09", "other_field": "pledged_on",
                                             "other": "2026-01-10"}


def test_loads_carry_every_line_whole(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line(), make_line()], actor="a")
    assert loads.add_load(db, ref, {"driver": "Jan Nowak", "plate": "wx 1234a"}, actor="a") == 2
    loads.assign(db, ref, 2, 1, 40_000, actor="a")
    loads.assign(db, ref, 2, 2, actor="a")
    first, second = get_detail(db, ref).loads
    assert [(s.line_no, s.qty_milli) for s in first.shares] == [(1, 60_000)]
    assert [(s.line_no, s.qty_milli) for s in second.shares] == [(1, 40_000), (2, 100_000)]
    assert (second.driver_name, second.truck_plate) == ("Jan Nowak", "WX1234A")
    with pytest.raises(ValidationFailed):
        loads.add_load(db, ref, {"crossing": "Nowhere"}, actor="a")


def test_the_demo_convoy_has_a_load_per_ambulance(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    try:
        detail = get_detail(db, "KYV-2026-0001")
        assert len(detail.loads) == 12 == len(detail.lines[0].assets)
        assert len({ld.driver_name for ld in detail.loads}) == 12
        assert all([(s.line_no, s.qty_milli) for s in ld.shares] == [(1, 1_000)]
                   for ld in detail.loads)
        carried = load_serials(detail)
        assert sorted(v for vins in carried.values() for v in vins) == sorted(
            a.vin for a in detail.lines[0].assets)
    finally:
        db.close()


def test_a_draft_gets_no_delivery_date_outside_the_workflow(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    with pytest.raises(ValidationFailed) as info:
        update_header(db, ref, ed({"delivered_on": "2026-02-04"}), actor="a",
                      expected_version=get_detail(db, ref).shipment.version)
    assert (info.value.problems[0].rule, info.value.problems[0].params["status"]) == (
        "date_before_event", "delivered")
    assert get_detail(db, ref).shipment.delivered_on is None


def test_each_load_of_the_convoy_has_its_own_specification(demo_template: Path,
                                                           tmp_path: Path) -> None:
    from aidtracker.documents.policy import selectors
    from aidtracker.services.documents import issue_document
    from tests.core.documents.doc_factories import page_texts, squash

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    try:
        detail = get_detail(db, "KYV-2026-0001")
        assert selectors(detail, "specification")[:2] == ("load:1", "load:2")
        second = detail.loads[1]
        doc = issue_document(db, "KYV-2026-0001", "specification", tmp_path / "d2-2.pdf",
                             actor="a", lang="uk-en", selector="load:2")
        text = squash(" ".join(page_texts(doc.path)))
        assert "Load2of12" in text and "Завантаження2з12" in text  # squash drops spaces
        vins = load_serials(detail)[(2, 1)]
        assert vins == (detail.lines[0].assets[1].vin,) and vins[0] in text
        assert detail.lines[0].assets[0].vin not in text  # load 1's ambulance is not on it
        assert second.driver_name
        again = issue_document(db, "KYV-2026-0001", "specification", tmp_path / "d2-3.pdf",
                               actor="a", lang="uk-en", selector="load:3")
        assert again.number != doc.number  # one original per load
    finally:
        db.close()
