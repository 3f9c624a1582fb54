"""Records ↔ the shipment file's JSON, both ways, exactly.

Quantities and kilograms are decimal strings without trailing zeros ("3", "0.125"), money has the
currency's minor digits ("3500.00"), dates are ISO, enums their value; never a float. A value
read back through :func:`line_of` etc. equals the record it was written from.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from aidtracker.domain import (
    Asset,
    AssetKind,
    Condition,
    DistributionKind,
    LineItem,
    Organisation,
    OrgKind,
    Partnership,
    Unit,
    WriteOffReason,
)
from aidtracker.money import (
    decimal_text,
    grams_to_kg,
    milli_to_decimal,
    minor_to_decimal,
    to_milli,
    to_minor,
    to_units,
)
from aidtracker.store.rows import build, row_of

Json = dict[str, Any]

ORG_FIELDS = ("kind", "role", "name_en", "name_uk", "name_native", "aliases", "country",
              "address", "settlement", "edrpou", "eori", "national_reg_no",
              "ahars_recipient_no", "is_charity", "signatory_name", "signatory_position",
              "phone", "email")
PARTNERSHIP_FIELDS = ("own_city", "partner_city", "partner_city_uk", "partner_city_en",
                      "aliases", "partner_country", "relation", "doc_language")
RECEIPT_COLUMNS = {"good": "received_good_milli", "damaged": "received_damaged_milli",
                   "missing": "received_missing_milli", "surplus": "received_surplus_milli"}
# enum-valued fields of the JSON, checked by the schema
ENUMS: dict[str, list[str]] = {
    "unit": [u.value for u in Unit], "condition": [c.value for c in Condition],
    "asset_kind": [k.value for k in AssetKind], "org_kind": [k.value for k in OrgKind],
    "distribution_kind": [k.value for k in DistributionKind],
    "write_off_reason": [r.value for r in WriteOffReason],
}


def qty(milli: int | None) -> str | None:
    return None if milli is None else decimal_text(milli_to_decimal(milli))


def kg(grams: int) -> str:
    return decimal_text(grams_to_kg(grams))


def money(minor: int | None, currency: str) -> str | None:
    return None if minor is None else decimal_text(minor_to_decimal(minor, currency))


def milli(text: str | None) -> int | None:
    return None if text is None else to_milli(text)


def grams(text: str) -> int:
    return to_units(Decimal(text), 3, text)


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else \
        value.isoformat()


def org_json(org: Organisation, key: str) -> Json:
    row = row_of(org)
    out: Json = {"key": key, **{f: row[f] for f in ORG_FIELDS}}
    out["is_charity"] = bool(org.is_charity)
    return out


def org_of(data: Json) -> Organisation:
    return build(Organisation, {"id": None, **{f: data[f] for f in ORG_FIELDS}})


def partnership_json(p: Partnership) -> Json:
    row = row_of(p)
    return {f: row[f] for f in PARTNERSHIP_FIELDS}


def partnership_of(data: Json) -> Partnership:
    return build(Partnership, {"id": None, **{f: data[f] for f in PARTNERSHIP_FIELDS}})


#: An asset's columns that stay in this office: the load it travels on is in ``loads``.
ASSET_SKIP = frozenset({"id", "load_seq", "load_pinned"})


def asset_json(a: Asset) -> Json:
    return row_of(a, skip=ASSET_SKIP)


def asset_of(data: Json) -> Asset:
    row = dict(data)
    for name in ("rating_kva", "rating_kw"):
        if row.get(name) is not None:
            row[name] = Decimal(str(row[name]))
    return build(Asset, {"id": None, **row})


def line_json(line: LineItem) -> Json:
    """A goods line as sent (the receipt columns travel under ``receiving``)."""
    return {
        "line": line.line_no, "category": line.category, "description": line.description,
        "description_en": line.description_en, "hs_code": line.hs_code,
        "national_code": line.national_code, "quantity": qty(line.qty_milli),
        "unit": line.unit.value, "packages": line.packages, "marks": line.marks,
        "net_kg": kg(line.net_g), "gross_kg": kg(line.gross_g),
        "unit_value": money(line.unit_value_minor, line.currency),
        "value": money(line.value_minor, line.currency), "currency": line.currency,
        "condition": line.condition.value, "wear_pct": line.wear_pct,
        "expiry_date": iso(line.expiry_date), "shelf_life_months": line.shelf_life_months,
        "lot": line.lot,
        "voided": None if line.voided_at is None else {
            "at": iso(line.voided_at), "by": line.voided_by, "reason": line.void_reason},
        "serials": [asset_json(a) for a in line.assets],
    }


def line_of(data: Json, receipt: Json | None = None) -> LineItem:
    """The line of ``data``, with the receipt columns of ``receipt`` (none: nothing received)."""
    cur = str(data["currency"])
    voided = data.get("voided") or {}
    got: Json = receipt_values(receipt) if receipt else {}
    return LineItem(
        id=None, line_no=int(data["line"]), category=data["category"],
        description=data["description"], description_en=data["description_en"],
        hs_code=data["hs_code"], national_code=data["national_code"],
        qty_milli=to_milli(data["quantity"]), unit=Unit(data["unit"]),
        packages=int(data["packages"]), marks=data["marks"], net_g=grams(data["net_kg"]),
        gross_g=grams(data["gross_kg"]), unit_value_minor=to_minor(data["unit_value"], cur),
        value_minor=None if data["value"] is None else to_minor(data["value"], cur),
        currency=cur, condition=Condition(data["condition"]), wear_pct=data["wear_pct"],
        expiry_date=_day(data["expiry_date"]), shelf_life_months=data["shelf_life_months"],
        lot=data["lot"], assets=tuple(asset_of(a) for a in data["serials"]),
        voided_at=datetime.fromisoformat(voided["at"]) if voided else None,
        voided_by=voided.get("by", ""), void_reason=voided.get("reason", ""),
        received_good_milli=got.get("received_good_milli"),
        received_damaged_milli=got.get("received_damaged_milli", 0),
        received_missing_milli=got.get("received_missing_milli", 0),
        received_surplus_milli=got.get("received_surplus_milli", 0),
        surplus_reason=got.get("surplus_reason", ""),
        received_on=_day(got.get("received_on")),
    )


def receipt_json(line: LineItem) -> Json:
    return {"line": line.line_no, "good": qty(line.received_good_milli),
            "damaged": qty(line.received_damaged_milli),
            "missing": qty(line.received_missing_milli),
            "surplus": qty(line.received_surplus_milli), "surplus_reason": line.surplus_reason,
            "received_on": iso(line.received_on)}


def receipt_values(data: Json) -> Json:
    """The line_item columns of a receipt entry."""
    out: Json = {col: milli(data[key]) for key, col in RECEIPT_COLUMNS.items()}
    for col in ("received_damaged_milli", "received_missing_milli", "received_surplus_milli"):
        out[col] = out[col] or 0
    out["surplus_reason"] = data["surplus_reason"]
    out["received_on"] = data["received_on"]
    return out


def _day(text: object) -> date | None:
    return None if text is None else date.fromisoformat(str(text))
