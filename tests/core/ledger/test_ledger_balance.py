"""The ledger shows the balance: received, distributed, written off, on hand and UAH per line,
an accountant's print setup, HXL tags tools read right, and a file colleagues can open."""

from __future__ import annotations

import os
import stat
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl

from aidtracker.domain import DistributionKind, DistributionLine, WriteOffReason
from aidtracker.services import progress, rates, stock
from aidtracker.services.ledger import export_ledger_file
from aidtracker.services.shipments import create_shipment
from tests.core.services.test_services import _walk_to_delivered
from tests.factories import make_header, make_line


def test_balance_columns_uah_and_print_setup(db, seed, tmp_path: Path) -> None:
    rates.add_rate(db, "EUR", date(2026, 2, 2), Decimal("44.1245"), actor="a")
    ref = create_shipment(db, make_header(seed), [make_line()], actor="a")  # 100 × 2.50 EUR
    _walk_to_delivered(db, ref)
    progress.add_distribution(db, ref, on=date(2026, 2, 10), kind=DistributionKind.ACT,
                              lines=[DistributionLine(1, 60_000)], actor="a",
                              acquirer_id=seed.acquirer)
    stock.add_write_off(db, ref, line_no=1, qty_milli=5_000, reason=WriteOffReason.EXPIRED,
                        on=date(2026, 2, 11), actor="a")
    out = tmp_path / "ledger.xlsx"
    mask = os.umask(0o022)
    try:
        export_ledger_file(db, out, hxl=True)
    finally:
        os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    wb = openpyxl.load_workbook(out)
    items = wb["Items"]
    header = [c.value.split(" / ")[1] for c in items[1]]
    tags = dict(zip(header, (c.value for c in items[2]), strict=True))
    row = dict(zip(header, (c.value for c in items[3]), strict=True))
    assert (row["Received good"], row["Damaged"], row["Missing"], row["Distributed"],
            row["Written off"], row["On hand"]) == (100, 0, 0, 60, 5, 35)
    assert Decimal(str(row["Value, UAH"])) == Decimal("11031.13")  # 250.00 × 44.1245
    assert (tags["Line"], tags["Description"], tags["Value"], tags["Unit value"]) == (
        "#meta+line", "#item+name", "#value", "#value+unit")
    shipments = wb["Shipments"]
    header = [c.value.split(" / ")[1] for c in shipments[1]]
    assert Decimal(str(dict(zip(header, (c.value for c in shipments[3]), strict=True))[
        "Value, UAH"])) == Decimal("11031.13")
    for ws in (items, shipments):
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$2"
        assert ws.oddFooter.center.text == "&P / &N"
