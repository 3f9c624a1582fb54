"""The shipments list: filters, sorting and search done in SQL, read in pages (never all rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlite_utils import Database

from aidtracker.domain import ShipmentRow, Status
from aidtracker.store.search import search_clause

SORT_COLUMNS: dict[str, str] = {
    "reference": "s.reference",
    "status": "s.status",
    "partner": "p.partner_city",
    "donor": "d.name_en",
    "recipient": "r.name_en",
    "crossing": "s.crossing",
    "planned_crossing": "s.planned_crossing",
    "lines": "s.line_count",
    "gross": "s.gross_g_total",
    "updated": "s.updated_at",
}

_SELECT = """
SELECT s.id, s.reference, s.status, p.partner_city, d.name_en, r.name_en, s.crossing,
       s.planned_crossing, s.line_count, s.gross_g_total, s.updated_at
  FROM shipment s
  JOIN partnership p ON p.id = s.partnership_id
  JOIN organisation d ON d.id = s.donor_id
  JOIN organisation r ON r.id = s.recipient_id
"""


@dataclass(frozen=True, slots=True)
class ShipmentQuery:
    """What the filter bar and the search box ask for."""

    status: Status | None = None
    partner: str = ""
    recipient: str = ""
    date_from: date | None = None
    date_to: date | None = None
    search: str = ""
    sort: str = "updated"
    descending: bool = True


def _where(q: ShipmentQuery) -> tuple[str, list[object]]:
    parts: list[str] = []
    params: list[object] = []
    if q.status is not None:
        parts.append("s.status = ?")
        params.append(q.status.value)
    if q.partner.strip():
        parts.append("(p.partner_city = ? COLLATE NOCASE OR p.partner_city_uk = ?)")
        params += [q.partner.strip(), q.partner.strip()]
    if q.recipient.strip():
        parts.append("(r.name_en = ? COLLATE NOCASE OR r.name_uk = ? OR r.edrpou = ?)")
        params += [q.recipient.strip()] * 3
    if q.date_from is not None:
        parts.append("coalesce(s.planned_loading, s.pledged_on, substr(s.created_at, 1, 10)) >= ?")
        params.append(q.date_from.isoformat())
    if q.date_to is not None:
        parts.append("coalesce(s.planned_loading, s.pledged_on, substr(s.created_at, 1, 10)) <= ?")
        params.append(q.date_to.isoformat())
    if q.search.strip():
        clause, extra = search_clause(q.search)
        parts.append(clause)
        params += extra
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def count_shipments(db: Database, q: ShipmentQuery) -> int:
    where, params = _where(q)
    sql = f"SELECT count(*) FROM ({_SELECT}{where})"
    return int(db.conn.execute(sql, params).fetchone()[0])


def list_shipments(
    db: Database, q: ShipmentQuery, *, offset: int = 0, limit: int = 200
) -> list[ShipmentRow]:
    """One page of rows in the query's order (ties broken by id)."""
    where, params = _where(q)
    column = SORT_COLUMNS.get(q.sort, "s.updated_at")
    direction = "DESC" if q.descending else "ASC"
    sql = (f"{_SELECT}{where} ORDER BY {column} {direction}, s.id {direction}"
           " LIMIT ? OFFSET ?")
    rows = db.conn.execute(sql, [*params, limit, offset]).fetchall()
    return [_row(r) for r in rows]


def _row(r: tuple) -> ShipmentRow:  # type: ignore[type-arg]
    return ShipmentRow(
        id=r[0], reference=r[1], status=Status(r[2]), partner_city=r[3], donor=r[4],
        recipient=r[5], crossing=r[6],
        planned_crossing=date.fromisoformat(r[7]) if r[7] else None,
        lines=r[8], gross_g=r[9], updated_at=datetime.fromisoformat(r[10]) if r[10] else None,
    )


def status_counts(db: Database) -> dict[Status, int]:
    """Shipments per status (for the 'Needs attention' panel)."""
    rows = db.conn.execute("SELECT status, count(*) FROM shipment GROUP BY status").fetchall()
    return {Status(s): n for s, n in rows}
