"""The main window: the shipments table with its filter bar, the "Needs attention" panel, the
menus, and the shipment editors it opens."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import ShipmentRow
from ui.controller import AppController
from ui.main import actions as main_actions
from ui.main import database_flows as flows
from ui.main import everyday, excel_actions
from ui.main import layout as main_layout
from ui.main.host import WindowHost
from ui.main.list_reader import ListReader
from ui.models.shipment_table import UPDATED, ShipmentTableModel
from ui.settings import Settings
from ui.widgets.filter_bar import FilterBar
from ui.workers import JobHandle, start_job, with_database

if TYPE_CHECKING:
    from aidtracker.services.maintenance import SessionInfo
    from aidtracker.services.week import Week
    from ui.widgets.attention_panel import AttentionPanel

AFTER_PAINT_MS = 150  # the side panel is computed once the list has been painted


class MainWindow(WindowHost):
    """The shipments list and everything started from it."""

    def __init__(self, controller: AppController, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.controller, self.settings = controller, settings
        self.editors: dict[str, QWidget] = {}
        self.table_model = ShipmentTableModel(controller.page, controller.count, self,
                                              matches=controller.matches)
        self.filters = FilterBar(self)
        self.table = QTableView(self)
        self.attention: AttentionPanel  # built after the first paint: install_side_panel
        self.dock = QDockWidget(self)
        self.demo_banner = QLabel(self)
        self.is_demo = False
        self._status = {name: QLabel(self) for name in ("file", "count", "check", "others")}
        self.attention_job: JobHandle | None = None
        self._attention_again = False
        self._attention_timer = QTimer(self)
        self._attention_timer.setSingleShot(True)
        self._attention_timer.setInterval(800)
        self.actions_ = main_actions.create_actions(self)
        self._build()
        self._connect()
        self.excel = excel_actions.install(self, controller)
        everyday.install(self)
        self.reader = ListReader(self)
        self.table_model.modelReset.connect(lambda: main_layout.show_found_column(self))
        main_layout.show_found_column(self)
        self.retranslate()
        main_layout.restore_layout(self)

    # --- construction -------------------------------------------------------------------

    def install_side_panel(self) -> None:
        """The "Needs attention" panel in its dock, built after the first paint (what it shows
        is computed on a worker afterwards anyway)."""
        from ui.widgets.attention_panel import AttentionPanel  # lazy: after the first paint

        self.attention = AttentionPanel(self)
        self.dock.setWidget(self.attention)
        self.attention.open_requested.connect(self.open_shipment)

    def _build(self) -> None:
        table = self.table
        table.setModel(self.table_model)
        table.setObjectName("shipments")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        main_layout.fit_columns(self)
        header.setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.demo_banner.setObjectName("demo_banner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet(
            "background: #fff3c4; color: #5d4200; border: 1px solid #e0b100; padding: 6px;")
        self.demo_banner.hide()
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.filters)
        layout.addWidget(table, 1)
        self.setCentralWidget(central)
        self.dock.setObjectName("attention_dock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        bar = self.statusBar()
        for name in ("file", "count", "check"):
            bar.addWidget(self._status[name])
        bar.addPermanentWidget(self._status["others"])

    def _connect(self) -> None:
        a, c = self.actions_, self.controller
        a.new_database.triggered.connect(lambda: flows.new_database(self))
        a.open_database.triggered.connect(lambda: flows.open_dialog(self))
        a.open_demo.triggered.connect(lambda: flows.open_demo(self))
        a.backup.triggered.connect(lambda: flows.backup(self))
        a.settings.triggered.connect(self.show_settings)
        a.quit.triggered.connect(self.close)
        a.new_shipment.triggered.connect(self.new_shipment)
        a.open_shipment.triggered.connect(self.open_selected)
        a.print_.triggered.connect(self.print_selected)
        a.refresh.triggered.connect(self.refresh)
        a.find.triggered.connect(self.filters.focus_search)
        a.partners.triggered.connect(lambda: self.show_directory(0))
        a.organisations.triggered.connect(lambda: self.show_directory(1))
        a.needs.triggered.connect(lambda: self.show_directory(2))
        a.attention.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(a.attention.setChecked)
        a.about.triggered.connect(self.show_about)
        a.recent_menu.aboutToShow.connect(lambda: flows.fill_recent(self))
        a.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.table.activated.connect(self._activated)
        self.filters.changed.connect(self.apply_filters)
        self._attention_timer.timeout.connect(self.refresh_attention)
        c.error_raised.connect(self.show_error)
        c.database_opened.connect(self._database_opened)
        c.database_closed.connect(self._database_closed)
        c.verified.connect(self._verified)
        c.sessions_changed.connect(self._sessions)
        c.shipment_changed.connect(self._shipment_changed)
        c.directory_changed.connect(self._fill_filter_choices)

    def retranslate(self) -> None:
        main_actions.retranslate(self.actions_)
        self.dock.setWindowTitle(self.tr("Needs attention"))
        self.demo_banner.setText(self.tr(
            "DEMO DATA — sample records in a separate file, not your office's records. "
            "File › New database… starts your own."))
        self._update_title()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.table_model.retranslate()
        super().changeEvent(event)

    # --- the database -------------------------------------------------------------------

    @Slot(str)
    def _database_opened(self, path: str) -> None:
        from aidtracker.services import maintenance  # lazy: loads after the first paint

        self._shared_warning = flows.shared_folder_warning(Path(path))
        self.is_demo = bool(self.controller.read(maintenance.is_demo))
        self.demo_banner.setVisible(self.is_demo)
        self._fill_filter_choices()
        self.table_model.set_query(self.filters.apply_to(self.table_model.query))
        if not self.columns_fitted:
            main_layout.fit_to_content(self)
        self._update_title()
        self._update_status()
        self.attention.show_attention(None)
        QTimer.singleShot(AFTER_PAINT_MS, self.refresh_attention)  # the list paints first

    @Slot()
    def _database_closed(self) -> None:
        self.is_demo = False
        self.demo_banner.hide()
        self.table_model.set_query(self.table_model.query)
        self._update_title()
        self._update_status()

    @Slot(bool)
    def _verified(self, ok: bool) -> None:
        self._update_status()

    @Slot(list)
    def _sessions(self, others: list[SessionInfo]) -> None:
        if not others:
            self._status["others"].setText("")
            return
        people = ", ".join(f"{s.user}@{s.host} ({s.since[11:16]})" for s in others)
        self._status["others"].setText(self.tr("Also open on: %1").replace("%1", people))

    def close_database(self) -> None:
        self.controller.close()

    def _update_title(self) -> None:
        path = self.controller.path
        name = path.name if path else self.tr("no database")
        demo = " — " + self.tr("DEMO DATA") if self.is_demo else ""
        self.setWindowTitle(f"AidTracker — {name}{demo}")

    def _update_status(self) -> None:
        c = self.controller
        self._status["file"].setText(str(c.path) if c.path else self.tr("No database open"))
        self._status["count"].setText(self.tr("%n shipment(s)", "", self.table_model.rowCount()))
        state = "" if c.path is None or c.is_verified else self.tr("Checking the file…")
        self._status["check"].setText(state or getattr(self, "_shared_warning", ""))

    @Slot()
    def _fill_filter_choices(self) -> None:
        from aidtracker.services import directory  # lazy: loads after the first paint

        partners = self.controller.read(directory.partner_cities) or []
        recipients = self.controller.read(directory.recipient_names) or []
        self.filters.set_choices(partners, recipients)

    # --- list ---------------------------------------------------------------------------

    @Slot()
    def apply_filters(self) -> None:
        self.table_model.request(self.filters.apply_to(self.table_model.query))
        self._update_status()

    def list_changed(self) -> None:
        """The list was read anew (maybe on a worker): the count in the status bar."""
        self._update_status()

    def show_state(self, text: str) -> None:
        """A passing state of the file ("Waiting for the file…"), empty to clear it."""
        self._status["check"].setText(text or getattr(self, "_shared_warning", ""))

    @Slot()
    def refresh(self) -> None:
        self._fill_filter_choices()
        self.apply_filters()
        self.refresh_attention()

    @Slot(str)
    def _shipment_changed(self, reference: str) -> None:
        row = self.controller.row(reference)
        if row is None or not self.table_model.update_row(row):
            self.table_model.reload()
        self._update_status()
        self._attention_timer.start()

    @Slot()
    def refresh_attention(self) -> None:
        """Recompute the side panel on a worker (its own connection); never blocks typing."""
        from aidtracker.services.week import this_week  # lazy: loads after the first paint

        path = self.controller.path
        if path is None:
            return
        if self.attention_job is not None and self.attention_job.running:
            self._attention_again = True
            return
        self.attention_job = start_job(
            with_database(path, lambda db, ctx: this_week(db, date.today())),
            on_done=self._attention_done, on_failed=lambda exc: None)

    @Slot(object)
    def _attention_done(self, week: Week) -> None:
        """The side panel, the overdue rows in colour and the "This week" view (if open)."""
        if self.controller.path is not None:
            self.week = week
            self.attention.show_attention(week.attention)
            self.table_model.set_overdue(week.overdue)
            self.week_changed.emit()
        if self._attention_again:
            self._attention_again = False
            self._attention_timer.start()

    def selected_row(self) -> ShipmentRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.table_model.data(index, ShipmentTableModel.ObjectRole)
        return row if isinstance(row, ShipmentRow) else None

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        row = self.table_model.data(index, ShipmentTableModel.ObjectRole)
        if isinstance(row, ShipmentRow):
            self.open_shipment(row.reference)

    # --- shipments ----------------------------------------------------------------------

    @Slot()
    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_shipment(row.reference)

    @Slot(str)
    def open_shipment(self, reference: str) -> None:
        # lazy: the editor loads when first opened, so the list shows fast at start-up
        from ui.editor.editor import ShipmentEditor

        if reference in self.editors:
            self.editors[reference].raise_()
            self.editors[reference].activateWindow()
            return
        if self.controller.db is None:
            return
        editor = ShipmentEditor(self.controller, reference, self)
        if editor.detail is None:
            editor.deleteLater()
            return
        self._track(editor, reference)
        main_layout.show_beside(editor)

    @Slot()
    def new_shipment(self) -> None:
        # lazy: the editor loads when first opened, so the list shows fast at start-up
        from ui.editor.editor import ShipmentEditor

        if self.controller.db is None:
            self.show_error(self.tr("Open or create a database first (File menu)."))
            return
        editor = ShipmentEditor(self.controller, None, self)
        editor.saved_as.connect(lambda ref, e=editor: self._track(e, ref))
        main_layout.show_beside(editor)

    def _track(self, editor: QWidget, reference: str) -> None:
        self.editors[reference] = editor
        editor.destroyed.connect(lambda *_: self.editors.pop(reference, None))

    @Slot()
    def _fill_status_menu(self) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.transition import fill_status_menu

        row = self.selected_row()
        fill_status_menu(self.actions_.status_menu, self, self.controller,
                         row.reference if row else None)

    @Slot()
    def print_selected(self) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.print_dialog import print_shipment

        row = self.selected_row()
        if row is not None:
            print_shipment(self, self.controller, row.reference)

    # --- other windows ------------------------------------------------------------------

    def show_directory(self, tab: int) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.directories import DirectoriesDialog

        if self.controller.db is None:
            return
        dialog = DirectoriesDialog(self.controller, self)
        dialog.tabs.setCurrentIndex(tab)
        dialog.show()

    @Slot()
    def show_settings(self) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            dialog.apply()
            self.controller.actor = self.settings.actor()

    @Slot()
    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # lazy: its class loads when first used

        QMessageBox.about(self, self.tr("About AidTracker"), self.tr(
            "AidTracker keeps the records of humanitarian aid from partner cities: shipments, "
            "paperwork, border, receipt and distribution. Offline, one database file.")
            + f"\n\nPySide6 {pyside}")

    def closeEvent(self, event: QCloseEvent) -> None:
        # lazy: the editor loads when first opened, so the list shows fast at start-up
        from ui.editor.editor import ShipmentEditor

        for editor in self.findChildren(ShipmentEditor):
            if editor.isVisible() and not editor.close():
                event.ignore()
                return
        if self.controller.path is not None or self.settings.last_database() is not None:
            main_layout.save_layout(self)  # a first start left without a choice writes nothing
        self.controller.close()
        super().closeEvent(event)

    def open_path(self, path: Path) -> bool:
        return flows.open_path(self, path)

