"""With the Ukrainian interface every refusal reason and problem code shows fully in Ukrainian."""

from __future__ import annotations

import importlib
import string
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from wording import english_words

from aidtracker import catalogue
from aidtracker.domain import Problem
from aidtracker.errors import AidTrackerError
from ui.texts import messages
from ui.texts.i18n import install_language

# A value for each placeholder, as the core fills it (codes where the core passes codes).
SAMPLE: dict[str, object] = {
    "unit": "carton", "allowed": "pcs", "other_field": "loaded_on", "rule": "CL-B02",
    "item": "Donation letter signed", "item_uk": "Лист про дарування підписано",
    "replacement": "EUR", "found": "EUR", "given": "EUR", "hs": "870323", "expected": "6 digits",
    "status": "draft", "needed": "cleared", "scope": "vehicle", "event": "dispatch",
    "action": "receipt", "entity": "shipment",
    "kind": "vehicle-handover", "key": "KYV-2026-0001", "reference": "KYV-2026-0001",
    "who": "Олена", "when": "12:05", "path": "Облік-2026", "field": "lines",
    "chars": "☃", "expr": "1 > 0", "done": 3, "path_field": "lines.3.description",
}


@pytest.fixture
def ukrainian(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[QLabel]:
    """The interface in Ukrainian and a label to show a message in; a placeholder left unfilled
    shows as the English word MISSING, which the check then finds."""
    monkeypatch.setattr(catalogue.Lenient, "__missing__", lambda self, key: f"MISSING {key}")
    assert install_language("uk")
    label = QLabel()
    yield label
    install_language("en")


def _shown(label: QLabel, text: str) -> str:
    label.setText(text)
    return label.text()


def _params(template: str, own: frozenset[str] = frozenset({"field", "row"})) -> dict[str, object]:
    """Values for the placeholders of ``template`` except those of the problem itself."""
    names = {f[1].split("!")[0] for f in string.Formatter().parse(template) if f[1]}
    params = {name: SAMPLE.get(name, 7) for name in names - own}
    return {**params, "item_uk": SAMPLE["item_uk"]} if "item" in params else params


def _assert_ukrainian(text: str, where: str) -> None:
    assert text and "{" not in text, (where, text)
    assert english_words(text) == [], (where, text)


def test_every_problem_code_shows_in_ukrainian(ukrainian: QLabel) -> None:
    for rule, text in catalogue.PROBLEMS.items():
        params = _params(text.en)
        for problem, sheet in ((Problem("quantity", rule, params, 3), False),
                               (Problem("gross_kg", rule, {**params, "column": "E"}, 5), True)):
            shown = _shown(ukrainian, messages.problem_text(problem, sheet=sheet))
            _assert_ukrainian(shown, rule)
            assert str(problem.row) in shown, shown


def _error_classes() -> dict[str, type[AidTrackerError]]:
    for name in ("aidtracker.importer.errors", "aidtracker.documents.errors", "aidtracker.rules",
                 "ui.controller"):
        importlib.import_module(name)
    found, todo = {}, [AidTrackerError]
    while todo:
        cls = todo.pop()
        found[cls.code] = cls
        todo += cls.__subclasses__()
    return found


def _error(cls: type[AidTrackerError], **params: object) -> AidTrackerError:
    error = cls.__new__(cls)
    AidTrackerError.__init__(error, **params)
    return error


def test_every_refusal_reason_shows_in_ukrainian(ukrainian: QLabel) -> None:
    classes = _error_classes()
    for code, reasons in catalogue.REASONS.items():
        template = catalogue.ERRORS[code].en
        for reason in reasons:
            own = _params(template + reasons[reason].en, frozenset())
            params = {**own, "reason": reason, "detail": ""}
            error = _error(classes[code], **params)
            shown = _shown(ukrainian, messages.error_text(error))
            _assert_ukrainian(shown, f"{code}/{reason}")
            assert messages.reason_text(error) in shown


def test_every_error_code_shows_in_ukrainian(ukrainian: QLabel) -> None:
    for code, cls in _error_classes().items():
        reasons = catalogue.REASONS.get(code, {})
        first = next(iter(reasons.values()), catalogue.Text("", ""))
        params = _params(catalogue.ERRORS[code].en + first.en, frozenset())
        if code == "unprintable_characters":
            params["field"] = SAMPLE["path_field"]
        if "problems" in params:
            params["problems"] = (Problem("qty_milli", "positive", {"value": "0"}, 2),)
        if "allowed" in params:
            params["allowed"] = ["cleared"] if code == "wrong_status" else ["dispatch"]
        if "reason" in params and reasons:
            params["reason"] = next(iter(reasons))
        elif "reason" in params:  # free text from a parser: not the user's language anyway
            params["reason"] = "—"
        shown = _shown(ukrainian, messages.error_text(_error(cls, **params)))
        _assert_ukrainian(shown, code)


def test_the_english_interface_stays_english(qapp) -> None:
    install_language("en")
    error = _error(_error_classes()["import_rejected"], reason="zip_bomb", detail="")
    assert messages.error_text(error) == ("Nothing was imported, file refused: the workbook "
                                          "unpacks to far more data than a packing list holds.")
