"""The import dialog's sentences: row problems, why a file is refused, why nothing was imported
(wording from the core catalogue through ``ui.texts.messages``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aidtracker.catalogue import Lang, detail_text, say
from aidtracker.catalogue.layouts import DIALOG
from aidtracker.errors import AidTrackerError, ValidationFailed
from aidtracker.importer import ImportRejected, ParsedManifest, RowProblem
from ui.texts import messages
from ui.texts.i18n import QT_TRANSLATE_NOOP, current_language

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


def _lang() -> Lang:
    return "uk" if current_language() == "uk" else "en"


def importing_text() -> str:
    """The progress dialog's label while a list is imported."""
    return say(DIALOG["importing"], _lang())


def import_cancelled_text() -> str:
    """What the dialog says after Cancel: nothing was saved."""
    return say(DIALOG["cancelled"], _lang())


def why_text(failure: BaseException | None, manifest: ParsedManifest | None) -> str:
    """What the importer found and why, for the mapping editor: the best header it saw and what
    it lacked, or the columns it chose among several or inferred ('' when nothing to say)."""
    lines: list[str] = []
    if isinstance(failure, ImportRejected) and failure.reason == "no_header":
        lines.append(say(DIALOG["not_found"], _lang(),
                         detail=detail_text(failure.params, _lang())))
    if manifest is not None:
        lines += [messages.problem_text(p.to_problem(), sheet=True) for p in manifest.problems
                  if p.rule in ("column_chosen", "column_inferred", "hxl_tags")]
    return "\n".join([say(DIALOG["why"], _lang()), *lines]) if lines else ""
