"""General rules learnt from real workbooks (test_import_real_sheets), each on a small list built
here: identifiers are never quantities, HXL tags are the contract, subtotals without a label,
a currency asked only for prices that are there, titles that name a quantity (or a threshold)
are not money, a quantity ordered used only when the list has no other, an old .xls read like
an xlsx."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from aidtracker.catalogue import detail_text
from aidtracker.importer import ImportRejected, parse_manifest
from aidtracker.importer.columns import profile
from aidtracker.money import milli_to_decimal

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_codes_with_leading_zeros_and_row_numbers_are_not_quantities(tmp_path: Path) -> None:
    path = _csv(tmp_path / "stock.csv", "CODE;DESIGNATION;LOT;STOCK;NOTE\n"
                "00001;Advil 200mg;M18;2520;Comment 1\n00001;Advil 200mg;M21;16540;Comment 2\n"
                "00002;Tylenol 325mg;C12;17360;Comment 3\n00003;Aspirin 20mg;D07;12321;x\n")
    m = parse_manifest(path)
    assert [milli_to_decimal(x.qty_milli) for x in m.lines] == [2520, 16540, 17360, 12321]
    assert [x.description_en for x in m.lines][:2] == ["Advil 200mg", "Advil 200mg"]
    rows = [(n, (float(n), "text")) for n in (1, 2, 3)]
    assert profile(rows, 0).sequence and not profile(rows, 1).sequence
    widths = [(1, (2520,)), (2, (16540,)), (3, (17360,)), (4, (12321,))]
    assert profile(widths, 0).codes == 0  # different widths: amounts, not references
    same = [(1, (202808,)), (2, (382469,)), (3, (286510,))]
    assert profile(same, 0).codes == 3  # all different, all six digits: references


def test_hxl_tags_are_the_contract(tmp_path: Path) -> None:
    path = _csv(tmp_path / "3w.csv", "Registro,Organización,Hombres,País\n"
                ",#org,#targeted+m,#country\n1,ACNUR,100,Panamá\n2,OMS,250,Colombia\n"
                "3,UNICEF,80,Chocó\n")
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(path)
    assert refused.value.reason == "no_header"
    detail = detail_text(refused.value.params, "en")
    assert "HXL tags #org, #targeted+m, #country" in detail and "#item+qty" in detail
    ukrainian = detail_text(refused.value.params, "uk")  # worded in the user's language
    assert "HXL-теги #org, #targeted+m, #country" in ukrainian and "none" not in ukrainian


def test_an_unlabelled_subtotal_is_reported_not_imported(tmp_path: Path) -> None:
    path = _csv(tmp_path / "count.csv", "#;Code;Description;Lot;Stock physique\n"
                "1;ZV27;Miconazole cream;M18;2520\n;ZV27;Miconazole cream;M21;16540\n"
                ";;;;19060\n2;FZ52;Tylenol;C1;385\n;FZ52;Tylenol;C2;300\n"
                ";;;;19745\n3;EU49;Aspirin;D1;60\n;;;;61\n")
    m = parse_manifest(path)
    assert [milli_to_decimal(x.qty_milli) for x in m.lines] == [2520, 16540, 385, 300, 60]
    subtotal = [p for p in m.problems if p.rule == "subtotal_skipped"]
    assert [p.row for p in subtotal] == [4] and subtotal[0].params["rows"] == 2  # 4 and 7
    assert [(p.row, p.rule) for p in m.blocking] == [(9, "required")]  # 61 sums nothing


def test_a_currency_is_asked_only_for_prices_that_are_there(tmp_path: Path) -> None:
    empty = _csv(tmp_path / "empty.csv", "Product;Quantity;Unit Price\nTents;4;\nBlankets;9;\n")
    assert [x.value_minor for x in parse_manifest(empty).lines] == [None, None]
    priced = _csv(tmp_path / "priced.csv", "Product;Quantity;Unit Price\nTents;4;10.50\n")
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(priced)
    assert refused.value.reason == "no_currency"


def test_titles_naming_a_quantity_are_not_money(tmp_path: Path) -> None:
    path = _csv(tmp_path / "po.csv",
                "Product;Total Order Quantity Round Up;Price per package;Unit cost;"
                "Quantity of units quoted;Total cost\n"
                "Adapter, inhaler;92;71;1.42;100;142.00\nAirway, 26Fr;25;25.71;2.571;30;77.13\n")
    m = parse_manifest(path, currency="USD")
    fields = {m.mapping.columns[i]: i for i in m.mapping.columns}
    assert (fields["value"], fields["unit_value"], fields["quantity"]) == (5, 3, 4)
    assert [x.value_minor for x in m.lines] == [14_200, 7_713] and m.ok


def test_a_quantity_of_another_step_counts_only_when_it_is_the_only_one(tmp_path: Path) -> None:
    alone = _csv(tmp_path / "po.csv", "Product;Quantity Ordered;Min Amount;Price per colli\n"
                 "Tents;4;10;80\nBlankets;9;20;45\n")
    m = parse_manifest(alone)  # 'Min Amount' and a price per colli: no money to ask about
    assert [x.qty_milli for x in m.lines] == [4000, 9000] and m.ok
    assert {x.value_minor for x in m.lines} == {None}
    assert [p.params["chosen"] for p in m.problems if p.rule == "column_stage"] == \
        ["Quantity Ordered"]
    both = _csv(tmp_path / "both.csv", "Product;Quantity Ordered;Quantity Shipped\nTents;4;3\n")
    m = parse_manifest(both)
    assert [x.qty_milli for x in m.lines] == [3000]
    assert not [p for p in m.problems if p.rule == "column_stage"]
    idents = _csv(tmp_path / "ids.csv", "Product;Order Tracking Number\nTents;40017\n")
    with pytest.raises(ImportRejected):  # an identifier is never the fallback
        parse_manifest(idents)


def test_a_number_column_is_inferred_only_where_it_can_be_goods(tmp_path: Path) -> None:
    path = _csv(tmp_path / "places.csv", "name,city,postalCode,country\n"
                "Depot,Boston,2199,USA\nWard A,,,\nWard B,,,\n")
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(path)
    assert "not found: quantity" in detail_text(refused.value.params, "en")
    form = _csv(tmp_path / "form.csv", "Question Code,Response Count,Values,Cell Address\n"
                + "".join(f"Q{i},{i % 3 or ''},,K{i}\n" for i in range(1, 13)))
    with pytest.raises(ImportRejected):  # cell addresses are no description
        parse_manifest(form)


def test_an_old_xls_reads_like_an_xlsx() -> None:
    """The .xls (made with LibreOffice from our own rows, see make_xls below) against
    python-calamine's reading of it."""
    xls = FIXTURES / "stock_count_title_block.xls"
    rows = CalamineWorkbook.from_path(str(xls)).get_sheet_by_name("Count").to_python()
    want = [(r[1], float(r[3])) for r in rows if isinstance(r[3], int | float) and r[1]]
    m = parse_manifest(xls)
    assert m.sheet == "Count" and m.header_row == 4
    assert [(x.description_en, float(milli_to_decimal(x.qty_milli))) for x in m.lines] == want
    assert str(m.lines[0].expiry_date) == "2026-01-31" and m.ok


def make_xls(folder: Path) -> Path:  # pragma: no cover - run by hand to remake the fixture
    """Rebuild ``stock_count_title_block.xls`` (needs LibreOffice)."""
    from datetime import date

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Count"
    for row in [["STOCK COUNT, WAREHOUSE 2"], ["Counted by: O. Petrenko"], [],
                ["No.", "Item", "Expiry", "Counted"],
                [1, "Bandage, elastic, 10 cm", date(2026, 1, 31), 120],
                [2, "Gloves, nitrile, M, box of 100", date(2027, 6, 30), 35],
                [3, "Water purification tablets", None, 2000]]:
        ws.append(row)
    src = folder / "stock_count_title_block.xlsx"
    wb.save(src)
    subprocess.run([shutil.which("soffice") or "soffice", "--headless", "--convert-to",
                    "xls:MS Excel 97", "--outdir", str(folder), str(src)], check=True)
    return folder / "stock_count_title_block.xls"


def test_a_titled_column_whose_values_do_not_fit_is_reported(tmp_path: Path) -> None:
    path = _csv(tmp_path / "count.csv", "Code;Designation;Expiration;Stock\n"
                "ZV27;Miconazole cream;15-11;2520\nFZ52;Tylenol;16-02;385\n")
    m = parse_manifest(path)
    (note,) = [p for p in m.problems if p.rule == "column_unread"]
    assert (note.field, note.params["chosen"], note.params["value"]) == (
        "expiry", "C (Expiration)", "15-11")
    assert [x.expiry_date for x in m.lines] == [None, None] and m.ok


def test_a_damaged_xls_is_refused_never_an_escape(tmp_path: Path) -> None:
    """Byte flips across an .xls: each read ends as a result or ImportRejected, quickly (xlrd's
    own asserts and index errors on damaged records included)."""
    import random
    import time

    data = (FIXTURES / "stock_count_title_block.xls").read_bytes()
    rng = random.Random(2)
    for case in range(60):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 30)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"m{case}.xls"
        path.write_bytes(bytes(damaged))
        start = time.monotonic()
        with contextlib.suppress(ImportRejected):
            parse_manifest(path)
        assert time.monotonic() - start < 5
