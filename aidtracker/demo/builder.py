"""Build the demo database (DOMAIN.md §11) through the real services and workflow.

Every shipment is created as a draft and driven through its events with the fields each event
records, ticking the checklist items that guard it, so the demo holds real event histories,
audit rows and derived deadlines. Dates are set relative to ``today`` (old, closed shipments use
fixed dates from 2022–2025), so some deadlines are always overdue or at risk.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from aidtracker.demo.data import (
    ACQUIRERS,
    DONOR_PROFILES,
    DONORS,
    EXONYMS,
    PARTNERSHIPS,
    RECIPIENT_PROFILES,
    RECIPIENTS,
    LineSpec,
    ShipmentSpec,
)
from aidtracker.demo.rates import add_demo_rates
from aidtracker.demo.shipments import SHIPMENTS
from aidtracker.domain import (
    Asset,
    AssetKind,
    CheckState,
    Condition,
    DistributionKind,
    DistributionLine,
    Event,
    LineItem,
    Need,
    NeedStatus,
    Organisation,
    Partnership,
    Priority,
    Shipment,
    Status,
    TransportMode,
    Unit,
    WriteOffReason,
)
from aidtracker.errors import StorageError
from aidtracker.money import to_milli, to_minor
from aidtracker.rules import blocking_for
from aidtracker.services import loads, progress, shipments, stock
from aidtracker.store import create_database, parties, unit_of_work
from aidtracker.validate import edrpou_check_digit
from aidtracker.workflow import balance_milli

ACTOR = "demo"
#: AHARS unique codes exist for crossings from 1 December 2023 (CMU Resolution 953); earlier
#: shipments crossed under Resolution 174 with the paper declaration only.
AHARS_FROM = date(2023, 12, 1)
CARRIERS = {
    TransportMode.ROAD_TRUCK: "Demo Trans Sp. z o.o., ul. Przemysłowa 12, 37-500 Jarosław, Polska",
    TransportMode.ROAD_VAN: "Demo Trans Sp. z o.o., ul. Przemysłowa 12, 37-500 Jarosław, Polska",
    TransportMode.SELF_PROPELLED: "",
    TransportMode.RAIL: "DB Cargo AG (demo), Rheinstraße 2, 55116 Mainz, Deutschland",
}
MAIN_PATH = (Event.PLEDGE, Event.ACCEPT, Event.START_PREPARING, Event.MARK_READY, Event.DISPATCH,
             Event.ARRIVE_BORDER, Event.CLEAR, Event.DELIVER, Event.DISTRIBUTE,
             Event.COMPLETE_DISTRIBUTION, Event.REPORT, Event.CLOSE)
# Day offsets from the pledge at which each event happens.
OFFSETS = {Event.PLEDGE: 0, Event.ACCEPT: 3, Event.START_PREPARING: 5, Event.MARK_READY: 14,
           Event.DISPATCH: 18, Event.ARRIVE_BORDER: 20, Event.CLEAR: 21, Event.DELIVER: 23,
           Event.DISTRIBUTE: 30, Event.COMPLETE_DISTRIBUTION: 40, Event.REPORT: 80,
           Event.CLOSE: 85, Event.HOLD: 16, Event.HOLD_AT_CUSTOMS: 21, Event.RETURN: 24,
           Event.CANCEL: 8, Event.DECLARE_LOST: 19}


def events_to(target: Status) -> list[Event]:
    """The events that take a new draft to ``target``."""
    upto = {Status.PLEDGED: 1, Status.ACCEPTED: 2, Status.PREPARING: 3, Status.READY: 4,
            Status.DISPATCHED: 5, Status.AT_BORDER: 6, Status.CLEARED: 7, Status.DELIVERED: 8,
            Status.DISTRIBUTING: 9, Status.DISTRIBUTED: 10, Status.REPORTED: 11,
            Status.CLOSED: 12}
    side = {Status.ON_HOLD: (3, [Event.HOLD]), Status.HELD_AT_CUSTOMS: (6, [Event.HOLD_AT_CUSTOMS]),
            Status.RETURNED: (6, [Event.HOLD_AT_CUSTOMS, Event.RETURN]),
            Status.CANCELLED: (2, [Event.CANCEL]), Status.LOST: (5, [Event.DECLARE_LOST])}
    if target in upto:
        return list(MAIN_PATH[: upto[target]])
    if target in side:
        n, extra = side[target]
        return [*MAIN_PATH[:n], *extra]
    return []


def build_demo(path: str | Path, *, office_code: str = "KYV", today: date | None = None) -> str:
    """Create the demo database at ``path`` (refused if a file exists). Returns a summary.

    The database is built in a temporary file beside ``path`` and linked into place only when
    complete, so a failure never leaves a half-built demo under the final name.
    """
    path = Path(path)
    if path.exists():

        raise StorageError(path=str(path), reason="exists", detail="")
    today = today or date.today()
    temp = path.with_name(f".{path.name}.building-{os.getpid()}")
    db = create_database(temp, office_code=office_code)
    try:
        ids = _directory(db)
        with unit_of_work(db):
            add_demo_rates(db, {line.currency for spec in SHIPMENTS for line in spec.lines},
                           today, ACTOR)
        for n, spec in enumerate(SHIPMENTS, start=1):
            _shipment(db, spec, ids, n, today)
        _needs(db, ids, today)
        with unit_of_work(db):  # the window marks this file as demo data
            db.conn.execute("INSERT INTO setting (key, value) VALUES ('demo', '1')")
        count = db.conn.execute("SELECT count(*) FROM shipment").fetchone()[0]
        db.close()
        os.link(temp, path)  # fails rather than replace a file that appeared meanwhile
    finally:
        db.close()
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return f"{len(PARTNERSHIPS)} partnerships, {count} shipments"


def _directory(db: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    with unit_of_work(db):
        for city, country, own, relation, city_uk, lang in PARTNERSHIPS:
            city_en, exonyms = EXONYMS.get(city, ("", ()))
            ids[f"{city}→{own}"] = parties.insert_partnership(db, Partnership(
                id=None, own_city=own, partner_city=city, partner_country=country,
                relation=relation, partner_city_uk=city_uk, doc_language=lang,
                partner_city_en=city_en, aliases="; ".join(exonyms)), ACTOR)
        for key, name_en, native, country, kind, eori in DONORS:
            street, town, signer, position = DONOR_PROFILES[key]
            ids[key] = parties.insert_organisation(db, Organisation(
                id=None, kind=kind, name_en=name_en, name_native=native, country=country,
                address=street, settlement=town, eori=eori, signatory_name=signer,
                signatory_position=position), ACTOR)
        for key, name_en, name_uk, edrpou, ahars, kind, settlement in RECIPIENTS:
            street, signer, position = RECIPIENT_PROFILES[key]
            ids[key] = parties.insert_organisation(db, Organisation(
                id=None, kind=kind, name_en=name_en, name_uk=name_uk, country="UA",
                settlement=settlement, address=street, edrpou=edrpou,
                ahars_recipient_no=ahars, signatory_name=signer,
                signatory_position=position), ACTOR)
        for n, (key, name_en, name_uk, kind, settlement) in enumerate(ACQUIRERS, start=1):
            base = f"99010{n:02d}"
            ids[key] = parties.insert_organisation(db, Organisation(
                id=None, kind=kind, name_en=name_en, name_uk=name_uk, country="UA",
                settlement=settlement, edrpou=f"{base}{edrpou_check_digit(base)}",
                role="acquirer"), ACTOR)
    return ids


def line_item(spec: LineSpec) -> LineItem:
    """A LineItem from a demo line spec, exact throughout."""
    gross = to_milli(spec.gross_kg)
    assets = tuple(Asset(id=None, kind=AssetKind.VEHICLE, vin=vin, make=spec.make,
                         model=spec.model, year=2012, body_type=spec.body_type,
                         plates=f"DEMO{i:03d}", odometer_km=180_000 + 1_000 * i)
                   for i, vin in enumerate(spec.vins, start=1))
    assets += tuple(Asset(id=None, kind=AssetKind.EQUIPMENT, serial_no=s, make=spec.make,
                          model=spec.model,
                          rating_kva=Decimal(spec.rating_kva) if spec.rating_kva else None)
                    for s in spec.serials)
    expiry = date.fromisoformat(spec.expiry) if spec.expiry else None
    return LineItem(
        id=None, line_no=0, category=spec.category, description=spec.description,
        description_en=spec.description_en, qty_milli=to_milli(spec.qty), unit=Unit(spec.unit),
        currency=spec.currency, unit_value_minor=to_minor(spec.value, spec.currency),
        hs_code=spec.hs, packages=spec.packages, net_g=gross * 9 // 10, gross_g=gross,
        condition=Condition(spec.condition), wear_pct=spec.wear, expiry_date=expiry,
        shelf_life_months=spec.shelf_life_months, assets=assets,
    )


class _Clock:
    """Dates of one shipment's events, squeezed so that nothing lies after ``today``."""

    def __init__(self, start: date, today: date, events: list[Event]) -> None:
        last = max((OFFSETS[e] for e in events), default=0)
        span = (today - start).days
        self.start = start
        self.scale = min(1.0, span / last) if last else 1.0

    def day(self, offset: int) -> date:
        return self.start + timedelta(days=int(offset * self.scale))

    def at(self, event: Event) -> datetime:
        d = self.day(OFFSETS[event])
        return datetime(d.year, d.month, d.day, 9, 0, tzinfo=UTC)


def _shipment(db: Database, spec: ShipmentSpec, ids: dict[str, int], n: int, today: date) -> None:
    target = Status(spec.target)
    events = events_to(target)
    start = date.fromisoformat(spec.fixed_start) if spec.fixed_start else today - timedelta(
        days=spec.start)
    clock = _Clock(start, today, events)
    by_road = spec.mode not in (TransportMode.SELF_PROPELLED, TransportMode.RAIL)
    header = Shipment(
        id=None, reference="", status=Status.DRAFT, partnership_id=ids[f"{spec.partner}→"
                                                                      f"{spec.own_city}"],
        donor_id=ids[spec.donor], recipient_id=ids[spec.recipient], kind=spec.kind,
        priority=Priority.URGENT if n % 4 == 0 else Priority.NORMAL, currency=spec.currency,
        route=f"{spec.partner} – {spec.crossing.replace('_', ' ')} – {spec.own_city}",
        transport_mode=spec.mode,
        carrier=CARRIERS.get(spec.mode, CARRIERS[TransportMode.ROAD_TRUCK]),
        truck_plate=f"DEMO{n:03d}A" if by_road else "",
        trailer_plate=f"DEMO{n:03d}T" if by_road and spec.mode is TransportMode.ROAD_TRUCK
        else "", driver_name="I. PETRENKO (demo)" if spec.mode is not TransportMode.RAIL else "",
        driver_phone="+380000000000" if spec.mode is not TransportMode.RAIL else "",
        planned_loading=clock.day(18), planned_crossing=clock.day(20),
        planned_arrival=clock.day(23), notes=spec.notes,
    )
    lines = [line_item(ls) for ls in spec.lines]
    ref = shipments.create_shipment(db, header, lines, actor=ACTOR, today=start)
    if spec.mode is TransportMode.SELF_PROPELLED:
        _convoy(db, ref, clock)
    for event in events:
        _prepare(db, ref, event, clock, spec)
        progress.advance(db, ref, event, actor=ACTOR, at=clock.at(event),
                         fields=_fields(event, clock, spec, ref, n),
                         reason=spec.extra.get("reason", "demo"), today=clock.day(OFFSETS[event]))


DRIVERS = ("Ivan PETRENKO", "Oleh BONDAR", "Mykola KOVAL", "Andrii SHEVCHUK", "Petro MELNYK",
           "Taras HNATIUK", "Yurii SAVCHUK", "Vasyl TKACHUK", "Serhii MOROZ", "Roman LYSENKO",
           "Bohdan KRAVETS", "Dmytro OLIINYK")


def _convoy(db: Database, ref: str, clock: _Clock) -> None:
    """A convoy of self-propelled vehicles: one load per vehicle, each with its own driver."""
    detail = shipments.get_detail(db, ref, today=clock.start)
    vehicles = [(ln, a) for ln in detail.lines for a in ln.assets if a.kind is AssetKind.VEHICLE]
    for n, (line, _asset) in enumerate(vehicles[1:], start=2):
        seq = loads.add_load(db, ref, {
            "mode": "self_propelled", "driver": f"{DRIVERS[(n - 1) % len(DRIVERS)]} (demo)",
            "driver_phone": f"+38000000{n:04d}", "planned_loading": clock.day(18).isoformat(),
            "planned_crossing": clock.day(20).isoformat()}, actor=ACTOR, today=clock.start)
        loads.assign(db, ref, seq, line.line_no, 1000, actor=ACTOR)
    if len(vehicles) > 1:
        loads.update_load(db, ref, 1, {"driver": f"{DRIVERS[0]} (demo)"}, actor=ACTOR,
                          today=clock.start)


def _fields(event: Event, clock: _Clock, spec: ShipmentSpec, ref: str, n: int,
            ) -> dict[str, object]:
    d = clock.day
    year = d(10).year
    fields: dict[Event, dict[str, object]] = {
        Event.PLEDGE: {"pledged_on": d(0)},
        Event.ACCEPT: {"consent_date": d(3), "consent_signer": "О. КОВАЛЕНКО (демо)"},
        Event.MARK_READY: {"ahars_code": f"DEMO-{year}-{n:05d}", "ahars_created_on": d(10)}
        if d(20) >= AHARS_FROM else {},
        Event.DISPATCH: {"loaded_on": d(18), "export_route": "electronic",
                         "export_mrn": f"{year % 100:02d}PL{n:010d}DEMO",
                         "cmr_no": "" if spec.mode is TransportMode.SELF_PROPELLED
                         else f"DEMO-CMR-{n:04d}"},
        Event.ARRIVE_BORDER: {"crossing": spec.crossing, "crossed_on": d(20)},
        Event.CLEAR: {"cleared_on": d(21), "clearance_ref": f"DEMO-UA-{n:06d}",
                      "declaration_no": f"DEMO-D-{n:05d}", "declaration_created_on": d(12)},
        Event.DELIVER: {"delivered_on": d(23), "handover_act_no": f"{ref}/D6-1"},
        Event.REPORT: {"report_filed_on": d(80), "report_ref": f"DEMO-REP-{n:05d}"},
    }
    return {k: (v.isoformat() if isinstance(v, date) else v)
            for k, v in fields.get(event, {}).items()}


def _prepare(db: Database, ref: str, event: Event, clock: _Clock, spec: ShipmentSpec) -> None:
    """Do what a logistics officer does before the event: ticks, receipt, handovers."""
    detail = shipments.get_detail(db, ref, today=clock.day(OFFSETS[event]))
    for item in blocking_for(event.value, detail.checklist):
        if item.auto:  # the record proves it (the event's own fields included)
            continue
        progress.set_checklist(db, ref, item.rule.id, CheckState.DONE, actor=ACTOR,
                               note="demo: checked")
    if event is Event.DELIVER:
        received = {ln.line_no: (ln.qty_milli, 0, 0) for ln in detail.lines}
        if spec.key in ("S08", "S21"):  # a hospital bed, a window pane arrived damaged (D9)
            last = detail.lines[-1]
            received[last.line_no] = (last.qty_milli - 1000, 1000, 0)
        progress.record_receipt(db, ref, received, actor=ACTOR, on=clock.day(23),
                                today=clock.day(23))
    if event is Event.DISTRIBUTE:
        _distribute(db, ref, clock.day(28), half=True)
    if event is Event.COMPLETE_DISTRIBUTION:
        _distribute(db, ref, clock.day(38), half=False)
        _write_off_damaged(db, ref, clock.day(38))


def _write_off_damaged(db: Database, ref: str, on: date) -> None:
    """Damaged units leave the books with a write-off act (D9) before 'distributed'."""
    for line in shipments.get_detail(db, ref, today=on).lines:
        if line.received_damaged_milli:
            stock.add_write_off(db, ref, line_no=line.line_no,
                                qty_milli=line.received_damaged_milli,
                                reason=WriteOffReason.DAMAGED, on=on, actor=ACTOR,
                                note="demo: damaged in transit",
                                commission="О. КОВАЛЕНКО (демо), І. ПЕТРЕНКО (демо)")


def _distribute(db: Database, ref: str, on: date, *, half: bool) -> None:
    detail = shipments.get_detail(db, ref, today=on)
    # Hospitals, schools, districts and units in Ukraine, those in the recipient's city first
    # (never a donor city abroad).
    acquirers = [o for o in parties.list_organisations(db) if o.role == "acquirer"]
    local = [o for o in acquirers if o.settlement == detail.recipient.settlement]
    acquirers = local or acquirers
    lines = []
    for line in detail.lines:
        balance = balance_milli(line, detail.distributions, detail.write_offs)
        qty = (balance // 2000) * 1000 if half and balance >= 2000 else balance
        if qty > 0:
            handed = {s for d in detail.distributions for dl in d.lines for s in dl.serials}
            left = [a.identifier for a in line.assets if a.identifier not in handed]
            lines.append(DistributionLine(line.line_no, qty, tuple(left[:qty // 1000])))
    if not lines:
        return
    # The same acquirer for the same shipment on every run (str hash is salted per process).
    acquirer = acquirers[int(ref.rsplit("-", 1)[1]) % len(acquirers)] if acquirers else None
    progress.add_distribution(db, ref, on=on, kind=DistributionKind.ACT, lines=lines,
                              actor=ACTOR, acquirer_id=acquirer.id if acquirer else None,
                              person_name="" if acquirer else "demo",
                              settlement=acquirer.settlement if acquirer else "")


def _needs(db: Database, ids: dict[str, int], today: date) -> None:
    wanted = [
        ("kyiv", "Ambulances for the emergency service", "veh.ambulance", "15", "pcs",
         Priority.URGENT),
        ("kyiv", "Diesel generators ≥ 30 kVA for hospitals", "energy.genset_diesel", "40", "pcs",
         Priority.URGENT),
        ("zhytomyr", "School furniture for 3 classrooms", "school", "90", "set", Priority.NORMAL),
        ("khmelnytskyi", "Long-life food parcels", "food", "1000", "pcs", Priority.NORMAL),
        ("chernivtsi", "Baby food", "food", "500", "kg", Priority.URGENT),
    ]
    first_refs = [r[0] for r in db.conn.execute("SELECT reference FROM shipment ORDER BY id")]
    with unit_of_work(db):
        for i, (key, text, category, qty, unit, priority) in enumerate(wanted):
            need = Need(id=None, recipient_id=ids[key], description=text, category=category,
                        qty_milli=to_milli(qty), unit=Unit(unit), priority=priority,
                        requested_on=today - timedelta(days=150 - 10 * i),
                        needed_by=today + timedelta(days=30 + 10 * i),
                        status=NeedStatus.PLEDGED if i < 2 else NeedStatus.SENT_TO_PARTNERS)
            covers = (first_refs[0],) if i == 0 else (first_refs[3],) if i == 1 else ()
            parties.insert_need(db, replace(need, covered_by=covers), ACTOR)
