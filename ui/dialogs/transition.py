"""Status changes: only the events the workflow allows, each asking for the fields it records.

A refused event explains what to do first, one instruction per problem ("record the AHARS
unique code first"); a value the core cannot read stays in the dialog, marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from aidtracker import workflow
from aidtracker.domain import Event, ShipmentDetail
from aidtracker.errors import GuardFailed, ValidationFailed
from aidtracker.reference import crossings
from aidtracker.services.edits import HeaderEdit, date_text, parse_date, parse_header_edit
from ui.controller import AppController
from ui.dialogs.blockers import BlockersBox
from ui.editor.choices import export_route_choices
from ui.editor.form_fields import HEADER_DATES
from ui.texts.labels import choice_label, event_label, status_label
from ui.texts.messages import error_text, field_label, problem_text
from ui.widgets.typed_check import TYPED_FIELDS, problem_label, watch


@dataclass(frozen=True)
class TransitionInput:
    """The fields an event records, why, a note and when it happened."""

    fields: HeaderEdit
    reason: str
    note: str
    at: datetime


class TransitionDialog(QDialog):
    """Collects an event's fields, reason and note; read :attr:`value` after ``exec()``."""

    def __init__(self, detail: ShipmentDetail, event: Event, parent: QWidget | None = None):
        super().__init__(parent)
        self.workflow_event = event
        shipment = detail.shipment
        self.setWindowTitle(f"{event_label(event)} — {shipment.reference}")
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        intro = QLabel(self.tr("From “%1” to “%2”.").replace(
            "%1", status_label(shipment.status)).replace(
            "%2", status_label(workflow.target_of(shipment, event))), self)
        self.when = QLineEdit(date.today().strftime("%d.%m.%Y"), self)
        self.when.setObjectName("when")
        form.addRow(self.tr("&When:"), self.when)
        for name in workflow.EVENT_FIELDS.get(event, ()):
            form.addRow(field_label(name) + ":", self._cell(name, getattr(shipment, name)))
        self.reason: QLineEdit | QComboBox | None = None
        if event in workflow.REASON_EVENTS:
            self.reason = self._reason_field(event)
            form.addRow(self.tr("&Reason:"), self.reason)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        form.addRow(self.tr("&Note:"), self.note)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(event_label(event))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _field(self, name: str, value: object) -> QWidget:
        widget: QLineEdit | QComboBox
        if name in ("crossing", "export_route"):
            widget = QComboBox(self)
            items = ([("", "")] + [(c.label, code) for code, c in crossings().items()]
                     if name == "crossing" else export_route_choices())
            for label, code in items:
                widget.addItem(label, code)
            widget.setCurrentIndex(max(widget.findData(str(value or "")), 0))
        else:
            text = date_text(value) if isinstance(value, date) else str(value or "")
            if name in HEADER_DATES and not text:
                text = date.today().strftime("%d.%m.%Y")
            widget = QLineEdit(text, self)
        widget.setObjectName(name)
        self.fields[name] = widget
        return widget

    def _cell(self, name: str, value: object) -> QWidget:
        """The field with the line beside it where its format problems show as it is typed."""
        field = self._field(name, value)
        if not isinstance(field, QLineEdit) or name not in TYPED_FIELDS:
            return field
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        field.setParent(cell)
        label = problem_label(cell)
        label.setObjectName(f"problem_{name}")
        column.addWidget(field)
        column.addWidget(label)
        watch(field, name, label)
        return cell

    def _reason_field(self, event: Event) -> QLineEdit | QComboBox:
        if event is Event.CANCEL:
            combo = QComboBox(self)
            for code in workflow.CANCEL_REASONS:
                combo.addItem(choice_label(code), code)
            combo.setObjectName("reason")
            return combo
        edit = QLineEdit(self)
        edit.setObjectName("reason")
        return edit

    @property
    def value(self) -> TransitionInput:
        """What ``AppController.advance`` records; ValidationFailed when a field is unreadable."""
        fields = {name: (str(w.currentData()) if isinstance(w, QComboBox) else w.text())
                  for name, w in self.fields.items()}
        reason = ""
        if isinstance(self.reason, QComboBox):
            reason = str(self.reason.currentData())
        elif isinstance(self.reason, QLineEdit):
            reason = self.reason.text()
        return TransitionInput(parse_header_edit(fields), reason, self.note.text(),
                               occurred_at(self.when.text()))

    def when_is_valid(self) -> bool:
        try:
            occurred_at(self.when.text())
        except ValueError:
            self.show_problems([self.tr("Enter the date as DD.MM.YYYY.")])
            return False
        return True

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(f"• {p}" for p in problems))


def run_transition(parent: QWidget, controller: AppController, reference: str,
                   event: Event) -> bool:
    """Ask for the event's fields and perform it; explain a refusal. True when done."""
    outcome = controller.detail(reference)
    if not outcome.ok or outcome.value is None:
        return False
    detail = outcome.value
    dialog = TransitionDialog(detail, event, parent)

    blockers = BlockersBox(controller, reference, event, dialog)  # what blocks, shown first
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(1, blockers)
    while dialog.exec():
        if not dialog.when_is_valid():
            continue
        try:
            value = dialog.value
        except ValidationFailed as exc:
            dialog.show_problems([problem_text(p) for p in exc.problems])
            continue
        detail = controller.detail(reference).value or detail  # items ticked meanwhile
        result = controller.advance(reference, event, fields=value.fields, reason=value.reason,
                                    note=value.note, at=value.at,
                                    expected_version=detail.shipment.version)
        if result.ok:
            return True
        error = result.error
        if isinstance(error, ValidationFailed):
            dialog.show_problems([problem_text(p) for p in error.problems])
            continue
        if isinstance(error, GuardFailed):  # the dialog stays, with everything typed
            QMessageBox.warning(parent, QCoreApplication.translate(
                "TransitionDialog", "Not yet possible"), error_text(error))
            blockers.refresh()
            continue
        if error is not None:
            QMessageBox.warning(parent, "AidTracker", error_text(error))
        return False
    return False


def fill_status_menu(menu: QMenu, parent: QWidget, controller: AppController,
                     reference: str | None) -> None:
    """The allowed events of the shipment as menu actions (nothing else is offered)."""
    menu.clear()
    row = controller.row(reference) if reference else None
    if row is None:
        hint = QCoreApplication.translate("TransitionDialog", "(select a shipment)")
        menu.addAction(hint).setEnabled(False)
        return
    for event in workflow.allowed_events(row.status):
        action = menu.addAction(event_label(event))
        action.triggered.connect(
            lambda _=False, e=event: run_transition(parent, controller, row.reference, e))


def occurred_at(text: str) -> datetime:
    """The moment recorded for an event typed as a date (now, if that date is today)."""
    day = parse_date(text)
    now = datetime.now().astimezone()
    return datetime.combine(day, now.timetz()).astimezone(UTC) if day != now.date() \
        else now.astimezone(UTC)
