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


@dataclass(frozen=True)
class Refused:
    """Refused: the reason (an ImportRejected reason or a row rule) and words of its detail."""

    reason: str
    says: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    file: str
    sha256: str
    expect: Lines | Refused
    sheet: str | None = None
    currency: str | None = None


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


def _oracle(path: Path, spec: Lines) -> list[tuple[Decimal, str]]:
    """(quantity, description or item code) of every goods row, read by python-calamine."""
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(spec.sheet).to_python()
    header = next(i for i, row in enumerate(rows)
                  if spec.quantity in [str(t).strip() for t in row])
    titles = [str(t).strip() for t in rows[header]]
    qty, text = titles.index(spec.quantity), titles.index(spec.description)
    code = titles.index(spec.code) if spec.code else None
    out = []
    for row in rows[header + 1:]:
        value = row[qty] if qty < len(row) else ""
        name = str(row[text]).strip() if text < len(row) else ""
        if not name and code is not None and code < len(row):
            name = str(row[code]).strip()
        if isinstance(value, int | float) and not isinstance(value, bool) and value and name:
            out.append((Decimal(repr(value)).normalize(), name))
    return out


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
                                 sheet=case.sheet, currency=case.currency)
        lines = get_detail(demo, result.reference or "").lines
        assert result.lines == len(lines)
        return [(milli_to_decimal(x.qty_milli).normalize(),
                 (x.description or x.description_en).split(" [")[0]) for x in lines]

    if isinstance(case.expect, Lines):
        want = _oracle(path, case.expect)
        assert want and run() == want
        return
    with pytest.raises((ImportRejected, ValidationFailed)) as refused:
        run()
    if isinstance(refused.value, ImportRejected):
        reason, detail = refused.value.reason, detail_text(refused.value.params, "en")
    else:
        (problem,) = refused.value.problems
        reason, detail = problem.rule, f"row {problem.row} {problem.params}"
    assert reason == case.expect.reason
    assert all(word in detail for word in case.expect.says), detail
