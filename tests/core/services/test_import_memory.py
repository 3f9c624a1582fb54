"""An import's peak memory does not grow with its number of lines (rows and lines are spilled,
inserted in chunks, the search index written a bounded row at a time): neither Python's heap nor
SQLite's own allocations; the figures at 5,000 / 20,000 / 50,000 lines are in ``make bench``."""

from __future__ import annotations

import csv
import ctypes
import ctypes.util
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from aidtracker.importer import spill
from aidtracker.services import imports
from aidtracker.store import linerows, search

_ITEMS = ("Blankets, wool, 150x200 cm", "Hygiene kits (carton)", "Camp beds, folding",
          "Generator 5 kVA", "Canned beef 400 g", "First aid kits DIN 13164")  # the file's
# shared strings stay few: what could grow is then only what the import keeps per line


def _rows(lines: int, unit: str = "pcs", hs: str = "630140") -> Iterator[list[object]]:
    yield ["Packing list 17/2026"]
    yield ["Description", "Quantity", "Unit", "Gross kg", "Value EUR", "Serial numbers",
           "HS code"]
    for i in range(1, lines + 1):
        yield [_ITEMS[i % len(_ITEMS)], i % 40 + 1, unit, i % 7 + 0.5, f"{i % 90 + 1},50",
               f"SN-{i}" if i % 100 == 0 else None, hs]


def _write_warned(path: Path, lines: int) -> Path:
    """Two warnings on every line: a unit kept as written, a 4-digit HS heading."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Packing list")
    for row in _rows(lines, unit="Rolle", hs="6301"):
        ws.append(row)
    wb.save(path)
    return path


def _write_csv(path: Path, lines: int) -> Path:
    with path.with_suffix(".csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(_rows(lines))
    return path.with_suffix(".csv")


def _write(path: Path, lines: int) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Packing list")
    for row in _rows(lines):
        ws.append(row)
    wb.save(path)
    return path


def _sqlite_counters() -> tuple[Callable[[], int], Callable[[], int]] | None:
    """SQLite's bytes in use and its high-water mark (reset on each read), when the library
    ctypes finds is the one the sqlite3 module uses (its counters move)."""
    name = ctypes.util.find_library("sqlite3")
    if name is None:
        return None
    lib = ctypes.CDLL(name)
    used, high = lib.sqlite3_memory_used, lib.sqlite3_memory_highwater
    used.restype = high.restype = ctypes.c_int64
    high.argtypes = [ctypes.c_int]
    return (lambda: int(used())), (lambda: int(high(1)))


def _peaks(db: Database, path: Path,
           sqlite: tuple[Callable[[], int], Callable[[], int]] | None) -> tuple[int, int]:
    """The peak of Python's heap and of SQLite's memory above where each stood before."""
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    if sqlite is not None:
        sqlite[1]()
        sqlite_before = sqlite[0]()
    result = imports.import_manifest(db, path, partner="Leipzig", recipient="Kyiv City Council",
                                     actor="tester")
    assert result.reference is not None
    python = tracemalloc.get_traced_memory()[1] - before
    return python, (sqlite[1]() - sqlite_before if sqlite is not None else 0)


@pytest.mark.parametrize("write", [_write, _write_csv, _write_warned],
                         ids=["xlsx", "csv", "warnings"])
def test_peak_memory_is_flat_in_the_number_of_lines(db: Database, seed: object,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    write: Callable[[Path, int], Path]) -> None:
    monkeypatch.setattr(spill, "IN_MEMORY", 32 * 1024)  # the bounded buffers, small here
    monkeypatch.setattr(spill, "CHUNK", 128)
    monkeypatch.setattr(linerows, "CHUNK", 200)
    monkeypatch.setattr(search, "ROW_CHARS", 8192)
    db.conn.execute("PRAGMA cache_size = 64")  # SQLite's page cache and FTS5's pending
    db.conn.execute("INSERT INTO shipment_search (shipment_search, rank)"  # terms, small too
                    " VALUES ('hashsize', 65536)")
    small, large = write(tmp_path / "small.xlsx", 1000), write(tmp_path / "large.xlsx", 4000)
    imports.import_manifest(db, large, partner="Leipzig", recipient="Kyiv City Council",
                            actor="tester")  # reference tables, caches and free lists filled
    sqlite = _sqlite_counters()
    tracemalloc.start()
    try:
        peaks = _peaks(db, small, sqlite), _peaks(db, large, sqlite)
    finally:
        tracemalloc.stop()
    assert db.conn.execute("SELECT count(*) FROM line_item").fetchone()[0] == 4000 + 1000 + 4000
    # 4× the lines, nearly the same memory: materialised rows and lines were ~4×, a dict per
    # line ~2×, a csv's whole text held ~2.7×, a warning per line kept until the end ~3.5×, the
    # search index's one row per shipment 4× in SQLite (a whole list's text)
    assert peaks[1][0] < 1.3 * peaks[0][0], peaks
    if sqlite is not None and peaks[0][1]:  # the counters are those of the sqlite3 module
        assert peaks[1][1] < 1.5 * peaks[0][1], peaks
