"""File › Restore: the list of backups, restore into a new file, replace the open database
(kept first), refused while another computer has it open; a day's first save backs up."""

from __future__ import annotations

from pathlib import Path

from helpers import finish_jobs


def _restore_action(window):
    menu = window.actions_.file_menu
    names = [a.objectName() for a in menu.actions()]
    return menu.actions()[names.index("restore")]


def test_first_save_backs_up_and_restore_brings_it_back(window, qtbot, answers, monkeypatch,
                                                         tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    from aidtracker.domain import CheckState
    from aidtracker.services import maintenance
    from ui.dialogs.restore_dialog import RestoreDialog

    path = window.controller.path
    reference = window.table_model.row_at(0).reference
    assert maintenance.backups(path) == []
    assert window.controller.set_checklist(reference, "CL-B01", CheckState.DONE).ok
    finish_jobs(qtbot)
    (made,) = maintenance.backups(path)  # the day's first change: a verified backup
    assert made.verified and made.reason == "daily"
    action = _restore_action(window)
    assert action.isEnabled() and "Restore" in action.text()
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.to_new.isEnabled()
    assert dialog.table.item(0, 2).text() == "verified"
    target = tmp_path / "restored.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.to_new.click()
    qtbot.waitUntil(lambda: window.controller.path == target, timeout=10_000)
    assert target.exists()
    assert f"Restored to {target}" in answers.texts()


def test_replace_keeps_the_current_file_and_is_refused_while_open_elsewhere(
        window, qtbot, answers) -> None:
    from aidtracker.services import maintenance
    from aidtracker.services.listing import connect_verified_later
    from ui.dialogs.restore_dialog import RestoreDialog

    path = window.controller.path
    db = connect_verified_later(path)
    maintenance.backup_if_due(db, path, reason="closing")
    other = maintenance.register_session(db, "aidtracker gui")  # another computer has it open
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    dialog.replace.click()
    finish_jobs(qtbot)
    assert "open in another program" in answers.texts()
    assert "before-restore" not in {b.reason for b in maintenance.backups(path)}
    qtbot.waitUntil(lambda: window.controller.path == path, timeout=5000)
    maintenance.end_session(db, other)
    db.close()
    finish_jobs(qtbot)
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    dialog.replace.click()
    finish_jobs(qtbot)
    assert "The previous file was kept" in answers.texts()
    kinds = {b.reason for b in maintenance.backups(path)}
    assert "before-restore" in kinds and window.controller.path == path


def test_closing_after_changes_makes_a_verified_backup(window, qtbot) -> None:
    from aidtracker.domain import CheckState
    from aidtracker.services import maintenance

    path = window.controller.path
    window.controller.close()
    assert maintenance.backups(path) == []  # no change, no closing backup
    window.open_path(path)
    qtbot.waitUntil(lambda: window.controller.is_verified, timeout=10_000)
    reference = window.table_model.row_at(0).reference
    assert window.controller.set_checklist(reference, "CL-B01", CheckState.DONE).ok
    finish_jobs(qtbot)
    window.controller.close()
    reasons = sorted(b.reason for b in maintenance.backups(path) if b.verified)
    assert reasons == ["closing", "daily"]
