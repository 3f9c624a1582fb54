"""The shipment workflow as data: a transition table plus guard functions (DOMAIN.md §5).

``apply`` is pure: it takes the shipment as it would be after the event's own fields were
filled in, checks the guards and returns the new header and the event record, or raises.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from aidtracker.domain import (
    ChecklistItem,
    Distribution,
    Event,
    ExportRoute,
    LineItem,
    Problem,
    Shipment,
    Status,
    StatusEvent,
    TransportMode,
    WriteOff,
)
from aidtracker.errors import GuardFailed, InvalidTransition
from aidtracker.money import milli_to_decimal
from aidtracker.money import milli_to_decimal as qty
from aidtracker.rules import blocking_for

S, E = Status, Event
_HOLDABLE = (S.PLEDGED, S.ACCEPTED, S.PREPARING, S.READY, S.DISPATCHED)
_CANCELLABLE = (S.DRAFT, S.PLEDGED, S.ACCEPTED, S.PREPARING, S.READY)
_LOSABLE = (S.DISPATCHED, S.AT_BORDER, S.HELD_AT_CUSTOMS)

TRANSITIONS: dict[tuple[Status, Event], Status] = {
    (S.DRAFT, E.PLEDGE): S.PLEDGED,
    (S.PLEDGED, E.ACCEPT): S.ACCEPTED,
    (S.ACCEPTED, E.START_PREPARING): S.PREPARING,
    (S.PREPARING, E.MARK_READY): S.READY,
    (S.READY, E.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, E.ARRIVE_BORDER): S.AT_BORDER,
    (S.AT_BORDER, E.CLEAR): S.CLEARED,
    (S.HELD_AT_CUSTOMS, E.CLEAR): S.CLEARED,
    (S.AT_BORDER, E.HOLD_AT_CUSTOMS): S.HELD_AT_CUSTOMS,
    (S.HELD_AT_CUSTOMS, E.RETURN): S.RETURNED,
    (S.CLEARED, E.DELIVER): S.DELIVERED,
    (S.DELIVERED, E.DISTRIBUTE): S.DISTRIBUTING,
    (S.DELIVERED, E.COMPLETE_DISTRIBUTION): S.DISTRIBUTED,
    (S.DISTRIBUTING, E.COMPLETE_DISTRIBUTION): S.DISTRIBUTED,
    (S.DISTRIBUTED, E.REPORT): S.REPORTED,
    (S.REPORTED, E.CLOSE): S.CLOSED,
    (S.RETURNED, E.CLOSE): S.CLOSED,
    (S.CANCELLED, E.CLOSE): S.CLOSED,
    (S.LOST, E.CLOSE): S.CLOSED,
    **{(state, E.HOLD): S.ON_HOLD for state in _HOLDABLE},
    **{(state, E.CANCEL): S.CANCELLED for state in _CANCELLABLE},
    **{(state, E.DECLARE_LOST): S.LOST for state in _LOSABLE},
}
# Targets decided at run time: back to the remembered state.
RETURNING: dict[tuple[Status, Event], str] = {
    (S.ON_HOLD, E.RESUME): "resume_status",
    (S.CLOSED, E.REOPEN): "resume_status",
}

CANCEL_REASONS = ("donor_withdrew", "need_lapsed", "not_needed", "converted_to_grant", "duplicate")

# Header fields an event may fill in (the CLI's --set and the UI's transition dialog).
EVENT_FIELDS: dict[Event, tuple[str, ...]] = {
    E.PLEDGE: ("pledged_on",),
    E.ACCEPT: ("consent_date", "consent_signer"),
    E.MARK_READY: ("ahars_code", "ahars_created_on", "planned_crossing"),
    E.DISPATCH: ("loaded_on", "cmr_no", "export_route", "export_mrn"),
    E.ARRIVE_BORDER: ("crossing", "crossed_on"),
    E.CLEAR: ("cleared_on", "clearance_ref", "declaration_no", "declaration_created_on"),
    E.DELIVER: ("delivered_on", "handover_act_no"),
    E.REPORT: ("report_filed_on", "report_ref"),
}
REASON_EVENTS = frozenset({E.HOLD, E.HOLD_AT_CUSTOMS, E.RETURN, E.CANCEL, E.DECLARE_LOST, E.REOPEN})


@dataclass(frozen=True, slots=True)
class Context:
    """What guards may look at: the candidate header and its lines, checklist, distributions."""

    shipment: Shipment
    lines: Sequence[LineItem] = ()
    checklist: Sequence[ChecklistItem] = ()
    distributions: Sequence[Distribution] = ()
    write_offs: Sequence[WriteOff] = ()
    code_validity_days: int = 90
    reason: str = ""
    extra: dict[str, object] = field(default_factory=dict)


Guard = Callable[[Context], list[Problem]]


def allowed_events(status: Status) -> list[Event]:
    """Events possible from ``status`` in table order (feeds the UI's menu)."""
    events = [event for (state, event) in TRANSITIONS if state is status]
    events += [event for (state, event) in RETURNING if state is status]
    return events


def target_of(shipment: Shipment, event: Event) -> Status:
    """Where ``event`` leads from the shipment's state; InvalidTransition when nowhere."""
    key = (shipment.status, event)
    if key in TRANSITIONS:
        return TRANSITIONS[key]
    if key in RETURNING and shipment.resume_status is not None:
        return shipment.resume_status
    raise InvalidTransition(
        status=shipment.status.value,
        event=event.value,
        allowed=[e.value for e in allowed_events(shipment.status)],
    )


def event_for_target(shipment: Shipment, target: Status) -> Event:
    """The event that takes the shipment to ``target`` (for ``aidtracker advance REF STATUS``)."""
    for event in allowed_events(shipment.status):
        if target_of(shipment, event) is target:
            return event
    raise InvalidTransition(
        status=shipment.status.value,
        event=target.value,
        allowed=[target_of(shipment, e).value for e in allowed_events(shipment.status)],
    )


def check(ctx: Context, event: Event) -> list[Problem]:
    """All guard problems of ``event`` for this context (empty: allowed)."""
    problems: list[Problem] = []
    for guard in GUARDS.get(event, ()):
        problems += guard(ctx)
    if event in REASON_EVENTS:
        problems += _reason(ctx, event)
    problems += _checklist(ctx, event)
    return problems


def apply(
    ctx: Context, event: Event, *, actor: str, at: datetime, recorded_at: datetime, note: str = ""
) -> tuple[Shipment, StatusEvent]:
    """Check and perform ``event``; returns the new header and the event to append."""
    before = ctx.shipment
    target = target_of(before, event)
    problems = check(ctx, event)
    if problems:
        raise GuardFailed(event=event.value, problems=tuple(problems))
    # Shipment fields by name, each value of its field's type (checked by the tests of every pair).
    changes: dict[str, Any] = {"status": target}
    if event in (E.HOLD, E.CLOSE):
        changes["resume_status"] = before.status
    if event in (E.RESUME, E.REOPEN):
        changes["resume_status"] = None
    if event in (E.HOLD, E.HOLD_AT_CUSTOMS):
        changes["hold_reason"] = ctx.reason
    if event is E.CANCEL:
        changes["cancel_reason"] = ctx.reason
    record = StatusEvent(
        id=None, event=event.value, from_status=before.status.value, to_status=target.value,
        occurred_at=at, recorded_at=recorded_at, actor=actor, note=note, reason=ctx.reason,
    )
    return dataclasses.replace(before, **changes), record


# --- guards -------------------------------------------------------------------------------


def _p(rule: str, field: str = "shipment", row: int | None = None, **params: object) -> Problem:
    return Problem(field=field, rule=rule, params=params, row=row)


def _has_lines(ctx: Context) -> list[Problem]:
    problems = [] if ctx.lines else [_p("no_lines", "lines")]
    if not (ctx.shipment.donor_id and ctx.shipment.recipient_id):
        problems.append(_p("parties_missing", "donor"))
    return problems


def _consent(ctx: Context) -> list[Problem]:
    s = ctx.shipment
    return [] if s.consent_date and s.consent_signer.strip() else [_p("consent_missing", "consent")]


def _ready(ctx: Context) -> list[Problem]:
    problems = [_p("hs_missing", "hs_code", row=ln.line_no) for ln in ctx.lines if not ln.hs_code]
    return problems + _ahars_valid(ctx) + _has_lines(ctx)


#: The electronic AHARS declaration and its unique code exist from 1 December 2023 (CMU
#: Resolution 953); earlier crossings fell under Resolution 174 and have no code (DOMAIN.md §9.6).
AHARS_FROM = date(2023, 12, 1)


def ahars_required(s: Shipment) -> bool:
    """True unless the shipment crossed (or is planned to cross) before the AHARS regime."""
    crossing = s.crossed_on or s.planned_crossing
    return crossing is None or crossing >= AHARS_FROM


def _ahars_valid(ctx: Context) -> list[Problem]:
    s = ctx.shipment
    if not ahars_required(s):
        return []
    if not s.ahars_code.strip():
        return [_p("ahars_code_missing", "ahars_code")]
    if s.ahars_created_on and s.planned_crossing:
        valid_until = s.ahars_created_on + timedelta(days=ctx.code_validity_days)
        if s.planned_crossing > valid_until:
            return [_p("ahars_code_expired", "ahars_code", valid_until=valid_until.isoformat(),
                       crossing=s.planned_crossing.isoformat())]
    return []


def _dispatch(ctx: Context) -> list[Problem]:
    s = ctx.shipment
    problems = [] if s.loaded_on else [_p("loading_date_missing", "loaded_on")]
    if s.transport_mode is not TransportMode.SELF_PROPELLED and not s.cmr_no.strip():
        problems.append(_p("cmr_missing", "cmr_no"))
    if s.export_route == ExportRoute.ELECTRONIC and not s.export_mrn.strip():
        problems.append(_p("mrn_missing", "export_mrn"))
    return problems


def _border(ctx: Context) -> list[Problem]:
    s = ctx.shipment
    return [] if s.crossing and s.crossed_on else [_p("crossing_missing", "crossing")]


def _clear(ctx: Context) -> list[Problem]:
    s = ctx.shipment
    missing = ahars_required(s) and not s.ahars_code.strip()
    problems = [_p("ahars_code_missing", "ahars_code")] if missing else []
    if not (s.cleared_on and s.clearance_ref.strip()):
        problems.append(_p("clearance_missing", "cleared_on"))
    return problems


def _deliver(ctx: Context) -> list[Problem]:

    s = ctx.shipment
    problems = [
        _p("receipt_missing", "received_good_milli", row=ln.line_no)
        if ln.received_good_milli is None else
        _p("receipt_incomplete", "received", row=ln.line_no, accounted=str(qty(ln.accounted_milli)),
           shipped=str(qty(ln.qty_milli)), unit=ln.unit.value)
        for ln in ctx.lines
        if ln.received_good_milli is None or ln.accounted_milli != ln.qty_milli
    ]
    if not (s.delivered_on and s.handover_act_no.strip()):
        problems.append(_p("handover_missing", "handover_act_no"))
    return problems


def _first_distribution(ctx: Context) -> list[Problem]:
    return [] if ctx.distributions else [_p("no_distribution", "distributions")]


@dataclass(frozen=True, slots=True)
class LineBalance:
    """One line's books, in thousandths: shipped = good + damaged + missing;
    good + surplus = distributed + written_off + on_hand; damaged = damaged_written_off +
    damaged_open (DOMAIN.md §4.13-4.14)."""

    shipped: int
    good: int
    damaged: int
    missing: int
    surplus: int
    distributed: int
    written_off: int
    damaged_written_off: int

    @property
    def on_hand(self) -> int:
        return self.good + self.surplus - self.distributed - self.written_off

    @property
    def damaged_open(self) -> int:
        return self.damaged - self.damaged_written_off


def line_balance(line: LineItem, distributions: Sequence[Distribution] = (),
                 write_offs: Sequence[WriteOff] = ()) -> LineBalance:
    """The balance of one line from its receipt, the acts that hand it over and write it off."""
    handed = sum(dl.qty_milli for d in distributions for dl in d.lines
                 if dl.line_no == line.line_no)
    written = [wl for w in write_offs for wl in w.lines if wl.line_no == line.line_no]
    from_damaged = sum(wl.from_damaged_milli for wl in written)
    return LineBalance(
        shipped=line.qty_milli, good=line.received_good_milli or 0,
        damaged=line.received_damaged_milli, missing=line.received_missing_milli,
        surplus=line.received_surplus_milli, distributed=handed,
        written_off=sum(wl.qty_milli for wl in written) - from_damaged,
        damaged_written_off=from_damaged)


def balance_milli(line: LineItem, distributions: Sequence[Distribution],
                  write_offs: Sequence[WriteOff] = ()) -> int:
    """What is still on hand of one line: received good (and surplus) minus distributed and
    written off."""
    return line_balance(line, distributions, write_offs).on_hand


def _balances_zero(ctx: Context) -> list[Problem]:

    problems = []
    for ln in ctx.lines:
        bal = line_balance(ln, ctx.distributions, ctx.write_offs)
        if bal.on_hand:
            problems.append(_p("balance_open", "distributions", row=ln.line_no,
                               balance=str(milli_to_decimal(bal.on_hand)), unit=ln.unit.value))
        if bal.damaged_open:
            problems.append(_p("damaged_open", "write_offs", row=ln.line_no,
                               damaged=str(milli_to_decimal(bal.damaged_open)),
                               unit=ln.unit.value))
    return problems


def _report(ctx: Context) -> list[Problem]:
    s = ctx.shipment
    return [] if s.report_filed_on and s.report_ref.strip() else [_p("report_missing", "report")]


def _reason(ctx: Context, event: Event) -> list[Problem]:
    if not ctx.reason.strip():
        return [_p("reason_required", "reason")]
    if event is E.CANCEL and ctx.reason not in CANCEL_REASONS:
        return [_p("unknown_choice", "reason", value=ctx.reason, allowed=", ".join(CANCEL_REASONS))]
    return []


def _checklist(ctx: Context, event: Event) -> list[Problem]:

    return [
        Problem(field="checklist", rule="checklist_open",
                params={"rule": item.rule.id, "item": item.rule.item_en,
                        "item_uk": item.rule.item_uk})
        for item in blocking_for(event.value, ctx.checklist)
    ]


GUARDS: dict[Event, tuple[Guard, ...]] = {
    E.PLEDGE: (_has_lines,),
    E.ACCEPT: (_consent,),
    E.MARK_READY: (_ready,),
    E.DISPATCH: (_dispatch,),
    E.ARRIVE_BORDER: (_border,),
    E.CLEAR: (_clear,),
    E.DELIVER: (_deliver,),
    E.DISTRIBUTE: (_first_distribution,),
    E.COMPLETE_DISTRIBUTION: (_balances_zero,),
    E.REPORT: (_report,),
}
