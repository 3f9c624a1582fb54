""""Add new…" in the party lists (issue 15, major 2): the new entry is selected where it was
added, and an editor already open elsewhere lists it too."""

from __future__ import annotations

from helpers import activate, fill
from PySide6.QtWidgets import QDialog

from ui.dialogs.directory_forms import OrganisationForm, PartnershipForm
from ui.editor.add_party import ADD_NEW
from ui.editor.editor import ShipmentEditor


def _activate(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_add_new_selects_the_new_party_and_an_open_editor_sees_it(window, qtbot,
                                                                  monkeypatch) -> None:
    window.table.selectRow(0)
    other_ref = window.table_model.row_at(0).reference
    window.open_shipment(other_ref)
    other: ShipmentEditor = window.editors[other_ref]
    window.actions_.new_shipment.trigger()
    [editor] = [e for e in window.findChildren(ShipmentEditor) if e.detail is None]
    qtbot.waitExposed(editor)
    activate(qtbot, editor)

    def partner(form: PartnershipForm) -> int:
        fill(qtbot, form.widgets["own_city"], "Kharkiv")
        fill(qtbot, form.widgets["partner_city"], "Nürnberg")
        fill(qtbot, form.widgets["partner_country"], "DE")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PartnershipForm, "exec", partner)
    combo = editor.general.widgets["partnership_id"]
    _activate(combo, ADD_NEW)
    new_id = combo.currentData()
    assert new_id not in ("", ADD_NEW) and "Nürnberg" in combo.currentText()
    assert editor.general.values()["partnership_id"] == new_id and editor.is_dirty
    assert other.general.widgets["partnership_id"].findData(new_id) >= 0  # the open editor
    assert other.general.widgets["partnership_id"].currentData() != new_id  # kept its value

    monkeypatch.setattr(OrganisationForm, "exec", lambda form: QDialog.DialogCode.Rejected.value)
    donor = editor.general.widgets["donor_id"]
    before = donor.currentData()
    _activate(donor, ADD_NEW)
    assert donor.currentData() == before and editor.general.values().get("donor_id", "") == (
        before or "")
