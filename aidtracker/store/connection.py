"""The one connection factory: every SQLite connection of AidTracker is made here (R1, R2, T17)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from aidtracker.errors import DatabaseRefused, StorageError

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x41494454  # "AIDT"
MIN_SQLITE = (3, 37, 0)  # STRICT tables; FTS5 trigram needs 3.34
BUSY_TIMEOUT_MS = 10_000
JOURNAL_MODE = "delete"  # safe on an office network share, where WAL is not (RELIABILITY.md)
SYNCHRONOUS_EXTRA = 3


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def connect(path: Path) -> Database:
    """Connect to an existing file with ``mode=rw`` (never creates one) and set our pragmas."""
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        raise DatabaseRefused(
            path=str(path), reason="sqlite_too_old", detail=sqlite3.sqlite_version
        )
    if not path.exists():
        raise StorageError(path=str(path), reason="missing", detail="")
    if path.is_dir():
        raise DatabaseRefused(path=str(path), reason="not_a_database", detail="a folder")
    try:
        conn = sqlite3.connect(_uri(path, "rw"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.OperationalError as exc:
        raise StorageError(path=str(path), reason=classify(exc), detail=str(exc)) from exc
    from sqlite_utils import Database  # lazy: the first page is read before sqlite-utils loads

    db = Database(conn, recursive_triggers=False, execute_plugins=False, strict=True)
    return db


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``) to check a backup; never creates or changes a file."""
    return sqlite3.connect(_uri(Path(path), "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def database_path(conn: sqlite3.Connection) -> str:
    """The file behind a connection (for messages that name it)."""
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return ""
    return str(row[2]) if row else ""


def apply_pragmas(db: Database) -> None:
    """Pragmas of every connection: foreign keys, busy timeout, EXTRA sync, untrusted schema."""
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA trusted_schema = OFF")
    mode = conn.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}").fetchone()[0]
    if str(mode).lower() != JOURNAL_MODE:
        raise StorageError(path=database_path(conn), reason="locked",
                           detail=f"journal mode stays {mode}")
    conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS_EXTRA}")


def connection_settings(db: Database) -> dict[str, object]:
    """What the connection really uses (for tests and ``aidtracker check``)."""
    conn = db.conn
    return {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in (
            "foreign_keys", "busy_timeout", "synchronous", "journal_mode", "trusted_schema"
        )
    }


def classify(exc: sqlite3.Error) -> str:
    """Map an SQLite error to a StorageError reason the user can act on."""
    text = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", "") or ""
    if "full" in text or name == "SQLITE_FULL":
        return "full"
    if "locked" in text or "busy" in text or name.startswith("SQLITE_BUSY"):
        return "locked"
    if "readonly" in text or "read-only" in text or name.startswith("SQLITE_READONLY"):
        return "readonly"
    if "unable to open" in text:
        return "missing" if "no such" in text else "io"
    return "io"


_ERRNO_REASONS = {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EFBIG: "full",
                  errno.EACCES: "readonly", errno.EPERM: "readonly", errno.EROFS: "readonly",
                  errno.ENOENT: "missing", errno.EBUSY: "locked", errno.ETXTBSY: "locked"}


def classify_os_error(exc: BaseException) -> str:
    """A reason (full | readonly | missing | locked | io) for a failed file or SQLite write."""
    if isinstance(exc, OSError):
        return _ERRNO_REASONS.get(exc.errno or 0, "io")
    if isinstance(exc, sqlite3.Error):
        return classify(exc)
    return "io"


def as_storage_error(exc: sqlite3.Error, path: Path | str) -> StorageError | DatabaseRefused:
    """The one clear error for an SQLite failure met while using ``path``: a damaged file is
    refused (``corrupt`` / ``not_a_database``), anything else is a storage problem."""
    text = str(exc).lower()
    if "malformed" in text or "corrupt" in text:
        return DatabaseRefused(path=str(path), reason="corrupt", detail=str(exc))
    if "not a database" in text:
        return DatabaseRefused(path=str(path), reason="not_a_database", detail=str(exc))
    return StorageError(path=str(path), reason=classify(exc), detail=str(exc))


def claim_new_file(path: Path) -> None:
    """Create an empty file exclusively; refuse when anything exists at ``path`` (R1)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError as exc:
        raise StorageError(path=str(path), reason="exists", detail="") from exc
    except OSError as exc:
        raise StorageError(path=str(path), reason="io", detail=exc.strerror or "") from exc
    os.close(fd)
