"""Issuing documents: numbered per shipment and kind, recorded with their SHA-256, atomic."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from aidtracker.cli.main import main
from aidtracker.documents import DocumentNotApplicable
from aidtracker.services.documents import issue_document, issued_documents
from aidtracker.store import open_database


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_template, copy)
    db = open_database(copy)
    yield db
    db.close()


def test_numbers_follow_per_shipment_and_kind(demo_db, tmp_path: Path) -> None:
    first = issue_document(demo_db, "KYV-2026-0001", "handover", tmp_path / "a.pdf", actor="t")
    second = issue_document(demo_db, "KYV-2026-0001", "handover", tmp_path / "b.pdf", actor="t")
    other = issue_document(demo_db, "KYV-2026-0001", "specification", tmp_path / "c.pdf",
                           actor="t")
    assert (first.number, second.number, other.number) == (
        "KYV-2026-0001/D6-1", "KYV-2026-0001/D6-2", "KYV-2026-0001/D2-1")
    assert hashlib.sha256((tmp_path / "a.pdf").read_bytes()).hexdigest() == first.sha256
    text = PdfReader(tmp_path / "a.pdf").pages[0].extract_text()
    assert "KYV-2026-0001/D6-1" in text


def test_reprint_is_marked_as_a_copy(demo_db, tmp_path: Path) -> None:
    original = issue_document(demo_db, "KYV-2026-0001", "handover", tmp_path / "a.pdf", actor="t")
    copy = issue_document(demo_db, "KYV-2026-0001", "handover", tmp_path / "b.pdf", actor="t",
                          copy_of=original.number)
    assert copy.number == "KYV-2026-0001/D6-1/copy-1"
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "b.pdf").pages)
    assert original.number in text and ("COPY" in text.upper() or "КОПІЯ" in text.upper())
    assert [r[0] for r in issued_documents(demo_db, "KYV-2026-0001")] == [
        original.number, copy.number]


def test_not_applicable_takes_no_number_and_writes_nothing(demo_db, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(DocumentNotApplicable):
        issue_document(demo_db, "KYV-2026-0007", "vehicle-handover", out, actor="t")
    assert not out.exists()
    assert issued_documents(demo_db, "KYV-2026-0007") == []


def test_failed_render_keeps_the_old_file_and_the_number(demo_db, tmp_path: Path,
                                                         monkeypatch) -> None:
    out = tmp_path / "act.pdf"
    out.write_bytes(b"%PDF- the previous good act")
    import aidtracker.documents as documents

    def broken(ctx, path):  # type: ignore[no-untyped-def]
        Path(path).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(documents, "render_document", broken)
    with pytest.raises(OSError):
        issue_document(demo_db, "KYV-2026-0001", "handover", out, actor="t")
    assert out.read_bytes() == b"%PDF- the previous good act"
    assert [p.name for p in tmp_path.iterdir() if p.name != "demo.db"] == ["act.pdf"]
    monkeypatch.undo()
    again = issue_document(demo_db, "KYV-2026-0001", "handover", out, actor="t")
    assert again.number == "KYV-2026-0001/D6-1"


def test_cli_print(demo_template: Path, tmp_path: Path, capsys, sha256) -> None:
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    out = tmp_path / "spec.pdf"
    assert main(["print", "specification", "KYV-2026-0008", "-o", str(out), "--db", str(db),
                 "--lang", "uk-de"]) == 0
    assert "KYV-2026-0008/D2-1" in capsys.readouterr().out and out.exists()
    before = sha256(db)
    assert main(["print", "vehicle-handover", "KYV-2026-0007", "-o", str(tmp_path / "v.pdf"),
                 "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == ("aidtracker: cannot print vehicle-handover for this shipment: "
                           "it carries no vehicles")
    assert sha256(db) == before and not (tmp_path / "v.pdf").exists()
