"""File › Import shipment file…: read and check the file on a worker, show what it would change
(a new shipment, or each changed field and line; the parties to create, which need the user's
confirmation), and import only on "Import" — one transaction, on a worker, by the same service
as ``aidtracker import-shipment``. The wording is the catalogue's
(``aidtracker.catalogue.shipment_file``) in the window's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from aidtracker.catalogue import say
from aidtracker.catalogue.shipment_file import WINDOW
from aidtracker.errors import AidTrackerError
from aidtracker.services.shipment_file.apply import Imported, import_shipment
from aidtracker.services.shipment_file.plan import ImportPlan, plan_import
from aidtracker.services.shipment_file.words import change_text, result_lines
from ui.texts.messages import error_text, language
from ui.workers import JobContext, JobHandle, start_job, with_database


def words(key: str, **params: object) -> str:
    return say(WINDOW[key], language(), **params)


class ShipmentImportDialog(QDialog):
    """The preview of one shipment file and the button that imports it.

    Signals: ``imported(str)`` with the shipment's reference here, after the import committed.
    """

    imported = Signal(str)

    def __init__(self, db_path: Path, file: Path, actor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shipment_import")
        self.db_path, self.file, self.actor = db_path, file, actor
        self.plan: ImportPlan | None = None
        self.job: JobHandle | None = None
        self.setWindowTitle(words("import_title"))
        self.resize(760, 460)
        self.summary = QLabel(words("reading", path=file), self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.changes = QListWidget(self)
        self.changes.setObjectName("changes")
        self.parties_label = QLabel(self)
        self.parties = QListWidget(self)
        self.parties.setObjectName("parties")
        self.confirm = QCheckBox(words("confirm"), self)
        self.confirm.setObjectName("confirm_parties")
        self.confirm.toggled.connect(lambda _checked: self._enable())
        buttons = QDialogButtonBox(self)
        self.apply = QPushButton(words("apply"), self)
        self.apply.setObjectName("apply")
        buttons.addButton(self.apply, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(words("close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply.clicked.connect(self._import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.changes, self.parties_label, self.parties,
                       self.confirm):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        for widget in (self.parties_label, self.parties, self.confirm):
            widget.hide()
        self.apply.setEnabled(False)
        self._read()

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _read(self) -> None:
        file = self.file

        def read(db: Database, ctx: JobContext) -> ImportPlan:
            return plan_import(db, file)

        self.job = start_job(with_database(self.db_path, read), on_done=self._show,
                             on_failed=self._failed)

    @Slot(object)
    def _show(self, plan: ImportPlan) -> None:
        self.plan = plan
        lang = language()
        if plan.unchanged:
            self.summary.setText(result_lines(Imported(plan.reference, plan, False, True),
                                              lang)[0])
        elif plan.is_new:
            self.summary.setText(words("preview_new", office=plan.office,
                                       reference=plan.their_reference,
                                       lines=len(plan.data["lines"]),
                                       documents=len(plan.data["documents"])))
        else:
            self.summary.setText(words("preview_update", office=plan.office,
                                       reference=plan.reference, count=len(plan.changes)))
        self.changes.addItems([change_text(c, plan.office, lang) for c in plan.changes])
        if plan.to_create:
            self.parties_label.setText(words("parties", count=len(plan.to_create)))
            self.parties.addItems([f"{p.name}  {p.edrpou}".rstrip() for p in plan.to_create])
            for widget in (self.parties_label, self.parties, self.confirm):
                widget.show()
        self._enable()

    @Slot()
    def _enable(self) -> None:
        plan = self.plan
        ready = plan is not None and not plan.unchanged and not self.busy
        confirmed = plan is not None and (not plan.to_create or self.confirm.isChecked())
        self.apply.setEnabled(ready and confirmed)

    @Slot()
    def _import(self) -> None:
        plan = self.plan
        if plan is None or self.busy:
            return
        file, actor, confirmed = self.file, self.actor, self.confirm.isChecked()

        def apply(db: Database, ctx: JobContext) -> Imported:
            return import_shipment(db, file, actor=actor, confirm_parties=confirmed,
                                   expected=plan)

        self.apply.setEnabled(False)
        self.job = start_job(with_database(self.db_path, apply), on_done=self._done,
                             on_failed=self._failed)

    @Slot(object)
    def _done(self, done: Imported) -> None:
        self.summary.setText("\n".join(result_lines(done, language())[-1:]))
        self.confirm.setEnabled(False)
        self.apply.setEnabled(False)
        self.imported.emit(done.reference)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(error_text(error) if isinstance(error, AidTrackerError)
                             else str(error))
        self.plan = None
        self._enable()
