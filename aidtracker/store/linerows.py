"""Goods lines written in bulk: a line as a plain row of values, rows inserted in chunks.

An import turns each parsed line into a :data:`LineRow` as soon as it is read (so the lines
need not be kept as objects) and inserts them all in the caller's transaction, a chunk of
:data:`CHUNK` rows per ``executemany``; lines with serials or VINs are inserted one by one for
their assets' line id. No audit row per line: the caller records the batch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from itertools import islice
from operator import attrgetter

from sqlite_utils import Database

from aidtracker.domain import Asset, LineItem
from aidtracker.store.rows import to_db

CHUNK = 1000
_SKIP = frozenset({"id", "line_no", "assets"})
LINE_COLUMNS = tuple(f.name for f in dataclasses.fields(LineItem) if f.name not in _SKIP)
ASSET_COLUMNS = tuple(f.name for f in dataclasses.fields(Asset) if f.name != "id")
LineRow = tuple[tuple[object, ...], tuple[tuple[object, ...], ...]]  # (line values, assets)


def _cell(value: object) -> object:
    """:func:`to_db` with the common cases first (text, whole numbers, empty)."""
    kind = type(value)
    return value if kind is str or kind is int or value is None else to_db(value)


_LINE_VALUES = attrgetter(*LINE_COLUMNS)
_CONVERTED = tuple(i for i, f in enumerate(f for f in dataclasses.fields(LineItem)
                                           if f.name not in _SKIP)
                   if f.type not in ("str", "int", "int | None"))  # enums, dates: stored as text


def line_row(line: LineItem) -> LineRow:
    """The stored values of ``line`` (without its id and number) and of its assets."""
    cells = list(_LINE_VALUES(line))
    for i in _CONVERTED:
        cells[i] = to_db(cells[i])
    values = tuple(cells)
    assets = tuple(tuple([_cell(getattr(a, name)) for name in ASSET_COLUMNS])
                   for a in line.assets)
    return values, assets


_LINE_SQL = (f"INSERT INTO line_item (shipment_id, line_no, {', '.join(LINE_COLUMNS)})"
             f" VALUES (?, ?{', ?' * len(LINE_COLUMNS)})")
_ASSET_SQL = (f"INSERT INTO asset (line_id, {', '.join(ASSET_COLUMNS)})"
              f" VALUES (?{', ?' * len(ASSET_COLUMNS)})")


def insert_line_rows(db: Database, shipment_id: int, rows: Iterable[LineRow],
                     first_no: int = 1) -> int:
    """Insert ``rows`` as lines ``first_no``, ``first_no + 1``… of the shipment; returns how
    many. Memory stays bounded by one chunk whatever the number of rows."""
    conn = db.conn
    count = 0
    it = iter(rows)
    while chunk := list(islice(it, CHUNK)):
        numbered = [(no, values, assets)
                    for no, (values, assets) in enumerate(chunk, start=first_no + count)]
        conn.executemany(_LINE_SQL, _plain(shipment_id, numbered))
        for no, values, assets in numbered:
            if assets:
                cur = conn.execute(_LINE_SQL, (shipment_id, no, *values))
                insert_assets(db, int(cur.lastrowid or 0), assets)
        count += len(chunk)
    return count


def insert_assets(db: Database, line_id: int, assets: tuple[tuple[object, ...], ...]) -> None:
    """The asset rows of one line."""
    db.conn.executemany(_ASSET_SQL, ((line_id, *a) for a in assets))


def _plain(shipment_id: int, numbered: list[tuple[int, tuple[object, ...],
                                                  tuple[tuple[object, ...], ...]]]
           ) -> Iterator[tuple[object, ...]]:
    for no, values, assets in numbered:
        if not assets:
            yield (shipment_id, no, *values)
