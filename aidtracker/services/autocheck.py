"""Checklist items the record proves (DOMAIN.md §6): they tick themselves ("auto") while their
fact holds and open again when it goes; they cannot be ticked by hand while the fact is false
(overriding with a reason — "not applicable" — stays possible).

Pure: facts read the header, the lines and the recipient only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from aidtracker.domain import AssetKind, LineItem, Organisation, Severity, Shipment
from aidtracker.reference import category_flags
from aidtracker.services.formats import check_ahars_code, check_mrn
from aidtracker.validate import check_edrpou, check_vin

AUTO_BY = "auto"
Fact = Callable[[Shipment, Sequence[LineItem], Organisation], bool]


def _vehicles(lines: Sequence[LineItem]) -> list[LineItem]:
    return [ln for ln in lines if "vehicle" in category_flags(ln.category)]


def _vin_per_vehicle(s: Shipment, lines: Sequence[LineItem], r: Organisation) -> bool:
    return all(len([a for a in ln.assets if a.kind is AssetKind.VEHICLE and a.vin]) * 1000
               == ln.qty_milli for ln in _vehicles(lines))


def _vins_valid(s: Shipment, lines: Sequence[LineItem], r: Organisation) -> bool:
    return _vin_per_vehicle(s, lines, r) and not any(
        check_vin(a.vin) for ln in _vehicles(lines) for a in ln.assets if a.vin)


def _serial_per_unit(s: Shipment, lines: Sequence[LineItem], r: Organisation) -> bool:
    return all(len([a for a in ln.assets if a.identifier]) * 1000 == ln.qty_milli
               for ln in lines if "serialised" in category_flags(ln.category))


def _expiry(s: Shipment, lines: Sequence[LineItem], r: Organisation) -> bool:
    return all(ln.expiry_date is not None for ln in lines
               if category_flags(ln.category) & {"medicine", "medical"})


def _ahars_code(s: Shipment, lines: Sequence[LineItem], r: Organisation) -> bool:
    if not s.ahars_code.strip() or check_ahars_code(s.ahars_code):
        return False
    if s.ahars_created_on and s.planned_crossing:
        return s.planned_crossing <= s.ahars_created_on + timedelta(days=90)
    return True


def _received(s: Shipment, lines: Sequence[LineItem], r: Organisation) -> bool:
    return bool(s.handover_act_no.strip() and s.delivered_on) and all(
        ln.received_good_milli is not None and ln.accounted_milli == ln.qty_milli
        for ln in lines)


def _recipient_registered(s: Shipment, lines: Sequence[LineItem], r: Organisation) -> bool:
    """CL-B01: the recipient's AHARS registration No. and a well-formed EDRPOU are recorded."""
    return bool(r.ahars_recipient_no.strip() and r.edrpou.strip()) and not any(
        p.severity is Severity.BLOCKING for p in check_edrpou(r.edrpou))


def _mrn(s: Shipment, lines: Sequence[LineItem], r: Organisation) -> bool:
    return bool(s.export_mrn.strip()) and not any(
        p.severity is Severity.BLOCKING for p in check_mrn(s.export_mrn))


AUTO: dict[str, Fact] = {
    "CL-B01": _recipient_registered,
    "CL-B03": lambda s, lines, r: bool(s.consent_date and s.consent_signer.strip()),
    "CL-B06": _ahars_code,
    "CL-B09": _mrn,
    "CL-B13": _received,
    "CL-B14": lambda s, lines, r: bool(s.report_filed_on and s.report_ref.strip()),
    "CL-V01": _vins_valid,
    "CL-V06": _vin_per_vehicle,
    "CL-E02": _serial_per_unit,
    "CL-M01": _expiry,
}


def proven(rule_id: str, shipment: Shipment, lines: Sequence[LineItem],
           recipient: Organisation) -> bool | None:
    """True/False for a rule the record can prove, None for one only a person can tick."""
    fact = AUTO.get(rule_id)
    return None if fact is None else fact(shipment, lines, recipient)
