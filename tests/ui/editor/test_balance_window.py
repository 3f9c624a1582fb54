"""The goods balance in the window (issue 11): loads on the General tab, receipt, handover and
write-off dialogs that show the balance, voided lines struck through. Each refusal comes from
the same service the command line uses and keeps what was typed."""

from __future__ import annotations

from helpers import activate, fill
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from aidtracker.domain import Status
from ui.editor.editor import ShipmentEditor


def _editor(window, qtbot, reference: str) -> ShipmentEditor:
    window.open_shipment(reference)
    editor = window.editors[reference]
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    return editor


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_loads_are_listed_added_and_assigned(window, qtbot, monkeypatch) -> None:
    from ui.dialogs.load_dialogs import AssignDialog, LoadDialog

    convoy = _editor(window, qtbot, "KYV-2026-0001")  # the 12-ambulance convoy
    assert convoy.loads.model.rowCount() == 12
    assert convoy.loads.model.index(0, 10).data() == "1: 1"  # one ambulance per load
    editor = _editor(window, qtbot, "KYV-2026-0016")  # a draft with one line on load 1
    line = editor.detail.lines[0]
    seen: list[str] = []

    def new_load(dialog: LoadDialog) -> int:
        fill(qtbot, dialog.widgets["truck_plate"], "ab 123 cd")
        fill(qtbot, dialog.widgets["driver_name"], "Petro Koval")
        fill(qtbot, dialog.widgets["planned_loading"], "31.02.2026")
        _ok(qtbot, dialog)  # refused: not a date, shown beside the field
        seen.append(dialog.problems["planned_loading"].text())
        assert not dialog.problems["planned_loading"].isHidden() and not dialog.result()
        assert dialog.widgets["driver_name"].text() == "Petro Koval"  # kept
        fill(qtbot, dialog.widgets["planned_loading"], "")
        _ok(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(LoadDialog, "exec", new_load)
    qtbot.mouseClick(editor.loads.add_button, Qt.MouseButton.LeftButton)
    assert "31.02.2026" in seen[0]
    loads = editor.detail.loads
    assert [ld.seq for ld in loads] == [1, 2] and loads[1].truck_plate == "AB123CD"
    assert editor.loads.model.index(1, 4).data() == "Petro Koval"

    def assign(dialog: AssignDialog) -> int:
        dialog.load.setCurrentIndex(dialog.load.findData(2))
        fill(qtbot, dialog.quantity, "999999")
        _ok(qtbot, dialog)  # more than the line has: the service's words, beside the field
        seen.append(dialog.problem.text())
        assert dialog.quantity.text() == "999999" and not dialog.result()
        fill(qtbot, dialog.quantity, "1")
        _ok(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(AssignDialog, "exec", assign)
    editor.loads.view.selectRow(1)
    qtbot.mouseClick(editor.loads.assign_button, Qt.MouseButton.LeftButton)
    assert "cannot go on a load" in seen[1] and "999" in seen[1]
    shares = {ld.seq: [(s.line_no, s.qty_milli) for s in ld.shares]
              for ld in editor.detail.loads}
    assert shares[2] == [(line.line_no, 1000)]
    assert sum(q for s in shares.values() for _, q in s) == line.qty_milli

    import ui.dialogs.print_dialog as print_dialog

    printed: list[tuple[str, str | None]] = []
    monkeypatch.setattr(print_dialog, "print_shipment", lambda parent, c, ref, *, kind=None,
                        selector=None, issue=False: printed.append((kind, selector)))
    editor.loads.view.selectRow(1)
    editor.loads.document.setCurrentIndex(editor.loads.document.findData("cmr"))
    qtbot.mouseClick(editor.loads.print_button, Qt.MouseButton.LeftButton)
    assert printed == [("cmr", "load:2")]  # the CMR of load 2 of 2


def test_receipt_refuses_over_receipt_beside_the_line_and_keeps_figures(window, qtbot,
                                                                       monkeypatch) -> None:
    from ui.dialogs.receipt_dialog import ReceiptDialog

    editor = _editor(window, qtbot, "KYV-2026-0002")  # cleared, three lines
    first = editor.detail.lines[0]
    shipped = first.qty_milli // 1000
    said: list[str] = []

    def exec_(dialog: ReceiptDialog) -> int:
        edits = dialog.edits[first.line_no]
        fill(qtbot, edits["good"], str(shipped))
        fill(qtbot, edits["damaged"], "5")
        _ok(qtbot, dialog)
        said.append(dialog.problems[first.line_no].text())
        assert not dialog.result() and edits["damaged"].text() == "5"
        fill(qtbot, edits["good"], str(shipped - 5))
        fill(qtbot, edits["surplus"], "2")
        _ok(qtbot, dialog)  # a surplus without its reason
        said.append(dialog.problems[first.line_no].text())
        assert not dialog.result() and edits["surplus"].text() == "2"
        fill(qtbot, edits["reason"], "packed twice by the donor")
        _ok(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(ReceiptDialog, "exec", exec_)
    qtbot.mouseClick(editor.distribution.receipt_button, Qt.MouseButton.LeftButton)
    assert "were shipped" in said[0] and f"{shipped + 5}" in said[0].replace("\u00a0", "")
    assert said[1]
    line = editor.detail.lines[0]
    assert (line.received_good_milli, line.received_damaged_milli,
            line.received_surplus_milli) == ((shipped - 5) * 1000, 5000, 2000)
    assert all(ln.received_good_milli == ln.qty_milli for ln in editor.detail.lines[1:])


def test_handover_names_serials_and_adds_an_acquirer(window, qtbot, monkeypatch) -> None:
    from ui.dialogs.directory_forms import OrganisationForm
    from ui.dialogs.handover_dialogs import ADD_NEW, DistributionDialog

    editor = _editor(window, qtbot, "KYV-2026-0008")  # delivered; an ambulance line with VINs
    assert editor.detail.shipment.status is Status.DELIVERED
    serial_line = next(ln for ln in editor.detail.lines if ln.assets)
    other = next(ln for ln in editor.detail.lines if not ln.assets)
    vin = serial_line.assets[0].identifier

    forms: list[OrganisationForm] = []

    def organisation(form: OrganisationForm) -> int:
        forms.append(form)
        if len(forms) > 1:  # shown again: refused (a test failure, not a hang)
            return QDialog.DialogCode.Rejected.value
        fill(qtbot, form.widgets["name_en"], "Hospital No. 7")
        fill(qtbot, form.widgets["edrpou"], "01994965")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(OrganisationForm, "exec", organisation)
    said: list[str] = []

    def exec_(dialog: DistributionDialog) -> int:
        index = dialog.acquirer.findData(ADD_NEW)
        dialog.acquirer.setCurrentIndex(index)
        dialog.acquirer.activated.emit(index)
        assert dialog.acquirer.currentText() == "Hospital No. 7"
        box = dialog.serials[serial_line.line_no]
        box.findItems(vin, Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Checked)
        assert dialog.edits[serial_line.line_no][0].text() == "1"  # follows the ticks
        fill(qtbot, dialog.edits[other.line_no][0], "999999")
        _ok(qtbot, dialog)  # beyond what is on hand: refused beside that line
        said.append(dialog.problems[other.line_no].text())
        assert not dialog.result() and dialog.ticked(serial_line.line_no) == [vin]
        fill(qtbot, dialog.edits[other.line_no][0], "")
        _ok(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(DistributionDialog, "exec", exec_)
    qtbot.mouseClick(editor.distribution.add_button, Qt.MouseButton.LeftButton)
    assert "999" in said[0]
    [act] = editor.detail.distributions
    assert act.acquirer_name == "Hospital No. 7"
    assert [(dl.line_no, dl.qty_milli, dl.serials) for dl in act.lines] == [
        (serial_line.line_no, 1000, (vin,))]


def test_write_off_shows_what_is_held_refuses_more_and_prints_d9(window, qtbot,
                                                                 monkeypatch) -> None:
    import ui.dialogs.print_dialog as print_dialog
    from ui.dialogs.write_off_dialog import WriteOffDialog

    editor = _editor(window, qtbot, "KYV-2026-0023")  # delivered, one line, all on hand
    line = editor.detail.lines[0]
    held = (line.received_good_milli or 0) // 1000
    printed: list[tuple[str, str | None, bool]] = []
    monkeypatch.setattr(print_dialog, "print_shipment", lambda parent, c, ref, *, kind=None,
                        selector=None, issue=False: printed.append((kind, selector, issue)))
    said: list[str] = []

    def exec_(dialog: WriteOffDialog) -> int:
        assert f"{held}" in dialog.held.text().replace("\u00a0", "")
        dialog.reason.setCurrentIndex(dialog.reason.findData("stolen"))
        fill(qtbot, dialog.quantity, str(held + 1))
        fill(qtbot, dialog.commission, "O. Koval, I. Shevchuk")
        _ok(qtbot, dialog)
        said.append(dialog.fields["quantity"].text())
        assert not dialog.result() and dialog.commission.text() == "O. Koval, I. Shevchuk"
        fill(qtbot, dialog.quantity, "1")
        _ok(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(WriteOffDialog, "exec", exec_)
    qtbot.mouseClick(editor.distribution.write_off_button, Qt.MouseButton.LeftButton)
    assert f"asked {held + 1}" in said[0].replace("\u00a0", "")
    [act] = editor.detail.write_offs
    assert act.reason.value == "stolen" and act.commission == "O. Koval, I. Shevchuk"
    assert printed == [("writeoff", act.act_no, True)]
    assert editor.distribution.lines.index(0, 8).data() == "1"  # the Written off column
    acts = editor.distribution.write_offs
    assert acts.rowCount() == 1 and acts.index(0, 0).data() == act.act_no
    assert acts.index(0, 2).data() == "stolen" and acts.index(0, 3).data() == "1: 1"
    assert not editor.distribution.write_offs_box.isHidden()


def test_void_line_strikes_it_through_and_a_refusal_is_said(window, qtbot, monkeypatch,
                                                            answers) -> None:
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("entered twice by mistake", True))
    editor = _editor(window, qtbot, "KYV-2026-0008")
    model = editor.items.model
    count = len(editor.detail.lines)
    last = editor.detail.lines[-1]
    editor.tabs.setCurrentWidget(editor.items)
    editor.items.view.setCurrentIndex(model.index(count - 1, 2))
    qtbot.mouseClick(editor.items.void_button, Qt.MouseButton.LeftButton)
    assert len(editor.detail.lines) == count - 1 and len(model.voided) == 1
    row = model.rowCount() - 1
    assert model.is_voided(row) and model.index(row, 0).data() == str(last.line_no)
    assert model.index(row, 2).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "entered twice" in model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(model.index(row, 2)) & Qt.ItemFlag.ItemIsEditable
    assert "1 voided line(s) not counted" in editor.items.totals.text()

    used = _editor(window, qtbot, "KYV-2026-0014")  # distributing: an act refers to line 1
    act = used.detail.distributions[0]
    used.tabs.setCurrentWidget(used.items)
    row = next(r for r, d in enumerate(used.items.model.drafts)
               if d.base.line_no == act.lines[0].line_no)
    used.items.view.setCurrentIndex(used.items.model.index(row, 2))
    qtbot.mouseClick(used.items.void_button, Qt.MouseButton.LeftButton)
    assert f"act {act.act_no} refers to it; reverse that act first" in answers.texts()
    assert not used.detail.voided


def test_print_dialog_opens_on_the_chosen_load(window, qtbot) -> None:
    from ui.dialogs.print_dialog import PrintDialog

    detail = window.controller.detail("KYV-2026-0001").value  # 12 loads
    dialog = PrintDialog(detail, window.controller, window)
    qtbot.addWidget(dialog)
    dialog.choose("driver-letter", "load:3")
    assert dialog.kind.currentData() == "driver-letter" and dialog.selector == "load:3"
    assert dialog.select.count() == 12
