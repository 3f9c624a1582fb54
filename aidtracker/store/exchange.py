"""What the shipment file needs in the store: a shipment's stable identifier (UUID) and origin,
the log of shipment files imported, and the other office's originals kept as received.

A shipment made here has ``origin_office`` '' (ours); one imported from a shipment file names the
office that made it. Received originals are never rewritten nor deleted (triggers), only marked
superseded when the other office says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

# A random (version 4) UUID in SQL, for existing shipments and for every new one.
_UUID4 = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||"
    " substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||"
    " substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)

#: Schema step 0008: identifier and origin, the import log, received originals.
MIGRATION = [
    "ALTER TABLE shipment ADD COLUMN uuid TEXT",
    "ALTER TABLE shipment ADD COLUMN origin_office TEXT NOT NULL DEFAULT ''",
    f"UPDATE shipment SET uuid = {_UUID4} WHERE uuid IS NULL",
    "CREATE UNIQUE INDEX shipment_uuid ON shipment(uuid)",
    "CREATE TRIGGER shipment_uuid_new AFTER INSERT ON shipment WHEN NEW.uuid IS NULL"
    f" BEGIN UPDATE shipment SET uuid = {_UUID4} WHERE id = NEW.id; END",
    "CREATE TABLE shipment_file_import ("
    " id INTEGER PRIMARY KEY,"
    " shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,"
    " office TEXT NOT NULL, office_side TEXT NOT NULL, their_reference TEXT NOT NULL,"
    " exported_at TEXT NOT NULL, seal TEXT NOT NULL, imported_at TEXT NOT NULL,"
    " imported_by TEXT NOT NULL, changes TEXT NOT NULL) STRICT",
    "CREATE INDEX shipment_file_import_shipment ON shipment_file_import(shipment_id, office)",
    "CREATE TABLE received_document ("
    " id INTEGER PRIMARY KEY,"
    " shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,"
    " office TEXT NOT NULL, number TEXT NOT NULL, kind TEXT NOT NULL, scope TEXT NOT NULL,"
    " lang TEXT NOT NULL, doc_date TEXT, issued_at TEXT NOT NULL, issued_by TEXT NOT NULL,"
    " status TEXT NOT NULL, supersedes TEXT, superseded_by TEXT, sha256 TEXT NOT NULL,"
    " size INTEGER NOT NULL, received_at TEXT NOT NULL, received_by TEXT NOT NULL,"
    " UNIQUE (shipment_id, office, number)) STRICT",
    "CREATE TRIGGER received_document_no_delete BEFORE DELETE ON received_document"
    " BEGIN SELECT RAISE(ABORT, 'received documents are never deleted'); END",
    "CREATE TRIGGER received_document_fixed BEFORE UPDATE OF shipment_id, office, number, kind,"
    " scope, lang, doc_date, issued_at, issued_by, sha256, size ON received_document"
    " BEGIN SELECT RAISE(ABORT, 'a received document is never rewritten'); END",
]


@dataclass(frozen=True, slots=True)
class ReceivedDocument:
    """An original issued by the other office, stored as received (read-only)."""

    office: str
    number: str
    kind: str
    scope: str
    lang: str
    doc_date: str | None
    issued_at: str
    issued_by: str
    status: str
    supersedes: str | None
    superseded_by: str | None
    sha256: str
    size: int
    received_at: str = ""
    received_by: str = ""


def identity(db: Database, shipment_id: int) -> tuple[str, str]:
    """(uuid, origin office; '' when this office made the shipment)."""
    row = db.conn.execute("SELECT uuid, origin_office FROM shipment WHERE id = ?",
                          (shipment_id,)).fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")


def shipment_id_by_uuid(db: Database, uuid: str) -> int | None:
    row = db.conn.execute("SELECT id FROM shipment WHERE uuid = ?", (uuid,)).fetchone()
    return int(row[0]) if row else None


def set_identity(db: Database, shipment_id: int, uuid: str, origin_office: str) -> None:
    db.conn.execute("UPDATE shipment SET uuid = ?, origin_office = ? WHERE id = ?",
                    (uuid, origin_office, shipment_id))


def set_header(db: Database, shipment_id: int, values: Mapping[str, object], *, actor: str,
               at: str) -> None:
    """Write header columns taken from a shipment file (names checked by the caller) and
    count a new version of the header."""
    sets = "".join(f"{c} = ?, " for c in values)
    db.conn.execute(f"UPDATE shipment SET {sets}version = version + 1, updated_at = ?,"
                    " updated_by = ? WHERE id = ?", [*values.values(), at, actor, shipment_id])


def last_import(db: Database, shipment_id: int, office: str) -> tuple[str, str] | None:
    """(exported_at, seal) of the newest file from ``office`` imported onto this shipment."""
    row = db.conn.execute(
        "SELECT exported_at, seal FROM shipment_file_import WHERE shipment_id = ? AND office = ?"
        " ORDER BY exported_at DESC, id DESC LIMIT 1", (shipment_id, office)).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def log_import(db: Database, shipment_id: int, *, office: str, side: str, reference: str,
               exported_at: str, seal: str, at: str, by: str, changes: str) -> None:
    db.conn.execute(
        "INSERT INTO shipment_file_import (shipment_id, office, office_side, their_reference,"
        " exported_at, seal, imported_at, imported_by, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (shipment_id, office, side, reference, exported_at, seal, at, by, changes))


_DOC_COLUMNS = ("office", "number", "kind", "scope", "lang", "doc_date", "issued_at", "issued_by",
                "status", "supersedes", "superseded_by", "sha256", "size", "received_at",
                "received_by")


def received_documents(db: Database, shipment_id: int) -> list[ReceivedDocument]:
    rows = db.conn.execute(
        f"SELECT {', '.join(_DOC_COLUMNS)} FROM received_document WHERE shipment_id = ?"
        " ORDER BY id", (shipment_id,)).fetchall()
    return [ReceivedDocument(*r) for r in rows]


def insert_received(db: Database, shipment_id: int, doc: ReceivedDocument) -> None:
    values = [getattr(doc, c) for c in _DOC_COLUMNS]
    db.conn.execute(
        f"INSERT INTO received_document (shipment_id, {', '.join(_DOC_COLUMNS)}) VALUES"
        f" (?, {', '.join('?' for _ in _DOC_COLUMNS)})", [shipment_id, *values])


def mark_received_status(db: Database, shipment_id: int, office: str, number: str, *,
                         status: str, superseded_by: str | None) -> None:
    db.conn.execute(
        "UPDATE received_document SET status = ?, superseded_by = ? WHERE shipment_id = ?"
        " AND office = ? AND number = ?", (status, superseded_by, shipment_id, office, number))


def put_loads(db: Database, shipment_id: int, loads: Sequence[Mapping[str, object]],
              shares: Sequence[tuple[int, int, int]], actor: str, at: str) -> None:
    """Make the loads exactly ``loads`` (columns by name, ``seq`` included) carrying ``shares``
    (load seq, line no, qty_milli); loads are matched by number, their shares rewritten."""
    for load in loads:
        cols = [c for c in load if c != "seq"]
        cur = db.conn.execute(
            f"UPDATE load SET {', '.join(f'{c} = ?' for c in cols)}, version = version + 1,"
            " updated_at = ?, updated_by = ? WHERE shipment_id = ? AND seq = ?",
            [*(load[c] for c in cols), at, actor, shipment_id, load["seq"]])
        if cur.rowcount == 0:
            names = ["shipment_id", "seq", *cols, "created_at", "created_by", "updated_at",
                     "updated_by"]
            db.conn.execute(
                f"INSERT INTO load ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
                [shipment_id, load["seq"], *(load[c] for c in cols), at, actor, at, actor])
    db.conn.execute("DELETE FROM load_line WHERE load_id IN (SELECT id FROM load WHERE"
                    " shipment_id = ?)", (shipment_id,))
    db.conn.executemany(
        "INSERT INTO load_line (load_id, line_id, qty_milli) SELECT l.id, i.id, ? FROM load l"
        " JOIN line_item i ON i.shipment_id = l.shipment_id WHERE l.shipment_id = ?"
        " AND l.seq = ? AND i.line_no = ?",
        [(qty, shipment_id, seq, line_no) for seq, line_no, qty in shares])


def put_receipt(db: Database, shipment_id: int, line_no: int, values: Mapping[str, object]) -> None:
    """Write the receipt columns of one line (received good/damaged/missing/surplus, date)."""
    sets = ", ".join(f"{c} = ?" for c in values)
    db.conn.execute(f"UPDATE line_item SET {sets} WHERE shipment_id = ? AND line_no = ?",
                    [*values.values(), shipment_id, line_no])


def put_check(db: Database, shipment_id: int, rule: str, state: str, by: str, at: str,
              note: str) -> None:
    """A checklist tick as the other office recorded it (who and when kept)."""
    db.conn.execute(
        "INSERT INTO checklist_entry (shipment_id, rule_id, state, by, at, note)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (shipment_id, rule_id) DO UPDATE SET"
        " state = excluded.state, by = excluded.by, at = excluded.at, note = excluded.note",
        (shipment_id, rule, state, by, at, note))


def act_numbers(db: Database, table: str) -> set[str]:
    """Every act number of ``distribution`` or ``write_off`` (they are unique database-wide)."""
    if table not in ("distribution", "write_off"):
        raise ValueError(table)
    return {str(r[0]) for r in db.conn.execute(f"SELECT act_no FROM {table}")}
