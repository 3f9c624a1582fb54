"""Use cases that move a shipment on: transitions, checklist ticks, receipt, distributions."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from sqlite_utils import Database

from aidtracker import workflow
from aidtracker.deadlines import load_limits
from aidtracker.domain import (
    CheckState,
    Distribution,
    DistributionKind,
    DistributionLine,
    Event,
    LineItem,
    Problem,
    Shipment,
    Status,
    StatusEvent,
)
from aidtracker.errors import NotFound, ValidationFailed, WrongStatus
from aidtracker.money import decimal_text, milli_to_decimal
from aidtracker.services import autocheck, chronology, formats, stock
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
        dated = chronology.blocking(formats.ahars_code_taken(db, candidate) + (
            chronology.header_problems(candidate, today or recorded.date(), detail.lines,
                                       detail.distributions, detail.write_offs)))
        if dated:
            raise ValidationFailed(dated)
        ctx = workflow.Context(
            shipment=candidate, lines=detail.lines, checklist=detail.checklist,
            distributions=detail.distributions, write_offs=detail.write_offs,
            code_validity_days=_code_validity_days(), reason=reason.strip(),
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

    return int(load_limits().code_validity_days)


def set_checklist(
    db: Database, reference: str, rule_id: str | Sequence[str], state: CheckState, *,
    actor: str, note: str = "",
) -> None:
    """Tick, override ("not applicable", reason required, logged as an event) or reopen one
    or several checklist items at once (all or nothing).

    Raises:
        NotFound: a rule that does not apply to the shipment.
        ValidationFailed: no reason for an override, or a tick of an item the record proves
            false (the fact is named: record it instead).
    """
    rule_ids = [rule_id] if isinstance(rule_id, str) else list(rule_id)
    if state is CheckState.OVERRIDDEN and not note.strip():
        raise ValidationFailed([Problem(field="note", rule="reason_required")])
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        detail = detail_of(db, shipment, today=date.today())
        items = {item.rule.id: item for item in detail.checklist}
        problems = []
        for rid in rule_ids:
            if rid not in items:
                raise NotFound(entity="checklist item", key=rid)
            proof = autocheck.proven(rid, shipment, detail.lines, detail.recipient)
            if state is CheckState.DONE and proof is False:
                problems.append(Problem(field="checklist", rule="auto_fact_false", params={
                    "rule": rid, "item": items[rid].rule.item_en,
                    "item_uk": items[rid].rule.item_uk}))
        if problems:
            raise ValidationFailed(problems)
        for rid in rule_ids:
            _set_one(db, shipment, rid, state, actor, note.strip())


def _set_one(db: Database, shipment: Shipment, rule_id: str, state: CheckState, actor: str,
             note: str) -> None:
    repo.set_checklist_state(db, int(shipment.id or 0), rule_id, state, actor, note)
    if state is CheckState.OVERRIDDEN:
        at = audit.now()
        repo.append_event(db, int(shipment.id or 0), StatusEvent(
            id=None, event="override", from_status=shipment.status.value,
            to_status=shipment.status.value, occurred_at=at, recorded_at=at, actor=actor,
            note=rule_id, reason=note))


def record_receipt(
    db: Database, reference: str, received: Mapping[int, tuple[int, int, int]], *, actor: str,
    expected_version: int | None = None, on: date | None = None,
    surplus: Mapping[int, tuple[int, str]] | None = None, today: date | None = None,
) -> Shipment:
    """Received good / damaged / missing quantities (thousandths) per line number, on ``on``
    (default today); ``surplus`` per line (quantity, reason) on top of what was shipped.

    Raises:
        ValidationFailed: an unknown or voided line, a negative figure, more accounted for than
            shipped (naming the line and both numbers), a surplus without a reason, a date
            before the clearance or after today.
    """
    today = today or date.today()
    on = on or today
    surplus = surplus or {}
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        _require(shipment, "receipt", (Status.AT_BORDER, Status.HELD_AT_CUSTOMS, Status.CLEARED))
        lines = {ln.line_no: ln for ln in repo.get_lines(db, int(shipment.id or 0))
                 if not ln.voided}
        problems = _receipt_problems(lines, received, surplus)
        problems += chronology.after_problems("received_on", on, shipment, today,
                                              ("cleared_on", "crossed_on", "loaded_on"))
        if problems:
            raise ValidationFailed(problems)
        version = shipment.version if expected_version is None else expected_version
        repo.touch(db, shipment, expected_version=version, actor=actor)
        for line_no, (good, damaged, missing) in received.items():
            extra, why = surplus.get(line_no, (lines[line_no].received_surplus_milli,
                                               lines[line_no].surplus_reason))
            repo.update_line(db, int(shipment.id or 0), dataclasses.replace(
                lines[line_no], received_good_milli=good, received_damaged_milli=damaged,
                received_missing_milli=missing, received_surplus_milli=extra,
                surplus_reason=why.strip(), received_on=on), actor)
        return repo.get_shipment(db, reference)


def _require(shipment: Shipment, action: str, allowed: tuple[Status, ...]) -> None:
    if shipment.status not in allowed:
        raise WrongStatus(reference=shipment.reference, status=shipment.status.value,
                          action=action, allowed=[s.value for s in allowed])


def _receipt_problems(lines: Mapping[int, LineItem], received: Mapping[int, tuple[int, int, int]],
                      surplus: Mapping[int, tuple[int, str]]) -> list[Problem]:
    problems = []
    for line_no in sorted(set(received) | set(surplus)):
        line = lines.get(line_no)
        if line is None:
            problems.append(Problem(field="line", rule="unknown_choice", row=line_no,
                                    params={"value": line_no, "allowed": sorted(lines)}))
            continue
        quantities = received.get(line_no, (line.received_good_milli or 0,
                                            line.received_damaged_milli,
                                            line.received_missing_milli))
        extra, why = surplus.get(line_no, (0, ""))
        if any(q < 0 for q in (*quantities, extra)):
            problems.append(Problem(field="received", rule="not_negative", row=line_no,
                                    params={"value": _q(min(*quantities, extra))}))
        elif sum(quantities) > line.qty_milli:
            problems.append(Problem(field="received", rule="over_receipt", row=line_no, params={
                "good": _q(quantities[0]), "damaged": _q(quantities[1]),
                "missing": _q(quantities[2]), "accounted": _q(sum(quantities)),
                "shipped": _q(line.qty_milli), "unit": line.unit.value}))
        if extra and not why.strip():
            problems.append(Problem(field="surplus_reason", rule="reason_required", row=line_no))
    return problems


def _q(milli: int) -> str:
    return decimal_text(milli_to_decimal(milli))


def add_distribution(
    db: Database, reference: str, *, on: date, kind: DistributionKind,
    lines: Sequence[DistributionLine], actor: str, acquirer_id: int | None = None,
    person_name: str = "", settlement: str = "", today: date | None = None,
) -> str:
    """Hand goods to an acquirer (D8); refuses more than is on hand, serials not on the line or
    already handed over, a date before the receipt or after today. Returns the act number."""
    today = today or date.today()
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        _require(shipment, "distribution", (Status.DELIVERED, Status.DISTRIBUTING))
        detail = detail_of(db, shipment, today=today)
        lines = stock.name_serials(detail, lines)
        problems = _distribution_problems(detail, lines, acquirer_id, person_name)
        problems += stock.serial_problems(detail, lines)
        problems += chronology.after_problems("date", on, shipment, today,
                                              ("delivered_on", "cleared_on"),
                                              stock.receipt_day(detail))
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
        available = workflow.balance_milli(line, detail.distributions,  # type: ignore[attr-defined]
                                           detail.write_offs)  # type: ignore[attr-defined]
        if dl.qty_milli > available:
            problems.append(Problem(field="quantity", rule="over_distribution", row=dl.line_no,
                                    params={"available": str(milli_to_decimal(available)),
                                            "asked": str(milli_to_decimal(dl.qty_milli)),
                                            "unit": line.unit.value}))
    return problems
