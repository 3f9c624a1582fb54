"""Attachments: content-addressed copies in the managed folder, names as metadata only (T13)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from factories import make_header, make_line
from hypothesis import given
from hypothesis import strategies as st

from aidtracker.errors import NotFound, StorageError, ValidationFailed
from aidtracker.paths import attachments_dir
from aidtracker.services import attachments
from aidtracker.services.shipments import create_shipment, get_detail


@pytest.fixture
def ref(db, seed) -> str:
    return create_shipment(db, make_header(seed), [make_line()], actor="a")


def _file(tmp_path: Path, name: str, data: bytes = b"%PDF-1.4 signed act") -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _inside(root: Path) -> bool:
    return all(p.resolve().is_relative_to(root.resolve()) for p in root.rglob("*"))


def test_added_file_is_stored_by_hash_and_recorded(db, db_path, ref, tmp_path) -> None:
    source = _file(tmp_path, "Акт D6 підписаний.PDF")
    saved = attachments.add_attachment(db, db_path, ref, source, kind="signed_act", actor="u")
    root = attachments_dir(db_path)
    stored = attachments.stored_path(db_path, saved)
    assert stored == root / f"{saved.sha256}.pdf"
    assert stored.read_bytes() == source.read_bytes()
    assert saved.original_name == "Акт D6 підписаний.PDF" and saved.size == source.stat().st_size
    assert get_detail(db, ref).attachments == (saved,)
    assert [p.name for p in root.iterdir()] == [stored.name]  # no temp files left


def test_same_content_twice_never_overwrites(db, db_path, ref, tmp_path) -> None:
    first = attachments.add_attachment(db, db_path, ref, _file(tmp_path, "a.pdf"), kind="photo",
                                       actor="u")
    stored = attachments.stored_path(db_path, first)
    inode = stored.stat().st_ino
    second = attachments.add_attachment(db, db_path, ref, _file(tmp_path, "b.pdf"),
                                        kind="photo", actor="u")
    assert second.sha256 == first.sha256 and stored.stat().st_ino == inode
    assert len(attachments.list_attachments(db, ref)) == 2


@pytest.mark.parametrize("name", ["../../x.pdf", "/etc/passwd", "C:\\Windows\\x.pdf", "CON",
                                  "nul.txt", "a:b", "trailing. ", "x" * 300 + ".pdf", "\x00evil"])
def test_hostile_names_stay_metadata(db, db_path, ref, tmp_path, name: str) -> None:
    source = _file(tmp_path, "scan.pdf", name.encode("utf-8", "replace"))
    saved = attachments.add_attachment(db, db_path, ref, source, kind="other", actor="u",
                                       name=name)
    assert "/" not in saved.original_name and "\\" not in saved.original_name
    assert "\x00" not in saved.original_name and len(saved.original_name) <= 200
    assert _inside(attachments_dir(db_path))


def test_planted_symlink_is_refused(db, db_path, ref, tmp_path) -> None:
    source = _file(tmp_path, "a.pdf", b"payload")
    import hashlib

    root = attachments_dir(db_path)
    root.mkdir()
    target = tmp_path / "outside.pdf"
    target.write_bytes(b"secret")
    (root / (hashlib.sha256(b"payload").hexdigest() + ".pdf")).symlink_to(target)
    with pytest.raises(StorageError):
        attachments.add_attachment(db, db_path, ref, source, kind="photo", actor="u")
    assert target.read_bytes() == b"secret"
    assert attachments.list_attachments(db, ref) == ()


def test_refusals_write_nothing(db, db_path, ref, tmp_path) -> None:
    source = _file(tmp_path, "a.pdf")
    with pytest.raises(ValidationFailed):
        attachments.add_attachment(db, db_path, ref, source, kind="bogus", actor="u")
    with pytest.raises(ValidationFailed):
        attachments.add_attachment(db, db_path, ref, tmp_path, kind="photo", actor="u")
    with pytest.raises(NotFound):
        attachments.add_attachment(db, db_path, "KYV-NOPE", source, kind="photo", actor="u")
    assert not attachments_dir(db_path).exists()


def test_stored_path_refuses_forged_hashes(db, db_path, ref, tmp_path) -> None:
    saved = attachments.add_attachment(db, db_path, ref, _file(tmp_path, "a.pdf"), kind="photo",
                                       actor="u")
    with pytest.raises(ValidationFailed):
        attachments.stored_path(db_path, dataclasses.replace(saved, sha256="../../etc/passwd"))
    attachments.stored_path(db_path, saved).unlink()
    with pytest.raises(NotFound):
        attachments.stored_path(db_path, saved)


@pytest.mark.parametrize(("name", "ok"), [
    ("act.pdf", True), ("CON", False), ("nul.txt", False), ("a:b", False), ("x.", False),
    ("x ", False), ("..", False), ("a/b", False), ("Фото 1.jpg", True), ("x" * 256, False)])
def test_portable_names(name: str, ok: bool) -> None:
    assert attachments.is_portable_name(name) is ok


@given(st.text(max_size=400))
def test_display_name_is_always_a_single_harmless_part(name: str) -> None:
    shown = attachments.display_name(name)
    assert shown and "/" not in shown and "\\" not in shown and len(shown) <= 200
    assert not any(ord(c) < 32 for c in shown)
