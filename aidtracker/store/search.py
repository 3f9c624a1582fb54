"""Full-text search over references, descriptions, VINs, serials and AHARS codes (FTS5 trigram).

``LIKE`` folds case for ASCII only (``рукавич`` never finds ``Рукавички``) and scans; the trigram
index folds Unicode case and finds substrings. One index row per shipment, rewritten in the same
transaction as every change to the shipment or its lines.
"""

from __future__ import annotations

from sqlite_utils import Database

_BODY_SQL = """
SELECT s.reference, s.ahars_code, s.export_mrn, s.cmr_no, s.declaration_no, s.truck_plate,
       s.notes,
       (SELECT group_concat(l.description || ' ' || l.description_en || ' ' || l.marks
                            || ' ' || l.lot, ' ')
          FROM line_item l WHERE l.shipment_id = s.id),
       (SELECT group_concat(a.vin || ' ' || a.serial_no || ' ' || a.make || ' ' || a.model
                            || ' ' || a.plates, ' ')
          FROM asset a JOIN line_item l ON l.id = a.line_id WHERE l.shipment_id = s.id)
  FROM shipment s WHERE s.id = ?
"""


def reindex_shipment(db: Database, shipment_id: int) -> None:
    """Rewrite the search row of one shipment (call inside the writing transaction)."""
    conn = db.conn
    conn.execute("DELETE FROM shipment_search WHERE shipment_id = ?", (shipment_id,))
    body = body_of(db, shipment_id)
    if body is None:
        return
    conn.execute(
        "INSERT INTO shipment_search (shipment_id, body) VALUES (?, ?)", (shipment_id, body)
    )


def body_of(db: Database, shipment_id: int) -> str | None:
    """The text the search index holds for one shipment (None: no such shipment)."""
    row = db.conn.execute(_BODY_SQL, (shipment_id,)).fetchone()
    return None if row is None else " \n".join(str(part) for part in row if part)


def reindex_all(db: Database) -> None:
    """Rebuild the whole index (migration step, repair)."""
    db.conn.execute("DELETE FROM shipment_search")
    for (shipment_id,) in db.conn.execute("SELECT id FROM shipment").fetchall():
        reindex_shipment(db, shipment_id)


def match_expression(text: str) -> str | None:
    """An FTS5 query that finds every word of ``text`` as a substring; None if too short.

    Each word is quoted (quotes doubled), so user text is never FTS syntax.
    """
    words = [w for w in text.split() if w]
    if not words or any(len(w) < 3 for w in words):
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_clause(text: str) -> tuple[str, list[object]]:
    """SQL condition on ``s.id`` for a search box text, with its parameters."""
    expression = match_expression(text)
    if expression is not None:
        return (
            "s.id IN (SELECT shipment_id FROM shipment_search WHERE shipment_search MATCH ?)",
            [expression],
        )
    # One- or two-letter words: the trigram index cannot help; match the reference only.
    return ("s.reference LIKE ? ESCAPE '\\'", [f"%{_escape_like(text.strip())}%"])


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
