""""Void line…" in the Items tab: asks the reason, voids the stored line through the same
service as ``aidtracker line void`` and says plainly why the core refuses (an act that refers
to the line must be reversed first)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from aidtracker.errors import ValidationFailed
from aidtracker.services.stock import void_line
from ui.controller import AppController
from ui.dialogs.balance_form import refusal_texts
from ui.texts.balance_texts import say


def ask_and_void(parent: QWidget, controller: AppController, reference: str, line_no: int,
                 description: str) -> bool:
    """Ask why, then void line ``line_no``; True when voided. A refusal for a missing reason
    asks again with what was typed; any other refusal is shown and nothing changes."""
    reason = ""
    while True:
        reason, ok = QInputDialog.getText(
            parent, say("void_title", number=line_no),
            say("void_ask", number=line_no, description=description),
            QLineEdit.EchoMode.Normal, reason)
        if not ok:
            return False
        outcome = controller.change(reference, void_line, line_no, reason=reason)
        if outcome.ok:
            return True
        error = outcome.error
        if isinstance(error, ValidationFailed) and all(
                p.rule == "reason_required" for p in error.problems):
            continue
        QMessageBox.warning(parent, say("void_refused", number=line_no),
                            "\n".join(text for _, text in refusal_texts(error)))
        return False
