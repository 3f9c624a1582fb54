"""Fixtures of the reliability battery: a soak database and a large database, built once."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from battery import ROOT


def _soak_seed(path: Path) -> None:
    subprocess.run([sys.executable, "-m", "aidtracker.cli.soak", str(path), "--seed",
                    "--saves", "30"], check=True, cwd=ROOT, capture_output=True)


@pytest.fixture
def soak_db(tmp_path: Path) -> Path:
    """A database with 30 five-line shipments made by the soak writer."""
    path = tmp_path / "soak.db"
    _soak_seed(path)
    return path


@pytest.fixture(scope="session")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An AidTracker database of about 40 MiB (bulk audit rows), for kill-during-backup."""
    from aidtracker.store import create_database

    path = tmp_path_factory.mktemp("large") / "large.db"
    db = create_database(path)
    try:
        blob = "x" * 4000
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.executemany(
            "INSERT INTO audit (at, actor, entity, entity_id, action, before, after)"
            " VALUES ('2026-01-01T00:00:00+00:00', 'bulk', 'note', ?, 'add', NULL, ?)",
            ((str(i), blob) for i in range(10_000)))
        db.conn.execute("COMMIT")
    finally:
        db.close()
    yield path
