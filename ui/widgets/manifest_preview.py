"""What the import dialog shows of a checked packing list: the lines that will be imported,
where they were found and their totals, and the rows with problems.

Texts keep the import dialog's translation context ("ImportDialog").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aidtracker.importer import ParsedManifest
from aidtracker.money import format_money, format_number, grams_to_kg, milli_to_decimal
from ui.models.import_tables import (
    LINE_COLUMNS,
    LINE_NUMERIC,
    PROBLEM_COLUMNS,
    TextTableModel,
    line_cells,
)
from ui.texts.import_texts import problem_text


def _table(parent: QWidget, model: TextTableModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)
    return view


class ManifestPreview(QSplitter):
    """The lines table over the problems table; :meth:`show_manifest` fills both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setChildrenCollapsible(False)
        self.lines_model = TextTableModel(LINE_COLUMNS, LINE_NUMERIC, self)
        self.problems_model = TextTableModel(PROBLEM_COLUMNS, {0}, self)
        self.lines_view = _table(self, self.lines_model, "lines")
        self.problems_view = _table(self, self.problems_model, "problems")
        self.sheet_info, self.totals, self.report = QLabel(self), QLabel(self), QLabel(self)
        for name, label in (("sheet_info", self.sheet_info), ("totals", self.totals),
                            ("report", self.report)):
            label.setObjectName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headings = {"lines": QLabel(self), "problems": QLabel(self)}
        for name, view, info in (("lines", self.lines_view, self.sheet_info),
                                 ("problems", self.problems_view, self.report)):
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QHBoxLayout()
            self.headings[name].setBuddy(view)
            heading.addWidget(self.headings[name])
            heading.addStretch(1)
            heading.addWidget(info)
            column.addLayout(heading)
            column.addWidget(view, 1)
            if name == "lines":
                column.addWidget(self.totals)
            self.addWidget(box)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def retranslate(self) -> None:
        self.headings["lines"].setText(self.tr("&Lines to import:"))
        self.headings["problems"].setText(self.tr("Ro&ws with problems:"))
        self.lines_model.retranslate()
        self.problems_model.retranslate()

    def show_manifest(self, m: ParsedManifest | None) -> None:
        """The checked list (None: nothing to show yet)."""
        if m is None:
            self.lines_model.set_rows([])
            self.problems_model.set_rows([])
            for label in (self.sheet_info, self.totals, self.report):
                label.setText("")
            return
        self.lines_model.set_rows([line_cells(line, row) for line, row in
                                   zip(m.lines, m.line_rows or range(1, len(m.lines) + 1),
                                       strict=False)])
        problems = sorted(m.problems, key=lambda p: (p.row or 0, p.column))
        self.problems_model.set_rows(
            [(str(p.row or ""), p.column, self.tr("error") if p.blocking else self.tr("warning"),
              problem_text(p)) for p in problems], [p.blocking for p in problems])
        self.lines_view.resizeColumnsToContents()
        self.problems_view.resizeColumnsToContents()
        self._describe(m)

    def _describe(self, m: ParsedManifest) -> None:
        """Where the list was found, its totals, and how many rows have problems."""
        if m.kind == "csv":
            where = self.tr("Header in row %1.").replace("%1", str(m.header_row)) \
                if m.header_row else self.tr("No header row.")
        elif m.header_row:
            where = self.tr("Sheet “%1”, header in row %2.").replace("%1", m.sheet) \
                .replace("%2", str(m.header_row))
        else:
            where = self.tr("Sheet “%1”, no header row.").replace("%1", m.sheet)
        self.sheet_info.setText(where)
        totals = m.totals
        money = " + ".join(format_money(v, c) for c, v in totals.value_by_currency.items())
        self.totals.setText(
            self.tr("Total: %n line(s) · quantity %1 · gross %2 kg · value %3", "", totals.lines)
            .replace("%1", format_number(milli_to_decimal(totals.qty_milli)))
            .replace("%2", format_number(grams_to_kg(totals.gross_g)))
            .replace("%3", money or "—"))
        if m.bad_rows:
            rows = ", ".join(str(r) for r in m.bad_rows[:30])
            rows += "…" if len(m.bad_rows) > 30 else ""
            report = self.tr("%n row(s) with problems: %1.", "", len(m.bad_rows)).replace(
                "%1", rows)
        elif m.problems:
            report = self.tr("%n warning(s); nothing blocks the import.", "", len(m.problems))
        else:
            report = self.tr("No problems found.")
        self.report.setText(report)
        self.report.setStyleSheet("color: #b00020;" if m.bad_rows else "")
