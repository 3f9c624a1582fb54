"""Start the window: language, crash handler, the database (first run included), screenshots.

``run_app(db_path, lang, screenshot)`` is what ``aidtracker gui`` and ``python -m ui`` call.
With ``screenshot`` it waits until the table shows rows (and the side panel is filled), saves
the main window — or, when ``AIDTRACKER_SCREENSHOT_EDITOR`` names a shipment (``auto`` picks
one with goods and paperwork), that shipment's editor, on the tab ``AIDTRACKER_SCREENSHOT_TAB``
(0–4) — as PNG and exits 0.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from aidtracker.domain import Status
from aidtracker.errors import AidTrackerError
from aidtracker.resources import resources_root
from aidtracker.services.pages import ShipmentQuery
from ui.controller import AppController
from ui.main.database_flows import open_after_first_paint
from ui.main.window import MainWindow
from ui.settings import Settings
from ui.texts.i18n import install_language, system_language

SCREEN_SIZE = (1400, 860)


def create_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("AidTracker")
    app.setOrganizationName("AidTracker")
    return app


def set_icon() -> None:
    """The application's icon (every window's), set after the first paint: loading it and
    Qt's icon classes is a start-up cost the first page need not wait for."""
    from PySide6.QtGui import QIcon  # lazy: after the first paint

    icon = resources_root() / "icons" / "app.png"
    if icon.exists() and QApplication.windowIcon().isNull():
        QApplication.setWindowIcon(QIcon(str(icon)))


def build_window(settings: Settings, lang: str | None = None, *,
                 events_now: bool = True) -> MainWindow:
    """The main window with its controller, in ``lang`` (else the saved or system language);
    ``events_now=False`` leaves the application-wide event filter and the restore action to
    :func:`finish_window`, after the first paint (:func:`open_at_start`)."""
    install_language(lang or settings.language() or system_language())
    window = MainWindow(AppController(settings.actor()), settings)
    if events_now:
        finish_window(window)
    return window


def open_at_start(window: MainWindow, path: Path) -> None:
    """The start: the first page painted, then the side panel, the application-wide event
    filter (remembered geometry, shortcuts; a Python call per event, ~0.1 s while a window is
    built), the icon, and the file opened as usual."""
    open_after_first_paint(window, path, then=lambda: finish_window(window))


def finish_window(window: MainWindow) -> None:
    """What :func:`build_window` leaves for after the first paint (``events_now=False``)."""
    from aidtracker.store.tempfiles import sweep  # lazy: sqlite-utils after the first paint
    from ui.main import (  # lazy: the catalogue's texts load after the first paint
        restore_action,
        shipment_file_actions,
    )
    from ui.main.app_events import AppEvents  # lazy: installed after the first paint

    window.install_side_panel()
    sweep()  # temporary files a crashed run left behind, as every command starts with it
    set_icon()
    AppEvents.install()
    restore_action.install(window)  # File › Restore from a backup…
    shipment_file_actions.install(window)  # File › Export / Import shipment file…


def open_main_window(path: Path, settings: Settings | None = None) -> MainWindow:
    """A window showing ``path`` (used by the bench): first page read, nothing shown yet."""
    create_app()
    window = build_window(settings or Settings())
    window.open_path(Path(path))
    return window


def start_path(db_path: Path | None, settings: Settings) -> Path | None:
    """The file to open: the one asked for, else the last one used, else the default one
    when it exists (None: a first start, nothing chosen yet)."""
    if db_path is not None:
        return Path(db_path)
    last = settings.last_database()
    if last is not None and last.exists():
        return last
    from aidtracker.paths import default_database  # lazy: platformdirs after the first paint

    default = default_database()
    return default if default.exists() else None


def run_app(db_path: Path | None, lang: str | None = None, screenshot: Path | None = None) -> int:
    """Run the window on ``db_path`` (None: the last or default file); returns the exit code.

    When that file does not exist the first-start dialog asks first and nothing is written
    before the choice; with ``screenshot`` that first start is rendered and nothing written.
    """
    app = create_app()
    settings = Settings()
    from ui.dialogs.crash import install_excepthook  # lazy: after the window is built

    window = build_window(settings, lang, events_now=False)
    install_excepthook(window.controller.rollback_open_transaction)
    errors = non_interactive(window) if screenshot is not None else []
    if screenshot is not None:
        window.resize(*SCREEN_SIZE)
    window.show()
    path = start_path(db_path, settings)
    if path is None or not path.exists():
        from aidtracker.paths import default_database  # lazy: platformdirs, first start only

        finish_window(window)
        if screenshot is not None:
            return screenshot_first_start(window, path or default_database(), Path(screenshot))
        path = first_run(window, path or default_database())
    if path is not None:
        open_at_start(window, path)
    if screenshot is not None:
        return take_screenshot(window, Path(screenshot), errors)
    return app.exec()


def non_interactive(window: MainWindow) -> list[str]:
    """No dialog may wait for a click: errors go to stderr and into the returned list."""
    errors: list[str] = []

    def report(text: str) -> None:
        print(f"aidtracker: {text}", file=sys.stderr)
        errors.append(text)

    window.controller.error_raised.disconnect(window.show_error)
    window.controller.error_raised.connect(report)
    window.show_error = report  # type: ignore[method-assign]
    return errors


def first_run(window: MainWindow, default: Path) -> Path | None:
    """Ask what to do when there is no database; the chosen file (None: nothing open yet)."""
    # lazy: the dialog loads when first opened, so the window starts fast
    from ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(default, window)
    if not dialog.exec():
        return None
    if dialog.choice == "demo":
        from ui.main.database_flows import open_demo  # lazy: loads after the first paint

        open_demo(window)
        return None
    if dialog.choice == "open":
        from PySide6.QtWidgets import QFileDialog  # lazy: its class loads when first used

        name, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate(
            "DatabaseFlows", "Open database"))
        return Path(name) if name else None
    from aidtracker.store import create_database  # lazy: sqlite-utils after first paint
    from ui.texts.messages import error_text  # lazy: the catalogue loads after the first paint

    try:
        dialog.path.parent.mkdir(parents=True, exist_ok=True)
        create_database(dialog.path, office_code=dialog.office_code, side=dialog.side).close()
    except AidTrackerError as exc:
        window.show_error(error_text(exc))
        return None
    return dialog.path


def screenshot_first_start(window: MainWindow, default: Path, out: Path) -> int:
    """Render the empty window with the first-start dialog over it; writes only ``out``."""
    # lazy: the dialog loads when first opened, so the window starts fast
    from ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(default, window)
    dialog.show()
    _wait(lambda: dialog.isVisible(), 2)
    QApplication.processEvents()
    pixmap = window.grab()
    front = dialog.grab()
    from PySide6.QtGui import QPainter  # lazy: only for this screenshot

    painter = QPainter(pixmap)
    painter.drawPixmap((pixmap.width() - front.width()) // 2,
                       (pixmap.height() - front.height()) // 3, front)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = pixmap.save(str(out), "PNG")
    print(f"screenshot {'saved' if ok else 'FAILED'}: {out} ({pixmap.width()}×{pixmap.height()})")
    dialog.close()
    window.close()
    return 0 if ok else 1


def _wait(condition: Callable[[], bool], seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def take_screenshot(window: MainWindow, out: Path, errors: list[str] | None = None) -> int:
    """Save a PNG of the window (or an editor) once its rows are shown; 0 on success, 2 when
    the file was refused or failed (the message is on stderr), 1 when nothing could be shown."""
    model = window.table_model
    errors = errors if errors is not None else []
    _wait(lambda: bool(errors) or (window.controller.is_verified and model.rowCount() > 0), 20)
    if errors:
        window.close()
        return 2
    if model.rowCount() == 0 or model.row_at(0) is None:
        print("aidtracker: no rows to show; screenshot not taken", file=sys.stderr)
        return 1
    window.table.selectRow(0)
    _wait(lambda: window.attention_job is not None and not window.attention_job.running, 20)
    QApplication.processEvents()
    target: QWidget = window
    editor_ref = os.environ.get("AIDTRACKER_SCREENSHOT_EDITOR", "")
    if editor_ref:
        target = _open_editor(window, editor_ref)
    QApplication.processEvents()
    pixmap = target.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = pixmap.save(str(out), "PNG")
    print(f"screenshot {'saved' if ok else 'FAILED'}: {out} ({pixmap.width()}×{pixmap.height()})")
    window.close()
    return 0 if ok else 1


def _open_editor(window: MainWindow, reference: str) -> QWidget:
    # lazy: the editor loads when first opened, so the list shows fast at start-up
    from ui.editor.editor import ShipmentEditor

    if reference == "auto":
        reference = _interesting_reference(window)
    window.open_shipment(reference)
    editor = window.editors[reference]
    editor.resize(*SCREEN_SIZE)
    tab = int(os.environ.get("AIDTRACKER_SCREENSHOT_TAB", "1") or 1)
    if isinstance(editor, ShipmentEditor):
        editor.tabs.setCurrentIndex(tab)
    _wait(lambda: editor.isVisible(), 2)
    return editor


def _interesting_reference(window: MainWindow) -> str:
    """An active shipment with the most goods lines (the README shows a real goods list)."""
    active = {Status.PREPARING, Status.READY, Status.DISPATCHED, Status.AT_BORDER,
              Status.CLEARED}
    page = window.controller.page(ShipmentQuery(sort="lines"), None, 0, 200)
    for row in page.rows:
        if row.status in active:
            return row.reference
    first = window.table_model.row_at(0)
    return first.reference if first else ""
