"""T6 in the window (pytest-qt): every damaged file, opened directly or from the recent files,
gives the one clear message and no crash dialog, and is left byte for byte as it was."""

from __future__ import annotations

import sys
from pathlib import Path

import corpus
import pytest
from battery import metric

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, list[str]]:
    """Message boxes and crash dialogs are recorded instead of waiting for a click."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ui.dialogs import crash

    seen: dict[str, list[str]] = {"messages": [], "crashes": []}
    monkeypatch.setenv("AIDTRACKER_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("AIDTRACKER_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k:
                        seen["messages"].append(text) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: seen["crashes"].append(
        self.details.toPlainText()) or QDialog.DialogCode.Rejected.value)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return seen


def test_damaged_files_in_the_window(qtbot, tmp_path: Path, recorded) -> None:
    from ui.app import build_window
    from ui.dialogs.crash import install_excepthook
    from ui.main import database_flows as flows
    from ui.settings import Settings
    from ui.workers import running_jobs

    cases = corpus.build(tmp_path / "corpus")
    window = build_window(Settings(), "en")
    qtbot.addWidget(window)
    install_excepthook(window.controller.rollback_open_transaction)
    window.show()
    unclear = changed = 0
    for n, (name, path) in enumerate(cases.items()):
        before = corpus.snapshot(path.parent)
        recorded["messages"].clear()
        if n % 2:  # every other case through File › Recent files
            window.settings.remember_database(path)
            flows.fill_recent(window)
            window.actions_.recent_menu.actions()[0].trigger()
        else:
            window.open_path(path)
        qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)
        qtbot.wait(50)
        messages = list(recorded["messages"])
        if corpus.EXPECTED[name] is None:
            unclear += bool(messages) or not window.controller.is_verified
        else:
            if len(messages) != 1 or path.name not in messages[0]:
                print("UNCLEAR", name, messages)
                unclear += 1
            after = corpus.snapshot(path.parent)
            changed += sum(1 for k in before if after.get(k) != before[k]) + len(
                set(after) - set(before))
        window.controller.close()
    metric("T6_window", cases=len(cases), crash_dialogs=len(recorded["crashes"]),
           unclear_messages=unclear, files_changed=changed)
    assert recorded["crashes"] == [] and unclear == 0 and changed == 0
