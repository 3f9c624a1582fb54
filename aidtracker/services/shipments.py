"""Use cases on one shipment: create, add and edit lines, edit the header, amend, read in full.

Each function is one user action and one transaction; the UI and the CLI call only these.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlite_utils import Database

from aidtracker import deadlines, rules, validate
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
from aidtracker.services import autocheck, chronology
from aidtracker.services.chronology import event_date_problems
from aidtracker.services.edits import HeaderEdit
from aidtracker.services.formats import ahars_code_taken, duplicate_vins, normalise_plate
from aidtracker.services.rates import eur_value_minor, value
from aidtracker.store import audit, balance, parties, unit_of_work
from aidtracker.store import shipments as repo
from aidtracker.store.balance import referenced_line_ids


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
    if blocking := _blocking(chronology.header_problems(header, today)):
        raise ValidationFailed(blocking)
    _check_lines(numbered)
    with unit_of_work(db):
        _check_vins(db, numbered, "")
        parties.get_partnership(db, header.partnership_id)
        parties.get_organisation(db, header.donor_id)
        parties.get_organisation(db, header.recipient_id)
        reference = repo.next_reference(db, today.year)
        draft = dataclasses.replace(header, id=None, reference=reference, status=Status.DRAFT)
        shipment_id = repo.insert_shipment(db, draft, actor)
        repo.insert_lines(db, shipment_id, numbered, actor)
        repo.refresh_summary(db, shipment_id)
    return reference


def _check_vins(db: Database, lines: Sequence[LineItem], reference: str) -> None:
    if problems := duplicate_vins(db, lines, reference):
        raise ValidationFailed(problems)


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
    expected_version: int | None = None, amendment_reason: str = "", load: int | None = None,
) -> Shipment:
    """Append lines after the last one, all or nothing; on load 1, or on ``load``."""
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        _editable(shipment, amendment_reason)
        start = len(repo.get_lines(db, int(shipment.id or 0))) + 1
        numbered = [dataclasses.replace(ln, line_no=start + i) for i, ln in enumerate(lines)]
        _check_lines(numbered)
        _check_vins(db, numbered, reference)
        version = shipment.version if expected_version is None else expected_version
        repo.touch(db, shipment, expected_version=version, actor=actor)
        repo.insert_lines(db, int(shipment.id or 0), numbered, actor)
        repo.refresh_summary(db, int(shipment.id or 0))
        if load is not None:
            for line in numbered:
                balance.put_line_on(db, int(shipment.id or 0), load, line, actor)
        _amendment(db, shipment, amendment_reason, actor, f"added {len(numbered)} line(s)")
        return repo.get_shipment(db, reference)


def save_lines(
    db: Database, reference: str, lines: Sequence[LineItem], *, actor: str,
    expected_version: int, amendment_reason: str = "",
) -> Shipment:
    """Replace the goods list as edited in the editor: lines are matched by id (numbers follow
    the given order, skipping voided lines' numbers); a removed line is deleted from a draft
    and voided (with the amendment reason) once locked. A line that an act refers to keeps its
    number and content; nothing ever re-points an act.

    Raises:
        ValidationFailed: a line's problems, or ``line_referenced`` naming the act.
    """
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        _editable(shipment, amendment_reason)
        sid = int(shipment.id or 0)
        every = repo.get_lines(db, sid)
        old = {ln.id: ln for ln in every if not ln.voided}
        numbers = (n for n in itertools.count(1) if n not in {ln.line_no for ln in every
                                                               if ln.voided})
        numbered = [dataclasses.replace(ln, line_no=next(numbers),
                                        id=ln.id if ln.id in old else None) for ln in lines]
        _check_lines(numbered)
        _keep_referenced(db, sid, old, numbered)
        repo.touch(db, shipment, expected_version=expected_version, actor=actor)
        kept = {ln.id for ln in numbered if ln.id is not None}
        for gone in sorted((ln for ln in old.values() if ln.id not in kept),
                           key=lambda ln: -ln.line_no):
            if shipment.locked:
                repo.void_line(db, sid, gone.line_no, amendment_reason.strip(), actor)
            else:
                repo.delete_line(db, sid, gone.line_no, actor)
        moved = [ln for ln in numbered if ln.id is not None and old[ln.id].line_no != ln.line_no]
        repo.park_lines(db, [int(ln.id or 0) for ln in moved])
        for line in numbered:
            if line.id is None:
                repo.insert_lines(db, sid, [line], actor)
            elif line in moved or _content(old[line.id]) != _content(line):
                repo.rewrite_line(db, int(line.id), line, actor)
        repo.refresh_summary(db, sid)
        _amendment(db, shipment, amendment_reason, actor, "goods list edited")
        return repo.get_shipment(db, reference)


def _keep_referenced(db: Database, sid: int, old: dict[int | None, LineItem],
                     numbered: Sequence[LineItem]) -> None:
    new = {ln.id: ln for ln in numbered if ln.id is not None}
    problems = []
    for line_id, act in referenced_line_ids(db, sid).items():
        before = old.get(line_id)
        after = new.get(line_id)
        if before is not None and (after is None or after.line_no != before.line_no
                                   or _content(after) != _content(before)):
            problems.append(Problem(field="line", rule="line_referenced", row=before.line_no,
                                    params={"act": act}))
    if problems:
        raise ValidationFailed(problems)


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


def _dated(db: Database, s: Shipment, today: date | None) -> list[Problem]:
    sid = int(s.id or 0)
    return ahars_code_taken(db, s) + chronology.header_problems(
        s, today or date.today(), [ln for ln in repo.get_lines(db, sid) if not ln.voided],
        repo.get_distributions(db, sid), balance.get_write_offs(db, sid))


def update_header(
    db: Database, reference: str, edit: HeaderEdit, *, actor: str,
    expected_version: int, amendment_reason: str = "", today: date | None = None,
) -> Shipment:
    """Change header fields; the status moves only through :func:`progress.advance`."""
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        _editable(shipment, amendment_reason)
        updated = _normalised(edit.apply_to(shipment))
        if blocking := _blocking(event_date_problems(shipment, edit.changes())
                                 + _dated(db, updated, today)):
            raise ValidationFailed(blocking)
        saved = repo.save_shipment(db, updated, expected_version=expected_version, actor=actor,
                                   action="amend" if shipment.locked else "update")
        repo.refresh_summary(db, int(shipment.id or 0))
        _amendment(db, shipment, amendment_reason, actor, ", ".join(sorted(edit.fields)))
        return saved


def _normalised(s: Shipment) -> Shipment:
    """Plates as stored: upper case without spaces or hyphens."""
    return dataclasses.replace(s, truck_plate=normalise_plate(s.truck_plate),
                               trailer_plate=normalise_plate(s.trailer_plate))


def get_detail(db: Database, reference: str, *, today: date | None = None) -> ShipmentDetail:
    """Everything about one shipment, with its checklist and deadlines as of ``today``."""
    shipment = repo.get_shipment(db, reference)
    return detail_of(db, shipment, today=today or date.today())


def detail_of(db: Database, shipment: Shipment, *, today: date) -> ShipmentDetail:
    shipment_id = int(shipment.id or 0)
    every = repo.get_lines(db, shipment_id)
    lines = tuple(ln for ln in every if not ln.voided)
    donor = parties.get_organisation(db, shipment.donor_id)
    recipient = parties.get_organisation(db, shipment.recipient_id)
    facts = rules.shipment_facts(shipment, lines, donor, recipient,
                                 eur_minor=eur_value_minor(db, shipment, lines, today))
    applicable = rules.applicable_rules(rules.load_checklist_rules(on=today), facts)
    states = repo.checklist_states(db, shipment_id)
    checklist = tuple(_item(rule, states.get(rule.id),
                            autocheck.proven(rule.id, shipment, lines, recipient))
                      for rule in applicable)
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
        write_offs=balance.get_write_offs(db, shipment_id),
        loads=balance.get_loads(db, shipment_id),
        voided=tuple(ln for ln in every if ln.voided),
        valuation=value(db, shipment, lines),
        reversed_distributions=repo.get_distributions(db, shipment_id, reversed_=True),
        reversed_write_offs=balance.get_write_offs(db, shipment_id, reversed_=True),
    )


def _item(rule: object, state: tuple[CheckState, str, str, str] | None,
          proof: bool | None = None) -> ChecklistItem:
    """The item as ticked by hand; an item the record proves is done while its fact holds and
    open when it does not (unless overridden with a reason)."""
    auto = proof is not None
    if proof:
        return ChecklistItem(rule=rule, state=CheckState.DONE, by=autocheck.AUTO_BY,  # type: ignore[arg-type]
                             auto=True)
    if state is None or (proof is False and state[0] is CheckState.DONE):
        return ChecklistItem(rule=rule, auto=auto)  # type: ignore[arg-type]
    check_state, by, at, note = state
    return ChecklistItem(rule=rule, state=check_state, by=by,  # type: ignore[arg-type]
                         at=datetime.fromisoformat(at), note=note, auto=auto)
