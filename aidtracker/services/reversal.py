"""Reversing a distribution act (D8) or a write-off act (D9) with its own record.

Nothing is deleted: the act keeps its rows and its number (never issued again) and is marked
reversed with who, when and why (audited, and an event in the shipment's history). From then
on it is out of every balance — its quantities are back on hand (a write-off's damaged units
back among the damaged not yet written off) — and its printed original, if one was issued, is
void in the document register. Only then can the line it referred to be voided or changed.

A reversal only ever puts goods back, so no later act can be left short by it. It is refused
for an unknown or already reversed act, without a reason, and once the AHARS report was filed
(``reported``, ``closed``): the report stands on these acts.

The status follows the balance back (DOMAIN.md §5.2): ``distributed`` returns to
``distributing`` (goods are on hand again) or to ``delivered`` when no distribution act is left
in force; ``distributing`` returns to ``delivered`` when its last distribution act is reversed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlite_utils import Database

from aidtracker.domain import Problem, Status, StatusEvent
from aidtracker.errors import ValidationFailed
from aidtracker.store import audit, balance, unit_of_work
from aidtracker.store import issued as register
from aidtracker.store import shipments as repo

#: States in which acts exist and no report has been filed on them yet.
REVERSIBLE = (Status.DELIVERED, Status.DISTRIBUTING, Status.DISTRIBUTED)
EVENT = "reverse_act"
_KIND = {"distribution": "distribution", "write_off": "writeoff"}


@dataclass(frozen=True, slots=True)
class Reversal:
    """What a reversal did: the act, its kind, the status before and after, the voided PDF."""

    act_no: str
    kind: str  # "distribution" or "writeoff"
    from_status: Status
    to_status: Status
    voided_document: str | None


def status_after(status: Status, distributions_left: int) -> Status:
    """Where the shipment stands once an act is reversed (see the module's notes)."""
    if status is Status.DISTRIBUTED:
        return Status.DISTRIBUTING if distributions_left else Status.DELIVERED
    if status is Status.DISTRIBUTING and not distributions_left:
        return Status.DELIVERED
    return status


def reverse_act(db: Database, reference: str, act_no: str, *, reason: str,
                actor: str) -> Reversal:
    """Reverse the distribution or write-off act ``act_no`` of shipment ``reference``.

    Raises:
        NotFound: no such shipment.
        ValidationFailed: no reason; no such act in force (the acts are named); the act was
            reversed already (when, by whom); the AHARS report was filed.
    """
    why = reason.strip()
    if not why:
        raise ValidationFailed([Problem(field="reason", rule="reason_required")])
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        sid = int(shipment.id or 0)
        found = balance.find_act(db, sid, act_no)
        if found is None:
            raise ValidationFailed([Problem(field="act", rule="unknown_choice", params={
                "value": act_no, "allowed": ", ".join(balance.act_numbers(db, sid)) or "—"})])
        table, act_id, reversed_at = found
        number = _number(db, table, act_id)
        if reversed_at is not None:
            raise ValidationFailed([Problem(field="act", rule="act_reversed", params={
                "act": number, "at": reversed_at, "by": _reversed_by(db, table, act_id)})])
        if shipment.status not in REVERSIBLE:
            raise ValidationFailed([Problem(field="act", rule="act_after_report", params={
                "act": number, "status": shipment.status.value})])
        at = audit.now()
        stamp = at.isoformat(timespec="seconds")
        balance.reverse_act(db, table, act_id, at=stamp, actor=actor, reason=why)
        audit.record(db, actor=actor, entity=table, entity_id=number, action="reverse",
                     after={"reason": why, "at": stamp})
        kind = _KIND[table]
        voided = register.void_in_scope(db, sid, kind, f"act:{number}", at=stamp, reason=why)
        if voided is not None:
            audit.record(db, actor=actor, entity="issued_document", entity_id=voided,
                         action="void", after={"act": number, "reason": why})
        left = len(repo.get_distributions(db, sid))
        target = status_after(shipment.status, left)
        if target is shipment.status:
            repo.touch(db, shipment, expected_version=shipment.version, actor=actor)
        else:
            repo.save_shipment(db, dataclasses.replace(shipment, status=target),
                               expected_version=shipment.version, actor=actor,
                               action=f"event:{EVENT}")
        repo.append_event(db, sid, StatusEvent(
            id=None, event=EVENT, from_status=shipment.status.value, to_status=target.value,
            occurred_at=at, recorded_at=at, actor=actor, note=number, reason=why))
        return Reversal(number, kind, shipment.status, target, voided)


def _number(db: Database, table: str, act_id: int) -> str:
    row = db.conn.execute(f"SELECT act_no FROM {table} WHERE id = ?", (act_id,)).fetchone()
    return str(row[0])


def _reversed_by(db: Database, table: str, act_id: int) -> str:
    row = db.conn.execute(f"SELECT reversed_by FROM {table} WHERE id = ?", (act_id,)).fetchone()
    return str(row[0])
