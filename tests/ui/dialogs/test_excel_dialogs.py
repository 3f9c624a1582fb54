"""The Excel dialogs: a partner's packing list imported through the preview (bad rows only when
the user says so, an unrecognised layout through the column mapping), and the ledger export
with progress and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from helpers import activate, choose, finish_jobs, type_cell
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from aidtracker.services.listing import ShipmentQuery

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples"
BAD_CSV = ("Description;Quantity;Unit;Gross kg;Value EUR\n"
           "Blankets;100;pcs;50;500\n"
           "Tents;many;pcs;80;900\n"
           "Stoves;4;pcs;40;800\n")
ODD_CSV = "Thing;How many;Cost\nBlankets;100;500,00\nTents;20;4000,00\n"


@pytest.fixture
def excel(window):
    from ui.main.excel_actions import install

    return install(window, window.controller)


def _count(window) -> int:
    return window.controller.count(ShipmentQuery())


def _open_import(excel, qtbot):
    assert excel.import_list.isEnabled()
    excel.import_list.trigger()
    dialog = excel.import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _choose_file(monkeypatch, qtbot, dialog, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    _wait_preview(qtbot, dialog)


def _wait_preview(qtbot, dialog) -> None:
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: not dialog.busy
                    and (dialog.manifest is not None or dialog.failure is not None),
                    timeout=10_000)


def _import(qtbot, window, dialog) -> str:
    with qtbot.waitSignal(window.controller.shipment_changed, timeout=10_000) as changed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    return str(changed.args[0])


def test_actions_sit_in_the_file_menu_with_their_own_shortcuts(window, excel, qtbot) -> None:
    from ui.main.excel_actions import install

    assert install(window, window.controller) is excel  # a second call adds nothing
    menu = window.actions_.file_menu.actions()
    assert excel.import_list in menu and excel.export_ledger in menu
    for key, action in (("Ctrl+I", excel.import_list), ("Ctrl+E", excel.export_ledger)):
        active = [a for a in window.actions()
                  if a.shortcut() == QKeySequence(key) and a.isVisible()]
        assert active == [action]
    assert excel.import_list.text() == "&Import a packing list…"
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = excel.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.browse_button.nextInFocusChain() is dialog.mapping_button
    assert dialog._labels["partner"].buddy() is dialog.partner
    dialog.close()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert excel.export_dialog is not None and excel.export_dialog.isVisible()
    qtbot.keyClick(excel.export_dialog, Qt.Key.Key_Escape)
    assert not excel.export_dialog.isVisible()


def test_sample_packing_list_becomes_a_draft_with_its_serials(
        window, excel, qtbot, monkeypatch, answers) -> None:
    before = _count(window)
    dialog = _open_import(excel, qtbot)
    assert not dialog.import_button.isEnabled()
    _choose_file(monkeypatch, qtbot, dialog, SAMPLES / "magdeburg_zaporizhzhia.xlsx")
    assert dialog.partner.currentText() == "Magdeburg → Zaporizhzhia"  # guessed from the name
    assert dialog.recipient.currentText().startswith("Zaporizhzhia City Council")
    assert dialog.lines_model.rowCount() == 3 and dialog.problems_model.rowCount() == 0
    assert dialog.sheet_info.text() == "Sheet “Packliste”, header in row 3."
    assert "4\u00a0801,5 kg" in dialog.totals.text()  # gross of the three lines
    assert dialog.report.text() == "No problems found."
    serials = dialog.lines_model.rows[0][-1]
    assert serials == "SDMO-30-4471, SDMO-30-4472"
    assert not dialog.good_only.isEnabled() and dialog.import_button.isEnabled()
    assert _count(window) == before  # the preview wrote nothing
    reference = _import(qtbot, window, dialog)
    detail = window.controller.detail(reference).value
    assert detail is not None and detail.shipment.status.value == "draft"
    assert len(detail.lines) == 3
    assert sum(len(line.assets) for line in detail.lines) == 2
    assert _count(window) == before + 1
    assert any(reference in text and "3 line" in text for _, _, text in answers.said)
    from aidtracker.services.imports import saved_mapping

    assert window.controller.read(saved_mapping, "Magdeburg") is not None


def test_bad_rows_block_until_only_good_rows_is_ticked(
        window, excel, qtbot, monkeypatch, answers, tmp_path) -> None:
    from aidtracker.services.imports import saved_mapping

    source = tmp_path / "packliste.csv"
    source.write_text(BAD_CSV, encoding="utf-8")
    before = _count(window)
    dialog = _open_import(excel, qtbot)
    choose(qtbot, dialog.partner, "Lublin")
    assert dialog.recipient.currentText().startswith("Khmelnytskyi City Council")
    _choose_file(monkeypatch, qtbot, dialog, source)
    assert dialog.lines_model.rowCount() == 2
    [problem] = dialog.problems_model.rows
    assert problem[:3] == ("3", "B", "error") and "many" in problem[3]
    assert "1 row" in dialog.report.text() and "problems: 3." in dialog.report.text()
    assert dialog.good_only.isEnabled() and not dialog.good_only.isChecked()
    assert not dialog.import_button.isEnabled()
    assert "import only the good rows" in dialog.status.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    finish_jobs(qtbot)
    assert _count(window) == before and dialog.isVisible()
    assert window.controller.read(saved_mapping, "Lublin") is None  # nothing written at all
    dialog.good_only.setFocus()
    qtbot.keyClick(dialog.good_only, Qt.Key.Key_Space)
    assert dialog.good_only.isChecked() and dialog.import_button.isEnabled()
    reference = _import(qtbot, window, dialog)
    detail = window.controller.detail(reference).value
    assert [line.description_en for line in detail.lines] == ["Blankets", "Stoves"]
    assert "Rows left out: 3." in answers.texts()


def test_unrecognised_layout_goes_through_the_column_mapping(
        window, excel, qtbot, monkeypatch, answers, tmp_path) -> None:
    from aidtracker.services.imports import saved_mapping
    from ui.dialogs.mapping_editor import FIELD_COLUMN, MappingEditor

    source = tmp_path / "liste.csv"
    source.write_text(ODD_CSV, encoding="utf-8")
    seen: list[tuple[str, str]] = []
    why: list[str] = []

    def exec_(editor: MappingEditor) -> int:
        editor.show()
        qtbot.waitExposed(editor)
        why.append(editor.why.text() if editor.why.isVisible() else "")
        seen.extend((editor.table.item(r, 1).text(), editor.table.item(r, 2).text())
                    for r in range(editor.table.rowCount()))
        for row, field in ((0, "Description"), (1, "Quantity"), (2, "Value")):
            type_cell(qtbot, editor.table, row, FIELD_COLUMN, field)
        editor.accept()
        return editor.result()

    monkeypatch.setattr(MappingEditor, "exec", exec_)
    dialog = _open_import(excel, qtbot)
    choose(qtbot, dialog.partner, "Borna")
    choose(qtbot, dialog.currency, "EUR")
    _choose_file(monkeypatch, qtbot, dialog, source)  # no header found: the editor opens
    _wait_preview(qtbot, dialog)
    assert seen == [("Thing", "Blankets · Tents"), ("How many", "100 · 20"),
                    ("Cost", "500,00 · 4000,00")]
    (said,) = why  # the editor says what the importer found and what it lacked
    assert said.startswith("What was found in the file, and why:\nNo header was recognised")
    assert "not found: description, quantity" in said
    assert dialog.mapping is not None
    assert dialog.mapping.columns == {0: "description", 1: "quantity", 2: "value"}
    assert dialog.lines_model.rowCount() == 2 and dialog.import_button.isEnabled()
    reference = _import(qtbot, window, dialog)
    detail = window.controller.detail(reference).value
    assert [line.total_value_minor for line in detail.lines] == [50_000, 400_000]
    saved = window.controller.read(saved_mapping, "Borna")
    assert saved is not None and saved.columns == dialog.mapping.columns


def test_mapping_editor_refuses_a_mapping_without_quantity(qtbot) -> None:
    from ui.dialogs.mapping_editor import FileHead, MappingEditor

    head = FileHead({"Sheet1": [(1, ("Thing", "How many")), (2, ("Tents", 20))]})
    editor = MappingEditor(head)
    qtbot.addWidget(editor)
    assert editor.header_row.value() == 1 and editor.fields() == {}
    editor.set_field(0, "description")
    editor.accept()
    assert editor.value is None and "Quantity" in editor.problems.text()
    editor.set_field(1, "description")
    editor.accept()
    assert "more than one column: A, B" in editor.problems.text()
    editor.set_field(1, "quantity")
    editor.accept()
    assert editor.value is not None and editor.value.header_row == 1
    assert editor.result() == QDialog.DialogCode.Accepted.value


def _export_to(monkeypatch, qtbot, excel, out: Path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    excel.export_ledger.trigger()
    dialog = excel.export_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_export_writes_the_ledger_of_the_filtered_shipments(
        window, excel, qtbot, monkeypatch, answers, tmp_path) -> None:
    import openpyxl

    out = tmp_path / "out" / "ledger.xlsx"
    out.parent.mkdir()
    dialog = _export_to(monkeypatch, qtbot, excel, out)
    assert dialog.filters().status is None  # the window's filters: none set
    dialog.hxl.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: "The ledger was written" in answers.texts(), timeout=20_000)
    total = _count(window)
    assert f"{total} shipment" in answers.texts()
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = list(wb["Shipments"].iter_rows(values_only=True))
    finally:
        wb.close()
    assert str(rows[1][0]).startswith("#")  # the HXL row
    assert len([r for r in rows[2:] if r[0]]) == total
    assert not dialog.isVisible()


def test_export_follows_the_window_filter(window, excel, qtbot, monkeypatch, tmp_path) -> None:
    bar = window.filters
    bar.status.setCurrentIndex(bar.status.findData("draft"))
    dialog = _export_to(monkeypatch, qtbot, excel, tmp_path / "x.xlsx")
    assert dialog.filters().status is not None and dialog.filters().status.value == "draft"
    dialog.close()


def test_cancelled_export_leaves_the_previous_file_untouched(
        window, excel, qtbot, monkeypatch, answers, tmp_path) -> None:
    from aidtracker.services import ledger

    out = tmp_path / "ledger.xlsx"
    out.write_bytes(b"last month's ledger, kept byte for byte")
    before = out.read_bytes()
    gate = threading.Event()
    read = ledger.ledger_details

    def slow(db, filters):
        for number, detail in enumerate(read(db, filters)):
            if number == 1:
                gate.wait(10)
            yield detail

    monkeypatch.setattr(ledger, "ledger_details", slow)
    dialog = _export_to(monkeypatch, qtbot, excel, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    progress = dialog.job.dialog
    assert progress is not None
    progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    gate.set()
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: "export was cancelled" in answers.texts(), timeout=10_000)
    assert "The previous file is unchanged" in answers.texts()
    assert out.read_bytes() == before
    assert not list(tmp_path.glob(".ledger.xlsx.*"))  # no half-written file left behind
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    dialog.close()


def test_a_file_that_is_no_packing_list_is_explained_in_the_dialog(
        window, excel, qtbot, monkeypatch, tmp_path) -> None:
    from ui.dialogs.mapping_editor import MappingEditor

    opened: list[str] = []
    monkeypatch.setattr(MappingEditor, "exec",
                        lambda editor: opened.append(editor.table.item(0, 1).text()) or 0)
    dialog = _open_import(excel, qtbot)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 not a spreadsheet")
    _choose_file(monkeypatch, qtbot, dialog, scan)
    assert "not an xlsx, xls or csv spreadsheet" in dialog.status.text()
    assert not dialog.import_button.isEnabled() and dialog.lines_model.rowCount() == 0
    odd = tmp_path / "liste.csv"
    odd.write_text(ODD_CSV, encoding="utf-8")
    _choose_file(monkeypatch, qtbot, dialog, odd)  # no partner yet: no saved mapping to try
    assert "column mapping" in dialog.status.text() and opened == []
    qtbot.mouseClick(dialog.mapping_button, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=5_000)
    assert opened == ["Thing"]  # the header row guessed in the editor
    assert dialog.mapping is None  # cancelled: nothing changes


def test_cancelled_import_saves_nothing(window, excel, qtbot, monkeypatch, answers) -> None:
    from aidtracker.services import imports

    gate = threading.Event()
    parse = imports.parse_manifest

    def slow(*args, **kwargs):  # reads the list, then waits at its first progress tick
        tick = kwargs["tick"]
        manifest = parse(*args, **kwargs)
        gate.wait(10)
        tick(0, len(manifest.lines))
        return manifest

    before = _count(window)
    dialog = _open_import(excel, qtbot)
    _choose_file(monkeypatch, qtbot, dialog, SAMPLES / "magdeburg_zaporizhzhia.xlsx")
    monkeypatch.setattr(imports, "parse_manifest", slow)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    progress = dialog.jobs[-1].dialog
    assert progress is not None and progress.labelText() == "Importing the packing list…"
    progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    gate.set()
    finish_jobs(qtbot)
    qtbot.waitUntil(lambda: not dialog.importing, timeout=10_000)
    assert dialog.status.text() == "The import was cancelled; nothing was saved."
    assert _count(window) == before and dialog.isVisible()
    dialog.close()
