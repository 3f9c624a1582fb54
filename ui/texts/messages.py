"""Core error and problem codes → sentences in the interface language.

The wording is :mod:`aidtracker.catalogue` (both languages, one copy for the CLI and the window);
this module only picks the interface language (``ui.texts.i18n``) and names statuses, events and
enum values with the window's own labels (``ui.texts.labels``, Qt's translations).
"""

from __future__ import annotations

from aidtracker import catalogue
from aidtracker.catalogue import Label, Lang
from aidtracker.domain import Problem
from aidtracker.errors import AidTrackerError
from ui.texts.i18n import current_language
from ui.texts.labels import choice_label, event_label, status_label


def language() -> Lang:
    """The interface language as the catalogue spells it."""
    return "uk" if current_language() == "uk" else "en"


def _label(lang: Lang) -> Label:
    named = catalogue.words(lang)

    def label(code: str, name: str, value: object) -> object:
        if not isinstance(value, str):
            return value
        if name == "status" or (name == "allowed" and code == "wrong_status"):
            return status_label(value)
        if name == "event" or (name == "allowed" and code == "invalid_transition"):
            return event_label(value)
        if name in ("field", "other_field", "entity", "action"):
            return named(code, name, value)
        return choice_label(value)

    return label


def field_label(name: str) -> str:
    """A field name in the interface language (unknown names as they are)."""
    return catalogue.field_label(name, language())


def problem_text(problem: Problem, *, located: bool = True, sheet: bool = False) -> str:
    """One problem as an instruction: 'row 2: Quantity must be greater than zero, got 0'.

    ``located=False`` leaves out the row; ``sheet``: the row (and ``params['column']``) are
    spreadsheet coordinates, as the importer reports them.
    """
    lang = language()
    return catalogue.problem_text(problem, lang, label=_label(lang), located=located, sheet=sheet)


def error_text(error: AidTrackerError) -> str:
    """A whole error as a sentence; problems one per line."""
    lang = language()
    return catalogue.error_text(error, lang, label=_label(lang), lines=True)


def reason_text(error: AidTrackerError) -> str:
    """Only the ``reason`` of ``error`` in words, technical detail in brackets."""
    reason = catalogue.reason_text(error.code, str(error.params.get("reason", "")), language())
    detail = str(error.params.get("detail") or "")
    return f"{reason} ({detail})" if detail else reason
