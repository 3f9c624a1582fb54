"""Edit forms of the directories: a partner-city pair, an organisation, a need.

Each form collects text; :meth:`value` builds the domain object; problems the core reports
show under their fields and the form stays open with everything typed.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import (
    Need,
    NeedStatus,
    Organisation,
    OrgKind,
    Partnership,
    Priority,
    Problem,
    Unit,
)
from aidtracker.money import NumberFormatError, format_number, milli_to_decimal, to_milli
from aidtracker.services.edits import date_text, parse_date
from ui.editor.delegates import category_choices
from ui.texts.labels import choice_label
from ui.texts.messages import field_label, problem_text
from ui.widgets.typed_check import problem_label, watch

Spec = tuple[str, list[tuple[str, str]] | None]  # field name, choices (None: text)


class RecordForm(QDialog):
    """A form of text fields and lists built from specs; :attr:`texts` holds what was typed."""

    def __init__(self, title: str, specs: list[Spec], values: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.widgets: dict[str, QLineEdit | QComboBox | QCheckBox] = {}
        self.problems: dict[str, QLabel] = {}
        self.form = QFormLayout()
        for name, choices in specs:
            self.form.addRow(field_label(name) + ":", self._cell(name, choices,
                                                                 values.get(name, "")))
        self.general = QLabel(self)
        self.general.setStyleSheet("color: #b00020;")
        self.general.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _cell(self, name: str, choices: list[tuple[str, str]] | None, text: str) -> QWidget:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        widget: QLineEdit | QComboBox
        if choices is None:
            widget = QLineEdit(text, cell)
        else:
            widget = QComboBox(cell)
            for label, code in choices:
                widget.addItem(label, code)
            widget.setCurrentIndex(max(widget.findData(text), 0))
        widget.setObjectName(name)
        self.widgets[name] = widget
        problem = problem_label(cell)
        self.problems[name] = problem
        if isinstance(widget, QLineEdit):
            watch(widget, name, problem)  # EORI, EDRPOU: checked as typed
        column.addWidget(widget)
        column.addWidget(problem)
        return cell

    def add_check(self, name: str, label: str, checked: bool) -> None:
        box = QCheckBox(label, self)
        box.setObjectName(name)
        box.setChecked(checked)
        self.widgets[name] = box
        self.form.addRow("", box)

    def text(self, name: str) -> str:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        return "1" if widget.isChecked() else ""

    def show_problems(self, problems: list[Problem]) -> None:
        for shown in self.problems.values():
            shown.hide()
        rest: list[str] = []
        for problem in problems:
            label = self.problems.get(problem.field)
            if label is None:
                rest.append(problem_text(problem))
                continue
            label.setText(problem_text(problem))
            label.show()
        self.general.setText("\n".join(rest))


def _choices(values: list[str]) -> list[tuple[str, str]]:
    return [(choice_label(v), v) for v in values]


class PartnershipForm(RecordForm):
    def __init__(self, partnership: Partnership | None, parent: QWidget | None = None):
        self.base = partnership or Partnership(id=None, own_city="", partner_city="",
                                               partner_country="")
        specs: list[Spec] = [("own_city", None), ("partner_city", None),
                             ("partner_country", None)]
        super().__init__(self._title(partnership), specs,
                         {k: str(getattr(self.base, k)) for k, _ in specs}, parent)

    @staticmethod
    def _title(partnership: Partnership | None) -> str:
        return (QCoreApplication.translate("Directories", "New partner city") if partnership
                is None else QCoreApplication.translate("Directories", "Partner city"))

    @property
    def value(self) -> Partnership:
        return dataclasses.replace(self.base, own_city=self.text("own_city"),
                                   partner_city=self.text("partner_city"),
                                   partner_country=self.text("partner_country"))


_ORG_TEXTS = ("name_en", "name_uk", "name_native", "country", "settlement", "address",
              "edrpou", "ahars_recipient_no", "eori", "signatory_name", "signatory_position",
              "phone", "email")


class OrganisationForm(RecordForm):
    def __init__(self, org: Organisation | None, recipient: bool,
                 parent: QWidget | None = None) -> None:
        self.base = org or Organisation(id=None, kind=OrgKind.CITY_AUTHORITY, name_en="")
        specs: list[Spec] = [("kind", _choices([k.value for k in OrgKind]))]
        specs += [(name, None) for name in _ORG_TEXTS]
        values = {name: str(getattr(self.base, name)) for name in ("kind", *_ORG_TEXTS)}
        super().__init__(QCoreApplication.translate("Directories", "Organisation"), specs,
                         values, parent)
        self.add_check("is_charity", QCoreApplication.translate(
            "Directories", "Registered charity"), self.base.is_charity)
        self.add_check("recipient", QCoreApplication.translate(
            "Directories", "Recipient of humanitarian aid (EDRPOU and AHARS No. required)"),
            recipient)

    @property
    def is_recipient(self) -> bool:
        return bool(self.text("recipient"))

    @property
    def value(self) -> Organisation:
        t = self.text
        return dataclasses.replace(
            self.base, kind=OrgKind(t("kind")), is_charity=bool(t("is_charity")),
            name_en=t("name_en"), name_uk=t("name_uk"), name_native=t("name_native"),
            country=t("country"), settlement=t("settlement"), address=t("address"),
            edrpou=t("edrpou"), ahars_recipient_no=t("ahars_recipient_no"), eori=t("eori"),
            signatory_name=t("signatory_name"), signatory_position=t("signatory_position"),
            phone=t("phone"), email=t("email"))


class NeedForm(RecordForm):
    def __init__(self, need: Need | None, recipients: list[Organisation],
                 parent: QWidget | None = None) -> None:
        self.base = need
        specs: list[Spec] = [
            ("recipient_id", [(o.display_name, str(o.id)) for o in recipients]),
            ("description", None), ("category", category_choices()), ("qty_milli", None),
            ("unit", _choices([u.value for u in Unit])),
            ("priority", _choices([p.value for p in Priority])),
            ("requested_on", None), ("needed_by", None),
            ("status", _choices([s.value for s in NeedStatus])),
        ]
        values = {} if need is None else {
            "recipient_id": str(need.recipient_id), "description": need.description,
            "category": need.category, "unit": need.unit.value, "priority": need.priority.value,
            "qty_milli": format_number(milli_to_decimal(need.qty_milli)).replace("\u00a0", " "),
            "requested_on": date_text(need.requested_on), "needed_by": date_text(need.needed_by),
            "status": need.status.value}
        super().__init__(QCoreApplication.translate("Directories", "Need"), specs, values,
                         parent)

    def value(self) -> Need | list[Problem]:
        """The need, or the problems that prevent reading it."""
        problems: list[Problem] = []
        qty = 0
        try:
            qty = to_milli(self.text("qty_milli"))
        except NumberFormatError:
            problems.append(Problem("qty_milli", "not_a_number",
                                    {"value": self.text("qty_milli")}))
        days: dict[str, date | None] = {}
        for name in ("requested_on", "needed_by"):
            try:
                days[name] = parse_date(self.text(name)) if self.text(name) else None
            except ValueError:
                problems.append(Problem(name, "not_a_date", {"value": self.text(name)}))
        if problems:
            return problems
        base = self.base or Need(id=None, recipient_id=0, description="", category="",
                                 qty_milli=0, unit=Unit.PCS)
        return dataclasses.replace(
            base, recipient_id=int(self.text("recipient_id") or 0),
            description=self.text("description"), category=self.text("category"),
            qty_milli=qty, unit=Unit(self.text("unit")), priority=Priority(self.text("priority")),
            requested_on=days["requested_on"], needed_by=days["needed_by"],
            status=NeedStatus(self.text("status")))
