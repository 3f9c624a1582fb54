"""Search results say what matched (no Qt)."""

from __future__ import annotations

from factories import make_header, make_line
from hypothesis import given
from hypothesis import strategies as st

from aidtracker.services.finding import excerpt, matched_texts
from aidtracker.services.listing import ShipmentQuery, list_shipments
from aidtracker.services.shipments import create_shipment


def test_matched_texts_show_the_found_words(db, seed) -> None:
    gloves = create_shipment(db, make_header(seed), [make_line()], actor="a")
    create_shipment(db, make_header(seed), [make_line(description="Ковдра вовняна",
                                                      description_en="Wool blanket")], actor="a")
    rows = list_shipments(db, ShipmentQuery(search="нітрил"))
    assert [r.reference for r in rows] == [gloves]
    found = matched_texts(db, "нітрил", [r.id for r in rows])
    assert list(found.values()) == [found[rows[0].id]] and "нітрилові" in found[rows[0].id]


def test_excerpt_cuts_around_the_match() -> None:
    body = "A" * 100 + " Generator diesel 30 kVA " + "B" * 100
    text = excerpt(body, "DIESEL")
    assert text.startswith("…") and text.endswith("…") and "Generator diesel 30 kVA" in text
    assert excerpt("nothing here", "gloves") == ""


@given(st.text(min_size=1, max_size=60), st.text(min_size=1, max_size=8).filter(str.strip))
def test_excerpt_contains_the_word_whenever_the_body_does(body: str, word: str) -> None:
    word = word.split()[0]
    result = excerpt(body, word)
    flat = " ".join(body.split())
    if word.casefold() in flat.casefold():
        assert word.casefold() in result.casefold() or len(word.casefold()) != len(word)
    else:
        assert result == ""
