"""The shipments list: filters, sorting and search done in SQL, read in pages (never all rows).

Pages are read by key: the sort value and id of the last row of one page select the next page
without ``OFFSET``; a jump to a page far away uses ``OFFSET`` once, and the pages after it go on
by key again. ``needs_attention`` feeds the side panel without loading every shipment in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlite_utils import Database

from aidtracker import deadlines as dl
from aidtracker.domain import (
    Asset,
    ChecklistRule,
    Deadline,
    DeadlineState,
    LineItem,
    Organisation,
    Severity,
    Shipment,
    ShipmentRow,
    Status,
)
from aidtracker.rules import applicable_rules, blocks_events, load_checklist_rules, shipment_facts
from aidtracker.services import names
from aidtracker.services.autocheck import proven
from aidtracker.store import open_for_window
from aidtracker.store.rows import build
from aidtracker.store.search import search_clause
from aidtracker.workflow import allowed_events

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
        clause, extra = search_clause(q.search)
        parts.append(clause)
        params += extra
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _party_ids(db: Database, q: ShipmentQuery) -> tuple[set[int] | None, set[int] | None]:
    """The partnerships and recipients the filters name (None: that filter is not set)."""
    partners = names.partner_ids(db, q.partner.strip()) if q.partner.strip() else None
    recipients = names.recipient_ids(db, q.recipient.strip()) if q.recipient.strip() else None
    return partners, recipients


def count_shipments(db: Database, q: ShipmentQuery) -> int:
    """How many shipments the query selects (joins only when a filter needs them)."""
    where, params = _where(q, *_party_ids(db, q))
    needs_join = bool(q.partner.strip() or q.recipient.strip())
    source = _FROM if needs_join else " FROM shipment s"
    sql = f"SELECT count(*){source}{where}"
    return int(db.conn.execute(sql, params).fetchone()[0])


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
    where, params = _where(q, *_party_ids(db, q))
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
    raw = db.conn.execute(sql, [*params, limit, offset]).fetchall()
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


def status_counts(db: Database) -> dict[Status, int]:
    """Shipments per status (for the 'Needs attention' panel)."""
    rows = db.conn.execute("SELECT status, count(*) FROM shipment GROUP BY status").fetchall()
    return {Status(s): n for s, n in rows}


def connect_verified_later(path: str | Path) -> Database | None:
    """Connect for the window at once; see :func:`aidtracker.store.open_for_window`."""

    return open_for_window(path)


# --- the "Needs attention" panel -----------------------------------------------------------

ACTIVE = (Status.DRAFT, Status.PLEDGED, Status.ACCEPTED, Status.PREPARING, Status.READY,
          Status.DISPATCHED, Status.AT_BORDER, Status.HELD_AT_CUSTOMS, Status.CLEARED,
          Status.DELIVERED, Status.DISTRIBUTING, Status.DISTRIBUTED, Status.ON_HOLD)
_SIDE_EVENTS = frozenset({"hold", "cancel", "declare_lost", "hold_at_customs", "return"})


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """One line of the panel: a deadline, an open blocking checklist item or a customs hold.

    ``code`` is the deadline kind or the checklist rule id; ``state`` the deadline state or the
    event the item blocks; ``text_en``/``text_uk`` the rule's item text (empty for deadlines).
    """

    reference: str
    status: Status
    code: str
    state: str
    due: date | None = None
    days_left: int | None = None
    detail: str = ""
    text_en: str = ""
    text_uk: str = ""


@dataclass(frozen=True, slots=True)
class Attention:
    """What the morning check needs: deadlines at risk, blockers, holds and counts per status.

    ``checked`` active shipments were evaluated; ``partial`` when more exist than that.
    """

    deadlines: list[AttentionItem]
    blockers: list[AttentionItem]
    held: list[AttentionItem]
    counts: dict[Status, int]
    checked: int
    partial: bool


def needs_attention(db: Database, today: date, *, max_shipments: int = 5000) -> Attention:
    """Deadlines overdue or at risk, open blocking items and customs holds of active shipments.

    Reads the active shipments (not closed, reported, cancelled, returned or lost; the most
    recently changed ``max_shipments``) with their lines in four set queries, then applies the
    core's own deadline and checklist rules — never one detail load per shipment.
    """

    active = _active_cte()
    states = [s.value for s in ACTIVE]
    headers = _dicts(db, f"{active} SELECT s.* FROM shipment s JOIN active a ON a.id = s.id"
                     " ORDER BY s.updated_at DESC, s.id DESC", [*states, max_shipments + 1])
    partial = len(headers) > max_shipments
    headers = headers[:max_shipments]
    lines = _lines_by_shipment(db, active, [*states, max_shipments])
    orgs = {row["id"]: row for row in _dicts(db, "SELECT * FROM organisation", [])}
    ticks = _ticks(db, active, [*states, max_shipments])
    rules, limits = load_checklist_rules(on=today), dl.load_limits()
    found_deadlines: list[AttentionItem] = []
    blockers: list[AttentionItem] = []
    for row in headers:
        shipment = build(Shipment, row)
        own = lines.get(shipment.id or 0, ())
        found_deadlines += _due(shipment, dl.deadlines(shipment, own, limits, today))
        donor, recipient = (build(Organisation, orgs[k]) for k in
                            (shipment.donor_id, shipment.recipient_id))
        blockers += _blockers(shipment, own, donor, recipient, rules,
                              ticks.get(shipment.id or 0, frozenset()))
    found_deadlines.sort(key=lambda item: (item.due or today, item.reference))
    held = [AttentionItem(ref, Status.HELD_AT_CUSTOMS, "held_at_customs", "", detail=reason)
            for ref, reason in db.conn.execute(
                "SELECT reference, hold_reason FROM shipment WHERE status = ?"
                " ORDER BY updated_at", (Status.HELD_AT_CUSTOMS.value,))]
    return Attention(found_deadlines, blockers, held, status_counts(db), len(headers), partial)


def _due(shipment: Shipment, found: Sequence[Deadline]) -> list[AttentionItem]:
    return [AttentionItem(shipment.reference, shipment.status, d.kind, d.state.value, d.due,
                          d.days_left, d.detail)
            for d in found if d.state in (DeadlineState.OVERDUE, DeadlineState.AT_RISK)]


def _active_cte() -> str:
    marks = ", ".join("?" for _ in ACTIVE)
    return (f"WITH active AS (SELECT id FROM shipment WHERE status IN ({marks})"
            " ORDER BY updated_at DESC, id DESC LIMIT ?)")


def _dicts(db: Database, sql: str, params: list[object]) -> list[dict[str, object]]:
    cur = db.conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _lines_by_shipment(db: Database, active: str, params: list[object],
                       ) -> dict[int, tuple[LineItem, ...]]:

    bodies: dict[int, list[Asset]] = {}
    for row in _dicts(db, f"{active} SELECT x.* FROM asset x JOIN line_item l ON l.id = x.line_id"
                      " JOIN active a ON a.id = l.shipment_id ORDER BY x.id", params):
        bodies.setdefault(int(row["line_id"]), []).append(build(Asset, row))  # type: ignore[call-overload]
    by_shipment: dict[int, list[LineItem]] = {}
    for row in _dicts(db, f"{active} SELECT l.* FROM line_item l JOIN active a"
                      " ON a.id = l.shipment_id WHERE l.voided_at IS NULL"
                      " ORDER BY l.shipment_id, l.line_no", params):
        line = build(LineItem, row, assets=tuple(bodies.get(int(row["id"]), ())))  # type: ignore[call-overload]
        by_shipment.setdefault(int(row["shipment_id"]), []).append(line)  # type: ignore[call-overload]
    return {k: tuple(v) for k, v in by_shipment.items()}


def _ticks(db: Database, active: str, params: list[object]) -> dict[int, frozenset[str]]:
    out: dict[int, set[str]] = {}
    for shipment_id, rule_id in db.conn.execute(
        f"{active} SELECT c.shipment_id, c.rule_id FROM checklist_entry c JOIN active a"
        " ON a.id = c.shipment_id WHERE c.state != 'open'", params,
    ):
        out.setdefault(shipment_id, set()).add(rule_id)
    return {k: frozenset(v) for k, v in out.items()}


def _blockers(shipment: Shipment, lines: Sequence[LineItem], donor: Organisation,
              recipient: Organisation, rules: Sequence[ChecklistRule], done: frozenset[str],
              ) -> list[AttentionItem]:
    """Open blocking items guarding the shipment's next forward events."""

    upcoming = {e.value for e in allowed_events(shipment.status)} - _SIDE_EVENTS
    if not upcoming:
        return []
    facts = shipment_facts(shipment, lines, donor, recipient)
    return [
        AttentionItem(shipment.reference, shipment.status, rule.id,
                      ",".join(sorted(blocks_events(rule) & upcoming)),
                      text_en=rule.item_en, text_uk=rule.item_uk)
        for rule in applicable_rules(rules, facts)
        if rule.severity is Severity.BLOCKING and not _done(rule.id, done, shipment, lines,
                                                            recipient)
        and blocks_events(rule) & upcoming
    ]


def _done(rule_id: str, ticked: frozenset[str], shipment: Shipment, lines: Sequence[LineItem],
          recipient: Organisation) -> bool:
    """As the shipment's checklist says: proven by the record, else ticked or overridden."""

    return proven(rule_id, shipment, lines, recipient) or rule_id in ticked
