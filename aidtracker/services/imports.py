"""Import a partner city's packing list as a new draft shipment or as lines of an existing one.

Everything is read and checked before anything is written (RELIABILITY.md R8, promise 6): a
file with bad rows is refused whole, with a report per row, unless the user chooses to import
only the good rows. All lines are then written in one transaction, in bulk, with one audit entry
naming the file, its SHA-256 and the line count.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
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
    column_letter,
    parse_manifest,
)
from aidtracker.importer.spill import Spill
from aidtracker.importer.template import line_loads
from aidtracker.services import loads as load_service
from aidtracker.services.names import find_donor, find_partner, find_recipient, fold
from aidtracker.store import audit, balance, parties, unit_of_work
from aidtracker.store import shipments as repo
from aidtracker.store.linerows import LineRow, insert_line_rows, line_row


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
            mapping: ColumnMapping | None = None, date_order: str | None = None,
            remembered: Callable[[str], ColumnMapping | None] | None = None) -> ParsedManifest:
    """Read and check a packing list for the import dialog's preview; writes nothing.
    ``remembered`` looks up a mapping kept for the file's layout (see :func:`saved_mapping`).

    Raises:
        ImportRejected: the file cannot be read as a packing list.
    """
    return parse_manifest(path, currency=currency, sheet=sheet, mapping=mapping,
                          date_order=date_order, remembered=remembered)


def import_manifest(
    db: Database, path: Path | str, *, partner: str, recipient: str,
    shipment_ref: str | None = None, currency: str | None = None, sheet: str | None = None,
    dry_run: bool = False, accept_good_rows: bool = False, actor: str,
    donor: str | None = None, mapping: ColumnMapping | None = None,
    date_order: str | None = None, progress: Callable[[int, int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> ImportResult:
    """Read ``path`` and save its lines in one transaction (nothing on a dry run).

    The lines are inserted in bulk and the import is recorded by ONE audit entry naming the
    file, its SHA-256 and the line count. The mapping used is remembered for the partner city
    and for this layout (its titles' fingerprint), never tied to a sheet a csv does not have.

    Args:
        partner: partner city (or 'Partner → Own'); recipient: the Ukrainian recipient; both as
            people type them (services/names.py: Munich, Kyiv, an EDRPOU…).
        shipment_ref: add the lines to this shipment instead of creating a draft.
        currency: used when the list names none. sheet: read only this sheet.
        accept_good_rows: import the rows without blocking problems and skip the others.
        donor: the donating organisation; by default the partnership's last donor, or the one
            organisation named after the partner city.
        mapping: a saved or user-made column mapping. date_order: "dmy" or "mdy" when the
            list's dates read both ways.
        progress: ``progress(done, total)`` rows read, for a progress bar.
        check: called while reading and once more before the write transaction; raising there
            (the window's Cancel) stops the import with nothing written. Once the transaction
            has begun it runs to its end.

    Raises:
        ImportRejected: the file cannot be read as a packing list.
        ValidationFailed: rows with problems (each with its sheet row and column), or no lines.
        NotFound: unknown partner, recipient, donor or shipment (NameUnknown/NameAmbiguous with
            the closest candidates for a name).
        ShipmentLocked: the shipment to extend is delivered or later.
    """
    to = find_recipient(db, recipient)
    pair = find_partner(db, partner, own_city=to.settlement or None)
    def tick(done: int, total: int) -> None:
        if check is not None:
            check()
        if progress is not None:
            progress(done, total)

    with Spill[LineRow]() as lines:  # parsed lines wait off the heap for the transaction
        manifest = _parse(db, path, pair, currency=currency, sheet=sheet, mapping=mapping,
                          date_order=date_order, tick=tick,
                          keep=lambda line: lines.append(line_row(line)))
        manifest = _made_for(manifest, pair)
        blocking = manifest.blocking
        if blocking and not accept_good_rows:
            raise ValidationFailed([p.to_problem() for p in blocking], path=str(path))
        if not len(lines):
            problems = [p.to_problem() for p in blocking] or [_no_goods_rows(manifest)]
            raise ValidationFailed(problems, path=str(path))
        loads = () if shipment_ref else line_loads(path, manifest.mapping, manifest.sheet,
                                                   manifest.line_rows)
        source = _source(path, len(lines))
        tick(len(lines), len(lines))  # the last moment to cancel: nothing is written before
        reference: str | None
        if shipment_ref:
            reference = _extend(db, shipment_ref, lines, dry_run, actor, pair, manifest, source)
            created = False
        else:
            header = _header(db, pair, to, donor, manifest, Path(path).name)
            reference = None if dry_run else _create(db, header, lines, actor, pair, manifest,
                                                     source, loads)
            created = True
    return ImportResult(reference, created, len(lines), dry_run, manifest.bad_rows,
                        manifest.problems, manifest)


def _made_for(manifest: ParsedManifest, pair: Partnership) -> ParsedManifest:
    """Our template made for another partner city imports with a warning naming both."""
    made_for = manifest.template_partner
    if not made_for or fold(made_for) == fold(pair.partner_city):
        return manifest
    note = RowProblem(None, "", "partner", "template_for_other",
                      {"value": made_for, "partner": pair.partner_city}, Severity.WARNING)
    return dataclasses.replace(manifest, problems=(*manifest.problems, note))


def _source(path: Path | str, count: int) -> dict[str, object]:
    """What the audit entry says of the file: its name, SHA-256 and the lines imported."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as f:
        while chunk := f.read(2**16):
            digest.update(chunk)
    return {"file": Path(path).name, "sha256": digest.hexdigest(), "lines": count}


def _create(db: Database, header: Shipment, lines: Spill[LineRow], actor: str,
            pair: Partnership, manifest: ParsedManifest, source: dict[str, object],
            loads: tuple[int | None, ...] = ()) -> str:
    """The new draft and its lines (numbered 1…n) in one transaction, one audit entry; the
    lines on the loads our template's load column names."""
    with unit_of_work(db):
        parties.get_organisation(db, header.donor_id)
        reference = repo.next_reference(db, date.today().year)
        draft = dataclasses.replace(header, reference=reference, status=Status.DRAFT)
        shipment_id = repo.insert_shipment(db, draft, actor, record=False)
        insert_line_rows(db, shipment_id, lines, 1)
        repo.refresh_summary(db, shipment_id)
        key = _keep_mapping(db, pair, manifest)
        audit.record(db, actor=actor, entity="shipment", entity_id=reference, action="import",
                     after={**source, "mapping": key, "partnership_id": header.partnership_id,
                            "donor_id": header.donor_id, "recipient_id": header.recipient_id})
        _assign_loads(db, reference, loads, actor)
    return reference


def _assign_loads(db: Database, reference: str, loads: tuple[int | None, ...],
                  actor: str) -> None:
    """Loads 1…N created as needed (services/loads.py), each numbered line put on its load;
    a line without a number stays on load 1."""
    if not loads:
        return
    sid = int(repo.get_shipment(db, reference).id or 0)
    have = len(balance.get_loads(db, sid))
    for _ in range(have, max(n or 1 for n in loads)):
        load_service.add_load(db, reference, {}, actor=actor)
    for line_no, number in enumerate(loads, start=1):
        if number is not None:
            load_service.assign(db, reference, number, line_no, actor=actor)


def _parse(db: Database, path: Path | str, partner: Partnership, *, currency: str | None,
           sheet: str | None, mapping: ColumnMapping | None, date_order: str | None,
           tick: Callable[[int, int], None] | None = None,
           keep: Callable[[LineItem], None] | None = None) -> ParsedManifest:
    """Recognise the layout, a mapping remembered for this layout first; when nothing fits,
    the mapping last used for this partner city, if its columns fit this list (most rows read
    without a problem); otherwise what was not found is reported."""
    def remembered(signature: str) -> ColumnMapping | None:
        return None if mapping is not None else saved_mapping(db, partner, signature)

    try:
        return parse_manifest(path, currency=currency, sheet=sheet, mapping=mapping,
                              date_order=date_order, remembered=remembered, tick=tick,
                              keep=keep)
    except ImportRejected as exc:
        saved = saved_mapping(db, partner) if mapping is None else None
        if exc.reason != "no_header" or saved is None:
            raise
        not_found = exc
    try:
        fallback = parse_manifest(path, currency=currency, sheet=sheet, mapping=saved,
                                  date_order=date_order, tick=tick, keep=keep)
    except ImportRejected:
        raise not_found from None
    if len(fallback.bad_rows) >= fallback.line_count:  # the old mapping does not fit this list
        raise not_found
    return fallback


def _no_goods_rows(manifest: ParsedManifest) -> Problem:
    """A header was found but no row below it is a goods line: say where and which columns."""
    columns = ", ".join(f"{field} ({column_letter(i)})"
                        for i, field in sorted(manifest.mapping.columns.items()))
    return Problem("lines", "no_goods_rows", {"sheet": manifest.sheet or "",
                                              "header": manifest.header_row,
                                              "columns": columns}, row=manifest.header_row)


def _mapping_key(db: Database, partner: str | Partnership, signature: str = "") -> str:
    pair = partner if isinstance(partner, Partnership) else find_partner(db, partner)
    return f"import_mapping:{pair.id}" + (f":{signature}" if signature else "")


def saved_mapping(db: Database, partner: str | Partnership,
                  signature: str = "") -> ColumnMapping | None:
    """The column mapping remembered for this partner city's lists of this layout
    (``signature``), or the one it last used when no layout is given."""
    row = db.conn.execute("SELECT value FROM setting WHERE key = ?",
                          (_mapping_key(db, partner, signature),)).fetchone()
    return ColumnMapping.from_json(row[0]) if row else None


def remember_mapping(db: Database, partner: str | Partnership, mapping: ColumnMapping, *,
                     actor: str, signature: str = "") -> None:
    """Keep ``mapping`` for this partner city's next lists (and this layout's), one
    transaction."""
    with unit_of_work(db):
        for key in {_mapping_key(db, partner), _mapping_key(db, partner, signature)}:
            _put(db, key, mapping)
        audit.record(db, actor=actor, entity="setting", entity_id=_mapping_key(db, partner),
                     action="update", after={"mapping": mapping.to_json()})


def _keep_mapping(db: Database, pair: Partnership, manifest: ParsedManifest) -> str:
    """Remember the mapping an import used, inside its transaction (a csv's names no sheet).
    Our own template names its layout itself: the partner's remembered mapping stays."""
    if manifest.template_partner:
        return "template"
    mapping = manifest.mapping
    keys = {_mapping_key(db, pair), _mapping_key(db, pair, manifest.signature)}
    for key in keys:
        _put(db, key, mapping)
    return _mapping_key(db, pair, manifest.signature)


def _put(db: Database, key: str, mapping: ColumnMapping) -> None:
    db.conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, mapping.to_json()))


def _extend(db: Database, reference: str, lines: Spill[LineRow], dry_run: bool,
            actor: str, pair: Partnership, manifest: ParsedManifest,
            source: dict[str, object]) -> str:
    """Append the lines to an editable shipment: one transaction, one audit entry."""
    shipment = repo.get_shipment(db, reference)
    if shipment.locked:
        raise ShipmentLocked(reference=shipment.reference, status=shipment.status.value)
    if dry_run:
        return shipment.reference
    with unit_of_work(db):
        shipment = repo.get_shipment(db, reference)
        shipment_id = int(shipment.id or 0)
        start = db.conn.execute("SELECT coalesce(max(line_no), 0) FROM line_item"
                                " WHERE shipment_id = ?", (shipment_id,)).fetchone()[0] + 1
        repo.touch(db, shipment, expected_version=shipment.version, actor=actor)
        insert_line_rows(db, shipment_id, lines, start)
        repo.refresh_summary(db, shipment_id)
        key = _keep_mapping(db, pair, manifest)
        audit.record(db, actor=actor, entity="shipment", entity_id=shipment.reference,
                     action="import", after={**source, "mapping": key, "first_line": start})
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
