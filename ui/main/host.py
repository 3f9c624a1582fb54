"""What the modules the main window uses (File-menu flows, layout, everyday commands) need of
it, so that they need not import it: ``MainWindow`` is a ``WindowHost`` (no import cycle)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTableView

from aidtracker.domain import ShipmentRow
from ui.controller import AppController
from ui.main.actions import MainActions
from ui.models.shipment_table import ShipmentTableModel
from ui.settings import Settings

if TYPE_CHECKING:
    from aidtracker.services.week import Week


class WindowHost(QMainWindow):
    """A main window with a controller, settings, the main actions and the shipments table.

    Signals:
        week_changed(): :attr:`week` (what is due this week, the overdue shipments) was
            recomputed.
    """

    week_changed = Signal()

    controller: AppController
    settings: Settings
    actions_: MainActions
    table: QTableView
    table_model: ShipmentTableModel
    dock: QDockWidget
    week: Week | None = None
    columns_fitted = False  # the table's columns were sized to their content once

    @Slot(str)
    def show_error(self, text: str) -> None:
        """A refusal or failure, as a message box over the window."""
        from PySide6.QtWidgets import QMessageBox  # lazy: its class loads with the first one

        QMessageBox.warning(self, "AidTracker", text)

    def open_shipment(self, reference: str) -> None:
        """Open (or raise) the editor of ``reference``."""
        raise NotImplementedError

    def selected_row(self) -> ShipmentRow | None:
        """The shipment row under the cursor, if any."""
        raise NotImplementedError

    def refresh_attention(self) -> None:
        """Recompute the side panel and :attr:`week` off the UI thread."""
        raise NotImplementedError

    def list_changed(self) -> None:
        """The list was read anew (maybe on a worker)."""
        raise NotImplementedError

    def show_state(self, text: str) -> None:
        """A passing state of the file ("Waiting for the file…"), empty to clear it."""
        raise NotImplementedError
