"""The shipment editor: General, Items, Paperwork, Timeline and Distribution tabs in one window.

Edits are drafts on an undo stack until Save (Ctrl+S), which writes header and goods list in
one transaction. A locked shipment (delivered and later) saves only as an amendment with a
reason; when someone else saved first, nothing is overwritten and the user may reload. Status
changes go through the "Move on" menu, which offers only the allowed events.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aidtracker import workflow
from aidtracker.domain import Event, LineItem, Problem, ShipmentDetail
from aidtracker.errors import AidTrackerError, EditConflict, ValidationFailed
from aidtracker.services.edits import edit_from_form, header_texts, missing_parties, new_header
from aidtracker.services.lines import draft_of, form_problems, lines_of
from ui.controller import AppController
from ui.editor.add_party import add_party, with_add_new
from ui.editor.choices import header_choices
from ui.editor.distribution_tab import DistributionTab
from ui.editor.form_fields import HEADER_FIELDS
from ui.editor.general_tab import GeneralTab
from ui.editor.items_tab import ItemsTab
from ui.editor.loads_panel import LoadsPanel
from ui.editor.paperwork_tab import PaperworkTab
from ui.editor.timeline_tab import TimelineTab
from ui.editor.void_action import ask_and_void
from ui.settings import share_of_screen
from ui.texts.labels import event_label, status_label
from ui.texts.messages import error_text, problem_text
from ui.widgets.document_register import DocumentRegister, register_tab_title


def _content(lines: list[LineItem] | tuple[LineItem, ...]) -> list[LineItem]:
    return [dataclasses.replace(ln, id=None, assets=tuple(
        dataclasses.replace(a, id=None) for a in ln.assets)) for ln in lines]


class ShipmentEditor(QDialog):
    """One shipment (``reference``) or a new one (None). Signals: ``saved_as(str)``."""

    saved_as = Signal(str)

    def __init__(self, controller: AppController, reference: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShipmentEditor")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller, self.reference = controller, reference
        self.detail: ShipmentDetail | None = None
        self._discard = self._closing = False
        self.undo = QUndoStack(self)
        self.tabs = QTabWidget(self)
        self.general = GeneralTab(self.undo, with_add_new(header_choices(controller)), self)
        self.general.add_new = lambda field: add_party(self.controller, field, self)
        self.items = ItemsTab(self.undo, self)
        self.paperwork = PaperworkTab(controller, self)
        self.timeline = TimelineTab(self)
        self.distribution = DistributionTab(controller, self)
        self.loads = LoadsPanel(controller, self.general)
        self.general.add_panel(self.loads)
        self.documents = DocumentRegister(controller, self)
        self.title, self.banner = QLabel(self), QLabel(self)
        self.move_button, self.move_menu = QToolButton(self), QMenu(self)
        self.save_button, self.print_button = QPushButton(self), QPushButton(self)
        self.close_button = QPushButton(self)
        self.undo_action = self.undo.createUndoAction(self)
        self.redo_action = self.undo.createRedoAction(self)
        self.save_action, self.print_action = QAction(self), QAction(self)
        self._build()
        self._connect()
        if reference is None:  # a new draft shows the defaults it will save (priority normal)
            self.general.set_values(header_texts(None, HEADER_FIELDS))
        if reference is None or self.reload():
            self.retranslate()
        self.resize(share_of_screen(self, 0.7))  # until the remembered size is restored

    def _build(self) -> None:
        for tab in (self.general, self.items, self.paperwork, self.timeline, self.distribution,
                    self.documents):
            self.tabs.addTab(tab, "")
        self.title.setObjectName("title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.move_button.setMenu(self.move_menu)
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_button.setObjectName("move_on")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.move_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            bottom.addWidget(button)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        for action in (self.undo_action, self.redo_action, self.save_action, self.print_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        for button in self.findChildren(QPushButton):  # Return never presses a button here
            button.setAutoDefault(False)

    def _connect(self) -> None:
        self.save_action.triggered.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.print_action.triggered.connect(self.print_documents)
        self.print_button.clicked.connect(self.print_documents)
        self.close_button.clicked.connect(self.close)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.undo.cleanChanged.connect(self._update_title)
        self.items.model.lines_changed.connect(self._update_title)
        self.paperwork.changed.connect(self._side_changed)
        self.distribution.changed.connect(self._side_changed)
        self.loads.changed.connect(self._side_changed)
        self.items.void_button.clicked.connect(self.void_line)
        self.loads.ensure_saved = self.distribution.ensure_saved = self.ensure_saved
        self.documents.changed.connect(self._side_changed)
        self.controller.directory_changed.connect(self._directory_changed)

    @Slot()
    def _directory_changed(self) -> None:
        """A party was added or changed (here or in Directories): the lists show it."""
        self.general.refresh_choices(with_add_new(header_choices(self.controller)))

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> bool:
        """Read the shipment afresh and show it; unsaved edits are dropped."""
        if self.reference is None:
            return False
        outcome = self.controller.detail(self.reference)
        if not outcome.ok or outcome.value is None:
            return False
        self.show_detail(outcome.value)
        return True

    def show_detail(self, detail: ShipmentDetail) -> None:
        self.detail = detail
        self.reference = detail.shipment.reference
        self.general.set_values(header_texts(detail.shipment, HEADER_FIELDS))
        self.items.currency = detail.shipment.currency
        self.items.model.set_drafts([draft_of(line) for line in detail.lines], detail.voided)
        self.items.show_problems([])
        for tab in (self.paperwork, self.timeline, self.distribution, self.documents,
                    self.loads):
            tab.show_detail(detail)
        self.undo.clear()
        self._show_banner("")
        self.retranslate()

    @property
    def is_dirty(self) -> bool:
        return not self.undo.isClean() or (self.detail is None and bool(self.items.model.drafts))

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("&General"), self.tr("&Items"),
                                      self.tr("&Paperwork"), self.tr("&Timeline"),
                                      self.tr("&Distribution"), register_tab_title())):
            self.tabs.setTabText(index, text)
        self.move_button.setText(self.tr("Move o&n"))
        self.move_button.setMinimumWidth(
            self.move_button.fontMetrics().horizontalAdvance(self.move_button.text()) * 3 // 2
            + 24)
        self.save_button.setText(self.tr("&Save"))
        self.print_button.setText(self.tr("P&rint…"))
        self.close_button.setText(self.tr("&Close"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.general.retranslate()
        self.items.retranslate()
        self.items.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                self.items.model.columnCount() - 1)
        self.print_button.setEnabled(self.detail is not None)
        self.move_button.setEnabled(self.detail is not None)
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _update_title(self) -> None:
        if self.detail is None:
            text = self.tr("New shipment")
        else:
            s = self.detail.shipment
            text = f"{s.reference} · {status_label(s.status)}"
            if s.locked:
                text += " · " + self.tr("locked: changes are amendments")
        mark = " *" if self.is_dirty else ""
        self.title.setText(text + mark)
        self.setWindowTitle(f"{text}{mark} — AidTracker")

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # --- saving -------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Write the drafts (one transaction). True when saved or nothing to save."""
        texts = self.general.values()
        lines, problems = lines_of(self.items.model.drafts)
        if self.detail is None:
            problems = missing_parties(texts) + problems
        problems += form_problems(self.detail.shipment if self.detail else None, texts, lines)
        if problems:
            self.show_problems(problems)
            return False
        return self._create(texts, lines) if self.detail is None else self._update(texts, lines)

    def _create(self, texts: dict[str, str], lines: list[LineItem]) -> bool:
        try:
            header = new_header(texts)
        except ValidationFailed as exc:
            self.show_problems(list(exc.problems))
            return False
        outcome = self.controller.create_shipment(header, lines, notify=False)
        if not outcome.ok:
            return self._failed(outcome.error)
        self.reference = str(outcome.value)
        self.reload()
        self.saved_as.emit(self.reference)
        return True

    def _update(self, texts: dict[str, str], lines: list[LineItem]) -> bool:
        assert self.detail is not None
        shipment = self.detail.shipment
        try:
            edit = edit_from_form(shipment, texts)
        except ValidationFailed as exc:
            self.show_problems(list(exc.problems))
            return False
        lines_changed = _content(lines) != _content(self.detail.lines)
        if not edit.fields and not lines_changed:
            self.undo.setClean()
            return True
        reason = ""
        if shipment.locked:
            reason, ok = QInputDialog.getText(
                self, self.tr("Amendment"), self.tr(
                    "%1 is locked. Why is this record corrected? (kept with the change)")
                .replace("%1", shipment.reference), QLineEdit.EchoMode.Normal, "")
            if not ok or not reason.strip():
                return False
        outcome = self.controller.save_shipment(
            shipment.reference, edit, lines if lines_changed else None,
            expected_version=shipment.version, amendment_reason=reason, notify=False)
        if not outcome.ok:
            return self._failed(outcome.error)
        self.reload()
        return True

    def _failed(self, error: AidTrackerError | None) -> bool:
        """Explain a refused save; the form keeps everything typed."""
        if isinstance(error, ValidationFailed):
            self.show_problems(list(error.problems))
        elif isinstance(error, EditConflict):
            answer = QMessageBox.question(
                self, self.tr("Someone else saved first"),
                error_text(error) + "\n\n" + self.tr(
                    "Reload now? Your unsaved changes here will be discarded. Choose No to keep "
                    "them on screen (nothing is saved)."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.reload()
        elif error is not None:
            text = self.controller.explain(error)
            QMessageBox.warning(self, "AidTracker", text)
            self._show_banner(text)
        return False

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem next to its field or grid cell, and a summary on top."""
        rest = self.general.show_problems(problems)
        line_problems = [p for p in rest if p.row is not None or p.field in ("lines",)]
        self.items.show_problems(line_problems)
        header_count = len(problems) - len(rest)
        self.tabs.setCurrentWidget(self.general if header_count else self.items)
        summary = self.tr("Not saved: %n problem(s) to correct (marked below).", "",
                          len(problems))
        others = [problem_text(p) for p in rest if p not in line_problems]
        self._show_banner("\n".join([summary, *others]))

    def ensure_saved(self) -> bool:
        """True when there is nothing unsaved (after offering to save)."""
        if not self.is_dirty:
            return self.detail is not None
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save your changes first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        return answer == QMessageBox.StandardButton.Save and self.save()

    # --- status, side tabs, printing ----------------------------------------------------

    @Slot()
    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        if self.detail is None:
            return
        for event in workflow.allowed_events(self.detail.shipment.status):
            action = self.move_menu.addAction(event_label(event))
            action.setObjectName(f"event_{event.value}")
            action.triggered.connect(lambda _=False, e=event: self.run_event(e))

    def run_event(self, event: Event) -> bool:
        """Perform a workflow event after saving pending edits."""
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.transition import run_transition

        if self.reference is None or not self.ensure_saved():
            return False
        done = run_transition(self, self.controller, self.reference, event)
        self.reload()
        return done

    @Slot()
    def _side_changed(self) -> None:
        """A tick, attachment, receipt or handover was saved: show it, keep the drafts."""
        if self.reference is None:
            return
        outcome = self.controller.detail(self.reference)
        if not outcome.ok or outcome.value is None:
            return
        if not self.is_dirty:
            self.show_detail(outcome.value)
            return
        for tab in (self.paperwork, self.timeline, self.distribution, self.documents,
                    self.loads):
            tab.show_detail(outcome.value)

    @Slot()
    def void_line(self) -> bool:
        """Void the stored line of the current row (asking why); the grid shows it struck."""
        row = self.items.view.currentIndex().row()
        if not 0 <= row < len(self.items.model.drafts) or self.reference is None:
            return False
        base = self.items.model.drafts[row].base
        if base is None or not self.ensure_saved():
            return False
        if ask_and_void(self, self.controller, self.reference, base.line_no,
                        base.description or base.description_en):
            return self.reload()
        return False

    @Slot()
    def print_documents(self) -> None:
        # lazy: the dialog loads when first opened, so the window starts fast
        from ui.dialogs.print_dialog import print_shipment

        if self.reference is not None and self.ensure_saved():
            print_shipment(self, self.controller, self.reference)

    def discard_and_close(self) -> bool:
        """Close without asking; unsaved edits are dropped (tests, switching databases)."""
        self._discard = True
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty and not self._discard:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Save the changes to this shipment before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        self._closing = True
        super().closeEvent(event)  # QDialog: calls reject(), which hides the window

    def reject(self) -> None:
        """Esc asks like the close button does (unsaved changes)."""
        if self._closing:
            super().reject()
        else:
            self.close()
