"""Opening, refusing, migrating and backing up the database file (RELIABILITY R1, R2, T6, T14)."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from aidtracker.catalogue import error_text
from aidtracker.errors import BackupFailed, DatabaseRefused, StorageError
from aidtracker.paths import backup_dir
from aidtracker.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    create_database,
    open_database,
    schema_version,
    unit_of_work,
)
from aidtracker.store.backup import backup_to, verify_backup
from aidtracker.store.connection import connection_settings
from aidtracker.store.schema import STEPS


def _schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(
            (r[0], r[1] or "")
            for r in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        )
    finally:
        conn.close()


def test_new_database_has_our_identity_and_settings(db_path: Path) -> None:
    db = create_database(db_path)
    try:
        assert db.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert schema_version(db) == SCHEMA_VERSION == len(STEPS)
        settings = connection_settings(db)
        assert settings == {"foreign_keys": 1, "busy_timeout": 10_000, "synchronous": 3,
                            "journal_mode": "delete", "trusted_schema": 0}
        assert sqlite3.sqlite_version_info >= (3, 37)
    finally:
        db.close()
    db = open_database(db_path)
    try:
        assert connection_settings(db)["foreign_keys"] == 1
        assert connection_settings(db)["synchronous"] == 3
    finally:
        db.close()


def test_new_database_never_reuses_a_file(tmp_path: Path, sha256) -> None:
    existing = tmp_path / "x.db"
    existing.write_bytes(b"")
    with pytest.raises(StorageError) as info:
        create_database(existing)
    assert info.value.params["reason"] == "exists"
    assert existing.read_bytes() == b""
    other = tmp_path / "y.db"
    other.write_text("precious")
    before = sha256(other)
    with pytest.raises(StorageError):
        create_database(other)
    assert sha256(other) == before


def test_missing_file_is_never_created(tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert info.value.params["reason"] == "missing"
    assert not path.exists()


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.execute("INSERT INTO notes VALUES ('someone else''s data')")
    conn.commit()
    conn.close()


def _xlsx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")


def _ours(path: Path, **pragmas: int) -> None:
    create_database(path).close()
    conn = sqlite3.connect(path)
    for name, value in pragmas.items():
        conn.execute(f"PRAGMA {name} = {value}")
    conn.commit()
    conn.close()


def _damage(path: Path, offset: int, length: int = 64) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, min(offset + length, len(data))):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    _ours(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _header_zeroed(path: Path) -> None:
    _ours(path)
    data = bytearray(path.read_bytes())
    data[:16] = bytes(16)
    path.write_bytes(bytes(data))


def _flipped_page(path: Path) -> None:
    _ours(path)
    _damage(path, 100, 40)  # the b-tree header of the schema page


CASES = {
    "empty": (lambda p: p.write_bytes(b""), "empty"),
    "foreign": (_foreign, "foreign"),
    "xlsx renamed": (_xlsx, "not_a_database"),
    "text file": (lambda p: p.write_text("hello " * 2000), "not_a_database"),
    "newer schema": (lambda p: _ours(p, user_version=SCHEMA_VERSION + 1), "newer_schema"),
    "other application id": (lambda p: _ours(p, application_id=12345), "foreign"),
    "header zeroed": (_header_zeroed, "not_a_database"),
    "truncated": (_truncated, "corrupt"),
    "flipped bytes in a page": (_flipped_page, "corrupt"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_files_stay_byte_for_byte(tmp_path: Path, sha256, case: str) -> None:
    make, reason = CASES[case]
    path = tmp_path / "target.db"
    make(path)
    before = sha256(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseRefused) as info:
        open_database(path)
    assert info.value.params["reason"] == reason
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # nothing created
    assert str(path) in error_text(info.value, "en")


def test_hot_journal_is_recovered_with_every_committed_row(db_path: Path) -> None:
    db = create_database(db_path)
    with unit_of_work(db):
        db.conn.execute("INSERT INTO setting (key, value) VALUES ('committed', 'yes')")
    db.close()
    db = open_database(db_path)
    assert db.conn.execute("SELECT value FROM setting WHERE key = 'committed'").fetchone() == (
        "yes",)
    db.close()


@pytest.mark.parametrize("stop_before", STEPS[1:])
def test_migrates_from_each_earlier_schema_with_a_verified_backup(
    tmp_path: Path, stop_before: str
) -> None:
    old = tmp_path / "old.db"
    create_database(old, stop_before=stop_before).close()
    early = schema_version_of(old)
    assert early == STEPS.index(stop_before)
    fresh = tmp_path / "fresh.db"
    create_database(fresh).close()
    db = open_database(old)
    try:
        assert schema_version(db) == SCHEMA_VERSION
    finally:
        db.close()
    assert _schema(old) == _schema(fresh)
    backups = list(backup_dir(old).iterdir())
    assert len(backups) == 1
    verify_backup(backups[0])
    assert schema_version_of(backups[0]) == early
    db = open_database(old)  # a second open has nothing to do: no new backup
    db.close()
    assert len(list(backup_dir(old).iterdir())) == 1


def test_migration_from_an_empty_file_is_create(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    create_database(path).close()
    assert schema_version_of(path) == SCHEMA_VERSION
    assert not backup_dir(path).exists()  # nothing to back up in a new file


def test_failed_migration_step_leaves_the_old_version(tmp_path: Path, monkeypatch) -> None:
    from aidtracker.store import schema

    old = tmp_path / "old.db"
    create_database(old, stop_before=STEPS[-1]).close()
    last = schema.migrations._migrations[-1]

    def broken(db: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(last, "fn", broken)
    with pytest.raises(RuntimeError):
        open_database(old)
    assert schema_version_of(old) == len(STEPS) - 1
    monkeypatch.undo()
    db = open_database(old)
    assert schema_version(db) == SCHEMA_VERSION
    db.close()


def schema_version_of(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_backup_is_verified_and_never_overwrites(db, tmp_path: Path, sha256) -> None:
    target = tmp_path / "copy.db"
    backup_to(db, target, reason="test")
    verify_backup(target)
    assert db.conn.execute("SELECT count(*) FROM backup_log").fetchone()[0] == 1
    before = sha256(target)
    with pytest.raises(BackupFailed):
        backup_to(db, target, reason="again")
    assert sha256(target) == before


def test_audit_and_events_are_append_only(db) -> None:
    with unit_of_work(db):
        db.conn.execute("INSERT INTO audit (at, actor, entity, entity_id, action)"
                        " VALUES ('2026-01-01', 'x', 'y', '1', 'create')")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"), unit_of_work(db):
        db.conn.execute("UPDATE audit SET actor = 'z'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"), unit_of_work(db):
        db.conn.execute("DELETE FROM audit")
    assert db.conn.execute("SELECT actor FROM audit").fetchall() == [("x",)]


def test_strict_tables_refuse_floats(db) -> None:
    with pytest.raises(sqlite3.IntegrityError), unit_of_work(db):
        db.conn.execute("INSERT INTO number_series (series, year, last) VALUES ('x', 2026, 1.5)")


def test_storage_error_when_the_file_is_locked(db_path: Path) -> None:
    db = create_database(db_path)
    other = open_database(db_path)
    other.conn.execute("PRAGMA busy_timeout = 50")
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError) as info, unit_of_work(other):
            pass
        assert info.value.params["reason"] == "locked"
        db.conn.execute("ROLLBACK")
    finally:
        db.close()
        other.close()


def test_open_for_window_checks_identity_and_leaves_migrations(tmp_path: Path, sha256) -> None:
    from aidtracker.store import open_for_window

    old = tmp_path / "old.db"
    create_database(old, stop_before=STEPS[-1]).close()
    before = sha256(old)
    assert open_for_window(old) is None  # only open_database migrates, after a backup
    assert sha256(old) == before
    foreign = tmp_path / "foreign.db"
    _foreign(foreign)
    with pytest.raises(DatabaseRefused):
        open_for_window(foreign)
    current = tmp_path / "current.db"
    create_database(current).close()
    db = open_for_window(current)
    assert db is not None and connection_settings(db)["foreign_keys"] == 1
    db.close()
