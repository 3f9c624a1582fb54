"""The import dialog's choices: partner city, recipient, donor, shipment to extend, currency.

The partner city may be guessed from the file name and the recipient from the partner's
Ukrainian city (rules in ``aidtracker.services.import_preview``); a recipient the user chose is
never replaced. Texts keep the import dialog's translation context ("ImportDialog").
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from aidtracker.domain import Organisation, Partnership
from aidtracker.reference import currencies
from aidtracker.services.import_preview import partner_from_file_name, recipient_in_city

COMMON_CURRENCIES = ("EUR", "PLN", "CZK", "RON", "HUF", "BGN", "USD", "GBP", "CHF", "UAH")



class ImportChoices(QWidget):
    """Two columns of choices; read them with :meth:`partner_key` and the widgets' data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner, self.recipient = QComboBox(self), QComboBox(self)
        self.donor, self.currency = QComboBox(self), QComboBox(self)
        self.shipment = QLineEdit(self)
        self.widgets: dict[str, QComboBox | QLineEdit] = {
            "partner": self.partner, "recipient": self.recipient, "donor": self.donor,
            "shipment": self.shipment, "currency": self.currency}
        self.labels = {name: QLabel(self) for name in self.widgets}
        for combo in (self.partner, self.recipient, self.donor):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        left, right = QFormLayout(), QFormLayout()
        for name, widget in self.widgets.items():
            widget.setObjectName(name)
            self.labels[name].setBuddy(widget)
            (left if name in ("partner", "recipient") else right).addRow(
                self.labels[name], widget)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        self.partners: list[Partnership] = []
        self.recipients: list[Organisation] = []
        self._auto_recipient = True
        self.recipient.activated.connect(self._recipient_chosen)

    def fill(self, partners: list[Partnership], recipients: list[Organisation],
             donors: list[Organisation]) -> None:
        """The active partner cities, the recipients and donors, and the currencies."""
        self.partners, self.recipients = [p for p in partners if p.active], recipients
        for p in self.partners:
            self.partner.addItem(f"{p.partner_city} → {p.own_city}", str(p.id))
        for o in recipients:
            self.recipient.addItem(o.display_name, str(o.id))
        self.donor.addItem("", None)
        for o in donors:
            self.donor.addItem(o.display_name, str(o.id))
        self.partner.setCurrentIndex(-1)
        self.recipient.setCurrentIndex(-1)
        self.currency.addItem("", None)
        known = currencies()
        for code in [*COMMON_CURRENCIES, *sorted(set(known) - set(COMMON_CURRENCIES))]:
            if code in known:
                self.currency.addItem(code, code)

    def retranslate(self) -> None:
        texts = {"partner": self.tr("&Partner city:"), "recipient": self.tr("&Recipient:"),
                 "donor": self.tr("&Donor:"), "shipment": self.tr("Add to &shipment:"),
                 "currency": self.tr("C&urrency:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.partner.setPlaceholderText(self.tr("choose…"))
        self.recipient.setPlaceholderText(self.tr("choose…"))
        self.donor.setItemText(0, self.tr("the partner city's usual donor"))
        self.currency.setItemText(0, self.tr("as named in the list"))
        self.shipment.setPlaceholderText(self.tr("empty: a new draft shipment"))

    def partner_key(self) -> str | None:
        return self.partner.currentData()

    def guess_partner(self, stem: str) -> None:
        """Choose the partner city a file name names (only when none is chosen yet)."""
        if self.partner.currentIndex() >= 0:
            return
        guess = partner_from_file_name(self.partners, stem)
        if guess is not None:
            self.partner.blockSignals(True)
            self.partner.setCurrentIndex(guess)
            self.partner.blockSignals(False)
            self.choose_recipient()

    def choose_recipient(self) -> None:
        """The one recipient in the partnership's Ukrainian city, unless the user chose."""
        index = self.partner.currentIndex()
        if index < 0 or not self._auto_recipient:
            return
        found = recipient_in_city(self.partners[index], self.recipients)
        self.recipient.setCurrentIndex(-1 if found is None else found)

    @Slot()
    def _recipient_chosen(self) -> None:
        self._auto_recipient = False
