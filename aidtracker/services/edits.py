"""Typed edits of a shipment header: what the window and the CLI may change, and how form text
becomes those values.

A :class:`HeaderEdit` names only the fields that change (the others are :data:`KEEP`); the core
checks it (:func:`parse_header_edit` converts text, ``validate`` checks the whole header) before
anything is written. The form shows dates as ``DD.MM.YYYY``, ids as text and enums by value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Final

from aidtracker.domain import (
    DistributionKind,
    DistributionLine,
    ExportRoute,
    Priority,
    Problem,
    Shipment,
    ShipmentKind,
    Status,
    TransportMode,
)
from aidtracker.errors import ValidationFailed
from aidtracker.store.rows import field_types, from_db


class Keep(Enum):
    """The value of an edit field that does not change."""

    KEEP = "keep"


KEEP: Final = Keep.KEEP

SYSTEM_FIELDS = frozenset(
    {"id", "reference", "status", "version", "updated_at", "updated_by", "resume_status"}
)


@dataclass(frozen=True, slots=True)
class HeaderEdit:
    """Changes to a shipment header; a field left at :data:`KEEP` stays as stored."""

    partnership_id: int | Keep = KEEP
    donor_id: int | Keep = KEEP
    recipient_id: int | Keep = KEEP
    kind: ShipmentKind | Keep = KEEP
    priority: Priority | Keep = KEEP
    currency: str | Keep = KEEP
    consignee_address: str | Keep = KEEP
    route: str | Keep = KEEP
    crossing: str | Keep = KEEP
    transport_mode: TransportMode | Keep = KEEP
    carrier: str | Keep = KEEP
    truck_plate: str | Keep = KEEP
    trailer_plate: str | Keep = KEEP
    driver_name: str | Keep = KEEP
    driver_phone: str | Keep = KEEP
    planned_loading: date | Keep | None = KEEP
    planned_crossing: date | Keep | None = KEEP
    planned_arrival: date | Keep | None = KEEP
    pledged_on: date | Keep | None = KEEP
    consent_date: date | Keep | None = KEEP
    consent_signer: str | Keep = KEEP
    loaded_on: date | Keep | None = KEEP
    crossed_on: date | Keep | None = KEEP
    cleared_on: date | Keep | None = KEEP
    clearance_ref: str | Keep = KEEP
    delivered_on: date | Keep | None = KEEP
    handover_act_no: str | Keep = KEEP
    ahars_code: str | Keep = KEEP
    ahars_created_on: date | Keep | None = KEEP
    declaration_no: str | Keep = KEEP
    declaration_created_on: date | Keep | None = KEEP
    export_route: ExportRoute | Keep = KEEP
    export_mrn: str | Keep = KEEP
    cmr_no: str | Keep = KEEP
    council_decision: str | Keep = KEEP
    report_filed_on: date | Keep | None = KEEP
    report_ref: str | Keep = KEEP
    hold_reason: str | Keep = KEEP
    cancel_reason: str | Keep = KEEP
    notes: str | Keep = KEEP

    def changes(self) -> dict[str, object]:
        """The changed fields and their new values."""
        return {f.name: value for f in dataclasses.fields(self)
                if (value := getattr(self, f.name)) is not KEEP}

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.changes())

    def apply_to(self, shipment: Shipment) -> Shipment:
        """A copy of ``shipment`` with these changes (not yet validated)."""
        return dataclasses.replace(shipment, **self.changes())  # type: ignore[arg-type]


EDITABLE_FIELDS: Final = tuple(f.name for f in dataclasses.fields(HeaderEdit))


def parse_header_edit(values: Mapping[str, object]) -> HeaderEdit:
    """An edit from field names and values (text as typed, or already typed).

    Raises:
        ValidationFailed: an unknown or system field, or a value of the wrong form (one problem
            per field: ``not_a_date``, ``format``, ``unknown_choice``).
    """
    types_ = field_types(Shipment)
    problems: list[Problem] = []
    typed: dict[str, object] = {}
    for name, value in values.items():
        if name not in EDITABLE_FIELDS:
            allowed = "editable fields" if name in SYSTEM_FIELDS else "shipment fields"
            problems.append(Problem(field=name, rule="unknown_choice",
                                    params={"value": name, "allowed": allowed}))
            continue
        try:
            typed[name] = _typed(types_[name], value)
        except ValueError:
            rule = "not_a_date" if types_[name] is date else "format"
            problems.append(Problem(field=name, rule=rule,
                                    params={"value": value, "expected": types_[name].__name__}))
    if problems:
        raise ValidationFailed(problems)
    return HeaderEdit(**typed)  # type: ignore[arg-type]


def _typed(kind: type, value: object) -> object:
    if value is None or (isinstance(value, str) and value == "" and kind is not str
                         and not issubclass(kind, Enum)):
        return None
    if kind is date and isinstance(value, str):
        return parse_date(value)
    if kind is int and isinstance(value, str):
        return int(value)
    if isinstance(value, str) and kind is not str:
        return from_db(kind, value.strip())
    return value.strip() if isinstance(value, str) else value


def parse_date(text: str) -> date:
    """ISO ``2026-03-01`` or Ukrainian ``01.03.2026``; ValueError otherwise."""
    text = text.strip()
    if "." in text:
        day, month, year = text.split(".")
        return date(int(year), int(month), int(day))
    return date.fromisoformat(text)


# --- the header as a form shows it -----------------------------------------------------------


def date_text(value: date | None) -> str:
    """A date as the form shows it (``01.03.2026``; empty for none)."""
    return value.strftime("%d.%m.%Y") if value else ""


def header_texts(shipment: Shipment | None, names: tuple[str, ...]) -> dict[str, str]:
    """The named header fields as form text; for a new shipment (None) the defaults a new
    draft saves, with the parties not chosen yet."""
    if shipment is None:
        blank = header_texts(new_header({}), names)
        return {name: "" if name in PARTY_FIELDS else text for name, text in blank.items()}
    out: dict[str, str] = {}
    for name in names:
        value = getattr(shipment, name)
        if isinstance(value, date):
            out[name] = date_text(value)
        elif isinstance(value, Enum):
            out[name] = str(value.value)
        else:
            out[name] = "" if value is None else str(value)
    return out


def edit_from_form(shipment: Shipment, texts: Mapping[str, str]) -> HeaderEdit:
    """The fields whose form text differs from the stored header, typed (ValidationFailed)."""
    original = header_texts(shipment, tuple(texts))
    return parse_header_edit({k: v for k, v in texts.items() if v != original[k]})


def new_header(texts: Mapping[str, str]) -> Shipment:
    """A draft header from the form (ValidationFailed on a value of the wrong form)."""
    base = Shipment(id=None, reference="", status=Status.DRAFT, partnership_id=0, donor_id=0,
                    recipient_id=0)
    return parse_header_edit({k: v for k, v in texts.items() if v != ""}).apply_to(base)


PARTY_FIELDS: Final = ("partnership_id", "donor_id", "recipient_id")


def missing_parties(texts: Mapping[str, str]) -> list[Problem]:
    """A new shipment needs its partner pair, donor and recipient chosen."""
    return [Problem(field=name, rule="required") for name in PARTY_FIELDS if not texts.get(name)]


@dataclass(frozen=True, slots=True)
class Handover:
    """One handover to record (``progress.add_distribution``): when, how, what, to whom."""

    on: date
    kind: DistributionKind
    lines: tuple[DistributionLine, ...]
    acquirer_id: int | None = None
    person_name: str = ""
    settlement: str = ""
