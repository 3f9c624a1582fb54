"""The Items tab: the editable goods grid, per-unit VINs/serials and live totals per currency."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aidtracker.domain import AssetKind, Problem
from aidtracker.money import format_money, format_number, grams_to_kg
from aidtracker.reference import category_flags
from aidtracker.services.lines import totals
from ui.editor import delegates
from ui.editor.assets_dialog import AssetsDialog
from ui.models.lines import NAMES, LinesModel
from ui.texts.balance_texts import say
from ui.texts.messages import problem_text

FIT_LINES = 200  # up to this many lines the columns follow what is typed
_TEXT_WIDTHS = {"category": (14, 24), "description": (24, 34), "description_en": (18, 28),
                "expiry": (10, 16), "assets": (10, 16)}  # (min, max) in average characters


class ItemsTab(QWidget):
    """Edits the goods list of the shipment through ``model`` (undoable)."""

    def __init__(self, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LinesModel(undo, self)
        self.view = QTableView(self)
        self.view.setObjectName("lines")
        self.view.setModel(self.model)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.assets_button = QPushButton(self)
        self.void_button = QPushButton(self)
        self.void_button.setObjectName("void_line")
        self.totals = QLabel(self)
        self.totals.setObjectName("totals")
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setObjectName("line_problems")
        self.currency = "EUR"
        self._build()
        self.retranslate()
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.assets_button.clicked.connect(self.edit_assets)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.installEventFilter(self)
        self.model.lines_changed.connect(self.update_totals)
        self.model.modelReset.connect(self.fit_columns)
        self.model.lines_changed.connect(self._refit)

    def _build(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.setTabKeyNavigation(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        self.fit_columns()
        for name, choices in (("category", delegates.category_choices),
                              ("unit", delegates.unit_choices),
                              ("currency", delegates.currency_choices),
                              ("condition", delegates.condition_choices)):
            view.setItemDelegateForColumn(NAMES.index(name),
                                          delegates.ChoiceDelegate(choices, view))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.assets_button,
                       self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.totals)
        layout.addWidget(self.problems)

    def fit_columns(self) -> None:
        """Columns fit their titles and contents (font-based, so 125–150 % scaling is fine);
        text columns are kept between a minimum and a maximum width."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        char = self.view.fontMetrics().averageCharWidth()
        for name, (low, high) in _TEXT_WIDTHS.items():
            column = NAMES.index(name)
            header.resizeSection(column, min(max(header.sectionSize(column), low * char),
                                             high * char))

    @Slot()
    def _refit(self) -> None:
        """What was typed is shown whole (categories, conditions), on a list of usual length."""
        if self.model.rowCount() <= FIT_LINES:
            self.fit_columns()

    def retranslate(self) -> None:
        self.fit_columns()
        self.add_button.setText(self.tr("&Add line"))
        self.remove_button.setText(self.tr("Re&move line"))
        self.assets_button.setText(self.tr("Serials / &VINs…"))
        self.void_button.setText(say("void_button"))
        self.void_button.setToolTip(say("void_tooltip"))
        self.update_totals()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return in the grid moves on to the cell below (never adds a line)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.view.state() != QAbstractItemView.State.EditingState:
            index = self.view.currentIndex()
            below = index.sibling(index.row() + 1, index.column())
            if below.isValid():
                self.view.setCurrentIndex(below)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def add_line(self) -> None:
        row = self.model.add_line(self.currency)
        index = self.model.index(row, NAMES.index("category"))
        self.view.setCurrentIndex(index)
        self.view.setFocus()

    @Slot()
    def remove_line(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.delete_line(index.row())

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if NAMES[index.column()] == "assets":
            self.edit_assets()

    @Slot()
    def edit_assets(self) -> None:
        """Open the VIN/serial list of the current line."""
        index = self.view.currentIndex()
        if not index.isValid() or self.model.is_voided(index.row()):
            return
        draft = self.model.drafts[index.row()]
        kind = (AssetKind.VEHICLE if "vehicle" in category_flags(draft.category)
                else AssetKind.EQUIPMENT)
        dialog = AssetsDialog(self.tr("Line %1: serial numbers / VINs").replace(
            "%1", str(index.row() + 1)), kind, draft.assets, draft.qty, self)
        if dialog.exec():
            self.model.set_assets(index.row(), dialog.value)

    @Slot()
    def update_totals(self) -> None:
        values, gross, lines = totals(self.model.drafts)
        money = " + ".join(format_money(v, c) for c, v in values.items()) or "—"
        self.totals.setText(self.tr("Total: %n line(s) · gross %1 kg · value %2", "", lines)
                            .replace("%1", format_number(grams_to_kg(gross)))
                            .replace("%2", money))
        if self.model.voided:
            self.totals.setText(self.totals.text() + " · " + say(
                "voided_not_counted", count=len(self.model.voided)))

    def show_problems(self, problems: list[Problem]) -> None:
        rest = self.model.show_problems(problems)
        text = "\n".join(problem_text(p) for p in problems)
        self.problems.setText(text)
        del rest
