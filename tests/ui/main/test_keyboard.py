"""Keyboard use: shortcuts exist and no two visible mnemonics (Alt+letter) collide, in English
and in Ukrainian."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from ui.texts.i18n import install_language

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letters(window: QWidget, page: QWidget | None = None) -> list[str]:
    texts: list[str] = []
    bar = getattr(window, "menuBar", None)
    if bar is not None and callable(bar) and window.findChildren(type(bar())):
        texts += [a.text() for a in bar().actions()]
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if widget.isVisibleTo(window) and (page is None or not page.isAncestorOf(widget)
                                           or widget.isVisibleTo(page)):
            texts.append(widget.text())
    for tabs in window.findChildren(QTabBar):
        if tabs.isVisibleTo(window):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [m.group(1).lower() for t in texts for m in [_MNEMONIC.search(t)] if m]


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_no_mnemonic_is_used_twice(window, qtbot, lang: str) -> None:
    install_language(lang)
    QCoreApplication.processEvents()
    letters = _letters(window)
    assert len(letters) >= 9  # menus and filter labels
    repeated = [k for k, n in Counter(letters).items() if n > 1]
    assert repeated == [], (lang, "main window")
    window.table.selectRow(0)
    reference = window.table_model.row_at(0).reference
    window.open_shipment(reference)
    editor = window.editors[reference]
    qtbot.waitExposed(editor)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        letters = _letters(editor)
        assert len(letters) >= 8
        repeated = [k for k, n in Counter(letters).items() if n > 1]
        assert repeated == [], (lang, editor.tabs.tabText(index))


def test_main_shortcuts(window) -> None:
    a = window.actions_
    assert {x.shortcut().toString() for x in (a.new_shipment, a.find, a.print_)} == {
        "Ctrl+N", "Ctrl+F", "Ctrl+P"}
    window.actions_.find.trigger()
    assert window.filters.search.hasFocus() or window.focusWidget() is window.filters.search
