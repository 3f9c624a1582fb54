"""The register of issued documents in the shipment editor: open the stored original, reprint
as a copy, supersede with a reason; Issue asks before a second original."""

from __future__ import annotations

import pytest
from helpers import finish_jobs
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from aidtracker.domain import Status
from aidtracker.services.listing import ShipmentQuery


def _reference(window, status: Status) -> str:
    return window.controller.page(ShipmentQuery(status=status), None, 0, 1).rows[0].reference


def _issue(window, reference: str, kind: str) -> None:
    from aidtracker.services.documents import issue_document

    out = window.controller.path.parent / f"{kind}.pdf"
    window.controller.read(lambda db: issue_document(db, reference, kind, out, actor="t"))


def test_register_opens_copies_and_supersedes(window, qtbot, monkeypatch) -> None:
    pytest.importorskip("aidtracker.documents")
    import ui.widgets.document_register as register

    reference = _reference(window, Status.DELIVERED)
    _issue(window, reference, "handover")
    window.open_shipment(reference)
    editor = window.editors[reference]
    editor.tabs.setCurrentWidget(editor.documents)
    panel = editor.documents
    assert panel.model.rowCount() == 1 and not panel.open_button.isEnabled()
    opened: list[str] = []
    monkeypatch.setattr(register, "open_pdf", lambda path: opened.append(str(path)))
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened and "КОПІЯ" not in PdfReader(opened[-1]).pages[0].extract_text()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20_000)
    assert "КОПІЯ / COPY" in PdfReader(opened[-1]).pages[0].extract_text()
    qtbot.waitUntil(lambda: panel.model.row_object(0).copies == 1, timeout=5_000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong commission", True))
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.supersede_button, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=20_000)
    old, new = panel.model.rows()
    assert (old.status, old.superseded_by, new.supersedes) == (
        "superseded", new.number, old.number)
    panel.grab().save(str(window.controller.path.parent / "register.png"))


def test_issue_asks_before_a_second_original(window, qtbot, monkeypatch) -> None:
    pytest.importorskip("aidtracker.documents")
    from ui.dialogs.print_dialog import PrintDialog

    reference = _reference(window, Status.DELIVERED)
    _issue(window, reference, "handover")
    window.open_shipment(reference)
    editor = window.editors[reference]
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    [dialog] = editor.findChildren(PrintDialog)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("handover"))
    assert dialog.kind.currentText() == "Acceptance and transfer act (D6)"  # words, not codes
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert asked and f"{reference}/D6-1" in asked[0]
    from aidtracker.services.documents import document_register

    assert len(window.controller.read(document_register, reference)) == 1
    dialog.close()
