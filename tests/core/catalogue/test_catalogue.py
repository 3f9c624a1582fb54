"""Every code the core can raise has complete wording in both languages, in one catalogue."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from wording import english_words

import aidtracker
from aidtracker import catalogue
from aidtracker.catalogue import Text
from aidtracker.domain import Problem
from aidtracker.errors import AidTrackerError, StorageError, ValidationFailed, WrongStatus

CORE = Path(aidtracker.__file__).parent
# Where the core spells reason codes outside a ``reason=`` keyword: (file, name) -> error code.
REASON_SOURCES = {
    ("store/connection.py", "classify"): "storage",
    ("store/connection.py", "_ERRNO_REASONS"): "file_failed",
    ("documents/layout.py", "_REASONS"): "storage",
    ("documents/applicability.py", "why_not"): "document_not_applicable",
}
# Calls that take a problem rule: callee name -> position of the rule argument.
RULE_ARGUMENT = {"Problem": 1, "_problem": 1, "_p": 0, "problem": 1, "RowProblem": 3}


def _error_classes() -> dict[str, type[AidTrackerError]]:
    """Every AidTrackerError subclass, after importing every core module."""
    for module in pkgutil.walk_packages(aidtracker.__path__, "aidtracker."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: dict[str, type[AidTrackerError]] = {}
    todo: list[type[AidTrackerError]] = [AidTrackerError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo += cls.__subclasses__()
    return found


def _sources() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE).as_posix()
        if not relative.startswith("catalogue/"):
            yield relative, ast.parse(path.read_text(encoding="utf-8"))


def _constants(node: ast.AST | None) -> set[str]:
    """The string constants an expression can evaluate to (not those it only compares)."""
    if isinstance(node, ast.Constant):
        return {node.value} if isinstance(node.value, str) else set()
    if isinstance(node, ast.IfExp):
        return _constants(node.body) | _constants(node.orelse)
    if isinstance(node, ast.BoolOp):
        return set().union(*(_constants(v) for v in node.values))
    if isinstance(node, ast.Dict):
        return set().union(*(_constants(v) for v in node.values))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "get":  # {...}.get(key, default)
        return _constants(node.func.value) | set().union(*(_constants(a) for a in node.args[1:]))
    return set()


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _emitted_rules() -> set[str]:
    rules: set[str] = set()
    for _, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                position = RULE_ARGUMENT.get(_callee(node))
                if position is not None and len(node.args) > position:
                    rules |= _constants(node.args[position])
                rules |= {c for k in node.keywords if k.arg == "rule" and
                          _callee(node) in RULE_ARGUMENT for c in _constants(k.value)}
            elif isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "rule" for t in node.targets):
                rules |= _constants(node.value)
    return rules


def _emitted_reasons(classes: dict[str, type[AidTrackerError]]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    seen_sources: set[tuple[str, str]] = set()
    for relative, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _callee(node) in classes:
                code = classes[_callee(node)].code
                reasons = [k.value for k in node.keywords if k.arg == "reason"]
                reasons += node.args[:1] if code == "import_rejected" else []
                found |= {(code, r.value) for r in reasons
                          if isinstance(r, ast.Constant) and isinstance(r.value, str)}
            name = getattr(node, "name", None) or (
                node.targets[0].id if isinstance(node, ast.Assign)
                and isinstance(node.targets[0], ast.Name) else None)
            code = REASON_SOURCES.get((relative, name or ""))
            if code:
                seen_sources.add((relative, name or ""))
                values = [n.value for n in ast.walk(node) if isinstance(n, ast.Return)]
                values += [node.value] if isinstance(node, ast.Assign) else []
                found |= {(code, c) for v in values for c in _constants(v)}
    assert seen_sources == set(REASON_SOURCES), "a reason source moved: update REASON_SOURCES"
    return found


def _names(template: str) -> set[str]:
    return {f[1].split("!")[0] for f in string.Formatter().parse(template) if f[1]}


def _complete(where: str, text: Text) -> None:
    assert text.en.strip() and text.uk.strip(), where
    assert _names(text.en) == _names(text.uk), where
    assert english_words(text.uk) == [], where


def _all_texts() -> Iterator[tuple[str, Text]]:
    for area in catalogue.AREAS:
        for name, table in vars(area).items():
            if name.isupper() and isinstance(table, dict):
                for key, value in table.items():
                    if isinstance(value, Text):
                        yield f"{area.__name__}.{name}[{key}]", value
                    elif isinstance(value, dict):
                        yield from ((f"{area.__name__}.{name}[{key}][{k}]", v)
                                    for k, v in value.items())


def test_every_error_class_has_its_sentence_in_both_languages() -> None:
    classes = _error_classes()
    assert len(classes) >= 15
    for cls in classes.values():
        _complete(cls.__name__, catalogue.ERRORS[cls.code])


def test_every_rule_the_core_emits_has_its_sentence() -> None:
    rules = _emitted_rules()
    assert {"required", "checksum", "checklist_open", "ambiguous_number", "not_a_number",
            "skipped_row", "over_distribution", "not_a_date"} <= rules  # the scan sees them
    missing = sorted(rules - set(catalogue.PROBLEMS))
    assert missing == []
    for rule in rules:
        _complete(rule, catalogue.PROBLEMS[rule])


def test_every_reason_the_core_emits_has_its_words() -> None:
    reasons = _emitted_reasons(_error_classes())
    assert {("import_rejected", "zip_bomb"), ("database_refused", "newer_schema"),
            ("document_not_applicable", "no_vehicles"), ("storage", "full"),
            ("backup_failed", "transaction open")} <= reasons  # the scan sees them
    missing = sorted(r for r in reasons if r[1] not in catalogue.REASONS.get(r[0], {}))
    assert missing == []


def test_every_text_of_every_area_is_complete() -> None:
    texts = dict(_all_texts())
    assert len(texts) > 300
    for where, text in texts.items():
        _complete(where, text)


def test_the_ukrainian_check_catches_english() -> None:
    with pytest.raises(AssertionError):
        _complete("x", Text("{field} is required", "{field} is обов'язкове"))
    with pytest.raises(AssertionError):
        _complete("x", Text("{field} is required", "{поле}: обов'язкове"))


def test_a_table_module_registers_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    area = types.ModuleType("aidtracker.catalogue.extra")
    area.ERRORS = {"required": Text("x", "х")}  # type: ignore[attr-defined]
    monkeypatch.setattr(catalogue, "AREAS", (*catalogue.AREAS, area))
    assert catalogue._merged("ERRORS")["required"].uk == "х"
    area.PROBLEMS = {"required": Text("x", "х")}  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="defined twice"):
        catalogue._merged("PROBLEMS")


def test_errors_carry_codes_and_the_catalogue_words_them() -> None:
    error = StorageError(path="/data/a.db", reason="full", detail="")
    assert str(error) == "storage: {'path': '/data/a.db', 'reason': 'full', 'detail': ''}"
    assert catalogue.error_text(error, "en").startswith(
        "Cannot use the database file /data/a.db: the disk is full — nothing lost")
    assert "диск заповнений" in catalogue.error_text(error, "uk")
    wrong = WrongStatus(reference="K-1", status="draft", action="receipt", allowed=["cleared"])
    assert catalogue.error_text(wrong, "uk", label=catalogue.words("uk")) == (
        "«Внесення отриманого» можливо лише у стані Розмитнено; K-1 зараз у стані «Чернетка»")


def test_problems_in_an_error_one_line_or_one_per_line() -> None:
    problems = [Problem("qty_milli", "positive", {"value": "0"}, 2),
                Problem("quantity", "not_a_number", {"value": "x", "column": "B"}, 7)]
    error = ValidationFailed(problems)
    assert catalogue.error_text(error, "en") == (
        "Not saved. Please correct: row 2: qty_milli must be greater than zero, got 0; "
        "row 7, column B: quantity: 'x' is not a number")
    assert catalogue.error_text(error, "uk", label=catalogue.words("uk"), lines=True) == (
        "Не збережено. Виправте, будь ласка:\n"
        "• позиція 2: Кількість: має бути більше нуля, а введено 0\n"
        "• рядок 7, колонка B: Кількість: «x» — не число")


def test_the_ukrainian_of_a_param_replaces_it() -> None:
    problem = Problem("checklist", "checklist_open",
                      {"rule": "CL-B02", "item": "Letter signed", "item_uk": "Лист підписано"})
    assert catalogue.problem_text(problem, "uk").endswith("пункт CL-B02: Лист підписано")
    assert catalogue.problem_text(problem, "en").endswith("CL-B02 first: Letter signed")


@pytest.mark.parametrize(("environ", "lang"), [
    ({}, "en"), ({"LANG": "uk_UA.UTF-8"}, "uk"), ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LC_ALL": "uk_UA.UTF-8", "LANG": "en_US"}, "uk"), ({"LC_MESSAGES": "en_GB", "LANG": "uk"},
                                                         "en"),
    ({"AIDTRACKER_LANG": "en", "LC_ALL": "uk_UA"}, "en"), ({"AIDTRACKER_LANG": "uk"}, "uk"),
])
def test_the_language_comes_from_aidtracker_lang_then_the_locale(environ, lang) -> None:
    assert catalogue.language(environ) == lang


def test_a_move_is_named_as_an_event_or_as_the_state_it_leads_to() -> None:
    from aidtracker.errors import InvalidTransition

    by_state = InvalidTransition(status="pledged", event="closed", allowed=["accepted"])
    assert catalogue.error_text(by_state, "uk", label=catalogue.words("uk")) == (
        "Дія «Закрито» неможлива для відправлення у стані «Пропозиція» (зараз можливо: Погоджено)")
    by_event = InvalidTransition(status="draft", event="dispatch", allowed=[])
    assert catalogue.error_text(by_event, "en", label=catalogue.words("en")) == (
        "cannot Dispatch a shipment that is Draft (possible: —)")
