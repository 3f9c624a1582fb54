"""The shipments list: keyset pages, counts, the quick connection and 'Needs attention'."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from factories import DEMO_TODAY, make_header, make_line

from aidtracker.domain import Status
from aidtracker.errors import DatabaseRefused
from aidtracker.services import listing
from aidtracker.services.listing import ShipmentQuery, count_shipments, list_page
from aidtracker.services.shipments import create_shipment


@pytest.fixture(scope="module")
def demo_path(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo(demo_path: Path):
    db = listing.connect_verified_later(demo_path)
    assert db is not None
    yield db
    db.close()


def _walk(db, query: ShipmentQuery, size: int) -> list[str]:
    refs: list[str] = []
    page = list_page(db, query, limit=size)
    refs += [r.reference for r in page.rows]
    while page.next_key is not None:
        page = list_page(db, query, after=page.next_key, limit=size)
        refs += [r.reference for r in page.rows]
    return refs


@pytest.mark.parametrize("sort", sorted(listing.SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_match_offset_pages_for_every_sort(demo, sort: str, descending: bool) -> None:
    query = ShipmentQuery(sort=sort, descending=descending)
    total = count_shipments(demo, query)
    by_offset = [r.reference for r in listing.list_shipments(demo, query, limit=total)]
    assert _walk(demo, query, 5) == by_offset
    assert len(set(by_offset)) == total == 42


def test_count_matches_rows_with_filters(demo) -> None:
    for query in (ShipmentQuery(status=Status.AT_BORDER), ShipmentQuery(partner="münchen"),
                  ShipmentQuery(partner="Мюнхен"), ShipmentQuery(search="ZZD0AMB"),
                  ShipmentQuery(date_from=date(2026, 1, 1), date_to=date(2026, 2, 1))):
        assert count_shipments(demo, query) == len(listing.list_shipments(demo, query, limit=500))


def test_row_by_reference(demo) -> None:
    row = listing.list_shipments(demo, ShipmentQuery(), limit=1)[0]
    assert listing.row_by_reference(demo, row.reference) == row
    assert listing.row_by_reference(demo, "NOPE") is None


def test_needs_attention_lists_deadlines_blockers_holds_and_counts(demo) -> None:
    attention = listing.needs_attention(demo, DEMO_TODAY)
    assert sum(attention.counts.values()) == 42
    assert attention.held and all(i.status is Status.HELD_AT_CUSTOMS for i in attention.held)
    assert {i.state for i in attention.deadlines} <= {"overdue", "at_risk"}
    assert attention.blockers and all(i.text_en and i.text_uk for i in attention.blockers)
    assert not attention.partial
    dues = [i.due for i in attention.deadlines]
    assert dues == sorted(dues)


def test_needs_attention_agrees_with_the_full_detail(demo) -> None:
    from aidtracker.rules import blocking_for
    from aidtracker.services.shipments import get_detail
    from aidtracker.workflow import allowed_events

    today = DEMO_TODAY
    attention = listing.needs_attention(demo, today)
    by_ref = {(i.reference, i.code) for i in attention.blockers}
    for ref in {i.reference for i in attention.blockers}:
        detail = get_detail(demo, ref, today=today)
        events = [e for e in allowed_events(detail.shipment.status)
                  if e.value not in listing._SIDE_EVENTS]
        expected = {(ref, item.rule.id) for e in events
                    for item in blocking_for(e, detail.checklist)}
        assert expected == {k for k in by_ref if k[0] == ref}


def test_needs_attention_caps_the_shipments_it_reads(demo) -> None:
    attention = listing.needs_attention(demo, DEMO_TODAY, max_shipments=3)
    assert attention.checked == 3 and attention.partial


def test_connect_verified_later_refuses_foreign_files(tmp_path: Path) -> None:
    import sqlite3

    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    before = foreign.read_bytes()
    with pytest.raises(DatabaseRefused):
        listing.connect_verified_later(foreign)
    assert foreign.read_bytes() == before
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(DatabaseRefused):
        listing.connect_verified_later(empty)


def test_connect_verified_later_leaves_migrations_to_open_database(db_path: Path) -> None:
    from aidtracker.store import create_database

    create_database(db_path, stop_before="0002_search_and_indexes").close()
    assert listing.connect_verified_later(db_path) is None


def test_pages_follow_new_rows(db, seed) -> None:
    for day in range(3):
        create_shipment(db, make_header(seed, planned_loading=date(2026, 1, 1) + timedelta(day)),
                        [make_line()], actor="a")
    query = ShipmentQuery(sort="reference", descending=False)
    first = list_page(db, query, limit=2)
    year = date.today().year
    assert [r.reference for r in first.rows] == [f"KYV-{year}-0001", f"KYV-{year}-0002"]
    rest = list_page(db, query, after=first.next_key, limit=2)
    assert len(rest.rows) == 1 and rest.next_key is None
