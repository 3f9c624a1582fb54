"""Health check, backups and the 'who else has the file open' session rows."""

from __future__ import annotations

import getpass
import os
import socket
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from aidtracker.services.listing import AttentionItem, needs_attention
from aidtracker.store import SCHEMA_VERSION, schema_version, unit_of_work
from aidtracker.store.audit import now, stamp
from aidtracker.store.backup import backup_to, last_backup


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


# --- sessions: who else has the file open (R6) ---------------------------------------------

STALE_AFTER = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: int
    host: str
    pid: int
    user: str
    since: str
    heartbeat: str


def register_session(db: Database) -> int:
    with unit_of_work(db):
        cur = db.conn.execute(
            "INSERT INTO session (host, pid, user, since, heartbeat) VALUES (?, ?, ?, ?, ?)",
            (socket.gethostname(), os.getpid(), _user(), stamp(), stamp()),
        )
        return int(cur.lastrowid or 0)


def heartbeat(db: Database, session_id: int) -> None:
    with unit_of_work(db):
        db.conn.execute("UPDATE session SET heartbeat = ? WHERE id = ?", (stamp(), session_id))


def end_session(db: Database, session_id: int) -> None:
    with unit_of_work(db):
        db.conn.execute("DELETE FROM session WHERE id = ?", (session_id,))


def other_sessions(db: Database, session_id: int | None = None) -> list[SessionInfo]:
    """Live sessions of other programs on this file (stale heartbeats are ignored)."""
    cutoff = (now() - STALE_AFTER).isoformat(timespec="seconds")
    rows = db.conn.execute(
        "SELECT id, host, pid, user, since, heartbeat FROM session"
        " WHERE heartbeat >= ? AND id IS NOT ? ORDER BY since", (cutoff, session_id),
    ).fetchall()
    return [SessionInfo(*r) for r in rows]


def is_demo(db: Database) -> bool:
    """True for a database made by the demo builder (the window marks it as demo data)."""
    row = db.conn.execute("SELECT value FROM setting WHERE key = 'demo'").fetchone()
    return bool(row) and str(row[0]) == "1"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def set_wait(db: Database, milliseconds: int) -> None:
    """How long a statement waits for another computer's lock before failing as "locked"
    (the window waits a moment, then shows that it waits and retries, so it never freezes)."""
    db.conn.execute(f"PRAGMA busy_timeout = {max(0, int(milliseconds))}")


def data_version(db: Database) -> int:
    """Changes when another connection committed to the file (a second open copy polls it)."""
    return int(db.conn.execute("PRAGMA data_version").fetchone()[0])
