"""Dates written with a month's name ("May 2027", "31-May-27", "31. Mai 2027", "травень 2027").

The names and abbreviations come from Babel's CLDR data for the languages partner lists are
written in (formatting and stand-alone forms: Ukrainian "травня" and "травень" alike); a word
that names different months in two languages is not used. A month without a day is its last
day, as an expiry "05/2027" is read.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache

LOCALES = ("en", "uk", "pl", "de", "cs", "sk", "ro", "fr", "es", "it", "nl", "hu", "lt", "lv",
           "et", "bg")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_SEPARATORS = re.compile(r"^[\s.,/-]*$")


@cache
def month_words() -> dict[str, int]:
    """Every month name and abbreviation (case-folded, without a final dot) → its number."""
    # lazy: Babel's locale data loads only when a date is written with a month's name
    from babel.dates import get_month_names

    seen: dict[str, set[int]] = {}
    for locale in LOCALES:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in get_month_names(width, context, locale).items():
                    seen.setdefault(_fold(str(name)), set()).add(int(number))
    return {word: months.pop() for word, months in seen.items() if len(months) == 1}


def _fold(word: str) -> str:
    return word.casefold().rstrip(".")


def named_month_date(text: str) -> date | None:
    """The date ``text`` writes with a month's name, or None when it is not such a date.

    Day, month and year in any of the usual orders ("31 May 2027", "May 31, 2027",
    "31-May-27"), or a month and a four-digit year ("May 2027").

    Raises:
        ValueError: the parts name no real day (31 February).
    """
    tokens = _TOKEN.findall(text)
    if not 2 <= len(tokens) <= 3 or not _SEPARATORS.match(_TOKEN.sub("", text)):
        return None
    words = month_words()
    months = [i for i, t in enumerate(tokens) if not t.isdigit() and _fold(t) in words]
    if len(months) != 1 or sum(not t.isdigit() for t in tokens) != 1:
        return None
    month = words[_fold(tokens.pop(months[0]))]
    numbers = [int(t) for t in tokens]
    if len(numbers) == 1:
        year = numbers[0]
        if len(tokens[0]) != 4:
            return None
        return date(year, month, calendar.monthrange(year, month)[1])
    if len(tokens[0]) == 4:  # 2027 May 31
        year, day = numbers
    elif len(tokens[1]) in (2, 4) and months[0] in (0, 1):  # 31 May 2027 · May 31, 2027
        day, year = numbers
        year += 2000 if len(tokens[1]) == 2 else 0
    else:
        return None
    return date(year, month, day)
