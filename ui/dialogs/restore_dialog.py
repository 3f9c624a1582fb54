"""File › Restore: the backups of the open database, restored into a new file or over it.

Everything runs through ``aidtracker.services.maintenance`` (verified first, never over a file
silently, refused while another computer has the file open); the wording comes from the
catalogue (``aidtracker.catalogue.reliability.RESTORE_WINDOW``) in the window's language.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aidtracker.catalogue import Lang, say
from aidtracker.catalogue.reliability import RESTORE_WINDOW
from aidtracker.services.maintenance import backups, restore_backup
from ui.texts.i18n import current_language
from ui.texts.messages import error_text
from ui.workers import Progress, start_job

if TYPE_CHECKING:
    from aidtracker.services.maintenance import BackupInfo
    from ui.main.window import MainWindow


def words(key: str, **params: object) -> str:
    lang: Lang = "uk" if current_language() == "uk" else "en"
    return say(RESTORE_WINDOW[key], lang, **params)


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return iso


class RestoreDialog(QDialog):
    """The list of backups (newest first) with the two ways to restore one."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.path: Path = Path(window.controller.path or "")
        self.setWindowTitle(words("title"))
        self.resize(860, 420)
        intro = QLabel(words("intro", path=self.path), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels(
            [words(k) for k in ("made", "size", "checked", "why", "file")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(words("none"), self)
        buttons = QDialogButtonBox(self)
        self.to_new = QPushButton(words("to_new"), self)
        self.replace = QPushButton(words("replace"), self)
        buttons.addButton(self.to_new, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(words("close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.to_new.clicked.connect(self.restore_to_new)
        self.replace.clicked.connect(self.replace_current)
        self.table.itemSelectionChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.empty):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.backups: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:

        self.backups = backups(self.path, self.window_.controller.db)
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            cells = [local_time(b.time), f"{b.size / 1_048_576:,.1f} MB",
                     words("verified" if b.verified else "not_verified"),
                     words(b.reason) if b.reason in RESTORE_WINDOW else b.reason, b.path.name]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected()
        ok = chosen is not None and chosen.verified
        self.to_new.setEnabled(ok)
        self.replace.setEnabled(ok)

    def restore_to_new(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        suggested = self.path.with_name(f"{self.path.stem}-restored{self.path.suffix}")
        name, _ = QFileDialog.getSaveFileName(
            self, words("new_title"), str(suggested), "AidTracker (*.db *.sqlite);;* (*)",
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self._run(chosen, Path(name), replace=False)

    def replace_current(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(self, words("title"), words(
            "confirm", path=self.path, made=local_time(chosen.time)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window_.controller.close()  # our own session ends; others still refuse it
        self._run(chosen, self.path, replace=True)

    def _run(self, chosen: BackupInfo, target: Path, *, replace: bool) -> None:

        def job(ctx: Any) -> object:
            return restore_backup(chosen.path, target, replace=replace)

        def done(result: Any) -> None:
            text = words("done", path=result.target)
            if result.kept is not None:
                text += "\n" + words("kept", path=result.kept)
            QMessageBox.information(self, words("title"), text)
            self.accept()
            self.window_.open_path(target)

        def failed(exc: BaseException) -> None:
            self.window_.show_error(error_text(exc))  # type: ignore[arg-type]
            if replace:
                self.window_.open_path(self.path)  # nothing changed: back to the same file

        start_job(job, on_done=done, on_failed=failed,
                  progress=Progress(self, words("working")))
