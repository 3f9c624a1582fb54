"""Translatable names of the core's codes: statuses, events, enum values and field names.

Each table holds English source strings marked with ``QT_TRANSLATE_NOOP`` (so lupdate finds
them); the functions translate at call time, so a language switch shows at the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aidtracker.domain import Event, Status
from aidtracker.reference import categories
from ui.texts.i18n import QT_TRANSLATE_NOOP

STATUS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("status", "Draft"),
    "pledged": QT_TRANSLATE_NOOP("status", "Pledged"),
    "accepted": QT_TRANSLATE_NOOP("status", "Accepted"),
    "preparing": QT_TRANSLATE_NOOP("status", "Preparing"),
    "ready": QT_TRANSLATE_NOOP("status", "Ready"),
    "dispatched": QT_TRANSLATE_NOOP("status", "Dispatched"),
    "at_border": QT_TRANSLATE_NOOP("status", "At border"),
    "cleared": QT_TRANSLATE_NOOP("status", "Cleared"),
    "delivered": QT_TRANSLATE_NOOP("status", "Delivered"),
    "distributing": QT_TRANSLATE_NOOP("status", "Distributing"),
    "distributed": QT_TRANSLATE_NOOP("status", "Distributed"),
    "reported": QT_TRANSLATE_NOOP("status", "Reported"),
    "closed": QT_TRANSLATE_NOOP("status", "Closed"),
    "on_hold": QT_TRANSLATE_NOOP("status", "On hold"),
    "held_at_customs": QT_TRANSLATE_NOOP("status", "Held at customs"),
    "returned": QT_TRANSLATE_NOOP("status", "Returned"),
    "cancelled": QT_TRANSLATE_NOOP("status", "Cancelled"),
    "lost": QT_TRANSLATE_NOOP("status", "Lost"),
}

EVENT: dict[str, str] = {
    "pledge": QT_TRANSLATE_NOOP("event", "Record the pledge"),
    "accept": QT_TRANSLATE_NOOP("event", "Accept (recipient's consent)"),
    "start_preparing": QT_TRANSLATE_NOOP("event", "Start preparing"),
    "mark_ready": QT_TRANSLATE_NOOP("event", "Mark documents ready"),
    "dispatch": QT_TRANSLATE_NOOP("event", "Dispatch"),
    "arrive_border": QT_TRANSLATE_NOOP("event", "Arrived at the border"),
    "clear": QT_TRANSLATE_NOOP("event", "Cleared by customs"),
    "hold_at_customs": QT_TRANSLATE_NOOP("event", "Held at customs"),
    "return": QT_TRANSLATE_NOOP("event", "Returned to the donor"),
    "deliver": QT_TRANSLATE_NOOP("event", "Delivered (handover act signed)"),
    "distribute": QT_TRANSLATE_NOOP("event", "Start distribution"),
    "complete_distribution": QT_TRANSLATE_NOOP("event", "Distribution complete"),
    "report": QT_TRANSLATE_NOOP("event", "AHARS report filed"),
    "close": QT_TRANSLATE_NOOP("event", "Close"),
    "hold": QT_TRANSLATE_NOOP("event", "Put on hold"),
    "resume": QT_TRANSLATE_NOOP("event", "Resume"),
    "cancel": QT_TRANSLATE_NOOP("event", "Cancel the shipment"),
    "declare_lost": QT_TRANSLATE_NOOP("event", "Declare lost"),
    "reopen": QT_TRANSLATE_NOOP("event", "Reopen"),
    "amend": QT_TRANSLATE_NOOP("event", "Amendment"),
    "override": QT_TRANSLATE_NOOP("event", "Checklist item overridden"),
}

CHOICE: dict[str, str] = {  # enum values shown in combos and tables (context "choice")
    "pcs": QT_TRANSLATE_NOOP("choice", "pcs"),
    "pair": QT_TRANSLATE_NOOP("choice", "pairs"),
    "pack": QT_TRANSLATE_NOOP("choice", "packs"),
    "carton": QT_TRANSLATE_NOOP("choice", "cartons"),
    "kg": QT_TRANSLATE_NOOP("choice", "kg"),
    "l": QT_TRANSLATE_NOOP("choice", "l"),
    "set": QT_TRANSLATE_NOOP("choice", "sets"),
    "new": QT_TRANSLATE_NOOP("choice", "new"),
    "used": QT_TRANSLATE_NOOP("choice", "used"),
    "urgent": QT_TRANSLATE_NOOP("choice", "urgent"),
    "normal": QT_TRANSLATE_NOOP("choice", "normal"),
    "not_needed": QT_TRANSLATE_NOOP("choice", "not needed"),
    "road_truck": QT_TRANSLATE_NOOP("choice", "truck"),
    "road_van": QT_TRANSLATE_NOOP("choice", "van"),
    "self_propelled": QT_TRANSLATE_NOOP("choice", "driven under its own power"),
    "rail": QT_TRANSLATE_NOOP("choice", "rail"),
    "other": QT_TRANSLATE_NOOP("choice", "other"),
    "donation": QT_TRANSLATE_NOOP("choice", "donation"),
    "procured_donation": QT_TRANSLATE_NOOP("choice", "donation of purchased goods"),
    "loan": QT_TRANSLATE_NOOP("choice", "loan"),
    "oral": QT_TRANSLATE_NOOP("choice", "oral declaration"),
    "electronic": QT_TRANSLATE_NOOP("choice", "electronic (MRN)"),
    "oral_at_exit": QT_TRANSLATE_NOOP("choice", "oral declaration at the exit office"),
    "de_collective_code": QT_TRANSLATE_NOOP("choice", "German collective code"),
    "pl_border_form": QT_TRANSLATE_NOOP("choice", "Polish border form"),
    "blocking": QT_TRANSLATE_NOOP("choice", "blocking"),
    "warning": QT_TRANSLATE_NOOP("choice", "warning"),
    "info": QT_TRANSLATE_NOOP("choice", "info"),
    "open": QT_TRANSLATE_NOOP("choice", "open"),
    "done": QT_TRANSLATE_NOOP("choice", "done"),
    "overridden": QT_TRANSLATE_NOOP("choice", "overridden"),
    "ok": QT_TRANSLATE_NOOP("choice", "ok"),
    "at_risk": QT_TRANSLATE_NOOP("choice", "at risk"),
    "overdue": QT_TRANSLATE_NOOP("choice", "overdue"),
    "donor": QT_TRANSLATE_NOOP("choice", "donor"),
    "recipient": QT_TRANSLATE_NOOP("choice", "recipient"),
    "carrier": QT_TRANSLATE_NOOP("choice", "carrier"),
    "broker": QT_TRANSLATE_NOOP("choice", "broker"),
    "both": QT_TRANSLATE_NOOP("choice", "donor and recipient"),
    "on_pledge": QT_TRANSLATE_NOOP("choice", "at the pledge"),
    "before_loading": QT_TRANSLATE_NOOP("choice", "before loading"),
    "at_loading": QT_TRANSLATE_NOOP("choice", "at loading"),
    "eu_exit": QT_TRANSLATE_NOOP("choice", "at the EU exit"),
    "ua_entry": QT_TRANSLATE_NOOP("choice", "at the Ukrainian entry"),
    "on_delivery": QT_TRANSLATE_NOOP("choice", "on delivery"),
    "after_delivery": QT_TRANSLATE_NOOP("choice", "after delivery"),
    "act": QT_TRANSLATE_NOOP("choice", "handover act (D8)"),
    "issue_statement": QT_TRANSLATE_NOOP("choice", "issue statement"),
    "city_authority": QT_TRANSLATE_NOOP("choice", "city authority"),
    "oblast_admin": QT_TRANSLATE_NOOP("choice", "oblast administration"),
    "communal_enterprise": QT_TRANSLATE_NOOP("choice", "communal enterprise"),
    "budget_institution": QT_TRANSLATE_NOOP("choice", "budget institution"),
    "charity": QT_TRANSLATE_NOOP("choice", "charity"),
    "ngo": QT_TRANSLATE_NOOP("choice", "NGO"),
    "military_unit": QT_TRANSLATE_NOOP("choice", "military unit"),
    "company": QT_TRANSLATE_NOOP("choice", "company"),
    "intl_org": QT_TRANSLATE_NOOP("choice", "international organisation"),
    "person": QT_TRANSLATE_NOOP("choice", "person"),
    "sent_to_partners": QT_TRANSLATE_NOOP("choice", "sent to partners"),
    "pledged": QT_TRANSLATE_NOOP("choice", "pledged"),
    "partly_met": QT_TRANSLATE_NOOP("choice", "partly met"),
    "met": QT_TRANSLATE_NOOP("choice", "met"),
    "withdrawn": QT_TRANSLATE_NOOP("choice", "withdrawn"),
    "donor_withdrew": QT_TRANSLATE_NOOP("choice", "the donor withdrew"),
    "need_lapsed": QT_TRANSLATE_NOOP("choice", "the need lapsed"),
    "converted_to_grant": QT_TRANSLATE_NOOP("choice", "converted to a grant"),
    "duplicate": QT_TRANSLATE_NOOP("choice", "duplicate record"),
    "ahars_code": QT_TRANSLATE_NOOP("choice", "AHARS code validity"),
    "declaration": QT_TRANSLATE_NOOP("choice", "AHARS declaration validity"),
    "distribution_report": QT_TRANSLATE_NOOP("choice", "AHARS distribution report"),
    "shelf_life": QT_TRANSLATE_NOOP("choice", "shelf life"),
    "donation_letter": QT_TRANSLATE_NOOP("choice", "donation letter (D1)"),
    "signed_act": QT_TRANSLATE_NOOP("choice", "signed act"),
    "photo": QT_TRANSLATE_NOOP("choice", "photo"),
    "cmr": QT_TRANSLATE_NOOP("choice", "CMR"),
    "export_declaration": QT_TRANSLATE_NOOP("choice", "export declaration"),
    "ahars": QT_TRANSLATE_NOOP("choice", "AHARS printout"),
    "registration": QT_TRANSLATE_NOOP("choice", "vehicle registration"),
    "licence": QT_TRANSLATE_NOOP("choice", "licence"),
    "certificate": QT_TRANSLATE_NOOP("choice", "certificate"),
    "invoice": QT_TRANSLATE_NOOP("choice", "invoice"),
    "power_of_attorney": QT_TRANSLATE_NOOP("choice", "power of attorney"),
    "vehicle": QT_TRANSLATE_NOOP("choice", "vehicle"),
    "equipment": QT_TRANSLATE_NOOP("choice", "equipment"),
}


def status_label(status: Status | str) -> str:
    key = str(status)
    return QCoreApplication.translate("status", STATUS.get(key, key))


def event_label(event: Event | str) -> str:
    key = str(event)
    return QCoreApplication.translate("event", EVENT.get(key, key))


def choice_label(value: object) -> str:
    """A translated enum value or code; unknown codes are shown as they are."""
    key = "" if value is None else str(value)
    return QCoreApplication.translate("choice", CHOICE[key]) if key in CHOICE else key


def category_label(code: str, lang: str) -> str:
    """A category name in the user's language (from the reference table)."""
    cat = categories().get(code)
    if cat is None:
        return code
    return cat.name_uk if lang == "uk" else cat.name_en
