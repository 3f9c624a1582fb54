"""Reversing a handover (D8) or write-off (D9) act: what a reversal does, the reason (required).

The dialog stays open until the core accepts (``reverse_act`` refuses a missing reason, an act
already reversed, a shipment whose AHARS report was filed); the refusal shows in the dialog in
the interface language and the typed reason stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from aidtracker.domain import Distribution, WriteOff
from ui.controller import Outcome
from ui.dialogs.balance_form import MARKED, ok_cancel, place, problem_label, with_problem
from ui.texts.balance_texts import say

SaveReversal = Callable[[str], Outcome[object]]


def act_summary(act: Distribution | WriteOff) -> str:
    """'handover to …' or 'write-off, damaged' in the interface language."""
    if isinstance(act, WriteOff):
        return say("what_write_off", reason=say(f"wr_{act.reason.value}"))
    return say("what_handover", to=act.to_whom or act.settlement)


class ReverseActDialog(QDialog):
    """Asks why ``act`` is reversed and calls ``save(reason)`` until the core accepts."""

    def __init__(self, act: Distribution | WriteOff, save: SaveReversal,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReverseActDialog")
        self.save = save
        self.setWindowTitle(say("reverse_title", act=act.act_no))
        self.explain = QLabel(say("reverse_explain", act=act.act_no,
                                  on=act.on.strftime("%d.%m.%Y"), what=act_summary(act)), self)
        self.explain.setObjectName("explain")
        self.explain.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.problem = problem_label(self, "reason")
        self.general = problem_label(self, "general")
        label = QLabel(say("reverse_reason") + ":", self)
        label.setBuddy(self.reason)
        self.ok_button = ok_cancel(self, (self.explain, label, with_problem(
            self.reason, self.problem, self), self.general), self._accept)
        self.ok_button.setText(say("reverse_ok"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    @Slot()
    def _accept(self) -> None:
        outcome = self.save(self.reason.text())
        if outcome.ok:
            self.accept()
            return
        place(outcome.error, {}, {"reason": self.problem}, self.general)
        self.reason.setStyleSheet("" if self.problem.isHidden() else MARKED)
