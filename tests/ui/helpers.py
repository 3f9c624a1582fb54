"""Driving the editor the way a user does: keyboard into fields, cells and dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QWidget

from aidtracker.rules import blocks_events


def choose(qtbot, combo: QComboBox, prefix: str) -> None:
    """Pick an item by typing its first word, then the Down arrow until it shows (a space
    would open the list)."""
    combo.setFocus()
    qtbot.keyClicks(combo, prefix.split(" ")[0])
    for _ in range(combo.count()):
        if combo.currentText().startswith(prefix):
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(prefix), (prefix, combo.currentText())


def fill(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def _cell_editor(view) -> QWidget:
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit | QComboBox) and view.isAncestorOf(focus):
        return focus
    editors = [w for w in view.viewport().findChildren(QWidget)
               if isinstance(w, QLineEdit | QComboBox) and w.isVisible()]
    assert editors, "no cell editor open"
    return editors[-1]


def type_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """F2 on the cell, type, Enter — as at the keyboard."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = _cell_editor(view)
    if isinstance(editor, QComboBox):
        qtbot.keyClicks(editor, text)
    else:
        editor.selectAll()
        type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.processEvents()  # queued commits run while the editor still exists


def answer_transitions(monkeypatch, qtbot, values: dict[str, dict[str, str]]) -> list[str]:
    """Fill each TransitionDialog through its widgets and press OK (once per event run)."""
    from ui.dialogs.transition import TransitionDialog

    shown: list[str] = []

    def exec_(dialog: TransitionDialog) -> int:
        event = dialog.workflow_event.value
        if shown and shown[-1] == event:  # refused and shown again: give up like a user
            return QDialog.DialogCode.Rejected.value
        shown.append(event)
        for name, text in values.get(event, {}).items():
            widget = dialog.reason if name == "reason" else dialog.fields[name]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(text))
            else:
                fill(qtbot, widget, text)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TransitionDialog, "exec", exec_)
    return shown


def run_event(editor, event: str) -> None:
    """Choose the event from the editor's "Move on" menu."""
    editor.move_menu.aboutToShow.emit()
    [action] = [a for a in editor.move_menu.actions() if a.objectName() == f"event_{event}"]
    action.trigger()


def tick_blockers(qtbot, editor, event: str) -> list[str]:
    """Tick, in the Paperwork tab, every open blocking item that guards ``event``."""
    editor.tabs.setCurrentWidget(editor.paperwork)
    rules = [i.rule.id for i in editor.paperwork.checklist.rows()
             if i.is_open_blocker and not i.auto and event in blocks_events(i.rule)]
    for rule in rules:
        assert editor.paperwork.select_rule(rule)
        qtbot.mouseClick(editor.paperwork.tick_button, Qt.MouseButton.LeftButton)
    return rules


def activate(qtbot, widget: QWidget) -> None:
    """Make ``widget``'s window the active one (window shortcuts such as Ctrl+S need it)."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=3000)


def finish_jobs(qtbot) -> None:
    from ui.workers import running_jobs

    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)


class Answers:
    """Records what message boxes said and answers them (QMessageBox statics patched)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.said: list[tuple[str, str, str]] = []
        self.question = QMessageBox.StandardButton.Yes
        for kind in ("warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind))
        monkeypatch.setattr(QMessageBox, "question", self._ask)

    def _record(self, kind: str):
        def show(parent, title, text, *args, **kwargs):
            from PySide6.QtWidgets import QMessageBox

            self.said.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    def _ask(self, parent, title, text, *args, **kwargs):
        self.said.append(("question", title, text))
        return self.question

    def texts(self) -> str:
        return "\n".join(text for _, _, text in self.said)


def type_text(widget: object, text: str) -> None:
    """Type any text (Cyrillic too) as key events; QTest.keyClicks handles ASCII only."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_unknown if not char.isascii() else Qt.Key(ord(char.upper()))
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                         char))  # type: ignore[arg-type]
