"""Backups by ``VACUUM INTO`` a new file, verified before they count (R11, T15)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from aidtracker.errors import BackupFailed
from aidtracker.paths import fsync_file
from aidtracker.store.connection import APPLICATION_ID, _uri


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def backup_to(db: Database, target: Path, *, reason: str) -> Path:
    """Copy the live database to ``target`` (which must not exist), fsync and verify it.

    A backup that fails or does not verify is removed and raises :class:`BackupFailed`;
    a file that was there before is never touched.
    """
    target = Path(target)
    if target.exists():
        raise BackupFailed(path=str(target), reason="exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    if db.conn.in_transaction:
        raise BackupFailed(path=str(target), reason="transaction open")
    try:
        db.conn.execute("VACUUM INTO ?", (str(target),))
        fsync_file(target)
        verify_backup(target)
    except (sqlite3.Error, OSError, BackupFailed) as exc:
        if "already exists" not in str(exc) and target.exists():
            target.unlink()  # our own half-made or unverified file: it never counts as a backup
        why = exc.params.get("reason") if isinstance(exc, BackupFailed) else str(exc)
        raise BackupFailed(path=str(target), reason=str(why)) from exc
    _record(db, target, reason)
    return target


def backup_into_dir(db: Database, folder: Path, stem: str, *, reason: str) -> Path:
    """A timestamped backup in ``folder``; names are unique, nothing is overwritten."""
    return backup_to(db, Path(folder) / f"{stem}-{reason}-{timestamp()}.db", reason=reason)


def verify_backup(path: Path) -> None:
    """Open read-only: integrity, application id and foreign keys must hold."""
    conn = sqlite3.connect(_uri(path, "ro"), uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        fk_problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise BackupFailed(path=str(path), reason="application id differs")
    if integrity != "ok":
        raise BackupFailed(path=str(path), reason=f"integrity: {integrity}")
    if fk_problems:
        raise BackupFailed(path=str(path), reason="foreign key problems")


def _record(db: Database, target: Path, reason: str) -> None:
    if not db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'backup_log'"
    ).fetchone():
        return
    from aidtracker.store.tx import unit_of_work

    with unit_of_work(db):
        db.conn.execute(
            "INSERT INTO backup_log (path, made_at, size, reason, verified) VALUES (?, ?, ?, ?, 1)",
            (str(target), datetime.now(UTC).isoformat(timespec="seconds"),
             target.stat().st_size, reason),
        )


def last_backup(db: Database) -> tuple[str, str] | None:
    """(path, made_at) of the newest verified backup, if any."""
    row = db.conn.execute(
        "SELECT path, made_at FROM backup_log WHERE verified = 1 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row else None
