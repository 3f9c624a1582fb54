"""Directories: partner cities, organisations (recipients with EDRPOU and AHARS No., acquirers,
donors), and the needs list with coverage (needed / pledged / shipped / delivered)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import OrgRole
from aidtracker.errors import ValidationFailed
from aidtracker.money import format_number, milli_to_decimal
from aidtracker.services import directory
from aidtracker.services.edits import date_text
from ui.controller import AppController, Outcome
from ui.dialogs.directory_forms import NeedForm, OrganisationForm, PartnershipForm, RecordForm
from ui.dialogs.donor_report_dialog import open_donor_report, pair_name, write_template
from ui.models.records import RecordModel, record_view
from ui.texts.i18n import QT_TRANSLATE_NOOP, current_language
from ui.texts.labels import category_label, choice_label


def _qty(milli: int) -> str:
    return format_number(milli_to_decimal(milli))


PARTNER_COLUMNS = (
    (QT_TRANSLATE_NOOP("Directories", "Partner city"), lambda p: p.partner_city),
    (QT_TRANSLATE_NOOP("Directories", "In Ukrainian"), lambda p: p.partner_city_uk),
    (QT_TRANSLATE_NOOP("Directories", "Country"), lambda p: p.partner_country),
    (QT_TRANSLATE_NOOP("Directories", "Ukrainian city"), lambda p: p.own_city),
    (QT_TRANSLATE_NOOP("Directories", "Relation"), lambda p: p.relation),
)
ORG_COLUMNS = (
    (QT_TRANSLATE_NOOP("Directories", "Name"), lambda o: o.display_name),
    (QT_TRANSLATE_NOOP("Directories", "Name (UA)"), lambda o: o.name_uk),
    (QT_TRANSLATE_NOOP("Directories", "Kind"), lambda o: choice_label(o.kind)),
    (QT_TRANSLATE_NOOP("Directories", "Country"), lambda o: o.country),
    (QT_TRANSLATE_NOOP("Directories", "EDRPOU"), lambda o: o.edrpou),
    (QT_TRANSLATE_NOOP("Directories", "AHARS No."), lambda o: o.ahars_recipient_no),
    (QT_TRANSLATE_NOOP("Directories", "Settlement"), lambda o: o.settlement),
)
NEED_COLUMNS = (
    (QT_TRANSLATE_NOOP("Directories", "Recipient"), lambda c: c.recipient),
    (QT_TRANSLATE_NOOP("Directories", "Need"), lambda c: c.need.description),
    (QT_TRANSLATE_NOOP("Directories", "Category"),
     lambda c: category_label(c.need.category, current_language())),
    (QT_TRANSLATE_NOOP("Directories", "Unit"), lambda c: choice_label(c.need.unit)),
    (QT_TRANSLATE_NOOP("Directories", "Needed"), lambda c: _qty(c.need.qty_milli)),
    (QT_TRANSLATE_NOOP("Directories", "Pledged"), lambda c: _qty(c.pledged_milli)),
    (QT_TRANSLATE_NOOP("Directories", "Shipped"), lambda c: _qty(c.shipped_milli)),
    (QT_TRANSLATE_NOOP("Directories", "Delivered"), lambda c: _qty(c.delivered_milli)),
    (QT_TRANSLATE_NOOP("Directories", "Still open"), lambda c: _qty(c.open_milli)),
    (QT_TRANSLATE_NOOP("Directories", "Priority"), lambda c: choice_label(c.need.priority)),
    (QT_TRANSLATE_NOOP("Directories", "Needed by"), lambda c: date_text(c.need.needed_by)),
    (QT_TRANSLATE_NOOP("Directories", "Covered by"), lambda c: ", ".join(c.need.covered_by)),
)


class DirectoriesDialog(QDialog):
    """Three tabs, each a table with Add and Edit (Enter or double-click edits)."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Directories")
        self.controller = controller
        self.tabs = QTabWidget(self)
        self.partners = RecordModel("Directories", PARTNER_COLUMNS, self)
        self.organisations = RecordModel("Directories", ORG_COLUMNS, self)
        self.needs = RecordModel("Directories", NEED_COLUMNS, self)
        self.views: list[QTableView] = []
        self.buttons: list[list[QPushButton]] = []
        for model, actions in ((self.partners, (self.add_partner, self.edit_partner,
                                                 self.partner_template, self.donor_report)),
                               (self.organisations, (self.add_org, self.edit_org)),
                               (self.needs, (self.add_need, self.edit_need, self.cover))):
            self.tabs.addTab(self._page(model, actions), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.reload()
        controller.directory_changed.connect(self.reload)
        self.resize(self.fontMetrics().averageCharWidth() * 150,
                    self.fontMetrics().height() * 34)

    def _page(self, model: RecordModel, actions: tuple[Callable[[], None], ...]) -> QWidget:
        page = QWidget(self)
        view = record_view(page, model)
        view.activated.connect(actions[1])
        row = QHBoxLayout()
        buttons = []
        for action in actions:
            button = QPushButton(page)
            button.clicked.connect(action)
            row.addWidget(button)
            buttons.append(button)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.addWidget(view)
        column.addLayout(row)
        self.views.append(view)
        self.buttons.append(buttons)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Directories"))
        for i, text in enumerate((self.tr("&Partner cities"), self.tr("&Organisations"),
                                  self.tr("&Needs and coverage"))):
            self.tabs.setTabText(i, text)
        for buttons in self.buttons:
            buttons[0].setText(self.tr("&Add…"))
            buttons[1].setText(self.tr("&Edit…"))
        self.buttons[2][2].setText(self.tr("&Covered by shipment…"))
        self.buttons[0][2].setText(self.tr("Packing-list &template…"))
        self.buttons[0][2].setToolTip(self.tr(
            "An Excel workbook in the partner's language beside Ukrainian for the partner to "
            "fill in; it imports without any column mapping"))
        self.buttons[0][3].setText(self.tr("Donor &report…"))
        for model in (self.partners, self.organisations, self.needs):
            model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def reload(self) -> None:
        read = self.controller.read
        self.partners.set_rows(read(directory.list_partnerships) or [])
        self.organisations.set_rows(read(directory.list_organisations) or [])
        self.needs.set_rows(read(directory.needs_with_coverage) or [])

    def _current(self, tab: int, model: RecordModel) -> Any:
        index = self.views[tab].currentIndex()
        return model.row_object(index.row()) if index.isValid() else None

    def _save(self, form: RecordForm, save: Callable[[], Any]) -> None:
        """Show the form until the save succeeds or the user cancels."""
        while form.exec():
            outcome = save()
            if outcome.ok:
                return
            if isinstance(outcome.error, ValidationFailed):
                form.show_problems(list(outcome.error.problems))
                continue
            return

    @Slot()
    def add_partner(self) -> None:
        self._edit_partner(None)

    @Slot()
    def edit_partner(self) -> None:
        current = self._current(0, self.partners)
        if current is not None:
            self._edit_partner(current)

    def _edit_partner(self, current: Any) -> None:
        form = PartnershipForm(current, self)
        self._save(form, lambda: self.controller.save_directory(
            directory.save_partnership, form.value, notify=False))

    @Slot()
    def partner_template(self) -> None:
        """The packing-list template for the selected partner (``aidtracker template``)."""
        current = self._current(0, self.partners)
        if current is not None:
            write_template(self.controller, self, current)

    @Slot()
    def donor_report(self) -> None:
        current = self._current(0, self.partners)
        if current is not None:
            open_donor_report(self.controller, self.parentWidget() or self, pair_name(current))

    @Slot()
    def add_org(self) -> None:
        self._edit_org(None)

    @Slot()
    def edit_org(self) -> None:
        current = self._current(1, self.organisations)
        if current is not None:
            self._edit_org(current)

    def _edit_org(self, current: Any) -> None:
        recipients = {o.id for o in self.controller.read(
            directory.list_organisations, OrgRole.RECIPIENT) or []}
        form = OrganisationForm(current, current is not None and current.id in recipients, self)
        self._save(form, lambda: self.controller.save_directory(
            directory.save_organisation, form.value, recipient=form.is_recipient, notify=False))

    @Slot()
    def add_need(self) -> None:
        self._edit_need(None)

    @Slot()
    def edit_need(self) -> None:
        current = self._current(2, self.needs)
        if current is not None:
            self._edit_need(current.need)

    def _edit_need(self, need: Any) -> None:
        recipients = self.controller.read(directory.list_organisations, OrgRole.RECIPIENT) or []
        form = NeedForm(need, recipients, self)

        def save() -> Any:
            value = form.value()
            if isinstance(value, list):
                return Outcome(error=ValidationFailed(value))
            return self.controller.save_directory(directory.save_need, value, notify=False)

        self._save(form, save)

    @Slot()
    def cover(self) -> None:
        current = self._current(2, self.needs)
        if current is None or current.need.id is None:
            return
        reference, ok = QInputDialog.getText(self, self.tr("Covered by shipment"),
                                             self.tr("Reference of the shipment that covers "
                                                     "this need:"))
        if ok and reference.strip():
            self.controller.save_directory(directory.cover_need, current.need.id,
                                           reference.strip())
