"""Append-only audit trail, written in the same transaction as the change it records (R14)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlite_utils import Database


def now() -> datetime:
    """The current time, UTC, to the second (stored with its offset)."""
    return datetime.now(UTC).replace(microsecond=0)


def stamp() -> str:
    return now().isoformat(timespec="seconds")


def record(
    db: Database,
    *,
    actor: str,
    entity: str,
    entity_id: object,
    action: str,
    before: dict[str, object] | None = None,
    after: dict[str, object] | None = None,
) -> None:
    """One audit row; ``before``/``after`` keep only the columns that changed."""
    if before is not None and after is not None:
        keys = [k for k in after if before.get(k) != after.get(k)]
        before = {k: before.get(k) for k in keys}
        after = {k: after.get(k) for k in keys}
    db.conn.execute(
        "INSERT INTO audit (at, actor, entity, entity_id, action, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (stamp(), actor, entity, str(entity_id), action, _json(before), _json(after)),
    )


def _json(value: dict[str, object] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
