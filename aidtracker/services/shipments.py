"""Use cases on one shipment: create, add and edit lines, edit the header, amend, read in full.

Each function is one user action and one transaction; the UI and the CLI call only these.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlite_utils import Database

from aidtracker import validate
from aidtracker.domain import (
    ChecklistItem,
    CheckState,
    LineItem,
    Problem,
    Severity,
    Shipment,
    ShipmentDetail,
    Status,
    StatusEvent,
)
from aidtracker.errors import ShipmentLocked, ValidationFailed
from aidtracker.services.edits import HeaderEdit
from aidtracker.store import audit, parties, unit_of_work
from aidtracker.store import shipments as repo


def _blocking(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.BLOCKING]


def _check_lines(lines: Sequence[LineItem]) -> None:
    problems: list[Problem] = []
    for line in lines:
        problems += validate.validate_line(line, row=line.line_no)
    if blocking := _blocking(problems):
        raise ValidationFailed(blocking)


def create_shipment(
    db: Database, header: Shipment, lines: Sequence[LineItem] = (), *, actor: str,
    today: date | None = None,
) -> str:
    """Save a new draft with its lines; returns the new reference (``KYV-2026-0042``)."""
    today = today or date.today()
    numbered = [dataclasses.replace(ln, line_no=i) for i, ln in enumerate(lines, start=1)]
    if blocking := _blocking(validate.validate_shipment(header)):
        raise ValidationFailed(blocking)
    _check_lines(numbered)
    with unit_of_work(db):
        parties.get_partnership(db, header.partnership_id)
        parties.get_organisation(db, header.donor_id)
        parties.get_organisation(db, header.recipient_id)
        reference = repo.next_reference(db, today.year)
        draft = dataclasses.replace(header, id=None, reference=reference, status=Status.DRAFT)
        shipment_id = repo.insert_shipment(db, draft, actor)
        repo.insert_lines(db, shipment_id, numbered, actor)
        repo.refresh_summary(db, shipment_id)
    return reference


def _editable(shipment: Shipment, amendment_reason: str) -> None:
    if shipment.locked and not amendment_reason.strip():
        raise ShipmentLocked(reference=shipment.reference, status=shipment.status.value)


def _amendment(db: Database, shipment: Shipment, reason: str, actor: str, what: str) -> None:
    if not shipment.locked:
        return
    at = audit.now()
    repo.append_event(db, int(shipment.id or 0), StatusEvent(
        id=None, event="amend", from_status=shipment.status.value,
        to_status=shipment.status.value, occurred_at=at, recorded_at=at, actor=actor,
        note=what, reason=reason.strip(),
    ))


def add_lines(
    db: Database, reference: str, lines: Sequence[LineItem], *, actor: str,
    expected_version: int | None = None, amendment_reason: str = "",
) -> Shipment:
    """Append lines after the last one, all or nothing."""
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        _editable(shipment, amendment_reason)
        start = len(repo.get_lines(db, int(shipment.id or 0))) + 1
        numbered = [dataclasses.replace(ln, line_no=start + i) for i, ln in enumerate(lines)]
        _check_lines(numbered)
        version = shipment.version if expected_version is None else expected_version
        repo.touch(db, shipment, expected_version=version, actor=actor)
        repo.insert_lines(db, int(shipment.id or 0), numbered, actor)
        repo.refresh_summary(db, int(shipment.id or 0))
        _amendment(db, shipment, amendment_reason, actor, f"added {len(numbered)} line(s)")
        return repo.get_shipment(db, reference)


def save_lines(
    db: Database, reference: str, lines: Sequence[LineItem], *, actor: str,
    expected_version: int, amendment_reason: str = "",
) -> Shipment:
    """Replace the whole goods list as edited in the editor (numbers follow the given order)."""
    numbered = [dataclasses.replace(ln, line_no=i) for i, ln in enumerate(lines, start=1)]
    _check_lines(numbered)
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        _editable(shipment, amendment_reason)
        shipment_id = int(shipment.id or 0)
        repo.touch(db, shipment, expected_version=expected_version, actor=actor)
        old = {ln.line_no: ln for ln in repo.get_lines(db, shipment_id)}
        for line in numbered:
            if line.line_no in old:
                if _content(old[line.line_no]) != _content(line):
                    repo.update_line(db, shipment_id, line, actor)
            else:
                repo.insert_lines(db, shipment_id, [line], actor)
        for line_no in sorted(set(old) - {ln.line_no for ln in numbered}, reverse=True):
            repo.delete_line(db, shipment_id, line_no, actor)
        repo.refresh_summary(db, shipment_id)
        _amendment(db, shipment, amendment_reason, actor, "goods list edited")
        return repo.get_shipment(db, reference)


def save_edits(
    db: Database, reference: str, edit: HeaderEdit, lines: Sequence[LineItem] | None,
    *, actor: str, expected_version: int, amendment_reason: str = "",
) -> Shipment:
    """The editor's Save: header changes and the goods list together, in one transaction."""
    with unit_of_work(db):
        version = expected_version
        saved = None
        if edit.fields:
            saved = update_header(db, reference, edit, actor=actor, expected_version=version,
                                  amendment_reason=amendment_reason)
            version = saved.version
        if lines is not None:
            saved = save_lines(db, reference, lines, actor=actor, expected_version=version,
                               amendment_reason=amendment_reason)
        return saved or repo.get_shipment(db, reference)


def _content(line: LineItem) -> LineItem:
    return dataclasses.replace(
        line, id=None, assets=tuple(dataclasses.replace(a, id=None) for a in line.assets)
    )


def update_header(
    db: Database, reference: str, edit: HeaderEdit, *, actor: str,
    expected_version: int, amendment_reason: str = "",
) -> Shipment:
    """Change header fields; the status moves only through :func:`progress.advance`."""
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        _editable(shipment, amendment_reason)
        updated = edit.apply_to(shipment)
        if blocking := _blocking(validate.validate_shipment(updated)):
            raise ValidationFailed(blocking)
        saved = repo.save_shipment(db, updated, expected_version=expected_version, actor=actor,
                                   action="amend" if shipment.locked else "update")
        repo.refresh_summary(db, int(shipment.id or 0))
        _amendment(db, shipment, amendment_reason, actor, ", ".join(sorted(edit.fields)))
        return saved


def get_detail(db: Database, reference: str, *, today: date | None = None) -> ShipmentDetail:
    """Everything about one shipment, with its checklist and deadlines as of ``today``."""
    shipment = repo.get_shipment(db, reference)
    return detail_of(db, shipment, today=today or date.today())


def detail_of(db: Database, shipment: Shipment, *, today: date) -> ShipmentDetail:
    from aidtracker import deadlines, rules

    shipment_id = int(shipment.id or 0)
    lines = repo.get_lines(db, shipment_id)
    donor = parties.get_organisation(db, shipment.donor_id)
    recipient = parties.get_organisation(db, shipment.recipient_id)
    facts = rules.shipment_facts(shipment, lines, donor, recipient)
    applicable = rules.applicable_rules(rules.load_checklist_rules(on=today), facts)
    states = repo.checklist_states(db, shipment_id)
    checklist = tuple(_item(rule, states.get(rule.id)) for rule in applicable)
    return ShipmentDetail(
        shipment=shipment,
        partnership=parties.get_partnership(db, shipment.partnership_id),
        donor=donor,
        recipient=recipient,
        lines=lines,
        events=repo.get_events(db, shipment_id),
        checklist=checklist,
        deadlines=tuple(deadlines.deadlines(shipment, lines, deadlines.load_limits(), today)),
        attachments=repo.get_attachments(db, shipment_id),
        distributions=repo.get_distributions(db, shipment_id),
    )


def _item(rule: object, state: tuple[CheckState, str, str, str] | None) -> ChecklistItem:
    if state is None:
        return ChecklistItem(rule=rule)  # type: ignore[arg-type]
    check_state, by, at, note = state
    return ChecklistItem(rule=rule, state=check_state, by=by,  # type: ignore[arg-type]
                         at=datetime.fromisoformat(at), note=note)
