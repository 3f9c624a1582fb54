"""Health check, backups and the 'who else has the file open' session rows."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from aidtracker.errors import AidTrackerError
from aidtracker.paths import backup_dir
from aidtracker.services.listing import AttentionItem, needs_attention
from aidtracker.store import SCHEMA_VERSION, schema_version, sessions
from aidtracker.store.backup import (
    BackupInfo,
    backed_up_today,
    backup_into_dir,
    backup_to,
    last_backup,
    list_backups,
    prune,
)
from aidtracker.store.connection import as_storage_error
from aidtracker.store.restore import Restored, restore
from aidtracker.store.sessions import SessionInfo
from aidtracker.store.tempfiles import write_new_version

__all__ = ["BackupInfo", "Restored", "SessionInfo"]


@dataclass(frozen=True, slots=True)
class HealthReport:
    integrity: str
    foreign_key_problems: int
    schema_version: int
    supported_version: int
    shipments: int
    deadlines_due: list[AttentionItem] = field(default_factory=list)
    last_backup: tuple[str, str] | None = None  # (path, made_at) of the newest verified one

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.foreign_key_problems == 0


def check(db: Database, *, today: date | None = None) -> HealthReport:
    """Integrity, foreign keys, schema version, the deadlines overdue or at risk of every active
    shipment (the side panel's set queries, not a full load per shipment), the last backup."""
    conn = db.conn
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    fk = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    total = conn.execute("SELECT count(*) FROM shipment").fetchone()[0]
    attention = needs_attention(db, today or date.today(), max_shipments=max(total, 1))
    return HealthReport(integrity, fk, schema_version(db), SCHEMA_VERSION, total,
                        attention.deadlines, last_backup(db))


def backup(db: Database, target: Path) -> Path:
    """A verified copy at ``target`` (which must not exist yet)."""
    return backup_to(db, Path(target), reason="manual")


def storage_error(exc: sqlite3.Error, path: Path | str) -> AidTrackerError:
    """The one clear error for an SQLite failure on ``path`` (damaged file, disk full…)."""
    return as_storage_error(exc, path)


def save_file(target: Path, data: bytes, *, action: str) -> None:
    """Write a file for sharing (a PDF copy…) atomically with the user's usual permissions."""
    write_new_version(Path(target), data, action=action)


# --- automatic backups (R11) -----------------------------------------------------------


def backup_if_due(db: Database, path: Path, *, reason: str = "daily") -> Path | None:
    """A verified backup into the backup folder when none was made today (``daily``), or
    always (``closing``, after changes); then prune old automatic ones. Returns the new file."""
    if reason == "daily" and backed_up_today(db, backup_dir(Path(path))):
        return None
    made = backup_into_dir(db, backup_dir(Path(path)), Path(path).stem, reason=reason)
    prune(Path(path), db)
    return made


def backups(path: Path, db: Database | None = None) -> list[BackupInfo]:
    """The backups in the database's backup folder, newest first (``db`` adds the log's word)."""
    return list_backups(Path(path), db)


def restore_backup(backup_path: Path, target: Path, *, replace: bool = False) -> Restored:
    """Restore a backup into a new file, or over ``target`` with ``replace`` (kept first)."""
    return restore(Path(backup_path), Path(target), replace=replace)


# --- sessions: who else has the file open, without ghosts (R6, T4) --------------------------


def register_session(db: Database, program: str = "") -> int:
    return sessions.register(db, program)


def heartbeat(db: Database, session_id: int) -> None:
    sessions.heartbeat(db, session_id)


def end_session(db: Database, session_id: int) -> None:
    sessions.end(db, session_id)


def other_sessions(db: Database, session_id: int | None = None) -> list[SessionInfo]:
    """Live sessions of other programs on this file; ghosts are removed, never shown."""
    return sessions.live_sessions(db, exclude=session_id)


def live_sessions(db: Database) -> list[SessionInfo]:
    return sessions.live_sessions(db)


def is_demo(db: Database) -> bool:
    """True for a database made by the demo builder (the window marks it as demo data)."""
    row = db.conn.execute("SELECT value FROM setting WHERE key = 'demo'").fetchone()
    return bool(row) and str(row[0]) == "1"



def set_wait(db: Database, milliseconds: int) -> None:
    """How long a statement waits for another computer's lock before failing as "locked"
    (the window waits a moment, then shows that it waits and retries, so it never freezes)."""
    db.conn.execute(f"PRAGMA busy_timeout = {max(0, int(milliseconds))}")


def data_version(db: Database) -> int:
    """Changes when another connection committed to the file (a second open copy polls it)."""
    return int(db.conn.execute("PRAGMA data_version").fetchone()[0])
