"""The partner's template in its language: categories in the partner's language beside
Ukrainian in the drop-down (imported exactly), and a load column that puts each line on its
load, loads created as needed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from factories import fill_template
from hypothesis import given
from hypothesis import strategies as st

from aidtracker.cli.main import main
from aidtracker.errors import ValidationFailed
from aidtracker.importer.template import load_number
from aidtracker.ledger.template import LISTS_SHEET, category_choice, field_order

ROWS = [  # what a partner picks: German categories from the drop-down, two trucks
    {"description": "Rettungswagen Mercedes Sprinter", "quantity": 2, "unit": "pcs",
     "category": "Rettungswagen / Автомобілі швидкої допомоги", "unit_value": 18500,
     "currency": "EUR", "load": 1},
    {"description": "Verbandsmaterial", "quantity": 40, "unit": "pack",
     "category": category_choice("med.consumable", "de"),
     "unit_value": 3.5, "currency": "EUR", "load": 2},
    {"description": "Wolldecken", "quantity": 100, "unit": "pcs",
     "category": category_choice("shelter.bedding", "de"),
     "unit_value": 4, "currency": "EUR", "load": 2},
    {"description": "Stromerzeuger", "quantity": 1, "unit": "pcs",
     "category": category_choice("energy.genset_diesel", "de"), "unit_value": 900,
     "currency": "EUR"},
]


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


def _show(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_dropdown_offers_the_partners_names_beside_ukrainian(demo: Path, tmp_path: Path
                                                             ) -> None:
    out = tmp_path / "t.xlsx"
    assert main(["template", str(out), "--db", str(demo), "--partner", "München"]) == 0
    wb = openpyxl.load_workbook(out)
    values = [r[1] for r in wb[LISTS_SHEET].iter_rows(min_row=2, values_only=True) if r[1]]
    assert "Rettungswagen / Автомобілі швидкої допомоги" in values
    assert "Ambulances / Автомобілі швидкої допомоги" not in values
    assert field_order()[-1] == "load"
    assert category_choice("veh.ambulance", "cs") == "Ambulances / Автомобілі швидкої допомоги"


def test_loads_and_german_categories_import_exactly(demo: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "München.xlsx"
    assert main(["template", str(out), "--db", str(demo), "--partner", "München"]) == 0
    fill_template(out, ROWS)
    result = _show(capsys, ["import-manifest", str(out), "--db", str(demo), "--partner",
                            "Munich", "--recipient", "Kyiv", "--json"])
    assert result["ok"] and not result["problems"]
    shown = _show(capsys, ["show", str(result["reference"]), "--db", str(demo), "--json"])
    items = shown["items"]
    assert isinstance(items, list)
    assert [i["category"] for i in items] == ["veh.ambulance", "med.consumable",
                                              "shelter.bedding", "energy.genset_diesel"]
    loads = shown["loads"]
    assert isinstance(loads, list) and [ld["number"] for ld in loads] == [1, 2]
    on = {ld["number"]: sorted(x["line"] for x in ld["lines"]) for ld in loads}
    assert on == {1: [1, 4], 2: [2, 3]}


def test_a_bad_load_number_is_refused_naming_the_row(demo: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bad.xlsx"
    assert main(["template", str(out), "--db", str(demo), "--partner", "München"]) == 0
    fill_template(out, [{**ROWS[0], "load": "zwei"}])
    before = demo.read_bytes()
    capsys.readouterr()
    assert main(["import-manifest", str(out), "--db", str(demo), "--partner", "Munich",
                 "--recipient", "Kyiv"]) == 2
    err = capsys.readouterr().err
    assert "zwei" in err and "3" in err
    assert demo.read_bytes() == before


@given(st.integers(1, 99), st.sampled_from([int, float, str, lambda n: f" {n}.0 "]))
def test_load_numbers_read_as_typed(number: int, form: object) -> None:
    assert load_number(form(number), 7) == number  # type: ignore[operator]


@given(st.one_of(st.integers(max_value=0), st.integers(min_value=100),
                 st.floats(0.01, 99).filter(lambda x: x != int(x)),
                 st.text(min_size=1, max_size=8).filter(
                     lambda s: not s.strip().replace(".", "", 1).isascii()
                     or not s.strip().replace(".", "", 1).isdigit()).filter(str.strip)))
def test_anything_else_is_refused_naming_the_row(value: object) -> None:
    with pytest.raises(ValidationFailed) as caught:
        load_number(value, 7)
    assert caught.value.problems[0].row == 7


def test_blank_load_is_none() -> None:
    assert load_number(None, 3) is None and load_number("  ", 3) is None
