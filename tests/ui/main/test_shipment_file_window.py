"""File › Export shipment file… and File › Import shipment file… in the window: the export is
written on a worker; the import previews what it changes, asks before creating parties, and
imports on the button."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from aidtracker.services.shipment_file.container import open_file
from aidtracker.store import create_database
from ui.main.shipment_file_actions import ShipmentFileActions


def _select(window, reference: str) -> None:
    model = window.table_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, model.ObjectRole).reference == reference:
            window.table.setCurrentIndex(index)
            return
    raise AssertionError(reference)


def test_export_then_import_with_preview(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    actions = window.findChild(ShipmentFileActions, "shipment_file_actions")
    assert actions.export_action in window.actions_.file_menu.actions()
    out = tmp_path / "kyv-0001.aidship"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.waitUntil(lambda: window.table_model.rowCount() > 0, timeout=10_000)
    _select(window, "KYV-2026-0001")
    actions.export_action.trigger()
    qtbot.waitUntil(lambda: actions.job is not None and not actions.job.running,
                    timeout=20_000)
    assert open_file(out).data["shipment"]["reference"] == "KYV-2026-0001"
    assert "KYV-2026-0001" in window.statusBar().currentMessage()

    munich = tmp_path / "munich.db"
    create_database(munich, office_code="MUC", side="donor").close()
    assert window.open_path(munich)
    qtbot.waitUntil(lambda: window.controller.is_verified, timeout=10_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    actions.import_action.trigger()
    dialog = actions.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert "KYV" in dialog.summary.text()
    assert dialog.parties.count() == 3 and dialog.confirm.isVisible()
    assert not dialog.apply.isEnabled()  # parties to create need the user's yes
    assert not _shipments(munich)  # the preview wrote nothing
    dialog.confirm.setFocus()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)  # "Create these parties": yes
    assert dialog.confirm.isChecked() and dialog.apply.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as got:
        qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    assert got.args == ["MUC-2026-0001"]
    assert _shipments(munich) == ["MUC-2026-0001"]
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running)
    dialog.close()


def _shipments(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT reference FROM shipment")]
    finally:
        con.close()
