"""The JSON form of a shipment (``aidtracker show --json``): exact decimal strings, never floats.

Quantities and kilograms are plain decimals without trailing zeros ("3", "0.1"); money has the
currency's minor digits ("3500.00"); dates are ISO; timestamps ISO with offset.
"""

from __future__ import annotations

from aidtracker.domain import Deadline, LineItem, ShipmentDetail, ShipmentRow
from aidtracker.money import decimal_text, grams_to_kg, milli_to_decimal, minor_to_decimal


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]


def _qty(milli: int | None) -> str | None:
    return None if milli is None else decimal_text(milli_to_decimal(milli))


def _money(minor: int, currency: str) -> str:
    return decimal_text(minor_to_decimal(minor, currency))


def line_json(line: LineItem) -> dict[str, object]:
    return {
        "line": line.line_no,
        "description": line.description,
        "description_en": line.description_en,
        "category": line.category,
        "hs_code": line.hs_code,
        "national_code": line.national_code,
        "quantity": _qty(line.qty_milli),
        "unit": line.unit.value,
        "packages": line.packages,
        "net_kg": decimal_text(grams_to_kg(line.net_g)),
        "gross_kg": decimal_text(grams_to_kg(line.gross_g)),
        "unit_value": _money(line.unit_value_minor, line.currency),
        "value": _money(line.total_value_minor, line.currency),
        "currency": line.currency,
        "condition": line.condition.value,
        "wear_pct": line.wear_pct,
        "expiry_date": _iso(line.expiry_date),
        "lot": line.lot,
        "received": _qty(line.received_good_milli),
        "serials": [a.identifier for a in line.assets],
    }


def _deadline(d: Deadline) -> dict[str, object]:
    return {"kind": d.kind, "due": d.due.isoformat(), "state": d.state.value,
            "days_left": d.days_left, "detail": d.detail}


def detail_json(detail: ShipmentDetail) -> dict[str, object]:
    """The shipment as the CLI prints it; totals are computed from the lines."""
    s = detail.shipment
    totals = detail.totals
    return {
        "reference": s.reference,
        "status": s.status.value,
        "version": s.version,
        "partner": detail.partnership.partner_city,
        "own_city": detail.partnership.own_city,
        "donor": {"name": detail.donor.display_name, "country": detail.donor.country},
        "recipient": {"name": detail.recipient.display_name, "edrpou": detail.recipient.edrpou,
                      "ahars_recipient_no": detail.recipient.ahars_recipient_no},
        "crossing": s.crossing,
        "transport": {"mode": s.transport_mode.value, "carrier": s.carrier,
                      "truck_plate": s.truck_plate, "trailer_plate": s.trailer_plate,
                      "driver": s.driver_name},
        "dates": {k: _iso(getattr(s, k)) for k in (
            "planned_loading", "planned_crossing", "planned_arrival", "pledged_on",
            "consent_date", "loaded_on", "crossed_on", "cleared_on", "delivered_on",
            "report_filed_on")},
        "ahars": {"code": s.ahars_code, "created_on": _iso(s.ahars_created_on),
                  "declaration_no": s.declaration_no},
        "export_mrn": s.export_mrn,
        "cmr_no": s.cmr_no,
        "items": [line_json(line) for line in detail.lines],
        "totals": {
            "lines": totals.lines,
            "quantity": _qty(totals.qty_milli),
            "packages": totals.packages,
            "net_kg": decimal_text(grams_to_kg(totals.net_g)),
            "gross_kg": decimal_text(grams_to_kg(totals.gross_g)),
            "value_by_currency": {c: _money(v, c) for c, v in totals.value_by_currency.items()},
        },
        "events": [
            {"event": e.event, "from": e.from_status, "to": e.to_status,
             "at": e.occurred_at.isoformat(), "recorded_at": e.recorded_at.isoformat(),
             "actor": e.actor, "note": e.note, "reason": e.reason}
            for e in detail.events
        ],
        "checklist": [
            {"rule": i.rule.id, "item": i.rule.item_en, "owner": i.rule.owner,
             "when": i.rule.when, "severity": i.rule.severity.value, "state": i.state.value,
             "by": i.by, "note": i.note}
            for i in detail.checklist
        ],
        "deadlines": [_deadline(d) for d in detail.deadlines],
        "distributions": [
            {"act_no": d.act_no, "date": d.on.isoformat(), "kind": d.kind.value,
             "lines": [{"line": dl.line_no, "quantity": _qty(dl.qty_milli)} for dl in d.lines]}
            for d in detail.distributions
        ],
        "attachments": [{"name": a.original_name, "kind": a.kind, "sha256": a.sha256}
                        for a in detail.attachments],
    }


def row_json(row: ShipmentRow) -> dict[str, object]:
    return {"reference": row.reference, "status": row.status.value, "partner": row.partner_city,
            "donor": row.donor, "recipient": row.recipient, "crossing": row.crossing,
            "planned_crossing": _iso(row.planned_crossing), "lines": row.lines,
            "gross_kg": decimal_text(grams_to_kg(row.gross_g))}
