"""Use cases that move a shipment on: transitions, checklist ticks, receipt, distributions."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from sqlite_utils import Database

from aidtracker import workflow
from aidtracker.domain import (
    CheckState,
    Distribution,
    DistributionKind,
    DistributionLine,
    Event,
    Problem,
    Shipment,
    Status,
    StatusEvent,
)
from aidtracker.errors import NotFound, ValidationFailed, WrongStatus
from aidtracker.money import milli_to_decimal
from aidtracker.services.edits import HeaderEdit, parse_header_edit
from aidtracker.services.shipments import detail_of
from aidtracker.store import audit, unit_of_work
from aidtracker.store import shipments as repo


def advance(
    db: Database, reference: str, event: Event, *, actor: str, at: datetime | None = None,
    note: str = "", reason: str = "", fields: HeaderEdit | Mapping[str, object] | None = None,
    expected_version: int | None = None, today: date | None = None,
) -> Shipment:
    """Perform one workflow event with the header fields it records, in one transaction.

    Raises:
        InvalidTransition: the event is not possible from the current state.
        GuardFailed: its conditions are not met (each problem says what to do).
        ValidationFailed: a field is not one this event records, or has a bad value.
    """
    names = fields.fields if isinstance(fields, HeaderEdit) else tuple(fields or {})
    allowed = workflow.EVENT_FIELDS.get(event, ())
    if extra := sorted(set(names) - set(allowed)):
        raise ValidationFailed([Problem(field=extra[0], rule="unknown_choice", params={
            "value": extra[0], "allowed": ", ".join(allowed) or "none"})])
    recorded = audit.now()
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        workflow.target_of(shipment, event)  # InvalidTransition before anything else
        edit = fields if isinstance(fields, HeaderEdit) else parse_header_edit(fields or {})
        candidate = edit.apply_to(shipment)
        detail = detail_of(db, candidate, today=today or recorded.date())
        ctx = workflow.Context(
            shipment=candidate, lines=detail.lines, checklist=detail.checklist,
            distributions=detail.distributions, code_validity_days=_code_validity_days(),
            reason=reason.strip(),
        )
        updated, record = workflow.apply(ctx, event, actor=actor, at=at or recorded,
                                         recorded_at=recorded, note=note.strip())
        version = shipment.version if expected_version is None else expected_version
        saved = repo.save_shipment(db, updated, expected_version=version, actor=actor,
                                   action=f"event:{event.value}")
        repo.append_event(db, int(shipment.id or 0), record)
        repo.refresh_summary(db, int(shipment.id or 0))
        return saved


def _code_validity_days() -> int:
    from aidtracker.deadlines import load_limits

    return int(load_limits().code_validity_days)


def set_checklist(
    db: Database, reference: str, rule_id: str, state: CheckState, *, actor: str, note: str = ""
) -> None:
    """Tick, override (reason required, logged as an event) or reopen one checklist item."""
    if state is CheckState.OVERRIDDEN and not note.strip():
        raise ValidationFailed([Problem(field="note", rule="reason_required")])
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        detail = detail_of(db, shipment, today=date.today())
        if rule_id not in {item.rule.id for item in detail.checklist}:
            raise NotFound(entity="checklist item", key=rule_id)
        repo.set_checklist_state(db, int(shipment.id or 0), rule_id, state, actor, note.strip())
        if state is CheckState.OVERRIDDEN:
            at = audit.now()
            repo.append_event(db, int(shipment.id or 0), StatusEvent(
                id=None, event="override", from_status=shipment.status.value,
                to_status=shipment.status.value, occurred_at=at, recorded_at=at, actor=actor,
                note=rule_id, reason=note.strip()))


def record_receipt(
    db: Database, reference: str, received: Mapping[int, tuple[int, int, int]], *, actor: str,
    expected_version: int | None = None,
) -> Shipment:
    """Received good / damaged / missing quantities (thousandths) per line number."""
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        _require(shipment, "receipt", (Status.AT_BORDER, Status.HELD_AT_CUSTOMS, Status.CLEARED))
        lines = {ln.line_no: ln for ln in repo.get_lines(db, int(shipment.id or 0))}
        problems = _receipt_problems(lines, received)
        if problems:
            raise ValidationFailed(problems)
        version = shipment.version if expected_version is None else expected_version
        repo.touch(db, shipment, expected_version=version, actor=actor)
        for line_no, (good, damaged, missing) in received.items():
            repo.update_line(db, int(shipment.id or 0), dataclasses.replace(
                lines[line_no], received_good_milli=good, received_damaged_milli=damaged,
                received_missing_milli=missing), actor)
        return repo.get_shipment(db, reference)


def _require(shipment: Shipment, action: str, allowed: tuple[Status, ...]) -> None:
    if shipment.status not in allowed:
        raise WrongStatus(reference=shipment.reference, status=shipment.status.value,
                          action=action, allowed=[s.value for s in allowed])


def _receipt_problems(lines: Mapping[int, object], received: Mapping[int, tuple[int, int, int]],
                      ) -> list[Problem]:
    problems = []
    for line_no, quantities in received.items():
        if line_no not in lines:
            problems.append(Problem(field="line", rule="unknown_choice", row=line_no,
                                    params={"value": line_no, "allowed": sorted(lines)}))
        elif any(q < 0 for q in quantities):
            problems.append(Problem(field="received", rule="not_negative", row=line_no,
                                    params={"value": min(quantities)}))
    return problems


def add_distribution(
    db: Database, reference: str, *, on: date, kind: DistributionKind,
    lines: Sequence[DistributionLine], actor: str, acquirer_id: int | None = None,
    person_name: str = "", settlement: str = "",
) -> str:
    """Hand goods to an acquirer (D8); refuses more than the received balance. Returns act no."""
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        _require(shipment, "distribution", (Status.DELIVERED, Status.DISTRIBUTING))
        detail = detail_of(db, shipment, today=on)
        problems = _distribution_problems(detail, lines, acquirer_id, person_name)
        if problems:
            raise ValidationFailed(problems)
        number = repo.next_number(db, "distribution", on.year)
        act_no = f"{repo.office_code(db)}-ROZ-{on.year}-{number:04d}"
        repo.insert_distribution(db, int(shipment.id or 0), Distribution(
            id=None, act_no=act_no, on=on, kind=kind, acquirer_id=acquirer_id,
            person_name=person_name.strip(), settlement=settlement.strip(), lines=tuple(lines),
        ), actor)
        repo.touch(db, shipment, expected_version=shipment.version, actor=actor)
        return act_no


def _distribution_problems(detail: object, lines: Sequence[DistributionLine],
                           acquirer_id: int | None, person_name: str) -> list[Problem]:
    problems: list[Problem] = []
    if not lines:
        problems.append(Problem(field="lines", rule="required"))
    if acquirer_id is None and not person_name.strip():
        problems.append(Problem(field="acquirer", rule="required"))
    by_no = {ln.line_no: ln for ln in detail.lines}  # type: ignore[attr-defined]
    for dl in lines:
        line = by_no.get(dl.line_no)
        if line is None:
            problems.append(Problem(field="line", rule="unknown_choice", row=dl.line_no,
                                    params={"value": dl.line_no, "allowed": sorted(by_no)}))
            continue
        if dl.qty_milli <= 0:
            problems.append(Problem(field="quantity", rule="positive", row=dl.line_no,
                                    params={"value": str(milli_to_decimal(dl.qty_milli))}))
            continue
        available = workflow.balance_milli(line, detail.distributions)  # type: ignore[attr-defined]
        if dl.qty_milli > available:
            problems.append(Problem(field="quantity", rule="over_distribution", row=dl.line_no,
                                    params={"available": str(milli_to_decimal(available)),
                                            "asked": str(milli_to_decimal(dl.qty_milli)),
                                            "unit": line.unit.value}))
    return problems
