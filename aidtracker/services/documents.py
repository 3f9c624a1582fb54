"""Issue printed documents: a number per shipment and kind, the PDF's SHA-256 on record.

The number is taken inside the transaction that records the document, the PDF is rendered to a
temporary file first and moved into place only after COMMIT, so a failure never leaves a
numbered PDF without its record nor destroys an earlier file.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from aidtracker.errors import NotFound, StorageError
from aidtracker.services.shipments import get_detail
from aidtracker.store import audit, unit_of_work
from aidtracker.store import shipments as repo


@dataclass(frozen=True, slots=True)
class IssuedDocument:
    number: str
    kind: str
    reference: str
    path: Path
    pages: int
    sha256: str
    copy_of: str | None = None


def issue_document(
    db: Database, reference: str, kind: str, out_path: str | os.PathLike[str], *, actor: str,
    lang: str = "uk-en", selector: str | None = None, copy_of: str | None = None,
    today: date | None = None,
) -> IssuedDocument:
    """Number, render and record one document of ``kind`` for shipment ``reference``.

    ``copy_of`` reprints an issued number: the PDF is marked as a copy of it.

    Raises:
        NotFound: no such shipment or issued number.
        DocumentNotApplicable, UnprintableCharacters: nothing numbered, nothing written.
        StorageError: the PDF could not be written (the old file stays as it was).
    """
    from aidtracker.documents import KIND_CODES, DocumentContext, check_document, render_document

    out = Path(out_path)
    issued_on = today or date.today()
    detail = get_detail(db, reference, today=issued_on)
    if copy_of is not None:
        _original(db, copy_of, reference, kind)
    probe = DocumentContext(detail, kind, lang=lang, doc_number="—", issued_on=issued_on,
                            copy_of=copy_of, selector=selector)
    check_document(probe)  # before a number is taken
    temp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with unit_of_work(db):
            number = _next_number(db, reference, KIND_CODES[kind], copy_of, issued_on.year)
            ctx = DocumentContext(detail, kind, lang=lang, doc_number=copy_of or number,
                                  issued_on=issued_on, copy_of=copy_of, selector=selector)
            result = render_document(ctx, temp)
            db.conn.execute(
                "INSERT INTO issued_document (shipment_id, kind, number, lang, sha256, issued_at,"
                " issued_by, copy_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (detail.shipment.id, kind, number, lang, result.sha256, audit.stamp(), actor,
                 copy_of),
            )
            audit.record(db, actor=actor, entity="issued_document", entity_id=number,
                         action="issue", after={"kind": kind, "sha256": result.sha256})
        _move(temp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return IssuedDocument(number, kind, reference, out, result.pages, result.sha256, copy_of)


def _next_number(db: Database, reference: str, code: str, copy_of: str | None, year: int) -> str:
    if copy_of is not None:
        n = repo.next_number(db, f"{copy_of}/copy", year)
        return f"{copy_of}/copy-{n}"
    n = repo.next_number(db, f"{reference}/{code}", year)
    return f"{reference}/{code}-{n}"


def _original(db: Database, number: str, reference: str, kind: str) -> None:
    row = db.conn.execute(
        "SELECT d.kind, s.reference FROM issued_document d JOIN shipment s ON s.id = d.shipment_id"
        " WHERE d.number = ? AND d.copy_of IS NULL", (number,)).fetchone()
    if row is None or tuple(row) != (kind, reference):
        raise NotFound(entity="issued document", key=number)


def _move(temp: Path, out: Path) -> None:
    try:
        os.replace(temp, out)
    except OSError as exc:
        raise StorageError(path=str(out), reason="io", detail=exc.strerror or "") from exc


def issued_documents(db: Database, reference: str) -> list[tuple[str, str, str, str]]:
    """(number, kind, issued_at, copy_of) of a shipment's documents, oldest first."""
    shipment = repo.get_shipment(db, reference)
    rows = db.conn.execute(
        "SELECT number, kind, issued_at, coalesce(copy_of, '') FROM issued_document"
        " WHERE shipment_id = ? ORDER BY id", (shipment.id,)).fetchall()
    return [tuple(r) for r in rows]
