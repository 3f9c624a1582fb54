"""Read many shipments at once for exports: a handful of queries per chunk, not per shipment.

The details carry header, parties, lines with assets and distributions; checklist, events,
deadlines and attachments stay empty (exports do not show them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from aidtracker.domain import (
    Asset,
    Distribution,
    DistributionLine,
    LineItem,
    Organisation,
    Partnership,
    Shipment,
    ShipmentDetail,
    WriteOff,
    WriteOffLine,
)
from aidtracker.store.rows import build
from aidtracker.store.shipments import ACQUIRER_COLUMNS


def _rows(db: Database, sql: str, params: Sequence[object]) -> list[dict[str, Any]]:
    cur = db.conn.execute(sql, tuple(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _marks(n: int) -> str:
    return ", ".join("?" for _ in range(n))


class PartyCache:
    """Partnerships and organisations, each read once per export."""

    def __init__(self, db: Database) -> None:
        self.partnerships = {int(r["id"]): build(Partnership, r)
                             for r in _rows(db, "SELECT * FROM partnership", ())}
        self.organisations = {int(r["id"]): build(Organisation, r)
                              for r in _rows(db, "SELECT * FROM organisation", ())}


def light_details(db: Database, ids: Sequence[int], parties: PartyCache) -> list[ShipmentDetail]:
    """Details of the shipments ``ids`` (in that order), read with four queries."""
    if not ids:
        return []
    marks = _marks(len(ids))
    headers = {r["id"]: build(Shipment, r)
               for r in _rows(db, f"SELECT * FROM shipment WHERE id IN ({marks})", ids)}
    lines = _rows(db, f"SELECT * FROM line_item WHERE shipment_id IN ({marks})"
                      " AND voided_at IS NULL"
                      " ORDER BY shipment_id, line_no", ids)
    assets: dict[object, list[Asset]] = {}
    for a in _rows(db, f"SELECT a.* FROM asset a JOIN line_item l ON l.id = a.line_id"
                       f" WHERE l.shipment_id IN ({marks}) ORDER BY a.id", ids):
        assets.setdefault(a["line_id"], []).append(build(Asset, a))
    by_shipment: dict[object, list[LineItem]] = {}
    for r in lines:
        by_shipment.setdefault(r["shipment_id"], []).append(
            build(LineItem, r, assets=tuple(assets.get(r["id"], ()))))
    dists = _distributions(db, ids)
    offs = _write_offs(db, ids)
    out = []
    for key in ids:
        s = headers[key]
        out.append(ShipmentDetail(
            shipment=s, partnership=parties.partnerships[s.partnership_id],
            donor=parties.organisations[s.donor_id],
            recipient=parties.organisations[s.recipient_id],
            lines=tuple(by_shipment.get(key, ())), events=(), checklist=(), deadlines=(),
            attachments=(), distributions=tuple(dists.get(key, ())),
            write_offs=tuple(offs.get(key, ())),
        ))
    return out


def _distributions(db: Database, ids: Sequence[int]) -> dict[object, list[Distribution]]:
    marks = _marks(len(ids))
    lines: dict[object, list[DistributionLine]] = {}
    for dist_id, line_no, qty, serials in db.conn.execute(
        "SELECT dl.distribution_id, l.line_no, dl.qty_milli, dl.serials FROM distribution_line dl"
        f" JOIN line_item l ON l.id = dl.line_id WHERE l.shipment_id IN ({marks})"
        " ORDER BY l.line_no", tuple(ids),
    ):
        lines.setdefault(dist_id, []).append(
            DistributionLine(line_no, qty, tuple(s for s in serials.split(",") if s)))
    out: dict[object, list[Distribution]] = {}
    for d in _rows(db, f"SELECT d.*, {ACQUIRER_COLUMNS}"
                       " FROM distribution d LEFT JOIN organisation o ON o.id = d.acquirer_id"
                       f" WHERE d.shipment_id IN ({marks}) AND d.reversed_at IS NULL"
                       " ORDER BY d.id", ids):
        out.setdefault(d["shipment_id"], []).append(
            build(Distribution, {**d, "on": d["on_date"]}, lines=tuple(lines.get(d["id"], ()))))
    return out


def _write_offs(db: Database, ids: Sequence[int]) -> dict[object, list[WriteOff]]:
    marks = _marks(len(ids))
    lines: dict[object, list[WriteOffLine]] = {}
    for wid, line_no, qty, damaged in db.conn.execute(
        "SELECT wl.write_off_id, l.line_no, wl.qty_milli, wl.from_damaged_milli"
        f" FROM write_off_line wl JOIN line_item l ON l.id = wl.line_id"
        f" WHERE l.shipment_id IN ({marks}) ORDER BY l.line_no", tuple(ids),
    ):
        lines.setdefault(wid, []).append(WriteOffLine(line_no, qty, damaged))
    out: dict[object, list[WriteOff]] = {}
    for w in _rows(db, f"SELECT * FROM write_off WHERE shipment_id IN ({marks})"
                       " AND reversed_at IS NULL ORDER BY id", ids):
        out.setdefault(w["shipment_id"], []).append(
            build(WriteOff, {**w, "on": w["on_date"]}, lines=tuple(lines.get(w["id"], ()))))
    return out
