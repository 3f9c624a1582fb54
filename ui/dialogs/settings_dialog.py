"""Settings: the language of the window (switched at once, nothing typed is lost) and the name
recorded with every change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.settings import Settings
from ui.texts.i18n import current_language, install_language

LANGUAGE_NAMES = {"uk": "Українська", "en": "English"}


class SettingsDialog(QDialog):
    """Collects the choices; :meth:`apply` stores them and switches the language."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.user = QLineEdit(settings.actor(), self)
        self.user.setObjectName("user")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Your name (kept with every change):"), self.user)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def apply(self) -> None:
        """Store the choices; every open window retranslates itself (LanguageChange)."""
        lang = self.chosen_language
        self.settings.set_language(lang)
        if self.user.text().strip():
            self.settings.set_actor(self.user.text())
        self.settings.sync()
        if lang != current_language():
            install_language(lang)
