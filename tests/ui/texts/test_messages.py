"""Every core code has words in both languages, and every visible string is translated."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aidtracker import catalogue as core
from aidtracker.domain import Event, Status
from ui.texts import labels, messages

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"


def test_every_core_problem_and_error_code_has_a_ui_sentence(qapp) -> None:
    """The window words every code through the one catalogue, never by falling back to it."""
    from aidtracker.domain import Problem
    from aidtracker.errors import AidTrackerError

    assert _error_codes() <= set(core.ERRORS)
    for rule in core.PROBLEMS:
        assert messages.problem_text(Problem("quantity", rule)) != "quantity: " + rule
    for code, reasons in core.REASONS.items():
        for reason in reasons:
            error = AidTrackerError(reason=reason)
            error.code = code
            assert messages.reason_text(error) == core.say(reasons[reason], "en"), (code, reason)


def _error_codes() -> set[str]:
    """The code of every AidTrackerError subclass the core defines (and the UI's own)."""
    import importlib
    import pkgutil

    import aidtracker
    from aidtracker.errors import AidTrackerError

    for module in pkgutil.walk_packages(aidtracker.__path__, "aidtracker."):
        if module.name.endswith(("errors", "export", "rules")):
            importlib.import_module(module.name)
    import ui.controller  # noqa: F401  (NotReady)

    found, todo = set(), [AidTrackerError]
    while todo:
        cls = todo.pop()
        found.add(cls.code)
        todo += cls.__subclasses__()
    return found


def test_every_status_and_event_has_a_label() -> None:
    assert {s.value for s in Status} <= set(labels.STATUS)
    assert {e.value for e in Event} <= set(labels.EVENT)


def test_templates_keep_the_core_placeholders(qapp) -> None:
    import string

    def names(text: str) -> set[str]:
        return {f[1] for f in string.Formatter().parse(text) if f[1]}

    for code, text in core.PROBLEMS.items():
        assert names(text.uk) == names(text.en), code


def _ts(lang: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(TRANSLATIONS / f"aidtracker_{lang}.ts")
    return {(ctx.findtext("name") or "", m.findtext("source") or ""): m
            for ctx in tree.getroot().iter("context") for m in ctx.iter("message")}


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_catalogues_are_complete_and_compiled(lang: str) -> None:
    entries = _ts(lang)
    unfinished = [key for key, m in entries.items()
                  if (m.find("translation").get("type") in ("unfinished", "vanished",
                                                            "obsolete"))
                  or not ("".join(m.find("translation").itertext()).strip())]
    assert unfinished == []
    assert (TRANSLATIONS / f"aidtracker_{lang}.qm").stat().st_size > 1000


def _literal_strings() -> set[tuple[str, str]]:
    """(context, source) of every literal tr/translate/QT_TRANSLATE_NOOP call in ui/."""
    found: set[tuple[str, str]] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            body = tree if cls is None else cls
            for call in ast.walk(body):
                if not isinstance(call, ast.Call) or not call.args:
                    continue
                args = [a.value if isinstance(a, ast.Constant) else None for a in call.args]
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                if name == "tr" and cls is not None and isinstance(args[0], str):
                    found.add((cls.name, args[0]))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) > 1 and \
                        isinstance(args[0], str) and isinstance(args[1], str):
                    found.add((args[0], args[1]))
    return found


def test_every_visible_string_in_ui_is_in_the_catalogue() -> None:
    """Catches strings lupdate cannot see (it skips some call shapes silently)."""
    entries = _ts("uk")
    missing = sorted(key for key in _literal_strings() if key not in entries)
    assert missing == []


def test_counted_strings_have_plural_forms() -> None:
    """'%n shipment(s)' must be a numerus message, or Ukrainian shows one form for all counts."""
    entries = _ts("uk")
    flat = [key for key, m in entries.items() if "%n" in key[1] and m.get("numerus") != "yes"]
    assert flat == []
    forms = [len(m.find("translation").findall("numerusform"))
             for key, m in entries.items() if m.get("numerus") == "yes"]
    assert forms and set(forms) == {3}


def test_import_refusals_are_worded_as_imports_not_databases(qapp) -> None:
    from aidtracker.importer import ImportRejected
    from ui.texts.messages import error_text

    text = error_text(ImportRejected("empty"))
    assert "the file is empty" in text and "AidTracker database" not in text


def test_wrong_status_names_the_states_in_words(qapp) -> None:
    from aidtracker.errors import WrongStatus
    from ui.texts.messages import error_text

    text = error_text(WrongStatus(reference="KYV-2026-0001", status="draft", action="receipt",
                                  allowed=["cleared"]))
    assert "KYV-2026-0001" in text and "Draft" in text and "Cleared" in text
    assert "draft" not in text and "{" not in text
