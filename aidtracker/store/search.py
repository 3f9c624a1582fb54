"""Full-text search over references, descriptions, VINs, serials and AHARS codes (FTS5 trigram).

``LIKE`` folds case for ASCII only (``рукавич`` never finds ``Рукавички``) and scans; the trigram
index folds Unicode case and finds substrings. The index is rewritten in the same transaction as
every change to a shipment or its lines.

A shipment's text is one index row (rowid = the shipment's id) while it fits in
:data:`ROW_CHARS` characters; a longer one (a 50,000-line import) is cut between lines into
several rows, written one by one, so neither Python nor FTS5 ever holds the whole text: these
rows' rowids lie in the shipment's own band of negative numbers (:func:`_band`). A search finds
a shipment when every word is in one of its rows: all words in one row (every shipment), or
each word in some row of a cut shipment (the few rows with negative rowids).
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

ROW_CHARS = 32_768  # a shipment's text up to this length is one index row
SLOTS = 2**20  # rowids in a cut shipment's band; the last row takes whatever is left

_HEAD = ("s.reference, s.ahars_code, s.export_mrn, s.cmr_no, s.declaration_no, s.truck_plate,"
         " s.notes")
_LINE = "l.description || ' ' || l.description_en || ' ' || l.marks || ' ' || l.lot"
_ASSET = "a.vin || ' ' || a.serial_no || ' ' || a.make || ' ' || a.model || ' ' || a.plates"
_BODY = f"""{_HEAD},
       (SELECT group_concat({_LINE}, ' \n') FROM line_item l WHERE l.shipment_id = s.id),
       (SELECT group_concat({_ASSET}, ' \n')
          FROM asset a JOIN line_item l ON l.id = a.line_id WHERE l.shipment_id = s.id)"""
_BODY_SQL = f"SELECT {_BODY} FROM shipment s WHERE s.id = ?"
_COUNT = "(SELECT count(*) FROM line_item l WHERE l.shipment_id = s.id)"
_LINES_SQL = f"SELECT {_LINE} FROM line_item l WHERE l.shipment_id = ? ORDER BY l.line_no"
_ASSETS_SQL = (f"SELECT {_ASSET} FROM asset a JOIN line_item l ON l.id = a.line_id"
               " WHERE l.shipment_id = ? ORDER BY a.id")
TABLE_SQL = """CREATE VIRTUAL TABLE shipment_search USING fts5(
    shipment_id UNINDEXED, body, tokenize = 'trigram case_sensitive 0')"""
_INSERT = "INSERT INTO shipment_search (rowid, shipment_id, body) VALUES (?, ?, ?)"
_SMALL = 200  # reindex_all writes shipments of at most this many lines in one statement


def _band(shipment_id: int) -> tuple[int, int]:
    """The first and last rowid of a cut shipment's rows (negative, increasing with its
    rows, so FTS5 appends them without a flush between rows)."""
    return -(shipment_id + 1) * SLOTS + 1, -shipment_id * SLOTS - 1


def reindex_shipment(db: Database, shipment_id: int) -> None:
    """Rewrite the search rows of one shipment (call inside the writing transaction)."""
    conn = db.conn
    first, last = _band(shipment_id)
    conn.execute("DELETE FROM shipment_search WHERE rowid = ?", (shipment_id,))
    conn.execute("DELETE FROM shipment_search WHERE rowid BETWEEN ? AND ?", (first, last))
    rows = _rows(_pieces(db, shipment_id))
    head = next(rows, None)
    if head is None:
        return
    second = next(rows, None)
    if second is None:
        conn.execute(_INSERT, (shipment_id, shipment_id, head))
        return
    conn.execute(_INSERT, (first, shipment_id, head))
    conn.execute(_INSERT, (first + 1, shipment_id, second))
    for rowid, body in enumerate(rows, start=first + 2):
        conn.execute(_INSERT, (rowid, shipment_id, body))


def _pieces(db: Database, shipment_id: int) -> Iterator[str]:
    """The shipment's texts in order: its header, each line, each asset (nothing: no such
    shipment)."""
    conn = db.conn
    head = conn.execute(f"SELECT {_HEAD} FROM shipment s WHERE s.id = ?",
                        (shipment_id,)).fetchone()
    if head is None:
        return
    yield " \n".join(str(part) for part in head if part)
    for sql in (_LINES_SQL, _ASSETS_SQL):
        for (text,) in conn.execute(sql, (shipment_id,)):
            yield text


def _rows(pieces: Iterator[str]) -> Iterator[str]:
    """The pieces joined into rows of about :data:`ROW_CHARS` characters, cut between pieces
    (a searched word never spans two: pieces are joined with whitespace); the row after the
    band's last slot takes all the rest."""
    batch: list[str] = []
    size = rows = 0
    for piece in pieces:
        if size + len(piece) > ROW_CHARS and batch and rows < SLOTS - 2:
            yield " \n".join(batch)
            batch, size, rows = [], 0, rows + 1
        batch.append(piece)
        size += len(piece) + 2
    if batch:
        yield " \n".join(batch)


def body_of(db: Database, shipment_id: int) -> str | None:
    """The text the search index holds for one shipment (None: no such shipment)."""
    row = db.conn.execute(_BODY_SQL, (shipment_id,)).fetchone()
    return None if row is None else " \n".join(str(part) for part in row if part)


def reindex_all(db: Database) -> None:
    """Rebuild the whole index (migration step, repair) in a new table (deleting its rows one
    by one would cost as much as writing them): the shipments of few lines in one statement,
    the others, and any whose text is longer than a row, one by one."""
    conn = db.conn
    conn.execute("DROP TABLE IF EXISTS shipment_search")
    conn.execute(TABLE_SQL)
    small = conn.execute(f"SELECT s.id, {_BODY} FROM shipment s WHERE {_COUNT} <= ?",
                         (_SMALL,))
    long = [sid for (sid,) in conn.execute(f"SELECT id FROM shipment s WHERE {_COUNT} > ?",
                                           (_SMALL,))]

    def one_row() -> Iterator[tuple[int, int, str]]:
        for sid, *parts in small:
            body = " \n".join(str(part) for part in parts if part)
            if len(body) <= ROW_CHARS:
                yield sid, sid, body
            else:
                long.append(sid)

    conn.executemany(_INSERT, one_row())
    for shipment_id in long:
        reindex_shipment(db, shipment_id)


def _quoted(text: str) -> list[str]:
    words = [w for w in text.split() if w]
    if not words or any(len(w) < 3 for w in words):
        return []
    return ['"' + w.replace('"', '""') + '"' for w in words]


_FIND = "SELECT shipment_id FROM shipment_search WHERE shipment_search MATCH ?"


def search_clause(text: str) -> tuple[str, list[object]]:
    """SQL condition on ``s.id`` for a search box text, with its parameters: all words in one
    index row, or (several words) each in some row of a shipment cut into several."""
    words: list[object] = [*_quoted(text)]
    if len(words) == 1:
        return f"s.id IN ({_FIND})", words
    if words:
        each = " INTERSECT ".join(f"{_FIND} AND rowid < 0" for _ in words)
        return (f"s.id IN ({_FIND} UNION ALL SELECT * FROM ({each}))",
                [" AND ".join(map(str, words)), *words])
    # One- or two-letter words: the trigram index cannot help; match the reference only.
    return ("s.reference LIKE ? ESCAPE '\\'", [f"%{_escape_like(text.strip())}%"])


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
