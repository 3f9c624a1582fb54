"""English wording of error and problem codes, used by the CLI and as the UI's source strings.

The UI translates by code (``ui/texts/messages.py``); this module keeps the core's own words so that
the CLI and logs say something readable without Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aidtracker.domain import Problem
    from aidtracker.errors import AidTrackerError

PROBLEM_TEXTS: dict[str, str] = {
    "required": "{field} is required",
    "length": "{field} must be {expected} characters long, got {actual}",
    "digits": "{field} must contain digits only",
    "checksum": "{field} {value}: the check digit should be {expected}",
    "vin_chars": "{field} {value}: a VIN uses digits and capital letters except I, O and Q",
    "format": "{field} {value} is not in the expected format ({expected})",
    "unknown_currency": "{field}: {value} is not an ISO 4217 currency code",
    "currency_replaced": "{field}: {value} was replaced by {replacement} on {since}",
    "unknown_category": "{field}: {value} is not a known category",
    "unknown_unit": "{field}: {value} is not a known unit",
    "unknown_choice": "{field}: {value} is not one of {allowed}",
    "positive": "{field} must be greater than zero, got {value}",
    "not_negative": "{field} must not be negative, got {value}",
    "whole": "{field} must be a whole number for unit {unit}, got {value}",
    "range": "{field} must be between {min} and {max}, got {value}",
    "not_a_number": "{field}: {value!r} is not a number",
    "too_precise": "{field}: {value} has more than {places} decimal places",
    "not_a_date": "{field}: {value!r} is not a date (use YYYY-MM-DD or DD.MM.YYYY)",
    "date_order": "{field} ({value}) must not be before {other_field} ({other})",
    "gross_below_net": "{field}: gross weight {gross} kg is less than net weight {net} kg",
    "prefix_mismatch": "{field} {value} must start with the HS code {hs}",
    "forbidden_chapter": "{field} {value}: arms and ammunition (chapter 93) cannot be aid",
    "wear_for_new": "{field}: wear % applies only to used goods",
    "serial_count": "{field}: {count} serials/VINs given for a quantity of {quantity}",
    "duplicate": "{field} {value} appears more than once",
    "too_long": "{field} is longer than {max} characters",
    "checklist_open": "checklist item {rule} is still open: {item}",
    "ahars_code_missing": "record the AHARS unique code first",
    "ahars_code_expired": "the AHARS code expired on {valid_until}, before the crossing {crossing}",
    "consent_missing": "record the recipient's written consent (date and signer) first",
    "parties_missing": "set the donor and the recipient first",
    "no_lines": "add at least one goods line first",
    "hs_missing": "line {row}: the HS code is required from 'ready' on",
    "loading_date_missing": "record the loading date first",
    "cmr_missing": "record the CMR number for goods carried in a vehicle first",
    "mrn_missing": "record the export MRN (electronic export) first",
    "crossing_missing": "record the border crossing first",
    "clearance_missing": "record the customs clearance date and reference first",
    "receipt_missing": "line {row}: record the received quantities first",
    "handover_missing": "record the handover act (D6) number and the delivery date first",
    "no_distribution": "record the first distribution (D8) first",
    "balance_open": "line {row}: {balance} {unit} still to distribute or write off",
    "over_distribution": "line {row}: only {available} {unit} left to distribute, asked {asked}",
    "report_missing": "record the AHARS report date and reference first",
    "reason_required": "give a reason",
    "not_received": "line {row}: nothing was received yet",
}

ERROR_TEXTS: dict[str, str] = {
    "error": "unexpected error",
    "not_found": "{entity} {key} not found",
    "invalid_transition": "cannot {event} a shipment that is {status} (possible: {allowed})",
    "guard_failed": "cannot {event}: {problems}",
    "edit_conflict": "{entity} {key} was changed by {who} at {when}; reload and try again",
    "shipment_locked": "shipment {reference} is {status} and locked: record an amendment instead",
    "wrong_status": "{action} is possible only when the shipment is {allowed}; "
    "{reference} is {status}",
    "validation": "{problems}",
    "storage": "cannot use the database file {path}: {reason} {detail}",
    "database_refused": "refused to open {path}: {reason} {detail}",
    "backup_failed": "backup {path} failed: {reason}",
    "document_not_applicable": "cannot print {kind} for this shipment: {reason}",
    "unprintable_characters": "{field}: the document font cannot print {chars}; change the text",
    "import_rejected": "the file cannot be imported: {reason} {detail}",
    "rule_syntax": "checklist rule {rule}: bad trigger {expr!r} ({reason})",
    "rule_data": "checklist rule data is invalid: {reason}",
    "export_cancelled": "the export was cancelled after {done} shipments; the previous file is "
    "unchanged",
}

DOCUMENT_REASONS: dict[str, str] = {
    "no_lines": "it has no goods lines",
    "no_vehicles": "it carries no vehicles",
    "no_distributions": "nothing has been distributed yet",
    "no_packages": "no packages are recorded on its lines",
    "no_checklist": "no checklist items apply",
    "not_cleared": "it has not cleared customs yet",
    "no_match": "the selected vehicle or act is not on this shipment",
}


def _reason_text(code: str, reason: str) -> str:
    if code == "document_not_applicable":
        return DOCUMENT_REASONS.get(reason, reason)
    if code == "import_rejected":
        from aidtracker.importer.errors import REJECT_REASONS

        return REJECT_REASONS.get(reason, reason)
    return REFUSAL_REASONS.get(reason, reason)

REFUSAL_REASONS: dict[str, str] = {
    "empty": "the file is empty, not an AidTracker database",
    "foreign": "the file is an SQLite database of another program, not AidTracker",
    "corrupt": "the file is damaged",
    "newer_schema": "the file was written by a newer AidTracker; update the program",
    "not_a_database": "the file is not an AidTracker database",
    "sqlite_too_old": "the SQLite library is too old",
    "missing": "no such file",
    "exists": "a file already exists there",
    "readonly": "the file or its folder is read-only",
    "locked": "the file is locked by another program",
    "full": "the disk is full; nothing was saved and nothing is lost",
    "io": "the disk or the network share failed; nothing was saved",
}


class Lenient(dict[str, object]):
    """Format values where a missing name prints as '?' instead of raising."""

    def __missing__(self, key: str) -> str:
        return "?"


def _template(rule: str) -> str:
    if rule in PROBLEM_TEXTS:
        return PROBLEM_TEXTS[rule]
    from aidtracker.importer.errors import IMPORT_PROBLEM_TEXTS

    return IMPORT_PROBLEM_TEXTS.get(rule, "{field}: " + rule)


def problem_text(problem: Problem) -> str:
    """Word one problem: '<row N: >field message'."""
    template = _template(problem.rule)
    values = Lenient(problem.params)
    values.setdefault("field", problem.field)
    values.setdefault("row", problem.row)
    text = template.format_map(values)
    if problem.row is not None and "{row}" not in template:
        text = f"row {problem.row}: {text}"
    return text


def error_text(error: AidTrackerError) -> str:
    """Word one error, problems joined by '; '."""
    params = dict(error.params)
    problems = params.get("problems")
    if isinstance(problems, list | tuple) and problems:
        params["problems"] = "; ".join(problem_text(p) for p in problems)
    if "reason" in params:
        params["reason"] = _reason_text(error.code, str(params["reason"]))
    allowed = params.get("allowed")
    if isinstance(allowed, list | tuple):
        params["allowed"] = ", ".join(map(str, allowed)) or "none"
    template = ERROR_TEXTS.get(error.code, error.code + ": {params}")
    values = Lenient(params)
    values.setdefault("params", error.params)
    return " ".join(template.format_map(values).split())
