"""Loads: the vehicle trips of a shipment (DOMAIN.md §4.6) and which line quantities each carries.

A new shipment has load 1 (the header's transport); more are added here. Every active line's
quantity is spread over the loads (a new line goes to load 1 unless told otherwise).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date

from sqlite_utils import Database

from aidtracker import validate
from aidtracker.domain import LineItem, Load, Problem, TransportMode
from aidtracker.errors import NotFound, ValidationFailed
from aidtracker.money import decimal_text, milli_to_decimal
from aidtracker.reference import crossings
from aidtracker.services import chronology
from aidtracker.services.edits import parse_date
from aidtracker.services.formats import normalise_plate
from aidtracker.store import balance, unit_of_work
from aidtracker.store import shipments as repo
from aidtracker.store.rows import field_types

ALIASES = {"driver": "driver_name", "plate": "truck_plate", "trailer": "trailer_plate",
           "cim_no": "cmr_no", "arrival": "arrived_on"}
EDITABLE = tuple(f for f in field_types(Load) if f not in {"id", "seq", "shares", "version"})


def _typed(load: Load, fields: Mapping[str, object]) -> Load:
    types_ = field_types(Load)
    changes: dict[str, object] = {}
    problems: list[Problem] = []
    for raw, value in fields.items():
        name = ALIASES.get(raw, raw)
        text = str(value).strip()
        if name not in EDITABLE:
            problems.append(Problem(field=raw, rule="unknown_choice",
                                    params={"value": raw, "allowed": ", ".join(EDITABLE)}))
        elif types_[name] is date:
            try:
                changes[name] = parse_date(text) if text else None
            except ValueError:
                problems.append(Problem(field=name, rule="not_a_date", params={"value": text}))
        elif name == "mode":
            try:
                changes[name] = TransportMode(text)
            except ValueError:
                problems.append(Problem(field=name, rule="unknown_choice", params={
                    "value": text, "allowed": ", ".join(m.value for m in TransportMode)}))
        else:
            changes[name] = normalise_plate(text) if name.endswith("plate") else text
    if problems:
        raise ValidationFailed(problems)
    return dataclasses.replace(load, **changes)  # type: ignore[arg-type]


def load_problems(load: Load, today: date) -> list[Problem]:
    """A crossing from the reference list; loading ≤ crossing ≤ arrival; none after today."""
    problems: list[Problem] = []
    if load.crossing and load.crossing not in crossings():
        problems.append(Problem(field="crossing", rule="unknown_choice", params={
            "value": load.crossing, "allowed": ", ".join(sorted(crossings()))}))
    problems += validate.check_date_order([("planned_loading", load.planned_loading),
                                           ("planned_crossing", load.planned_crossing)])
    problems += validate.check_date_order([("loaded_on", load.loaded_on),
                                           ("crossed_on", load.crossed_on),
                                           ("arrived_on", load.arrived_on)])
    for name in ("loaded_on", "crossed_on", "arrived_on"):
        if (day := getattr(load, name)) is not None:
            problems += chronology.blocking(chronology.day_problems(name, day, today))
    return chronology.blocking(problems)


def add_load(db: Database, reference: str, fields: Mapping[str, object], *, actor: str,
             today: date | None = None) -> int:
    """A new load after the last one; returns its number."""
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        sid = int(shipment.id or 0)
        loads = balance.get_loads(db, sid)
        seq = max((ld.seq for ld in loads), default=0) + 1
        load = _typed(Load(id=None, seq=seq, mode=shipment.transport_mode), fields)
        if problems := load_problems(load, today or date.today()):
            raise ValidationFailed(problems)
        balance.insert_load(db, sid, load, actor)
        repo.touch(db, shipment, expected_version=shipment.version, actor=actor)
        return seq


def update_load(db: Database, reference: str, seq: int, fields: Mapping[str, object], *,
                actor: str, today: date | None = None) -> Load:
    """Change a load's fields (driver, plates, CMR, seals, dates…)."""
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        sid = int(shipment.id or 0)
        load = _find(db, sid, seq)
        updated = _typed(load, fields)
        if problems := load_problems(updated, today or date.today()):
            raise ValidationFailed(problems)
        balance.update_load(db, sid, updated, actor)
        repo.touch(db, shipment, expected_version=shipment.version, actor=actor)
        return _find(db, sid, seq)


def _find(db: Database, sid: int, seq: int) -> Load:
    load = next((ld for ld in balance.get_loads(db, sid) if ld.seq == seq), None)
    if load is None:
        raise NotFound(entity="load", key=seq)
    return load


def assign(db: Database, reference: str, seq: int, line_no: int, qty_milli: int | None = None,
           *, actor: str, serials: Sequence[str] = ()) -> None:
    """Put ``qty_milli`` of a line (all of it by default) on load ``seq``, taking it off the
    other loads (the first ones first: load 1 holds what is not assigned elsewhere).

    ``serials`` names the VINs/serials of the line that travel on load ``seq`` (the quantity
    defaults to one unit each); the line's other serials fill the loads' remaining units.

    Raises:
        NotFound: no such load or line.
        ValidationFailed: a quantity above the line's; a serial not of this line; more
            serials than whole units the load carries of the line (both numbers named).
    """
    named = [s.strip().upper() for s in serials if s.strip()]
    if qty_milli is None and named:
        qty_milli = 1000 * len(named)
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        sid = int(shipment.id or 0)
        loads = balance.get_loads(db, sid)
        target = _find(db, sid, seq)
        line = next((ln for ln in repo.get_lines(db, sid)
                     if ln.line_no == line_no and not ln.voided), None)
        if line is None:
            raise NotFound(entity="line", key=line_no)
        qty = line.qty_milli if qty_milli is None else qty_milli
        if not 0 < qty <= line.qty_milli:
            raise ValidationFailed([Problem(field="quantity", rule="over_load", row=line_no,
                                            params={"asked": _q(qty), "shipped": _q(line.qty_milli),
                                                    "unit": line.unit.value})])
        shares = {ld.seq: sum(s.qty_milli for s in ld.shares if s.line_no == line_no)
                  for ld in loads}
        move = qty - shares[target.seq]
        for other in sorted(s for s in shares if s != target.seq):
            cut = min(shares[other], max(move, 0))
            shares[other] -= cut
            move -= cut
        shares[target.seq] = qty if move <= 0 else qty - move
        for number, amount in shares.items():
            balance.set_share(db, sid, number, line_no, amount, actor)
        if named:
            _serials_on(db, sid, line, target.seq, shares[target.seq], named, actor)
        balance.sync_shares(db, sid)
        repo.touch(db, shipment, expected_version=shipment.version, actor=actor)


def _serials_on(db: Database, sid: int, line: LineItem, seq: int, carried: int,
                named: list[str], actor: str) -> None:
    """Load ``seq`` carries the ``named`` serials of ``line`` (pinned there); its other units
    get the line's serials not pinned elsewhere."""
    own = {a.identifier.upper() for a in line.assets}
    problems = [Problem(field="serial", rule="serial_not_on_line", row=line.line_no,
                        params={"value": s}) for s in named if s not in own]
    if not problems and len(set(named)) * 1000 > carried:
        problems.append(Problem(field="serial", rule="serials_over_load", row=line.line_no,
                                params={"load": seq, "units": carried // 1000,
                                        "unit": line.unit.value, "count": len(set(named))}))
    if problems:
        raise ValidationFailed(problems)
    balance.put_serials_on(db, sid, seq, line.line_no, named, actor)


def _q(milli: int) -> str:
    return decimal_text(milli_to_decimal(milli))
