"""Transactions: every user action is one ``BEGIN IMMEDIATE … COMMIT`` (R3, R4)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from aidtracker.errors import StorageError
from aidtracker.store.connection import classify, database_path

if TYPE_CHECKING:
    from sqlite_utils import Database

WriteHook = Callable[["Database"], None]
_WRITE_HOOKS: list[WriteHook] = []


def add_write_hook(hook: WriteHook) -> None:
    """Run ``hook(db)`` inside every write transaction, before its work (sessions use it)."""
    _WRITE_HOOKS.append(hook)


def remove_write_hook(hook: WriteHook) -> None:
    if hook in _WRITE_HOOKS:
        _WRITE_HOOKS.remove(hook)


@contextmanager
def unit_of_work(db: Database) -> Iterator[Database]:
    """One write transaction taken up front, so read-modify-write cannot race.

    Nested use joins the outer transaction (a savepoint), so a service can call another.
    Environment failures become :class:`StorageError`; the transaction is rolled back.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StorageError(path=database_path(conn), reason=classify(exc),
                           detail=str(exc)) from exc
    try:
        for hook in _WRITE_HOOKS:
            hook(db)
        yield db
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        _rollback(conn)
        text = str(exc).lower()
        if any(k in text for k in ("full", "locked", "busy", "readonly", "disk i/o")):
            raise StorageError(path=database_path(conn), reason=classify(exc),
                               detail=str(exc)) from exc
        raise
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")
