"""Issue printed documents as legal records: stored originals, copies of them, the register.

Issuing reads the record, checks state, scope and legal date, renders the PDF **outside any write
transaction**, stores the bytes by their SHA-256 beside the database, and only then takes the
number and records number, SHA-256, legal date and data snapshot in one short transaction. If the
record or the series moved meanwhile (another workstation saved), the document is rendered again.
A copy is the stored original with a copy mark, verified against its SHA-256 first.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from aidtracker.catalogue.documents_issued import REGISTER
from aidtracker.documents import policy
from aidtracker.documents.errors import (
    DocumentAlreadyIssued,
    StoredOriginalBroken,
    SupersedeRefused,
)
from aidtracker.domain import ShipmentDetail
from aidtracker.errors import FileActionFailed, NotFound, StorageError
from aidtracker.paths import attachments_dir, fsync_dir
from aidtracker.services.shipments import get_detail
from aidtracker.store import audit, tempfiles, unit_of_work
from aidtracker.store import issued as register_repo
from aidtracker.store import shipments as repo
from aidtracker.store.connection import classify_os_error
from aidtracker.store.issued import IssuedRecord

ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class IssuedDocument:
    number: str
    kind: str
    reference: str
    path: Path
    pages: int
    sha256: str
    copy_of: str | None = None
    date: date | None = None
    supersedes: str | None = None


class _Moved(Exception):
    """The record or the number series changed while the document was being rendered."""


def issue_document(
    db: Database, reference: str, kind: str, out_path: str | os.PathLike[str], *, actor: str,
    lang: str = "uk-en", selector: str | None = None, copy_of: str | None = None,
    today: date | None = None, doc_date: date | None = None, supersede: str | None = None,
) -> IssuedDocument:
    """Issue the original of ``kind`` for shipment ``reference`` (or a copy: ``copy_of``).

    ``doc_date`` overrides the legal date taken from the record; ``supersede`` (a reason)
    replaces the valid original of the same kind and scope.

    Raises:
        NotFound: no such shipment or issued number.
        DocumentNotApplicable, DocumentTooEarly, DocumentDateMissing, DocumentDateRefused,
        DocumentAlreadyIssued, SupersedeRefused, UnprintableCharacters: nothing written.
        StoredOriginalBroken: the original of a copy is missing or altered.
        FileActionFailed: the PDF could not be written (an earlier ``out_path`` stays as it
        was). StorageError: the database or the stored original could not be written.
    """
    out = Path(out_path)
    printed_on = today or date.today()
    if copy_of is not None:
        return copy_document(db, reference, kind, copy_of, out, actor=actor, today=printed_on)
    for _attempt in range(ATTEMPTS):
        with contextlib.suppress(_Moved):
            return _issue_once(db, reference, kind, out, actor=actor, lang=lang,
                               selector=selector, printed_on=printed_on, doc_date=doc_date,
                               supersede=supersede)
    raise StorageError(path=str(database_path(db)), reason="locked",
                       detail="the record kept changing while the document was printed")


@dataclass(frozen=True, slots=True)
class _Plan:
    detail: ShipmentDetail
    scope: str
    legal: date
    replaces: IssuedRecord | None
    snapshot: str


def _plan(db: Database, reference: str, kind: str, *, selector: str | None, printed_on: date,
          doc_date: date | None, supersede: str | None) -> _Plan:
    """Read the record and decide everything that can refuse, before any rendering."""
    detail = read_detail(db, reference, printed_on)
    policy.check_not_ended(detail, kind)
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents import check_document

    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents.context import DocumentContext

    check_document(DocumentContext(detail, kind, doc_number="—", selector=selector))
    policy.check_transport(detail, kind)  # never (rail, self-propelled only) before "not yet"
    policy.check_not_early(detail, kind)
    scope = policy.scope_of(detail, kind, selector)
    legal = policy.legal_date(detail, kind, selector, doc_date, printed_on)
    existing = register_repo.valid_in_scope(db, int(detail.shipment.id or 0), kind, scope)
    if supersede is not None:
        if not supersede.strip():
            raise SupersedeRefused(number=existing.number if existing else kind,
                                   reason="reason_required")
        if existing is None:
            raise SupersedeRefused(number=kind, reason="no_original")
    elif existing is not None:
        raise DocumentAlreadyIssued(kind=kind, number=existing.number,
                                    scope=scope.split(":", 1)[0])
    return _Plan(detail, scope, legal, existing, snapshot_json(detail))


def _issue_once(db: Database, reference: str, kind: str, out: Path, *, actor: str, lang: str,
                selector: str | None, printed_on: date, doc_date: date | None,
                supersede: str | None) -> IssuedDocument:
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents import KIND_CODES, DocumentContext, render_pdf

    plan = _plan(db, reference, kind, selector=selector, printed_on=printed_on,
                 doc_date=doc_date, supersede=supersede)
    series = f"{reference}/{KIND_CODES[kind]}"
    expected = register_repo.last_in_series(db, series, plan.legal.year) + 1
    number = f"{series}-{expected}"
    ctx = DocumentContext(plan.detail, kind, lang=lang, doc_number=number, issued_on=plan.legal,
                          selector=selector, printed_on=printed_on,
                          supersedes=plan.replaces.number if plan.replaces else None,
                          office_side=register_repo.office_side(db))
    data, pages = render_pdf(ctx)  # outside any transaction: nobody waits for this
    digest = hashlib.sha256(data).hexdigest()
    created = store_original(database_path(db), data, digest)
    temp = _temp_beside(out, data)
    try:
        with unit_of_work(db):
            _record(db, plan, number=number, series=series, expected=expected, kind=kind,
                    lang=lang, digest=digest, size=len(data), actor=actor, printed_on=printed_on,
                    reason=supersede or "")
        _move(temp, out)
    except BaseException:
        if created is not None and not _referenced(db, digest):
            with contextlib.suppress(OSError):
                created.unlink()
        raise
    finally:
        tempfiles.discard(temp)
    return IssuedDocument(number, kind, reference, out, pages, digest, None, plan.legal,
                          plan.replaces.number if plan.replaces else None)


def _record(db: Database, plan: _Plan, *, number: str, series: str, expected: int, kind: str,
            lang: str, digest: str, size: int, actor: str, printed_on: date,
            reason: str) -> None:
    """Inside the write transaction: the series, the record and the scope are as rendered."""
    if repo.next_number(db, series, plan.legal.year) != expected:
        raise _Moved
    shipment_id = int(plan.detail.shipment.id or 0)
    current = register_repo.valid_in_scope(db, shipment_id, kind, plan.scope)
    if (current.number if current else None) != (plan.replaces.number if plan.replaces else None):
        raise _Moved
    fresh = get_detail(db, plan.detail.shipment.reference, today=printed_on)
    if snapshot_json(fresh) != plan.snapshot:
        raise _Moved
    at = audit.stamp()
    if plan.replaces is not None:
        register_repo.mark_superseded(db, plan.replaces.number, by=number, at=at, reason=reason)
        audit.record(db, actor=actor, entity="issued_document", entity_id=plan.replaces.number,
                     action="supersede", after={"by": number, "reason": reason})
    register_repo.insert_original(db, register_repo.NewOriginal(
        shipment_id=shipment_id, kind=kind, scope=plan.scope, number=number, lang=lang,
        sha256=digest, size=size, doc_date=plan.legal, issued_at=at, issued_by=actor,
        snapshot=plan.snapshot, supersedes=plan.replaces.number if plan.replaces else None))
    audit.record(db, actor=actor, entity="issued_document", entity_id=number, action="issue",
                 after={"kind": kind, "scope": plan.scope, "sha256": digest,
                        "date": plan.legal.isoformat()})


def copy_document(
    db: Database, reference: str, kind: str, number: str, out: Path, *, actor: str, today: date,
) -> IssuedDocument:
    """Write the stored original ``number`` with the copy mark to ``out`` and count the copy.

    Raises:
        NotFound: no such original of ``kind`` on shipment ``reference``.
        StoredOriginalBroken: the stored bytes are missing or do not match the SHA-256.
    """
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents.copies import mark_as_copy

    record = register_repo.by_number(db, number)
    if record is None or (record.kind, record.shipment_reference) != (kind, reference):
        raise NotFound(entity="issued document", key=number)
    original = read_original(db, record)
    marked, pages = mark_as_copy(original, copy_mark(), copy_note(record, today))
    temp = _temp_beside(out, marked)
    try:
        with unit_of_work(db):
            n = repo.next_number(db, f"{number}/copy", today.year)
            register_repo.insert_copy(db, number, f"{number}/copy-{n}", at=audit.stamp(),
                                      by=actor)
            audit.record(db, actor=actor, entity="issued_document", entity_id=number,
                         action="copy", after={"copy": n})
        _move(temp, out)
    finally:
        tempfiles.discard(temp)
    return IssuedDocument(f"{number}/copy-{n}", kind, reference, out, pages,
                          hashlib.sha256(marked).hexdigest(), number, record.date)


def copy_mark() -> str:

    mark = REGISTER["copy_mark"]
    return f"{mark.uk} / {mark.en}"


def copy_note(record: IssuedRecord, today: date) -> str:

    made = REGISTER["copy_made"]
    return f"{record.number} · {made.uk} / {made.en} {today.strftime('%d.%m.%Y')}"


def read_original(db: Database, record: IssuedRecord) -> bytes:
    """The stored bytes of an original, verified against the recorded SHA-256."""
    path = attachments_dir(database_path(db)) / f"{record.sha256}.pdf"
    if register_repo.stored_size(db, record.number) is None:
        raise StoredOriginalBroken(number=record.number, reason="legacy", path=str(path))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StoredOriginalBroken(number=record.number, reason="missing", path=str(path)) from None
    except OSError as exc:
        raise StorageError(path=str(path), reason="io", detail=exc.strerror or "") from exc
    if hashlib.sha256(data).hexdigest() != record.sha256:
        raise StoredOriginalBroken(number=record.number, reason="mismatch", path=str(path))
    return data


def stored_original(db: Database, number: str) -> bytes:
    """The verified bytes of the original ``number`` (to open it; nothing is recorded).

    Raises:
        NotFound: no such original. StoredOriginalBroken: missing or altered.
    """
    record = register_repo.by_number(db, number)
    if record is None:
        raise NotFound(entity="issued document", key=number)
    return read_original(db, record)


def valid_original(db: Database, reference: str, kind: str, scope: str) -> IssuedRecord | None:
    """The valid original of ``kind`` for ``scope`` (``shipment``, ``vehicle:VIN``…), if any."""
    shipment = repo.get_shipment(db, reference)
    return register_repo.valid_in_scope(db, int(shipment.id or 0), kind, scope)


def document_register(db: Database, reference: str) -> list[IssuedRecord]:
    """The originals issued for a shipment, oldest first (with copy counts and states)."""
    shipment = repo.get_shipment(db, reference)
    return register_repo.register(db, int(shipment.id or 0))


def issued_documents(db: Database, reference: str) -> list[tuple[str, str, str, str]]:
    """(number, kind, issued_at, copy_of) of a shipment's originals and copies, oldest first."""
    shipment = repo.get_shipment(db, reference)
    rows = db.conn.execute(
        "SELECT number, kind, issued_at, coalesce(copy_of, '') FROM issued_document"
        " WHERE shipment_id = ? ORDER BY id", (shipment.id,)).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


# the record, the snapshot and the stored file ---------------------------------------------


def read_detail(db: Database, reference: str, today: date) -> ShipmentDetail:
    """The record read in one read transaction (consistent, and no write lock taken)."""
    if db.conn.in_transaction:
        return get_detail(db, reference, today=today)
    db.conn.execute("BEGIN")
    try:
        return get_detail(db, reference, today=today)
    finally:
        db.conn.execute("COMMIT")


def snapshot_json(detail: ShipmentDetail) -> str:
    """The data a document is made from, as canonical JSON (stored with the original)."""
    return json.dumps(dataclasses.asdict(detail), default=str, sort_keys=True,
                      ensure_ascii=False, separators=(",", ":"))


def database_path(db: Database) -> Path:
    row = db.conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2])


def store_original(db_path: Path, data: bytes, digest: str) -> Path | None:
    """Store ``data`` as ``<sha256>.pdf`` in the managed folder; returns the path if created."""
    root = attachments_dir(db_path)
    final = root / f"{digest}.pdf"
    temp: Path | None = None
    try:
        root.mkdir(parents=True, exist_ok=True)
        if final.is_file() and hashlib.sha256(final.read_bytes()).hexdigest() == digest:
            return None
        temp = tempfiles.temp_beside(final)
        with open(temp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, final)
        tempfiles.forget(temp)
        fsync_dir(root)
    except OSError as exc:  # the stored original of the PDF: name it and the cause
        if temp is not None:
            tempfiles.discard(temp)
        raise FileActionFailed(action="pdf", path=str(final), reason=classify_os_error(exc),
                               detail=exc.strerror or "") from exc
    return final


def _referenced(db: Database, digest: str) -> bool:
    return db.conn.execute(
        "SELECT 1 FROM issued_document WHERE sha256 = ? AND copy_of IS NULL", (digest,)
    ).fetchone() is not None


def _temp_beside(out: Path, data: bytes) -> Path:
    """The PDF under a temporary name beside ``out`` (the next start sweeps it if this process
    is killed); a failure names the PDF and its cause."""
    temp: Path | None = None
    try:
        temp = tempfiles.temp_beside(out)
        with open(temp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        if temp is not None:
            tempfiles.discard(temp)
        raise FileActionFailed(action="pdf", path=str(out), reason=classify_os_error(exc),
                               detail=exc.strerror or "") from exc
    return temp


def _move(temp: Path, out: Path) -> None:
    try:
        os.replace(temp, out)
    except OSError as exc:
        raise FileActionFailed(action="pdf", path=str(out), reason=classify_os_error(exc),
                               detail=exc.strerror or "") from exc
    tempfiles.forget(temp)
