"""Kinds of lists partners send, built here (synthetic, see the real ones in test_import_real):
a packing list with title block, units row, group headings, totals and footer; a donation box
list with "2 sets"; a stock count with US dates; a Ukrainian list with 4-digit УКТЗЕД headings;
an HXL-tagged list; our own ledger; a formula description without a value."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factories import write_xlsx

from aidtracker.importer import ImportRejected, parse_manifest
from aidtracker.money import milli_to_decimal


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def rules(m: object) -> list[tuple[int | None, str]]:
    return [(p.row, p.rule) for p in m.problems]  # type: ignore[attr-defined]


def test_packing_list_with_title_units_headings_totals_and_footer(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "pl.xlsx", [
        ["PACKING LIST"], ["Invoice No.: 2025-117", None, "Date: 12.03.2025"],
        ["Consignee: Kyiv City Council, Khreshchatyk 36"], [],
        ["No.", "Marks", "Description of goods", "Quantity", "Unit", "N.W.", "G.W.", "HS Code"],
        [None, None, None, "(PCS)", None, "(KG)", "(KG)", None],
        [None, None, "Electric Actuator"],
        [1, "SH-10027", "Actuator 24 V, 200 Nm", 12, "pcs", 60, 72, "850140"],
        [2, "SH-10028", "Actuator 230 V, 500 Nm", 4, "pcs", 40, 48, "850140"],
        [None, None, "Cables"],
        [3, "SH-10029", "Cable 3x2.5 mm², 100 m rolls", 10, "roll", 250, 260, "854449"],
        [None, None, "TOTAL", 26, None, 350, 380],
        ["Shipping marks: AID/KYIV/2025"], ["Bank: IBAN DE89 3704 0044 0532 0130 00", None, None,
                                           7], ["www.example.org"],
    ])
    m = parse_manifest(path, currency="EUR")
    assert m.header_row == 6  # the units row belongs to the header
    assert m.line_rows == (8, 9, 11) and m.totals_rows == (12,)
    assert [milli_to_decimal(x.qty_milli) for x in m.lines] == [12, 4, 10]
    assert m.totals.gross_g == 380_000 and m.totals.net_g == 350_000
    found = rules(m)
    assert (7, "skipped_row") in found and (10, "skipped_row") in found  # group headings
    assert (13, "footer_skipped") in found and m.ok
    assert m.lines[2].description_en == "Cable 3x2.5 mm², 100 m rolls [roll]"


def test_units_row_gives_the_unit(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "u.xlsx", [
        ["Description", "Quantity", "Gross weight"], [None, "(SET)", "(KG)"],
        ["First aid kit", 30, 45], ["Generator 5 kVA", 2, 180],
    ])
    m = parse_manifest(path, currency="EUR")
    assert [str(x.unit) for x in m.lines] == ["set", "set"] and m.line_rows == (3, 4)


def test_donation_box_list_with_units_in_the_quantity_cell(tmp_path: Path) -> None:
    path = _csv(tmp_path / "boxes.csv", "Box;Content;Quantity\n"
                "1;Bedding sets;2 sets\n2;Winter boots;3 pairs\n3;Hygiene kits;1 box\n"
                "4;Blankets;12\n")
    m = parse_manifest(path)
    assert m.ok, rules(m)
    assert [(str(x.unit), x.qty_milli) for x in m.lines] == [
        ("set", 2000), ("pair", 3000), ("carton", 1000), ("pcs", 12000)]
    assert [x.category for x in m.lines] == ["shelter.bedding", "clothing.footwear", "hygiene",
                                            "shelter.bedding"]


def test_stock_count_with_us_dates(tmp_path: Path) -> None:
    path = _csv(tmp_path / "stock.csv", "Item,Qty,Expiration Date\n"
                "Paracetamol 500mg tablets,1200,01/31/2027\nGauze 10x10,300,12/15/2026\n"
                "Saline 0.9% 500 ml,80,03/04/2027\n")
    m = parse_manifest(path)
    assert [str(x.expiry_date) for x in m.lines] == ["2027-01-31", "2026-12-15", "2027-03-04"]
    assert m.mapping.date_order == "mdy"


def test_dates_that_read_both_ways_are_asked(tmp_path: Path) -> None:
    path = _csv(tmp_path / "amb.csv", "Item,Qty,Expiry\nInsulin pens,50,03/04/2027\n"
                "Syringes,500,05/06/2027\n")
    m = parse_manifest(path)
    assert (1, "ambiguous_date_order") in rules(m) and not m.ok
    told = parse_manifest(path, date_order="dmy")
    assert told.ok and [str(x.expiry_date) for x in told.lines] == ["2027-04-03", "2027-06-05"]


def test_ukrainian_list_with_four_digit_uktzed_headings(tmp_path: Path) -> None:
    path = _csv(tmp_path / "ua.csv", "Найменування;Кількість;Од. виміру;Код УКТЗЕД;Вартість, грн\n"
                "Ліки знеболювальні;120;уп;3004;24 000,00\n"
                "Куртки зимові;40;шт;6201;32 000,00\n")
    m = parse_manifest(path)
    assert m.ok and m.currency == "UAH"
    assert [(x.category, x.hs_code) for x in m.lines] == [("med.medicine", ""),
                                                          ("clothing.new", "")]
    assert [(p.rule, p.row, p.params.get("rows")) for p in m.problems] == [
        ("hs_heading_only", 2, 2)]  # said once, for both rows
    assert m.lines[0].description == "Ліки знеболювальні" and m.lines[0].description_en == ""


def test_hxl_hashtag_row_names_the_columns(tmp_path: Path) -> None:
    path = _csv(tmp_path / "hxl.csv", "Col 1,Col 2,Col 3,Col 4,Col 5\n"
                "#item+name,#item+qty,#item+unit,#value,#currency\n"
                "Tarpaulins 4x6 m,200,pcs,1 400.00,EUR\nJerry cans 20 l,150,pcs,450.00,EUR\n")
    m = parse_manifest(path)
    assert m.ok and m.header_row == 2 and m.line_rows == (3, 4)
    assert m.totals.value_by_currency == {"EUR": 185_000}
    assert ("hxl_tags", 2) in [(p.rule, p.params.get("row")) for p in m.problems]


def test_our_own_ledger_is_refused_not_merged(demo_template: Path, tmp_path: Path) -> None:
    from aidtracker.services.ledger import export_ledger_file
    from aidtracker.store import open_database

    db_file = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db_file)
    db = open_database(db_file)
    try:
        result = export_ledger_file(db, tmp_path / "ledger.xlsx", hxl=True)
    finally:
        db.close()
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(tmp_path / "ledger.xlsx")
    assert refused.value.reason == "own_ledger"
    assert refused.value.params["shipments"] == result.shipments > 1


def test_formula_description_without_value_is_named_as_such(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", [["Description", "Quantity", "Value EUR"],
                                            ["=CONCAT(\"Tent\", \"s\")", 4, 400],
                                            ["Stoves", 2, 200]])
    m = parse_manifest(path)
    assert (2, "formula_no_value") in rules(m) and (2, "required") not in rules(m)
    assert m.line_rows == (3,)
