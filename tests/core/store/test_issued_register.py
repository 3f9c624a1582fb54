"""The register of issued documents in the store: migration of older databases, the one-valid-
original rule and the identity of an issued document enforced by the schema itself."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from aidtracker.store import issued as register
from aidtracker.store import open_database, unit_of_work

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def migrated(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "office.db"
    shutil.copyfile(FIXTURES / "db_v3.sqlite", path)
    db = open_database(path)
    yield db
    db.close()


def test_older_second_originals_become_superseded_and_reprints_copies(migrated) -> None:
    rows = {r.number: r for r in register.register(migrated, 1)}
    assert set(rows) == {"KYV-2026-0001/D6-1", "KYV-2026-0001/D6-2"}
    first, second = rows["KYV-2026-0001/D6-1"], rows["KYV-2026-0001/D6-2"]
    assert (first.status, first.superseded_by, first.copies) == (
        "superseded", "KYV-2026-0001/D6-2", 1)
    assert first.supersede_reason.startswith("second original issued before the register")
    assert (second.status, second.scope) == ("valid", "shipment")
    assert register.by_number(migrated, "KYV-2026-0001/D6-1/copy-1") is None  # a copy


def test_the_schema_keeps_one_valid_original_and_never_rewrites_one(migrated) -> None:
    with pytest.raises(sqlite3.IntegrityError), unit_of_work(migrated):
        migrated.conn.execute(
            "INSERT INTO issued_document (shipment_id, kind, number, lang, sha256, issued_at,"
            " issued_by) VALUES (1, 'handover', 'X/D6-9', 'uk-en', 'cd', 't', 'me')")
    with pytest.raises(sqlite3.IntegrityError, match="never rewritten"), unit_of_work(migrated):
        migrated.conn.execute("UPDATE issued_document SET sha256 = 'ee' WHERE id = 2")
    with pytest.raises(sqlite3.IntegrityError, match="only a valid"), unit_of_work(migrated):
        migrated.conn.execute("UPDATE issued_document SET status = 'valid' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"), unit_of_work(migrated):
        migrated.conn.execute("DELETE FROM issued_document WHERE id = 1")
