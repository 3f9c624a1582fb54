""""Add new…" at the end of every party list of the editor: opens the directory form, saves the
new partner pair or organisation, and returns its id so the list selects it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from aidtracker.domain import Organisation, OrgKind
from aidtracker.errors import ValidationFailed
from aidtracker.services import directory
from ui.controller import AppController, Outcome
from ui.dialogs.directory_forms import OrganisationForm, PartnershipForm, RecordForm

ADD_NEW = "__add_new__"  # the item data of "Add new…"
PARTY_FIELDS = ("partnership_id", "donor_id", "recipient_id")


def with_add_new(choices: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, str]]]:
    """The choices with "Add new…" at the end of each party list."""
    label = QCoreApplication.translate("AddParty", "Add new…")
    return {name: [*items, (label, ADD_NEW)] if name in PARTY_FIELDS else items
            for name, items in choices.items()}


def add_party(controller: AppController, field: str, parent: QWidget) -> str | None:
    """Ask for a new party of ``field``'s kind and save it; its id as text (None: cancelled)."""
    if field == "partnership_id":
        partner = PartnershipForm(None, parent)
        return _until_saved(partner, lambda: controller.save_directory(
            directory.save_partnership, partner.value, notify=False))
    org = OrganisationForm(None, field == "recipient_id", parent)
    return _until_saved(org, lambda: controller.save_directory(
        directory.save_organisation, org.value, recipient=org.is_recipient, notify=False))


def add_acquirer(controller: AppController, settlement: str, parent: QWidget) -> int | None:
    """A new acquirer (a Ukrainian institution in ``settlement``); its id (None: cancelled)."""
    org = OrganisationForm(Organisation(id=None, kind=OrgKind.BUDGET_INSTITUTION, name_en="",
                                        country="UA", settlement=settlement), False, parent)
    new_id = _until_saved(org, lambda: controller.save_directory(
        directory.save_organisation, org.value, notify=False))
    return int(new_id) if new_id is not None else None


def _until_saved(form: RecordForm, save: Callable[[], Outcome[int]]) -> str | None:
    """Show the form until the save succeeds (the new id) or the user cancels (None)."""
    while form.exec():
        outcome = save()
        if outcome.ok:
            return str(outcome.value)
        if not isinstance(outcome.error, ValidationFailed):
            return None
        form.show_problems(list(outcome.error.problems))
    return None
