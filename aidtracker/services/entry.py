"""Records typed as text (the command line, quick entry): parties, a new shipment, one line.

Names are looked up as people type them (any spelling the directory holds, case-insensitive);
values are parsed exactly (Decimal text to thousandths, grams and minor units, never floats).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from aidtracker.domain import (
    Asset,
    AssetKind,
    Condition,
    LineItem,
    Organisation,
    OrgKind,
    OrgRole,
    Partnership,
    Problem,
    Shipment,
    Status,
    Unit,
)
from aidtracker.errors import ValidationFailed
from aidtracker.money import NumberFormatError, to_milli, to_minor
from aidtracker.reference import category_flags
from aidtracker.services import directory, names, shipments
from aidtracker.services.edits import parse_date, parse_header_edit
from aidtracker.store import parties, unit_of_work
from aidtracker.store import shipments as repo

PARTY_KINDS = ("partner", "donor", "recipient", "acquirer")
LINE_FIELDS = ("category", "description_en", "hs_code", "national_code", "net_kg", "gross_kg",
               "unit_value", "value", "currency", "condition", "wear_pct", "expiry_date",
               "shelf_life_months", "lot", "packages", "marks", "serials", "load")


@dataclass(frozen=True, slots=True)
class PartyRow:
    """One entry of ``party list``."""

    kind: str
    name: str
    city: str
    edrpou: str
    country: str
    ahars_recipient_no: str = ""


def add_party(db: Database, kind: str, *, name: str, country: str = "UA", city: str = "",
              edrpou: str = "", address: str = "", name_uk: str = "",
              org_kind: OrgKind | None = None, ahars_recipient_no: str = "",
              actor: str) -> int:
    """Add a partner city (``name`` abroad, ``city`` the Ukrainian one), a donor, a recipient
    or an acquirer; returns its id."""
    if kind == "partner":
        return directory.save_partnership(db, Partnership(
            id=None, own_city=city, partner_city=name, partner_country=country), actor=actor)
    problems = [Problem(field=f, rule="required") for f, v in (("edrpou", edrpou), ("city", city))
                if kind in ("recipient", "acquirer") and not v.strip()]
    if problems:
        raise ValidationFailed(problems)
    default = OrgKind.CITY_AUTHORITY if kind != "acquirer" else OrgKind.BUDGET_INSTITUTION
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in name)
    return directory.save_organisation(db, Organisation(
        id=None, kind=org_kind or default, name_en=name.strip(),
        name_uk=name_uk.strip() or (name.strip() if cyrillic else ""),
        country=country, address=address.strip(), settlement=city.strip(),
        edrpou=edrpou, ahars_recipient_no=ahars_recipient_no.strip(), role=kind), actor=actor)


#: ``party edit --set`` names (as ``show --json`` and ``party list --json`` print them).
PARTY_EDIT = {"name": "name_en", "name_en": "name_en", "name_uk": "name_uk",
              "name_native": "name_native", "address": "address", "city": "settlement",
              "edrpou": "edrpou", "ahars_recipient_no": "ahars_recipient_no", "eori": "eori",
              "national_reg_no": "national_reg_no", "signatory_name": "signatory_name",
              "signatory_position": "signatory_position", "phone": "phone", "email": "email"}


def edit_party(db: Database, name: str, fields: Mapping[str, str], *, role: str = "recipient",
               actor: str) -> Organisation:
    """Change an organisation's fields (:data:`PARTY_EDIT`), found as people type its name or
    EDRPOU (those playing ``role`` preferred); returns it as saved.

    Raises:
        NotFound: no such organisation. ValidationFailed: an unknown field, a bad EDRPOU.
    """
    unknown = sorted(set(fields) - set(PARTY_EDIT))
    if unknown:
        raise ValidationFailed([Problem(field=unknown[0], rule="unknown_choice", params={
            "value": unknown[0], "allowed": ", ".join(PARTY_EDIT)})])
    org = find_party(db, name, role)
    changes: dict[str, object] = {PARTY_EDIT[k]: v.strip() for k, v in fields.items()}
    updated = dataclasses.replace(org, **changes)  # type: ignore[arg-type]  # text fields only
    directory.save_organisation(db, updated, actor=actor)
    return parties.get_organisation(db, int(org.id or 0))


def list_parties(db: Database) -> list[PartyRow]:
    """Partner cities, then organisations in the role they were added in (else as they serve)."""
    rows = [PartyRow("partner", p.partner_city, p.own_city, "", p.partner_country)
            for p in parties.list_partnerships(db)]
    recipients = {r[0] for r in db.conn.execute("SELECT recipient_id FROM shipment")}
    for o in parties.list_organisations(db):
        role = o.role or ("donor" if o.country.upper() != "UA" else
                          "recipient" if o.id in recipients else "acquirer")
        rows.append(PartyRow(role, o.display_name, o.settlement, o.edrpou, o.country,
                             o.ahars_recipient_no))
    return rows


def find_partner(db: Database, name: str) -> Partnership:
    """A partner city as people type it (services.names: the one matching rule)."""
    return names.find_partner(db, name)


def find_party(db: Database, name: str, role: str) -> Organisation:
    """An organisation by a name as typed, an alias or its EDRPOU, those playing ``role``
    (donor, recipient, acquirer) preferred; the recipient also by its city."""
    return names.find_organisation(db, name, role=OrgRole(role))


def new_shipment(db: Database, *, partner: str, donor: str, recipient: str, currency: str = "",
                 fields: Mapping[str, object] | None = None, actor: str) -> str:
    """A new draft between named parties; ``fields`` as ``show --json`` names them."""
    p = find_partner(db, partner)
    header = Shipment(id=None, reference="", status=Status.DRAFT, partnership_id=int(p.id or 0),
                      donor_id=int(find_party(db, donor, "donor").id or 0),
                      recipient_id=int(find_party(db, recipient, "recipient").id or 0),
                      currency=(currency or "EUR").strip().upper())
    header = parse_header_edit(dict(fields or {})).apply_to(header)
    return shipments.create_shipment(db, header, actor=actor)


def line_from_text(description: str, quantity: str, unit: str, fields: Mapping[str, str],
                   currency: str) -> tuple[LineItem, int | None]:
    """A line (and the load it goes on) from typed text; ValidationFailed names the field."""
    unknown = sorted(set(fields) - set(LINE_FIELDS))
    if unknown:
        raise ValidationFailed([Problem(field=unknown[0], rule="unknown_choice", params={
            "value": unknown[0], "allowed": ", ".join(LINE_FIELDS)})])
    problems: list[Problem] = []

    def number(name: str, text: str, convert: object) -> int | None:
        try:
            return convert(text)  # type: ignore[operator,no-any-return]
        except (NumberFormatError, ValueError, ArithmeticError):
            problems.append(Problem(field=name, rule="not_a_number", params={"value": text}))
            return None

    cur = fields.get("currency", currency).strip().upper()
    try:
        unit_value = Unit(unit.strip().lower())
    except ValueError:
        problems.append(Problem(field="unit", rule="unknown_unit", params={"value": unit}))
        unit_value = Unit.PCS
    qty = number("quantity", quantity, to_milli)
    unit_minor = number("unit_value", fields.get("unit_value", "0"),
                        lambda t: to_minor(t, cur if len(cur) == 3 else "EUR"))
    value = (number("value", fields["value"], lambda t: to_minor(t, cur))
             if "value" in fields else None)
    net = number("net_kg", fields.get("net_kg", "0"), to_milli)
    gross = number("gross_kg", fields.get("gross_kg", "0"), to_milli)
    ints = {k: number(k, fields[k], int) for k in ("wear_pct", "shelf_life_months", "packages",
                                                     "load") if k in fields}
    expiry = None
    if fields.get("expiry_date"):
        try:
            expiry = parse_date(fields["expiry_date"])
        except ValueError:
            problems.append(Problem(field="expiry_date", rule="not_a_date",
                                    params={"value": fields["expiry_date"]}))
    category = fields.get("category", "").strip()
    condition = fields.get("condition", "new").strip().lower()
    if condition not in {c.value for c in Condition}:
        problems.append(Problem(field="condition", rule="unknown_choice",
                                params={"value": condition, "allowed": "new, used"}))
        condition = "new"
    if problems:
        raise ValidationFailed(problems)
    vehicle = "vehicle" in category_flags(category)
    serials = [s.strip() for s in fields.get("serials", "").split(",") if s.strip()]
    assets = tuple(Asset(id=None, kind=AssetKind.VEHICLE, vin=s.upper()) if vehicle else
                   Asset(id=None, kind=AssetKind.EQUIPMENT, serial_no=s) for s in serials)
    line = LineItem(
        id=None, line_no=1, category=category, description=description.strip(),
        qty_milli=qty or 0, unit=unit_value, currency=cur, unit_value_minor=unit_minor or 0,
        value_minor=value, description_en=fields.get("description_en", "").strip(),
        hs_code=fields.get("hs_code", "").replace(".", "").replace(" ", ""),
        national_code=fields.get("national_code", "").strip(), packages=ints.get("packages") or 0,
        marks=fields.get("marks", "").strip(), net_g=net or 0, gross_g=gross or 0,
        condition=Condition(condition), wear_pct=ints.get("wear_pct"), expiry_date=expiry,
        shelf_life_months=ints.get("shelf_life_months"), lot=fields.get("lot", "").strip(),
        assets=assets)
    return line, ints.get("load")


def add_line(db: Database, reference: str, description: str, quantity: str, unit: str,
             fields: Mapping[str, str], *, actor: str, reason: str = "") -> int:
    """Append one typed line (an amendment with ``reason`` once locked); returns its number."""
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        line, load = line_from_text(description, quantity, unit, fields, shipment.currency)
        shipments.add_lines(db, reference, [line], actor=actor, amendment_reason=reason,
                            load=load)
        every = repo.get_lines(db, int(shipment.id or 0))
        return int(max(ln.line_no for ln in every))
