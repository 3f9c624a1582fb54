"""Formats checked as they are typed (AHARS code, MRN, plates, VIN, EORI, EDRPOU).

After a short pause in typing, or on leaving the field, the field's format problems are shown
beside it and the field is marked (red: the save will refuse it; amber: a warning). Nothing
blocks typing and nothing is saved; all the problems of a save are still listed at Save.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from aidtracker.domain import Problem, Severity
from aidtracker.services.formats import TYPED_FIELDS, check_typed

__all__ = ["TYPED_FIELDS", "TypedCheck", "problem_label", "watch"]
from ui.texts.messages import problem_text

DELAY_MS = 400  # the pause in typing after which the field is checked
BLOCKING = "border: 2px solid #c62828;"
WARNING = "border: 2px solid #e0a100;"


class TypedCheck(QObject):
    """Checks one line edit (``field`` names the check) and shows the result in ``label``."""

    def __init__(self, edit: QLineEdit, field: str, label: QLabel) -> None:
        super().__init__(edit)
        self.setObjectName(f"typed_check_{field}")
        self.edit, self.field, self.label = edit, field, label
        self.problems: list[Problem] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.check)
        edit.textEdited.connect(self.timer.start)
        edit.editingFinished.connect(self.check)

    @Slot()
    def check(self) -> list[Problem]:
        """Check now: the problems shown beside the field (none: the mark is cleared)."""
        self.timer.stop()
        self.problems = check_typed(self.field, self.edit.text())
        if self.problems:
            self.label.setText("\n".join(problem_text(p) for p in self.problems))
            self.label.show()
            blocking = any(p.severity is Severity.BLOCKING for p in self.problems)
            self.edit.setStyleSheet(BLOCKING if blocking else WARNING)
        else:
            self.label.hide()
            self.edit.setStyleSheet("")
        return self.problems


def watch(edit: QLineEdit, field: str, label: QLabel) -> TypedCheck | None:
    """Check ``edit`` as it is typed when ``field`` has a format (else None)."""
    return TypedCheck(edit, field, label) if field in TYPED_FIELDS else None


def problem_label(parent: QWidget | None = None) -> QLabel:
    """The (hidden) line beside a field where its problems are shown."""
    label = QLabel(parent)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label
