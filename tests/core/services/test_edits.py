"""Typed header edits: form text converted and checked by the core, only changed fields kept."""

from __future__ import annotations

from datetime import date

import pytest

from aidtracker.domain import ExportRoute, Priority, Shipment, ShipmentKind, Status
from aidtracker.errors import ValidationFailed
from aidtracker.services.edits import (
    KEEP,
    HeaderEdit,
    edit_from_form,
    header_texts,
    missing_parties,
    new_header,
    parse_header_edit,
)

BASE = Shipment(id=7, reference="KYV-2026-0001", status=Status.DRAFT, partnership_id=1,
                donor_id=2, recipient_id=3, planned_loading=date(2026, 3, 1),
                export_route=ExportRoute.ORAL)
NAMES = ("donor_id", "kind", "planned_loading", "export_route", "notes")


def test_text_becomes_typed_values() -> None:
    edit = parse_header_edit({"donor_id": "5", "kind": "loan", "planned_loading": "02.03.2026",
                              "export_route": "", "notes": "  fragile "})
    assert edit.changes() == {"donor_id": 5, "kind": ShipmentKind.LOAN,
                              "planned_loading": date(2026, 3, 2),
                              "export_route": ExportRoute.NONE, "notes": "fragile"}
    assert edit.priority is KEEP and edit.fields == ("donor_id", "kind", "planned_loading",
                                                     "export_route", "notes")


def test_empty_date_clears_and_bad_values_name_their_field() -> None:
    assert parse_header_edit({"planned_loading": ""}).apply_to(BASE).planned_loading is None
    with pytest.raises(ValidationFailed) as info:
        parse_header_edit({"planned_loading": "31.02.2026", "kind": "gift", "donor_id": "x"})
    assert [(p.field, p.rule) for p in info.value.problems] == [
        ("planned_loading", "not_a_date"), ("kind", "format"), ("donor_id", "format")]


def test_system_and_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationFailed) as info:
        parse_header_edit({"status": "closed", "colour": "red"})
    assert [(p.field, p.params["allowed"]) for p in info.value.problems] == [
        ("status", "editable fields"), ("colour", "shipment fields")]


def test_form_round_trip_changes_only_what_was_retyped() -> None:
    texts = header_texts(BASE, NAMES)
    assert texts == {"donor_id": "2", "kind": "donation", "planned_loading": "01.03.2026",
                     "export_route": "oral", "notes": ""}
    assert edit_from_form(BASE, texts) == HeaderEdit()
    edit = edit_from_form(BASE, texts | {"planned_loading": "2026-03-05", "priority": "urgent"})
    assert edit == HeaderEdit(planned_loading=date(2026, 3, 5), priority=Priority.URGENT)
    changed = edit.apply_to(BASE)
    assert (changed.planned_loading, changed.priority, changed.donor_id) == (
        date(2026, 3, 5), Priority.URGENT, 2)


def test_new_header_needs_the_parties() -> None:
    assert [p.field for p in missing_parties({"donor_id": "2"})] == [
        "partnership_id", "recipient_id"]
    header = new_header({"partnership_id": "1", "donor_id": "2", "recipient_id": "3",
                         "kind": "procured_donation", "crossing": ""})
    assert (header.status, header.kind, header.crossing) == (
        Status.DRAFT, ShipmentKind.PROCURED_DONATION, "")


def test_enums_keep_the_stored_strings() -> None:
    assert [k.value for k in ShipmentKind] == ["donation", "procured_donation", "loan"]
    assert [r.value for r in ExportRoute] == ["", "oral", "electronic", "oral_at_exit",
                                              "de_collective_code", "pl_border_form", "other"]
