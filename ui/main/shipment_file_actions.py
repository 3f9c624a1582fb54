"""File › Export shipment file… (the selected shipment, written on a worker) and File › Import
shipment file… (a preview first: :class:`ui.dialogs.shipment_import_dialog.ShipmentImportDialog`).
Both call the services of ``aidtracker export-shipment`` / ``import-shipment``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog
from sqlite_utils import Database

from aidtracker.catalogue import say
from aidtracker.catalogue.shipment_file import SHIPMENT_FILE, WINDOW
from ui.main.file_menu_extension import FileMenuExtension
from ui.texts.messages import language
from ui.workers import JobContext, JobHandle, Progress, start_job, with_database

if TYPE_CHECKING:
    from aidtracker.services.shipment_file.export import Exported
    from ui.dialogs.shipment_import_dialog import ShipmentImportDialog
    from ui.main.window import MainWindow


def _words(key: str, **params: object) -> str:
    return say(WINDOW[key], language(), **params)


def _filter() -> str:
    return f"{_words('files')} (*.aidship);;{_words('all_files')} (*)"


class ShipmentFileActions(FileMenuExtension):
    """The two actions; one import dialog at a time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "shipment_file_actions")
        self.export_action, self.import_action = QAction(window), QAction(window)
        self.export_action.setObjectName("export_shipment")
        self.import_action.setObjectName("import_shipment")
        self.dialog: ShipmentImportDialog | None = None
        self.job: JobHandle | None = None
        self.export_action.triggered.connect(self.export_selected)
        self.import_action.triggered.connect(self.open_import)
        self.attach([self.export_action, self.import_action], after_backup=False)

    def retranslate(self) -> None:
        for action, name in ((self.export_action, "export"), (self.import_action, "import")):
            action.setText(_words(f"{name}_action"))
            action.setStatusTip(_words(f"{name}_tip"))

    @Slot()
    def export_selected(self) -> JobHandle | None:
        """Ask where, then write the file on a worker; the status bar says where it went."""
        path, row = self.main.controller.path, self.main.selected_row()
        if path is None:
            return None
        if row is None:
            self.main.statusBar().showMessage(_words("choose_first"), 5000)
            return None
        reference = row.reference
        name, _ = QFileDialog.getSaveFileName(
            self.main, _words("export_title", reference=reference),
            str(Path.home() / f"{reference.replace('/', '-')}.aidship"), _filter())
        if not name:
            return None
        out = Path(name)

        def write(db: Database, ctx: JobContext) -> Exported:
            # lazy: the shipment file services load on first use
            from aidtracker.services.shipment_file.export import export_shipment

            return export_shipment(db, reference, out)

        self.job = start_job(with_database(path, write), on_done=self._exported,
                             on_failed=self._failed,
                             progress=Progress(self.main, _words("export_title",
                                                                 reference=reference)))
        return self.job

    def _exported(self, done: Exported) -> None:
        self.main.statusBar().showMessage(say(
            SHIPMENT_FILE["exported"], language(), reference=done.reference, uuid=done.uuid,
            path=done.path, documents=done.documents, size=done.size), 15000)

    def _failed(self, error: BaseException) -> None:
        controller = self.main.controller
        controller.error_raised.emit(controller.explain(error))  # type: ignore[arg-type]

    @Slot()
    def open_import(self) -> ShipmentImportDialog | None:
        """Ask for the file, then show what it would change (nothing is written yet)."""
        # lazy: the dialog (and the shipment file services) load on first use
        from ui.dialogs.shipment_import_dialog import ShipmentImportDialog

        controller = self.main.controller
        if controller.path is None or (self.dialog is not None and self.dialog.busy):
            return self.dialog
        name, _ = QFileDialog.getOpenFileName(self.main, _words("import_title"),
                                              str(Path.home()), _filter())
        if not name:
            return None
        dialog = ShipmentImportDialog(controller.path, Path(name), controller.actor, self.main)
        dialog.imported.connect(controller.shipment_changed)
        dialog.imported.connect(lambda _ref: controller.directory_changed.emit())
        self.dialog = dialog
        dialog.show()
        return dialog


def install(window: MainWindow) -> ShipmentFileActions:
    """Add the actions to ``window`` once."""
    existing = window.findChild(ShipmentFileActions, "shipment_file_actions")
    return existing if isinstance(existing, ShipmentFileActions) else ShipmentFileActions(window)
