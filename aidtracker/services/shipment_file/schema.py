"""The JSON Schema of ``shipment.json`` (docs/shipment-file.schema.json is this, written out) and
a small validator of the subset it uses, so an import needs no extra library at run time.

The header, serial and load fields are derived from the record classes, so the schema follows
the records; ``tests/core/services/test_shipment_file_schema.py`` checks the docs copy is current
and validates exports with the ``jsonschema`` library too.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from aidtracker.domain import Asset, Load, Shipment
from aidtracker.services.shipment_file import codec
from aidtracker.services.shipment_file.container import FORMAT, VERSION
from aidtracker.services.shipment_file.export import HEADER_SKIP, RECEIVING_HEADER
from aidtracker.store.rows import field_types

Json = dict[str, Any]
SCHEMA_ID = "https://aidtracker.invalid/shipment-file/v1/shipment.schema.json"
_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_QTY = r"^[0-9]{1,16}(\.[0-9]{1,3})?$"
_MONEY = r"^[0-9]{1,17}(\.[0-9]{1,4})?$"
_TEXT = 20000


def _s(pattern: str | None = None, *, null: bool = False) -> Json:
    out: Json = {"type": ["string", "null"] if null else "string", "maxLength": _TEXT}
    if pattern:
        out["pattern"] = pattern
    return out


def _int(*, null: bool = False) -> Json:
    return {"type": ["integer", "null"] if null else "integer", "minimum": 0}


def _obj(props: Json, required: list[str] | None = None) -> Json:
    return {"type": "object", "properties": props,
            "required": list(props) if required is None else required,
            "additionalProperties": False}


def _arr(items: Json) -> Json:
    return {"type": "array", "items": items}


def _from_record(cls: type, skip: frozenset[str]) -> Json:
    """Properties of a record's stored columns: dates, enums, integers, decimals, text."""
    hints = typing.get_type_hints(cls)
    props: Json = {}
    for f in dataclasses.fields(cls):
        if f.name in skip:
            continue
        kind = field_types(cls)[f.name]
        null = type(None) in typing.get_args(hints[f.name])
        if isinstance(kind, type) and issubclass(kind, Enum):
            props[f.name] = {"enum": [e.value for e in kind] + ([None] if null else [])}
        elif kind is date:
            props[f.name] = _s(_DATE, null=null)
        elif kind is int:
            props[f.name] = {"type": ["integer", "null"] if null else "integer"}
        elif kind is Decimal:
            props[f.name] = _s(_MONEY, null=null)
        else:
            props[f.name] = _s(null=null)
    return props


# "rates" came later in version 1: a file without it still imports.
_TOP_REQUIRED = ("format", "version", "origin_office", "shipment", "partnership", "donor",
                 "recipient", "parties", "lines", "loads", "checklist", "receiving", "documents")
_RATE = r"^[0-9]{1,9}(\.[0-9]{1,12})?$"


def build_schema() -> Json:
    """The schema of ``shipment.json``, version :data:`VERSION`."""
    header = _from_record(Shipment, HEADER_SKIP | {"updated_at"})
    serial = _obj(_from_record(Asset, codec.ASSET_SKIP))
    share = _obj({"line": _int(), "quantity": _s(_QTY), "serials": _arr(_s())})
    load = _obj({**_from_record(Load, frozenset({"id", "version", "shares"})),
                 "lines": _arr(share)})
    line = _obj({
        "line": _int(), "category": _s(), "description": _s(), "description_en": _s(),
        "hs_code": _s(), "national_code": _s(), "quantity": _s(_QTY),
        "unit": {"enum": codec.ENUMS["unit"]}, "packages": _int(), "marks": _s(),
        "net_kg": _s(_QTY), "gross_kg": _s(_QTY), "unit_value": _s(_MONEY),
        "value": _s(_MONEY, null=True), "currency": _s("^[A-Z]{3}$"),
        "condition": {"enum": codec.ENUMS["condition"]}, "wear_pct": _int(null=True),
        "expiry_date": _s(_DATE, null=True), "shelf_life_months": _int(null=True),
        "lot": _s(),
        "voided": {"oneOf": [{"type": "null"}, _obj({"at": _s(), "by": _s(),
                                                      "reason": _s()})]},
        "serials": _arr(serial)})
    party_props: Json = {"key": _s("^p[0-9]+$"), **{f: _s() for f in codec.ORG_FIELDS}}
    party_props["kind"] = {"enum": codec.ENUMS["org_kind"]}
    party_props["is_charity"] = {"type": "boolean"}
    receipt = _obj({"line": _int(), "good": _s(_QTY, null=True), "damaged": _s(_QTY),
                    "missing": _s(_QTY), "surplus": _s(_QTY), "surplus_reason": _s(),
                    "received_on": _s(_DATE, null=True)})
    given = _obj({"line": _int(), "quantity": _s(_QTY), "serials": _arr(_s())})
    distribution = _obj({
        "act_no": _s(), "date": _s(_DATE), "kind": {"enum": codec.ENUMS["distribution_kind"]},
        "acquirer": _s("^p[0-9]+$", null=True), "person_name": _s(), "settlement": _s(),
        "actor": _s(), "lines": _arr(given)})
    written = _obj({"line": _int(), "quantity": _s(_QTY), "from_damaged": _s(_QTY)})
    write_off = _obj({
        "act_no": _s(), "date": _s(_DATE), "reason": {"enum": codec.ENUMS["write_off_reason"]},
        "note": _s(), "commission": _s(), "actor": _s(), "lines": _arr(written)})
    document = _obj({
        "number": _s(), "kind": _s(), "scope": _s(), "lang": _s(),
        "date": _s(_DATE, null=True), "issued_at": _s(), "issued_by": _s(),
        "status": {"enum": ["valid", "superseded"]}, "supersedes": _s(null=True),
        "superseded_by": _s(null=True), "sha256": _s("^[0-9a-f]{64}$"),
        "size": _int(null=True),
        "file": _s("^documents/[0-9a-f]{64}\\.pdf$", null=True)})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
        "title": "AidTracker shipment file: shipment.json", **_obj({
            "format": {"const": FORMAT}, "version": {"const": VERSION},
            "origin_office": _s("^[A-Z0-9]{2,8}$"),
            "shipment": _obj({"uuid": _s("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                          "[0-9a-f]{12}$"), "reference": _s(), **header}),
            "partnership": _obj({f: _s() for f in codec.PARTNERSHIP_FIELDS}),
            "donor": _s("^p[0-9]+$"), "recipient": _s("^p[0-9]+$"),
            "parties": _arr(_obj(party_props)),
            "lines": _arr(line), "loads": _arr(load),
            "checklist": _arr(_obj({"rule": _s(), "state": _s(), "by": _s(), "at": _s(),
                                    "note": _s()})),
            "receiving": _obj({
                "header": _obj({k: header[k] for k in RECEIVING_HEADER}),
                "lines": _arr(receipt), "distributions": _arr(distribution),
                "write_offs": _arr(write_off)}),
            "documents": _arr(document),
            "rates": _arr(_obj({"currency": _s("^[A-Z]{3}$"), "date": _s(_DATE),
                                "rate": _s(_RATE), "source": _s()}))},
            required=list(_TOP_REQUIRED))}


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "boolean": (bool,), "null": (type(None),),
    "object": (dict,), "array": (list,)}


def problems(value: object, schema: Json, where: str = "$") -> list[str]:
    """Where ``value`` breaks ``schema`` (the subset :func:`build_schema` uses); [] when valid."""
    if "const" in schema and value != schema["const"]:
        return [f"{where}: must be {schema['const']!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {str(value)[:40]!r} is not one of the allowed values"]
    if "oneOf" in schema:
        fits = [s for s in schema["oneOf"] if not problems(value, s, where)]
        return [] if len(fits) == 1 else [f"{where}: not of the expected form"]
    kinds = schema.get("type")
    if kinds is not None:
        names = kinds if isinstance(kinds, list) else [kinds]
        ok = any(isinstance(value, _TYPES[n]) and not (n == "integer" and isinstance(value, bool))
                 for n in names)
        if not ok:
            return [f"{where}: must be {' or '.join(names)}"]
    if isinstance(value, str):
        return _string(value, schema, where)
    if isinstance(value, int) and not isinstance(value, bool) and value < schema.get(
            "minimum", value):
        return [f"{where}: must be at least {schema['minimum']}"]
    if isinstance(value, list) and "items" in schema:
        return [p for i, item in enumerate(value) for p in problems(item, schema["items"],
                                                                     f"{where}[{i}]")]
    if isinstance(value, dict) and "properties" in schema:
        return _object(value, schema, where)
    return []


def _string(value: str, schema: Json, where: str) -> list[str]:
    if len(value) > schema.get("maxLength", len(value)):
        return [f"{where}: longer than {schema['maxLength']} characters"]
    pattern = schema.get("pattern")
    if pattern and not re.search(pattern, value):
        return [f"{where}: {value[:40]!r} is not of the form {pattern}"]
    return []


def _object(value: dict[str, object], schema: Json, where: str) -> list[str]:
    props: Json = schema["properties"]
    out = [f"{where}: {name} is missing" for name in schema.get("required", ())
           if name not in value]
    if schema.get("additionalProperties") is False:
        out += [f"{where}: {str(name)[:40]} is not expected" for name in value
                if name not in props]
    for name, sub in props.items():
        if name in value:
            out += problems(value[name], sub, f"{where}.{name}")
    return out
