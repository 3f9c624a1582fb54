"""Directories: partner cities, organisations and needs with their coverage — one function per
user action, each one transaction, each validated before anything is written."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from aidtracker import validate
from aidtracker.domain import (
    Need,
    Organisation,
    OrgKind,
    OrgRole,
    Partnership,
    Problem,
    Severity,
    Unit,
)
from aidtracker.errors import NotFound, ValidationFailed
from aidtracker.money import milli_to_decimal
from aidtracker.reference import categories
from aidtracker.store import audit, parties, unit_of_work

_PLEDGED = ("pledged", "accepted", "preparing", "ready", "on_hold", "dispatched", "at_border",
            "held_at_customs", "cleared", "delivered", "distributing", "distributed", "reported")
_SHIPPED = ("dispatched", "at_border", "held_at_customs", "cleared", "delivered", "distributing",
            "distributed", "reported")
_DELIVERED = ("delivered", "distributing", "distributed", "reported")


@dataclass(frozen=True, slots=True)
class NeedCoverage:
    """A need with what covering shipments bring of it (thousandths of the need's unit).

    Only lines of the need's category (or a sub-category of it) in the need's unit count;
    a closed shipment counts as what it was closed from (reported, returned, cancelled…).
    """

    need: Need
    recipient: str
    pledged_milli: int
    shipped_milli: int
    delivered_milli: int

    @property
    def open_milli(self) -> int:
        return max(self.need.qty_milli - self.pledged_milli, 0)


def _raise_blocking(problems: Sequence[Problem]) -> None:
    blocking = [p for p in problems if p.severity is Severity.BLOCKING]
    if blocking:
        raise ValidationFailed(blocking)


# --- partner cities -----------------------------------------------------------------------


def list_partnerships(db: Database) -> list[Partnership]:
    return parties.list_partnerships(db)


def partner_cities(db: Database) -> list[str]:
    """Distinct partner-city names for the filter bar, in alphabetical order."""
    return sorted({p.partner_city for p in parties.list_partnerships(db)}, key=str.casefold)


def validate_partnership(p: Partnership) -> list[Problem]:
    problems = [Problem(field=name, rule="required") for name in ("own_city", "partner_city")
                if not getattr(p, name).strip()]
    country = p.partner_country.strip()
    if len(country) != 2 or not country.isalpha() or not country.isascii():
        problems.append(Problem(field="partner_country", rule="format",
                                params={"value": country, "expected": "DE, PL, FR…"}))
    return problems


def save_partnership(db: Database, p: Partnership, *, actor: str) -> int:
    """Add (``id`` None) or change a partner-city pair; returns its id.

    Raises:
        ValidationFailed: a name missing or a country code not of two letters.
        EditConflict: someone else changed the pair since it was read.
    """
    p = dataclasses.replace(p, own_city=p.own_city.strip(), partner_city=p.partner_city.strip(),
                            partner_country=p.partner_country.strip().upper())
    _raise_blocking(validate_partnership(p))
    with unit_of_work(db):
        if p.id is None:
            return parties.insert_partnership(db, p, actor)
        parties.update_partnership(db, p, actor)
        return p.id


# --- organisations ------------------------------------------------------------------------

_ROLE_WHERE = {
    OrgRole.DONOR: "country != 'UA' OR id IN (SELECT donor_id FROM shipment)",
    # An organisation added in another role (an acquiring hospital has an EDRPOU too) is a
    # recipient only once a shipment names it so.
    OrgRole.RECIPIENT: "(edrpou != '' AND role IN ('', 'recipient'))"
                       " OR id IN (SELECT recipient_id FROM shipment)",
    OrgRole.ACQUIRER: "country = 'UA'",
    OrgRole.CARRIER: "kind IN ('carrier', 'broker')",
}


def list_organisations(db: Database, role: OrgRole | None = None) -> list[Organisation]:
    """Every organisation, or those that can play ``role`` (donors abroad, recipients with an
    EDRPOU, acquirers in Ukraine, carriers), by English name."""
    if role is None:
        return parties.list_organisations(db)
    ids = {r[0] for r in db.conn.execute(f"SELECT id FROM organisation WHERE {_ROLE_WHERE[role]}")}
    return [o for o in parties.list_organisations(db) if o.id in ids]


def recipient_names(db: Database) -> list[str]:
    """Names of recipients for the filter bar."""
    return [o.display_name for o in list_organisations(db, OrgRole.RECIPIENT)]


def validate_org(org: Organisation, *, recipient: bool = False) -> list[Problem]:
    """The core's organisation checks; a recipient also needs EDRPOU and AHARS number."""
    problems = validate.validate_organisation(org)
    if recipient:
        problems += [Problem(field=name, rule="required")
                     for name in ("edrpou", "ahars_recipient_no") if not getattr(org, name).strip()]
    return problems


def save_organisation(db: Database, org: Organisation, *, actor: str,
                      recipient: bool = False) -> int:
    """Add (``id`` None) or change an organisation; returns its id.

    Raises:
        ValidationFailed: no name, a bad EDRPOU, or (``recipient``) EDRPOU/AHARS No. missing.
        EditConflict: someone else changed it since it was read.
    """
    org = dataclasses.replace(org, edrpou=validate.normalise_edrpou(org.edrpou),
                              country=org.country.strip().upper() or "UA")
    _raise_blocking(validate_org(org, recipient=recipient))
    with unit_of_work(db):
        if org.id is None:
            return parties.insert_organisation(db, org, actor)
        parties.update_organisation(db, org, actor)
        return org.id


# --- needs --------------------------------------------------------------------------------


def validate_need(need: Need) -> list[Problem]:
    problems: list[Problem] = []
    if not need.description.strip():
        problems.append(Problem(field="description", rule="required"))
    if need.category not in categories():
        problems.append(Problem(field="category", rule="unknown_category",
                                params={"value": need.category}))
    problems += validate.check_positive(need.qty_milli, "qty_milli", None, milli=True)
    if need.unit in validate.WHOLE_UNITS and need.qty_milli % 1000:
        problems.append(Problem(field="qty_milli", rule="whole",
                                params={"unit": str(need.unit),
                                        "value": str(milli_to_decimal(need.qty_milli))}))
    if need.requested_on and need.needed_by and need.needed_by < need.requested_on:
        problems.append(Problem(field="needed_by", rule="date_order", params={
            "value": need.needed_by.isoformat(), "other_field": "requested_on",
            "other": need.requested_on.isoformat()}))
    return problems


def save_need(db: Database, need: Need, *, actor: str) -> int:
    """Add (``id`` None) or change a need; returns its id. Covering shipments are kept."""
    _raise_blocking(validate_need(need))
    with unit_of_work(db):
        parties.get_organisation(db, need.recipient_id)
        if need.id is None:
            return parties.insert_need(db, need, actor)
        parties.update_need(db, need, actor)
        return need.id


def cover_need(db: Database, need_id: int, reference: str, *, actor: str) -> None:
    """Record that shipment ``reference`` covers need ``need_id``.

    Raises:
        NotFound: no such need or shipment.
    """

    with unit_of_work(db):
        if db.conn.execute("SELECT 1 FROM need WHERE id = ?", (need_id,)).fetchone() is None:

            raise NotFound(entity="need", key=need_id)
        parties.cover_need(db, need_id, reference.strip())
        audit.record(db, actor=actor, entity="need", entity_id=need_id, action="cover",
                     after={"shipment": reference.strip()})


_COVERAGE_SQL = f"""
SELECT n.id,
  coalesce(sum(CASE WHEN st IN ({", ".join(f"'{s}'" for s in _PLEDGED)}) THEN l.qty_milli END), 0),
  coalesce(sum(CASE WHEN st IN ({", ".join(f"'{s}'" for s in _SHIPPED)}) THEN l.qty_milli END), 0),
  coalesce(sum(CASE WHEN st IN ({", ".join(f"'{s}'" for s in _DELIVERED)})
               THEN coalesce(l.received_good_milli, l.qty_milli) END), 0)
  FROM need n
  LEFT JOIN (SELECT c.need_id, s.id AS sid,
                    CASE WHEN s.status = 'closed' THEN coalesce(s.resume_status, 'closed')
                         ELSE s.status END AS st
               FROM need_cover c JOIN shipment s ON s.id = c.shipment_id) cs ON cs.need_id = n.id
  LEFT JOIN line_item l ON l.shipment_id = cs.sid AND l.unit = n.unit
       AND (l.category = n.category OR l.category LIKE n.category || '.%')
 GROUP BY n.id
"""


def needs_with_coverage(db: Database, recipient_id: int | None = None) -> list[NeedCoverage]:
    """Every need (of one recipient) with needed / pledged / shipped / delivered quantities."""
    sums = {r[0]: r[1:] for r in db.conn.execute(_COVERAGE_SQL)}
    names = {o.id: o.display_name for o in parties.list_organisations(db)}
    return [
        NeedCoverage(need, names.get(need.recipient_id, "?"), *sums.get(need.id, (0, 0, 0)))
        for need in parties.list_needs(db, recipient_id)
    ]


def need_units() -> list[Unit]:
    return list(Unit)


def organisation_kinds() -> list[OrgKind]:
    return list(OrgKind)
