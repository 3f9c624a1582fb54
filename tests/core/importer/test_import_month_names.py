"""Dates written with a month's name, in the languages partner lists come in."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from babel.dates import format_date
from hypothesis import given, settings
from hypothesis import strategies as st

from aidtracker.importer.month_names import LOCALES, month_words, named_month_date
from aidtracker.importer.numbers import DateFormatError, cell_date

DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@settings(max_examples=150, deadline=None)
@given(day=DAYS, locale=st.sampled_from(LOCALES),
       pattern=st.sampled_from(["d MMMM y", "d MMM y", "MMMM d, y", "d-MMM-yy", "y MMMM d"]))
def test_a_day_written_by_babel_reads_back(day: date, locale: str, pattern: str) -> None:
    text = format_date(day, pattern, locale=locale)
    assert cell_date(text) == day, text


@settings(max_examples=100, deadline=None)
@given(day=DAYS, locale=st.sampled_from(LOCALES), pattern=st.sampled_from(["LLLL y", "MMM y"]))
def test_a_month_and_year_is_the_months_last_day(day: date, locale: str, pattern: str) -> None:
    text = format_date(day, pattern, locale=locale)
    last = calendar.monthrange(day.year, day.month)[1]
    assert cell_date(text) == day.replace(day=last), text


@pytest.mark.parametrize("text, expected", [
    ("May 2027", date(2027, 5, 31)), ("31-May-27", date(2027, 5, 31)),
    ("31. Mai 2027", date(2027, 5, 31)), ("травень 2027", date(2027, 5, 31)),
    ("1 березня 2027", date(2027, 3, 1)), ("maj 2027", date(2027, 5, 31)),
    ("12 Dec 2026", date(2026, 12, 12)), ("březen 2027", date(2027, 3, 31)),
])
def test_typed_as_people_type_them(text: str, expected: date) -> None:
    assert cell_date(text) == expected


@pytest.mark.parametrize("text", ["May", "Blankets 2027", "EXP 05/2027", "May June 2027",
                                  "31 Feb 2027", "May 27", "Mai 2027 extra", "2027"])
def test_not_a_date(text: str) -> None:
    with pytest.raises(DateFormatError):
        cell_date(text)


def test_no_word_names_two_months() -> None:
    words = month_words()
    assert words["may"] == 5 and words["травня"] == 5 and words["mai"] == 5
    assert all(1 <= month <= 12 for month in words.values())
    assert named_month_date("totally 12 words") is None
