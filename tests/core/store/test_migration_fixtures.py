"""Frozen databases of every earlier schema open, migrate and keep every row (T14)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from aidtracker.paths import backup_dir
from aidtracker.services.listing import ShipmentQuery, count_shipments
from aidtracker.services.shipments import get_detail
from aidtracker.store import SCHEMA_VERSION, create_database, open_database
from aidtracker.store.backup import verify_backup

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
TABLES = ["partnership", "organisation", "shipment", "line_item", "asset", "number_series",
          "setting"]
VERSIONS = sorted(int(p.stem.split("_v")[1]) for p in FIXTURES.glob("db_v*.sqlite"))


def _columns(path: Path) -> dict[str, str]:
    """Each table's columns in the file as it was (later steps may add columns)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({t})"))
                for t in TABLES}
    finally:
        conn.close()


def _content(path: Path, columns: dict[str, str]) -> dict[str, tuple[int, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for table in TABLES:
            rows = sorted(repr(r) for r in conn.execute(f"SELECT {columns[table]} FROM {table}"))
            out[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        return out
    finally:
        conn.close()


def _schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted((r[0], r[1] or "") for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


def test_every_earlier_schema_has_a_frozen_fixture() -> None:
    assert list(range(1, SCHEMA_VERSION)) == VERSIONS


@pytest.mark.parametrize("version", VERSIONS)
def test_fixture_migrates_with_every_row(tmp_path: Path, version: int) -> None:
    path = tmp_path / "office.db"
    shutil.copyfile(FIXTURES / f"db_v{version}.sqlite", path)
    columns = _columns(path)
    before = _content(path, columns)
    db = open_database(path)
    try:
        assert _content(path, columns) == before
        detail = get_detail(db, "KYV-2026-0003")
        assert detail.totals.gross_g == 3000 and detail.totals.lines == 30
        assert get_detail(db, "KYV-2026-0001").lines[0].assets[0].vin == "ZZD0AMB2026000001"
        assert count_shipments(db, ShipmentQuery(search="ZZD0AMB2026000002")) == 1
        assert count_shipments(db, ShipmentQuery(search="зимова")) == 3
        assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    fresh = tmp_path / "fresh.db"
    create_database(fresh).close()
    assert _schema(path) == _schema(fresh)
    (backup,) = backup_dir(path).iterdir()
    verify_backup(backup)
    assert _content(backup, columns) == before
    again = open_database(path)  # re-applying is a no-op
    again.close()
    assert len(list(backup_dir(path).iterdir())) == 1
