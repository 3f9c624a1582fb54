"""The command line's wording: the catalogue in the user's language (AIDTRACKER_LANG or locale).

In English the CLI names fields and values by their codes, as scripts and options spell them;
in Ukrainian it uses the catalogue's names so that no English shows inside a sentence.
"""

from __future__ import annotations

from aidtracker.catalogue import (
    CHOICES,
    Label,
    Lang,
    error_text,
    field_label,
    language,
    plain,
    problem_text,
    words,
)
from aidtracker.domain import Problem, Severity
from aidtracker.errors import AidTrackerError


def _label(lang: Lang) -> Label:
    return words(lang) if lang == "uk" else plain


def error_words(exc: AidTrackerError) -> str:
    """One line for stderr."""
    lang = language()
    return error_text(exc, lang, label=_label(lang))


def problem_words(problem: Problem, *, sheet: bool = False) -> str:
    """One problem, located by its row (and spreadsheet column when ``sheet``)."""
    lang = language()
    return problem_text(problem, lang, label=_label(lang), sheet=sheet)


def severity_words(severity: Severity) -> str:
    """"warning", "info", "blocking": its code in English, the catalogue's word in Ukrainian."""
    lang = language()
    return CHOICES[severity.value].get(lang) if lang == "uk" else severity.value


def field_words(name: str) -> str:
    """A field as the command line names it: its code in English, its name in Ukrainian."""
    lang = language()
    return field_label(name, lang) if lang == "uk" else name
