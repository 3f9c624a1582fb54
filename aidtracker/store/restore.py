"""Restore a verified backup into a new file, or over the current one (R12, T15).

The backup is verified, copied with ``VACUUM INTO`` to a temporary file beside the target,
verified again and renamed into place. Over an existing file only with ``replace``: then the
current file is kept first (a verified backup, or set aside as it is when it cannot be read)
and the restore is refused while another live session has it open.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from aidtracker.errors import (
    AidTrackerError,
    BackupFailed,
    FileActionFailed,
    RestoreRefused,
)
from aidtracker.paths import backup_dir, fsync_dir, fsync_file
from aidtracker.store import open_database, tempfiles
from aidtracker.store.backup import backup_into_dir, timestamp, verify_backup
from aidtracker.store.connection import classify_os_error, connect_readonly
from aidtracker.store.sessions import live_sessions


@dataclass(frozen=True, slots=True)
class Restored:
    """Where the backup went and where the replaced file was kept (None for a new file)."""

    target: Path
    kept: Path | None


def restore(backup: Path, target: Path, *, replace: bool = False) -> Restored:
    """Restore ``backup`` to ``target``; see the module docstring.

    Raises:
        BackupFailed: the backup does not verify.
        RestoreRefused: ``target`` exists without ``replace``, is the backup itself, or is
            open in another live session.
        FileActionFailed: the copy could not be written (disk full, no permission…).
    """
    backup, target = Path(backup), Path(target)
    verify_backup(backup)
    if backup.resolve() == target.resolve():
        raise RestoreRefused(path=str(target), reason="same_file", detail="")
    kept = None
    if target.exists():
        if not replace:
            raise RestoreRefused(path=str(target), reason="exists", detail="")
        kept = _keep_current(target)
    tmp = _copy(backup, target)
    try:
        if kept is None:
            tempfiles.place_new(tmp, target)
        else:
            os.replace(tmp, target)
            tempfiles.forget(tmp)
        fsync_dir(target.parent)
    except FileExistsError as exc:
        tempfiles.discard(tmp)
        raise RestoreRefused(path=str(target), reason="exists", detail="") from exc
    except OSError as exc:
        tempfiles.discard(tmp)
        raise FileActionFailed(action="restore", path=str(target),
                               reason=classify_os_error(exc), detail=str(exc)) from exc
    return Restored(target, kept)


def _copy(backup: Path, target: Path) -> Path:
    """A verified copy of ``backup`` under a temporary name beside ``target``."""
    tmp: Path | None = None
    try:
        tmp = tempfiles.temp_beside(target)
        tmp.unlink()  # VACUUM INTO writes a new file
        conn = connect_readonly(backup)
        try:
            conn.execute("VACUUM INTO ?", (str(tmp),))
        finally:
            conn.close()
        fsync_file(tmp)
        verify_backup(tmp)
    except (OSError, sqlite3.Error, BackupFailed) as exc:
        if tmp is not None:
            tempfiles.discard(tmp)
        raise FileActionFailed(action="restore", path=str(target),
                               reason=classify_os_error(exc), detail=str(exc)) from exc
    return tmp


def _keep_current(target: Path) -> Path:
    """Keep the file about to be replaced: a verified backup, or the file set aside as is."""

    try:
        db = open_database(target, upgrade=False)
    except AidTrackerError:
        return _set_aside(target)  # damaged or foreign: keep its bytes untouched, renamed
    try:
        others = live_sessions(db)
        if others:
            who = ", ".join(f"{s.user}@{s.host} ({s.program or 'pid ' + str(s.pid)})"
                            for s in others)
            raise RestoreRefused(path=str(target), reason="in_use", detail=who)
        return backup_into_dir(db, backup_dir(target), target.stem, reason="before-restore")
    finally:
        db.close()


def _set_aside(target: Path) -> Path:
    folder = backup_dir(target)
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"{target.stem}-set-aside-{timestamp()}{target.suffix or '.db'}"
    os.rename(target, aside)
    journal = target.with_name(target.name + "-journal")
    if journal.exists():
        os.rename(journal, aside.with_name(aside.name + "-journal"))
    fsync_dir(folder)
    return aside
