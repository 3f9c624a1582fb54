"""The packing-list template for a partner city: written, filled as a partner would, imported."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from factories import fill_template

from aidtracker.cli.main import main
from aidtracker.ledger.template import ID_SHEET, LISTS_SHEET, field_order, list_values, wording

# What a partner types, cell by cell, as Excel stores it (floats for numbers, a datetime).
ROWS = [
    {"line_no": 1, "description": "Verbandsmaterial, steril", "description_uk":
     "Перевʼязувальні матеріали", "quantity": 120, "unit": "pack", "packages": 4,
     "category": "Medical consumables", "hs_code": "300590", "net_kg": 12.345,
     "gross_kg": 14.5, "unit_value": 3.5, "currency": "EUR", "condition": "new",
     "expiry": datetime(2028, 5, 31), "lot": "L-77"},
    {"line_no": 2, "description": "Rettungswagen Mercedes Sprinter", "quantity": 2,
     "unit": "pcs", "packages": 2, "category": "Ambulances", "hs_code": "870332",
     "net_kg": 3100, "gross_kg": 3500, "unit_value": 18500, "currency": "EUR",
     "condition": "used", "wear": 35, "serials": "WDB9066331S123456, WDB9066331S654321"},
    {"line_no": 3, "description": "Stromerzeuger 5 kW", "quantity": 3, "unit": "pcs",
     "packages": 3, "category": "Diesel generator sets", "hs_code": "850211",
     "net_kg": 85.5, "gross_kg": 92, "unit_value": 1249.99, "currency": "PLN",
     "serials": "GEN-1, GEN-2, GEN-3"},
    {"line_no": 4, "description": "Wolldecken", "quantity": 250.5, "unit": "kg",
     "packages": 10, "category": "Sleeping bags, blankets, tents", "hs_code": "630140",
     "net_kg": 250.5, "gross_kg": 262, "unit_value": 4.2, "currency": "EUR"},
]


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


def _template(demo: Path, out: Path, *args: str) -> None:
    assert main(["template", str(out), "--db", str(demo), "--partner", "München", *args]) == 0


def _mappings(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT key, value FROM setting WHERE key LIKE 'import_mapping:%'"
                            " ORDER BY key").fetchall()


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_a_filled_template_imports_every_value_exactly(demo: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "München.xlsx"
    _template(demo, out, "--lang", "de")
    fill_template(out, ROWS)
    remembered = _mappings(demo)
    result = _json(capsys, ["import-manifest", str(out), "--db", str(demo), "--partner",
                            "Munich", "--recipient", "Kyiv", "--json"])
    assert result["ok"] and not [p for p in result["problems"]]  # type: ignore[attr-defined]
    assert _mappings(demo) == remembered  # the partner's own mapping is not replaced
    shown = _json(capsys, ["show", str(result["reference"]), "--db", str(demo), "--json"])
    items = shown["items"]
    assert isinstance(items, list) and len(items) == len(ROWS)
    for typed, line in zip(ROWS, items, strict=True):
        assert line["description_en"] == typed["description"]
        assert line["description"] == typed.get("description_uk", "")
        assert Decimal(line["quantity"]) == Decimal(str(typed["quantity"]))
        assert line["unit"] == typed["unit"] and line["packages"] == typed["packages"]
        assert line["hs_code"] == typed["hs_code"] and line["currency"] == typed["currency"]
        for key in ("net_kg", "gross_kg", "unit_value"):
            assert Decimal(line[key]) == Decimal(str(typed[key])), key
        assert line["condition"] == typed.get("condition", "new")
        assert line["wear_pct"] == typed.get("wear")
        expiry = typed.get("expiry")
        assert line["expiry_date"] == (expiry.date().isoformat() if expiry else None)
        assert line["lot"] == typed.get("lot", "")
        serials = [s.strip() for s in str(typed.get("serials", "")).split(",") if s.strip()]
        assert line["serials"] == serials
    categories = [line["category"] for line in items]
    assert categories == ["med.consumable", "veh.ambulance", "energy.genset_diesel",
                          "shelter.bedding"]


def test_the_template_carries_lists_checks_and_print_setup(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    _template(demo, out)  # München's language by its country: German
    wb = openpyxl.load_workbook(out)
    assert [ws.sheet_state for ws in wb] == ["visible", "visible", "hidden", "hidden"]
    goods = wb.worksheets[1]
    assert goods.title.startswith("Waren") and goods.freeze_panes == "B3"
    titles = [c.value for c in goods[2]]
    assert titles[1] == "Beschreibung\nОпис (мовою донора)" and len(titles) == len(field_order())
    assert goods.page_setup.orientation == "landscape" and goods.print_title_rows == "$2:$2"
    lists = wb[LISTS_SHEET]
    kinds = {}
    for dv in goods.data_validations.dataValidation:
        column = str(dv.sqref).split(":")[0].rstrip("0123456789")
        kinds[field_order()[openpyxl.utils.column_index_from_string(column) - 1]] = dv
    assert kinds["expiry"].type == "date" and kinds["hs_code"].type == "custom"
    assert "LEN(H3)=6" in kinds["hs_code"].formula1
    for field, name in (("unit", "units"), ("category", "categories"),
                        ("currency", "currencies"), ("condition", "conditions")):
        dv = kinds[field]
        assert dv.type == "list"
        ref = dv.formula1.split("!")[1].replace("$", "")
        values = [c.value for row in lists[ref] for c in row]
        assert values == list_values("de")[name] and values
    ident = dict(wb[ID_SHEET].iter_rows(values_only=True))
    assert ident["partner"] == "München" and ident["office"] == "KYV" and ident["version"] == "1"


def test_a_changed_identification_is_refused_and_nothing_written(
        demo: Path, tmp_path: Path, sha256, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "t.xlsx"
    _template(demo, out)
    fill_template(out, ROWS[:1])
    wb = openpyxl.load_workbook(out)
    for row in wb[ID_SHEET].iter_rows():
        if row[0].value == "version":
            row[1].value = "99"
    wb.save(out)
    before = sha256(demo)
    assert main(["import-manifest", str(out), "--db", str(demo), "--partner", "Munich",
                 "--recipient", "Kyiv"]) == 2
    assert "newer version" in capsys.readouterr().err and sha256(demo) == before


def test_a_template_for_another_city_imports_with_a_warning(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "t.xlsx"
    _template(demo, out)
    fill_template(out, ROWS[3:])
    result = _json(capsys, ["import-manifest", str(out), "--db", str(demo), "--partner",
                            "Warsaw", "--recipient", "Kyiv", "--json"])
    notes = [p for p in result["problems"] if p["rule"] == "template_for_other"]  # type: ignore[attr-defined]
    assert result["ok"] and len(notes) == 1 and "München" in notes[0]["message"]
    assert "Warszawa" in notes[0]["message"]


def test_every_language_has_every_wording() -> None:
    text = wording()
    langs = [*text["languages"], "uk"]
    count = len(text["instructions"]["en"])
    for lang in langs:
        assert all(lang in c["titles"] for c in text["columns"]), lang
        assert len(text["instructions"][lang]) == count, lang
        assert lang in text["sheets"] and lang in text["title"], lang
    assert "'" not in "".join(text["instructions"]["uk"])


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_reads_the_filled_template(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    _template(demo, out, "--lang", "pl")
    fill_template(out, ROWS)
    again = tmp_path / "lo"
    done = subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir",
                           str(again), str(out)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0 and "Error" not in done.stderr
    wb = openpyxl.load_workbook(again / "t.xlsx")  # LibreOffice's own save of the workbook
    goods = wb.worksheets[1]
    assert [goods.cell(3 + n, 2).value for n in range(len(ROWS))] == [
        r["description"] for r in ROWS]
    assert len(goods.data_validations.dataValidation) >= 10
