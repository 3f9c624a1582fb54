"""Temporary files that never become litter (T11).

A file being written (an export, a PDF, a backup) is made beside its target under a recognisable
name, and a note naming it is kept in the data folder until it is renamed into place or removed.
When a process is killed half-way, the next start of AidTracker (window or command line) reads
the notes, sees that the writing process is gone, and removes the half-written file.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from aidtracker.errors import FileActionFailed
from aidtracker.paths import data_dir, fsync_dir
from aidtracker.store.connection import classify_os_error
from aidtracker.store.sessions import process_alive

MARK = ".aidtracker-part"


def _notes() -> Path:
    return data_dir() / "pending-writes"


def temp_beside(target: Path) -> Path:
    """Create an empty temporary file beside ``target`` (the user's umask applies) and note it."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{MARK}")
    note = _note_for(tmp)
    with contextlib.suppress(OSError):
        note.parent.mkdir(parents=True, exist_ok=True)
        note.write_text(str(tmp.resolve()), encoding="utf-8")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError:
        forget(tmp)
        raise
    os.close(fd)
    return tmp


def forget(tmp: Path) -> None:
    """The temporary file was renamed into place or removed: drop its note."""
    with contextlib.suppress(OSError):
        _note_for(tmp).unlink()


def discard(tmp: Path) -> None:
    """Remove a temporary file (if still there), its SQLite journal and its note."""
    for path in _with_journal(Path(tmp)):
        with contextlib.suppress(OSError):
            path.unlink()
    forget(tmp)


def _with_journal(tmp: Path) -> tuple[Path, Path]:
    """The file and the ``-journal`` that ``VACUUM INTO`` keeps beside it while writing."""
    return tmp, tmp.with_name(tmp.name + "-journal")


def sweep() -> int:
    """Remove the half-written files of processes that are gone; returns how many."""

    removed = 0
    try:
        notes = list(_notes().iterdir())
    except OSError:
        return 0
    for note in notes:
        pid = _pid(note.name)
        if pid is None or process_alive(pid):
            continue
        with contextlib.suppress(OSError, UnicodeError):
            tmp = Path(note.read_text(encoding="utf-8"))
            for path in _with_journal(tmp) if tmp.name.endswith(MARK) else ():
                if path.exists():
                    path.unlink()
                    removed += 1
        with contextlib.suppress(OSError):
            note.unlink()
    return removed


def place_new(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` to ``target`` only if nothing is there (never overwrites)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system: check, then rename
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.rename(tmp, target)
        forget(tmp)
        return
    discard(tmp)


def _note_for(tmp: Path) -> Path:
    """The note of a temporary file this process made: ``<pid>-<hash of its path>``."""
    key = uuid.uuid5(uuid.NAMESPACE_URL, str(Path(tmp).resolve())).hex
    return _notes() / f"{os.getpid()}-{key}"


def _pid(name: str) -> int | None:
    head = name.split("-", 1)[0]
    return int(head) if head.isdigit() else None


def write_new_version(target: Path, data: bytes, *, action: str) -> None:
    """Replace ``target`` with ``data`` atomically (temporary file, fsync, rename); the file
    gets the user's usual permissions (umask), never owner-only.

    Raises :class:`FileActionFailed` naming ``action`` (pdf, export…), the file and the cause;
    the previous file is then unchanged and no temporary file is left.
    """

    target = Path(target)
    tmp: Path | None = None
    try:
        tmp = temp_beside(target)
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        forget(tmp)
        fsync_dir(target.parent)
    except OSError as exc:
        if tmp is not None:
            discard(tmp)
        raise FileActionFailed(action=action, path=str(target), reason=classify_os_error(exc),
                               detail=str(exc)) from exc
