"""Formats of a shipment header's identifiers, checked where they are typed (DOMAIN.md §9.5).

MRN: 18 characters, a two-digit year, a two-letter country, 13 letters or digits and a check
character (ISO 6346 weighting, as the EU's MRN uses it; a wrong one is a warning, since offices
differ on it). AHARS unique code: at least 6 letters, digits, '-' or '/', with a digit, and used
by one shipment only. Plates: upper case without spaces or hyphens. The crossing: from the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sqlite_utils import Database

from aidtracker.domain import LineItem, Problem, Severity, Shipment
from aidtracker.reference import crossings
from aidtracker.validate import check_edrpou, check_eori, check_vin, normalise_edrpou

_MRN = re.compile(r"[0-9]{2}[A-Z]{2}[A-Z0-9]{14}")
_AHARS = re.compile(r"[A-Z0-9][A-Z0-9/\-]{4,}[A-Z0-9]", re.IGNORECASE)
_PLATE_JUNK = re.compile(r"[\s\-]")
_ISO6346 = {**{str(d): d for d in range(10)},
            **{ch: v for ch, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                      [v for v in range(10, 39) if v % 11], strict=True)}}


def normalise_plate(text: str) -> str:
    """'m ab-1234' → 'MAB1234'."""
    return _PLATE_JUNK.sub("", text).upper()


def mrn_check_character(first17: str) -> str:
    """The 18th character of an MRN: Σ value × 2^position mod 11, 10 counting as 0."""
    total = sum(_ISO6346[ch] * 2**i for i, ch in enumerate(first17))
    return str(total % 11 % 10)


def check_mrn(value: str, field: str = "export_mrn") -> list[Problem]:
    mrn = value.strip().upper()
    if not mrn:
        return []
    if not _MRN.fullmatch(mrn):
        return [Problem(field=field, rule="format", params={
            "value": value, "expected": "18 characters: 2-digit year, country, 13 characters, "
                                        "check character"})]
    expected = mrn_check_character(mrn[:17])
    if mrn[17] != expected:
        return [Problem(field=field, rule="checksum", severity=Severity.WARNING,
                        params={"value": mrn, "expected": expected})]
    return []


def check_ahars_code(value: str, field: str = "ahars_code") -> list[Problem]:
    code = value.strip()
    if code and not (_AHARS.fullmatch(code) and any(ch.isdigit() for ch in code)):
        return [Problem(field=field, rule="format", params={
            "value": value, "expected": "6 or more letters, digits, '-' or '/', with a digit"})]
    return []


def header_format_problems(s: Shipment) -> list[Problem]:
    """MRN, AHARS code, crossing (the plates are normalised, not refused)."""
    problems = check_mrn(s.export_mrn) + check_ahars_code(s.ahars_code)
    if s.crossing and s.crossing not in crossings():
        problems.append(Problem(field="crossing", rule="unknown_choice", params={
            "value": s.crossing, "allowed": ", ".join(sorted(crossings()))}))
    return problems


def ahars_code_taken(db: Database, s: Shipment) -> list[Problem]:
    """An AHARS unique code already recorded on another shipment."""
    if not s.ahars_code.strip():
        return []
    row = db.conn.execute("SELECT reference FROM shipment WHERE upper(ahars_code) = upper(?)"
                          " AND id != ? LIMIT 1", (s.ahars_code.strip(), s.id or 0)).fetchone()
    if row is None:
        return []
    return [Problem(field="ahars_code", rule="ahars_code_taken",
                    params={"value": s.ahars_code, "reference": row[0]})]


def duplicate_vins(db: Database, lines: Sequence[LineItem], reference: str = "") -> list[Problem]:
    """VINs/serials already on another active shipment's active line (one vehicle, once)."""
    problems: list[Problem] = []
    for line in lines:
        for asset in line.assets:
            if not asset.vin:
                continue
            other = db.conn.execute(
                "SELECT s.reference FROM asset a JOIN line_item l ON l.id = a.line_id"
                " JOIN shipment s ON s.id = l.shipment_id WHERE upper(a.vin) = upper(?)"
                " AND l.voided_at IS NULL AND s.reference != ?"
                " AND s.status NOT IN ('cancelled', 'returned', 'lost', 'closed') LIMIT 1",
                (asset.vin, reference)).fetchone()
            if other is not None:
                problems.append(Problem(field="vin", rule="vin_elsewhere", row=line.line_no,
                                        params={"value": asset.vin, "reference": other[0]}))
    return problems


# --- checked as typed (the window marks the field while the user types) ---------------------

_PLATE = re.compile(r"[^\W_]{3,10}")  # letters of any alphabet and digits, after normalising


def check_plate(value: str, field: str = "truck_plate") -> list[Problem]:
    """A plate that cannot be one (a warning: plates are normalised, never refused)."""
    plate = normalise_plate(value)
    if plate and not _PLATE.fullmatch(plate):
        return [Problem(field=field, rule="format", severity=Severity.WARNING,
                        params={"value": value, "expected": "3 to 10 letters or digits"})]
    return []


def _edrpou_or_rnokpp(value: str, field: str) -> list[Problem]:
    code = normalise_edrpou(value)
    return [] if len(code) == 10 and code.isdigit() else check_edrpou(code, field)


_TYPED: dict[str, Callable[[str, str], list[Problem]]] = {
    "export_mrn": check_mrn, "ahars_code": check_ahars_code, "truck_plate": check_plate,
    "trailer_plate": check_plate, "eori": check_eori, "edrpou": _edrpou_or_rnokpp,
    "vin": lambda value, field: check_vin(value, field),
}
TYPED_FIELDS = frozenset(_TYPED)


def check_typed(field: str, text: str) -> list[Problem]:
    """The format problems of one field's text while it is typed: empty text has none (that a
    field is required is for the save to say); a field without a format has none."""
    check = _TYPED.get(field)
    return check(text, field) if check is not None and text.strip() else []
