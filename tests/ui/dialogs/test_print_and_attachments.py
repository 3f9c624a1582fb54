"""Printing (PDF made off the UI thread, previewed, saved) and attachments through the
Paperwork tab."""

from __future__ import annotations

import pytest
from helpers import finish_jobs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from aidtracker.domain import Status
from aidtracker.services.listing import ShipmentQuery


def _reference(window, status: Status) -> str:
    return window.controller.page(ShipmentQuery(status=status), None, 0, 1).rows[0].reference


def test_print_dialog_renders_previews_and_saves(window, qtbot, monkeypatch, tmp_path) -> None:
    pytest.importorskip("aidtracker.documents")
    from ui.dialogs.print_dialog import PrintDialog

    reference = _reference(window, Status.DELIVERED)
    window.table.setFocus()
    window.open_shipment(reference)
    editor = window.editors[reference]
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    [dialog] = editor.findChildren(PrintDialog)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("handover"))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    assert dialog.document.pageCount() >= 1
    target = tmp_path / "out" / "act.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in target.parent.iterdir()) == ["act.pdf"]
    assert "not numbered" in dialog.status.text()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: "Issued No." in dialog.status.text(), timeout=20_000)
    from aidtracker.services.documents import issued_documents

    issued = window.controller.read(issued_documents, reference)
    assert [row[1] for row in issued] == ["handover"]
    assert issued[0][0] in dialog.status.text()
    dialog.close()


def test_print_is_wired_to_ctrl_p(window) -> None:
    assert window.actions_.print_.shortcut().toString() == "Ctrl+P"
    assert window.actions_.print_.isEnabled()


def test_attach_and_open_a_scan(window, qtbot, monkeypatch, tmp_path) -> None:
    from PySide6.QtGui import QDesktopServices

    reference = _reference(window, Status.PREPARING)
    window.open_shipment(reference)
    editor = window.editors[reference]
    editor.tabs.setCurrentWidget(editor.paperwork)
    scan = tmp_path / "Лист донора.pdf"
    scan.write_bytes(b"%PDF-1.4 signed donation letter")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    qtbot.mouseClick(editor.paperwork.add_button, Qt.MouseButton.LeftButton)
    rows = editor.paperwork.attachments.rows()
    assert [(a.kind, a.original_name) for a in rows] == [("donation_letter", scan.name)]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    editor.paperwork.attachments_view.setCurrentIndex(editor.paperwork.attachments.index(0, 0))
    qtbot.mouseClick(editor.paperwork.open_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].endswith(".pdf") and rows[0].sha256 in opened[0]


def test_override_needs_a_reason_and_is_logged(window, qtbot, monkeypatch) -> None:
    reference = _reference(window, Status.PREPARING)
    window.open_shipment(reference)
    editor = window.editors[reference]
    item = next(i for i in editor.paperwork.checklist.rows() if i.is_open_blocker)
    assert editor.paperwork.select_rule(item.rule.id)
    qtbot.mouseClick(editor.paperwork.override_button, Qt.MouseButton.LeftButton)  # cancelled
    assert editor.detail.checklist == tuple(editor.paperwork.checklist.rows())
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("sent by e-mail", True))
    assert editor.paperwork.select_rule(item.rule.id)
    qtbot.mouseClick(editor.paperwork.override_button, Qt.MouseButton.LeftButton)
    done = next(i for i in editor.detail.checklist if i.rule.id == item.rule.id)
    assert (done.state.value, done.note, done.by) == ("overridden", "sent by e-mail", "tester")
    assert editor.detail.events[-1].event == "override"
