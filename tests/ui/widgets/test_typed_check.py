"""Checked as typed (issue 15): AHARS code, MRN, plates, EORI and EDRPOU are checked while
they are typed, the message beside the field and the field marked; a good value clears both."""

from __future__ import annotations

from helpers import activate, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from aidtracker.domain import Event, ShipmentDetail, Status
from aidtracker.services.formats import mrn_check_character
from aidtracker.services.listing import ShipmentQuery
from ui.dialogs.directory_forms import OrganisationForm
from ui.dialogs.transition import TransitionDialog
from ui.widgets.typed_check import DELAY_MS, TypedCheck

MRN = "24DE1234567890123"  # 17 characters; the 18th is the check character


def _retype(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all and type ``text`` with the keyboard (no Enter, no leaving the field)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def _shown(qtbot, edit: QLineEdit, label: QLabel, bad: str, good: str) -> str:
    """Type ``bad``: after the pause the label says why and the field is marked; then type
    ``good``: both are cleared. Returns the message shown for ``bad``."""
    _retype(qtbot, edit, bad)
    assert not label.isVisibleTo(label.window())  # not while typing: after a short pause
    qtbot.waitUntil(lambda: label.isVisibleTo(label.window()), timeout=DELAY_MS * 5)
    message = label.text()
    assert message and "border" in edit.styleSheet()
    assert edit.text() == bad  # the input is kept as typed
    _retype(qtbot, edit, good)
    qtbot.waitUntil(lambda: edit.styleSheet() == "", timeout=DELAY_MS * 5)
    assert not label.isVisibleTo(label.window())
    return message


def _preparing(window) -> str:
    query = ShipmentQuery(status=Status.PREPARING, sort="reference", descending=False)
    return window.controller.page(query, None, 0, 1).rows[0].reference


def test_the_shipment_editor_checks_ahars_mrn_and_plates_as_typed(window, qtbot) -> None:
    reference = _preparing(window)
    window.open_shipment(reference)
    editor = window.editors[reference]
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    tab = editor.general
    said = _shown(qtbot, tab.widgets["ahars_code"], tab.problem_labels["ahars_code"],
                  "abc", "UA-2030-000777")
    assert said.startswith("AHARS unique code abc") and "with a digit" in said
    said = _shown(qtbot, tab.widgets["export_mrn"], tab.problem_labels["export_mrn"],
                  "24DE12", MRN + mrn_check_character(MRN))
    assert said.startswith("Export MRN 24DE12") and "18 characters" in said
    said = _shown(qtbot, tab.widgets["truck_plate"], tab.problem_labels["truck_plate"],
                  "B-?!", "B-AB 1234")
    assert "3 to 10 letters or digits" in said
    assert tab.values()["ahars_code"] == "UA-2030-000777"  # typed values are the form's


def test_a_wrong_mrn_check_character_is_a_warning_in_amber(window, qtbot) -> None:
    reference = _preparing(window)
    window.open_shipment(reference)
    tab = window.editors[reference].general
    edit, label = tab.widgets["export_mrn"], tab.problem_labels["export_mrn"]
    right = mrn_check_character(MRN)
    _retype(qtbot, edit, MRN + str((int(right) + 1) % 10))
    edit.findChild(TypedCheck).check()  # leaving the field checks at once
    assert label.isVisibleTo(tab) and f"check digit should be {right}" in label.text()
    assert "#e0a100" in edit.styleSheet()


def test_the_step_dialog_checks_the_ahars_code_as_typed_in_ukrainian(window, qtbot) -> None:
    from ui.texts.i18n import install_language

    detail = window.controller.detail(_preparing(window)).value
    assert isinstance(detail, ShipmentDetail)
    install_language("uk")
    try:
        dialog = TransitionDialog(detail, Event.MARK_READY, window)
        qtbot.addWidget(dialog)
        dialog.show()
        label = dialog.findChild(QLabel, "problem_ahars_code")
        said = _shown(qtbot, dialog.fields["ahars_code"], label, "abc", "UA-2030-000123")
        assert said.startswith("Унікальний код АСРГД abc") and "цифра" in said
        assert not any(word in said for word in ("letters", "digits", "expected"))
        dialog.reject()
    finally:
        install_language("en")
    assert dialog.result() == QDialog.DialogCode.Rejected.value


def test_the_organisation_form_checks_eori_and_edrpou_as_typed(window, qtbot) -> None:
    form = OrganisationForm(None, True, window)
    qtbot.addWidget(form)
    form.show()
    said = _shown(qtbot, form.widgets["eori"], form.problems["eori"], "1234", "DE123456789")
    assert said.startswith("EORI 1234") and "2-letter country code" in said
    said = _shown(qtbot, form.widgets["edrpou"], form.problems["edrpou"], "1234", "99000011")
    assert said == "EDRPOU must be 8 characters long, got 4"
    _retype(qtbot, form.widgets["edrpou"], "99000012")  # eight digits, a wrong check digit
    qtbot.waitUntil(lambda: form.problems["edrpou"].isVisibleTo(form), timeout=DELAY_MS * 5)
    assert "check digit should be 1" in form.problems["edrpou"].text()
