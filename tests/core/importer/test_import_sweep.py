"""Rules found by importing real public workbooks (commercial invoices and packing lists of
Asian exporters, a Korean upload list, a stock-levels export with column counts under it); the
lists here are built to the same shapes (see tests/fixtures/imports/real/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import write_xlsx
from hypothesis import given
from hypothesis import strategies as st

from aidtracker.importer import parse_manifest
from aidtracker.importer.titles import classify, scores
from aidtracker.importer.units import read_unit
from aidtracker.money import milli_to_decimal


@pytest.mark.parametrize(("title", "field"), [
    ("数量", "quantity"), ("数量(PCS)", "quantity"), ("수량", "quantity"), ("品名", "description"),
    ("제품명", "description"), ("상품코드", "code"), ("单价", "unit_value"), ("금액", "value"),
    ("净重", "net_kg"), ("毛重", "gross_kg"), ("Weight (Nett kgs)", "net_kg"),
])
def test_titles_of_asian_invoices_and_nett(title: str, field: str) -> None:
    assert classify(title) == field


@pytest.mark.parametrize("title", ["12.Marks and Number of PKGS", "10Marks and Number of PKGS",
                                   "Marks & Numbers"])
def test_shipping_marks_count_nothing(title: str) -> None:
    assert all(strength == 0 for field, strength in scores(title)
               if field in ("quantity", "packages"))


@pytest.mark.parametrize(("written", "code"), [
    ("MT", "TNE"), ("metric tons", "TNE"), ("mts", "MTR"), ("SF", "FTK"), ("sq ft", "FTK"),
    ("yds", "YRD"), ("lbs", "LBR"),
])
def test_units_of_trade(written: str, code: str) -> None:
    assert read_unit(written).rec20 == code


def _invoice(tmp_path: Path, quantity_title: str = "14.Quantity") -> Path:
    """A commercial invoice as Asian exporters send it: title block, numbered titles, a units
    row, a 'PRICE TERMS:' row, the goods named beside a 'COMMODITY:' label, notes, a total, a
    signature."""
    return write_xlsx(tmp_path / "ci.xlsx", [
        ["COMMERCIAL INVOICE"], [], ["1.Shipper/Exporter:", None, None, "8.No. & Date of invoice"],
        ["QINGDAO EXAMPLE CO.,LTD.", None, None, "2025-001", None, None, "NOV. 20, 2025"],
        ["12.Marks and Number of PKGS", "13.Description of Goods", None, quantity_title, None,
         "15.Unit Price", "16.Amount"],
        ["N/M", None, None, "MT", None, "USD/MT", "USD"],
        [None, None, None, "PRICE TERMS:", None, "CIF BUSAN PORT, SOUTH KOREA"],
        [None, "COMMODITY: ", "MIXED FATTY ACID", 100, None, 705, 70500],
        [None, "QUANTITY：", 100],
        [None, "PACKING:", "IN FLEXIBAG"],
        [], [None, None, "TOTAL", 100, None, 705, 70500], [],
        [None, None, None, None, None, "Signed by"],
        [None, None, None, None, None, "QINGDAO EXAMPLE CO.,LTD."],
    ])


def test_commercial_invoice_one_line_labels_and_footer(tmp_path: Path) -> None:
    m = parse_manifest(_invoice(tmp_path))
    assert m.ok and m.currency == "USD" and m.header_row == 6
    (line,) = m.lines
    assert milli_to_decimal(line.qty_milli) == 100 and line.value_minor == 7_050_000
    assert line.description_en == "MIXED FATTY ACID [MT]"  # the label's goods, the unit kept
    found = {(p.row, p.rule) for p in m.problems}
    assert (7, "skipped_row") in found  # 'PRICE TERMS:' in the quantity column: no line
    assert (9, "skipped_row") in found and (14, "footer_skipped") in found
    assert not m.blocking


def test_unit_in_the_quantity_title(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "q.xlsx", [["Description", "Quantity (SF)"], ["Leather", 12],
                                            ["Hide", 3]])
    m = parse_manifest(path)
    assert [x.description_en for x in m.lines] == ["Leather [SF]", "Hide [SF]"]
    assert {p.rule for p in m.problems} == {"unit_kept"}


def test_a_name_with_words_for_a_quantity_is_still_an_error(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "w.xlsx", [["Description", "Quantity"], ["Blankets", 10],
                                            ["Tents", "twelve"]])
    m = parse_manifest(path)
    assert [(p.row, p.rule) for p in m.blocking] == [(3, "not_a_number")]


def test_a_form_row_without_name_or_quantity_is_skipped(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx",
                      [["Description", "Quantity", "Net weight", "Gross weight"],
                       ["Vegetable pitch", 3, 1.5, 2],
                       [None, None, None, 0]])
    m = parse_manifest(path)
    assert m.ok and len(m.lines) == 1
    assert (3, "skipped_row") in [(p.row, p.rule) for p in m.problems]


def test_column_counts_under_a_stock_export_are_its_footer(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Product code", "Product", "Current quantity"],
                                ["NM89", "X-Ray Digitizer", 1], ["PK77", "Burette set", 361],
                                [], [3, 3, 3], [0, 0, 0]]
    m = parse_manifest(write_xlsx(tmp_path / "s.xlsx", rows))
    assert m.ok and [x.description_en for x in m.lines] == ["X-Ray Digitizer", "Burette set"]
    assert (5, "footer_skipped") in [(p.row, p.rule) for p in m.problems]


@given(st.lists(st.integers(1, 10**6), min_size=1, max_size=6))
def test_numbered_goods_after_a_gap_are_still_read(quantities: list[int]) -> None:
    """A blank row between groups never ends a list whose lines are named in words."""
    from tempfile import TemporaryDirectory

    with TemporaryDirectory() as tmp:
        rows: list[list[object]] = [["Description", "Quantity"], ["Soap", 5], []]
        rows += [[f"Item {n}", q] for n, q in enumerate(quantities)]
        m = parse_manifest(write_xlsx(Path(tmp) / "g.xlsx", rows))
    assert [int(milli_to_decimal(x.qty_milli)) for x in m.lines] == [5, *quantities]


def test_weights_finer_than_a_gram_are_rounded_not_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "w.xlsx", [["Description", "Quantity", "N.W (kgs)", "G.W (kgs)"],
                                            ["Buffalo leather", 145, 344.6279, 374.9767],
                                            ["Buffalo leather", 70, 166.3721, 181.0233]])
    m = parse_manifest(path)
    assert m.ok and [x.net_g for x in m.lines] == [344_628, 166_372]
    assert [x.gross_g for x in m.lines] == [374_977, 181_023]
    rounded = [p for p in m.problems if p.rule == "weight_rounded"]
    assert [(p.row, p.field, p.params.get("rows")) for p in rounded] == [
        (2, "net_kg", 2), (2, "gross_kg", 2)]


def test_goods_named_beside_an_empty_description(tmp_path: Path) -> None:
    """The name typed under the marks column (the titles' cells merged over both)."""
    path = write_xlsx(tmp_path / "b.xlsx", [
        ["12.Marks and Number of PKGS", "13.Description of Goods", "14.Quantity", "16.Amount"],
        [None, None, "MT", "USD"], ["N/M"],
        ["CYCLOHEXANONE 99.8% MIN", None, 110, 115500], [None, "TOTAL", 110, 115500]])
    m = parse_manifest(path)
    assert m.ok and [x.description_en for x in m.lines] == ["CYCLOHEXANONE 99.8% MIN [MT]"]
    assert ("description_beside", "A") in [(p.rule, p.params.get("chosen")) for p in m.problems]


def test_a_repeated_header_starts_the_next_section(tmp_path: Path) -> None:
    """One table per container, each with its titles, units row and total: every line read."""
    head: list[list[object]] = [["Description", "Quantity", "N.W (kgs)"], [None, "PCS", "KG"]]
    rows = [["PACKING LIST"], *head, ["Leather", 290, 718.5], ["Leather", 289, 726],
            [None, None, None], ["TOTAL", 579, 1444.5], *head, ["Hide", 70, 166],
            ["TOTAL", 70, 166], [], ["Country of origin: Cambodia"], ["Bank: BKCHKHPPXXX"]]
    m = parse_manifest(write_xlsx(tmp_path / "c.xlsx", rows))
    assert m.ok and [int(milli_to_decimal(x.qty_milli)) for x in m.lines] == [290, 289, 70]
    found = [(p.row, p.rule) for p in m.problems]
    assert (8, "header_repeated") in found and (9, "skipped_row") in found
    assert (13, "footer_skipped") in found


def test_a_sheet_of_goods_before_a_sheet_of_container_weights(tmp_path: Path) -> None:
    """A workbook of invoices and packing lists: the packing list by container (weights, no
    quantity beside a name) recognises more columns, but the invoice holds the goods."""
    from openpyxl import Workbook

    wb = Workbook()
    invoice = wb.active
    invoice.title = "IV"
    for row in (["Description of Goods", "Quantity", "Amount USD"], ["Vegetable pitch", 10, 500],
                ["TOTAL", 10, 500]):
        invoice.append(row)
    packing = wb.create_sheet("PL")
    for row in (["Marks", "Description of Goods", "Quantity", "Net weight", "Gross weight",
                 "Measurement"], [None, "YKTU2310147/KITOTJ1280", None, 20040, 20150, "24CBM"],
                [None, "YKTU2310126/KITOTJ1275", None, 20040, 20150, "24CBM"],
                [None, "TOTAL", 10, 40080, 40300, "48CBM"]):
        packing.append(row)
    wb.save(tmp_path / "w.xlsx")
    m = parse_manifest(tmp_path / "w.xlsx")
    assert m.sheet == "IV" and m.ok and [x.description_en for x in m.lines] == ["Vegetable pitch"]


def test_a_fraction_of_a_unit_none_of_ours_is_refused_naming_it(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sf.xlsx", [["Description", "Quantity(SF)"], ["Leather", 80284.8]])
    m = parse_manifest(path)
    (problem,) = m.blocking
    assert (problem.rule, problem.params["unit"], problem.params["value"]) == (
        "kept_unit_fraction", "SF", "80284.8")


@pytest.mark.parametrize(("total", "mismatch"), [("100MT", False), ("99 MT", True)])
def test_a_total_written_with_its_unit_is_checked(tmp_path: Path, total: str,
                                                  mismatch: bool) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["Description of Goods", "Quantity", "Amount"],
                                            [None, "MT", "USD"],
                                            ["Ammonium thiosulfate", 60, 27000],
                                            ["Urea", 40, 12000], ["TOTAL", total, 39000]])
    m = parse_manifest(path)
    rules = {p.rule for p in m.problems if p.row == 5}
    assert ("totals_mismatch" in rules) is mismatch and "not_a_number" not in rules


def test_a_contract_in_two_languages_its_totals_label_and_bank_footer(tmp_path: Path) -> None:
    """A Vietnamese-English sales contract: a sentence above the titles, bilingual titles,
    amounts computed by formulas (154180.0402727273), 'TOTAL AMOUNT(Tổng trị giá):' beside
    the columns, then bank details whose account number sits in the quantity column."""
    path = write_xlsx(tmp_path / "c.xlsx", [
        ["SALES CONTRACT"],
        ["The undersigned Sellers and Buyers have agreed to close the following transactions:"],
        ["P.O Nº", "Tên hàng\nName of goods", "Số lượng\nQuantity", "Đơn giá\nUnit price USD",
         "Thành tiền\nAmount USD"],
        ["YNG25005", "Cow leather", 1498, 1.029, 1541.0402727273],
        ["OJY_0015", "Buffalo leather", 643, 1.04, 668.72],
        ["TOTAL AMOUNT(Tổng trị giá):"], [],
        ["Bank address:", None, "1st AND 2nd FLOOR, CANADIA TOWER, No.315"],
        ["Bank account:", None, "100001100764430"]])
    m = parse_manifest(path)
    assert m.ok and m.header_row == 3 and m.currency == "USD"
    assert [(int(milli_to_decimal(x.qty_milli)), x.value_minor) for x in m.lines] == [
        (1498, 154104), (643, 66872)]
    assert m.mapping.columns == {1: "description", 2: "quantity", 3: "unit_value", 4: "value"}
    found = [(p.row, p.rule) for p in m.problems]
    assert (4, "value_rounded") in found and (6, "footer_skipped") not in found
    assert (8, "footer_skipped") in found and m.totals_rows == (6,)


def test_words_beginning_with_a_digit_are_no_quantity(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", [["Description", "Quantity"], ["Tents", 12],
                                            [None, "1st floor, Canadia Tower"],
                                            ["Stoves", "2 sets"]])
    m = parse_manifest(path)
    assert m.ok and [x.description_en for x in m.lines] == ["Tents", "Stoves"]
    assert (3, "skipped_row") in [(p.row, p.rule) for p in m.problems]


def test_a_title_above_the_titles_is_not_part_of_them(tmp_path: Path) -> None:
    """A two-row header must beat its lower row alone: a title carried over every column
    adds nothing (the titles reported are the list's own)."""
    path = write_xlsx(tmp_path / "t.xlsx", [
        ["PACKING LIST · PACKING LIST.pdf"],
        ["Lot / Batch", "Pieces / Rolls", "PO Number", "Quality / Article"],
        ["524.A", 4, 140176, "Cotton woven dyed fabric"],
        ["524.A", 5, 140176, "Cotton woven dyed fabric"]])
    m = parse_manifest(path)
    (chosen,) = [p.params for p in m.problems if p.rule == "column_chosen"]
    assert m.ok and (chosen["chosen"], chosen["others"]) == ("Pieces / Rolls", "PO Number")


@pytest.mark.parametrize("where", ["footer", "title block"])
def test_a_currency_stated_beside_a_label(tmp_path: Path, where: str) -> None:
    """'Currency Code: EUR' under the totals (or 'Waluta: PLN' above the titles) is the
    list's currency when no money column names one."""
    label = ["Currency Code:", "EUR"] if where == "footer" else ["Waluta:", "PLN"]
    lines: list[list[object]] = [
        ["Line", "Commodity Code", "Description", "Quantity", "Unit Value", "Subtotal Value"],
        [1, 6104430000, "dress", 3, 6.47, 19.41], [2, 6104430000, "dress", 8, 2.63, 21.04]]
    rows = [*lines, [], [*label, "Total Item Qty:", 11]] if where == "footer" else [
        ["COMMERCIAL INVOICE"], label, *lines]
    m = parse_manifest(write_xlsx(tmp_path / "c.xlsx", rows))
    assert m.ok and m.currency == label[1] and [x.value_minor for x in m.lines] == [1941, 2104]
    assert any(p.rule == "currency_stated" for p in m.problems)


def test_no_currency_stated_is_still_asked(tmp_path: Path) -> None:
    from aidtracker.importer import ImportRejected

    path = write_xlsx(tmp_path / "n.xlsx", [["Description", "Quantity", "Unit Value"],
                                            ["dress", 3, 6.47], ["Currency:", "none"]])
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(path)
    assert refused.value.reason == "no_currency"


def test_an_erp_billing_list_with_numbered_columns(tmp_path: Path) -> None:
    """An SAP billing list in Ukrainian: the columns numbered under the titles (0 1 2 …),
    'Net value' (money, no weight), the sales unit 'SU' written ЯЩ (boxes), amounts as text
    with a decimal comma."""
    path = write_xlsx(tmp_path / "sap.xlsx", [
        ["List of Billing Documents"], [],
        ["Bill.Doc.", "Item", " Net value", "Curr.", "Material", "Description", "Bill.qty",
         "SU"],
        [0, 1, 2, 3, 4, 5, 6, 7],
        [1125942919, 10, " 5.185,01", "UAH", 12180050, "ТОРЧИН ЛАГІДНИЙ Кетчуп 30x300г", 56,
         "ЯЩ"],
        [1125942919, 20, "717,27", "UAH", 12180053, "ТОРЧИН ДО ШАШЛИКУ Кетчуп 20x450г", 8,
         "ЯЩ"]])
    m = parse_manifest(path)
    assert m.ok and m.header_row == 4
    assert [(int(milli_to_decimal(x.qty_milli)), str(x.unit), x.value_minor, x.currency, x.net_g)
            for x in m.lines] == [(56, "carton", 518501, "UAH", 0), (8, "carton", 71727, "UAH", 0)]
    assert m.lines[0].description == "ТОРЧИН ЛАГІДНИЙ Кетчуп 30x300г"


@pytest.mark.parametrize(("title", "weight"), [
    ("Net value", False), ("Gross amount", False), ("Net wt total", True),
    ("Total gross weight", True), ("Nett kgs", True)])
def test_money_is_no_weight(title: str, weight: bool) -> None:
    assert (classify(title) in ("net_kg", "gross_kg")) is weight


@pytest.mark.parametrize(("row", "numbered"), [
    ((1, 2, 3, 4), True), ((0, 1, 2), True), (("1", "2", "3"), True), ((2, 3, 4), False),
    ((1, 2), False), ((1, 3, 4), False), (("1", "²", "3"), False), ((1, "Tents", 3), False)])
def test_a_row_of_column_numbers(row: tuple[object, ...], numbered: bool) -> None:
    from aidtracker.importer.headers import numbers_row

    assert numbers_row(row) is numbered


def test_a_first_line_that_counts_up_is_still_a_line(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "n.xlsx", [["No", "Description", "Quantity"], [1, "Tents", 3],
                                            [2, "Blankets", 40]])
    assert [x.description_en for x in parse_manifest(path).lines] == ["Tents", "Blankets"]
