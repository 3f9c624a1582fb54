"""The JSON form of a shipment (``aidtracker show --json``): exact decimal strings, never floats.

Quantities and kilograms are plain decimals without trailing zeros ("3", "0.1"); money has the
currency's minor digits ("3500.00"); dates are ISO; timestamps ISO with offset.
"""

from __future__ import annotations

from aidtracker.documents.load_view import load_serials
from aidtracker.domain import (
    Deadline,
    Distribution,
    LineItem,
    Load,
    ShipmentDetail,
    ShipmentRow,
    Valuation,
    WriteOff,
)
from aidtracker.money import decimal_text, grams_to_kg, milli_to_decimal, minor_to_decimal
from aidtracker.workflow import line_balance


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


def _uah(minor: int | None) -> str | None:
    return None if minor is None else _money(minor, "UAH")


def _balance_json(detail: ShipmentDetail, line: LineItem,
                  valuation: Valuation | None) -> dict[str, object]:
    """A line with its books: received, distributed, written off, on hand, load, UAH value."""
    bal = line_balance(line, detail.distributions, detail.write_offs)
    shares = [(ld.seq, s.qty_milli) for ld in detail.loads for s in ld.shares
              if s.line_no == line.line_no]
    load: object = shares[0][0] if len(shares) == 1 else (
        [{"load": n, "quantity": _qty(q)} for n, q in shares] or None)
    return {
        **line_json(line),
        "received": {"good": _qty(bal.good), "damaged": _qty(bal.damaged),
                     "missing": _qty(bal.missing), "surplus": _qty(bal.surplus),
                     "on": _iso(line.received_on)},
        "received_on": _iso(line.received_on),
        "distributed": _qty(bal.distributed),
        "written_off": _qty(bal.written_off),
        "damaged_written_off": _qty(bal.damaged_written_off),
        "on_hand": _qty(bal.on_hand),
        "load": load,
        "serial_loads": [{"serial": a.identifier, "load": a.load_seq} for a in line.assets],
        "value_uah": _uah(valuation.line_uah.get(line.line_no)) if valuation else None,
    }


def _load_json(load: Load, serials: dict[tuple[int, int], tuple[str, ...]]
               ) -> dict[str, object]:
    return {"number": load.seq, "mode": load.mode.value, "carrier": load.carrier,
            "truck_plate": load.truck_plate, "trailer_plate": load.trailer_plate,
            "driver": load.driver_name, "driver_phone": load.driver_phone,
            "cmr_no": load.cmr_no, "seals": load.seals, "crossing": load.crossing,
            "dates": {k: _iso(getattr(load, k)) for k in (
                "planned_loading", "loaded_on", "planned_crossing", "crossed_on", "arrived_on")},
            "lines": [{"line": s.line_no, "quantity": _qty(s.qty_milli),
                       "serials": list(serials.get((load.seq, s.line_no), ()))}
                      for s in load.shares]}


def _rate_json(valuation: Valuation | None, currency: str) -> dict[str, object] | None:
    rate = valuation.rates.get(currency) if valuation else None
    if rate is None:
        return None
    return {"currency": rate.currency, "date": rate.on.isoformat(),
            "rate": format(rate.uah_per_unit, "f"), "source": rate.source}


def _reversed(act: Distribution | WriteOff) -> dict[str, object] | None:
    """{at, by, reason} of a reversed act (out of the balance), None for an act in force."""
    if act.reversed_at is None:
        return None
    return {"at": act.reversed_at.isoformat(), "by": act.reversed_by,
            "reason": act.reverse_reason}


def _deadline(d: Deadline) -> dict[str, object]:
    return {"kind": d.kind, "due": d.due.isoformat(), "state": d.state.value,
            "days_left": d.days_left, "detail": d.detail}


def detail_json(detail: ShipmentDetail, valuation: Valuation | None = None
                ) -> dict[str, object]:
    """The shipment as the CLI prints it; totals are computed from the lines (voided lines
    apart, under ``voided_items``); UAH values from ``valuation``."""
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
        "items": [_balance_json(detail, line, valuation) for line in detail.lines],
        "voided_items": [{**line_json(line), "voided_at": _iso(line.voided_at),
                          "voided_by": line.voided_by, "void_reason": line.void_reason}
                         for line in detail.voided],
        "loads": [_load_json(ld, load_serials(detail)) for ld in detail.loads],
        "valuation_date": _iso(valuation.on) if valuation else None,
        "rate": _rate_json(valuation, s.currency),
        "rates": [r for c in sorted(valuation.rates) if (r := _rate_json(valuation, c))
                  and c != "UAH"] if valuation else [],
        "totals": {
            "lines": totals.lines,
            "quantity": _qty(totals.qty_milli),
            "packages": totals.packages,
            "net_kg": decimal_text(grams_to_kg(totals.net_g)),
            "gross_kg": decimal_text(grams_to_kg(totals.gross_g)),
            "value_by_currency": {c: _money(v, c) for c, v in totals.value_by_currency.items()},
            "value_uah": _uah(valuation.total_uah) if valuation else None,
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
             "by": i.by, "note": i.note, "auto": i.auto}
            for i in detail.checklist
        ],
        "deadlines": [_deadline(d) for d in detail.deadlines],
        "distributions": [
            {"act_no": d.act_no, "date": d.on.isoformat(), "kind": d.kind.value,
             "acquirer": {"name": d.to_whom, "edrpou": d.acquirer_edrpou},
             "lines": [{"line": dl.line_no, "quantity": _qty(dl.qty_milli),
                        "serials": list(dl.serials)} for dl in d.lines],
             "reversed": _reversed(d)}
            for d in sorted(detail.distributions + detail.reversed_distributions,
                            key=lambda d: d.act_no)
        ],
        "write_offs": [
            {"act_no": w.act_no, "date": w.on.isoformat(), "reason": w.reason.value,
             "note": w.note, "commission": w.commission,
             "lines": [{"line": wl.line_no, "quantity": _qty(wl.qty_milli),
                        "from_damaged": _qty(wl.from_damaged_milli)} for wl in w.lines],
             "reversed": _reversed(w)}
            for w in sorted(detail.write_offs + detail.reversed_write_offs,
                            key=lambda w: w.act_no)
        ],
        "attachments": [{"name": a.original_name, "kind": a.kind, "sha256": a.sha256}
                        for a in detail.attachments],
    }


def row_json(row: ShipmentRow) -> dict[str, object]:
    return {"reference": row.reference, "status": row.status.value, "partner": row.partner_city,
            "donor": row.donor, "recipient": row.recipient, "crossing": row.crossing,
            "planned_crossing": _iso(row.planned_crossing), "lines": row.lines,
            "gross_kg": decimal_text(grams_to_kg(row.gross_g))}
