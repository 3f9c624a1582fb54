"""File menu flows: open (upgrading off the UI thread), new, demo, recent files, backup."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from aidtracker.errors import AidTrackerError
from aidtracker.services.pages import peek_first_page
from ui.main import layout as main_layout
from ui.main.host import WindowHost
from ui.models.shipment_table import PAGE_SIZE
from ui.workers import JobContext, Progress, start_job

FILTER = "AidTracker (*.db *.sqlite *.aidtracker);;* (*)"
OPEN_ANYWAY_MS = 500  # the file is opened then even if the window was never painted


class _AfterPaint(QObject):
    """Runs ``then`` once, right after the first paint of ``widget`` (or after a while)."""

    def __init__(self, widget: QObject, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget, self.then, self.done = widget, then, False
        widget.installEventFilter(self)
        QTimer.singleShot(OPEN_ANYWAY_MS, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self, self.fire)  # after this paint has reached the screen
        return False

    def fire(self) -> None:
        if not self.done:
            self.done = True
            self.widget.removeEventFilter(self)
            self.then()
            self.deleteLater()


def open_after_first_paint(window: WindowHost, path: Path,
                           then: Callable[[], object] | None = None) -> None:
    """Start-up: show the first page of ``path`` read through a read-only connection, then,
    once it is painted, open the file as :func:`open_path` does (identity, schema version and
    migration with a verified backup first, the background check before any write). Until
    then nothing can be written: the controller has no file open. ``then`` runs first."""
    model = window.table_model
    peek = peek_first_page(Path(path), model.query, PAGE_SIZE)
    if peek is not None:
        model.install(model.query, peek[0], peek[1])
        if not window.columns_fitted:
            main_layout.fit_to_content(window)
        window.list_changed()

    def finish() -> None:
        if then is not None:
            then()
        open_path(window, Path(path))

    _AfterPaint(window.table.viewport(), finish)


def _say(exc: AidTrackerError) -> str:
    from ui.texts.messages import error_text  # lazy: the catalogue loads after the first paint

    return error_text(exc)


def _close_editors(window: WindowHost) -> bool:
    if "ui.editor.editor" not in sys.modules:  # no editor was ever opened
        return True
    # lazy: the editor loads when first opened, so the list shows fast at start-up
    from ui.editor.editor import ShipmentEditor

    return all(e.close() for e in window.findChildren(ShipmentEditor) if e.isVisible())


def open_path(window: WindowHost, path: Path) -> bool:
    """Open ``path`` in the window; a pending schema upgrade runs on a worker first."""
    if not _close_editors(window):
        return False
    controller = window.controller
    if controller.open(path):
        window.settings.remember_database(path)
        return True
    if controller.needs_upgrade:
        _upgrade_then_open(window, path)
    return False


def _upgrade_then_open(window: WindowHost, path: Path) -> None:
    def job(ctx: JobContext) -> Path:
        from aidtracker.store import open_database  # lazy: sqlite-utils after first paint

        open_database(path).close()  # verified backup first, then the migrations
        return path

    start_job(job, on_done=lambda p: open_path(window, Path(p)),
              on_failed=lambda exc: window.show_error(_say(exc)),  # type: ignore[arg-type]
              progress=Progress(window, QCoreApplication.translate(
                  "DatabaseFlows", "Backing up and upgrading the database…")))


def open_dialog(window: WindowHost) -> None:
    # lazy: Qt's dialog classes load when first used, not at every start
    from PySide6.QtWidgets import QFileDialog

    start = str(window.controller.path.parent) if window.controller.path else ""
    name, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("DatabaseFlows", "Open database"), start, FILTER)
    if name:
        open_path(window, Path(name))


def new_database(window: WindowHost) -> None:
    """Create a new, empty database; an existing file is refused, never replaced."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit  # lazy: when used

    from aidtracker.paths import data_dir  # lazy: platformdirs after the first paint

    name, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("DatabaseFlows", "New database"),
        str(data_dir() / "aidtracker.db"), FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return
    office, ok = QInputDialog.getText(
        window, QCoreApplication.translate("DatabaseFlows", "New database"),
        QCoreApplication.translate("DatabaseFlows",
                                   "Office code for shipment references (e.g. KYV):"),
        QLineEdit.EchoMode.Normal, "KYV")
    if not ok:
        return
    from aidtracker.store import create_database  # lazy: sqlite-utils after first paint

    try:
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        create_database(Path(name), office_code=office.strip() or "KYV").close()
    except AidTrackerError as exc:
        window.show_error(_say(exc))
        return
    open_path(window, Path(name))


def open_demo(window: WindowHost) -> None:
    """Open the demo data (built on first use, on a worker)."""
    from aidtracker.paths import data_dir  # lazy: platformdirs after the first paint

    path = data_dir() / "demo.db"
    if path.exists():
        open_path(window, path)
        return

    def job(ctx: JobContext) -> Path:
        # lazy: the demo data loads only when a demo database is made
        from aidtracker.demo.builder import build_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo(path)
        return path

    start_job(job, on_done=lambda p: open_path(window, Path(p)),
              on_failed=lambda exc: window.show_error(_say(exc)),  # type: ignore[arg-type]
              progress=Progress(window, QCoreApplication.translate(
                  "DatabaseFlows", "Making the demo data…")))


def fill_recent(window: WindowHost) -> None:
    menu = window.actions_.recent_menu
    menu.clear()
    recent = window.settings.recent_files()
    for number, path in enumerate(recent, start=1):
        action = menu.addAction(f"&{number} {path}")
        action.triggered.connect(lambda _=False, p=path: open_path(window, p))
    if not recent:
        menu.addAction(QCoreApplication.translate("DatabaseFlows", "(none)")).setEnabled(False)


def backup(window: WindowHost) -> None:
    """A verified copy of the open database to a new file, made on a worker."""
    source = window.controller.path
    if source is None:
        return
    from PySide6.QtWidgets import QFileDialog, QMessageBox  # lazy: dialogs when used

    from aidtracker.paths import backup_dir  # lazy: platformdirs after the first paint

    folder = backup_dir(source)
    folder.mkdir(parents=True, exist_ok=True)
    suggested = folder / f"{source.stem}-{datetime.now():%Y%m%d-%H%M}.db"
    name, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("DatabaseFlows", "Back up the database"),
        str(suggested), FILTER, options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return

    def job(ctx: JobContext) -> Path:
        from aidtracker.services.maintenance import backup as make_backup  # lazy: when used
        from aidtracker.store import open_for_window  # lazy: sqlite-utils after first paint

        db = open_for_window(source)
        if db is None:
            raise AidTrackerError()
        try:
            return make_backup(db, Path(name))
        finally:
            db.close()

    def done(path: object) -> None:
        QMessageBox.information(window, QCoreApplication.translate("DatabaseFlows", "Backup"),
                                QCoreApplication.translate(
                                    "DatabaseFlows", "Backup made and verified:") + f"\n{path}")

    start_job(job, on_done=done,
              on_failed=lambda exc: window.show_error(_say(exc)),  # type: ignore[arg-type]
              progress=Progress(window, QCoreApplication.translate(
                  "DatabaseFlows", "Making a verified backup…")))


def shared_folder_warning(path: Path) -> str:
    """A warning when the file seems to live on a network share or a cloud-sync folder (R6)."""
    text = str(path)
    synced = any(part.lower().startswith(("onedrive", "dropbox", "google drive", "icloud"))
                 for part in path.parts)
    if text.startswith(("\\\\", "//")) or synced:
        return QCoreApplication.translate(
            "DatabaseFlows", "This database is on a network or cloud-sync folder: keep it "
            "open on one computer at a time, and never copy, move or delete its -journal "
            "file by hand.")
    return ""
