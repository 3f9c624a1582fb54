"""Reversing a handover act from the Distribution tab (issue 11): the act stays listed, struck
through with why in its tooltip, its goods come back on hand, and the line it referred to can
then be voided. A refusal shows in the dialog and keeps what was typed."""

from __future__ import annotations

from helpers import activate, fill
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from aidtracker.domain import Status
from aidtracker.services.reversal import reverse_act


def test_reverse_handover_restores_on_hand_and_frees_the_line(window, qtbot,
                                                              monkeypatch) -> None:
    from ui.dialogs.reverse_act_dialog import ReverseActDialog

    window.open_shipment("KYV-2026-0014")  # distributing: one act hands over lines 1 and 2
    editor = window.editors["KYV-2026-0014"]
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    tab = editor.distribution
    editor.tabs.setCurrentWidget(tab)
    act = editor.detail.distributions[0]
    on_hand = [tab.lines.index(r, 9).data() for r in range(tab.lines.rowCount())]
    assert not tab.reverse_button.isEnabled()  # nothing chosen yet
    tab.handovers_view.selectRow(0)
    assert tab.reverse_button.isEnabled() and tab.selected_act().act_no == act.act_no
    seen: list[str] = []

    def reverse(dialog: ReverseActDialog) -> int:
        seen.append(dialog.explain.text())
        fill(qtbot, dialog.reason, "   ")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason: refused
        seen.append(dialog.problem.text())
        assert not dialog.problem.isHidden() and not dialog.result()
        assert dialog.reason.text() == "   "  # kept as typed
        fill(qtbot, dialog.reason, "handed to the wrong unit")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ReverseActDialog, "exec", reverse)
    qtbot.mouseClick(tab.reverse_button, Qt.MouseButton.LeftButton)
    assert "number stays used" in seen[0] and "void" in seen[0]
    assert "reason" in seen[1].lower()

    detail = editor.detail
    assert not detail.distributions and detail.shipment.status is Status.DELIVERED
    assert tab.handovers.rowCount() == 1  # still listed…
    cell = tab.handovers.index(0, 0)
    assert cell.data() == act.act_no and cell.data(Qt.ItemDataRole.FontRole).strikeOut()
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Reversed on" in tip and "tester" in tip and "handed to the wrong unit" in tip
    restored = [tab.lines.index(r, 9).data() for r in range(tab.lines.rowCount())]
    assert restored != on_hand and restored == ["600", "600"]  # 300 + 300 handed back
    tab.handovers_view.selectRow(0)
    assert not tab.reverse_button.isEnabled()  # a reversed act cannot be reversed again

    again = ReverseActDialog(detail.reversed_distributions[0], lambda reason: tab._change(
        reverse_act, act.act_no, reason=reason), tab)
    qtbot.addWidget(again)
    fill(qtbot, again.reason, "twice")
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    assert "already reversed" in again.general.text() and not again.result()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("counted twice", True))
    editor.tabs.setCurrentWidget(editor.items)
    row = next(r for r, d in enumerate(editor.items.model.drafts)
               if d.base.line_no == act.lines[0].line_no)
    editor.items.view.setCurrentIndex(editor.items.model.index(row, 2))
    qtbot.mouseClick(editor.items.void_button, Qt.MouseButton.LeftButton)
    assert [ln.line_no for ln in editor.detail.voided] == [act.lines[0].line_no]
