"""The main window's layout: first-start size, remembered geometry and docks, column widths,
and child windows shown beside it (not kept on top)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from ui.main.host import WindowHost
from ui.models.shipment_table import FOUND, UPDATED, display_texts
from ui.settings import share_of_screen

WIDTHS = (15, 14, 11, 16, 22, 16, 10, 5, 8, 15, 30)  # in average characters
FIRST_START_AREA = 0.85  # of the available screen area
FIT_ROWS = 60  # rows measured for the first widths: more than a screenful at 1080 px


def fit_to_content(window: WindowHost) -> None:
    """Once, when no widths were saved: each column as wide as the rows of a first screen need
    (between its title and 40 characters)."""
    rows = [r for r in (window.table_model.row_at(i)
                        for i in range(min(FIT_ROWS, window.table_model.rowCount()))) if r]
    if not rows:
        return
    window.columns_fitted = True
    header = window.table.horizontalHeader()
    metrics, char = window.table.fontMetrics(), window.table.fontMetrics().averageCharWidth()
    texts = [display_texts(r) for r in rows]
    for column in range(len(texts[0])):
        title = str(window.table_model.headerData(column, Qt.Orientation.Horizontal))
        widest = max(metrics.horizontalAdvance(t[column]) for t in texts) + 20
        header.resizeSection(column, max(header.fontMetrics().horizontalAdvance(title) + 28,
                                         min(widest, 40 * char)))


def fit_columns(window: WindowHost) -> None:
    """Column widths from the font (readable at 125–150 % scaling), never below the title."""
    header = window.table.horizontalHeader()
    char = window.table.fontMetrics().averageCharWidth()
    for column, width in enumerate(WIDTHS):
        title = str(window.table_model.headerData(column, Qt.Orientation.Horizontal))
        header.resizeSection(column, max(width * char + 16,
                                         header.fontMetrics().horizontalAdvance(title) + 28))


def restore_layout(window: WindowHost) -> None:
    char = window.fontMetrics().averageCharWidth()
    geometry = window.settings.blob("main/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(share_of_screen(window, FIRST_START_AREA))  # first start: use the screen
        window.move(window.screen().availableGeometry().center() - window.rect().center())
    state = window.settings.blob("main/state")
    if state is None or not window.restoreState(state):
        QTimer.singleShot(0, lambda: window.resizeDocks(
            [window.dock], [max(char * 46, window.width() * 26 // 100)],
            Qt.Orientation.Horizontal))
    header = window.settings.blob("main/columns")
    window.columns_fitted = header is not None and window.table.horizontalHeader(
    ).restoreState(header)
    if not window.columns_fitted:  # the sorted column ("Last change") next to the reference
        window.table.horizontalHeader().moveSection(UPDATED, 1)
        window.table.horizontalHeader().moveSection(FOUND, 1)  # beside it while searching


def save_layout(window: WindowHost) -> None:
    window.settings.set_blob("main/geometry", window.saveGeometry())
    window.settings.set_blob("main/state", window.saveState())
    window.settings.set_blob("main/columns", window.table.horizontalHeader().saveState())
    window.settings.sync()


def show_beside(window: QWidget) -> None:
    """Show a child window as a normal window: not kept above the main window (no transient
    parent), so the main window's menus stay reachable."""
    window.winId()  # creates the native window, where Qt sets the transient parent
    handle = window.windowHandle()
    if handle is not None:
        handle.setTransientParent(None)  # type: ignore[arg-type]  # None: no parent
    window.show()


def show_found_column(window: WindowHost) -> None:
    """The "Found in" column is shown while a search is active, next to the reference."""
    searching = bool(window.table_model.query.search.strip())
    window.table.horizontalHeader().setSectionHidden(FOUND, not searching)
