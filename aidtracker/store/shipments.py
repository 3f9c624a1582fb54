"""Shipments, their lines and serialised units, events and records in the store."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from aidtracker.domain import (
    Asset,
    Attachment,
    CheckState,
    Distribution,
    DistributionLine,
    LineItem,
    Shipment,
    StatusEvent,
)
from aidtracker.errors import EditConflict, NotFound
from aidtracker.store import audit
from aidtracker.store.balance import first_load, sync_shares
from aidtracker.store.linerows import insert_line_rows, line_row
from aidtracker.store.rows import build, row_of
from aidtracker.store.search import reindex_shipment

# The acquiring organisation's names (Ukrainian / English) and EDRPOU beside a distribution.
ACQUIRER_COLUMNS = (
    "CASE WHEN o.name_uk != '' THEN o.name_uk || ' / ' || o.name_en"
    " ELSE coalesce(o.name_en, '') END AS acquirer_name,"
    " coalesce(o.edrpou, '') AS acquirer_edrpou"
)
_HEADER_SKIP = frozenset({"id", "version", "updated_at", "updated_by"})


def _rows(db: Database, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
    cur = db.conn.execute(sql, tuple(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def office_code(db: Database) -> str:
    row = db.conn.execute("SELECT value FROM setting WHERE key = 'office_code'").fetchone()
    return row[0] if row else "AID"


def next_number(db: Database, series: str, year: int) -> int:
    """Take the next number of a series inside the caller's IMMEDIATE transaction (R4)."""
    db.conn.execute(
        "INSERT INTO number_series (series, year, last) VALUES (?, ?, 0)"
        " ON CONFLICT (series, year) DO NOTHING",
        (series, year),
    )
    db.conn.execute(
        "UPDATE number_series SET last = last + 1 WHERE series = ? AND year = ?", (series, year)
    )
    return int(
        db.conn.execute(
            "SELECT last FROM number_series WHERE series = ? AND year = ?", (series, year)
        ).fetchone()[0]
    )


def next_reference(db: Database, year: int) -> str:
    """``KYV-2026-0042``: office code, year, number in the year; never reused."""
    return f"{office_code(db)}-{year}-{next_number(db, 'shipment', year):04d}"


def insert_shipment(db: Database, shipment: Shipment, actor: str, *, record: bool = True) -> int:
    """Insert a header; ``record=False`` when the caller writes the audit entry itself (an
    import records one entry for the header and all its lines)."""
    row = row_of(shipment, skip=_HEADER_SKIP)
    ts = audit.stamp()
    row.update(created_at=ts, created_by=actor, updated_at=ts, updated_by=actor)
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cur = db.conn.execute(f"INSERT INTO shipment ({cols}) VALUES ({marks})", list(row.values()))
    new_id = int(cur.lastrowid or 0)
    if record:
        audit.record(db, actor=actor, entity="shipment", entity_id=shipment.reference,
                     action="create", after=row)
    first_load(db, new_id, shipment, actor, record=record)
    return new_id


def _header(row: dict[str, object]) -> Shipment:
    return build(Shipment, row)


def get_shipment(db: Database, reference: str) -> Shipment:
    rows = _rows(db, "SELECT * FROM shipment WHERE reference = ?", (reference.strip(),))
    if not rows:
        raise NotFound(entity="shipment", key=reference)
    return _header(rows[0])


def get_shipment_by_id(db: Database, key: int) -> Shipment:
    rows = _rows(db, "SELECT * FROM shipment WHERE id = ?", (key,))
    if not rows:
        raise NotFound(entity="shipment", key=key)
    return _header(rows[0])


def save_shipment(
    db: Database, updated: Shipment, *, expected_version: int, actor: str, action: str = "update"
) -> Shipment:
    """Write a header if nobody saved since ``expected_version``; else EditConflict."""
    before = _rows(db, "SELECT * FROM shipment WHERE id = ?", (updated.id,))
    if not before:
        raise NotFound(entity="shipment", key=updated.reference)
    row = row_of(updated, skip=_HEADER_SKIP | {"reference"})
    ts = audit.stamp()
    sets = ", ".join(f"{c} = ?" for c in row)
    cur = db.conn.execute(
        f"UPDATE shipment SET {sets}, version = version + 1, updated_at = ?, updated_by = ?"
        " WHERE id = ? AND version = ?",
        [*row.values(), ts, actor, updated.id, expected_version],
    )
    if cur.rowcount != 1:
        raise EditConflict(entity="shipment", key=updated.reference,
                           who=before[0]["updated_by"], when=before[0]["updated_at"])
    audit.record(db, actor=actor, entity="shipment", entity_id=updated.reference,
                 action=action, before=before[0], after=row)
    return get_shipment_by_id(db, int(updated.id or 0))


def touch(db: Database, shipment: Shipment, *, expected_version: int, actor: str) -> None:
    """Bump the version of a header whose children changed (conflict check included)."""
    cur = db.conn.execute(
        "UPDATE shipment SET version = version + 1, updated_at = ?, updated_by = ?"
        " WHERE id = ? AND version = ?",
        (audit.stamp(), actor, shipment.id, expected_version),
    )
    if cur.rowcount != 1:
        who, when = db.conn.execute(
            "SELECT updated_by, updated_at FROM shipment WHERE id = ?", (shipment.id,)
        ).fetchone()
        raise EditConflict(entity="shipment", key=shipment.reference, who=who, when=when)


def insert_lines(db: Database, shipment_id: int, lines: Sequence[LineItem], actor: str) -> None:
    """Append lines (line numbers already assigned) with their assets."""
    for line in lines:
        row = row_of(line, skip=frozenset({"id"}))
        row["shipment_id"] = shipment_id
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cur = db.conn.execute(f"INSERT INTO line_item ({cols}) VALUES ({marks})",
                              list(row.values()))
        line_id = int(cur.lastrowid or 0)
        for asset in line.assets:
            _insert_asset(db, line_id, asset)
        audit.record(db, actor=actor, entity="line_item", entity_id=f"{shipment_id}/{line.line_no}",
                     action="create", after=row)


def insert_lines_bulk(db: Database, shipment_id: int, lines: Sequence[LineItem]) -> None:
    """Append many lines with the numbers they carry, in bulk (:mod:`.linerows`); no audit row
    per line, the caller records the batch."""
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or lines[i].line_no != lines[i - 1].line_no + 1:
            run = lines[start:i]
            insert_line_rows(db, shipment_id, map(line_row, run), run[0].line_no)
            start = i


def _insert_asset(db: Database, line_id: int, asset: Asset) -> None:
    row = row_of(asset, skip=frozenset({"id"}))
    row["line_id"] = line_id
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.conn.execute(f"INSERT INTO asset ({cols}) VALUES ({marks})", list(row.values()))


def update_line(db: Database, shipment_id: int, line: LineItem, actor: str) -> None:
    """Rewrite one line (and its assets) in place, keeping its number."""
    before = _rows(db, "SELECT * FROM line_item WHERE shipment_id = ? AND line_no = ?",
                   (shipment_id, line.line_no))
    if not before:
        raise NotFound(entity="line", key=line.line_no)
    row = row_of(line, skip=frozenset({"id", "line_no"}))
    sets = ", ".join(f"{c} = ?" for c in row)
    line_id = before[0]["id"]
    db.conn.execute(f"UPDATE line_item SET {sets} WHERE id = ?", [*row.values(), line_id])
    db.conn.execute("DELETE FROM asset WHERE line_id = ?", (line_id,))
    for asset in line.assets:
        _insert_asset(db, int(line_id), asset)
    audit.record(db, actor=actor, entity="line_item", entity_id=f"{shipment_id}/{line.line_no}",
                 action="update", before=before[0], after=row)


def void_line(db: Database, shipment_id: int, line_no: int, reason: str, actor: str) -> None:
    """Mark a line void (kept for the record, out of totals and balances)."""
    at = audit.stamp()
    cur = db.conn.execute(
        "UPDATE line_item SET voided_at = ?, voided_by = ?, void_reason = ?"
        " WHERE shipment_id = ? AND line_no = ? AND voided_at IS NULL",
        (at, actor, reason, shipment_id, line_no))
    if cur.rowcount != 1:
        raise NotFound(entity="line", key=line_no)
    audit.record(db, actor=actor, entity="line_item", entity_id=f"{shipment_id}/{line_no}",
                 action="void", after={"voided_at": at, "void_reason": reason})


def park_lines(db: Database, line_ids: Sequence[int]) -> None:
    """Move lines out of the way of renumbering (their final numbers follow in rewrite_line)."""
    for line_id in line_ids:
        db.conn.execute("UPDATE line_item SET line_no = line_no + 1000000 WHERE id = ?",
                        (line_id,))


def rewrite_line(db: Database, line_id: int, line: LineItem, actor: str) -> None:
    """Rewrite one line found by id (its number included) with its assets."""
    before = _rows(db, "SELECT * FROM line_item WHERE id = ?", (line_id,))
    if not before:
        raise NotFound(entity="line", key=line.line_no)
    row = row_of(line, skip=frozenset({"id"}))
    sets = ", ".join(f"{c} = ?" for c in row)
    db.conn.execute(f"UPDATE line_item SET {sets} WHERE id = ?", [*row.values(), line_id])
    db.conn.execute("DELETE FROM asset WHERE line_id = ?", (line_id,))
    for asset in line.assets:
        _insert_asset(db, line_id, asset)
    audit.record(db, actor=actor, entity="line_item",
                 entity_id=f"{before[0]['shipment_id']}/{line.line_no}", action="update",
                 before=before[0], after=row)



def delete_line(db: Database, shipment_id: int, line_no: int, actor: str) -> None:
    before = _rows(db, "SELECT * FROM line_item WHERE shipment_id = ? AND line_no = ?",
                   (shipment_id, line_no))
    if not before:
        raise NotFound(entity="line", key=line_no)
    db.conn.execute("DELETE FROM load_line WHERE line_id = ?", (before[0]["id"],))
    db.conn.execute("DELETE FROM line_item WHERE id = ?", (before[0]["id"],))
    audit.record(db, actor=actor, entity="line_item", entity_id=f"{shipment_id}/{line_no}",
                 action="delete", before=before[0])


def get_lines(db: Database, shipment_id: int) -> tuple[LineItem, ...]:
    lines = _rows(db, "SELECT * FROM line_item WHERE shipment_id = ? ORDER BY line_no",
                  (shipment_id,))
    assets = _rows(
        db,
        "SELECT a.* FROM asset a JOIN line_item l ON l.id = a.line_id"
        " WHERE l.shipment_id = ? ORDER BY a.id",
        (shipment_id,),
    )
    by_line: dict[object, list[Asset]] = {}
    for a in assets:
        by_line.setdefault(a["line_id"], []).append(build(Asset, a))
    return tuple(build(LineItem, r, assets=tuple(by_line.get(r["id"], ()))) for r in lines)


def refresh_summary(db: Database, shipment_id: int) -> None:
    """Recompute the cached list columns and the search row (same transaction)."""
    db.conn.execute(
        "UPDATE shipment SET line_count = (SELECT count(*) FROM line_item WHERE shipment_id = ?"
        " AND voided_at IS NULL), gross_g_total = (SELECT coalesce(sum(gross_g), 0) FROM line_item"
        " WHERE shipment_id = ? AND voided_at IS NULL) WHERE id = ?",
        (shipment_id, shipment_id, shipment_id),
    )
    sync_shares(db, shipment_id)
    reindex_shipment(db, shipment_id)


def append_event(db: Database, shipment_id: int, event: StatusEvent) -> None:
    row = row_of(event, skip=frozenset({"id"}))
    row["shipment_id"] = shipment_id
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.conn.execute(f"INSERT INTO status_event ({cols}) VALUES ({marks})", list(row.values()))


def get_events(db: Database, shipment_id: int) -> tuple[StatusEvent, ...]:
    rows = _rows(db, "SELECT * FROM status_event WHERE shipment_id = ? ORDER BY id",
                 (shipment_id,))
    return tuple(build(StatusEvent, r) for r in rows)


def checklist_states(db: Database, shipment_id: int) -> dict[str, tuple[CheckState, str, str, str]]:
    """rule id → (state, by, at, note) for the ticks recorded so far."""
    rows = db.conn.execute(
        "SELECT rule_id, state, by, at, note FROM checklist_entry WHERE shipment_id = ?",
        (shipment_id,),
    ).fetchall()
    return {r[0]: (CheckState(r[1]), r[2], r[3], r[4]) for r in rows}


def set_checklist_state(
    db: Database, shipment_id: int, rule_id: str, state: CheckState, actor: str, note: str
) -> None:
    at = audit.stamp()
    db.conn.execute(
        "INSERT INTO checklist_entry (shipment_id, rule_id, state, by, at, note)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (shipment_id, rule_id) DO UPDATE SET"
        " state = excluded.state, by = excluded.by, at = excluded.at, note = excluded.note",
        (shipment_id, rule_id, state.value, actor, at, note),
    )
    audit.record(db, actor=actor, entity="checklist", entity_id=f"{shipment_id}/{rule_id}",
                 action=state.value, after={"state": state.value, "note": note})


def insert_distribution(db: Database, shipment_id: int, d: Distribution, actor: str) -> int:
    cur = db.conn.execute(
        "INSERT INTO distribution (shipment_id, act_no, on_date, kind, acquirer_id, person_name,"
        " settlement, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (shipment_id, d.act_no, d.on.isoformat(), d.kind.value, d.acquirer_id, d.person_name,
         d.settlement, actor, audit.stamp()),
    )
    dist_id = int(cur.lastrowid or 0)
    for dl in d.lines:
        line_id = db.conn.execute(
            "SELECT id FROM line_item WHERE shipment_id = ? AND line_no = ?",
            (shipment_id, dl.line_no),
        ).fetchone()
        if line_id is None:
            raise NotFound(entity="line", key=dl.line_no)
        db.conn.execute(
            "INSERT INTO distribution_line (distribution_id, line_id, qty_milli, serials)"
            " VALUES (?, ?, ?, ?)", (dist_id, line_id[0], dl.qty_milli, ",".join(dl.serials)),
        )
    audit.record(db, actor=actor, entity="distribution", entity_id=d.act_no, action="create",
                 after={"lines": [(dl.line_no, dl.qty_milli) for dl in d.lines]})
    return dist_id


def get_distributions(db: Database, shipment_id: int, *, reversed_: bool = False
                      ) -> tuple[Distribution, ...]:
    """The distribution acts in force (or, with ``reversed_``, the reversed ones)."""
    dists = _rows(db, f"SELECT d.*, {ACQUIRER_COLUMNS} FROM distribution d"
                      " LEFT JOIN organisation o ON o.id = d.acquirer_id WHERE d.shipment_id = ?"
                      f" AND d.reversed_at IS {'NOT ' if reversed_ else ''}NULL ORDER BY d.id",
                  (shipment_id,))
    lines = db.conn.execute(
        "SELECT dl.distribution_id, l.line_no, dl.qty_milli, dl.serials FROM distribution_line dl"
        " JOIN line_item l ON l.id = dl.line_id WHERE l.shipment_id = ? ORDER BY l.line_no",
        (shipment_id,),
    ).fetchall()
    by_dist: dict[int, list[DistributionLine]] = {}
    for dist_id, line_no, qty, serials in lines:
        by_dist.setdefault(dist_id, []).append(
            DistributionLine(line_no, qty, tuple(s for s in serials.split(",") if s)))
    return tuple(
        build(Distribution, {**d, "on": d["on_date"]}, lines=tuple(by_dist.get(d["id"], ())))
        for d in dists
    )


def insert_attachment(db: Database, shipment_id: int, a: Attachment) -> int:
    row = row_of(a, skip=frozenset({"id"}))
    row["shipment_id"] = shipment_id
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cur = db.conn.execute(f"INSERT INTO attachment ({cols}) VALUES ({marks})", list(row.values()))
    audit.record(db, actor=a.added_by, entity="attachment", entity_id=a.sha256, action="create",
                 after={"name": a.original_name, "kind": a.kind})
    return int(cur.lastrowid or 0)


def get_attachments(db: Database, shipment_id: int) -> tuple[Attachment, ...]:
    rows = _rows(db, "SELECT * FROM attachment WHERE shipment_id = ? ORDER BY id", (shipment_id,))
    return tuple(build(Attachment, r) for r in rows)
