"""The File menu's Excel actions: import a partner city's packing list (Ctrl+I) and export the
ledger (Ctrl+E). ``install(window, controller)`` adds them to the window once; they rename
themselves when the language changes. The dialogs (and the importer and ledger code behind
them) load on first use, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.controller import AppController

if TYPE_CHECKING:
    from aidtracker.services.ledger import LedgerFilters
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_dialog import ImportDialog


class ExcelActions(QObject):
    """The two actions and the dialogs they open (one of each at a time)."""

    def __init__(self, window: QMainWindow, controller: AppController) -> None:
        super().__init__(window)
        self.setObjectName("excel_actions")
        self.main, self.controller = window, controller
        self.import_list = self._action("Ctrl+I")
        self.export_ledger = self._action("Ctrl+E")
        self.export_ledger.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self._place()
        self.import_list.triggered.connect(self.open_import)
        self.export_ledger.triggered.connect(self.open_export)
        controller.database_opened.connect(self._enable)
        controller.database_closed.connect(self._enable)
        controller.database_closed.connect(self._close_dialogs)
        window.installEventFilter(self)
        self.retranslate()
        self._enable()

    def _action(self, shortcut: str) -> QAction:
        action = QAction(self.main)
        action.setShortcut(QKeySequence(shortcut))
        self.main.addAction(action)
        return action

    def _place(self) -> None:
        """Into the File menu, before "Backup"."""
        actions = getattr(self.main, "actions_", None)
        menu = getattr(actions, "file_menu", None)
        if not isinstance(menu, QMenu):
            menus = [m for a in self.main.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
            menu = menus[0] if menus else self.main.menuBar().addMenu("&File")
        before = getattr(actions, "backup", None)
        if isinstance(before, QAction) and before in menu.actions():
            menu.insertActions(before, [self.import_list, self.export_ledger])
        else:
            menu.addActions([self.import_list, self.export_ledger])

    def retranslate(self) -> None:
        self.import_list.setText(self.tr("&Import a packing list…"))
        self.import_list.setStatusTip(self.tr(
            "Read a partner city's packing list (xlsx, xls or csv) into a draft shipment"))
        self.export_ledger.setText(self.tr("&Export the ledger (Excel)…"))
        self.export_ledger.setStatusTip(self.tr(
            "Shipments, items, distributions and a summary in one Excel workbook"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    @Slot()
    def _enable(self) -> None:
        open_ = self.controller.path is not None
        self.import_list.setEnabled(open_)
        self.export_ledger.setEnabled(open_)

    @Slot()
    def _close_dialogs(self) -> None:
        """Their lists belong to the file that was closed."""
        for dialog in (self.import_dialog, self.export_dialog):
            if dialog is not None and dialog.isVisible():
                dialog.close()

    # --- the dialogs --------------------------------------------------------------------

    @Slot()
    def open_import(self) -> ImportDialog | None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.import_dialog import ImportDialog

        if self.controller.path is None:
            return None
        old = self.import_dialog
        if old is not None and (old.isVisible() or old.busy):
            old.show()
            old.raise_()
            old.activateWindow()
            return old
        if old is not None:
            old.deleteLater()
        dialog = ImportDialog(self.controller, self.main)
        dialog.imported.connect(self.controller.shipment_changed)
        self.import_dialog = dialog
        dialog.show()
        return dialog

    @Slot()
    def open_export(self) -> ExportDialog | None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.export_dialog import ExportDialog

        if self.controller.path is None:
            return None
        old = self.export_dialog
        if old is not None and (old.isVisible() or (old.job is not None and old.job.running)):
            old.raise_()
            old.activateWindow()
            return old
        if old is not None:
            old.deleteLater()
        filters, search = window_filters(self.main)
        dialog = ExportDialog(self.controller, filters, self.main, search=search)
        self.export_dialog = dialog
        dialog.open()
        return dialog


def window_filters(window: Any) -> tuple[LedgerFilters, str]:
    """The main window's current filters (and search text), if it has a filter bar."""
    # lazy: openpyxl loads on first export, not at start-up
    from aidtracker.services.ledger import LedgerFilters

    bar, model = getattr(window, "filters", None), getattr(window, "table_model", None)
    if bar is None or model is None or not hasattr(bar, "apply_to"):
        return LedgerFilters(), ""
    try:
        q = bar.apply_to(model.query)
    except (AttributeError, TypeError, ValueError):
        return LedgerFilters(), ""
    return LedgerFilters(status=q.status, partner=q.partner, recipient=q.recipient,
                         date_from=q.date_from, date_to=q.date_to), q.search


def install(window: QMainWindow, controller: AppController) -> ExcelActions:
    """Add the Excel actions to ``window`` (once: a second call returns the same object)."""
    existing = window.findChild(ExcelActions, "excel_actions")
    if isinstance(existing, ExcelActions):
        return existing
    return ExcelActions(window, controller)
