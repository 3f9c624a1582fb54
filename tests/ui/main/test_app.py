"""Starting the app: screenshot mode, first run, opening refused files, new database."""

from __future__ import annotations

from pathlib import Path

from helpers import finish_jobs
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton


def test_screenshot_mode_renders_rows_and_exits_0(qtbot, demo_db, tmp_path) -> None:
    from ui.app import run_app

    out = tmp_path / "shot.png"
    assert run_app(demo_db, "en", out) == 0
    finish_jobs(qtbot)
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600


def test_screenshot_of_an_editor(qtbot, demo_db, tmp_path, monkeypatch) -> None:
    from ui.app import run_app

    monkeypatch.setenv("AIDTRACKER_SCREENSHOT_EDITOR", "auto")
    out = tmp_path / "editor.png"
    assert run_app(demo_db, "uk", out) == 0
    finish_jobs(qtbot)
    assert QImage(str(out)).width() >= 1000
    from ui.texts.i18n import install_language

    install_language("en")


def test_first_run_creates_a_database_in_the_data_folder(qtbot, monkeypatch, tmp_path) -> None:
    from ui.app import build_window, first_run
    from ui.dialogs.first_run import FirstRunDialog
    from ui.settings import Settings

    def exec_(dialog: FirstRunDialog) -> int:
        dialog.office.setText("lvv")
        dialog.side_box.setCurrentIndex(1)
        dialog.findChild(QPushButton, "new").click()
        assert dialog.side == "donor"
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(FirstRunDialog, "exec", exec_)
    window = build_window(Settings(), "en")
    qtbot.addWidget(window)
    target = tmp_path / "home" / "aidtracker.db"
    assert first_run(window, target) == target and target.exists()
    assert window.open_path(target)
    assert window.table_model.rowCount() == 0 and not window.is_demo
    assert window.controller.read(lambda db: db.conn.execute(
        "SELECT value FROM setting WHERE key = 'office_code'").fetchone()[0]) == "LVV"
    from aidtracker.store.issued import office_side

    assert window.controller.read(office_side) == "donor"
    window.controller.close()


def test_first_start_writes_nothing_until_a_choice(qtbot, monkeypatch, tmp_path) -> None:
    """Cancelled, or only shown as a screenshot: no database, no folder, no settings file."""
    from ui.app import run_app
    from ui.dialogs.first_run import FirstRunDialog

    home = tmp_path / "home"
    out = tmp_path / "shots" / "first.png"
    assert run_app(None, "en", out) == 0
    image = QImage(str(out))
    assert image.width() >= 1000
    monkeypatch.setattr(FirstRunDialog, "exec", lambda d: QDialog.DialogCode.Rejected.value)
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.exec", lambda *a: 0)
    assert run_app(None, "en") == 0
    finish_jobs(qtbot)
    from PySide6.QtWidgets import QApplication

    from ui.main.window import MainWindow

    for left in QApplication.topLevelWidgets():  # the window run_app left open (exec mocked)
        if isinstance(left, MainWindow) and left.isVisible():
            left.close()
    assert not home.exists() and not (tmp_path / "settings.ini").exists()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["first.png"]


def test_demo_choice_opens_a_separate_file_marked_as_demo(qtbot, monkeypatch, tmp_path,
                                                         demo_template) -> None:
    import shutil

    from ui.app import build_window, first_run
    from ui.dialogs.first_run import FirstRunDialog
    from ui.settings import Settings

    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(demo_template, home / "demo.db")  # as if built before (saves 5 s)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda d: (
        d.findChild(QPushButton, "demo").click(), QDialog.DialogCode.Accepted.value)[1])
    window = build_window(Settings(), "en")
    qtbot.addWidget(window)
    assert first_run(window, home / "aidtracker.db") is None
    assert window.controller.path == home / "demo.db"
    assert not (home / "aidtracker.db").exists()
    assert window.is_demo and not window.demo_banner.isHidden()
    assert "DEMO DATA" in window.windowTitle()
    finish_jobs(qtbot)
    window.controller.close()


def test_a_foreign_file_is_refused_and_left_untouched(window, qtbot, answers, tmp_path,
                                                      sha256) -> None:
    import sqlite3

    foreign = tmp_path / "other.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    before = sha256(foreign)
    monkeypatch_target = window.controller.path
    assert not window.open_path(foreign)
    assert "database of another program" in answers.texts()
    assert sha256(foreign) == before
    assert window.controller.path is None or window.controller.path == monkeypatch_target


def test_new_database_refuses_an_existing_file(window, qtbot, monkeypatch, answers,
                                               tmp_path, demo_db, sha256) -> None:
    from PySide6.QtWidgets import QInputDialog

    existing = tmp_path / "existing.db"
    existing.write_bytes(b"someone's spreadsheet, not ours")
    before = sha256(existing)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ODS", True))
    window.actions_.new_database.trigger()
    assert "a file already exists there" in answers.texts()
    fresh = tmp_path / "fresh.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    window.actions_.new_database.trigger()
    qtbot.waitUntil(lambda: window.controller.is_verified, timeout=10_000)
    assert window.controller.path == fresh and window.table_model.rowCount() == 0
    assert window.settings.recent_files()[0] == fresh.resolve()
    assert sha256(existing) == before and Path(demo_db).exists()


def test_shared_folder_warning() -> None:
    from ui.main.database_flows import shared_folder_warning

    assert shared_folder_warning(Path("//server/aid/aid.db"))
    assert shared_folder_warning(Path("/home/o/OneDrive - City/aid.db"))
    assert not shared_folder_warning(Path("/home/o/AidTracker/aid.db"))
