"""Wording of the name look-up refusals (services/names.py), an area of the catalogue."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

ERRORS: dict[str, Text] = {
    "name_unknown": Text(
        en="no {entity} is called '{key}'; closest: {candidates}",
        uk="{entity} з назвою '{key}' не знайдено; найближчі: {candidates}",
    ),
    "name_ambiguous": Text(
        en="'{key}' fits several ({entity}): {candidates}; type one of these names",
        uk="'{key}' підходить до кількох ({entity}): {candidates}; введіть одну з цих назв",
    ),
}

ENTITIES: dict[str, Text] = {  # the ``entity`` of a name look-up not already named in fields
    "recipient": Text("recipient", "отримувача"),
    "acquirer": Text("acquirer", "набувача"),
    "carrier": Text("carrier", "перевізника"),
}
