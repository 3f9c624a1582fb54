"""The register of a shipment's issued documents, with Open, Reprint as copy and Supersede.

Rows come from ``aidtracker.services.documents.document_register``; the stored original is
opened after its SHA-256 is checked, a copy is the stored original with the copy mark, and
superseding asks for the reason first. Writes run on a worker connection (``ui.workers``).
"""

from __future__ import annotations

import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aidtracker import catalogue
from aidtracker.catalogue.documents_issued import DOCUMENT_NAMES, REGISTER, SCOPES
from aidtracker.domain import ShipmentDetail
from ui.controller import AppController
from ui.models.records import RecordModel, record_view
from ui.texts.messages import error_text, language
from ui.workers import start_job, with_database


def say(key: str, **params: object) -> str:
    """A register text in the interface language."""
    return catalogue.say(REGISTER[key], language(), **params)


def document_name(kind: str) -> str:
    """'Donation letter (D1)' in the interface language (the kind code when unknown)."""
    text = DOCUMENT_NAMES.get(kind)
    return catalogue.say(text, language()) if text else kind


def scope_text(scope: str) -> str:
    """'shipment', 'vehicle ZZD0…', 'distribution act KYV-ROZ-…' in the interface language."""
    kind, _, key = scope.partition(":")
    name = catalogue.say(SCOPES[kind], language()) if kind in SCOPES else kind
    return f"{name} {key}".strip()


def selector_of(scope: str) -> str | None:
    """The ``--select`` value of a scope: the VIN/serial or act number, None for a shipment."""
    kind, _, key = scope.partition(":")
    return key if kind in ("vehicle", "act") and key else None


def register_tab_title() -> str:
    """The editor's tab title ('Iss&ued documents' / 'Вид&ані документи')."""
    return say("tab")


def open_pdf(path: Path) -> None:
    """Show a PDF in the system's viewer (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


COLUMNS: tuple[tuple[str, Any], ...] = (
    ("col_number", lambda r: r.number),
    ("col_document", lambda r: document_name(r.kind)),
    ("col_scope", lambda r: scope_text(r.scope)),
    ("col_date", lambda r: r.date.strftime("%d.%m.%Y") if r.date else ""),
    ("col_issued", lambda r: r.issued_at.replace("T", " ")[:16]),
    ("col_by", lambda r: r.issued_by),
    ("col_status", lambda r: say(r.status) + (f" → {r.superseded_by}" if r.superseded_by else "")),
    ("col_copies", lambda r: r.copies),
    ("col_sha", lambda r: r.sha256[:16] + "…"),
)


class RegisterModel(RecordModel):
    """Issued originals; headers from the catalogue in the interface language."""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return say(COLUMNS[section][0])
        return super().headerData(section, orientation, role)


class DocumentRegister(QWidget):
    """The register tab of the shipment editor. Signal ``changed`` after a copy or supersede."""

    changed = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentRegister")
        self.controller = controller
        self.reference: str | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="aidtracker-register-"))
        self.destroyed.connect(partial(shutil.rmtree, self._folder, True))
        self.model = RegisterModel("DocumentRegister", COLUMNS, self)
        self.view = record_view(self, self.model)
        self.view.setObjectName("register")
        self.open_button, self.copy_button = QPushButton(self), QPushButton(self)
        self.supersede_button = QPushButton(self)
        for name, button in (("open", self.open_button), ("copy", self.copy_button),
                             ("supersede", self.supersede_button)):
            button.setObjectName(name)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.copy_button, self.supersede_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_original)
        self.copy_button.clicked.connect(self.reprint_copy)
        self.supersede_button.clicked.connect(self.supersede)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.view.doubleClicked.connect(self._double_clicked)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.open_button.setText(say("open"))
        self.copy_button.setText(say("copy"))
        self.supersede_button.setText(say("supersede"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_detail(self, detail: ShipmentDetail) -> None:
        self.reference = detail.shipment.reference
        self.refresh()

    def refresh(self) -> None:
        # lazy: the documents service (and pypdf behind it) loads when the tab is first filled
        from aidtracker.services.documents import document_register

        rows = self.controller.read(document_register, self.reference) if self.reference else []
        self.model.set_rows(rows or [])
        self.view.resizeColumnsToContents()
        self._enable()

    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    @Slot()
    def _enable(self) -> None:
        record = self.selected()
        self.open_button.setEnabled(record is not None)
        self.copy_button.setEnabled(record is not None)
        self.supersede_button.setEnabled(record is not None and record.status == "valid")

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.open_original()

    @Slot()
    def open_original(self) -> None:
        """Open the stored original (checked against its SHA-256 first)."""
        # lazy: loads with the first use of the register, not at start-up
        from aidtracker.services.documents import stored_original

        record = self.selected()
        if record is None:
            return
        data = self.controller.read(stored_original, record.number)  # errors shown by the window
        if data is None:
            return
        path = self._folder / (record.number.replace("/", "_") + ".pdf")
        path.write_bytes(data)
        open_pdf(path)

    @Slot()
    def reprint_copy(self) -> None:
        """Write the stored original with the copy mark and open it (the copy is counted)."""
        record = self.selected()
        if record is None or self.reference is None:
            return
        out = self._folder / (record.number.replace("/", "_") + "-copy.pdf")
        self._run(dict(kind=record.kind, copy_of=record.number), out)

    @Slot()
    def supersede(self) -> None:
        """Ask for the reason, then issue a new original that replaces the selected one."""
        record = self.selected()
        if record is None or self.reference is None or record.status != "valid":
            return
        reason, ok = QInputDialog.getText(
            self, say("supersede_title", number=record.number),
            say("supersede_reason", number=record.number), QLineEdit.EchoMode.Normal, "")
        if not ok or not reason.strip():
            return
        out = self._folder / (record.number.replace("/", "_") + "-new.pdf")
        self._run(dict(kind=record.kind, lang=record.lang, supersede=reason.strip(),
                       selector=selector_of(record.scope)), out)

    def _run(self, options: dict[str, Any], out: Path) -> None:

        path, reference, actor = self.controller.path, self.reference, self.controller.actor
        if path is None or reference is None:
            return
        kind = options.pop("kind")

        def job(db: Any, ctx: Any) -> Any:
            # lazy: ReportLab and the documents load on first print, not at start-up
            from aidtracker.services.documents import issue_document

            return issue_document(db, reference, kind, out, actor=actor, **options)

        start_job(with_database(path, job), on_done=self._done, on_failed=self._failed)

    def _done(self, issued: Any) -> None:
        self.refresh()
        self.changed.emit()
        open_pdf(Path(issued.path))

    def _failed(self, exc: BaseException | None) -> None:
        if exc is not None:
            QMessageBox.warning(self, "AidTracker", error_text(exc))  # type: ignore[arg-type]
