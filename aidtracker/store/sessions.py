"""Session rows: who has the database open, kept free of ghosts (R6, T4).

Every process that writes registers one row (host, user, pid, program, since) and refreshes its
heartbeat. A row is a ghost when its process is gone on this computer (the pid is not running,
or is now another program started after the row) or when its heartbeat is older than
:data:`STALE_AFTER` (another computer that crashed or lost the share). Ghosts are never shown and
are deleted whenever the list is read.
"""

from __future__ import annotations

import getpass
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psutil
from sqlite_utils import Database

from aidtracker.errors import StorageError
from aidtracker.store.tx import unit_of_work

STALE_AFTER = timedelta(minutes=3)  # the window beats every minute
_SLACK = timedelta(seconds=2)  # clock granularity between process start and its registration


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """One live session: ``since`` and ``heartbeat`` are ISO 8601 in UTC."""

    id: int
    host: str
    pid: int
    user: str
    since: str
    heartbeat: str
    program: str = ""


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime | None = None) -> str:
    return (moment or _now()).isoformat(timespec="seconds")


def host_name() -> str:
    return socket.gethostname()


def user_name() -> str:
    """The operating-system user (the person at the keyboard)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME", "") or "unknown"


def program_name() -> str:
    """A short description of this process, e.g. ``aidtracker advance``."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")][:1]
    return " ".join(["aidtracker", *args])


def register(db: Database, program: str = "") -> int:
    """Add this process's row; returns its id."""
    with unit_of_work(db):
        cur = db.conn.execute(
            "INSERT INTO session (host, pid, user, since, heartbeat, program)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (host_name(), os.getpid(), user_name(), _stamp(), _stamp(),
             program or program_name()),
        )
        return int(cur.lastrowid or 0)


def join_write(db: Database, program: str) -> None:
    """Inside a write transaction: add this process's row if it has none (rolled back with
    the transaction, so a refused command leaves the file exactly as it was)."""
    columns = {r[1] for r in db.conn.execute("PRAGMA table_info(session)")}
    if "program" not in columns:
        return  # an older schema being migrated
    if db.conn.execute("SELECT 1 FROM session WHERE host = ? AND pid = ?",
                       (host_name(), os.getpid())).fetchone() is None:
        db.conn.execute(
            "INSERT INTO session (host, pid, user, since, heartbeat, program)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (host_name(), os.getpid(), user_name(), _stamp(), _stamp(), program))


def leave(db: Database) -> bool:
    """Remove this process's rows; True when there were any (it wrote something)."""
    found = db.conn.execute("SELECT id FROM session WHERE host = ? AND pid = ?",
                            (host_name(), os.getpid())).fetchall()
    if found:
        with unit_of_work(db):
            db.conn.execute("DELETE FROM session WHERE host = ? AND pid = ?",
                            (host_name(), os.getpid()))
    return bool(found)


def heartbeat(db: Database, session_id: int) -> None:
    with unit_of_work(db):
        db.conn.execute("UPDATE session SET heartbeat = ? WHERE id = ?", (_stamp(), session_id))


def end(db: Database, session_id: int) -> None:
    with unit_of_work(db):
        db.conn.execute("DELETE FROM session WHERE id = ?", (session_id,))


def live_sessions(db: Database, exclude: int | None = None) -> list[SessionInfo]:
    """The live sessions (oldest first), without ``exclude``; ghosts are removed on the way.

    Removing needs a write; when the file is locked or read-only the ghosts are only hidden.
    """
    rows = [SessionInfo(*r) for r in db.conn.execute(
        "SELECT id, host, pid, user, since, heartbeat, program FROM session ORDER BY since, id")]
    ghosts = [s.id for s in rows if is_ghost(s)]
    if ghosts and not db.conn.in_transaction:
        try:
            with unit_of_work(db):
                db.conn.executemany("DELETE FROM session WHERE id = ?", [(i,) for i in ghosts])
        except StorageError:
            pass  # hidden now, removed by the next reader that can write
    return [s for s in rows if s.id not in ghosts and s.id != exclude]


def is_ghost(session: SessionInfo) -> bool:
    """True when the row's process is gone (same computer) or its heartbeat is stale."""
    beat = _parse(session.heartbeat)
    if beat is None or _now() - beat > STALE_AFTER:
        return True
    if session.host != host_name():
        return False
    return not process_alive(session.pid, _parse(session.since))


def process_alive(pid: int, since: datetime | None = None) -> bool:
    """Whether ``pid`` runs here and started before ``since`` (else the pid was reused)."""
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False  # killed, not yet reaped by its parent
        started = datetime.fromtimestamp(process.create_time(), UTC)
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:
        return True  # exists but not ours to inspect: assume alive
    return since is None or started <= since + _SLACK


def _parse(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
