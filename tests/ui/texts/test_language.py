"""Switching to Ukrainian in Settings while working: menus, tables and the open editor change
language at once and nothing typed is lost."""

from __future__ import annotations

from helpers import fill
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from aidtracker.domain import Status
from ui.dialogs.settings_dialog import SettingsDialog
from ui.editor.editor import ShipmentEditor


def _switch(window, monkeypatch, lang: str) -> None:
    def exec_(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.actions_.settings.trigger()
    QCoreApplication.processEvents()  # LanguageChange is posted to every window


def test_switch_to_ukrainian_keeps_work_and_translates_everything(
        window, qtbot, monkeypatch) -> None:
    window.table.selectRow(0)
    reference = window.table_model.row_at(0).reference
    window.open_shipment(reference)
    editor: ShipmentEditor = window.editors[reference]
    fill(qtbot, editor.general.widgets["notes"], "не забути печатку")
    _switch(window, monkeypatch, "uk")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Файл", "&Відправлення", "&Довідники", "В&игляд", "&Звіти", "Дов&ідка"]
    assert window.actions_.new_shipment.text() == "&Нове відправлення"
    statuses = {window.table_model.data(window.table_model.index(r, 1)) for r in range(42)}
    assert "На кордоні" in statuses and "Чернетка" in statuses
    assert editor.tabs.tabText(0) == "&Загальне"
    assert editor.general.widgets["notes"].text() == "не забути печатку" and editor.is_dirty
    assert window.dock.windowTitle() == "Потребує уваги"
    assert window.settings.language() == "uk"
    _switch(window, monkeypatch, "en")
    assert window.menuBar().actions()[0].text() == "&File"
    assert editor.tabs.tabText(0) == "&General"


def test_messages_follow_the_language(window, monkeypatch) -> None:
    from aidtracker.domain import Problem
    from aidtracker.errors import StorageError
    from ui.texts.messages import error_text, problem_text

    _switch(window, monkeypatch, "uk")
    assert problem_text(Problem("ahars_code", "ahars_code_missing")) == \
        "спочатку внесіть унікальний код АСРГД"
    text = error_text(StorageError(reason="full", path="x", detail=""))
    assert "нічого не втрачено, нічого не збережено" in text and "диск заповнений" in text
    from ui.texts.labels import status_label

    assert status_label(Status.READY) == "Документи готові"
    _switch(window, monkeypatch, "en")
