"""Every transition pair, allowed and refused, and every guard with its message (DOMAIN.md §5)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from aidtracker import workflow
from aidtracker.catalogue import error_text
from aidtracker.domain import (
    ChecklistItem,
    ChecklistRule,
    CheckState,
    Distribution,
    DistributionKind,
    DistributionLine,
    Event,
    LineItem,
    Severity,
    Shipment,
    Status,
    TransportMode,
    Unit,
)
from aidtracker.errors import GuardFailed, InvalidTransition

AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

LINE = LineItem(id=None, line_no=1, category="hygiene", description="Мило", qty_milli=10_000,
                unit=Unit.PCS, currency="EUR", unit_value_minor=150, hs_code="340111",
                received_good_milli=10_000)

# A header that satisfies every guard, so each test can break exactly one thing.
GOOD = Shipment(
    id=1, reference="KYV-2026-0001", status=Status.DRAFT, partnership_id=1, donor_id=1,
    recipient_id=2, consent_date=date(2026, 1, 5), consent_signer="О. КОВАЛЕНКО",
    ahars_code="DEMO-1", ahars_created_on=date(2026, 1, 10), planned_crossing=date(2026, 2, 1),
    loaded_on=date(2026, 1, 30), cmr_no="CMR-1", export_route="electronic",
    export_mrn="26PL000000000DEMO1", crossing="Dorohusk-Yahodyn", crossed_on=date(2026, 2, 1),
    cleared_on=date(2026, 2, 2), clearance_ref="UA-1", delivered_on=date(2026, 2, 4),
    handover_act_no="D6-1", report_filed_on=date(2026, 4, 1), report_ref="REP-1",
)
FULL = Distribution(id=1, act_no="A-1", on=date(2026, 2, 10), kind=DistributionKind.ACT,
                    acquirer_id=3, person_name="", settlement="Kyiv",
                    lines=(DistributionLine(1, 10_000),))


def ctx(status: Status, **changes: object) -> workflow.Context:
    extra = {k: changes.pop(k) for k in ("lines", "checklist", "distributions", "reason")
             if k in changes}
    shipment = dataclasses.replace(GOOD, status=status, **changes)
    return workflow.Context(
        shipment=shipment, lines=extra.get("lines", (LINE,)),  # type: ignore[arg-type]
        checklist=extra.get("checklist", ()),  # type: ignore[arg-type]
        distributions=extra.get("distributions", (FULL,)),  # type: ignore[arg-type]
        reason=str(extra.get("reason", "a reason")),
    )


def run(c: workflow.Context, event: Event) -> Shipment:
    shipment, record = workflow.apply(c, event, actor="tester", at=AT, recorded_at=AT, note="n")
    assert record.from_status == c.shipment.status.value
    assert record.to_status == shipment.status.value
    assert (record.actor, record.event, record.note) == ("tester", event.value, "n")
    return shipment


ALL_PAIRS = [(s, e) for s in Status for e in Event]
REASONS = {Event.CANCEL: "duplicate"}


@pytest.mark.parametrize(("status", "event"), ALL_PAIRS)
def test_every_pair_is_allowed_or_refused_as_the_table_says(status: Status, event: Event) -> None:
    c = ctx(status, resume_status=Status.PREPARING, reason=REASONS.get(event, "a reason"))
    expected = workflow.TRANSITIONS.get((status, event))
    if (status, event) in workflow.RETURNING:
        expected = Status.PREPARING
    if expected is None:
        with pytest.raises(InvalidTransition) as info:
            run(c, event)
        assert info.value.params["status"] == status.value
        assert event not in workflow.allowed_events(status)
        assert "cannot" in error_text(info.value, "en")
    else:
        assert run(c, event).status is expected
        assert event in workflow.allowed_events(status)


def test_main_line_walks_from_draft_to_closed() -> None:
    status = Status.DRAFT
    path = [Event.PLEDGE, Event.ACCEPT, Event.START_PREPARING, Event.MARK_READY, Event.DISPATCH,
            Event.ARRIVE_BORDER, Event.CLEAR, Event.DELIVER, Event.DISTRIBUTE,
            Event.COMPLETE_DISTRIBUTION, Event.REPORT, Event.CLOSE]
    for event in path:
        status = run(ctx(status), event).status
    assert status is Status.CLOSED


def test_hold_remembers_where_to_resume_and_reopen_returns() -> None:
    held = run(ctx(Status.READY), Event.HOLD)
    assert (held.status, held.resume_status, held.hold_reason) == (
        Status.ON_HOLD, Status.READY, "a reason")
    resumed = run(workflow.Context(shipment=held), Event.RESUME)
    assert (resumed.status, resumed.resume_status) == (Status.READY, None)
    closed = run(ctx(Status.REPORTED), Event.CLOSE)
    assert closed.resume_status is Status.REPORTED
    reopened = run(workflow.Context(shipment=closed, reason="typo in the act"), Event.REOPEN)
    assert reopened.status is Status.REPORTED


def test_event_for_target() -> None:
    assert workflow.event_for_target(ctx(Status.AT_BORDER).shipment, Status.CLEARED) is Event.CLEAR
    with pytest.raises(InvalidTransition):
        workflow.event_for_target(ctx(Status.DRAFT).shipment, Status.CLEARED)


def _blocker(rule_id: str, event: str, state: CheckState = CheckState.OPEN) -> ChecklistItem:
    rule = ChecklistRule(id=rule_id, trigger="always", item_en="Donation letter signed",
                         item_uk="Лист підписано", owner="donor", when="before_loading",
                         severity=Severity.BLOCKING, blocks_event=event)
    return ChecklistItem(rule=rule, state=state)


GUARD_CASES = [
    # (status, event, what is missing, expected rule, expected words in the message)
    (Status.DRAFT, Event.PLEDGE, {"lines": ()}, "no_lines", "add at least one goods line"),
    (Status.PLEDGED, Event.ACCEPT, {"consent_date": None}, "consent_missing", "written consent"),
    (Status.PLEDGED, Event.ACCEPT, {"consent_signer": " "}, "consent_missing", "consent"),
    (Status.PREPARING, Event.MARK_READY, {"ahars_code": ""}, "ahars_code_missing",
     "AHARS unique code"),
    (Status.PREPARING, Event.MARK_READY, {"planned_crossing": date(2026, 5, 1)},
     "ahars_code_expired", "expired on 2026-04-10"),
    (Status.PREPARING, Event.MARK_READY,
     {"lines": (dataclasses.replace(LINE, hs_code=""),)}, "hs_missing", "line 1"),
    (Status.PREPARING, Event.MARK_READY, {"checklist": (_blocker("CL-B02", "mark_ready"),)},
     "checklist_open", "CL-B02"),
    (Status.READY, Event.DISPATCH, {"loaded_on": None}, "loading_date_missing", "loading date"),
    (Status.READY, Event.DISPATCH, {"cmr_no": ""}, "cmr_missing", "CMR"),
    (Status.READY, Event.DISPATCH, {"export_mrn": ""}, "mrn_missing", "MRN"),
    (Status.DISPATCHED, Event.ARRIVE_BORDER, {"crossing": ""}, "crossing_missing", "crossing"),
    (Status.AT_BORDER, Event.CLEAR, {"ahars_code": ""}, "ahars_code_missing", "AHARS"),
    (Status.AT_BORDER, Event.CLEAR, {"clearance_ref": ""}, "clearance_missing", "clearance"),
    (Status.HELD_AT_CUSTOMS, Event.CLEAR, {"cleared_on": None}, "clearance_missing",
     "clearance"),
    (Status.CLEARED, Event.DELIVER, {"lines": (dataclasses.replace(
        LINE, received_good_milli=None),)}, "receipt_missing", "received quantities"),
    (Status.CLEARED, Event.DELIVER, {"handover_act_no": ""}, "handover_missing", "D6"),
    (Status.DELIVERED, Event.DISTRIBUTE, {"distributions": ()}, "no_distribution", "D8"),
    (Status.DISTRIBUTING, Event.COMPLETE_DISTRIBUTION, {"distributions": (dataclasses.replace(
        FULL, lines=(DistributionLine(1, 4_000),)),)}, "balance_open", "6 pcs still"),
    (Status.DISTRIBUTED, Event.REPORT, {"report_ref": ""}, "report_missing", "AHARS report"),
    (Status.READY, Event.HOLD, {"reason": ""}, "reason_required", "give a reason"),
    (Status.PLEDGED, Event.CANCEL, {"reason": "bored"}, "unknown_choice", "donor_withdrew"),
    (Status.AT_BORDER, Event.HOLD_AT_CUSTOMS, {"reason": ""}, "reason_required", "reason"),
    (Status.HELD_AT_CUSTOMS, Event.RETURN, {"reason": " "}, "reason_required", "reason"),
    (Status.DISPATCHED, Event.DECLARE_LOST, {"reason": ""}, "reason_required", "reason"),
    (Status.CLOSED, Event.REOPEN, {"reason": "", "resume_status": Status.REPORTED},
     "reason_required", "reason"),
    (Status.CLEARED, Event.DELIVER, {"checklist": (_blocker("CL-V10", "deliver"),)},
     "checklist_open", "CL-V10"),
]


@pytest.mark.parametrize(("status", "event", "change", "rule", "words"), GUARD_CASES)
def test_each_guard_refuses_with_its_message(
    status: Status, event: Event, change: dict[str, object], rule: str, words: str
) -> None:
    with pytest.raises(GuardFailed) as info:
        run(ctx(status, **change), event)
    assert rule in {p.rule for p in info.value.problems}
    assert words in error_text(info.value, "en")


def test_done_or_overridden_checklist_items_do_not_block() -> None:
    items = (_blocker("CL-B02", "mark_ready", CheckState.DONE),
             _blocker("CL-B03", "mark_ready", CheckState.OVERRIDDEN),
             _blocker("CL-B05", "dispatch"))
    assert run(ctx(Status.PREPARING, checklist=items), Event.MARK_READY).status is Status.READY


def test_self_propelled_vehicle_needs_no_cmr() -> None:
    c = ctx(Status.READY, cmr_no="", transport_mode=TransportMode.SELF_PROPELLED)
    assert run(c, Event.DISPATCH).status is Status.DISPATCHED


def test_allowed_events_feed_a_menu() -> None:
    assert workflow.allowed_events(Status.AT_BORDER) == [
        Event.CLEAR, Event.HOLD_AT_CUSTOMS, Event.DECLARE_LOST]
    assert workflow.allowed_events(Status.CLOSED) == [Event.REOPEN]
