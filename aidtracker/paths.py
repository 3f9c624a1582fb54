"""Where AidTracker keeps its files (data folder, portable mode) and how it makes writes durable."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "AidTracker"
DB_NAME = "aidtracker.db"
PORTABLE_MARKER = "portable"


def program_dir() -> Path:
    """The folder of the running program (the executable when frozen)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[1]


def is_portable() -> bool:
    """True when a ``portable`` marker file lies next to the frozen executable."""
    return bool(getattr(sys, "frozen", False)) and (program_dir() / PORTABLE_MARKER).exists()


def data_dir() -> Path:
    """Data folder: ``AIDTRACKER_HOME``, else beside the program in portable mode, else per user."""
    override = os.environ.get("AIDTRACKER_HOME")
    if override:
        return Path(override)
    if is_portable():
        return program_dir() / "data"
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / DB_NAME


def backup_dir(db_path: Path) -> Path:
    """Backups go to a folder of their own beside the database file (never over it)."""
    return db_path.resolve().parent / f"{db_path.stem}-backups"


def attachments_dir(db_path: Path) -> Path:
    """Attachments are stored by content hash in a folder of their own beside the database."""
    return db_path.resolve().parent / f"{db_path.stem}-attachments"


def fsync_file(path: Path) -> None:
    """Flush a written file's bytes to the disk (opened for writing: Windows requires it)."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) to the disk; a no-op where not supported."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
