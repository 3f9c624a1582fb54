"""Goods lines typed as text (the editor's grid) become typed lines in the core, exactly."""

from __future__ import annotations

from datetime import date

from factories import make_line
from hypothesis import given
from hypothesis import strategies as st

from aidtracker.domain import Condition, Unit
from aidtracker.services.lines import LineDraft, draft_of, line_of, lines_of, suggested, totals


def test_text_is_parsed_exactly() -> None:
    draft = LineDraft(category="hygiene", description=" Рукавички ", qty="1 250,5", unit="pair",
                      net_kg="0,1", gross_kg="12", unit_value="3 500,00", currency="eur",
                      condition="used", wear_pct="20", expiry="01.03.2027", packages="3")
    line, problems = line_of(draft, 4)
    assert problems == [] and line is not None
    assert (line.line_no, line.description, line.qty_milli, line.unit, line.net_g,
            line.gross_g, line.unit_value_minor, line.currency, line.condition, line.wear_pct,
            line.expiry_date, line.packages) == (
        4, "Рукавички", 1_250_500, Unit.PAIR, 100, 12_000, 350_000, "EUR", Condition.USED, 20,
        date(2027, 3, 1), 3)


def test_each_bad_cell_is_one_problem_on_its_row() -> None:
    drafts = [LineDraft(qty="2"), LineDraft(qty="", unit_value="1,234", expiry="31.02.2027"),
              LineDraft(qty="x", currency="XXX", unit_value="5")]
    lines, problems = lines_of(drafts)
    assert [ln.line_no for ln in lines] == [1]
    assert [(p.row, p.field, p.rule) for p in problems] == [
        (2, "unit_value_minor", "too_precise"), (2, "expiry_date", "not_a_date"),
        (2, "qty_milli", "required"), (3, "qty_milli", "not_a_number"),
        (3, "currency", "unknown_currency")]


def test_an_entered_total_survives_only_while_its_inputs_do() -> None:
    stored = make_line(qty_milli=3_000, unit_value_minor=1_000, value_minor=2_999)
    same, _ = line_of(draft_of(stored), 1)
    retyped, _ = line_of(LineDraft(**{**vars(draft_of(stored)), "qty": "4"}), 1)
    assert same is not None and same.total_value_minor == 2_999
    assert retyped is not None and retyped.value_minor is None
    assert retyped.total_value_minor == 4_000


@given(qty=st.integers(1, 10**9), value=st.integers(0, 10**9), gross=st.integers(0, 10**9))
def test_a_stored_line_reads_back_unchanged(qty: int, value: int, gross: int) -> None:
    stored = make_line(line_no=1, qty_milli=qty, unit_value_minor=value, gross_g=gross)
    line, problems = line_of(draft_of(stored), 1)
    assert problems == [] and line == stored


def test_totals_and_category_suggestions() -> None:
    drafts = [LineDraft(qty="2", unit_value="10", gross_kg="1,5"),
              LineDraft(qty="1", unit_value="5", currency="PLN"), LineDraft(qty="bad")]
    assert totals(drafts) == ({"EUR": 2_000, "PLN": 500}, 1_500, 3)
    assert suggested("no such category") == ("", "")
    hs, unit = suggested("hygiene")
    assert hs and unit
