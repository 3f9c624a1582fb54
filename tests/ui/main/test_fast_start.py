"""Start-up: the first page is painted from a read-only peek, then the file is opened and
checked as usual; nothing can be written before that check."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from aidtracker.domain import CheckState
from ui.main.app_events import AppEvents


def test_first_page_painted_before_the_file_is_opened(qtbot, demo_db: Path) -> None:
    from ui.app import build_window, open_at_start
    from ui.settings import Settings

    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    window = build_window(Settings(), "en", events_now=False)
    qtbot.addWidget(window)
    window.show()
    open_at_start(window, demo_db)
    shown = window.table_model.rowCount()
    assert shown > 0 and window.table_model.row_at(0) is not None
    assert window.controller.db is None  # a preview: nothing is open, nothing can be written
    first = window.table_model.row_at(0)
    assert not window.controller.set_checklist(first.reference, "CL-M05", CheckState.DONE).ok
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before
    qtbot.waitUntil(lambda: window.controller.is_verified, timeout=10_000)
    assert window.controller.path == demo_db
    assert window.table_model.rowCount() == shown
    assert QCoreApplication.instance().findChild(AppEvents) is not None
    names = [a.objectName() for a in window.actions_.file_menu.actions()]
    assert "restore" in names
    window.close()


def test_a_foreign_file_shows_nothing_and_is_refused(qtbot, tmp_path: Path) -> None:
    from ui.app import build_window, open_at_start
    from ui.settings import Settings

    foreign = tmp_path / "foreign.db"
    foreign.write_bytes(b"x" * 4096)
    window = build_window(Settings(), "en", events_now=False)
    qtbot.addWidget(window)
    errors: list[str] = []
    window.show_error = errors.append  # type: ignore[method-assign]
    window.controller.error_raised.disconnect()
    window.controller.error_raised.connect(errors.append)
    window.show()
    open_at_start(window, foreign)
    assert window.table_model.rowCount() == 0
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert window.controller.db is None
    window.close()
