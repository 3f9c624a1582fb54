"""Real-world lists from public humanitarian and stock systems import with every line and exact
figures, or are refused saying what was found and what not.

The oracle is Python's ``csv`` module over the same bytes and the column the file's own system
means (named below): each row with a quantity other than 0 is one line, in order, with that
quantity and that description (or item code when the name is empty); a name without a quantity
is reported, not imported; value totals are quantity × unit value rounded once per line. A list
with no quantity column (no title reads as one, no column below holds numbers) is refused with
its header row, the fields found there and the quantity not found. See
``tests/fixtures/imports/real/README.md`` for sources.
"""

from __future__ import annotations

import csv
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from aidtracker.catalogue import detail_text
from aidtracker.importer import ImportRejected, parse_manifest
from aidtracker.importer.titles import classify
from aidtracker.money import milli_to_decimal, minor_to_decimal

REAL = Path(__file__).parents[2] / "fixtures" / "imports" / "real"
# file → (quantity column, description column, item code column or "", unit value column or "")
COLUMNS = {
    "eden_ifrc_train_track_item1.csv": ("Quantity Sent", "Supply Item", "", "Unit Value"),
    "eden_ifrc_train_track_item3.csv": ("Quantity Sent", "Supply Item", "", "Unit Value"),
    "eden_ifrc_train_inv_item.csv": ("Quantity", "Item Name", "Item Code", "Unit Value"),
    "eden_ifrc_train_inv_req_item.csv": ("Quantity", "Item", "", ""),
    "eden_logistics_warehouse_stock.csv": ("Quantity", "Item Name", "", "Unit Value"),
    "eden_rms_inv_item.csv": ("Quantity", "Item Name", "Item Code", "Unit Value"),
    "eden_safire_bt_inv_item.csv": ("Quantity", "Item Name", "", ""),
    "eden_historic_share_aid_req_item.csv": ("Quantity", "Item", "", ""),
    "eden_historic_kashmir_inv_item.csv": ("Quantity", "Item Name", "Item Code", "Unit Value"),
    "openboxes_main_warehouse_inventory.csv": ("Physical QOH", "Product name", "Product code",
                                               ""),
    "humanessentials_diaper_bank_inventory.csv": ("Quantity",
                                                  "DO NOT CHANGE ANYTHING IN THIS COLUMN", "", ""),
    "snipeit_consumables_sample.csv": ("QTY", "Name", "", ""),
    "odoo_purchase_order_lines.csv": ("Order Lines / Quantity", "Order Lines / Product", "", ""),
    "eden_rms_supply_kit_item.csv": ("Quantity", "Item Name", "Item Code", ""),
}
# Lists that are rightly refused: file → (header row, its titles, fields found as 'field|column')
# and what the file itself shows: no column titled or filled as a quantity.
REFUSED = {
    "eden_rlpptm_supply_item_de.csv": (1, ("description|B", "unit|C")),
    "foodsoft_bioromeo_order_form_nl.csv": (10, ("description|B",)),
}


def test_every_real_fixture_is_checked() -> None:
    assert {p.name for p in REAL.glob("*.csv")} == set(COLUMNS) | set(REFUSED)


def _rows(name: str) -> list[dict[str, str]]:
    with (REAL / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _oracle(name: str) -> list[dict[str, str]]:
    return [r for r in _rows(name) if Decimal(r[COLUMNS[name][0]] or "0") != 0]


def _table(name: str) -> list[list[str]]:
    with (REAL / name).open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_every_line_with_its_exact_quantity(name: str) -> None:
    qty, text, code, _ = COLUMNS[name]
    rows = _oracle(name)
    m = parse_manifest(REAL / name)
    assert m.ok, [(p.row, p.rule) for p in m.blocking]
    assert [milli_to_decimal(x.qty_milli) for x in m.lines] == [Decimal(r[qty]) for r in rows]
    got = [x.description or x.description_en for x in m.lines]
    want = [r[text].strip() or r[code].strip() for r in rows]
    assert all(g == w or g.startswith(w + " [") for g, w in zip(got, want, strict=True))
    zeros = sum(1 for r in _rows(name) if r[qty].strip() and Decimal(r[qty]) == 0)
    reported = [p for p in m.problems if p.rule == "zero_quantity"]
    assert zeros == sum(int(str(p.params.get("rows", 1))) for p in reported)
    blank = [n for n, r in enumerate(_rows(name), start=2) if not r[qty].strip()]
    skipped = [p for p in m.problems if p.rule == "skipped_row"]
    assert [p.row for p in skipped] == blank  # a name without a quantity: said, not imported


@pytest.mark.parametrize("name", sorted(n for n, c in COLUMNS.items() if c[3]))
def test_values_are_quantity_times_price_per_row_currency(name: str) -> None:
    qty, _, _, price = COLUMNS[name]
    m = parse_manifest(REAL / name)
    want: dict[str, Decimal] = {}
    for r in _oracle(name):
        cur = r["Currency"] or next(iter(m.totals.value_by_currency))
        value = (Decimal(r[qty]) * Decimal(r[price] or "0")).quantize(Decimal("0.01"),
                                                                      ROUND_HALF_UP)
        want[cur] = want.get(cur, Decimal(0)) + value
    got = {c: minor_to_decimal(v, c) for c, v in m.totals.value_by_currency.items()}
    assert got == want


def test_tracking_export_takes_what_was_sent_and_says_so() -> None:
    m = parse_manifest(REAL / "eden_ifrc_train_track_item3.csv")
    assert [x.qty_milli for x in m.lines] == [2_000_000, 100_000, 125_000]  # not 1950, 120
    (note,) = [p for p in m.problems if p.rule == "column_chosen"]
    assert note.params["chosen"] == "Quantity Sent" and "Received" in str(note.params["others"])
    assert "Tracking Number" not in {m.mapping.columns.get(i, "") for i in m.mapping.columns}
    assert m.lines[0].currency == "USD" and m.lines[0].unit == "pcs"
    assert m.lines[0].description_en == "Plastic Sheets [m2]"  # m² kept, with a warning
    assert any(p.rule == "unit_kept" and p.params["code"] == "MTK" for p in m.problems)


def test_stock_count_dates_and_codes() -> None:
    m = parse_manifest(REAL / "openboxes_main_warehouse_inventory.csv")
    first = m.lines[0]
    assert (first.lot, str(first.expiry_date)) == ("37627", "2025-01-31")
    assert first.category == "med.medicine"  # suggested from the description
    assert str(m.lines[8].expiry_date) == "2024-02-29"  # after a zero row left out


def test_descriptions_keep_their_language_and_currencies_are_open() -> None:
    stock = parse_manifest(REAL / "eden_logistics_warehouse_stock.csv")
    assert {x.currency for x in stock.lines} == {"PHP"}
    assert all(x.description == "" and x.description_en for x in stock.lines)
    spanish = parse_manifest(REAL / "eden_ifrc_train_inv_item.csv")
    assert "Kit de Higiene para 5 personas / 1 mes" in [x.description_en for x in spanish.lines]
    plain = parse_manifest(REAL / "eden_safire_bt_inv_item.csv")  # no money column, no question
    assert plain.ok and {x.value_minor for x in plain.lines} == {None}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_list_without_quantities_is_refused_naming_what_was_found(name: str) -> None:
    row, found = REFUSED[name]
    header = _table(name)[row - 1]
    below = _table(name)[row:]
    # the oracle: no title reads as a quantity and no column below holds a number on most rows
    assert not any(classify(t) == "quantity" for t in header)
    assert all(sum(_number(r[i]) for r in below if i < len(r)) * 2 <= len(below)
               for i in range(len(header)))
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(REAL / name)
    params = refused.value.params
    assert (params["reason"], params["row"], params["found"], params["missing"]) == \
        ("no_header", row, found, ("quantity",))
    assert f"row {row}: found description (B)" in detail_text(params, "en")
    assert "не знайдено: кількість" in detail_text(params, "uk")


def _number(text: str) -> bool:
    try:
        Decimal(text.strip())
    except ArithmeticError:
        return False
    return True


def test_a_threshold_is_neither_money_nor_the_quantity() -> None:
    m = parse_manifest(REAL / "snipeit_consumables_sample.csv")  # no currency asked
    titles = {m.mapping.columns[i]: _table("snipeit_consumables_sample.csv")[0][i]
              for i in m.mapping.columns}
    assert titles["quantity"] == "QTY" and "value" not in titles and "unit_value" not in titles
    assert {x.value_minor for x in m.lines} == {None}  # 'Min Amount' 100 is no price


def test_a_quantity_ordered_is_the_quantity_of_a_purchase_order_and_said() -> None:
    m = parse_manifest(REAL / "odoo_purchase_order_lines.csv")
    (note,) = [p for p in m.problems if p.rule == "column_stage"]
    assert (note.row, note.params["chosen"]) == (1, "Order Lines / Quantity")
    assert "code" not in m.mapping.columns.values()  # 'Order Reference' names the order
    assert m.ok and m.header_row == 1  # the first lines stay lines, never the header
