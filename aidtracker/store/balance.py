"""Loads and their line shares, write-off acts and exchange rates in the store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlite_utils import Database

from aidtracker.domain import (
    ExchangeRate,
    LineItem,
    Load,
    LoadShare,
    Shipment,
    WriteOff,
    WriteOffLine,
)
from aidtracker.errors import EditConflict, NotFound
from aidtracker.store import audit
from aidtracker.store.rows import build, row_of

_LOAD_SKIP = frozenset({"id", "version", "shares"})


def _rows(db: Database, sql: str, params: Sequence[object] = ()) -> list[dict[str, object]]:
    cur = db.conn.execute(sql, tuple(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def line_id(db: Database, shipment_id: int, line_no: int) -> int:
    row = db.conn.execute("SELECT id FROM line_item WHERE shipment_id = ? AND line_no = ?",
                          (shipment_id, line_no)).fetchone()
    if row is None:
        raise NotFound(entity="line", key=line_no)
    return int(row[0])


# --- loads ---------------------------------------------------------------------------------


def insert_load(db: Database, shipment_id: int, load: Load, actor: str, *,
                record: bool = True) -> int:
    row = row_of(load, skip=_LOAD_SKIP)
    ts = audit.stamp()
    row.update(shipment_id=shipment_id, created_at=ts, created_by=actor, updated_at=ts,
               updated_by=actor)
    cur = db.conn.execute(f"INSERT INTO load ({', '.join(row)}) VALUES"
                          f" ({', '.join('?' for _ in row)})", list(row.values()))
    if record:  # a bulk import records its batch once
        audit.record(db, actor=actor, entity="load", entity_id=f"{shipment_id}/{load.seq}",
                     action="create", after=row)
    return int(cur.lastrowid or 0)


def update_load(db: Database, shipment_id: int, load: Load, actor: str) -> None:
    """Rewrite a load's fields if nobody saved it since ``load.version``."""
    before = _rows(db, "SELECT * FROM load WHERE shipment_id = ? AND seq = ?",
                   (shipment_id, load.seq))
    if not before:
        raise NotFound(entity="load", key=load.seq)
    row = row_of(load, skip=_LOAD_SKIP | {"seq"})
    cur = db.conn.execute(
        f"UPDATE load SET {', '.join(f'{c} = ?' for c in row)}, version = version + 1,"
        " updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
        [*row.values(), audit.stamp(), actor, before[0]["id"], load.version])
    if cur.rowcount != 1:
        raise EditConflict(entity="load", key=load.seq, who=before[0]["updated_by"],
                           when=before[0]["updated_at"])
    audit.record(db, actor=actor, entity="load", entity_id=f"{shipment_id}/{load.seq}",
                 action="update", before=before[0], after=row)


def get_loads(db: Database, shipment_id: int) -> tuple[Load, ...]:
    shares: dict[object, list[LoadShare]] = {}
    for load_id, line_no, qty in db.conn.execute(
        "SELECT ll.load_id, l.line_no, ll.qty_milli FROM load_line ll"
        " JOIN line_item l ON l.id = ll.line_id WHERE l.shipment_id = ? ORDER BY l.line_no",
        (shipment_id,),
    ):
        shares.setdefault(load_id, []).append(LoadShare(line_no, qty))
    return tuple(build(Load, r, shares=tuple(shares.get(r["id"], ())))
                 for r in _rows(db, "SELECT * FROM load WHERE shipment_id = ? ORDER BY seq",
                                (shipment_id,)))


def set_share(db: Database, shipment_id: int, seq: int, line_no: int, qty_milli: int,
              actor: str) -> None:
    """Set how much of a line a load carries (0 removes the share)."""
    load = db.conn.execute("SELECT id FROM load WHERE shipment_id = ? AND seq = ?",
                           (shipment_id, seq)).fetchone()
    if load is None:
        raise NotFound(entity="load", key=seq)
    lid = line_id(db, shipment_id, line_no)
    db.conn.execute("DELETE FROM load_line WHERE load_id = ? AND line_id = ?", (load[0], lid))
    if qty_milli > 0:
        db.conn.execute("INSERT INTO load_line (load_id, line_id, qty_milli) VALUES (?, ?, ?)",
                        (load[0], lid, qty_milli))
    audit.record(db, actor=actor, entity="load_line", entity_id=f"{shipment_id}/{seq}/{line_no}",
                 action="set", after={"qty_milli": qty_milli})


# --- write-offs ----------------------------------------------------------------------------


def insert_write_off(db: Database, shipment_id: int, w: WriteOff, actor: str) -> int:
    cur = db.conn.execute(
        "INSERT INTO write_off (shipment_id, act_no, on_date, reason, note, commission, actor,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (shipment_id, w.act_no, w.on.isoformat(), w.reason.value, w.note, w.commission, actor,
         audit.stamp()))
    wid = int(cur.lastrowid or 0)
    for wl in w.lines:
        db.conn.execute(
            "INSERT INTO write_off_line (write_off_id, line_id, qty_milli, from_damaged_milli)"
            " VALUES (?, ?, ?, ?)",
            (wid, line_id(db, shipment_id, wl.line_no), wl.qty_milli, wl.from_damaged_milli))
    audit.record(db, actor=actor, entity="write_off", entity_id=w.act_no, action="create",
                 after={"reason": w.reason.value, "on": w.on.isoformat(),
                        "lines": [(wl.line_no, wl.qty_milli) for wl in w.lines]})
    return wid


def get_write_offs(db: Database, shipment_id: int, *, reversed_: bool = False
                   ) -> tuple[WriteOff, ...]:
    """The write-off acts in force (or, with ``reversed_``, the reversed ones), oldest first."""
    lines: dict[object, list[WriteOffLine]] = {}
    for wid, line_no, qty, dmg in db.conn.execute(
        "SELECT wl.write_off_id, l.line_no, wl.qty_milli, wl.from_damaged_milli"
        " FROM write_off_line wl JOIN line_item l ON l.id = wl.line_id"
        " WHERE l.shipment_id = ? ORDER BY l.line_no", (shipment_id,),
    ):
        lines.setdefault(wid, []).append(WriteOffLine(line_no, qty, dmg))
    return tuple(build(WriteOff, {**r, "on": r["on_date"]}, lines=tuple(lines.get(r["id"], ())))
                 for r in _rows(db, "SELECT * FROM write_off WHERE shipment_id = ? AND"
                                f" reversed_at IS {'NOT ' if reversed_ else ''}NULL ORDER BY id",
                                (shipment_id,)))


def referenced_line_ids(db: Database, shipment_id: int) -> dict[int, str]:
    """Line id → the first act in force that refers to it (a distribution or a write-off)."""
    rows = db.conn.execute(
        "SELECT dl.line_id, d.act_no FROM distribution_line dl"
        " JOIN distribution d ON d.id = dl.distribution_id WHERE d.shipment_id = ?"
        " AND d.reversed_at IS NULL"
        " UNION ALL SELECT wl.line_id, w.act_no FROM write_off_line wl"
        " JOIN write_off w ON w.id = wl.write_off_id WHERE w.shipment_id = ?"
        " AND w.reversed_at IS NULL",
        (shipment_id, shipment_id)).fetchall()
    out: dict[int, str] = {}
    for lid, act in rows:
        out.setdefault(int(lid), str(act))
    return out


ACT_TABLES = ("distribution", "write_off")


def find_act(db: Database, shipment_id: int, act_no: str) -> tuple[str, int, str | None] | None:
    """(table, id, reversed_at) of the shipment's distribution or write-off act ``act_no``."""
    for table in ACT_TABLES:
        row = db.conn.execute(f"SELECT id, reversed_at FROM {table} WHERE shipment_id = ?"
                              " AND upper(act_no) = upper(?)", (shipment_id, act_no.strip())
                              ).fetchone()
        if row is not None:
            return table, int(row[0]), None if row[1] is None else str(row[1])
    return None


def act_numbers(db: Database, shipment_id: int) -> list[str]:
    """The numbers of the shipment's acts in force (distributions, then write-offs)."""
    return [str(r[0]) for table in ACT_TABLES for r in db.conn.execute(
        f"SELECT act_no FROM {table} WHERE shipment_id = ? AND reversed_at IS NULL ORDER BY id",
        (shipment_id,))]


def reverse_act(db: Database, table: str, act_id: int, *, at: str, actor: str,
                reason: str) -> None:
    """Mark an act reversed (who, when, why); its rows and its number stay."""
    if table not in ACT_TABLES:
        raise ValueError(table)
    cur = db.conn.execute(f"UPDATE {table} SET reversed_at = ?, reversed_by = ?,"
                          " reverse_reason = ? WHERE id = ? AND reversed_at IS NULL",
                          (at, actor, reason, act_id))
    if cur.rowcount != 1:
        raise NotFound(entity=table, key=act_id)


# --- exchange rates ------------------------------------------------------------------------


def put_rate(db: Database, rate: ExchangeRate, actor: str) -> bool:
    """Store a rate; a different rate for the same day replaces it (audited). True if changed."""
    before = db.conn.execute(
        "SELECT uah_per_unit, source FROM exchange_rate WHERE currency = ? AND on_date = ?",
        (rate.currency, rate.on.isoformat())).fetchone()
    text = format(rate.uah_per_unit, "f")
    if before is not None and Decimal(before[0]) == rate.uah_per_unit:
        return False
    db.conn.execute(
        "INSERT INTO exchange_rate (currency, on_date, uah_per_unit, source, recorded_at,"
        " recorded_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (currency, on_date) DO UPDATE SET"
        " uah_per_unit = excluded.uah_per_unit, source = excluded.source,"
        " recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by",
        (rate.currency, rate.on.isoformat(), text, rate.source, audit.stamp(), actor))
    audit.record(db, actor=actor, entity="exchange_rate",
                 entity_id=f"{rate.currency}/{rate.on.isoformat()}",
                 action="update" if before else "create",
                 before={"rate": before[0], "source": before[1]} if before else None,
                 after={"rate": text, "source": rate.source})
    return True


def _rate(row: Sequence[object]) -> ExchangeRate:
    return ExchangeRate(currency=str(row[0]), on=date.fromisoformat(str(row[1])),
                        uah_per_unit=Decimal(str(row[2])), source=str(row[3]))


def latest_rate(db: Database, currency: str, on: date) -> ExchangeRate | None:
    """The rate of ``on`` or the latest earlier one."""
    row = db.conn.execute(
        "SELECT currency, on_date, uah_per_unit, source FROM exchange_rate"
        " WHERE currency = ? AND on_date <= ? ORDER BY on_date DESC LIMIT 1",
        (currency, on.isoformat())).fetchone()
    return _rate(row) if row else None


def list_rates(db: Database) -> list[ExchangeRate]:
    return [_rate(r) for r in db.conn.execute(
        "SELECT currency, on_date, uah_per_unit, source FROM exchange_rate"
        " ORDER BY on_date DESC, currency")]


def sync_shares(db: Database, shipment_id: int) -> None:
    """Keep every active line's load shares summing to its quantity (after line edits): a
    shortfall goes to the first load carrying the line (else the first load), an excess comes
    off the last loads; voided lines leave their loads."""
    loads = [r[0] for r in db.conn.execute(
        "SELECT id FROM load WHERE shipment_id = ? ORDER BY seq", (shipment_id,))]
    if not loads:
        return
    db.conn.execute("DELETE FROM load_line WHERE line_id IN (SELECT id FROM line_item"
                    " WHERE shipment_id = ? AND voided_at IS NOT NULL)", (shipment_id,))
    db.conn.execute(  # new lines (no share yet) go whole to the first load, in one statement
        "INSERT INTO load_line (load_id, line_id, qty_milli) SELECT ?, l.id, l.qty_milli"
        " FROM line_item l WHERE l.shipment_id = ? AND l.voided_at IS NULL AND l.qty_milli > 0"
        " AND NOT EXISTS (SELECT 1 FROM load_line ll WHERE ll.line_id = l.id)",
        (loads[0], shipment_id))
    lines = db.conn.execute(  # only lines whose shares do not add up (new lines have none)
        "SELECT l.id, l.qty_milli FROM line_item l LEFT JOIN load_line ll ON ll.line_id = l.id"
        " WHERE l.shipment_id = ? AND l.voided_at IS NULL GROUP BY l.id"
        " HAVING coalesce(sum(ll.qty_milli), 0) != l.qty_milli", (shipment_id,)).fetchall()
    for lid, qty in lines:
        shares = dict(db.conn.execute(
            "SELECT ll.load_id, ll.qty_milli FROM load_line ll JOIN load ON load.id = ll.load_id"
            " WHERE ll.line_id = ? ORDER BY load.seq", (lid,)).fetchall())
        diff = qty - sum(shares.values())
        if diff > 0:
            target = next(iter(shares), loads[0])
            shares[target] = shares.get(target, 0) + diff
        for load_id in reversed(list(shares)):
            if diff >= 0:
                break
            cut = min(shares[load_id], -diff)
            shares[load_id] -= cut
            diff += cut
        db.conn.execute("DELETE FROM load_line WHERE line_id = ?", (lid,))
        db.conn.executemany(
            "INSERT INTO load_line (load_id, line_id, qty_milli) VALUES (?, ?, ?)",
            [(load_id, lid, q) for load_id, q in shares.items() if q > 0])
    sync_serials(db, shipment_id)


def sync_serials(db: Database, shipment_id: int) -> None:
    """Keep every VIN/serial on a load that carries its line: a load takes as many of a line's
    serials as whole units of the line it carries. Serials a person put on a load (pinned)
    stay there while it has room; the others fill the loads in load order, in asset order
    (a convoy's vehicle n travels on load n). A serial of a line no load carries has none."""
    room: dict[int, dict[int, int]] = {}
    for lid, seq, qty in db.conn.execute(
        "SELECT ll.line_id, load.seq, ll.qty_milli FROM load_line ll JOIN load"
        " ON load.id = ll.load_id WHERE load.shipment_id = ?"
        " AND EXISTS (SELECT 1 FROM asset a WHERE a.line_id = ll.line_id)"  # lines with serials
        " ORDER BY load.seq", (shipment_id,)):
        room.setdefault(int(lid), {})[int(seq)] = int(qty) // 1000
    by_line: dict[int, list[tuple[int, int | None, bool]]] = {}
    for aid, lid, seq, pinned in db.conn.execute(
        "SELECT a.id, a.line_id, a.load_seq, a.load_pinned FROM asset a JOIN line_item l"
        " ON l.id = a.line_id WHERE l.shipment_id = ? ORDER BY a.id", (shipment_id,)):
        by_line.setdefault(int(lid), []).append((int(aid), seq, bool(pinned)))
    changes: list[tuple[int | None, bool, int]] = []
    for lid, assets in by_line.items():
        free = room.get(lid, {})
        placed: dict[int, tuple[int | None, bool]] = {}
        for aid, seq, pinned in assets:
            if pinned and seq is not None and free.get(seq, 0) > 0:
                free[seq] -= 1
                placed[aid] = (seq, True)
        for aid, seq, _ in assets:
            if aid in placed:
                continue
            target = next((n for n in sorted(free) if free[n] > 0), None)
            if target is not None:
                free[target] -= 1
            else:  # more serials than units (refused where typed): keep them on a load of it
                target = seq if seq in free else min(free, default=None)
            placed[aid] = (target, False)
        changes += [(placed[aid][0], placed[aid][1], aid) for aid, seq, pinned in assets
                    if placed[aid] != (seq, pinned)]
    db.conn.executemany("UPDATE asset SET load_seq = ?, load_pinned = ? WHERE id = ?", changes)


def put_serials_on(db: Database, shipment_id: int, seq: int, line_no: int,
                   serials: Sequence[str], actor: str) -> None:
    """Pin the named VINs/serials of a line to load ``seq`` (the line's other serials on it
    are unpinned); :func:`sync_serials` then places the rest."""
    lid = line_id(db, shipment_id, line_no)
    db.conn.execute("UPDATE asset SET load_pinned = 0 WHERE line_id = ? AND load_seq = ?",
                    (lid, seq))
    for serial in serials:
        db.conn.execute("UPDATE asset SET load_seq = ?, load_pinned = 1 WHERE line_id = ? AND"
                        " upper(CASE vin WHEN '' THEN serial_no ELSE vin END) = upper(?)",
                        (seq, lid, serial.strip()))
    audit.record(db, actor=actor, entity="asset", entity_id=f"{shipment_id}/{line_no}",
                 action="load", after={"load": seq, "serials": list(serials)})


def first_load(db: Database, shipment_id: int, s: Shipment, actor: str, *,
               record: bool = True) -> None:
    """Load 1 of a new shipment, with the header's transport details."""
    insert_load(db, shipment_id, Load(
        id=None, seq=1, mode=s.transport_mode, carrier=s.carrier, truck_plate=s.truck_plate,
        trailer_plate=s.trailer_plate, driver_name=s.driver_name, driver_phone=s.driver_phone,
        cmr_no=s.cmr_no, planned_loading=s.planned_loading, loaded_on=s.loaded_on,
        crossing=s.crossing, planned_crossing=s.planned_crossing, crossed_on=s.crossed_on),
        actor, record=record)


def put_line_on(db: Database, shipment_id: int, seq: int, line: LineItem, actor: str) -> None:
    """Carry the whole line on load ``seq`` (NotFound when there is no such load)."""
    db.conn.execute("DELETE FROM load_line WHERE line_id = ?",
                    (line_id(db, shipment_id, line.line_no),))
    set_share(db, shipment_id, seq, line.line_no, line.qty_milli, actor)
