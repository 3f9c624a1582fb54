"""The store: one SQLite file opened safely, migrated with a backup first, used in transactions.

``open_database`` refuses anything that is not an AidTracker database, leaving it untouched;
``create_database`` is the only way to make a file and never reuses an existing one.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from aidtracker.errors import DatabaseRefused, StorageError, ValidationFailed
from aidtracker.store.connection import (
    APPLICATION_ID,
    apply_pragmas,
    claim_new_file,
    connect,
)
from aidtracker.store.tx import unit_of_work

if TYPE_CHECKING:
    from sqlite_utils import Database

    from aidtracker.store.schema import SCHEMA_VERSION

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "create_database",
    "migrate",
    "open_database",
    "open_for_window",
    "schema_version",
    "unit_of_work",
]


def __getattr__(name: str) -> object:
    """``SCHEMA_VERSION`` and ``Database`` on first use: the schema and sqlite-utils load only
    when needed, so the window's first page is read before them (PERFORMANCE.md, start-up)."""
    if name == "SCHEMA_VERSION":
        from aidtracker.store.schema import SCHEMA_VERSION  # lazy: sqlite-utils after first paint

        return SCHEMA_VERSION
    if name == "Database":
        from sqlite_utils import Database  # lazy: sqlite-utils after first paint

        return Database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_database(path: str | Path, *, upgrade: bool = True) -> Database:
    """Open an existing AidTracker database (R1, R2, R13).

    Checks, in order: the file exists and is not empty, ``application_id`` is ours, the schema
    is not newer than this program, ``quick_check`` is ok. Then sets the pragmas and, when
    ``upgrade``, takes a verified backup and applies pending migrations.

    Raises:
        StorageError: missing, locked or unreadable file.
        DatabaseRefused: empty, foreign, damaged or newer file (left byte-for-byte as it was).
    """
    from aidtracker.store.schema import migrations  # lazy: sqlite-utils after first paint

    path = Path(path)
    db = connect(path)
    try:
        _check_identity(db, path)
        apply_pragmas(db)
        if upgrade and migrations.pending(db):
            migrate(db, path)
    except BaseException:
        db.close()
        raise
    return db


def open_for_window(path: str | Path) -> Database | None:
    """Connect at once for the window; the full check runs later on a worker thread.

    Checks what is instant (not empty, ours, not newer) and sets the pragmas, but leaves
    ``quick_check`` (seconds on a large file) to :func:`open_database`. Returns None when
    migrations are pending: only :func:`open_database` may apply them, after a backup.
    """
    from aidtracker.store.schema import migrations  # lazy: sqlite-utils after first paint

    path = Path(path)
    db = connect(path)
    try:
        _check_identity(db, path, quick=False)
        apply_pragmas(db)
        if migrations.pending(db):
            db.close()
            return None
    except BaseException:
        db.close()
        raise
    return db


def _check_identity(db: Database, path: Path, *, quick: bool = True) -> None:
    from aidtracker.store.schema import SCHEMA_VERSION  # lazy: sqlite-utils after first paint

    if path.stat().st_size == 0:
        raise DatabaseRefused(path=str(path), reason="empty", detail="0 bytes")
    conn = db.conn
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise DatabaseRefused(path=str(path), reason="foreign", detail=f"id {app_id}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise DatabaseRefused(
                path=str(path), reason="newer_schema", detail=f"{version} > {SCHEMA_VERSION}"
            )
        check = conn.execute("PRAGMA quick_check").fetchone()[0] if quick else "ok"
    except sqlite3.DatabaseError as exc:
        reason = "not_a_database" if "not a database" in str(exc) else "corrupt"
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(path=str(path), reason="locked", detail=str(exc)) from exc
        raise DatabaseRefused(path=str(path), reason=reason, detail=str(exc)) from exc
    if check != "ok":  # the first finding is enough for a message (the list can be long)
        detail = str(check).replace("*** in database main ***", "").strip().splitlines()
        raise DatabaseRefused(path=str(path), reason="corrupt", detail=(detail or [""])[0][:120])


def create_database(
    path: str | Path, *, office_code: str = "KYV", stop_before: str | None = None,
    side: str = "recipient",
) -> Database:
    """Make a new database at ``path``; refuses if anything exists there.

    ``side`` is the office profile's side, ``recipient`` (a Ukrainian city office) or ``donor``
    (a partner city office): its own papers carry its letterhead.

    ``stop_before`` leaves the schema at an earlier step (tests of migrations only).
    """
    path = Path(path)
    office_code = check_office_code(office_code)
    claim_new_file(path)
    try:
        db = connect(path)
        db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        apply_pragmas(db)
        migrate(db, path, stop_before=stop_before, backup=False)
        if stop_before is None:
            with unit_of_work(db):
                db.conn.execute(
                    "INSERT INTO setting (key, value) VALUES ('office_code', ?)",
                    (office_code,),
                )
                db.conn.execute(
                    "INSERT INTO setting (key, value) VALUES ('office_side', ?)",
                    (side if side in ("recipient", "donor") else "recipient",),
                )
    except BaseException:
        if "db" in locals():
            db.close()
        path.unlink(missing_ok=True)  # the file is ours: we created it above
        raise
    return db


OFFICE_CODE = re.compile(r"[A-Z]{2,6}")


def check_office_code(code: str) -> str:
    """The office code in capitals (2–6 Latin letters, e.g. KYV); anything else is refused."""
    from aidtracker.domain import Problem  # lazy: the records load after the first paint

    value = str(code).strip().upper()
    if not OFFICE_CODE.fullmatch(value):
        raise ValidationFailed([Problem(field="office", rule="format", params={
            "value": code, "expected": "2–6 Latin letters, e.g. KYV"})])
    return value


def schema_version(db: Database) -> int:
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    db: Database, path: Path, *, stop_before: str | None = None, backup: bool = True
) -> Path | None:
    """Apply pending steps, each in its own IMMEDIATE transaction with ``user_version``.

    A verified backup is taken first when the file already holds a schema. Returns its path.
    """
    from aidtracker.paths import backup_dir  # lazy: platformdirs after the first paint
    from aidtracker.store.backup import backup_into_dir  # lazy: sqlite-utils after first paint
    from aidtracker.store.schema import migrations  # lazy: sqlite-utils after first paint

    pending = migrations.pending(db)
    names = [m.name for m in pending]
    if stop_before is not None:
        names = names[: names.index(stop_before)] if stop_before in names else names
    if not names:
        return None
    copy = None
    if backup and schema_version(db) > 0:
        copy = backup_into_dir(db, backup_dir(path), path.stem, reason="pre-migration")
    for i, _name in enumerate(names):
        later = [m.name for m in pending[i + 1 :]]
        with unit_of_work(db):
            migrations.apply(db, stop_before=later or None)
            done = len(migrations.applied(db))
            db.conn.execute(f"PRAGMA user_version = {done}")
    return copy
