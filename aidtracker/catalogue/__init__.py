"""THE one place for user-facing wording, in Ukrainian and English.

Errors (:mod:`aidtracker.errors`) and problems (:class:`aidtracker.domain.Problem`) carry only a
code and parameters; this package turns them into sentences. The CLI, the window, the importer's
row report and the self-test all call the same functions::

    error_text(error, lang)          # any AidTrackerError -> one sentence
    problem_text(problem, lang)      # one Problem -> 'row 2: qty_milli must be ...'
    reason_text(code, reason, lang)  # the ``reason`` param of error ``code``
    field_label(name, lang)          # a field name as messages show it
    say(text, lang, **params)        # any other Text of a table, filled leniently
    language()                       # the user's language from AIDTRACKER_LANG or the locale

``lang`` is ``"uk"`` or ``"en"`` (:data:`Lang`). Parameter values are shown as they are (codes,
as the English CLI always printed them) unless a ``label`` function words them: :func:`words`
gives the catalogue's names of fields, entities, actions, statuses, events and enum values (the
window always uses it, the CLI in Ukrainian). A parameter ``<name>_uk`` replaces ``<name>`` in
Ukrainian (e.g. a checklist item's own Ukrainian text).

Tables are ``dict[str, Text]`` in one module per area: ``errors`` (error codes), ``problems``
(validation/workflow rules and where a problem sits), ``reasons`` (database refusals, document
reasons...), ``fields`` (field, entity and action names), ``terms`` (statuses, events, enum
values, document kinds), ``imports`` (the importer's rules, reject reasons and fields).

**Adding an area**: write ``aidtracker/catalogue/<area>.py`` with any of these module-level
tables and add the module to :data:`AREAS` below (one line); nothing else changes:

- ``ERRORS``, ``PROBLEMS``, ``FIELDS``: ``dict[str, Text]`` keyed by error code, problem rule,
  field name;
- ``ENTITIES``, ``ACTIONS``, ``STATUSES``, ``EVENTS``, ``DOCUMENTS``: names of the values of
  the parameters ``entity``, ``action``, ``status``, ``event``, ``kind``; ``CHOICES``: enum
  values; ``VALUES``: other parameter values that are words (``expected="6 digits"``);
- ``REASONS``: ``dict[error code, dict[reason, Text]]`` for the ``reason`` parameter;
- any other table of your own, used through :func:`say`.

A key defined by two areas raises at import; ``tests/core/catalogue`` checks that every code the
core can raise has both languages, the same placeholders and no English inside the Ukrainian.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING

from aidtracker.catalogue import (
    acts,
    balance,
    balance_window,
    documents_issued,
    donor,
    errors,
    exchange,
    fields,
    imports,
    layouts,
    names,
    problems,
    real_lists,
    reasons,
    reliability,
    shipment_file,
    terms,
    window,
)
from aidtracker.catalogue.text import Lang, Text
from aidtracker.errors import AidTrackerError

if TYPE_CHECKING:
    from aidtracker.domain import Problem

__all__ = ["AREAS", "Label", "Lang", "Text", "error_text", "field_label", "language", "plain",
           "problem_text", "reason_text", "say", "words"]

AREAS: tuple[ModuleType, ...] = (errors, problems, reasons, fields, terms, imports,
                                 documents_issued, names, layouts, exchange, balance,
                                 reliability, shipment_file, donor, balance_window,
                                 acts, window, real_lists)

Label = Callable[[str, str, object], object]
"""``label(code, param, value)``: how a parameter value shows inside the text of ``code``."""


def _merged(name: str) -> dict[str, Text]:
    table: dict[str, Text] = {}
    for area in AREAS:
        part: Mapping[str, Text] = getattr(area, name, {})
        twice = table.keys() & part.keys()
        if twice:
            raise ValueError(f"catalogue {name}: {sorted(twice)} defined twice ({area.__name__})")
        table.update(part)
    return table


def _merged_reasons() -> dict[str, dict[str, Text]]:
    table: dict[str, dict[str, Text]] = {}
    for area in AREAS:
        for code, part in getattr(area, "REASONS", {}).items():
            twice = table.get(code, {}).keys() & part.keys()
            if twice:
                raise ValueError(f"catalogue REASONS[{code}]: {sorted(twice)} defined twice")
            table[code] = {**table.get(code, {}), **part}
    return table


ERRORS = _merged("ERRORS")
PROBLEMS = _merged("PROBLEMS")
FIELDS = _merged("FIELDS")
ENTITIES = _merged("ENTITIES")
ACTIONS = _merged("ACTIONS")
STATUSES = _merged("STATUSES")
EVENTS = _merged("EVENTS")
CHOICES = _merged("CHOICES")
DOCUMENTS = _merged("DOCUMENTS")
VALUES = _merged("VALUES")
LOCATIONS = _merged("LOCATIONS")
REASONS = _merged_reasons()


class Lenient(dict[str, object]):
    """Format values where a missing name prints as '?' instead of raising."""

    def __missing__(self, key: str) -> str:
        return "?"


def say(text: Text, lang: Lang, /, **params: object) -> str:
    """``text`` in ``lang`` filled with ``params`` (a missing one shows as '?')."""
    return text.get(lang).format_map(Lenient(params))


def plain(code: str, name: str, value: object) -> object:
    """The default label: values as they are."""
    return value


def words(lang: Lang) -> Label:
    """A label that names fields, entities, actions, statuses, events and enum values in
    ``lang`` (what the window shows, and the CLI in Ukrainian)."""
    moves = (EVENTS, STATUSES)  # an event, or the state it leads to (as the CLI names it)
    by_param: dict[str, tuple[Mapping[str, Text], ...]] = {
        "entity": (ENTITIES,), "scope": (ENTITIES,), "action": (ACTIONS,), "kind": (DOCUMENTS,),
        "status": (STATUSES,), "needed": (STATUSES,), "event": moves}
    allowed = {"wrong_status": (STATUSES,), "invalid_transition": moves}

    def label(code: str, name: str, value: object) -> object:
        if not isinstance(value, str):
            return value
        if name in ("field", "other_field"):
            return field_label(value, lang)
        own = allowed.get(code, ()) if name == "allowed" else by_param.get(name, ())
        for table in (*own, VALUES, CHOICES):
            if value in table:
                return table[value].get(lang)
        return value

    return label


def detail_text(params: Mapping[str, object], lang: Lang) -> str:
    """An error's technical detail in ``lang``: its ``detail`` text, or what the importer saw
    of the best header candidate (``seen``: hxl, titles or nothing), worded here."""
    detail = str(params.get("detail") or "")
    seen = str(params.get("seen") or "")
    if detail or seen not in layouts.SEEN:
        return detail
    found = [str(f).partition("|") for f in params.get("found") or ()]  # type: ignore[attr-defined]
    missing = [str(m) for m in params.get("missing") or ()]  # type: ignore[attr-defined]
    return say(layouts.SEEN[seen], lang, sheet=params.get("sheet", ""),
               row=params.get("row", ""), tags=params.get("tags", ""),
               name_tag="#item+name", qty_tag="#item+qty",
               found=", ".join(f"{field_label(f, lang).lower()} ({c})" for f, _, c in found)
               or layouts.SEEN["found_none"].get(lang),
               missing=", ".join(field_label(m, lang).lower() for m in missing)
               or layouts.SEEN["missing_none"].get(lang))


def field_label(name: str, lang: Lang) -> str:
    """A field as messages name it; a record path ``lines.3.description`` is named part by part
    ('Goods lines › 3 › Description'); unknown names stay as they are."""
    if name in FIELDS:
        return FIELDS[name].get(lang)
    if "." in name:
        return " › ".join(field_label(part, lang) for part in name.split("."))
    return name


def reason_text(code: str, reason: str, lang: Lang, params: Mapping[str, object] | None = None,
                *, label: Label = plain) -> str:
    """The ``reason`` of error ``code`` in words (an unknown reason shows as it is); a reason
    may name the error's other parameters (``{choices}``), worded by ``label``."""
    text = REASONS.get(code, {}).get(reason)
    if not text:
        return reason
    return text.get(lang).format_map(_values(code, params, lang, label)) if params \
        else text.get(lang)


def problem_text(problem: Problem, lang: Lang, *, label: Label = plain,
                 located: bool = True, sheet: bool = False) -> str:
    """One problem as a sentence, prefixed with its row when ``located``.

    ``sheet``: the row is a spreadsheet row (and ``params['column']`` its column), not a line.
    """
    text = PROBLEMS.get(problem.rule)
    template = text.get(lang) if text else "{field}: " + problem.rule
    values = _values(problem.rule, problem.params, lang, label)
    values["field"] = label(problem.rule, "field", problem.field)
    values["row"] = problem.row
    worded = template.format_map(values)
    if not located or problem.row is None or "{row}" in template:
        return worded
    column = problem.params.get("column") if sheet else None
    where = LOCATIONS["cell" if column else "row" if sheet else "line"]
    return say(where, lang, row=problem.row, column=column, text=worded)


def error_text(error: AidTrackerError, lang: Lang, *, label: Label = plain,
               lines: bool = False) -> str:
    """Any core error as a sentence; its problems one per line ('• ...') when ``lines``,
    else joined by '; ' (one line, as the CLI prints it)."""
    values = _values(error.code, error.params, lang, label)
    found: Iterable[Problem] = error.params.get("problems") or ()  # type: ignore[assignment]
    worded = [problem_text(p, lang, label=label, sheet="column" in p.params) for p in found]
    values["problems"] = "".join(f"\n• {w}" for w in worded) if lines else "; ".join(worded)
    if "reason" in error.params:
        values["reason"] = reason_text(error.code, str(error.params["reason"]), lang, values)
    detail = detail_text(error.params, lang)
    values["detail"] = f" ({detail})" if detail else ""
    text = ERRORS.get(error.code) or ERRORS["error"]
    result = text.get(lang).format_map(values)
    return "\n".join(re.sub(r"\s+", " ", line).strip() for line in result.split("\n"))


def _values(code: str, params: Mapping[str, object], lang: Lang, label: Label) -> Lenient:
    values = Lenient()
    for name, value in params.items():
        if name == "problems":
            continue
        if isinstance(value, list | tuple):
            values[name] = ", ".join(str(label(code, name, v)) for v in value) or "—"
        else:
            values[name] = label(code, name, value)
    if lang == "uk":
        values.update({name[:-3]: value for name, value in params.items()
                       if name.endswith("_uk") and value})
    return values


def language(environ: Mapping[str, str] | None = None) -> Lang:
    """The user's language: ``AIDTRACKER_LANG``, else the locale (LC_ALL, LC_MESSAGES, LANG);
    Ukrainian when it starts with 'uk', English otherwise and by default."""
    env = os.environ if environ is None else environ
    for name in ("AIDTRACKER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            return "uk" if value.lower().startswith("uk") else "en"
    return "en"
