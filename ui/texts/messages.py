"""Core error and problem codes → sentences in the interface language.

The wording is :mod:`aidtracker.catalogue` (both languages, one copy for the CLI and the window);
this module only picks the interface language (``ui.texts.i18n``) and names every code in the
parameters (fields, statuses, events, enum values) with :func:`aidtracker.catalogue.words`.
"""

from __future__ import annotations

from aidtracker import catalogue
from aidtracker.catalogue import Lang
from aidtracker.domain import Problem
from aidtracker.errors import AidTrackerError
from ui.texts.i18n import current_language


def language() -> Lang:
    """The interface language as the catalogue spells it."""
    return "uk" if current_language() == "uk" else "en"


def field_label(name: str) -> str:
    """A field name in the interface language (unknown names as they are)."""
    return catalogue.field_label(name, language())


def problem_text(problem: Problem, *, located: bool = True, sheet: bool = False) -> str:
    """One problem as an instruction: 'row 2: Quantity must be greater than zero, got 0'.

    ``located=False`` leaves out the row; ``sheet``: the row (and ``params['column']``) are
    spreadsheet coordinates, as the importer reports them.
    """
    lang = language()
    return catalogue.problem_text(problem, lang, label=catalogue.words(lang), located=located,
                                  sheet=sheet)


def error_text(error: AidTrackerError) -> str:
    """A whole error as a sentence; problems one per line."""
    lang = language()
    return catalogue.error_text(error, lang, label=catalogue.words(lang), lines=True)


def reason_text(error: AidTrackerError) -> str:
    """Only the ``reason`` of ``error`` in words, technical detail in brackets."""
    lang = language()
    reason = catalogue.reason_text(error.code, str(error.params.get("reason", "")), lang,
                                   error.params, label=catalogue.words(lang))
    detail = catalogue.detail_text(error.params, lang)
    return f"{reason} ({detail})" if detail else reason
