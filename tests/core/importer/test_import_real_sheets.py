"""Real-world workbooks (.xls, .xlsx) from public humanitarian systems, imported as a user would.

Each case goes through the service the CLI uses (``import_manifest``, partner "Munich",
recipient "Kyiv", on a copy of the demo database) and its lines are read back from the
database. The oracle reads the same file with python-calamine, independently of the importer:
below the header row the file's own system names, each row with a non-zero number in the
quantity column and a description (or, when the name is empty, an item code) is one line, in
order, with exactly that quantity. A file that is
not a goods list must be refused with a message naming what was found and what was not.

The workbooks are public files fetched from their repositories (see
``tests/fixtures/imports/real/README.md``: repository, commit, path, licence, SHA-256). They are
looked for in ``$AIDTRACKER_REAL_SHEETS``, ``tests/fixtures/imports/real/`` and
``../shared/samples/real-imports/``; a case whose file is in none of them is skipped, saying so.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlite_utils import Database

from aidtracker.catalogue import detail_text
from aidtracker.errors import ValidationFailed
from aidtracker.importer import ImportRejected
from aidtracker.money import milli_to_decimal
from aidtracker.services.imports import import_manifest
from aidtracker.services.shipments import get_detail
from aidtracker.store import open_database

HERE = Path(__file__).parents[2] / "fixtures" / "imports" / "real"
PLACES = [Path(p) for p in [os.environ.get("AIDTRACKER_REAL_SHEETS", "")] if p] + [
    HERE, Path(__file__).parents[3].parent / "shared" / "samples" / "real-imports"]


@dataclass(frozen=True)
class Lines:
    """Imports: the oracle's sheet and the titles of the columns the file's system means."""

    sheet: str
    quantity: str
    description: str
    code: str = ""
    beside: bool = False  # a name left empty or a label ('COMMODITY:') is beside it
    skip: str = ""  # rows with a cell beginning so (a totals label) are no goods


@dataclass(frozen=True)
class Refused:
    """Refused: the reason (an ImportRejected reason or a row rule) and words of its detail."""

    reason: str
    says: tuple[str, ...]
    count: int = 1  # rows refused (the reason is the first one's)


@dataclass(frozen=True)
class Case:
    file: str
    sha256: str
    expect: Lines | Refused
    sheet: str | None = None
    currency: str | None = None
    accept: bool = False  # import the good rows (--accept-good-rows)


ZANMI = "ob_zanmi_lasante_inventory_2013.xls"
ZANMI_SHA = "96f248c1d15a0dee"
CASES = {
    "zanmi-summary": Case(ZANMI, ZANMI_SHA, Lines("Sheet1", "STOCK PHYSIQUE",
                                                  "DESIGNATIONS ET DOSAGE /DESCRIPTION PRODUIT",
                                                  "CODE")),
    "zanmi-salle1-title-block-subtotals": Case(
        ZANMI, ZANMI_SHA, Lines("SALLE 1", "STOCK PHYSIQUE",
                                "DESIGNATIONS ET DOSAGE /DESCRIPTION PRODUIT", "CODE"),
        sheet="SALLE 1"),
    "zanmi-salle2-title-block-subtotals": Case(
        ZANMI, ZANMI_SHA, Lines("SALLE 2", "STOCK PHYSIQUE",
                                "DESIGNATIONS ET DOSAGE /DESCRIPTION PRODUIT", "CODE"),
        sheet="SALLE 2"),
    "stock-count-fr-codes-0001": Case(
        "ob_inventory2.xls", "3281016b3ed7cffc",
        Lines("Sheet1", "STOCK PHYSIQUE", "DESIGNATIONS ET DOSAGE /DESCRIPTION PRODUIT",
              "CODE")),
    "stock-count-template-instructions-sheet": Case(
        "ob_template_inventory.xls", "6017133bb32fcb33",
        Lines("Template", "Physical QOH", "Product name", "Product code")),
    "purchase-order-xls-needs-currency": Case(
        "ob_purchase_orders.xls", "9210ca1b03625c01", Refused("no_currency", ())),
    "purchase-order-xls": Case("ob_purchase_orders.xls", "9210ca1b03625c01",
                               Lines("Sheet1", "Quantity of units quoted", "Product",
                                     "Product code"), currency="USD"),
    "purchase-order-xlsx": Case("ob_purchase_orders.xlsx", "4beb28ffc0d17b0b",
                                Lines("Sheet1", "Quantity of units quoted", "Product",
                                      "Product code"), currency="USD"),
    "stock-levels-min-max-current": Case(
        "ob_inventory_levels_partial.xls", "3f12ad05f421962d",
        Lines("Sheet1", "Current quantity", "Product", "Product code"), currency="USD"),
    "shipment-items-without-quantities": Case(
        "ob_shipment_items_template.xls", "490bb18918accfee",
        Refused("no_goods_rows", ("row 1", "quantity (F)", "description (C)"))),
    "purchase-order-template-without-quantities": Case(
        "ob_purchase_order_template.xls", "3227d601b761ee97",
        Refused("no_goods_rows", ("row 1", "quantity (I)", "description (C)"))),
    "item-list-without-quantity": Case(
        "ob_inventory_items_no_quantity.xls", "faa53384b55a49f8",
        Refused("no_header", ("code (A)", "description (B)", "not found: quantity"))),
    "locations-not-goods": Case("ob_locations_template.xls", "fb0a3fe2a9c686cc",
                                Refused("no_header", ("not found: quantity",))),
    "hxl-3w-not-goods": Case("hxl_3w_input_valid.xlsx", "38460028424e61b8",
                             Refused("no_header", ("HXL tags", "#sector+es", "#item+qty"))),
    "hxl-3w-sample-not-goods": Case("hxl_3w_sample.xlsx", "5809e68b1885effc",
                                    Refused("no_header", ("HXL tags", "#org+es"))),
    "assessment-form-not-goods": Case("eden_ifrc_adat_cyclone_guba.xls", "db5befcc42cf9217",
                                      Refused("no_header", ("quantity (B)",
                                                            "not found: description"))),
    "commercial-invoice-units-row-commodity-label": Case(
        "bonsung_ci_pl_format_standard.xlsx", "e6d9a5b19d5b7aaf",
        Lines("CI format", "14.Quantity", "13.Description of Goods", beside=True, skip="total")),
    "commercial-invoices-workbook-kg-jpy": Case(
        "bonsung_invoice_chemicals.xlsx", "4f1430a056b68d14",
        Lines("IV AMS", "14.Quantity", "13.Description of Goods", skip="total")),
    "commercial-invoice-name-under-marks": Case(
        "bonsung_invoice_chemicals.xlsx", "4f1430a056b68d14",
        Lines("IV CT", "14.Quantity", "13.Description of Goods", beside=True, skip="total"),
        sheet="IV CT"),
    "proforma-invoice-name-under-marks": Case(
        "bonsung_invoice_easy_tech.xlsx", "aaca6813e95c6090",
        Lines("AT CHEM (2)", "14.Quantity", "13.Description of Goods", beside=True,
              skip="total"), sheet="AT CHEM (2)"),
    "packing-list-of-containers-without-quantities": Case(
        "bonsung_invoice_easy_tech.xlsx", "aaca6813e95c6090",
        Refused("no_header", ("quantity (C)", "not found: numbers under the quantity")),
        sheet="CT BDGA pl  "),
    "packing-list-units-row-repeated-table-fine-weights": Case(
        "giyo_invoice_packing_list_leather.xlsx", "bfd6b9998c78f845",
        Lines("Packing list", "Quantity(SF)", "Description", skip="total"),
        sheet="Packing list"),
    "invoice-square-feet-and-uncalculated-amounts": Case(
        "giyo_invoice_packing_list_leather.xlsx", "bfd6b9998c78f845",
        Refused("kept_unit_fraction", ("row 22", "'SF'", "row 27"), count=11)),
    "invoice-template-not-goods": Case(
        "giyo_template_jf_contract_invoice_pl.xlsx", "e3cd770395c81784",
        Refused("no_header", ("not found: description, quantity",))),
    "korean-upload-codes-without-names": Case(
        "ezadmin_upload_codes_ko.xlsx", "b03aa7034c037ccc",
        Refused("no_header", ("item code (A)", "quantity (B)", "not found: description"))),
    "korean-packing-list": Case("ezadmin_sample_packing_list_ko.xlsx", "4c6d4e89be557448",
                                Lines("Sheet1", "수량", "제품명")),
    "stock-levels-negative-counts": Case(
        "ob_inventory_levels_full.xls", "5df5cae73a8d7e80",
        Refused("positive", ("row 652", "row 673", "row 951"), count=3), currency="USD"),
    "stock-levels-good-rows-column-counts-footer": Case(
        "ob_inventory_levels_full.xls", "5df5cae73a8d7e80",
        Lines("Sheet1", "Current quantity", "Product", "Product code"), currency="USD",
        accept=True),
    "fabric-roll-list-without-goods-names": Case(
        "textile_roll_packing_list.xlsx", "0e33d9ea9da63ade",
        Refused("no_header", ("net weight (J)", "not found: description, quantity"))),
    "packing-list-template-empty": Case(
        "ob_completed_packing_list_template.xls", "3784e434c773766f",
        Refused("no_goods_rows", ("row 1", "quantity (G)", "description (D)"))),
    "commercial-invoice-2861-lines-currency-in-footer": Case(
        "specgenerator_commercial_invoice_eur.xlsx", "858f78a2ae376cce",
        Lines("sheet1", "Quantity", "Description", skip="total")),
    "polish-customs-specification": Case(
        "specgenerator_specyfikacja_pl.xlsx", "554ed6842ac63461",
        Lines("Arkusz1", "ilość pudełek", "opis", "kod")),
    "sap-billing-list-ukrainian": Case(
        "printform_sap_billing_uk.xls", "8d5e8c03bbe1e1df",
        Lines("To_Paste", "Bill.qty", "Description")),
    "sap-billing-list-numbered-columns-fraction-of-a-box": Case(
        "printform_sap_billing_uk.xlsx", "0a9ac3063cd1229a",
        Refused("whole", ("row 11", "56.12"))),
    "japanese-invoice-of-work-hours-not-goods": Case(
        "invoice_maker_seikyusho_ja.xlsx", "39bb3ac6d4287d58",
        Refused("no_header", ("row 15", "quantity (C)", "unit value (D)",
                              "not found: description"))),
    "requisition-template-placeholders": Case(
        "openlmis_simam_requisition_template.xlsx", "071e23cd34b8bb78",
        Refused("no_goods_rows", ("row 2", "quantity (E)"))),
}


def _find(name: str) -> Path | None:
    return next((p / name for p in PLACES if (p / name).is_file()), None)


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the session's demo per case: an import remembers its layout for the partner."""
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield db
    db.close()


def _oracle(path: Path, spec: Lines, accept: bool = False) -> list[tuple[Decimal, str]]:
    """(quantity, description or item code) of every goods row, read by python-calamine
    (a name is text; with ``accept``, rows of a negative quantity are left out)."""
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(spec.sheet).to_python()
    header = next(i for i, row in enumerate(rows)
                  if spec.quantity in [str(t).strip() for t in row])
    titles = [str(t).strip() for t in rows[header]]
    qty, text = titles.index(spec.quantity), titles.index(spec.description)
    code = titles.index(spec.code) if spec.code else None
    out = []
    for row in rows[header + 1:]:
        value = row[qty] if qty < len(row) else ""
        name = row[text].strip() if text < len(row) and isinstance(row[text], str) else ""
        if spec.beside:
            name = _beside(row, text, name)
        if not any(isinstance(c, str) and c.strip() for c in row):
            continue  # numbers only: no goods named (counts under an export)
        if not name and code is not None and code < len(row):
            name = str(row[code]).strip()
        if spec.skip and any(isinstance(c, str) and c.strip().casefold().startswith(spec.skip)
                             for c in row):
            continue
        if isinstance(value, int | float) and not isinstance(value, bool) and value and name \
                and not (accept and value < 0):
            out.append((Decimal(repr(value)).normalize(), name))
    return out


def _beside(row: list[object], text: int, name: str) -> str:
    """The goods a label names in a cell to its right, or an empty name's neighbour's text."""
    if name.endswith((":", "：")):
        right = [c.strip() for c in row[text + 1:] if isinstance(c, str) and c.strip()]
        return right[0] if right else name
    if not name:
        near = [row[i] for i in (text - 1, text + 1) if 0 <= i < len(row)]
        return next((c.strip() for c in near if isinstance(c, str) and c.strip()), "")
    return name


def test_every_case_names_a_listed_file() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for case in CASES.values():
        assert f"`{case.file}`" in readme and case.sha256 in readme


@pytest.mark.parametrize("name", sorted(CASES))
def test_real_workbook(name: str, demo: Database) -> None:
    case = CASES[name]
    path = _find(case.file)
    if path is None:
        pytest.skip(f"{case.file} is not laid out here (see tests/fixtures/imports/real/README.md)")
    assert hashlib.sha256(path.read_bytes()).hexdigest().startswith(case.sha256)

    def run() -> list[tuple[Decimal, str]]:  # imported, then read back from the database
        result = import_manifest(demo, path, partner="Munich", recipient="Kyiv", actor="test",
                                 sheet=case.sheet, currency=case.currency,
                                 accept_good_rows=case.accept)
        lines = get_detail(demo, result.reference or "").lines
        assert result.lines == len(lines)
        return [(milli_to_decimal(x.qty_milli).normalize(),
                 (x.description or x.description_en).split(" [")[0]) for x in lines]

    if isinstance(case.expect, Lines):
        want = _oracle(path, case.expect, case.accept)
        assert want and run() == want
        return
    with pytest.raises((ImportRejected, ValidationFailed)) as refused:
        run()
    if isinstance(refused.value, ImportRejected):
        reason, detail = refused.value.reason, detail_text(refused.value.params, "en")
    else:
        problems = refused.value.problems
        assert len(problems) == case.expect.count
        reason = problems[0].rule
        detail = " ".join(f"row {p.row} {p.params}" for p in problems)
    assert reason == case.expect.reason
    assert all(word in detail for word in case.expect.says), detail
