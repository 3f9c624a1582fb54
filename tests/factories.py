"""Builders of valid domain values for tests; override any field (STYLE.md §5)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from aidtracker.domain import LineItem, Shipment, Status, Unit

DEMO_TODAY = date.today()  # the day the test session's demo database is built for


@dataclass(frozen=True)
class Seed:
    """Ids of a partner pair, a donor, a recipient and an acquirer (the ``seed`` fixture)."""

    partnership: int
    donor: int
    recipient: int
    acquirer: int


def make_line(**changes: object) -> LineItem:
    """A valid goods line; override any field."""
    base = LineItem(id=None, line_no=0, category="hygiene", description="Рукавички нітрилові",
                    description_en="Nitrile gloves", qty_milli=100_000, unit=Unit.PCS,
                    currency="EUR", unit_value_minor=250, hs_code="401512", packages=2,
                    net_g=9_000, gross_g=10_000)
    return dataclasses.replace(base, **changes)


def make_header(seed: Seed, **changes: object) -> Shipment:
    """A draft header between the seeded parties."""
    base = Shipment(id=None, reference="", status=Status.DRAFT, partnership_id=seed.partnership,
                    donor_id=seed.donor, recipient_id=seed.recipient)
    return dataclasses.replace(base, **changes)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    """A one-sheet workbook of ``rows`` (as a partner's list would be typed), at ``path``."""
    from openpyxl import Workbook  # lazy: only the tests that write a workbook load openpyxl

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def fill_template(path: Path, rows: list[dict[str, object]]) -> None:
    """Type ``rows`` (field → value) under the header of our packing-list template at ``path``,
    as a partner fills it in."""
    # lazy: only the tests that fill a template load openpyxl and the ledger
    import openpyxl

    from aidtracker.ledger.template import ID_SHEET, field_order

    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[1]
    header = int(dict(r for r in wb[ID_SHEET].iter_rows(values_only=True))["header_row"])
    order = field_order()
    for n, row in enumerate(rows, start=header + 1):
        for field, value in row.items():
            ws.cell(n, order.index(field) + 1, value)
    wb.save(path)
