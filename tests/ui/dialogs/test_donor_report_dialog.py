"""Reports › Donor report… writes the PDF and the workbook on a worker; the partner's directory
entry writes the packing-list template (the service of ``aidtracker template``) and opens the
donor report for that partner."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from helpers import finish_jobs
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from python_calamine import CalamineWorkbook

from ui.dialogs.directories import DirectoriesDialog
from ui.dialogs.donor_report_dialog import DonorReportDialog


def _menu_texts(window) -> list[str]:
    return [a.text() for a in window.actions_.reports_menu.actions()]


def test_donor_report_from_the_reports_menu(window, qtbot, answers, tmp_path: Path) -> None:
    assert "&Donor report…" in _menu_texts(window)
    window.actions_.donor_report.trigger()
    [dialog] = window.findChildren(DonorReportDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.partner.setCurrentIndex(dialog.partner.findData("München → Kyiv"))
    assert dialog.lang.currentData() == "uk-de"  # the partner's language by default
    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    dialog.pdf_path.setText(str(pdf))
    dialog.with_xlsx.setChecked(True)
    dialog.xlsx_path.setText(str(xlsx))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: "The donor report was written" in answers.texts(), timeout=30_000)
    assert dialog.result_ is not None and dialog.result_.report.shipments
    text = " ".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    assert "Bericht an den Spender" in text
    names = CalamineWorkbook.from_path(str(xlsx)).sheet_names
    assert names[:2] == ["Übersicht", "Waren"]


def test_a_refused_report_says_why_and_writes_nothing(window, qtbot, answers,
                                                      tmp_path: Path) -> None:
    window.actions_.donor_report.trigger()
    [dialog] = window.findChildren(DonorReportDialog)
    qtbot.addWidget(dialog)
    pdf = tmp_path / "nope.pdf"
    dialog.pdf_path.setText(str(pdf))
    dialog.date_from.setDate(dialog.date_from.date().addYears(30))
    dialog.date_to.setDate(dialog.date_to.date().addYears(20))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: "must not be before" in answers.texts(), timeout=10_000)
    assert not pdf.exists()


def _partners(window, qtbot) -> DirectoriesDialog:
    window.actions_.partners.trigger()
    [dialog] = window.findChildren(DirectoriesDialog)
    qtbot.addWidget(dialog)
    rows = [p.partner_city for p in dialog.partners.rows()]
    view = dialog.views[0]
    view.setCurrentIndex(dialog.partners.index(rows.index("München"), 0))
    return dialog


def test_packing_list_template_from_the_partner_entry(window, qtbot, answers, monkeypatch,
                                                      tmp_path: Path) -> None:
    dialog = _partners(window, qtbot)
    out = tmp_path / "Packliste München.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert dialog.buttons[0][2].text() == "Packing-list &template…"
    qtbot.mouseClick(dialog.buttons[0][2], Qt.MouseButton.LeftButton)
    assert out.exists() and "(de)" in answers.texts()
    wb = openpyxl.load_workbook(out)
    assert len(wb.worksheets) >= 2


def test_donor_report_for_the_selected_partner(window, qtbot) -> None:
    dialog = _partners(window, qtbot)
    qtbot.mouseClick(dialog.buttons[0][3], Qt.MouseButton.LeftButton)
    [report] = window.findChildren(DonorReportDialog)
    qtbot.addWidget(report)
    assert report.partner.currentData() == "München → Kyiv"
