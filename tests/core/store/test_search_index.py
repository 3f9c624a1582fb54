"""The search index: one row per shipment, a long shipment cut into rows in its own rowid band,
and a search that still finds every word of a cut shipment, whichever rows hold them."""

from __future__ import annotations

import pytest
from factories import make_header, make_line
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidtracker.domain import Asset, AssetKind
from aidtracker.services.listing import ShipmentQuery, count_shipments
from aidtracker.services.shipments import create_shipment, get_detail
from aidtracker.store import search, unit_of_work
from aidtracker.store import shipments as repo


def _rows(db, shipment_id: int) -> list[tuple[int, str]]:
    return [(int(r[0]), str(r[1])) for r in db.conn.execute(
        "SELECT rowid, body FROM shipment_search WHERE shipment_id = ? ORDER BY rowid",
        (shipment_id,))]


def _found(db, text: str) -> set[int]:
    clause, params = search.search_clause(text)
    return {r[0] for r in db.conn.execute(f"SELECT s.id FROM shipment s WHERE {clause}",
                                          params)}


def _long(db, seed, words: list[str], vin: str = "") -> int:
    lines = [make_line(description=f"Ковдра {word}", description_en="blanket")
             for word in words]
    if vin:
        lines.append(make_line(category="veh.ambulance", qty_milli=1000, hs_code="870332",
                               assets=(Asset(id=None, kind=AssetKind.VEHICLE, vin=vin),)))
    ref = create_shipment(db, make_header(seed, notes="Примітка зимова"), lines, actor="a")
    return int(get_detail(db, ref).shipment.id or 0)


def test_a_short_shipment_is_one_row_at_its_own_id(db, seed) -> None:
    sid = _long(db, seed, ["alpha", "beta"])
    rows = _rows(db, sid)
    assert [rowid for rowid, _ in rows] == [sid]
    assert rows[0][1] == search.body_of(db, sid)


def test_a_long_shipment_is_cut_between_lines_and_found_by_words_in_different_rows(
        db, seed, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "ROW_CHARS", 120)
    words = [f"word{i:03d}x" for i in range(60)]
    sid = _long(db, seed, words, vin="ZZD0AMB2026000042")
    other = _long(db, seed, ["elsewhere"], vin="ZZD0AMB2026000043")
    rows = _rows(db, sid)
    first, last = search._band(sid)
    assert len(rows) > 10 and all(first <= rowid <= last for rowid, _ in rows)
    assert all(len(body) <= 120 + 60 for _, body in rows)  # one line past the bound at most
    assert " \n".join(body for _, body in rows) == search.body_of(db, sid)  # every line, once
    where = {w: next(i for i, (_, body) in enumerate(rows) if w in body)
             for w in ("word000x", "word059x", "AMB2026000042")}
    assert where["word000x"] != where["word059x"]  # the words sit in different rows
    assert where["word000x"] != where["AMB2026000042"]
    assert _found(db, "WORD000X word059x amb2026000042 зимова") == {sid}
    assert _found(db, "word030x") == {sid}
    assert _found(db, "word000x elsewhere") == set()  # two shipments' words: neither
    assert _found(db, "word000x nothing-like-this") == set()
    assert _found(db, "elsewhere amb2026000043") == {other}
    assert count_shipments(db, ShipmentQuery(search="word001x word058x")) == 1


def test_reindexing_leaves_no_stale_rows(db, seed, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "ROW_CHARS", 120)
    sid = _long(db, seed, [f"w{i:03d}yy" for i in range(30)])
    assert len(_rows(db, sid)) > 1
    monkeypatch.setattr(search, "ROW_CHARS", 100_000)
    with unit_of_work(db):
        repo.refresh_summary(db, sid)
    assert [rowid for rowid, _ in _rows(db, sid)] == [sid]
    monkeypatch.setattr(search, "ROW_CHARS", 120)
    with unit_of_work(db):
        repo.refresh_summary(db, sid)
    assert len(_rows(db, sid)) > 1 and all(rowid < 0 for rowid, _ in _rows(db, sid))
    assert _found(db, "w000yy w029yy") == {sid}


def test_rebuilding_the_whole_index_writes_the_same_rows(
        db, seed, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "ROW_CHARS", 150)
    monkeypatch.setattr(search, "_SMALL", 5)
    ids = [_long(db, seed, [f"v{n}{i:03d}q" for i in range(count)])
           for n, count in enumerate((1, 5, 6, 40))]
    before = {sid: _rows(db, sid) for sid in ids}
    with unit_of_work(db):
        search.reindex_all(db)
    assert {sid: _rows(db, sid) for sid in ids} == before
    assert len(before[ids[3]]) > 1 and _found(db, "v3000q v3039q") == {ids[3]}


_WORD = st.text("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяabcdefxyz", min_size=3, max_size=7)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.lists(_WORD, min_size=1, max_size=3), min_size=1, max_size=12),
       asked=st.lists(_WORD, min_size=1, max_size=3), size=st.integers(10, 200))
def test_a_search_finds_a_shipment_iff_its_text_holds_every_word(
        db, seed, lines: list[list[str]], asked: list[str], size: int) -> None:
    search_size = search.ROW_CHARS
    search.ROW_CHARS = size
    try:
        ref = create_shipment(db, make_header(seed), [
            make_line(description=" ".join(words), description_en="") for words in lines],
            actor="a")
    finally:
        search.ROW_CHARS = search_size
    sid = int(get_detail(db, ref).shipment.id or 0)
    body = (search.body_of(db, sid) or "").casefold()
    expected = all(word.casefold() in body for word in asked)
    assert (sid in _found(db, " ".join(asked))) is expected
