"""When a document may be issued, for which scope, and which legal date it carries (pure).

* **State**: nothing for a cancelled shipment; for a lost one only what records the loss; every
  other kind from the first state where the act it records can have happened (DOMAIN.md §7.2).
* **Scope**: the part of a shipment one original covers — ``shipment``, ``load:<n>``,
  ``vehicle:<VIN|serial>`` or ``act:<number>``; one valid original per kind and scope.
* **Legal date**: the date of the act the document records (§7.2, §9.6), from the record unless
  the user gives one; never silently the print day. Status sheets (D10, D12) are dated "as of".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from aidtracker.documents.applicability import distributions, vehicles, write_offs
from aidtracker.documents.errors import (
    DocumentDateMissing,
    DocumentDateRefused,
    DocumentNotApplicable,
    DocumentTooEarly,
)
from aidtracker.documents.load_view import LOAD_KINDS, find_load, load_number
from aidtracker.domain import ShipmentDetail, Status, TransportMode
from aidtracker.reference import category_flags

#: The main line of states in order (DOMAIN.md §5.1).
MAIN_LINE: tuple[Status, ...] = (
    Status.DRAFT, Status.PLEDGED, Status.ACCEPTED, Status.PREPARING, Status.READY,
    Status.DISPATCHED, Status.AT_BORDER, Status.CLEARED, Status.DELIVERED, Status.DISTRIBUTING,
    Status.DISTRIBUTED, Status.REPORTED, Status.CLOSED,
)  # fmt: skip
#: Side states read as the main-line state whose documents they allow.
_SIDE_AS: dict[Status, Status] = {
    Status.HELD_AT_CUSTOMS: Status.AT_BORDER,
    Status.RETURNED: Status.AT_BORDER,
}
#: The first state in which each kind makes sense.
FIRST_STATE: dict[str, Status] = {
    "donation": Status.PLEDGED,
    "specification": Status.PREPARING,
    "cmr": Status.READY,
    "export-sheet": Status.PREPARING,
    "vehicle-sheet": Status.PREPARING,
    "handover": Status.DELIVERED,
    "vehicle-handover": Status.DELIVERED,
    "distribution": Status.DISTRIBUTING,
    "writeoff": Status.DELIVERED,
    "report": Status.CLEARED,
    "driver-letter": Status.READY,
    "checklist": Status.DRAFT,
    "labels": Status.PREPARING,
}
#: Kinds that record a loss (the paperwork checklist shows it; the write-off act D9 will).
RECORDS_LOSS = frozenset({"checklist", "writeoff"})
#: Kinds dated "as of" the day they are made: status sheets, not acts.
AS_OF = frozenset({"report", "checklist"})
_DONOR_EVENT = ("loading", "pledged_on")


def effective_status(detail: ShipmentDetail) -> Status:
    """The main-line state whose documents the shipment may have (on hold: where it paused)."""
    sh = detail.shipment
    status = sh.status
    if status is Status.ON_HOLD:
        status = sh.resume_status or Status.DRAFT
    return _SIDE_AS.get(status, status)


def check_state(detail: ShipmentDetail, kind: str) -> None:
    """Raises DocumentNotApplicable (cancelled, lost) or DocumentTooEarly."""
    check_not_ended(detail, kind)
    check_not_early(detail, kind)


def check_not_ended(detail: ShipmentDetail, kind: str) -> None:
    """Nothing for a cancelled shipment; for a lost one only what records the loss."""
    status = detail.shipment.status
    if status is Status.CANCELLED:
        raise DocumentNotApplicable(kind=kind, reason="cancelled")
    if status is Status.LOST and kind not in RECORDS_LOSS:
        raise DocumentNotApplicable(kind=kind, reason="lost")


def check_not_early(detail: ShipmentDetail, kind: str) -> None:
    """Raises DocumentTooEarly before the first state where ``kind`` makes sense."""
    status = detail.shipment.status
    if status is Status.LOST:
        return
    needed = FIRST_STATE.get(kind, Status.DRAFT)
    current = effective_status(detail)
    if current in MAIN_LINE and MAIN_LINE.index(current) < MAIN_LINE.index(needed):
        raise DocumentTooEarly(kind=kind, status=status.value, needed=needed.value)


def check_transport(detail: ShipmentDetail, kind: str) -> None:
    """The CMR covers carriage of goods by road: not rail (CIM/SMGS), and not a self-propelled
    vehicle carrying nothing but itself (CL-V09: a CMR only for goods it carries)."""
    if kind != "cmr":
        return
    mode = detail.shipment.transport_mode
    if mode is TransportMode.RAIL:
        raise DocumentNotApplicable(kind=kind, reason="rail")
    if mode is TransportMode.SELF_PROPELLED and _only_vehicles(detail):
        raise DocumentNotApplicable(kind=kind, reason="self_propelled_only")


def _only_vehicles(detail: ShipmentDetail) -> bool:
    """Every line is a vehicle (category flag ``vehicle``): no goods are carried."""
    return bool(detail.lines) and all(
        "vehicle" in category_flags(line.category) for line in detail.lines
    )


def scope_of(detail: ShipmentDetail, kind: str, selector: str | None) -> str:
    """The scope key one original of ``kind`` covers; asks for a choice where there are many."""
    if kind in ("vehicle-sheet", "vehicle-handover"):
        found = vehicles(detail, selector)
        if len(found) > 1:
            choices = ", ".join(a.identifier for _, a in found)
            raise DocumentNotApplicable(kind=kind, reason="choose_vehicle", choices=choices)
        if found:
            return f"vehicle:{found[0][1].identifier}"
    if kind == "distribution":
        acts = distributions(detail, selector)
        if len(acts) > 1:
            choices = ", ".join(d.act_no for d in acts)
            raise DocumentNotApplicable(kind=kind, reason="choose_act", choices=choices)
        if acts:
            return f"act:{acts[0].act_no}"
    if kind in LOAD_KINDS and load_number(selector) is not None:
        load = find_load(detail, selector)
        if load is None:
            raise DocumentNotApplicable(kind=kind, reason="no_match")
        return f"load:{load.seq}"
    if kind == "writeoff":
        offs = write_offs(detail, selector)
        if len(offs) > 1:
            choices = ", ".join(w.act_no for w in offs)
            raise DocumentNotApplicable(kind=kind, reason="choose_act", choices=choices)
        if offs:
            return f"act:{offs[0].act_no}"
    return "shipment"


def selectors(detail: ShipmentDetail, kind: str) -> tuple[str, ...]:
    """What ``--select`` may name for ``kind``: VINs/serials or act numbers (empty: nothing)."""
    if kind in ("vehicle-sheet", "vehicle-handover"):
        return tuple(a.identifier for _, a in vehicles(detail))
    if kind == "distribution":
        return tuple(d.act_no for d in distributions(detail))
    if kind == "writeoff":
        return tuple(w.act_no for w in write_offs(detail))
    if kind in LOAD_KINDS and len(detail.loads) > 1:
        return tuple(f"load:{ld.seq}" for ld in detail.loads)
    return ()


@dataclass(frozen=True, slots=True)
class Bound:
    """A record date the legal date must not cross: ``rule`` 'before' means date >= ``on``."""

    event: str
    on: date | None
    rule: str


def _record_date(
    detail: ShipmentDetail, kind: str, selector: str | None
) -> tuple[str, date | None]:
    """The event a kind is dated by and its date in the record."""
    sh = detail.shipment
    if kind == "donation":
        return "pledged_on", sh.pledged_on
    if kind in ("handover", "vehicle-handover"):
        return "delivered_on", sh.delivered_on
    if kind == "distribution":
        acts = distributions(detail, selector)
        return "distribution_date", acts[0].on if acts else None
    if kind == "writeoff":
        offs = write_offs(detail, selector)
        return "write_off_date", offs[0].on if offs else None
    return "loaded_on", sh.loaded_on or sh.planned_loading


def _bounds(detail: ShipmentDetail, kind: str) -> list[Bound]:
    sh = detail.shipment
    if kind in ("handover", "vehicle-handover", "distribution", "writeoff"):
        return [Bound("delivered_on", sh.delivered_on, "before"),
                Bound("crossed_on", sh.crossed_on, "before")]
    if kind == "donation":
        return [Bound("loaded_on", sh.loaded_on, "after"),
                Bound("crossed_on", sh.crossed_on, "after")]
    return [Bound("pledged_on", sh.pledged_on, "before"),
            Bound("crossed_on", sh.crossed_on, "after")]


def legal_date(
    detail: ShipmentDetail, kind: str, selector: str | None, given: date | None, today: date
) -> date:
    """The date the document carries: ``given`` if it fits the record, else the record's.

    Raises:
        DocumentDateMissing: neither given nor recorded.
        DocumentDateRefused: it contradicts the record's order or lies in the future for an act
            that records something done.
    """
    if kind in AS_OF:
        chosen = given or today
    else:
        event, recorded = _record_date(detail, kind, selector)
        if given is None and recorded is None:
            raise DocumentDateMissing(kind=kind, field=event)
        chosen = given or recorded  # type: ignore[assignment]
        if kind == "distribution" and recorded and chosen < recorded:
            _refuse(kind, chosen, "before", event, recorded)
        for bound in _bounds(detail, kind):
            if bound.on is None:
                continue
            if bound.rule == "before" and chosen < bound.on:
                _refuse(kind, chosen, "before", bound.event, bound.on)
            if bound.rule == "after" and chosen > bound.on:
                _refuse(kind, chosen, "after", bound.event, bound.on)
    if chosen > today and (kind in AS_OF or kind in _DONE_ACTS):
        raise DocumentDateRefused(kind=kind, date=chosen.strftime("%d.%m.%Y"), reason="future",
                                  field="", other=today.strftime("%d.%m.%Y"))
    return chosen


_DONE_ACTS = frozenset({"handover", "vehicle-handover", "distribution", "writeoff"})


def _refuse(kind: str, chosen: date, rule: str, event: str, other: date) -> None:
    raise DocumentDateRefused(kind=kind, date=chosen.strftime("%d.%m.%Y"), reason=rule,
                              field=event, other=other.strftime("%d.%m.%Y"))
