"""Partnerships, organisations and needs in the store."""

from __future__ import annotations

import dataclasses

from sqlite_utils import Database

from aidtracker.domain import Need, Organisation, Partnership
from aidtracker.errors import EditConflict, NotFound
from aidtracker.store import audit
from aidtracker.store.rows import build, row_of

_SKIP = frozenset({"id", "version"})


def _insert(db: Database, table: str, obj: object, actor: str) -> int:
    row = row_of(obj, skip=_SKIP)
    ts = audit.stamp()
    row.update(created_at=ts, created_by=actor, updated_at=ts, updated_by=actor)
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cur = db.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
    new_id = int(cur.lastrowid or 0)
    audit.record(db, actor=actor, entity=table, entity_id=new_id, action="create", after=row)
    return new_id


def _update(db: Database, table: str, obj: object, actor: str) -> None:
    key = obj.id  # type: ignore[attr-defined]
    before = db.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (key,)).fetchone()
    if before is None:
        raise NotFound(entity=table, key=key)
    row = row_of(obj, skip=_SKIP)
    row.update(updated_at=audit.stamp(), updated_by=actor)
    sets = ", ".join(f"{c} = ?" for c in row)
    cur = db.conn.execute(
        f"UPDATE {table} SET {sets}, version = version + 1 WHERE id = ? AND version = ?",
        [*row.values(), key, obj.version],  # type: ignore[attr-defined]
    )
    if cur.rowcount != 1:
        who, when = db.conn.execute(
            f"SELECT updated_by, updated_at FROM {table} WHERE id = ?", (key,)
        ).fetchone()
        raise EditConflict(entity=table, key=key, who=who, when=when)
    cols = [d[0] for d in db.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
    audit.record(db, actor=actor, entity=table, entity_id=key, action="update",
                 before=dict(zip(cols, before, strict=True)), after=row)


def _rows(db: Database, sql: str, params: tuple[object, ...] = ()) -> list[dict[str, object]]:
    cur = db.conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def insert_partnership(db: Database, p: Partnership, actor: str) -> int:
    return _insert(db, "partnership", p, actor)


def insert_organisation(db: Database, o: Organisation, actor: str) -> int:
    return _insert(db, "organisation", o, actor)


def update_organisation(db: Database, o: Organisation, actor: str) -> None:
    _update(db, "organisation", o, actor)


def update_partnership(db: Database, p: Partnership, actor: str) -> None:
    _update(db, "partnership", p, actor)


def get_partnership(db: Database, key: int) -> Partnership:
    rows = _rows(db, "SELECT * FROM partnership WHERE id = ?", (key,))
    if not rows:
        raise NotFound(entity="partnership", key=key)
    return build(Partnership, rows[0])


def get_organisation(db: Database, key: int) -> Organisation:
    rows = _rows(db, "SELECT * FROM organisation WHERE id = ?", (key,))
    if not rows:
        raise NotFound(entity="organisation", key=key)
    return build(Organisation, rows[0])


def list_partnerships(db: Database) -> list[Partnership]:
    rows = _rows(db, "SELECT * FROM partnership ORDER BY partner_city, own_city")
    return [build(Partnership, r) for r in rows]


def list_organisations(db: Database, kind: str | None = None) -> list[Organisation]:
    if kind:
        rows = _rows(db, "SELECT * FROM organisation WHERE kind = ? ORDER BY name_en", (kind,))
    else:
        rows = _rows(db, "SELECT * FROM organisation ORDER BY name_en")
    return [build(Organisation, r) for r in rows]


def insert_need(db: Database, need: Need, actor: str) -> int:
    new_id = _insert(db, "need", need, actor)
    for ref in need.covered_by:
        cover_need(db, new_id, ref)
    return new_id


def update_need(db: Database, need: Need, actor: str) -> None:
    """Change a need's own columns (version checked); its covering shipments are kept."""
    _update(db, "need", need, actor)


def cover_need(db: Database, need_id: int, reference: str) -> None:
    row = db.conn.execute("SELECT id FROM shipment WHERE reference = ?", (reference,)).fetchone()
    if row is None:
        raise NotFound(entity="shipment", key=reference)
    db.conn.execute(
        "INSERT OR IGNORE INTO need_cover (need_id, shipment_id) VALUES (?, ?)", (need_id, row[0])
    )


def list_needs(db: Database, recipient_id: int | None = None) -> list[Need]:
    where, params = ("WHERE recipient_id = ?", (recipient_id,)) if recipient_id else ("", ())
    needs = []
    for row in _rows(db, f"SELECT * FROM need {where} ORDER BY id", params):
        refs = tuple(r[0] for r in db.conn.execute(
            "SELECT s.reference FROM need_cover c JOIN shipment s ON s.id = c.shipment_id"
            " WHERE c.need_id = ? ORDER BY s.reference", (row["id"],)))
        needs.append(dataclasses.replace(build(Need, row), covered_by=refs))
    return needs
