"""Reversing distribution (D8) and write-off (D9) acts: kept with who/when/why, out of the
balance, their printed original void, their number never issued again, the status following the
balance back; VINs/serials kept with the load that carries them; CL-B01 proven by the record."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from aidtracker.domain import (
    Asset,
    AssetKind,
    CheckState,
    DistributionKind,
    DistributionLine,
    Event,
    Status,
    WriteOffReason,
)
from aidtracker.errors import ValidationFailed
from aidtracker.services import loads, progress, stock
from aidtracker.services.documents import document_register, issue_document
from aidtracker.services.entry import edit_party
from aidtracker.services.reversal import reverse_act
from aidtracker.services.shipments import create_shipment, get_detail
from aidtracker.store import balance, open_database
from aidtracker.workflow import line_balance
from tests.core.services.test_services import _walk_to_delivered as _walk
from tests.factories import make_header, make_line

VINS = ("WF0XXXTTGXKA00001", "WF0XXXTTGXKA00002", "WF0XXXTTGXKA00003")


def _walk_to_delivered(db, ref: str, receipt: tuple[int, int, int] | None = None) -> None:
    """As the services tests walk it; ``receipt`` (good, damaged, missing) of line 1 is
    recorded before the delivery instead of everything good."""
    if receipt is None:
        _walk(db, ref)
        return
    real = progress.record_receipt

    def damaged(db_, ref_, quantities, **kw):  # type: ignore[no-untyped-def]
        return real(db_, ref_, {1: receipt}, **kw)

    progress.record_receipt = damaged  # type: ignore[assignment]
    try:
        _walk(db, ref)
    finally:
        progress.record_receipt = real  # type: ignore[assignment]


def _hand_out(db, seed, ref: str, qty: int, day: int = 10) -> str:
    return progress.add_distribution(
        db, ref, on=date(2026, 2, day), kind=DistributionKind.ACT,
        lines=[DistributionLine(1, qty)], actor="a", acquirer_id=seed.acquirer)


def _db_file(db) -> Path:
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2])


def test_a_reversed_distribution_stays_with_its_number_out_of_the_balance(
        db, seed, tmp_path: Path) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    _walk_to_delivered(db, ref)
    first = _hand_out(db, seed, ref, 60_000)
    second = _hand_out(db, seed, ref, 40_000)
    progress.advance(db, ref, Event.DISTRIBUTE, actor="a")
    progress.advance(db, ref, Event.COMPLETE_DISTRIBUTION, actor="a")
    printed = issue_document(db, ref, "distribution", tmp_path / "d8.pdf", actor="a",
                             selector=second, today=date(2026, 2, 12))
    with pytest.raises(ValidationFailed) as referenced:
        stock.void_line(db, ref, 1, reason="typo", actor="a")
    assert referenced.value.problems[0].params["act"] == first

    done = reverse_act(db, ref, second, reason="signed by the wrong hospital", actor="b")
    assert (done.from_status, done.to_status) == (Status.DISTRIBUTED, Status.DISTRIBUTING)
    assert done.voided_document == printed.number
    detail = get_detail(db, ref)
    assert detail.shipment.status is Status.DISTRIBUTING
    assert [d.act_no for d in detail.distributions] == [first]
    (gone,) = detail.reversed_distributions
    assert (gone.act_no, gone.reversed_by, gone.reverse_reason) == (
        second, "b", "signed by the wrong hospital")
    assert gone.reversed_at is not None and gone.lines[0].qty_milli == 40_000
    assert line_balance(detail.lines[0], detail.distributions, detail.write_offs).on_hand == 40_000
    (record,) = [r for r in document_register(db, ref) if r.number == printed.number]
    assert (record.status, record.supersede_reason) == ("void", "signed by the wrong hospital")
    assert detail.events[-1].event == "reverse_act" and detail.events[-1].note == second
    audit = db.conn.execute("SELECT actor, action FROM audit WHERE entity = 'distribution'"
                            " AND entity_id = ? ORDER BY id", (second,)).fetchall()
    assert audit[-1] == ("b", "reverse")

    third = _hand_out(db, seed, ref, 40_000, day=11)
    assert third not in (first, second) and third > second  # a number is never issued again
    before = hashlib.sha256(_db_file(db).read_bytes()).hexdigest()
    for act, reason, rule in ((second, "again", "act_reversed"), ("KYV-ROZ-2026-9999", "x",
                              "unknown_choice"), (first, "  ", "reason_required")):
        with pytest.raises(ValidationFailed) as refused:
            reverse_act(db, ref, act, reason=reason, actor="a")
        assert refused.value.problems[0].rule == rule
    assert hashlib.sha256(_db_file(db).read_bytes()).hexdigest() == before

    reverse_act(db, ref, first, reason="duplicate", actor="a")
    reverse_act(db, ref, third, reason="duplicate", actor="a")
    assert get_detail(db, ref).shipment.status is Status.DELIVERED  # no act in force is left
    stock.void_line(db, ref, 1, reason="typo", actor="a")  # nothing refers to it any more
    assert get_detail(db, ref).voided[0].void_reason == "typo"


def test_a_reversed_write_off_puts_its_damaged_units_back_and_the_status_follows(
        db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    _walk_to_delivered(db, ref, receipt=(95_000, 5_000, 0))
    handed = _hand_out(db, seed, ref, 95_000)
    damaged = stock.add_write_off(db, ref, line_no=1, qty_milli=5_000,
                                  reason=WriteOffReason.DAMAGED, on=date(2026, 2, 11), actor="a")
    progress.advance(db, ref, Event.DISTRIBUTE, actor="a")
    progress.advance(db, ref, Event.COMPLETE_DISTRIBUTION, actor="a")
    done = reverse_act(db, ref, damaged, reason="wrong line", actor="a")
    assert done.to_status is Status.DISTRIBUTING and done.voided_document is None
    detail = get_detail(db, ref)
    bal = line_balance(detail.lines[0], detail.distributions, detail.write_offs)
    assert (bal.on_hand, bal.damaged_open, bal.damaged_written_off) == (0, 5_000, 0)
    assert detail.reversed_write_offs[0].act_no == damaged and detail.write_offs == ()
    with pytest.raises(Exception, match="damaged"):
        progress.advance(db, ref, Event.COMPLETE_DISTRIBUTION, actor="a")
    stock.add_write_off(db, ref, line_no=1, qty_milli=5_000, reason=WriteOffReason.DAMAGED,
                        on=date(2026, 2, 12), actor="a")
    progress.advance(db, ref, Event.COMPLETE_DISTRIBUTION, actor="a")
    progress.advance(db, ref, Event.REPORT, actor="a",
                     fields={"report_filed_on": "2026-02-20", "report_ref": "R-1"})
    with pytest.raises(ValidationFailed) as reported:  # the report stands on its acts
        reverse_act(db, ref, handed, reason="late", actor="a")
    assert reported.value.problems[0].rule == "act_after_report"


def _vehicles(seed, db) -> str:
    line = make_line(category="veh.ambulance", description="Ambulance Ford Transit",
                     qty_milli=3000, hs_code="870332", packages=0, assets=tuple(
                         Asset(id=None, kind=AssetKind.VEHICLE, vin=v) for v in VINS))
    return create_shipment(db, make_header(seed), [line], actor="a")


def _on(db, ref: str) -> dict[str, int | None]:
    return {a.identifier: a.load_seq for a in get_detail(db, ref).lines[0].assets}


def test_vins_go_with_the_load_that_carries_them(db, seed) -> None:
    ref = _vehicles(seed, db)
    assert set(_on(db, ref).values()) == {1}
    loads.add_load(db, ref, {"mode": "self_propelled"}, actor="a")
    loads.add_load(db, ref, {"mode": "self_propelled"}, actor="a")
    loads.assign(db, ref, 2, 1, 1000, actor="a")  # one vehicle on load 2: the last VIN moves
    assert _on(db, ref) == {VINS[0]: 1, VINS[1]: 1, VINS[2]: 2}
    loads.assign(db, ref, 3, 1, actor="a", serials=[VINS[0].lower()])  # this very one on 3
    assert _on(db, ref) == {VINS[0]: 3, VINS[1]: 1, VINS[2]: 2}
    before = hashlib.sha256(_db_file(db).read_bytes()).hexdigest()
    with pytest.raises(ValidationFailed) as over:
        loads.assign(db, ref, 2, 1, 1000, actor="a", serials=[VINS[1], VINS[2]])
    assert over.value.problems[0].rule == "serials_over_load"
    assert over.value.problems[0].params == {"load": 2, "units": 1, "unit": "pcs", "count": 2}
    with pytest.raises(ValidationFailed) as foreign:
        loads.assign(db, ref, 2, 1, actor="a", serials=["ZZD0AMB2026000009"])
    assert foreign.value.problems[0].rule == "serial_not_on_line"
    assert hashlib.sha256(_db_file(db).read_bytes()).hexdigest() == before
    loads.assign(db, ref, 1, 1, actor="a")  # the whole line back on load 1, VINs with it
    assert set(_on(db, ref).values()) == {1}


def test_migration_puts_serials_where_the_documents_put_them(db, seed) -> None:
    """The derivation the documents used (a split line's units to its loads in load order)."""
    ref = _vehicles(seed, db)
    loads.add_load(db, ref, {}, actor="a")
    loads.assign(db, ref, 2, 1, 2000, actor="a")
    sid = get_detail(db, ref).shipment.id
    db.conn.execute("UPDATE asset SET load_seq = NULL")
    balance.sync_serials(db, int(sid or 0))
    assert _on(db, ref) == {VINS[0]: 1, VINS[1]: 2, VINS[2]: 2}


def test_schema_9_serials_get_their_load(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    shutil.copyfile(Path(__file__).resolve().parents[2] / "fixtures" / "db_v9.sqlite", path)
    conn = sqlite3.connect(path)
    assert "load_seq" not in {r[1] for r in conn.execute("PRAGMA table_info(asset)")}
    conn.close()
    db = open_database(path)
    try:
        detail = get_detail(db, "KYV-2026-0001")
        assert [a.load_seq for a in detail.lines[0].assets] == [1, 1]
    finally:
        db.close()


def test_the_recipients_registration_ticks_cl_b01_itself(db, seed) -> None:
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")
    item = next(i for i in get_detail(db, ref).checklist if i.rule.id == "CL-B01")
    assert item.auto and item.state is CheckState.DONE  # EDRPOU 99000011 and AHARS No. R-1
    edit_party(db, "Kyiv City Council", {"ahars_recipient_no": ""}, actor="a")
    item = next(i for i in get_detail(db, ref).checklist if i.rule.id == "CL-B01")
    assert item.auto and item.state is CheckState.OPEN
    with pytest.raises(ValidationFailed) as refused:
        progress.set_checklist(db, ref, "CL-B01", CheckState.DONE, actor="a")
    assert refused.value.problems[0].rule == "auto_fact_false"
    saved = edit_party(db, "99000011", {"ahars_recipient_no": " R-77 "}, actor="a")
    assert saved.ahars_recipient_no == "R-77"
    item = next(i for i in get_detail(db, ref).checklist if i.rule.id == "CL-B01")
    assert item.state is CheckState.DONE
