"""Backups by ``VACUUM INTO`` a temporary file, verified, then renamed into place (R11, T15).

A file at a backup's name is always a complete, verified copy: the copy is written under a
temporary name beside it and renamed only after ``integrity_check``, the application id and the
foreign keys held. Automatic backups go to the database's own backup folder
(``paths.backup_dir``) and are pruned by :func:`prune`; manual ones are never pruned.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlite_utils import Database

from aidtracker.errors import BackupFailed
from aidtracker.paths import backup_dir, fsync_dir, fsync_file
from aidtracker.store import tempfiles
from aidtracker.store.connection import APPLICATION_ID, classify_os_error, connect_readonly
from aidtracker.store.tx import unit_of_work

AUTOMATIC = ("daily", "closing")  # the kinds that retention may prune
KEEP_DAILY, KEEP_MONTHLY, KEEP_LAST = 7, 12, 3


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: ``time`` ISO 8601 (UTC), ``verified`` as recorded or re-checked."""

    path: Path
    time: str
    size: int
    verified: bool
    reason: str


def timestamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")


def backup_to(db: Database, target: Path, *, reason: str) -> Path:
    """Copy the live database to ``target`` (which must not exist), verified before it counts.

    Raises :class:`BackupFailed` (``reason`` exists | full | readonly | io | a verification
    failure); nothing is then left at ``target`` and a file that was there is never touched.
    """
    target = Path(target)
    if target.exists():
        raise BackupFailed(path=str(target), reason="exists")
    if db.conn.in_transaction:
        raise BackupFailed(path=str(target), reason="transaction open")
    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = tempfiles.temp_beside(target)
        tmp.unlink()  # VACUUM INTO refuses an existing file; the note stays until placed
        db.conn.execute("VACUUM INTO ?", (str(tmp),))
        fsync_file(tmp)
        verify_backup(tmp)
        tempfiles.place_new(tmp, target)
        fsync_dir(target.parent)
    except FileExistsError as exc:
        _drop(tmp)
        raise BackupFailed(path=str(target), reason="exists") from exc
    except (sqlite3.Error, OSError) as exc:
        _drop(tmp)
        raise BackupFailed(path=str(target), reason=classify_os_error(exc)) from exc
    except BackupFailed as exc:
        _drop(tmp)
        raise BackupFailed(path=str(target), reason=str(exc.params.get("reason"))) from exc
    _record(db, target, reason)
    return target


def _drop(tmp: Path | None) -> None:
    if tmp is not None:
        tempfiles.discard(tmp)


def backup_into_dir(db: Database, folder: Path, stem: str, *, reason: str) -> Path:
    """A timestamped backup in ``folder``; names are unique, nothing is overwritten."""
    return backup_to(db, Path(folder) / f"{stem}-{reason}-{timestamp()}.db", reason=reason)


def verify_backup(path: Path) -> None:
    """Open read-only: integrity, application id and foreign keys must hold."""
    try:
        conn = connect_readonly(Path(path))
    except sqlite3.Error as exc:
        raise BackupFailed(path=str(path), reason="unreadable") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        fk_problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupFailed(path=str(path), reason="damaged") from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise BackupFailed(path=str(path), reason="application id differs")
    if integrity != "ok":
        raise BackupFailed(path=str(path), reason="damaged")
    if fk_problems:
        raise BackupFailed(path=str(path), reason="foreign key problems")


def _record(db: Database, target: Path, reason: str) -> None:
    if not db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'backup_log'"
    ).fetchone():
        return

    with unit_of_work(db):
        db.conn.execute(
            "INSERT INTO backup_log (path, made_at, size, reason, verified) VALUES (?, ?, ?, ?, 1)",
            (str(target.resolve()), datetime.now(UTC).isoformat(timespec="seconds"),
             target.stat().st_size, reason),
        )


def last_backup(db: Database) -> tuple[str, str] | None:
    """(path, made_at) of the newest verified backup, if any."""
    row = db.conn.execute(
        "SELECT path, made_at FROM backup_log WHERE verified = 1 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row else None


def backed_up_today(db: Database, folder: Path, today: date | None = None) -> bool:
    """Whether a verified backup was made today (local date) into ``folder`` and is still
    there (a copied database carries its log, but not its backups)."""
    today = today or date.today()
    folder = Path(folder).resolve()
    rows = db.conn.execute(
        "SELECT path, made_at FROM backup_log WHERE verified = 1 ORDER BY id DESC LIMIT 20")
    for path, made_at in rows:
        when = _parse(made_at)
        if (when is not None and when.astimezone().date() == today and Path(path).exists()
                and Path(path).resolve().parent == folder):
            return True
    return False


def list_backups(db_path: Path, db: Database | None = None) -> list[BackupInfo]:
    """The backups in the database's backup folder, newest first.

    ``verified`` is True for files the log recorded as verified with the same size; files the
    log does not know (or every file, when ``db`` is None) are verified now.
    """
    folder = backup_dir(Path(db_path))
    log = _log(db)
    found: list[BackupInfo] = []
    for path in sorted(folder.glob("*.db")) if folder.is_dir() else ():
        if path.name.startswith("."):
            continue
        size = path.stat().st_size
        made_at, reason, verified = log.get(str(path.resolve()), ("", "", False))
        if not made_at or not verified:
            verified = _verifies(path)
            made_at = made_at or datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(
                timespec="seconds")
        found.append(BackupInfo(path.resolve(), made_at, size, verified,
                                reason or _reason_from_name(path)))
    return sorted(found, key=lambda b: (b.time, str(b.path)), reverse=True)


def _log(db: Database | None) -> dict[str, tuple[str, str, bool]]:
    if db is None:
        return {}
    try:
        rows = db.conn.execute("SELECT path, made_at, reason, verified, size FROM backup_log")
        return {p: (m, r, bool(v) and Path(p).exists() and Path(p).stat().st_size == s)
                for p, m, r, v, s in rows}
    except (sqlite3.Error, OSError):
        return {}


def _verifies(path: Path) -> bool:
    try:
        verify_backup(path)
    except BackupFailed:
        return False
    return True


def _reason_from_name(path: Path) -> str:
    for kind in (*AUTOMATIC, "pre-migration", "before-restore", "manual"):
        if f"-{kind}-" in path.name:
            return kind
    return "manual"


def prune(db_path: Path, db: Database | None = None, *, keep_daily: int = KEEP_DAILY,
          keep_monthly: int = KEEP_MONTHLY, keep_last: int = KEEP_LAST) -> list[Path]:
    """Remove automatic backups beyond retention; returns the removed paths.

    Kept: the newest of each of the last ``keep_daily`` days and ``keep_monthly`` months, the
    ``keep_last`` newest verified backups, and every backup that is not automatic.
    """
    backups = list_backups(db_path, db)  # newest first
    keep = {b.path for b in backups if b.reason not in AUTOMATIC}
    keep |= {b.path for b in [b for b in backups if b.verified][:keep_last]}
    for width, count in ((10, keep_daily), (7, keep_monthly)):  # YYYY-MM-DD, YYYY-MM
        periods: dict[str, Path] = {}
        for b in backups:
            if b.verified:
                periods.setdefault(_local(b.time)[:width], b.path)
        keep |= set(list(periods.values())[:count])
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                os.unlink(b.path)
            except OSError:
                continue
            removed.append(b.path)
    return removed


def _local(iso: str) -> str:
    when = _parse(iso)
    return when.astimezone().isoformat() if when else iso


def _parse(text: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
