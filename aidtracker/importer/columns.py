"""Which column holds which field: titles ranked, then proved by the values below them.

A title names fields with a strength (:func:`~aidtracker.importer.headers.scores`: 3 exact,
2 stem, 1 part of a longer title, 0 a title that names something else, such as "Tracking
Number" or "Quantity Received"). The values under it give a fit between 0 and 1: a quantity
column holds numbers that are not codes (tracking numbers, item codes), a description column
varied text, a unit column unit words… A field goes to the column with the best strength + fit;
a column whose values do not fit its title is not used. When no title names the description or
the quantity, they are inferred from the values alone (the longest varied text; numbers that are
not codes) and the choice is reported as a note.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from aidtracker.importer.readers import Row, column_letter
from aidtracker.importer.titles import names_stage_quantity, scores
from aidtracker.importer.units import read_unit

_NUMBER = re.compile(r"^[+-]?\d[\d\s.,'\u00a0\u202f]*$")
_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-_/.]{3,}$")
_HS = re.compile(r"^\d{4}(?:[ .]?\d{2}){0,3}$")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_WORD = re.compile(r"[^\W\d_]{3,}")
_NUMERIC_FIELDS = frozenset({"quantity", "net_kg", "gross_kg", "unit_value", "value",
                             "packages"})
_RECEIVED = re.compile(r"receiv|empfang|erhalten|otrzyman|otrzym|prijat|primit|reçu|recu|"
                       r"recibid|отриман|получен", re.IGNORECASE)
# Titles of numbers that are not amounts of goods (camelCase split: 'postalCode').
_OTHER_NUMBER = re.compile(r"\b(?:id|postal|post|zip|phone|tel|fax|year|age|code|ref|no|nr|"
                           r"level|floor|room|row|page|version|priority|rank|order|invoice|"
                           r"account|tracking|serial|lot|batch)\b")
NOTE_CHOSEN = "column_chosen"
NOTE_INFERRED = "column_inferred"
NOTE_UNREAD = "column_unread"
NOTE_STAGE = "column_stage"


@dataclass(frozen=True, slots=True)
class Profile:
    """What the values of one column look like (counts over the sampled rows)."""

    filled: int = 0
    numbers: int = 0
    codes: int = 0
    texts: int = 0
    units: int = 0
    currencies: int = 0
    dates: int = 0
    hs: int = 0
    length: int = 0
    distinct: int = 0
    long_ints: int = 0
    words: int = 0  # values with a word of three letters or more (text, not a code)
    sequence: bool = False  # 1, 2, 3 … n: a row number, never a quantity

    def share(self, count: int) -> float:
        return count / self.filled if self.filled else 0.0


def profile(rows: Sequence[Row], index: int) -> Profile:
    """Profile column ``index`` over ``rows``."""
    values = [cells[index] for _, cells in rows if index < len(cells)
              and cells[index] is not None]
    counts = dict.fromkeys(("numbers", "codes", "texts", "units", "currencies", "dates", "hs",
                            "long_ints", "words"), 0)
    length = 0
    for value in values:
        for key in _kinds(value):
            counts[key] += 1
        length += len(str(value))
    distinct = len({str(v) for v in values})
    if counts["long_ints"] >= 3 and distinct == len(values) and _same_width(values):
        counts["codes"] += counts["long_ints"]  # all different numbers of one width: references
    return Profile(len(values), length=length, distinct=distinct, sequence=_counts_up(values),
                   **counts)


def _same_width(values: Sequence[object]) -> bool:
    """Every number has as many digits as the others (order numbers, not quantities)."""
    widths = {len(str(abs(int(v)))) for v in values
              if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)}
    widths |= {len(v.strip()) for v in values if isinstance(v, str) and v.strip().isdigit()}
    return len(widths) <= 1


def _counts_up(values: Sequence[object]) -> bool:
    """1, 2, 3 … n (three or more): the column numbers the rows."""
    if len(values) < 3:
        return False
    try:
        numbers = [float(str(v).strip()) for v in values if not isinstance(v, bool)]
    except ValueError:
        return False
    return len(numbers) == len(values) and numbers == [float(n) for n in
                                                       range(1, len(numbers) + 1)]


def _kinds(value: object) -> list[str]:
    if isinstance(value, bool):
        return []
    if isinstance(value, datetime | date):
        return ["dates"]
    if isinstance(value, int | float):
        big = isinstance(value, int) or float(value).is_integer()
        return ["numbers", "long_ints"] if big and abs(value) >= 10_000 else ["numbers"]
    text = str(value).strip()
    if text.isdigit() and len(text) > 1 and text[0] == "0":  # '00017': a code, not 17
        return ["codes", "hs"] if _HS.match(text) else ["codes"]
    if _NUMBER.match(text):
        kinds = ["numbers"]
        if len(text) >= 5 and text.isdigit():
            kinds.append("long_ints")
        if _HS.match(text):
            kinds.append("hs")
        return kinds
    return _text_kinds(text)


def _text_kinds(text: str) -> list[str]:
    kinds = ["words"] if _WORD.search(text) else []
    if _DATE.match(text):
        return ["dates"]
    if _CODE.match(text):
        kinds.append("codes")
    if _CURRENCY.match(text):
        kinds.append("currencies")
    if read_unit(text).rec20:
        kinds.append("units")
    if any(ch.isalpha() for ch in text):
        kinds.append("texts")
    return kinds


def fit(field: str, p: Profile) -> float:
    """How well the values fit ``field``: 0 (not at all) … 1; 0.5 when there is nothing to see."""
    if not p.filled:
        return 0.5
    if field == "quantity":
        return max(p.share(p.numbers) - p.share(p.codes), 0.0)
    if field in _NUMERIC_FIELDS:
        return p.share(p.numbers)
    if field == "description":
        text = p.share(p.texts) - p.share(p.codes) * 0.5 - p.share(p.units) * 0.5
        varied = min(p.distinct / p.filled, 1.0)
        return max(text, 0.0) * (0.5 + 0.5 * varied)
    if field == "unit":
        return p.share(p.units)
    if field == "currency":
        return p.share(p.currencies)
    if field == "hs_code":
        return p.share(p.hs)
    if field == "expiry":
        return p.share(p.dates + p.numbers)
    return 1.0


@dataclass(frozen=True, slots=True)
class Choice:
    """Columns found: ``columns`` (index → field) and ``notes`` saying what was chosen and why
    (``(rule, params)``: ``column_chosen`` among several titles, ``column_inferred`` from
    values)."""

    columns: dict[int, str]
    notes: tuple[tuple[str, dict[str, object]], ...] = ()


def assign(labels: Sequence[object], data: Sequence[Row],
           aliases: Mapping[str, str] | None = None) -> Choice:
    """Give each field its best column, titles first, proved by ``data`` (rows below)."""
    profiles = {i: profile(data, i) for i in range(len(labels))}
    best: dict[str, list[tuple[float, int]]] = {}
    unproved: dict[int, str] = {}  # titled plainly, but the values do not fit
    for index, label in enumerate(labels):
        for field, strength in scores(label, aliases):
            score = fit(field, profiles[index])
            if _proved(field, strength, score):
                best.setdefault(field, []).append((strength + score, index))
                break
            if strength >= 2:
                unproved.setdefault(index, field)
            if strength == 0:
                break
    received = [i for i, label in enumerate(labels)
                if ("quantity", 0) in scores(label, aliases) and _RECEIVED.search(str(label))]
    columns: dict[int, str] = {}
    if received and best.get("quantity"):
        best["quantity"] += [(-1.0, i) for i in received]  # named, never chosen: reported
    notes: list[tuple[str, dict[str, object]]] = []
    if "quantity" not in best and (stage := _stage_quantity(labels, profiles)) is not None:
        best["quantity"] = [stage]
        notes.append((NOTE_STAGE, {"field": "quantity", "chosen": str(labels[stage[1]])}))
    for field, found in best.items():
        found.sort(key=lambda t: (-t[0], t[1]))
        columns[found[0][1]] = field
        if len(found) > 1 and field in ("quantity", "description", "value", "unit_value"):
            notes.append((NOTE_CHOSEN, {"field": field, "chosen": str(labels[found[0][1]]),
                                        "others": ", ".join(str(labels[i])
                                                            for _, i in found[1:])}))
    notes += _infer(labels, profiles, columns, len(data))
    notes += [(NOTE_UNREAD, {"field": field, "chosen": _name(labels, i),
                             "value": _example(data, i)})
              for i, field in unproved.items() if i not in columns]
    return Choice(columns, tuple(notes))


def _stage_quantity(labels: Sequence[object],
                    profiles: Mapping[int, Profile]) -> tuple[float, int] | None:
    """The best-filled column titled as the quantity at another step ('Quantity Ordered'), for
    a list that has no other quantity; None when there is none or its values are no numbers."""
    found = [(fit("quantity", profiles[i]), -i) for i, label in enumerate(labels)
             if names_stage_quantity(label)]
    if not found or (pick := max(found))[0] < 0.5:
        return None
    return pick[0], -pick[1]


def _proved(field: str, strength: int, score: float) -> bool:
    """An exact title counts whatever the values; a weaker one needs values that fit it."""
    return (strength >= 3 or (strength == 2 and score >= 0.2)
            or (strength == 1 and score >= 0.5) or field == "line_no")


def _infer(labels: Sequence[object], profiles: Mapping[int, Profile],
           columns: dict[int, str], rows: int) -> list[tuple[str, dict[str, object]]]:
    """Description and quantity from the values when no title names them: a quantity column
    holds numbers on most rows, not row numbers, under a title that names nothing else."""
    notes: list[tuple[str, dict[str, object]]] = []
    free = [i for i in profiles if i not in columns and profiles[i].filled]
    if "description" not in columns.values():
        texts = [i for i in free if fit("description", profiles[i]) >= 0.6
                 and profiles[i].share(profiles[i].words) >= 0.5]
        if texts:
            pick = max(texts, key=lambda i: (profiles[i].length * profiles[i].distinct, -i))
            columns[pick] = "description"
            notes.append((NOTE_INFERRED, {"field": "description", "chosen": _name(labels, pick)}))
            free.remove(pick)
    if "quantity" not in columns.values():
        numbers = [i for i in free if fit("quantity", profiles[i]) >= 0.9
                   and not profiles[i].sequence and profiles[i].filled * 2 > rows
                   and not scores(labels[i]) and not _OTHER_NUMBER.search(_words(labels[i]))]
        if len(numbers) == 1:
            columns[numbers[0]] = "quantity"
            notes.append((NOTE_INFERRED, {"field": "quantity",
                                          "chosen": _name(labels, numbers[0])}))
    return notes


def _example(data: Sequence[Row], index: int) -> str:
    """The first value of a column, as text (for a note)."""
    value = next((c[index] for _, c in data if index < len(c) and c[index] is not None), "")
    return str(value)[:30]


def _words(label: object) -> str:
    """A title as lower-case words, camelCase split: 'postalCode' → 'postal code'."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(label or ""))
    return " ".join(re.split(r"[\W_]+", text.casefold()))


def _name(labels: Sequence[object], index: int) -> str:
    label = labels[index]
    return f"{column_letter(index)} ({label})" if label is not None else column_letter(index)
