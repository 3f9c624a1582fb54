"""Windows use the screen at first start and reopen as they were closed (issue 15, major 6)."""

from __future__ import annotations

from PySide6.QtCore import QRect

from ui.dialogs.directories import DirectoriesDialog


def test_first_start_uses_most_of_the_screen_and_shows_the_sort(window) -> None:
    from ui.settings import share_of_screen

    screen = window.screen().availableGeometry()
    wanted = share_of_screen(window, 0.85)
    share = wanted.width() * wanted.height() / (screen.width() * screen.height())
    assert abs(share - 0.85) < 0.01
    # the offscreen test screen is smaller than the window's minimum; a real one is not
    assert window.height() == wanted.height() and window.width() >= wanted.width()
    header = window.table.horizontalHeader()
    sorted_column = header.sortIndicatorSection()
    shown_before = [v for v in range(header.visualIndex(sorted_column))
                    if not header.isSectionHidden(header.logicalIndex(v))]
    assert header.isSortIndicatorShown() and len(shown_before) <= 1  # beside the reference
    first_row = window.table_model.row_at(0)
    reference_width = window.table.fontMetrics().horizontalAdvance(first_row.reference)
    assert header.sectionSize(0) >= reference_width  # columns fit their content


def test_main_window_editor_and_dialog_geometry_restored(window, qtbot) -> None:
    from ui.app import build_window
    from ui.settings import Settings

    reference = window.table_model.row_at(0).reference
    window.open_shipment(reference)
    editor = window.editors[reference]
    qtbot.waitExposed(editor)
    assert editor.windowHandle().transientParent() is None  # a normal window, not on top
    editor.setGeometry(QRect(40, 50, 700, 610))
    editor.close()
    window.show_directory(0)
    [dialog] = window.findChildren(DirectoriesDialog)
    qtbot.waitExposed(dialog)
    dialog.setGeometry(QRect(60, 70, 620, 480))
    dialog.close()
    window.resize(window.width(), 650)  # the offscreen screen is only 800 px wide
    closed = (window.width(), window.height())
    window.close()

    again = build_window(Settings(), "en")
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == closed
    assert again.open_path(window.controller.path or again.settings.last_database())
    again.open_shipment(reference)
    restored = again.editors[reference]
    qtbot.waitExposed(restored)
    assert (restored.width(), restored.height()) == (700, 610)
    restored.close()
    again.show_directory(1)
    [shown] = again.findChildren(DirectoriesDialog)
    qtbot.waitExposed(shown)
    assert (shown.width(), shown.height()) == (620, 480)
    shown.close()
    again.controller.close()
