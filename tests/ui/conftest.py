"""UI test fixtures: offscreen Qt, one demo database per session copied per test, isolated
settings and data folder, and helpers that answer modal dialogs through real widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Answers, finish_jobs

UI_DIR = Path(__file__).resolve().parent
# The offscreen platform (tests only) cannot pass size hints to a window manager and says so
# for every top-level window; under xcb (Xvfb, a desktop) this message never appears.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.path)).resolve().is_relative_to(UI_DIR):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "db" / "demo.db"
    target.parent.mkdir()
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and the data folder live in the test's temp dir."""
    monkeypatch.setenv("AIDTRACKER_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("AIDTRACKER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("AIDTRACKER_USER", "tester")


@pytest.fixture
def window(qtbot, demo_db: Path) -> Iterator[object]:
    """The main window in English on a copy of the demo database, file check passed."""
    from ui.app import build_window
    from ui.settings import Settings
    from ui.texts.i18n import install_language

    main = build_window(Settings(), "en")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_path(demo_db)
    qtbot.waitUntil(lambda: main.controller.is_verified, timeout=10_000)
    yield main
    from ui.editor.editor import ShipmentEditor

    if main.controller.db is not None:  # no transaction is ever left open (R3, T16)
        assert not main.controller.db.conn.in_transaction

    for editor in main.findChildren(ShipmentEditor):
        editor.discard_and_close()
    finish_jobs(qtbot)
    main.controller.close()
    install_language("en")


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """No real modal box ever waits in a test: message boxes answer, input and file dialogs
    cancel unless a test patches them. (pytest-qt closes the windows before fixtures end.)"""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    return Answers(monkeypatch)
