"""The list's first page read without sqlite-utils (the window's start-up preview)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from aidtracker.services.listing import connect_verified_later
from aidtracker.services.pages import ShipmentQuery, count_shipments, list_page, peek_first_page

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def demo_path(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("peek") / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.mark.parametrize("query", [ShipmentQuery(), ShipmentQuery(sort="reference",
                                                                  descending=False)])
def test_peek_reads_what_the_list_reads_and_writes_nothing(demo_path: Path,
                                                           query: ShipmentQuery) -> None:
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    peek = peek_first_page(demo_path, query, 10)
    assert peek is not None
    db = connect_verified_later(demo_path)
    assert db is not None
    try:
        assert peek[0] == count_shipments(db, query) > 10
        assert peek[1] == list_page(db, query, limit=10)
    finally:
        db.close()
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_peek_shows_nothing_of_files_that_are_not_ours(tmp_path: Path) -> None:
    empty, foreign, folder = tmp_path / "empty.db", tmp_path / "foreign.db", tmp_path / "dir"
    empty.touch()
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    folder.mkdir()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    for path in (empty, foreign, folder, garbage, tmp_path / "missing.db"):
        assert peek_first_page(path, ShipmentQuery(), 10) is None, path
    assert empty.stat().st_size == 0


def test_the_first_page_needs_no_heavy_library() -> None:
    """What the window imports before its first paint: no sqlite-utils, ReportLab, openpyxl,
    Babel, importer or the domain's records (PERFORMANCE.md: import on first use)."""
    code = ("import sys, ui.app, ui.main.database_flows; "
            "print(' '.join(sorted(m for m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.split()
    heavy = {"sqlite_utils", "reportlab", "openpyxl", "babel", "aidtracker.importer",
             "aidtracker.domain.records", "aidtracker.services.listing", "pypdf",
             "ui.editor.editor", "psutil"}
    assert heavy.isdisjoint(out), heavy & set(out)
