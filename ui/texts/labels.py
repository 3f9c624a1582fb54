"""Names of the core's codes in the interface language: statuses, events, enum values.

The words are the catalogue's (``aidtracker/catalogue/terms.py``, shared with the CLI's
messages); the functions look them up at call time, so a language switch shows at the next
repaint.
"""

from __future__ import annotations

from aidtracker.catalogue.terms import CHOICES, EVENTS, STATUSES
from aidtracker.catalogue.text import Text
from aidtracker.domain import Event, Status
from ui.texts.i18n import current_language

STATUS = STATUSES
EVENT = EVENTS
CHOICE = CHOICES


def _name(table: dict[str, Text], key: str) -> str:
    text = table.get(key)
    if text is None:
        return key
    return text.get("uk" if current_language() == "uk" else "en")


def status_label(status: Status | str) -> str:
    return _name(STATUSES, str(status))


def event_label(event: Event | str) -> str:
    return _name(EVENTS, str(event))


def choice_label(value: object) -> str:
    """A translated enum value or code; unknown codes are shown as they are."""
    return _name(CHOICES, "" if value is None else str(value))


def category_label(code: str, lang: str) -> str:
    """A category name in the user's language (from the reference table)."""
    from aidtracker.reference import categories  # lazy: the tables load when first shown

    cat = categories().get(code)
    if cat is None:
        return code
    return cat.name_uk if lang == "uk" else cat.name_en
