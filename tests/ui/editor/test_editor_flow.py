"""A shipment's whole life through the editor: create it with goods and serials, then move it
through every state to distributed, ticking paperwork, recording receipt and handovers."""

from __future__ import annotations

from helpers import (
    activate,
    answer_transitions,
    choose,
    fill,
    run_event,
    tick_blockers,
    type_cell,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from aidtracker.domain import AssetKind, Status
from ui.editor.editor import ShipmentEditor
from ui.models.lines import NAMES


def _new_editor(window, qtbot) -> ShipmentEditor:
    window.activateWindow()
    window.actions_.new_shipment.trigger()
    [editor] = [e for e in window.findChildren(ShipmentEditor) if e.detail is None]
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    return editor


def _add_line(qtbot, items, cells: dict[str, str]) -> int:
    qtbot.mouseClick(items.add_button, Qt.MouseButton.LeftButton)
    row = items.model.rowCount() - 1
    for name, text in cells.items():
        type_cell(qtbot, items.view, row, NAMES.index(name), text)
    return row


def _serials(monkeypatch, qtbot, serials: list[str]) -> None:
    from ui.editor.assets_dialog import AssetsDialog

    def exec_(dialog: AssetsDialog) -> int:
        dialog.identifiers.setFocus()
        for n, serial in enumerate(serials):
            if n:
                qtbot.keyClick(dialog.identifiers, Qt.Key.Key_Return)
            qtbot.keyClicks(dialog.identifiers, serial)
        qtbot.keyClicks(dialog.make, "Atlas")
        qtbot.keyClicks(dialog.rating, "30")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AssetsDialog, "exec", exec_)


def create_shipment(window, qtbot, monkeypatch) -> ShipmentEditor:
    editor = _new_editor(window, qtbot)
    general = editor.general
    choose(qtbot, general.widgets["partnership_id"], "Leipzig")
    choose(qtbot, general.widgets["donor_id"], "City of Leipzig")
    choose(qtbot, general.widgets["recipient_id"], "Kyiv City State")
    fill(qtbot, general.widgets["route"], "Leipzig – Dorohusk – Kyiv")
    fill(qtbot, general.widgets["planned_loading"], "01.03.2030")
    editor.tabs.setCurrentWidget(editor.items)
    items = editor.items
    _add_line(qtbot, items, {"category": "Hyg", "description": "Рукавички нітрилові",
                             "description_en": "Nitrile gloves", "qty": "1 000",
                             "net_kg": "90", "gross_kg": "100", "unit_value": "0,25"})
    assert items.model.drafts[0].hs_code == "961900"  # suggested by the category
    row = _add_line(qtbot, items, {"category": "Diesel", "description": "Генератор 30 кВА",
                                   "qty": "2", "gross_kg": "1 300", "unit_value": "6 800,00"})
    _serials(monkeypatch, qtbot, ["DG-0001", "DG-0002"])
    items.view.setCurrentIndex(items.model.index(row, NAMES.index("assets")))
    qtbot.mouseClick(items.assets_button, Qt.MouseButton.LeftButton)
    assert "2 units" in items.model.data(items.model.index(row, NAMES.index("assets")))
    assert "13 850,00" in items.totals.text().replace("\u00a0", " ")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.detail is not None, editor.banner.text()
    return editor


def test_create_then_advance_to_distributed(window, qtbot, monkeypatch, answers) -> None:
    editor = create_shipment(window, qtbot, monkeypatch)
    reference = editor.reference
    assert window.table_model.rowCount() == 43 and reference in window.editors
    detail = editor.detail
    assert [ln.description for ln in detail.lines] == ["Рукавички нітрилові",
                                                       "Генератор 30 кВА"]
    assert [a.serial_no for a in detail.lines[1].assets] == ["DG-0001", "DG-0002"]
    assert detail.lines[1].assets[0].kind is AssetKind.EQUIPMENT
    assert detail.totals.value_by_currency == {"EUR": 1_385_000}
    today = ""  # the dialogs propose today for every date
    shown = answer_transitions(monkeypatch, qtbot, {
        "accept": {"consent_signer": "O. Koval"},
        "mark_ready": {"ahars_code": "UA-2030-000123",  # no crossing date: it is planned
                       "planned_crossing": ""},  # for 2030, after the loading (01.03.2030)
        "dispatch": {"cmr_no": "CMR-77", "export_mrn": "26DE30200000123452"},  # proves CL-B09
        "arrive_border": {"crossing": "Dorohusk-Yahodyn"},
        "clear": {"clearance_ref": "UA-CLR-1", "declaration_no": "D-1"},
        "deliver": {"handover_act_no": "D6-1"},
    })
    del today
    for event, status in (("pledge", Status.PLEDGED), ("accept", Status.ACCEPTED),
                          ("start_preparing", Status.PREPARING), ("mark_ready", Status.READY),
                          ("dispatch", Status.DISPATCHED), ("arrive_border", Status.AT_BORDER),
                          ("clear", Status.CLEARED)):
        tick_blockers(qtbot, editor, event)
        run_event(editor, event)
        assert editor.detail.shipment.status is status, (event, answers.texts())
    _record_receipt(editor, qtbot, monkeypatch)
    tick_blockers(qtbot, editor, "deliver")
    run_event(editor, "deliver")
    assert editor.detail.shipment.status is Status.DELIVERED, answers.texts()
    _distribute(editor, qtbot, monkeypatch, first_line_only=True)
    run_event(editor, "distribute")
    assert editor.detail.shipment.status is Status.DISTRIBUTING
    _distribute(editor, qtbot, monkeypatch, first_line_only=False)
    run_event(editor, "complete_distribution")
    assert editor.detail.shipment.status is Status.DISTRIBUTED, answers.texts()
    assert "complete_distribution" in shown
    events = [e.event for e in editor.detail.events]
    assert events[-1] == "complete_distribution" and "override" not in events
    assert window.controller.row(reference).status is Status.DISTRIBUTED
    editor.close()


def _record_receipt(editor, qtbot, monkeypatch) -> None:
    from ui.dialogs.receipt_dialog import ReceiptDialog

    def exec_(dialog: ReceiptDialog) -> int:  # the proposed figures (all good), then OK
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ReceiptDialog, "exec", exec_)
    editor.tabs.setCurrentWidget(editor.distribution)
    qtbot.mouseClick(editor.distribution.receipt_button, Qt.MouseButton.LeftButton)
    assert all(ln.received_good_milli == ln.qty_milli for ln in editor.detail.lines)


def _distribute(editor, qtbot, monkeypatch, *, first_line_only: bool) -> None:
    from ui.dialogs.handover_dialogs import DistributionDialog

    def exec_(dialog: DistributionDialog) -> int:
        if first_line_only:
            fill(qtbot, dialog.edits[1][0], "400")
            type_text(dialog.person, "School No. 5 (warehouse)")
        else:
            qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
            dialog.acquirer.setCurrentIndex(1)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(DistributionDialog, "exec", exec_)
    before = len(editor.detail.distributions)
    qtbot.mouseClick(editor.distribution.add_button, Qt.MouseButton.LeftButton)
    assert len(editor.detail.distributions) == before + 1
