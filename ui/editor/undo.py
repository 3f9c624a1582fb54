"""Undo commands of the shipment editor (Ctrl+Z / Ctrl+Shift+Z): every edit is one command.

A command's first ``redo`` runs when it is pushed; typing in one header field merges into one
command, so one Ctrl+Z takes back the whole word, not one letter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from aidtracker.services.lines import LineDraft

_FIELD_IDS: dict[str, int] = {}


class LineStore(Protocol):
    def set_value(self, row: int, name: str, value: object) -> None: ...
    def insert_line(self, row: int, draft: LineDraft) -> None: ...
    def remove_line(self, row: int) -> LineDraft: ...


class SetField(QUndoCommand):
    """One header field from ``old`` to ``new`` (``apply(name, text)`` updates the form)."""

    def __init__(self, apply: Callable[[str, str], None], name: str, old: str, new: str,
                 label: str) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Edit %1").replace("%1", label))
        self._apply, self.name, self.old, self.new = apply, name, old, new

    def id(self) -> int:
        return 1000 + _FIELD_IDS.setdefault(self.name, len(_FIELD_IDS))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.name != self.name:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._apply(self.name, self.new)

    def undo(self) -> None:
        self._apply(self.name, self.old)


class SetCell(QUndoCommand):
    """One grid cell of line ``row``."""

    def __init__(self, store: LineStore, row: int, name: str, old: object, new: object) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Edit line %1").replace(
            "%1", str(row + 1)))
        self._store, self.row, self.name, self.old, self.new = store, row, name, old, new

    def redo(self) -> None:
        self._store.set_value(self.row, self.name, self.new)

    def undo(self) -> None:
        self._store.set_value(self.row, self.name, self.old)


class InsertLine(QUndoCommand):
    def __init__(self, store: LineStore, row: int, draft: LineDraft) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Add line"))
        self._store, self.row, self.draft = store, row, draft

    def redo(self) -> None:
        self._store.insert_line(self.row, self.draft.copy())

    def undo(self) -> None:
        self._store.remove_line(self.row)


class RemoveLine(QUndoCommand):
    def __init__(self, store: LineStore, row: int, draft: LineDraft) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Remove line %1").replace(
            "%1", str(row + 1)))
        self._store, self.row, self.draft = store, row, draft

    def redo(self) -> None:
        self._store.remove_line(self.row)

    def undo(self) -> None:
        self._store.insert_line(self.row, self.draft.copy())


class Compound(QUndoCommand):
    """Several commands as one step (Python keeps the parts; no C++ parent links)."""

    def __init__(self, text: str, parts: list[QUndoCommand]) -> None:
        super().__init__(text)
        self.parts = parts

    def redo(self) -> None:
        for part in self.parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()
