"""Core error and problem codes → sentences in the user's language.

The English source strings mirror :mod:`aidtracker.catalogue` (a test checks that every core code
has an entry here); ``QT_TRANSLATE_NOOP`` marks them for lupdate, ``translate`` looks them up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from aidtracker.catalogue import Lenient
from aidtracker.domain import Problem
from aidtracker.errors import AidTrackerError
from ui.texts.labels import choice_label, event_label, status_label

FIELDS: dict[str, str] = {
    "partnership_id": QT_TRANSLATE_NOOP("field", "Partner city"),
    "donor_id": QT_TRANSLATE_NOOP("field", "Donor"),
    "donor": QT_TRANSLATE_NOOP("field", "Donor"),
    "recipient_id": QT_TRANSLATE_NOOP("field", "Recipient"),
    "kind": QT_TRANSLATE_NOOP("field", "Kind"),
    "priority": QT_TRANSLATE_NOOP("field", "Priority"),
    "currency": QT_TRANSLATE_NOOP("field", "Currency"),
    "consignee_address": QT_TRANSLATE_NOOP("field", "Unloading address"),
    "route": QT_TRANSLATE_NOOP("field", "Route"),
    "crossing": QT_TRANSLATE_NOOP("field", "Border crossing"),
    "transport_mode": QT_TRANSLATE_NOOP("field", "Transport"),
    "carrier": QT_TRANSLATE_NOOP("field", "Carrier"),
    "truck_plate": QT_TRANSLATE_NOOP("field", "Truck plates"),
    "trailer_plate": QT_TRANSLATE_NOOP("field", "Trailer plates"),
    "driver_name": QT_TRANSLATE_NOOP("field", "Driver"),
    "driver_phone": QT_TRANSLATE_NOOP("field", "Driver's phone"),
    "planned_loading": QT_TRANSLATE_NOOP("field", "Planned loading"),
    "planned_crossing": QT_TRANSLATE_NOOP("field", "Planned crossing"),
    "planned_arrival": QT_TRANSLATE_NOOP("field", "Planned arrival"),
    "pledged_on": QT_TRANSLATE_NOOP("field", "Pledged on"),
    "consent_date": QT_TRANSLATE_NOOP("field", "Consent date"),
    "consent_signer": QT_TRANSLATE_NOOP("field", "Consent signed by"),
    "consent": QT_TRANSLATE_NOOP("field", "Recipient's consent"),
    "loaded_on": QT_TRANSLATE_NOOP("field", "Loaded on"),
    "crossed_on": QT_TRANSLATE_NOOP("field", "Crossed the border on"),
    "cleared_on": QT_TRANSLATE_NOOP("field", "Cleared on"),
    "clearance_ref": QT_TRANSLATE_NOOP("field", "Customs clearance reference"),
    "delivered_on": QT_TRANSLATE_NOOP("field", "Delivered on"),
    "handover_act_no": QT_TRANSLATE_NOOP("field", "Handover act (D6) No."),
    "ahars_code": QT_TRANSLATE_NOOP("field", "AHARS unique code"),
    "ahars_created_on": QT_TRANSLATE_NOOP("field", "AHARS code issued on"),
    "declaration_no": QT_TRANSLATE_NOOP("field", "AHARS declaration No."),
    "declaration_created_on": QT_TRANSLATE_NOOP("field", "Declaration created on"),
    "export_route": QT_TRANSLATE_NOOP("field", "Export declaration"),
    "export_mrn": QT_TRANSLATE_NOOP("field", "Export MRN"),
    "cmr_no": QT_TRANSLATE_NOOP("field", "CMR No."),
    "council_decision": QT_TRANSLATE_NOOP("field", "Council decision"),
    "report_filed_on": QT_TRANSLATE_NOOP("field", "Report filed on"),
    "report_ref": QT_TRANSLATE_NOOP("field", "Report reference"),
    "report": QT_TRANSLATE_NOOP("field", "AHARS report"),
    "notes": QT_TRANSLATE_NOOP("field", "Notes"),
    "reason": QT_TRANSLATE_NOOP("field", "Reason"),
    "note": QT_TRANSLATE_NOOP("field", "Note"),
    "shipment": QT_TRANSLATE_NOOP("field", "Shipment"),
    "lines": QT_TRANSLATE_NOOP("field", "Goods lines"),
    "line": QT_TRANSLATE_NOOP("field", "Line"),
    "checklist": QT_TRANSLATE_NOOP("field", "Checklist"),
    "distributions": QT_TRANSLATE_NOOP("field", "Distributions"),
    "category": QT_TRANSLATE_NOOP("field", "Category"),
    "description": QT_TRANSLATE_NOOP("field", "Description"),
    "description_en": QT_TRANSLATE_NOOP("field", "Description (English)"),
    "hs_code": QT_TRANSLATE_NOOP("field", "HS code"),
    "national_code": QT_TRANSLATE_NOOP("field", "UKTZED code"),
    "qty_milli": QT_TRANSLATE_NOOP("field", "Quantity"),
    "quantity": QT_TRANSLATE_NOOP("field", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("field", "Unit"),
    "packages": QT_TRANSLATE_NOOP("field", "Packages"),
    "net_g": QT_TRANSLATE_NOOP("field", "Net weight"),
    "gross_g": QT_TRANSLATE_NOOP("field", "Gross weight"),
    "unit_value_minor": QT_TRANSLATE_NOOP("field", "Unit value"),
    "value_minor": QT_TRANSLATE_NOOP("field", "Value"),
    "condition": QT_TRANSLATE_NOOP("field", "Condition"),
    "wear_pct": QT_TRANSLATE_NOOP("field", "Wear %"),
    "expiry_date": QT_TRANSLATE_NOOP("field", "Expiry date"),
    "assets": QT_TRANSLATE_NOOP("field", "Serial numbers / VINs"),
    "vin": QT_TRANSLATE_NOOP("field", "VIN"),
    "serial_no": QT_TRANSLATE_NOOP("field", "Serial number"),
    "odometer_km": QT_TRANSLATE_NOOP("field", "Odometer"),
    "received": QT_TRANSLATE_NOOP("field", "Received quantity"),
    "received_good_milli": QT_TRANSLATE_NOOP("field", "Received in good order"),
    "acquirer": QT_TRANSLATE_NOOP("field", "Acquirer"),
    "name_en": QT_TRANSLATE_NOOP("field", "Name"),
    "edrpou": QT_TRANSLATE_NOOP("field", "EDRPOU"),
    "ahars_recipient_no": QT_TRANSLATE_NOOP("field", "AHARS recipient No."),
    "eori": QT_TRANSLATE_NOOP("field", "EORI"),
    "email": QT_TRANSLATE_NOOP("field", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("field", "Phone"),
    "own_city": QT_TRANSLATE_NOOP("field", "Ukrainian city"),
    "partner_city": QT_TRANSLATE_NOOP("field", "Partner city"),
    "partner_country": QT_TRANSLATE_NOOP("field", "Country"),
    "needed_by": QT_TRANSLATE_NOOP("field", "Needed by"),
    "requested_on": QT_TRANSLATE_NOOP("field", "Requested on"),
    "file": QT_TRANSLATE_NOOP("field", "File"),
    "status": QT_TRANSLATE_NOOP("field", "Status"),
    "name_uk": QT_TRANSLATE_NOOP("field", "Name in Ukrainian"),
    "name_native": QT_TRANSLATE_NOOP("field", "Name in its own language"),
    "country": QT_TRANSLATE_NOOP("field", "Country"),
    "settlement": QT_TRANSLATE_NOOP("field", "Settlement"),
    "address": QT_TRANSLATE_NOOP("field", "Address"),
    "signatory_name": QT_TRANSLATE_NOOP("field", "Signatory"),
    "signatory_position": QT_TRANSLATE_NOOP("field", "Signatory's position"),
    "is_charity": QT_TRANSLATE_NOOP("field", "Charity"),
}

PROBLEMS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("messages", "{field} is required"),
    "length": QT_TRANSLATE_NOOP("messages", "{field} must be {expected} characters long, got "
                                            "{actual}"),
    "digits": QT_TRANSLATE_NOOP("messages", "{field} must contain digits only"),
    "checksum": QT_TRANSLATE_NOOP("messages", "{field} {value}: the check digit should be "
                                              "{expected}"),
    "vin_chars": QT_TRANSLATE_NOOP("messages", "{field} {value}: a VIN uses digits and capital "
                                               "letters except I, O and Q"),
    "format": QT_TRANSLATE_NOOP("messages", "{field} {value} is not in the expected format "
                                            "({expected})"),
    "unknown_currency": QT_TRANSLATE_NOOP("messages", "{field}: {value} is not an ISO 4217 "
                                                      "currency code"),
    "currency_replaced": QT_TRANSLATE_NOOP("messages", "{field}: {value} was replaced by "
                                                       "{replacement} on {since}"),
    "unknown_category": QT_TRANSLATE_NOOP("messages", "{field}: {value} is not a known category"),
    "unknown_unit": QT_TRANSLATE_NOOP("messages", "{field}: {value} is not a known unit"),
    "unknown_choice": QT_TRANSLATE_NOOP("messages", "{field}: {value} is not one of {allowed}"),
    "positive": QT_TRANSLATE_NOOP("messages", "{field} must be greater than zero, got {value}"),
    "not_negative": QT_TRANSLATE_NOOP("messages", "{field} must not be negative, got {value}"),
    "whole": QT_TRANSLATE_NOOP("messages", "{field} must be a whole number for unit {unit}, got "
                                           "{value}"),
    "range": QT_TRANSLATE_NOOP("messages", "{field} must be between {min} and {max}, got {value}"),
    "not_a_number": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is not a number"),
    "too_precise": QT_TRANSLATE_NOOP("messages", "{field}: {value} has more than {places} "
                                                 "decimal places"),
    "not_a_date": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is not a date (use "
                                                "DD.MM.YYYY)"),
    "date_order": QT_TRANSLATE_NOOP("messages", "{field} ({value}) must not be before "
                                                "{other_field} ({other})"),
    "gross_below_net": QT_TRANSLATE_NOOP("messages", "{field}: gross weight {gross} kg is less "
                                                     "than net weight {net} kg"),
    "prefix_mismatch": QT_TRANSLATE_NOOP("messages", "{field} {value} must start with the HS "
                                                     "code {hs}"),
    "forbidden_chapter": QT_TRANSLATE_NOOP("messages", "{field} {value}: arms and ammunition "
                                                       "(chapter 93) cannot be aid"),
    "wear_for_new": QT_TRANSLATE_NOOP("messages", "{field}: wear % applies only to used goods"),
    "serial_count": QT_TRANSLATE_NOOP("messages", "{field}: {count} serials/VINs given for a "
                                                  "quantity of {quantity}"),
    "duplicate": QT_TRANSLATE_NOOP("messages", "{field} {value} appears more than once"),
    "too_long": QT_TRANSLATE_NOOP("messages", "{field} is longer than {max}"),
    "checklist_open": QT_TRANSLATE_NOOP("messages", "tick or override the checklist item {rule} "
                                                    "first: {item}"),
    "ahars_code_missing": QT_TRANSLATE_NOOP("messages", "record the AHARS unique code first"),
    "ahars_code_expired": QT_TRANSLATE_NOOP("messages", "the AHARS code expired on "
                                                        "{valid_until}, before the crossing "
                                                        "{crossing}: get a new code"),
    "consent_missing": QT_TRANSLATE_NOOP("messages", "record the recipient's written consent "
                                                     "(date and signer) first"),
    "parties_missing": QT_TRANSLATE_NOOP("messages", "set the donor and the recipient first"),
    "no_lines": QT_TRANSLATE_NOOP("messages", "add at least one goods line first"),
    "hs_missing": QT_TRANSLATE_NOOP("messages", "line {row}: enter the HS code (required from "
                                                "“ready” on)"),
    "loading_date_missing": QT_TRANSLATE_NOOP("messages", "record the loading date first"),
    "cmr_missing": QT_TRANSLATE_NOOP("messages", "record the CMR number for goods carried in a "
                                                 "vehicle first"),
    "mrn_missing": QT_TRANSLATE_NOOP("messages", "record the export MRN (electronic export) first"),
    "crossing_missing": QT_TRANSLATE_NOOP("messages", "record the border crossing and the date "
                                                      "first"),
    "clearance_missing": QT_TRANSLATE_NOOP("messages", "record the customs clearance date and "
                                                       "reference first"),
    "receipt_missing": QT_TRANSLATE_NOOP("messages", "line {row}: record the received "
                                                     "quantities first (Distribution tab → "
                                                     "Record receipt)"),
    "handover_missing": QT_TRANSLATE_NOOP("messages", "record the handover act (D6) number and "
                                                      "the delivery date first"),
    "no_distribution": QT_TRANSLATE_NOOP("messages", "record the first distribution (D8) first"),
    "balance_open": QT_TRANSLATE_NOOP("messages", "line {row}: {balance} {unit} still to "
                                                  "distribute or write off"),
    "over_distribution": QT_TRANSLATE_NOOP("messages", "line {row}: only {available} {unit} "
                                                       "left to distribute, asked {asked}"),
    "report_missing": QT_TRANSLATE_NOOP("messages", "record the AHARS report date and reference "
                                                    "first"),
    "reason_required": QT_TRANSLATE_NOOP("messages", "give a reason"),
    "not_received": QT_TRANSLATE_NOOP("messages", "line {row}: nothing was received yet"),
}

ERRORS: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("messages", "Something went wrong."),
    "not_ready": QT_TRANSLATE_NOOP("messages", "The database file is still being checked. Try "
                                               "again in a moment."),
    "not_found": QT_TRANSLATE_NOOP("messages", "{entity} {key} was not found. Someone may have "
                                               "changed it; refresh the list."),
    "invalid_transition": QT_TRANSLATE_NOOP("messages", "A shipment that is “{status}” cannot "
                                                        "do “{event}”. Possible now: {allowed}."),
    "guard_failed": QT_TRANSLATE_NOOP("messages", "Not yet possible: “{event}”. To do "
                                                  "first:\n{problems}"),
    "edit_conflict": QT_TRANSLATE_NOOP("messages", "{key} was saved by {who} at {when} while "
                                                   "you were editing. Nothing was overwritten: "
                                                   "reload to see their version."),
    "shipment_locked": QT_TRANSLATE_NOOP("messages", "Shipment {reference} is “{status}” and "
                                                     "locked: changes are saved only as an "
                                                     "amendment with a reason."),
    "wrong_status": QT_TRANSLATE_NOOP("messages", "Not possible now: {reference} is “{status}”; "
                                                  "this needs the state {allowed}."),
    "validation": QT_TRANSLATE_NOOP("messages", "Not saved. Please correct:\n{problems}"),
    "storage": QT_TRANSLATE_NOOP("messages", "Cannot write to the database ({reason}): disk "
                                             "full or share unavailable — nothing lost, nothing "
                                             "saved. Your entries are kept; try again when the "
                                             "disk or network is back."),
    "database_refused": QT_TRANSLATE_NOOP("messages", "This file was not opened: {reason}. It "
                                                      "was left exactly as it was.\n{path}"),
    "backup_failed": QT_TRANSLATE_NOOP("messages", "The backup {path} failed: {reason}. The "
                                                   "database itself is unchanged."),
    "export_cancelled": QT_TRANSLATE_NOOP("messages", "The export was cancelled after {done} "
                                                      "shipments; the previous file is "
                                                      "unchanged."),
    "import_rejected": QT_TRANSLATE_NOOP("messages", "The file was not imported: {reason}. "
                                                     "Nothing was changed."),
    "unprintable_characters": QT_TRANSLATE_NOOP("messages", "Cannot print {field}: the font has "
                                                            "no glyphs for {chars}. Change the "
                                                            "text first."),
    "document_not_applicable": QT_TRANSLATE_NOOP("messages", "This document cannot be made for "
                                                             "this shipment yet ({reason})."),
    "rule_syntax": QT_TRANSLATE_NOOP("messages", "The checklist rule {rule} is not valid: "
                                                 "{reason}. Update the reference data."),
    "rule_data": QT_TRANSLATE_NOOP("messages", "The checklist rule {rule} is not valid: "
                                               "{reason}. Update the reference data."),
}

REASONS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("messages", "the file is empty, not an AidTracker database"),
    "foreign": QT_TRANSLATE_NOOP("messages", "the file is a database of another program, not "
                                             "AidTracker"),
    "corrupt": QT_TRANSLATE_NOOP("messages", "the file is damaged"),
    "newer_schema": QT_TRANSLATE_NOOP("messages", "the file was written by a newer AidTracker; "
                                                  "update the program"),
    "not_a_database": QT_TRANSLATE_NOOP("messages", "the file is not an AidTracker database"),
    "sqlite_too_old": QT_TRANSLATE_NOOP("messages", "the SQLite library is too old"),
    "missing": QT_TRANSLATE_NOOP("messages", "there is no such file"),
    "exists": QT_TRANSLATE_NOOP("messages", "a file already exists there"),
    "readonly": QT_TRANSLATE_NOOP("messages", "the file or its folder is read-only"),
    "locked": QT_TRANSLATE_NOOP("messages", "the file is locked by another computer or program"),
    "full": QT_TRANSLATE_NOOP("messages", "the disk is full"),
    "io": QT_TRANSLATE_NOOP("messages", "the disk or the network share failed"),
}


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(name: str) -> str:
    return _translate("field", FIELDS[name]) if name in FIELDS else name


def problem_text(problem: Problem) -> str:
    """One problem as an instruction: 'line 2: Quantity must be greater than zero, got 0'."""
    from aidtracker.catalogue import PROBLEM_TEXTS

    source = PROBLEMS.get(problem.rule)
    template = _translate("messages", source) if source else PROBLEM_TEXTS.get(
        problem.rule, "{field}: " + problem.rule)
    values = Lenient({k: choice_label(v) if isinstance(v, str) else v
                       for k, v in problem.params.items()})
    values["field"] = field_label(problem.field)
    values["row"] = problem.row
    if problem.rule == "checklist_open":
        values["item"] = _rule_text(str(problem.params.get("rule", "")),
                                    str(problem.params.get("item", "")))
    if "other_field" in problem.params:
        values["other_field"] = field_label(str(problem.params["other_field"]))
    text = template.format_map(values)
    if problem.row is not None and "{row}" not in template:
        text = _translate("messages", "line {row}: {text}").format(row=problem.row, text=text)
    return text


def error_text(error: AidTrackerError) -> str:
    """A whole error as a sentence; problems one per line."""
    params: dict[str, object] = dict(error.params)
    problems = params.get("problems")
    if problems:
        params["problems"] = "\n".join(f"• {problem_text(p)}" for p in problems)  # type: ignore[union-attr]
    reason = str(params.get("reason", ""))
    if error.code == "import_rejected":  # its reasons share names with the database's
        params["reason"] = _import_reason(reason)
    elif reason in REASONS:
        params["reason"] = _translate("messages", REASONS[reason])
    if "status" in params:
        params["status"] = status_label(str(params["status"]))
    if "event" in params:
        params["event"] = event_label(str(params["event"]))
    if error.code == "wrong_status":
        params["allowed"] = " / ".join(status_label(str(s)) for s in params["allowed"])  # type: ignore[union-attr]
    elif isinstance(params.get("allowed"), list | tuple):
        params["allowed"] = ", ".join(event_label(str(e)) for e in params["allowed"]) or "—"  # type: ignore[union-attr]
    source = ERRORS.get(error.code, ERRORS["error"])
    return _translate("messages", source).format_map(Lenient(params))


def _rule_text(rule_id: str, fallback: str) -> str:
    """A checklist rule's item in the user's language (the core words it in English)."""
    from aidtracker.rules import load_checklist_rules
    from ui.texts.i18n import current_language

    if current_language() != "uk":
        return fallback
    for rule in load_checklist_rules():
        if rule.id == rule_id:
            return rule.item_uk
    return fallback


def _import_reason(reason: str) -> str:
    from aidtracker.importer.errors import REJECT_REASONS

    text = REJECT_REASONS.get(reason)
    return _translate("ImportProblems", text) if text else reason


QT_TRANSLATE_NOOP("messages", "line {row}: {text}")
