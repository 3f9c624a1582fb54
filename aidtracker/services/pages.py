"""The shipments list read in pages: the query, its SQL, pages by key; light enough to import
before the window's first paint (no sqlite-utils, no rules).

Pages are read by key: the sort value and id of the last row of one page select the next page
without ``OFFSET``; a jump to a page far away uses ``OFFSET`` once, and the pages after it go on
by key again. :func:`peek_first_page` reads the first page through a read-only connection while
the window starts; the file is opened, checked and migrated as usual right after.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from aidtracker.domain import ShipmentRow, Status
from aidtracker.store.connection import APPLICATION_ID, connect_readonly

if TYPE_CHECKING:
    from sqlite_utils import Database

SORT_COLUMNS: dict[str, str] = {
    "reference": "s.reference",
    "status": "s.status",
    "partner": "p.partner_city",
    "donor": "d.name_en",
    "recipient": "r.name_en",
    "crossing": "s.crossing",
    # NULL and '' both sort before every date: the same order, but keys can be compared.
    "planned_crossing": "coalesce(s.planned_crossing, '')",
    "lines": "s.line_count",
    "gross": "s.gross_g_total",
    "updated": "s.updated_at",
}

_COLUMNS = """s.id, s.reference, s.status, p.partner_city, d.name_en, r.name_en, s.crossing,
       s.planned_crossing, s.line_count, s.gross_g_total, s.updated_at, p.partner_city_uk,
       r.name_uk"""
_FROM = """
  FROM shipment s
  JOIN partnership p ON p.id = s.partnership_id
  JOIN organisation d ON d.id = s.donor_id
  JOIN organisation r ON r.id = s.recipient_id
"""
_SELECT = f"SELECT {_COLUMNS}{_FROM}"
_JOINED_SORTS = frozenset({"partner", "donor", "recipient"})
_DAY = "coalesce(s.planned_loading, s.pledged_on, substr(s.created_at, 1, 10))"

PageKey = tuple[object, int]


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


@dataclass(frozen=True, slots=True)
class Page:
    """Rows of one page and the key that continues after its last row (None: no more rows)."""

    rows: list[ShipmentRow]
    next_key: PageKey | None


def _where(q: ShipmentQuery, partners: set[int] | None = None,
           recipients: set[int] | None = None) -> tuple[str, list[object]]:
    parts: list[str] = []
    params: list[object] = []
    if q.status is not None:
        parts.append("s.status = ?")
        params.append(q.status.value)
    for column, ids in (("s.partnership_id", partners), ("s.recipient_id", recipients)):
        if ids is not None:  # names as people type them (services/names.py)
            parts.append(f"{column} IN ({', '.join('?' for _ in ids)})" if ids else "0")
            params += sorted(ids)
    if q.date_from is not None:
        parts.append(f"{_DAY} >= ?")
        params.append(q.date_from.isoformat())
    if q.date_to is not None:
        parts.append(f"{_DAY} <= ?")
        params.append(q.date_to.isoformat())
    if q.search.strip():
        # lazy: the search SQL lives with the store's index (sqlite-utils), not needed at start
        from aidtracker.store.search import search_clause

        clause, extra = search_clause(q.search)
        parts.append(clause)
        params += extra
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _party_ids(db: Database, q: ShipmentQuery) -> tuple[set[int] | None, set[int] | None]:
    """The partnerships and recipients the filters name (None: that filter is not set)."""
    from aidtracker.services import names  # lazy: the directory loads after the first paint

    partners = names.partner_ids(db, q.partner.strip()) if q.partner.strip() else None
    recipients = names.recipient_ids(db, q.recipient.strip()) if q.recipient.strip() else None
    return partners, recipients


def count_shipments(db: Database, q: ShipmentQuery) -> int:
    """How many shipments the query selects (joins only when a filter needs them)."""
    return _count(db.conn, q, *_party_ids(db, q))


def _count(conn: sqlite3.Connection, q: ShipmentQuery, partners: set[int] | None = None,
           recipients: set[int] | None = None) -> int:
    where, params = _where(q, partners, recipients)
    needs_join = bool(q.partner.strip() or q.recipient.strip())
    source = _FROM if needs_join else " FROM shipment s"
    sql = f"SELECT count(*){source}{where}"
    return int(conn.execute(sql, params).fetchone()[0])


def list_shipments(
    db: Database, q: ShipmentQuery, *, offset: int = 0, limit: int = 200
) -> list[ShipmentRow]:
    """One page of rows in the query's order (ties broken by id)."""
    return list_page(db, q, offset=offset, limit=limit).rows


def list_page(
    db: Database, q: ShipmentQuery, *, after: PageKey | None = None, offset: int = 0,
    limit: int = 200,
) -> Page:
    """One page in the query's order: after the key ``after`` (keyset), else at ``offset``.

    The returned :attr:`Page.next_key` continues exactly where this page ends, so reading a
    list page by page never repeats or skips a row, whatever the sort column.
    """
    return _page(db.conn, q, _where(q, *_party_ids(db, q)), after, offset, limit)


def _page(conn: sqlite3.Connection, q: ShipmentQuery, found: tuple[str, list[object]],
          after: PageKey | None, offset: int, limit: int) -> Page:
    where, params = found
    column = SORT_COLUMNS.get(q.sort, "s.updated_at")
    direction, compare = ("DESC", "<") if q.descending else ("ASC", ">")
    if after is not None:
        where += (" AND " if where else " WHERE ") + f"({column}, s.id) {compare} (?, ?)"
        params += [after[0], after[1]]
        offset = 0
    order = f"ORDER BY {column} {direction}, s.id {direction} LIMIT ? OFFSET ?"
    if q.sort in _JOINED_SORTS or q.partner.strip() or q.recipient.strip():
        sql = f"SELECT {_COLUMNS}, {column}{_FROM}{where} {order}"
    else:  # walk the shipment index alone, join the names for the page's rows only
        sql = (f"SELECT {_COLUMNS}, w.k FROM (SELECT s.id, {column} AS k FROM shipment s"
               f"{where} {order}) w JOIN shipment s ON s.id = w.id"
               f"{_FROM.split('FROM shipment s', 1)[1]} ORDER BY w.k {direction},"
               f" w.id {direction}")
    raw = conn.execute(sql, [*params, limit, offset]).fetchall()
    rows = [_row(r) for r in raw]
    next_key = (raw[-1][-1], raw[-1][0]) if len(raw) == limit else None
    return Page(rows, next_key)


def _row(r: tuple) -> ShipmentRow:  # type: ignore[type-arg]
    return ShipmentRow(
        id=r[0], reference=r[1], status=Status(r[2]), partner_city=r[3], donor=r[4],
        recipient=r[5], crossing=r[6],
        planned_crossing=date.fromisoformat(r[7]) if r[7] else None,
        lines=r[8], gross_g=r[9], updated_at=datetime.fromisoformat(r[10]) if r[10] else None,
        partner_city_uk=r[11], recipient_uk=r[12],
    )


def row_by_reference(db: Database, reference: str) -> ShipmentRow | None:
    """The list row of one shipment (to refresh it in place after a save)."""
    raw = db.conn.execute(f"{_SELECT} WHERE s.reference = ?", (reference,)).fetchone()
    return _row(raw) if raw else None


def peek_first_page(path: Path, q: ShipmentQuery, limit: int) -> tuple[int, Page] | None:
    """The count and first page of ``q`` read through a read-only connection (nothing written,
    no sqlite-utils), for the window's first paint; None when this is not simply an AidTracker
    file that can be shown yet (empty, foreign, locked, an older schema, names to look up).
    :func:`aidtracker.store.open_for_window` still checks and opens the file right after."""
    if q.partner.strip() or q.recipient.strip() or not path.is_file() or not path.stat().st_size:
        return None
    try:
        conn = connect_readonly(path)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA busy_timeout = 0")  # a locked file: the usual path waits instead
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        return _count(conn, q), _page(conn, q, _where(q), None, 0, limit)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
