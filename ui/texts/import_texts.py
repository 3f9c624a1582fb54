"""The import dialog's sentences: row problems, why a file is refused, why nothing was imported
(wording from the core catalogue through ``ui.texts.messages``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aidtracker.errors import AidTrackerError, ValidationFailed
from aidtracker.importer import ImportRejected, RowProblem
from ui.texts import messages
from ui.texts.i18n import QT_TRANSLATE_NOOP

NOTHING_IMPORTED = QT_TRANSLATE_NOOP("ImportProblems", "Nothing was imported. Please correct:")


def problem_text(p: RowProblem) -> str:
    """What is wrong on a row, in the user's language, without the row and column."""
    return messages.problem_text(p.to_problem(), located=False)


def reject_reason(exc: ImportRejected) -> str:
    """Why a whole file is refused, in the user's language (technical detail in brackets)."""
    return messages.reason_text(exc)


def import_error_text(exc: BaseException) -> str:
    """A refused file, rows with problems or any other core error as sentences."""
    if isinstance(exc, ValidationFailed):
        return "\n".join([QCoreApplication.translate("ImportProblems", NOTHING_IMPORTED)]
                         + [f"• {messages.problem_text(p, sheet=True)}" for p in exc.problems])
    if isinstance(exc, AidTrackerError):
        return messages.error_text(exc)
    return str(exc)
