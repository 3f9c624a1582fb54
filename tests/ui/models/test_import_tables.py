"""The import preview's text tables: formatted lines, marked rows, Qt's model rules."""

from __future__ import annotations

from factories import make_line
from PySide6.QtCore import Qt

from aidtracker.domain import Asset, AssetKind
from ui.models.import_tables import (
    LINE_COLUMNS,
    LINE_NUMERIC,
    PROBLEM_COLUMNS,
    TextTableModel,
    line_cells,
)


def test_a_line_is_shown_in_the_user_s_numbers(qapp) -> None:
    line = make_line(line_no=2, qty_milli=1_500, gross_g=12_500, unit_value_minor=1_000,
                     assets=(Asset(id=None, kind=AssetKind.EQUIPMENT, serial_no="SN-1"),))
    cells = line_cells(line, 7)
    assert len(cells) == len(LINE_COLUMNS)
    assert (cells[0], cells[1], cells[7], cells[8], cells[9]) == ("7", "2", "EUR", "401512",
                                                                 "SN-1")
    assert cells[3].replace("\u00a0", " ") in ("1,5", "1.5")
    assert cells[6].replace("\u00a0", " ") in ("15,00", "15.00")


def test_marked_rows_are_red_and_numbers_right_aligned(qtmodeltester) -> None:
    model = TextTableModel(PROBLEM_COLUMNS, {0})
    model.set_rows([("5", "B", "error", "Quantity: not a number"), ("6", "", "warning", "x")],
                   [True, False])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 4
    assert model.index(0, 3).data() == "Quantity: not a number"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Problem"
    assert set(range(len(LINE_COLUMNS))) >= LINE_NUMERIC
