"""Directories: organisations with EDRPOU checks shown on the form, needs with coverage."""

from __future__ import annotations

from helpers import fill
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from ui.dialogs.directories import DirectoriesDialog
from ui.dialogs.directory_forms import NeedForm, OrganisationForm


def _dialog(window, qtbot) -> DirectoriesDialog:
    window.actions_.organisations.trigger()
    [dialog] = window.findChildren(DirectoriesDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_recipient_form_explains_a_bad_edrpou_then_saves(window, qtbot, monkeypatch) -> None:
    dialog = _dialog(window, qtbot)
    assert dialog.tabs.currentIndex() == 1
    before = dialog.organisations.rowCount()
    attempts: list[str] = []

    def exec_(form: OrganisationForm) -> int:
        if attempts:  # second time: the user corrects the code
            assert form.problems["edrpou"].isVisibleTo(form)
            attempts.append(form.problems["edrpou"].text())
            fill(qtbot, form.widgets["edrpou"], "99000011")
        else:
            fill(qtbot, form.widgets["name_en"], "Bucha City Council")
            fill(qtbot, form.widgets["edrpou"], "99000012")
            fill(qtbot, form.widgets["ahars_recipient_no"], "R-77")
            form.widgets["recipient"].setChecked(True)
            attempts.append("first")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(OrganisationForm, "exec", exec_)
    qtbot.mouseClick(dialog.buttons[1][0], Qt.MouseButton.LeftButton)
    assert "check digit should be" in attempts[1]
    assert dialog.organisations.rowCount() == before + 1
    names = [o.name_en for o in dialog.organisations.rows()]
    assert "Bucha City Council" in names
    assert "Bucha City Council" in [window.filters.recipient.itemText(i)
                                    for i in range(window.filters.recipient.count())]


def test_needs_show_coverage_and_can_be_covered(window, qtbot, monkeypatch) -> None:
    dialog = _dialog(window, qtbot)
    dialog.tabs.setCurrentIndex(2)
    rows = dialog.needs.rows()
    assert len(rows) == 5
    covered = [r for r in rows if r.need.covered_by]
    assert covered and covered[0].pledged_milli > 0
    headers = [dialog.needs.headerData(c, Qt.Orientation.Horizontal)
               for c in range(dialog.needs.columnCount())]
    assert {"Needed", "Pledged", "Shipped", "Delivered"} <= set(headers)
    open_need = next(r for r in rows if not r.need.covered_by)
    dialog.views[2].setCurrentIndex(dialog.needs.index(rows.index(open_need), 0))
    reference = window.table_model.row_at(0).reference
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (reference, True))
    qtbot.mouseClick(dialog.buttons[2][2], Qt.MouseButton.LeftButton)
    again = next(r for r in dialog.needs.rows() if r.need.id == open_need.need.id)
    assert again.need.covered_by == (reference,)


def test_new_need_with_a_bad_quantity_stays_open(window, qtbot, monkeypatch) -> None:
    dialog = _dialog(window, qtbot)
    dialog.tabs.setCurrentIndex(2)
    seen: list[str] = []

    def exec_(form: NeedForm) -> int:
        if seen:
            seen.append(form.problems["qty_milli"].text())
            return QDialog.DialogCode.Rejected.value
        fill(qtbot, form.widgets["description"], "Blankets")
        fill(qtbot, form.widgets["qty_milli"], "lots")
        seen.append("typed")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NeedForm, "exec", exec_)
    qtbot.mouseClick(dialog.buttons[2][0], Qt.MouseButton.LeftButton)
    assert "is not a number" in seen[1]
    assert len(dialog.needs.rows()) == 5
