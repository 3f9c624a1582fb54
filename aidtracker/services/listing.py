"""The shipments list: filters, sorting and search done in SQL, read in pages (never all rows).

Pages are read by key: the sort value and id of the last row of one page select the next page
without ``OFFSET``; a jump to a page far away uses ``OFFSET`` once, and the pages after it go on
by key again. ``needs_attention`` feeds the side panel without loading every shipment in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
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
    Status,
)
from aidtracker.rules import applicable_rules, blocks_events, load_checklist_rules, shipment_facts
from aidtracker.services.autocheck import proven
from aidtracker.services.pages import (
    SORT_COLUMNS,
    Page,
    PageKey,
    ShipmentQuery,
    count_shipments,
    list_page,
    list_shipments,
    row_by_reference,
)
from aidtracker.store import open_for_window
from aidtracker.store.rows import build
from aidtracker.workflow import allowed_events

__all__ = [
    "SORT_COLUMNS", "Page", "PageKey", "ShipmentQuery", "count_shipments", "list_page",
    "list_shipments", "row_by_reference",
]


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
