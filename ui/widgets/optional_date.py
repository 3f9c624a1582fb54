"""A date field that may be left empty (filters, report periods): 01.01.2000 stands for none."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(2000, 1, 1)


def optional_date_edit(parent: QWidget) -> QDateEdit:
    """A dd.MM.yyyy field with a calendar, empty (at :data:`NO_DATE`) to start with."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    return edit


def optional_date(edit: QDateEdit) -> date | None:
    """The field's day, or None when it is left empty."""
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())
