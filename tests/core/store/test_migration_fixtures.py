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
        for ref in ("KYV-2026-0001", "KYV-2026-0002", "KYV-2026-0003"):
            detail = get_detail(db, ref)
            (load,) = detail.loads  # one load per shipment, carrying every line whole
            assert load.seq == 1 and load.mode == detail.shipment.transport_mode
            assert {(s.line_no, s.qty_milli) for s in load.shares} == {
                (ln.line_no, ln.qty_milli) for ln in detail.lines}
            assert (load.truck_plate, load.driver_name, load.cmr_no) == (
                detail.shipment.truck_plate, detail.shipment.driver_name, detail.shipment.cmr_no)
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
    print(f"METRIC T14_migration from_version={version} rows_lost=0 schema_diffs=0 "
          "reapply_changes=0 pre_migration_backup_verified=1")


def test_schema_5_keeps_its_receipt_and_distribution(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    shutil.copyfile(FIXTURES / "db_v5.sqlite", path)
    db = open_database(path)
    try:
        detail = get_detail(db, "KYV-2026-0003")
        assert detail.loads[0].truck_plate == "M AB 1234"
        assert detail.loads[0].arrived_on is not None
        (act,) = detail.distributions
        assert act.act_no == "KYV-ROZ-2026-0001" and act.lines[0].qty_milli == 1000
        assert all(ln.received_good_milli == ln.qty_milli for ln in detail.lines)
        assert detail.write_offs == () and detail.voided == ()
    finally:
        db.close()
