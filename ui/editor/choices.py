"""The lists the General tab offers: partner pairs, donors, recipients, crossings, codes."""

from __future__ import annotations

from aidtracker.catalogue.window import city_name
from aidtracker.domain import (
    ExportRoute,
    Organisation,
    OrgRole,
    Partnership,
    Priority,
    ShipmentKind,
    TransportMode,
)
from aidtracker.reference import crossings, currencies
from aidtracker.services import directory
from ui.controller import AppController
from ui.texts.i18n import current_language
from ui.texts.labels import choice_label


def pair_name(p: Partnership) -> str:
    """'Leipzig → Kyiv', or 'Лейпциг → Київ' in the Ukrainian interface."""
    if current_language() == "uk":
        return f"{p.partner_city_uk or p.partner_city} → {city_name(p.own_city, 'uk')}"
    return f"{p.partner_city} → {p.own_city}"


def party_name(o: Organisation) -> str:
    """An organisation's name in the interface's language where the record has it."""
    return (o.name_uk or o.display_name) if current_language() == "uk" else o.display_name


def header_choices(controller: AppController) -> dict[str, list[tuple[str, str]]]:
    """(label, stored text) pairs per header field with a fixed list."""
    partnerships = controller.read(directory.list_partnerships) or []
    donors = controller.read(directory.list_organisations, OrgRole.DONOR) or []
    recipients = controller.read(directory.list_organisations, OrgRole.RECIPIENT) or []
    first = ["EUR", "UAH", "PLN", "USD"]
    money = first + sorted(c for c in currencies() if c not in first)
    return {
        "partnership_id": [("", "")] + [(pair_name(p), str(p.id)) for p in partnerships],
        "donor_id": [("", "")] + [(party_name(o), str(o.id)) for o in donors],
        "recipient_id": [("", "")] + [(party_name(o), str(o.id)) for o in recipients],
        "kind": [(choice_label(k.value), k.value) for k in ShipmentKind],
        "priority": [(choice_label(p.value), p.value) for p in Priority],
        "currency": [(c, c) for c in money if c in currencies()],
        "crossing": [("", "")] + [(f"{c.label} ({c.country})", code)
                                  for code, c in crossings().items()],
        "transport_mode": [(choice_label(m.value), m.value) for m in TransportMode],
        "export_route": export_route_choices(),
    }


def export_route_choices() -> list[tuple[str, str]]:
    """(label, stored text) of each export route; the empty one (not yet known) first."""
    return [(choice_label(r.value) if r.value else "", r.value) for r in ExportRoute]
