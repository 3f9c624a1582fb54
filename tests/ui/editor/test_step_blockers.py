"""Move on (issue 15, major 1): the step dialog shows what blocks it first, several items are
ticked right there, and a refused step keeps everything typed."""

from __future__ import annotations

from helpers import activate, fill, run_event
from PySide6.QtWidgets import QDialog

from aidtracker.domain import Event, Status
from aidtracker.services.listing import ShipmentQuery
from ui.dialogs.blockers import BlockersBox
from ui.dialogs.transition import TransitionDialog


def test_typed_fields_survive_a_refusal_and_blockers_are_ticked_in_the_dialog(
        window, qtbot, monkeypatch, answers) -> None:
    reference = window.controller.page(ShipmentQuery(status=Status.PREPARING, sort="reference",
                                                     descending=False), None, 0, 1).rows[0]
    window.open_shipment(reference.reference)
    editor = window.editors[reference.reference]
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    shown: list[dict[str, object]] = []

    def exec_(dialog: TransitionDialog) -> int:
        box = dialog.findChild(BlockersBox)
        state = {"ahars": dialog.fields["ahars_code"].text(), "note": dialog.note.text(),
                 "blockers": [box.list.item(r).text() for r in range(box.list.count())],
                 "visible": box.isVisibleTo(dialog)}
        shown.append(state)
        if len(shown) == 1:  # type the step's data, leave the blockers: refused
            fill(qtbot, dialog.fields["ahars_code"], "UA-2030-000123")
            fill(qtbot, dialog.note, "truck booked")
        elif len(shown) == 2:  # tick every blocker at once, right here, then try again
            box.tick_button.click()  # (the patched dialog is not on screen to be clicked)
            left = [box.list.item(r).text() for r in range(box.list.count())]
            # what the record proves (the AHARS code typed above) cannot be ticked by hand
            assert [text.split(" — ")[0] for text in left] in ([], ["CL-B06"])
        else:
            return QDialog.DialogCode.Rejected.value
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TransitionDialog, "exec", exec_)
    run_event(editor, Event.MARK_READY.value)
    first, second = shown[0], shown[1]
    assert first["visible"] and len(first["blockers"]) >= 2  # shown before the first try
    assert all(" — " in text and text.split(" — ")[0].startswith("CL-") and
               len(text.split(" — ")[1]) > 10 for text in first["blockers"])  # code and text
    assert answers.said[0][:2] == ("warning", "Not yet possible")
    assert (second["ahars"], second["note"]) == ("UA-2030-000123", "truck booked")
    assert editor.detail.shipment.status is Status.READY
    assert editor.detail.shipment.ahars_code == "UA-2030-000123"
