"""``backups``, ``restore`` and ``sessions``; and the session every writing command registers.

JSON output: ``backups --json`` gives objects with ``path``, ``time`` (ISO 8601, UTC), ``size``
(bytes), ``verified`` (boolean) and ``reason``; ``sessions --json`` gives objects with ``host``,
``user``, ``pid``, ``since`` (ISO 8601, UTC) and ``program``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aidtracker.cli.words import error_words
from aidtracker.errors import AidTrackerError, AttributionRequired
from aidtracker.services.maintenance import backup_if_due, backups, live_sessions, restore_backup
from aidtracker.store import open_database, open_for_window, sessions, tx
from aidtracker.store.sessions import user_name
from aidtracker.store.tempfiles import sweep

# Commands that only read (or manage files themselves): they register no session.
READ_ONLY = frozenset({"shipments", "show", "check", "backups", "sessions", "restore", "backup",
                       "new", "demo", "run", "gui", "export-ledger", "donor-report"})


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backups", help="list the backups of a database (newest first)",
                       description="List the backups in the database's backup folder: time "
                       "(ISO 8601, UTC), size in bytes, whether it verified, why it was made "
                       "(daily, closing, manual, pre-migration, before-restore) and its path.")
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the AidTracker database file")
    p.add_argument("--json", action="store_true",
                   help="objects with path, time, size, verified (boolean), reason")
    p.set_defaults(handler=cmd_backups)
    p = sub.add_parser("restore", help="restore a backup into a new file (or --replace)",
                       description="Restore BACKUP (verified first) into TARGET. TARGET must "
                       "not exist, unless --replace: then the current file is kept as a "
                       "backup first, and the restore is refused while another program has "
                       "it open.")
    p.add_argument("backup", type=Path, metavar="BACKUP", help="a backup file")
    p.add_argument("--db", type=Path, required=True, metavar="TARGET",
                   help="where to restore (a new file, or the current one with --replace)")
    p.add_argument("--replace", action="store_true",
                   help="replace an existing TARGET (it is kept as a backup first)")
    p.set_defaults(handler=cmd_restore)
    p = sub.add_parser("sessions", help="who has the database open (live sessions only)",
                       description="List the programs that have the database open: computer "
                       "(host), user, process id, since when (ISO 8601, UTC) and program. "
                       "Sessions whose program is gone are removed, never listed.")
    p.add_argument("--db", type=Path, required=True, metavar="PATH",
                   help="the AidTracker database file")
    p.add_argument("--json", action="store_true",
                   help="objects with host, user, pid, since, program")
    p.set_defaults(handler=cmd_sessions)


def cmd_backups(args: argparse.Namespace) -> int:

    try:
        db = open_database(args.db, upgrade=False)
    except AidTrackerError:
        db = None  # a damaged file still has its backups: each is verified now instead
    try:
        found = backups(args.db, db)
    finally:
        if db is not None:
            db.close()
    if args.json:
        print(json.dumps([{"path": str(b.path), "time": b.time, "size": b.size,
                           "verified": b.verified, "reason": b.reason} for b in found],
                         ensure_ascii=False, indent=2))
        return 0
    for b in found:
        mark = "verified" if b.verified else "NOT VERIFIED"
        print(f"{b.time}  {b.size:>12,} bytes  {mark:<12}  {b.reason:<14}  {b.path}")
    print(f"{len(found)} backup(s)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:

    done = restore_backup(args.backup, args.db, replace=args.replace)
    if done.kept is not None:
        print(f"the previous file was kept: {done.kept}")
    print(f"restored {args.backup} to {done.target}")
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:

    db = open_database(args.db, upgrade=False)
    try:
        found = live_sessions(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"host": s.host, "user": s.user, "pid": s.pid, "since": s.since,
                           "program": s.program} for s in found], ensure_ascii=False, indent=2))
        return 0
    for s in found:
        print(f"{s.host:<20} {s.user:<16} {s.pid:>8}  since {s.since}  {s.program}")
    print(f"{len(found)} session(s)")
    return 0


@contextmanager
def writer_session(args: argparse.Namespace) -> Iterator[None]:
    """Register this process while a writing command runs; after a change, the daily backup.

    The session row joins the command's first write transaction (so a refused command writes
    nothing at all) and is removed at the end; then, if anything was written, the first
    change of the day is followed by a verified backup.
    """

    sweep()
    path = getattr(args, "db", None)
    if getattr(args, "command", None) in READ_ONLY or path is None:
        yield
        return

    def hook(db: object) -> None:
        sessions.join_write(db, f"aidtracker {args.command}")  # type: ignore[arg-type]

    tx.add_write_hook(hook)
    try:
        yield
    finally:
        tx.remove_write_hook(hook)
        if Path(path).exists():
            _leave(Path(path))


def _leave(path: Path) -> None:

    try:
        db = open_for_window(path)
    except AidTrackerError:
        return
    if db is None:
        return
    try:
        if sessions.leave(db):
            _daily_backup(db, path)
    except AidTrackerError as exc:
        print(f"aidtracker: warning: {_words(exc)}", file=sys.stderr)
    finally:
        db.close()


def _daily_backup(db: object, path: Path) -> None:

    try:
        made = backup_if_due(db, path)  # type: ignore[arg-type]
    except AidTrackerError as exc:
        print(f"aidtracker: warning: {_words(exc)}", file=sys.stderr)
        return
    if made is not None:
        print(f"daily backup verified: {made}", file=sys.stderr)


def attribution(args: argparse.Namespace) -> None:
    """Fill the default actor (the operating-system user) and refuse an empty one."""

    if args.actor is None:
        args.actor = os.environ.get("AIDTRACKER_USER") or user_name()
    if not str(args.actor).strip():
        raise AttributionRequired(reason="actor", value=args.actor)
    args.actor = str(args.actor).strip()


def _words(exc: object) -> str:

    return error_words(exc)  # type: ignore[arg-type]
