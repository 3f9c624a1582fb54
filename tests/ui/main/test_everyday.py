"""Everyday commands (issue 15): shortcuts wherever focus is, Return in the grid, priority kept
after Save, every problem of a Save at once, duplicate, print the list, F1 guide, search hits."""

from __future__ import annotations

from helpers import activate, choose, fill, type_cell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTextBrowser

from aidtracker.domain import Priority
from ui.editor.editor import ShipmentEditor
from ui.models.lines import NAMES
from ui.models.shipment_table import FOUND

CTRL = Qt.KeyboardModifier.ControlModifier


def _new_editor(window, qtbot) -> ShipmentEditor:
    window.actions_.new_shipment.trigger()
    [editor] = [e for e in window.findChildren(ShipmentEditor) if e.detail is None]
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    return editor


def test_ctrl_e_and_ctrl_n_work_from_the_search_box_and_an_editor(window, qtbot) -> None:
    search = window.filters.search
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_E, CTRL)  # a line edit would take Ctrl+E as "end"
    assert window.excel.export_dialog is not None, "Ctrl+E did nothing from the search box"
    window.excel.export_dialog.close()
    window.table.selectRow(0)
    reference = window.table_model.row_at(0).reference
    window.open_shipment(reference)
    editor = window.editors[reference]
    qtbot.waitExposed(editor)
    notes = editor.general.widgets["notes"]
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_N, CTRL)
    assert [e for e in window.findChildren(ShipmentEditor) if e.detail is None]
    qtbot.keyClick(notes, Qt.Key.Key_F, CTRL)
    assert window.filters.search.hasFocus() or window.focusWidget() is window.filters.search


def test_return_in_the_items_grid_moves_on_and_adds_no_line(window, qtbot) -> None:
    editor = _new_editor(window, qtbot)
    items = editor.items
    editor.tabs.setCurrentWidget(items)
    qtbot.mouseClick(items.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(items.add_button, Qt.MouseButton.LeftButton)
    column = NAMES.index("description")
    type_cell(qtbot, items.view, 0, column, "Ковдра")
    items.view.setCurrentIndex(items.model.index(0, column))
    qtbot.keyClick(items.view, Qt.Key.Key_Return)
    assert items.model.rowCount() == 2
    assert (items.view.currentIndex().row(), items.view.currentIndex().column()) == (1, column)
    qtbot.keyClick(items.view, Qt.Key.Key_Return)
    assert items.model.rowCount() == 2


def test_priority_survives_save(window, qtbot) -> None:
    editor = _new_editor(window, qtbot)
    priority: QComboBox = editor.general.widgets["priority"]
    assert priority.currentData() == "normal"  # shown as it will be saved
    general = editor.general
    choose(qtbot, general.widgets["partnership_id"], "Leipzig")
    choose(qtbot, general.widgets["donor_id"], "City of Leipzig")
    choose(qtbot, general.widgets["recipient_id"], "Kyiv City State")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert editor.detail is not None, editor.banner.text()
    assert editor.detail.shipment.priority is Priority.NORMAL
    assert priority.currentData() == "normal"
    choose(qtbot, priority, "urgent")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert editor.detail.shipment.priority is Priority.URGENT
    assert priority.currentData() == "urgent"


def test_every_problem_of_a_save_is_listed_and_marked(window, qtbot) -> None:
    editor = _new_editor(window, qtbot)
    general, items = editor.general, editor.items
    fill(qtbot, general.widgets["planned_loading"], "31.02.2030")
    editor.tabs.setCurrentWidget(items)
    qtbot.mouseClick(items.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, items.view, 0, NAMES.index("description"), "Ковдра")
    type_cell(qtbot, items.view, 0, NAMES.index("qty"), "abc")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert editor.detail is None
    # three parties missing, a bad date and a bad quantity: all five in one Save
    assert "5 problems" in editor.banner.text()
    for name in ("partnership_id", "donor_id", "recipient_id", "planned_loading"):
        assert general.problem_labels[name].isVisibleTo(editor.general), name
        assert "border" in general.widgets[name].styleSheet(), name
    assert "qty" in items.problems.text().lower() or items.problems.text()


def test_duplicate_opens_a_new_draft(window, qtbot) -> None:
    window.table.selectRow(0)
    source = window.table_model.row_at(0).reference
    window.actions_.duplicate.trigger()
    new = [r for r in window.editors if r != source]
    assert len(new) == 1
    editor = window.editors[new[0]]
    assert editor.detail.shipment.status.value == "draft"


def test_print_the_list_as_filtered(window, qtbot, tmp_path) -> None:
    from pypdf import PdfReader

    from ui.main.everyday import print_list

    window.filters.search.setText("generator")
    window.apply_filters()
    shown = [window.table_model.row_at(i).reference for i in range(window.table_model.rowCount())]
    assert shown and len(shown) < 42
    found = window.table_model.data(window.table_model.index(0, FOUND))
    assert "generator" in found.casefold()  # the list says what matched
    pdf = tmp_path / "list.pdf"
    print_list(window, pdf)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert all(reference in text for reference in shown)
    assert f"{len(shown)} of {len(shown)} shipments" in text


def test_f1_opens_the_guide_with_the_workflow(window, qtbot) -> None:
    from ui.dialogs.guide import GuideDialog, main_path

    window.actions_.guide.trigger()
    [guide] = window.findChildren(GuideDialog)
    text = guide.findChild(QTextBrowser).toPlainText()
    assert "Ctrl+E" in text and "Ctrl+N" in text and "F1" in text
    path = [status for status, _ in main_path()]
    assert path[0].value == "draft" and path[-1].value == "closed" and len(path) >= 12
    assert "Ready" in text and "Held at customs" in text
    guide.close()


def test_overdue_in_colour_and_this_week(window, qtbot) -> None:
    from ui.dialogs.week_dialog import OVERDUE, WeekDialog

    qtbot.waitUntil(lambda: window.week is not None, timeout=10_000)
    week = window.week
    assert week.items and week.overdue  # the demo has late shipments and plans this week
    model = window.table_model
    colours = {model.row_at(r).reference: model.data(model.index(r, 0),
                                                     Qt.ItemDataRole.ForegroundRole)
               for r in range(model.rowCount())}
    assert {ref for ref, colour in colours.items() if colour is not None} == set(week.overdue)
    window.actions_.this_week.trigger()
    [dialog] = window.findChildren(WeekDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(window.week.items), timeout=10_000)
    first = dialog.table.item(0, 1)
    assert first.text() in week.overdue and first.foreground().color() == OVERDUE
    dialog.table.itemActivated.emit(first)
    assert first.text() in window.editors
    dialog.close()
