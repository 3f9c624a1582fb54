"""Import a partner city's packing list as a new draft shipment or as lines of an existing one.

Everything is read and checked before anything is written (RELIABILITY.md R8, promise 6): a
file with bad rows is refused whole, with a report per row, unless the user chooses to import
only the good rows. All lines are then written in one transaction by the shipments service.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from aidtracker import validate
from aidtracker.domain import (
    LineItem,
    Organisation,
    Partnership,
    Problem,
    Severity,
    Shipment,
    Status,
)
from aidtracker.errors import NotFound, ShipmentLocked, ValidationFailed
from aidtracker.importer import (
    ColumnMapping,
    ImportRejected,
    ParsedManifest,
    RowProblem,
    parse_manifest,
)
from aidtracker.services import shipments as shipment_service
from aidtracker.services.names import find_donor, find_partner, find_recipient
from aidtracker.store import audit, parties, unit_of_work
from aidtracker.store import shipments as repo


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, on a dry run, would do).

    ``reference`` is the shipment created or extended (``None`` on a dry run that would create
    one); ``skipped_rows`` are the sheet rows left out because the user accepted good rows only.
    """

    reference: str | None
    created: bool
    lines: int
    dry_run: bool
    skipped_rows: tuple[int, ...]
    problems: tuple[RowProblem, ...]
    manifest: ParsedManifest


def preview(path: Path | str, *, currency: str | None = None, sheet: str | None = None,
            mapping: ColumnMapping | None = None) -> ParsedManifest:
    """Read and check a packing list for the import dialog's preview; writes nothing.

    Raises:
        ImportRejected: the file cannot be read as a packing list.
    """
    return parse_manifest(path, currency=currency, sheet=sheet, mapping=mapping)


def import_manifest(
    db: Database, path: Path | str, *, partner: str, recipient: str,
    shipment_ref: str | None = None, currency: str | None = None, sheet: str | None = None,
    dry_run: bool = False, accept_good_rows: bool = False, actor: str,
    donor: str | None = None, mapping: ColumnMapping | None = None,
) -> ImportResult:
    """Read ``path`` and save its lines in one transaction (nothing on a dry run).

    Args:
        partner: partner city (or 'Partner → Own'); recipient: the Ukrainian recipient; both as
            people type them (services/names.py: Munich, Kyiv, an EDRPOU…).
        shipment_ref: add the lines to this shipment instead of creating a draft.
        currency: used when the list names none. sheet: read only this sheet.
        accept_good_rows: import the rows without blocking problems and skip the others.
        donor: the donating organisation; by default the partnership's last donor, or the one
            organisation named after the partner city.
        mapping: a saved or user-made column mapping.

    Raises:
        ImportRejected: the file cannot be read as a packing list.
        ValidationFailed: rows with problems (each with its sheet row and column), or no lines.
        NotFound: unknown partner, recipient, donor or shipment (NameUnknown/NameAmbiguous with
            the closest candidates for a name).
        ShipmentLocked: the shipment to extend is delivered or later.
    """
    to = find_recipient(db, recipient)
    pair = find_partner(db, partner, own_city=to.settlement or None)
    manifest = _parse(db, path, pair, currency=currency, sheet=sheet, mapping=mapping)
    blocking = manifest.blocking
    if blocking and not accept_good_rows:
        raise ValidationFailed([p.to_problem() for p in blocking], path=str(path))
    if not manifest.lines:
        problems = [p.to_problem() for p in blocking] or [Problem("lines", "no_lines")]
        raise ValidationFailed(problems, path=str(path))
    skipped = manifest.bad_rows
    lines = list(manifest.lines)
    reference: str | None
    if shipment_ref:
        reference = _extend(db, shipment_ref, lines, dry_run, actor)
        created = False
    else:
        header = _header(db, pair, to, donor, manifest, Path(path).name)
        reference = None if dry_run else shipment_service.create_shipment(
            db, header, lines, actor=actor)
        created = True
    if not dry_run:
        remember_mapping(db, pair, manifest.mapping, actor=actor)
    return ImportResult(reference, created, len(lines), dry_run, skipped, manifest.problems,
                        manifest)


def _parse(db: Database, path: Path | str, partner: Partnership, *, currency: str | None,
           sheet: str | None, mapping: ColumnMapping | None) -> ParsedManifest:
    """Recognise the layout; when that fails, use the mapping saved for this partner city."""
    try:
        return parse_manifest(path, currency=currency, sheet=sheet, mapping=mapping)
    except ImportRejected as exc:
        saved = saved_mapping(db, partner) if mapping is None else None
        if exc.reason != "no_header" or saved is None:
            raise
    return parse_manifest(path, currency=currency, sheet=sheet, mapping=saved)


def _mapping_key(db: Database, partner: str | Partnership) -> str:
    pair = partner if isinstance(partner, Partnership) else find_partner(db, partner)
    return f"import_mapping:{pair.id}"


def saved_mapping(db: Database, partner: str | Partnership) -> ColumnMapping | None:
    """The column mapping last used for this partner city's lists, if any."""
    row = db.conn.execute("SELECT value FROM setting WHERE key = ?",
                          (_mapping_key(db, partner),)).fetchone()
    return ColumnMapping.from_json(row[0]) if row else None


def remember_mapping(db: Database, partner: str | Partnership, mapping: ColumnMapping, *,
                     actor: str) -> None:
    """Keep ``mapping`` for this partner city's next lists (one transaction)."""
    key = _mapping_key(db, partner)
    with unit_of_work(db):
        db.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, mapping.to_json()))
        audit.record(db, actor=actor, entity="setting", entity_id=key, action="update",
                     after={"mapping": mapping.to_json()})


def _extend(db: Database, reference: str, lines: list[LineItem], dry_run: bool,
            actor: str) -> str:
    shipment = repo.get_shipment(db, reference)
    if shipment.locked:
        raise ShipmentLocked(reference=shipment.reference, status=shipment.status.value)
    if not dry_run:
        shipment_service.add_lines(db, reference, lines, actor=actor)
    return shipment.reference


def _header(db: Database, pair: Partnership, to: Organisation, donor: str | None,
            manifest: ParsedManifest, filename: str) -> Shipment:
    giver = find_donor(db, donor) if donor else _default_donor(db, pair)
    header = Shipment(
        id=None, reference="", status=Status.DRAFT, partnership_id=int(pair.id or 0),
        donor_id=int(giver.id or 0), recipient_id=int(to.id or 0),
        currency=manifest.currency or "EUR", notes=f"imported from {filename}",
    )
    blocking = [p for p in validate.validate_shipment(header) if p.severity is Severity.BLOCKING]
    if blocking:
        raise ValidationFailed(blocking)
    return header


def _default_donor(db: Database, pair: Partnership) -> Organisation:
    row = db.conn.execute(
        "SELECT donor_id FROM shipment WHERE partnership_id = ? ORDER BY id DESC LIMIT 1",
        (pair.id,),
    ).fetchone()
    if row:
        return parties.get_organisation(db, int(row[0]))
    city = pair.partner_city.casefold()
    named = [o for o in parties.list_organisations(db)
             if any(city in n.casefold() for n in (o.name_en, o.name_native, o.name_uk) if n)]
    if len(named) == 1:
        return named[0]
    raise NotFound(entity="donor", key=f"{pair.partner_city} (give the donor)")
