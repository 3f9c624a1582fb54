"""The editor's safety nets: guards explained, save conflicts reloaded, undo, problems shown
next to fields, unsaved-changes prompt, amendments of locked shipments."""

from __future__ import annotations

from helpers import activate, answer_transitions, fill, run_event, type_cell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from aidtracker.domain import Event, Status
from aidtracker.services.edits import HeaderEdit
from aidtracker.services.listing import ShipmentQuery, connect_verified_later, list_shipments
from aidtracker.services.shipments import get_detail, update_header
from ui.models.lines import NAMES


def _reference(window, status: Status) -> str:
    rows = window.controller.page(ShipmentQuery(status=status, sort="reference",
                                                descending=False), None, 0, 1).rows
    return rows[0].reference


def _editor(window, qtbot, status: Status):
    reference = _reference(window, status)
    window.open_shipment(reference)
    editor = window.editors[reference]
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    return editor


def test_a_refused_transition_says_what_to_do(window, qtbot, monkeypatch, answers) -> None:
    editor = _editor(window, qtbot, Status.PREPARING)
    assert not editor.detail.shipment.ahars_code
    answer_transitions(monkeypatch, qtbot, {})
    run_event(editor, Event.MARK_READY.value)
    assert editor.detail.shipment.status is Status.PREPARING
    kind, title, text = answers.said[-1]
    assert (kind, title) == ("warning", "Not yet possible")
    assert "record the AHARS unique code first" in text
    assert "tick or override the checklist item CL-B02 first" in text


def test_only_allowed_events_are_offered(window, qtbot) -> None:
    from aidtracker.workflow import allowed_events

    editor = _editor(window, qtbot, Status.AT_BORDER)
    editor.move_menu.aboutToShow.emit()
    names = [a.objectName() for a in editor.move_menu.actions()]
    assert names == [f"event_{e.value}" for e in allowed_events(Status.AT_BORDER)]


def test_save_conflict_is_refused_and_reload_shows_the_other_version(
        window, qtbot, answers, demo_db) -> None:
    editor = _editor(window, qtbot, Status.PLEDGED)
    reference = editor.reference
    fill(qtbot, editor.general.widgets["route"], "my route")
    other = connect_verified_later(demo_db)
    try:
        version = get_detail(other, reference).shipment.version
        update_header(other, reference, HeaderEdit(route="their route"), actor="olena",
                      expected_version=version)
    finally:
        other.close()
    answers.question = QMessageBox.StandardButton.No  # first keep my text on screen
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _kind, title, text = answers.said[-1]
    assert title == "Someone else saved first" and "olena" in text
    assert editor.general.widgets["route"].text() == "my route" and editor.is_dirty
    answers.question = QMessageBox.StandardButton.Yes  # now reload
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.general.widgets["route"].text() == "their route" and not editor.is_dirty
    assert window.controller.detail(reference).value.shipment.route == "their route"


def test_undo_and_redo_header_and_grid_edits(window, qtbot) -> None:
    editor = _editor(window, qtbot, Status.DRAFT)
    route = editor.general.widgets["route"]
    before = route.text()
    fill(qtbot, route, "New route")
    qtbot.keyClick(route, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert route.text() == before and not editor.is_dirty
    qtbot.keyClick(route, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert route.text() == "New route"
    editor.tabs.setCurrentWidget(editor.items)
    view = editor.items.view
    old = editor.items.model.drafts[0].description_en
    type_cell(qtbot, view, 0, NAMES.index("description_en"), "Changed")
    assert editor.items.model.drafts[0].description_en == "Changed"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.items.model.drafts[0].description_en == old


def test_problems_show_next_to_fields_and_cells_and_nothing_is_saved(
        window, qtbot, answers) -> None:
    editor = _editor(window, qtbot, Status.DRAFT)
    before = window.controller.detail(editor.reference).value
    fill(qtbot, editor.general.widgets["planned_loading"], "31.02.2026")
    editor.tabs.setCurrentWidget(editor.items)
    type_cell(qtbot, editor.items.view, 0, NAMES.index("qty"), "12,5x")
    assert not editor.save()
    assert "is not a number" in editor.items.problems.text()
    cell = editor.items.model.index(0, NAMES.index("qty"))
    assert "is not a number" in editor.items.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    type_cell(qtbot, editor.items.view, 0, NAMES.index("qty"), "12")
    assert not editor.save()
    label = editor.general.problem_labels["planned_loading"]
    assert label.isVisibleTo(editor) and "is not a date" in label.text()
    assert editor.banner.text().startswith("Not saved: 1 problem")
    assert window.controller.detail(editor.reference).value == before


def test_closing_with_unsaved_changes_asks(window, qtbot, answers) -> None:
    editor = _editor(window, qtbot, Status.DRAFT)
    fill(qtbot, editor.general.widgets["notes"], "call the driver")
    answers.question = QMessageBox.StandardButton.Cancel
    assert not editor.close()
    assert answers.said[-1][1] == "Unsaved changes"
    answers.question = QMessageBox.StandardButton.Save
    assert editor.close(), (editor.banner.text(), answers.texts())
    assert window.controller.detail(editor.reference).value.shipment.notes == "call the driver"


def test_locked_shipment_saves_only_as_an_amendment_with_a_reason(
        window, qtbot, monkeypatch, answers) -> None:
    editor = _editor(window, qtbot, Status.DELIVERED)
    assert "locked" in editor.title.text()
    fill(qtbot, editor.general.widgets["notes"], "act re-signed")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert not editor.save() and editor.is_dirty
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("typo in the act", True))
    assert editor.save()
    last = editor.detail.events[-1]
    assert (last.event, last.reason) == ("amend", "typo in the act")
    assert editor.detail.shipment.notes == "act re-signed"


def test_cancel_not_delete_past_draft(window, qtbot, monkeypatch, answers) -> None:
    editor = _editor(window, qtbot, Status.ACCEPTED)
    answer_transitions(monkeypatch, qtbot, {"cancel": {"reason": "need_lapsed"}})
    run_event(editor, Event.CANCEL.value)
    assert editor.detail.shipment.status is Status.CANCELLED
    assert editor.detail.shipment.cancel_reason == "need_lapsed"
    assert editor.reference in [r.reference for r in list_shipments(
        window.controller.db, ShipmentQuery(status=Status.CANCELLED), limit=50)]
