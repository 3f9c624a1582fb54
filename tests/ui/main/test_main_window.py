"""The main window: rows shown, filters and search (Cyrillic, VIN), side panel, shortcuts."""

from __future__ import annotations

from helpers import finish_jobs, type_text
from PySide6.QtCore import Qt

from aidtracker.domain import Status


def _refs(window) -> list[str]:
    model = window.table_model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_window_shows_the_demo_rows_and_remembers_the_file(window, demo_db) -> None:
    assert window.table_model.rowCount() == 42
    assert window.table_model.data(window.table_model.index(0, 0)).startswith("KYV-")
    assert window._status["count"].text().startswith("42 shipment")
    assert window.settings.last_database() == demo_db.resolve()
    assert window.settings.recent_files()[0] == demo_db.resolve()


def test_search_finds_cyrillic_substrings_and_vins(window, qtbot) -> None:
    window.actions_.find.trigger()
    search = window.filters.search
    type_text(search, "парацетам")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    refs = _refs(window)
    assert len(refs) == 1
    row = window.table_model.row_at(0)
    assert row.status is Status.CLEARED
    search.clear()
    qtbot.keyClicks(search, "zzd0amb2026000007")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert len(_refs(window)) == 1
    search.clear()
    type_text(search, "рукавич")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.table_model.rowCount() == 0  # the demo sends no gloves


def test_search_is_debounced_while_typing(window, qtbot) -> None:
    qtbot.keyClicks(window.filters.search, "Paracetamol")
    assert window.table_model.rowCount() == 42  # nothing re-queried per key
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 1, timeout=3000)


def test_status_and_partner_filters(window, qtbot) -> None:
    status = window.filters.status
    status.setFocus()
    qtbot.keyClicks(status, "At")  # keyboard search; a space would open the popup
    assert window.table_model.rowCount() == 3
    assert {window.table_model.row_at(r).status for r in range(3)} == {Status.AT_BORDER}
    partner = window.filters.partner
    index = partner.findData("Leipzig")
    partner.setCurrentIndex(index)
    partner.activated.emit(index)
    assert all(window.table_model.row_at(r).partner_city == "Leipzig"
               for r in range(window.table_model.rowCount()))
    qtbot.mouseClick(window.filters.clear_button, Qt.MouseButton.LeftButton)
    assert window.table_model.rowCount() == 42


def test_sorting_requeries_sql(window) -> None:
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    refs = _refs(window)
    assert refs == sorted(refs)
    window.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    lines = [window.table_model.row_at(r).lines for r in range(42)]
    assert lines == sorted(lines, reverse=True)


def test_attention_panel_lists_deadlines_blockers_holds_and_counts(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.week is not None, timeout=10_000)  # built after the paint
    finish_jobs(qtbot)
    tree = window.attention.tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert titles[0].startswith("Deadlines overdue or at risk")
    assert titles[1].startswith("Blocking paperwork") and titles[2] == "Held at customs (2)"
    assert titles[3] == "Shipments per status"
    held = tree.topLevelItem(2).child(0)
    with qtbot.waitSignal(window.attention.open_requested) as opened:
        tree.itemActivated.emit(held, 0)
    assert opened.args[0] in window.editors
    window.editors[opened.args[0]].close()


def test_enter_on_a_row_opens_its_editor(window, qtbot) -> None:
    window.table.setFocus()
    window.table.selectRow(2)
    reference = window.table_model.row_at(2).reference
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert reference in window.editors
    editor = window.editors[reference]
    assert editor.tabs.count() == 6  # General … Distribution, Issued documents
    editor.close()


def test_status_menu_offers_only_allowed_events(window) -> None:
    from aidtracker.workflow import allowed_events
    from ui.texts.labels import event_label

    window.table.selectRow(0)
    row = window.table_model.row_at(0)
    menu = window.actions_.status_menu
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [event_label(e)
                                                  for e in allowed_events(row.status)]


def test_other_sessions_are_named_in_the_status_bar(window, qtbot, demo_db) -> None:
    from aidtracker.services import maintenance
    from aidtracker.services.listing import connect_verified_later

    other = connect_verified_later(demo_db)
    try:
        maintenance.register_session(other)
    finally:
        other.close()
    window.controller.heartbeat()
    assert "Also open on:" in window._status["others"].text()


def test_ctrl_n_opens_a_new_shipment_editor(window, qtbot) -> None:
    from ui.editor.editor import ShipmentEditor

    window.activateWindow()
    window.actions_.new_shipment.trigger()
    editors = [e for e in window.findChildren(ShipmentEditor) if e.detail is None]
    assert len(editors) == 1 and editors[0].isVisible()
    editors[0].close()
