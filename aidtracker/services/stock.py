"""The goods balance after receipt: serials handed over, write-off acts (D9), voided lines.

Balance per line (DOMAIN.md §4.13-4.14): shipped = received good + damaged + missing;
received good (+ surplus) = distributed + written off + on hand; damaged units leave the books
only through a write-off.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlite_utils import Database

from aidtracker import workflow
from aidtracker.domain import (
    DistributionLine,
    LineItem,
    Problem,
    ShipmentDetail,
    Status,
    StatusEvent,
    WriteOff,
    WriteOffLine,
    WriteOffReason,
)
from aidtracker.errors import ValidationFailed, WrongStatus
from aidtracker.money import decimal_text, milli_to_decimal
from aidtracker.services import chronology
from aidtracker.services.shipments import detail_of
from aidtracker.store import audit, balance, unit_of_work
from aidtracker.store import shipments as repo

WRITE_OFF_STATUSES = (Status.DELIVERED, Status.DISTRIBUTING)


def _q(milli: int) -> str:
    return decimal_text(milli_to_decimal(milli))


def receipt_day(detail: ShipmentDetail) -> tuple[str, date] | None:
    """The latest day goods of this shipment were received, as (field, day)."""
    days = [ln.received_on for ln in detail.lines if ln.received_on is not None]
    return ("received_on", max(days)) if days else None


def name_serials(detail: ShipmentDetail, lines: Sequence[DistributionLine]
                 ) -> list[DistributionLine]:
    """Name the serials of a serialised line when none were given and the quantity is exactly
    every unit not yet handed over (the only possible choice); other lines stay as given."""
    handed = {s.upper() for d in detail.distributions for dl in d.lines for s in dl.serials}
    by_no = {ln.line_no: ln for ln in detail.lines}
    out = []
    for dl in lines:
        line = by_no.get(dl.line_no)
        left = [a.identifier for a in (line.assets if line else ())
                if a.identifier.upper() not in handed]
        if not dl.serials and left and len(left) * 1000 == dl.qty_milli:
            dl = DistributionLine(dl.line_no, dl.qty_milli, tuple(left))
        out.append(dl)
    return out


def serial_problems(detail: ShipmentDetail, lines: Sequence[DistributionLine]) -> list[Problem]:
    """Serials named must be the line's, not handed over before, one per unit on serial lines."""
    problems: list[Problem] = []
    by_no = {ln.line_no: ln for ln in detail.lines}
    handed = {s for d in detail.distributions for dl in d.lines for s in dl.serials}
    for dl in lines:
        line = by_no.get(dl.line_no)
        if line is None:
            continue
        own = {a.identifier.upper() for a in line.assets}
        for serial in dl.serials:
            if serial.upper() not in own:
                problems.append(Problem(field="serial", rule="serial_not_on_line",
                                        row=dl.line_no, params={"value": serial}))
            elif serial.upper() in {h.upper() for h in handed}:
                problems.append(Problem(field="serial", rule="serial_handed_over",
                                        row=dl.line_no, params={"value": serial}))
        if own and len(dl.serials) * 1000 != dl.qty_milli:
            problems.append(Problem(field="serial", rule="serials_for_quantity", row=dl.line_no,
                                    params={"count": len(dl.serials), "quantity": _q(dl.qty_milli),
                                            "unit": line.unit.value}))
    return problems


def add_write_off(
    db: Database, reference: str, *, line_no: int, qty_milli: int, reason: WriteOffReason,
    on: date, actor: str, note: str = "", commission: str = "", today: date | None = None,
) -> str:
    """Write goods off with an act (D9); returns its number (``KYV-SPS-2026-0001``).

    A ``damaged`` write-off takes the units damaged on receipt first, then goods on hand;
    any other reason takes goods on hand only.

    Raises:
        WrongStatus: the shipment is not delivered or being distributed.
        ValidationFailed: an unknown line, a quantity above what is held (naming both
            numbers), a date before the receipt or after today.
    """
    today = today or date.today()
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        if shipment.status not in WRITE_OFF_STATUSES:
            raise WrongStatus(reference=reference, status=shipment.status.value,
                              action="write-off", allowed=[s.value for s in WRITE_OFF_STATUSES])
        detail = detail_of(db, shipment, today=today)
        line = next((ln for ln in detail.lines if ln.line_no == line_no), None)
        if line is None:
            raise ValidationFailed([Problem(field="line", rule="unknown_choice", row=line_no,
                                            params={"value": line_no, "allowed": sorted(
                                                ln.line_no for ln in detail.lines)})])
        part = _allocate(line, detail, qty_milli, reason)
        problems = chronology.after_problems("date", on, shipment, today,
                                             ("delivered_on", "cleared_on"), receipt_day(detail))
        if problems:
            raise ValidationFailed(problems)
        number = repo.next_number(db, "write_off", on.year)
        act_no = f"{repo.office_code(db)}-SPS-{on.year}-{number:04d}"
        balance.insert_write_off(db, int(shipment.id or 0), WriteOff(
            id=None, act_no=act_no, on=on, reason=reason, lines=(part,), note=note.strip(),
            commission=commission.strip()), actor)
        repo.touch(db, shipment, expected_version=shipment.version, actor=actor)
        return act_no


def _allocate(line: LineItem, detail: ShipmentDetail, qty_milli: int,
              reason: WriteOffReason) -> WriteOffLine:
    bal = workflow.line_balance(line, detail.distributions, detail.write_offs)
    from_damaged = min(qty_milli, bal.damaged_open) if reason is WriteOffReason.DAMAGED else 0
    held = bal.on_hand + (bal.damaged_open if reason is WriteOffReason.DAMAGED else 0)
    if qty_milli <= 0:
        raise ValidationFailed([Problem(field="quantity", rule="positive", row=line.line_no,
                                        params={"value": _q(qty_milli)})])
    if qty_milli > held:
        raise ValidationFailed([Problem(field="quantity", rule="over_write_off",
                                        row=line.line_no, params={
                                            "held": _q(held), "asked": _q(qty_milli),
                                            "unit": line.unit.value,
                                            "damaged": _q(bal.damaged_open)})])
    return WriteOffLine(line.line_no, qty_milli, from_damaged)


def void_line(db: Database, reference: str, line_no: int, *, reason: str, actor: str) -> None:
    """Void a line (kept, out of totals); refused while an act refers to it.

    Raises:
        ValidationFailed: no reason, an unknown or already voided line, or a distribution or
            write-off act refers to the line (named, to be reversed first).
    """
    if not reason.strip():
        raise ValidationFailed([Problem(field="reason", rule="reason_required")])
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        sid = int(shipment.id or 0)
        lines = {ln.line_no: ln for ln in repo.get_lines(db, sid)}
        line = lines.get(line_no)
        if line is None or line.voided:
            raise ValidationFailed([Problem(field="line", rule="unknown_choice", row=line_no,
                                            params={"value": line_no, "allowed": sorted(
                                                n for n, ln in lines.items() if not ln.voided)})])
        act = balance.referenced_line_ids(db, sid).get(int(line.id or 0))
        if act is not None:
            raise ValidationFailed([Problem(field="line", rule="line_referenced", row=line_no,
                                            params={"act": act})])
        repo.touch(db, shipment, expected_version=shipment.version, actor=actor)
        repo.void_line(db, sid, line_no, reason.strip(), actor)
        db.conn.execute("DELETE FROM load_line WHERE line_id = ?", (line.id,))
        repo.refresh_summary(db, sid)
        at = audit.now()
        repo.append_event(db, sid, StatusEvent(
            id=None, event="void_line", from_status=shipment.status.value,
            to_status=shipment.status.value, occurred_at=at, recorded_at=at, actor=actor,
            note=f"line {line_no}", reason=reason.strip()))
