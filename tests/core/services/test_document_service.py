"""Issued documents as legal records: one stored original per scope, copies of the stored bytes,
supersession with a reason, legal dates, state checks, the register."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from aidtracker.catalogue import error_text
from aidtracker.cli.main import main
from aidtracker.documents import DocumentNotApplicable
from aidtracker.documents.context import KINDS
from aidtracker.documents.errors import (
    DocumentAlreadyIssued,
    DocumentDateRefused,
    DocumentTooEarly,
    StoredOriginalBroken,
)
from aidtracker.paths import attachments_dir
from aidtracker.services.documents import document_register, issue_document, issued_documents
from aidtracker.services.shipments import add_lines, get_detail
from aidtracker.store import open_database

TODAY = date(2026, 12, 4)


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_template, copy)
    return copy


@pytest.fixture
def demo_db(demo_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(demo_path)
    yield db
    db.close()


def _text(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(path).pages]


def test_numbers_per_kind_and_one_original_per_scope(demo_db, tmp_path: Path) -> None:
    first = issue_document(demo_db, "KYV-2026-0001", "handover", tmp_path / "a.pdf", actor="t")
    other = issue_document(demo_db, "KYV-2026-0001", "specification", tmp_path / "c.pdf",
                           actor="t")
    assert (first.number, other.number) == ("KYV-2026-0001/D6-1", "KYV-2026-0001/D2-1")
    assert hashlib.sha256((tmp_path / "a.pdf").read_bytes()).hexdigest() == first.sha256
    assert "KYV-2026-0001/D6-1" in _text(tmp_path / "a.pdf")[0]
    with pytest.raises(DocumentAlreadyIssued) as refused:
        issue_document(demo_db, "KYV-2026-0001", "handover", tmp_path / "b.pdf", actor="t")
    assert refused.value.params["number"] == first.number
    assert not (tmp_path / "b.pdf").exists()
    again = issue_document(demo_db, "KYV-2026-0001", "handover", tmp_path / "b.pdf", actor="t",
                           supersede="wrong commission member")
    assert (again.number, again.supersedes) == ("KYV-2026-0001/D6-2", first.number)
    assert "KYV-2026-0001/D6-1" in _text(tmp_path / "b.pdf")[0]  # "replaces No. …"
    states = {r.number: (r.status, r.superseded_by, r.supersede_reason)
              for r in document_register(demo_db, "KYV-2026-0001")}
    assert states[first.number] == ("superseded", again.number, "wrong commission member")
    assert states[again.number][0] == "valid"


def test_copy_is_the_stored_original_with_a_mark(demo_db, demo_path: Path, tmp_path: Path) -> None:
    ref = "KYV-2026-0007"
    original = issue_document(demo_db, ref, "donation", tmp_path / "d1.pdf", actor="t")
    line = get_detail(demo_db, ref).lines[0]
    add_lines(demo_db, ref, [dataclasses.replace(line, id=None, description="Додано пізніше",
                                                 description_en="Added later", assets=())],
              actor="t")
    copy = issue_document(demo_db, ref, "donation", tmp_path / "copy.pdf", actor="t",
                          copy_of=original.number, today=TODAY)
    assert copy.number == f"{original.number}/copy-1"
    first, again = _text(tmp_path / "d1.pdf"), _text(tmp_path / "copy.pdf")
    assert len(first) == len(again)
    for page, marked in zip(first, again, strict=True):
        assert marked.startswith(page)
        assert marked[len(page):].startswith("КОПІЯ / COPY")
    assert not any("Added later" in p for p in again)
    (record,) = document_register(demo_db, ref)
    assert (record.sha256, record.copies) == (original.sha256, 1)
    assert [r[0] for r in issued_documents(demo_db, ref)] == [original.number, copy.number]
    stored = attachments_dir(demo_path) / f"{original.sha256}.pdf"
    stored.write_bytes(stored.read_bytes().replace(b"KYV", b"XYZ", 1))
    with pytest.raises(StoredOriginalBroken) as broken:
        issue_document(demo_db, ref, "donation", tmp_path / "c2.pdf", actor="t",
                       copy_of=original.number)
    assert broken.value.params["reason"] == "mismatch" and not (tmp_path / "c2.pdf").exists()
    stored.unlink()
    with pytest.raises(StoredOriginalBroken, match="missing"):
        issue_document(demo_db, ref, "donation", tmp_path / "c2.pdf", actor="t",
                       copy_of=original.number)


def test_legal_dates_come_from_the_record(demo_db, tmp_path: Path) -> None:
    detail = get_detail(demo_db, "KYV-2026-0001")
    act = issue_document(demo_db, "KYV-2026-0001", "handover", tmp_path / "a.pdf", actor="t")
    delivered = detail.shipment.delivered_on
    assert delivered is not None and act.date == delivered
    assert f"Дата / Date: {delivered:%d.%m.%Y}" in _text(tmp_path / "a.pdf")[0]
    with pytest.raises(DocumentDateRefused):
        issue_document(demo_db, "KYV-2026-0001", "handover", tmp_path / "v.pdf", actor="t",
                       doc_date=date(2026, 1, 2), supersede="redated")
    spec = issue_document(demo_db, "KYV-2026-0001", "specification", tmp_path / "s.pdf",
                          actor="t")
    assert spec.date == detail.shipment.loaded_on


def test_each_vehicle_of_a_convoy_has_its_own_act(demo_db, tmp_path: Path) -> None:
    ref = "KYV-2026-0001"
    with pytest.raises(DocumentNotApplicable) as many:
        issue_document(demo_db, ref, "vehicle-handover", tmp_path / "v.pdf", actor="t")
    assert "--select VIN (ZZD0AMB2026000001, " in error_text(many.value, "en")
    one = issue_document(demo_db, ref, "vehicle-handover", tmp_path / "v1.pdf", actor="t",
                         selector="ZZD0AMB2026000001")
    two = issue_document(demo_db, ref, "vehicle-handover", tmp_path / "v2.pdf", actor="t",
                         selector="ZZD0AMB2026000002")
    assert (one.number, two.number) == (f"{ref}/D7-1", f"{ref}/D7-2")
    with pytest.raises(DocumentAlreadyIssued, match=f"{ref}/D7-1"):
        issue_document(demo_db, ref, "vehicle-handover", tmp_path / "v3.pdf", actor="t",
                       selector="ZZD0AMB2026000001")


def test_state_checks(demo_db, tmp_path: Path) -> None:
    for kind in KINDS:  # cancelled: everything refused
        with pytest.raises(DocumentNotApplicable, match="cancelled"):
            issue_document(demo_db, "KYV-2026-0010", kind, tmp_path / "x.pdf", actor="t")
    with pytest.raises(DocumentNotApplicable, match="lost"):
        issue_document(demo_db, "KYV-2026-0019", "handover", tmp_path / "x.pdf", actor="t")
    issue_document(demo_db, "KYV-2026-0019", "checklist", tmp_path / "c.pdf", actor="t")
    with pytest.raises(DocumentTooEarly) as early:  # accepted: not delivered yet
        issue_document(demo_db, "KYV-2026-0006", "handover", tmp_path / "x.pdf", actor="t")
    assert early.value.params["needed"] == "delivered"
    for ref, reason in (("KYV-2026-0006", "self_propelled_only"), ("KYV-2026-0002", "rail")):
        with pytest.raises(DocumentNotApplicable) as no_cmr:  # buses on their own wheels; rail
            issue_document(demo_db, ref, "cmr", tmp_path / "x.pdf", actor="t")
        assert no_cmr.value.params["reason"] == reason
    assert not (tmp_path / "x.pdf").exists()


def test_not_applicable_takes_no_number_and_writes_nothing(demo_db, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(DocumentNotApplicable):
        issue_document(demo_db, "KYV-2026-0008", "vehicle-handover", out, actor="t")
    assert not out.exists()
    assert issued_documents(demo_db, "KYV-2026-0008") == []


def test_failed_render_keeps_the_old_file_and_the_number(demo_db, tmp_path: Path,
                                                         monkeypatch) -> None:
    out = tmp_path / "act.pdf"
    out.write_bytes(b"%PDF- the previous good act")
    import aidtracker.documents as documents

    def broken(ctx):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(documents, "render_pdf", broken)
    with pytest.raises(OSError):
        issue_document(demo_db, "KYV-2026-0001", "handover", out, actor="t")
    assert out.read_bytes() == b"%PDF- the previous good act"
    assert [p.name for p in tmp_path.iterdir() if p.name != "demo.db"] == ["act.pdf"]
    monkeypatch.undo()
    again = issue_document(demo_db, "KYV-2026-0001", "handover", out, actor="t")
    assert again.number == "KYV-2026-0001/D6-1"


def test_cli_contract(demo_path: Path, tmp_path: Path, capsys, sha256) -> None:
    db, ref = str(demo_path), "KYV-2026-0008"
    out = tmp_path / "spec.pdf"
    assert main(["print", "specification", ref, "-o", str(out), "--db", db,
                 "--lang", "uk-de"]) == 0
    assert f"{ref}/D2-1" in capsys.readouterr().out
    first_sha = hashlib.sha256(out.read_bytes()).hexdigest()
    before = sha256(demo_path)
    assert main(["print", "specification", ref, "-o", str(tmp_path / "b.pdf"), "--db", db]) == 2
    err = capsys.readouterr().err
    assert f"{ref}/D2-1" in err and err.count("\n") == 1
    assert sha256(demo_path) == before and not (tmp_path / "b.pdf").exists()
    assert main(["print", "specification", ref, "-o", str(tmp_path / "b.pdf"), "--db", db,
                 "--supersede", "second truck added"]) == 0
    assert main(["print", "specification", ref, "-o", str(tmp_path / "c.pdf"), "--db", db,
                 "--copy-of", f"{ref}/D2-1"]) == 0
    capsys.readouterr()
    assert main(["documents", ref, "--db", db, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["status"], r["supersedes"], r["copies"]) for r in rows] == [
        (f"{ref}/D2-1", "superseded", None, 1), (f"{ref}/D2-2", "valid", f"{ref}/D2-1", 0)]
    assert rows[0]["sha256"] == first_sha and rows[0]["kind"] == "specification"
    assert rows[0]["date"] and rows[0]["issued_at"] and rows[0]["issued_by"]
    before = sha256(demo_path)
    assert main(["print", "vehicle-handover", "KYV-2026-0007", "-o", str(tmp_path / "v.pdf"),
                 "--db", db]) == 2
    assert capsys.readouterr().err.strip() == (
        "aidtracker: cannot print vehicle-handover for this shipment: it carries no vehicles")
    assert sha256(demo_path) == before and not (tmp_path / "v.pdf").exists()


def test_new_office_records_its_side(tmp_path: Path, capsys) -> None:
    from aidtracker.store.issued import office_side

    path = tmp_path / "donor.db"
    assert main(["new", "--db", str(path), "--office", "muc", "--side", "donor"]) == 0
    assert "donor office MUC" in capsys.readouterr().out
    db = open_database(path)
    try:
        assert office_side(db) == "donor"
    finally:
        db.close()
    with pytest.raises(SystemExit) as bad:
        main(["new", "--db", str(tmp_path / "x.db"), "--side", "both"])
    assert bad.value.code == 2 and not (tmp_path / "x.db").exists()
