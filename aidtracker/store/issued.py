"""The register of issued documents: originals (one valid per kind and scope), copies, supersession.

An original row holds the number, the legal date, the SHA-256 of the stored PDF bytes and the
data snapshot it was made from; it is never deleted and its identity is never rewritten (triggers
in schema step 0004). A copy row counts a reprint of an original. Superseding marks the old row
``superseded`` with who, when and why; the new row names the number it replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

VALID, SUPERSEDED, COPY, VOID = "valid", "superseded", "copy", "void"
SHIPMENT_SCOPE = "shipment"


@dataclass(frozen=True, slots=True)
class IssuedRecord:
    """One original in the register (copies are counted, not listed)."""

    number: str
    kind: str
    scope: str
    date: date | None
    issued_at: str
    issued_by: str
    sha256: str
    status: str
    supersedes: str | None
    superseded_by: str | None
    superseded_at: str | None
    supersede_reason: str
    lang: str
    copies: int
    shipment_reference: str = ""

    @property
    def scope_kind(self) -> str:
        """'shipment', 'load', 'vehicle' or 'act' (the part of ``scope`` before the colon)."""
        return self.scope.split(":", 1)[0]


_SELECT = (
    "SELECT d.number, d.kind, d.scope, d.doc_date, d.issued_at, d.issued_by, d.sha256, d.status,"
    " d.supersedes, d.superseded_by, d.superseded_at, d.supersede_reason, d.lang,"
    " (SELECT count(*) FROM issued_document c WHERE c.copy_of = d.number), s.reference"
    " FROM issued_document d JOIN shipment s ON s.id = d.shipment_id"
)


def _record(row: tuple[object, ...]) -> IssuedRecord:
    doc_date = date.fromisoformat(str(row[3])) if row[3] else None
    return IssuedRecord(
        number=str(row[0]), kind=str(row[1]), scope=str(row[2]), date=doc_date,
        issued_at=str(row[4]), issued_by=str(row[5]), sha256=str(row[6]), status=str(row[7]),
        supersedes=_opt(row[8]), superseded_by=_opt(row[9]), superseded_at=_opt(row[10]),
        supersede_reason=str(row[11] or ""), lang=str(row[12]), copies=int(str(row[13])),
        shipment_reference=str(row[14]),
    )


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def register(db: Database, shipment_id: int) -> list[IssuedRecord]:
    """The originals of one shipment, oldest first, with their copy counts."""
    rows = db.conn.execute(
        _SELECT + " WHERE d.shipment_id = ? AND d.copy_of IS NULL ORDER BY d.id", (shipment_id,)
    ).fetchall()
    return [_record(tuple(r)) for r in rows]


def by_number(db: Database, number: str) -> IssuedRecord | None:
    """The original numbered ``number`` (None for unknown numbers and for copies)."""
    row = db.conn.execute(
        _SELECT + " WHERE d.number = ? AND d.copy_of IS NULL", (number,)
    ).fetchone()
    return _record(tuple(row)) if row else None


def valid_in_scope(db: Database, shipment_id: int, kind: str, scope: str) -> IssuedRecord | None:
    """The valid original of ``kind`` for ``scope`` of a shipment, if one was issued."""
    row = db.conn.execute(
        _SELECT + " WHERE d.shipment_id = ? AND d.kind = ? AND d.scope = ? AND d.status = ?"
        " AND d.copy_of IS NULL",
        (shipment_id, kind, scope, VALID),
    ).fetchone()
    return _record(tuple(row)) if row else None


@dataclass(frozen=True, slots=True)
class NewOriginal:
    """What is recorded for a new original, in the transaction that takes its number."""

    shipment_id: int
    kind: str
    scope: str
    number: str
    lang: str
    sha256: str
    size: int
    doc_date: date | None
    issued_at: str
    issued_by: str
    snapshot: str
    supersedes: str | None = None


def insert_original(db: Database, doc: NewOriginal) -> None:
    db.conn.execute(
        "INSERT INTO issued_document (shipment_id, kind, scope, number, lang, sha256, size,"
        " doc_date, issued_at, issued_by, snapshot, status, supersedes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc.shipment_id, doc.kind, doc.scope, doc.number, doc.lang, doc.sha256, doc.size,
         doc.doc_date.isoformat() if doc.doc_date else None, doc.issued_at, doc.issued_by,
         doc.snapshot, VALID, doc.supersedes),
    )


def mark_superseded(db: Database, number: str, *, by: str, at: str, reason: str) -> None:
    """Mark the valid original ``number`` superseded by ``by`` (inside the issuing transaction)."""
    cur = db.conn.execute(
        "UPDATE issued_document SET status = ?, superseded_by = ?, superseded_at = ?,"
        " supersede_reason = ? WHERE number = ? AND status = ?",
        (SUPERSEDED, by, at, reason, number, VALID),
    )
    if cur.rowcount != 1:
        raise LookupError(f"no valid original {number}")


def void_in_scope(db: Database, shipment_id: int, kind: str, scope: str, *, at: str,
                  reason: str) -> str | None:
    """Mark the valid original of ``kind`` for ``scope`` void (the act it records was reversed);
    returns its number, or None when none was issued. Nothing is deleted or re-numbered."""
    found = valid_in_scope(db, shipment_id, kind, scope)
    if found is None:
        return None
    db.conn.execute(
        "UPDATE issued_document SET status = ?, superseded_at = ?, supersede_reason = ?"
        " WHERE number = ? AND status = ?", (VOID, at, reason, found.number, VALID))
    return found.number


def insert_copy(db: Database, original: str, number: str, *, at: str, by: str) -> None:
    """Count one reprint of ``original`` (its number is ``<original>/copy-N``)."""
    row = db.conn.execute(
        "SELECT shipment_id, kind, scope, lang, sha256, doc_date FROM issued_document"
        " WHERE number = ?", (original,)).fetchone()
    db.conn.execute(
        "INSERT INTO issued_document (shipment_id, kind, scope, number, lang, sha256, doc_date,"
        " issued_at, issued_by, copy_of, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row[0], row[1], row[2], number, row[3], row[4], row[5], at, by, original, COPY),
    )


def snapshot_of(db: Database, number: str) -> str | None:
    """The data snapshot (JSON) an original was made from."""
    row = db.conn.execute(
        "SELECT snapshot FROM issued_document WHERE number = ?", (number,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def stored_size(db: Database, number: str) -> int | None:
    row = db.conn.execute("SELECT size FROM issued_document WHERE number = ?", (number,)).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def last_in_series(db: Database, series: str, year: int) -> int:
    """The last number taken in a series (0 when none), to render before taking it."""
    row = db.conn.execute(
        "SELECT last FROM number_series WHERE series = ? AND year = ?", (series, year)).fetchone()
    return int(row[0]) if row else 0


SIDES = ("recipient", "donor")


def office_side(db: Database) -> str:
    """Which side the office profile says we are: ``recipient`` (default) or ``donor``."""
    row = db.conn.execute("SELECT value FROM setting WHERE key = 'office_side'").fetchone()
    return str(row[0]) if row and row[0] in SIDES else "recipient"


#: Schema step 0004: the register columns, one valid original per scope, no rewriting.
MIGRATION = [
    "ALTER TABLE issued_document ADD COLUMN scope TEXT NOT NULL DEFAULT 'shipment'",
    "ALTER TABLE issued_document ADD COLUMN doc_date TEXT",
    "ALTER TABLE issued_document ADD COLUMN status TEXT NOT NULL DEFAULT 'valid'",
    "ALTER TABLE issued_document ADD COLUMN supersedes TEXT",
    "ALTER TABLE issued_document ADD COLUMN superseded_by TEXT",
    "ALTER TABLE issued_document ADD COLUMN superseded_at TEXT",
    "ALTER TABLE issued_document ADD COLUMN supersede_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE issued_document ADD COLUMN snapshot TEXT",
    "ALTER TABLE issued_document ADD COLUMN size INTEGER",
    # Reprints of old databases were rows of their own: they become counted copies.
    "UPDATE issued_document SET status = 'copy' WHERE copy_of IS NOT NULL",
    # Earlier second originals of one kind: the newest stays valid, the older ones superseded.
    "UPDATE issued_document AS d SET status = 'superseded', superseded_at = d.issued_at,"
    " superseded_by = (SELECT max(n.number) FROM issued_document n WHERE n.shipment_id ="
    " d.shipment_id AND n.kind = d.kind AND n.copy_of IS NULL AND n.id > d.id),"
    " supersede_reason = 'second original issued before the register (migration 0004)'"
    " WHERE d.copy_of IS NULL AND EXISTS (SELECT 1 FROM issued_document n WHERE"
    " n.shipment_id = d.shipment_id AND n.kind = d.kind AND n.copy_of IS NULL AND n.id > d.id)",
    "CREATE UNIQUE INDEX issued_document_one_valid ON issued_document(shipment_id, kind, scope)"
    " WHERE status = 'valid'",
    "CREATE INDEX issued_document_copy_of ON issued_document(copy_of) WHERE copy_of IS NOT NULL",
    "CREATE TRIGGER issued_document_fixed BEFORE UPDATE OF shipment_id, kind, scope, number, lang,"
    " sha256, size, doc_date, issued_at, issued_by, snapshot, copy_of, supersedes"
    " ON issued_document BEGIN SELECT RAISE(ABORT, 'an issued document is never rewritten'); END",
    "CREATE TRIGGER issued_document_status BEFORE UPDATE OF status ON issued_document"
    " WHEN NOT (OLD.status = 'valid' AND NEW.status = 'superseded')"
    " BEGIN SELECT RAISE(ABORT, 'only a valid original can be superseded'); END",
]
