"""Everyday commands of the main window: duplicate a shipment as a new draft, print the list as
it is filtered, and the F1 guide."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from aidtracker.services.pages import ShipmentQuery
from ui.main.host import WindowHost
from ui.models.shipment_table import display_texts

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

PRINT_LIMIT = 5000  # rows on paper; a longer list is narrowed with the filters first


def install(window: WindowHost) -> None:
    a = window.actions_
    a.duplicate.triggered.connect(lambda: duplicate_selected(window))
    a.print_list.triggered.connect(lambda: print_list(window))
    a.guide.triggered.connect(lambda: show_guide(window))
    a.this_week.triggered.connect(lambda: show_week(window))
    a.donor_report.triggered.connect(lambda: show_donor_report(window))


def show_donor_report(window: WindowHost) -> object | None:
    """Reports › Donor report… (one dialog at a time, beside the window)."""
    # lazy: the dialog and the report's service load when first asked for
    from ui.dialogs.donor_report_dialog import open_donor_report

    return open_donor_report(window.controller, window)


def duplicate_selected(window: WindowHost) -> str | None:
    """Copy the selected shipment as a new draft and open it; the new reference."""
    row = window.selected_row()
    if row is None:
        return None
    outcome = window.controller.duplicate_shipment(row.reference)
    if not outcome.ok or outcome.value is None:
        return None
    window.open_shipment(outcome.value)
    return outcome.value


def list_rows(window: WindowHost, limit: int = PRINT_LIMIT) -> tuple[list[tuple[str, ...]], int]:
    """The cells of the rows the list shows now (filters, search and order), at most ``limit``;
    and how many rows the query selects."""
    query: ShipmentQuery = window.table_model.query
    total = window.controller.count(query)
    rows: list[tuple[str, ...]] = []
    after = None
    while len(rows) < min(total, limit):
        page = window.controller.page(query, after, len(rows), min(500, limit - len(rows)))
        found = window.controller.matches(query.search, [r.id for r in page.rows if r.id])
        rows += [(*display_texts(r), found.get(r.id or 0, "")) for r in page.rows]
        if page.next_key is None or not page.rows:
            break
        after = page.next_key
    return rows, total


def list_html(window: WindowHost) -> str:
    """The list as filtered, as an HTML table in the visible column order."""
    from html import escape  # lazy: printing loads after the first paint

    header = window.table.horizontalHeader()
    order = [header.logicalIndex(v) for v in range(header.count())
             if not header.isSectionHidden(header.logicalIndex(v))]
    titles = [str(window.table_model.headerData(c, Qt.Orientation.Horizontal)) for c in order]
    rows, total = list_rows(window)
    query = window.table_model.query
    described = QCoreApplication.translate("Everyday", "Search: %1").replace(
        "%1", query.search) if query.search.strip() else ""
    head = "".join(f"<th align='left'>{escape(t)}</th>" for t in titles)
    body = "".join("<tr>" + "".join(f"<td>{escape(r[c])}</td>" for c in order) + "</tr>"
                   for r in rows)
    shown = QCoreApplication.translate("Everyday", "%1 of %2 shipments").replace(
        "%1", str(len(rows))).replace("%2", str(total))
    return (f"<h3>AidTracker — {escape(str(window.controller.path or ''))}</h3>"
            f"<p>{escape(described)} {escape(shown)}</p>"
            f"<table border='1' cellspacing='0' cellpadding='2' width='100%'><tr>{head}</tr>"
            f"{body}</table>")


def list_document(window: WindowHost) -> QTextDocument:
    from PySide6.QtGui import QFont, QTextDocument  # lazy: printing classes load when used

    document = QTextDocument()
    font = QFont(window.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    document.setDefaultFont(font)
    document.setHtml(list_html(window))
    return document


def print_list(window: WindowHost, pdf: Path | None = None) -> None:
    """Print preview of the list as filtered (or straight to ``pdf``)."""
    # lazy: Qt's print support loads on first print, not at start-up
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    if window.controller.path is None:
        return
    document = list_document(window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if pdf is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        document.print_(printer)
        return
    preview = QPrintPreviewDialog(printer, window)
    preview.setWindowTitle(QCoreApplication.translate("Everyday", "Print the list"))
    preview.paintRequested.connect(document.print_)
    preview.exec()


def show_guide(window: WindowHost) -> None:
    # lazy: the dialog loads when first opened, so the window starts fast
    from ui.dialogs.guide import GuideDialog

    actions = [a for a in window.actions() if not a.shortcut().isEmpty()]
    dialog = GuideDialog(actions, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def show_week(window: WindowHost) -> None:
    """The "This week" view, kept up to date while open (one at a time)."""
    # lazy: the dialog loads when first opened, so the window starts fast
    from ui.dialogs.week_dialog import WeekDialog

    existing = window.findChild(WeekDialog)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return
    dialog = WeekDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show_week(window.week)
    window.week_changed.connect(dialog.refresh)  # disconnected when the dialog is gone
    dialog.open_requested.connect(window.open_shipment)
    window.refresh_attention()
    dialog.show()
