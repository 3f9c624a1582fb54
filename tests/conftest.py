"""Shared fixtures: a migrated database per test; tests using Qt are marked ``gui``."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AIDTRACKER_USER", "tester")
os.environ.setdefault("AIDTRACKER_LANG", "en")  # messages the tests read are English
# The data folder (pending-write notes, demo data) of the test run, never the real user's.
os.environ.setdefault("AIDTRACKER_HOME", tempfile.mkdtemp(prefix="aidtracker-home-"))

from factories import DEMO_TODAY, Seed

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = SHARED / "samples"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses qtbot/qapp as ``gui`` so ``-m 'not gui'`` runs the pure suite."""
    for item in items:
        if {"qtbot", "qapp", "qtmodeltester"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test session (a closed file: copy it, never open it)."""
    from aidtracker.demo.builder import build_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    build_demo(path, today=DEMO_TODAY)
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "aid.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    from aidtracker.store import create_database

    database = create_database(db_path)
    yield database
    database.close()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sha256():
    """Hash a file's bytes (to prove a refused or failed action changed nothing)."""
    return _sha256


@pytest.fixture
def seed(db: Database) -> Seed:
    """A partner pair, a donor, a recipient and an acquirer in ``db``."""
    from aidtracker.domain import Organisation, OrgKind, Partnership
    from aidtracker.store import parties, unit_of_work

    with unit_of_work(db):
        p = parties.insert_partnership(db, Partnership(
            id=None, own_city="Kyiv", partner_city="Leipzig", partner_country="DE"), "tester")
        d = parties.insert_organisation(db, Organisation(
            id=None, kind=OrgKind.CITY_AUTHORITY, name_en="City of Leipzig", country="DE"),
            "tester")
        r = parties.insert_organisation(db, Organisation(
            id=None, kind=OrgKind.CITY_AUTHORITY, name_en="Kyiv City Council",
            name_uk="Київська міська рада", edrpou="99000011", ahars_recipient_no="R-1"),
            "tester")
        a = parties.insert_organisation(db, Organisation(
            id=None, kind=OrgKind.BUDGET_INSTITUTION, name_en="Hospital No. 1"), "tester")
    return Seed(p, d, r, a)
