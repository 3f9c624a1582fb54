"""Who else has the file open, and the health check (R6, R11)."""

from __future__ import annotations

from pathlib import Path

from aidtracker.services.maintenance import (
    backup,
    check,
    end_session,
    heartbeat,
    other_sessions,
    register_session,
)
from aidtracker.store import SCHEMA_VERSION, open_database


def test_second_opener_sees_the_first(db, db_path: Path) -> None:
    mine = register_session(db)
    other = open_database(db_path)
    try:
        theirs = register_session(other)
        seen = other_sessions(other, theirs)
        assert [s.id for s in seen] == [mine]
        assert seen[0].pid > 0 and seen[0].host
        heartbeat(db, mine)
        end_session(db, mine)
        assert other_sessions(other, theirs) == []
    finally:
        other.close()


def test_stale_sessions_are_ignored(db) -> None:
    mine = register_session(db)
    db.conn.execute("UPDATE session SET heartbeat = '2020-01-01T00:00:00+00:00' WHERE id = ?",
                    (mine,))
    assert other_sessions(db, None) == []


def test_check_on_a_new_database(db, tmp_path: Path) -> None:
    report = check(db)
    assert report.ok and report.shipments == 0 and report.schema_version == SCHEMA_VERSION
    assert report.last_backup is None
    backup(db, tmp_path / "copy.db")
    assert check(db).last_backup[0] == str(tmp_path / "copy.db")  # type: ignore[index]
