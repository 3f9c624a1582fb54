"""Field validators (DOMAIN.md §9): each returns ``list[Problem]``, empty when the value is valid.

Plain Python, no I/O beyond the reference tables, no Qt. ``Problem.field`` names the dataclass field
(``edrpou``, ``vin``, ``hs_code``…) so a form can mark it; ``row`` carries an import or line row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from aidtracker.domain import (
    Asset,
    AssetKind,
    Condition,
    LineItem,
    Organisation,
    OrgKind,
    Problem,
    Severity,
    Shipment,
    Unit,
)
from aidtracker.money import decimal_text, grams_to_kg, milli_to_decimal
from aidtracker.reference import categories, category_flags, currencies, hs_known

BLOCKING, WARNING = Severity.BLOCKING, Severity.WARNING

_DIGITS = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() also accepts '²' and '٣'
_VIN = re.compile(r"[0-9A-HJ-NPR-Z]+")
_EORI = re.compile(r"[A-Z]{2}[A-Z0-9]{1,15}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_PHONE = re.compile(r"\+[1-9][0-9]{6,14}")
_PHONE_PUNCT = re.compile(r"[\s\-().]")
_HS_PUNCT = re.compile(r"[\s.]")

WHOLE_UNITS = frozenset({Unit.PCS, Unit.PAIR, Unit.SET, Unit.CARTON, Unit.PACK})
VIN_YEAR = 1981  # ISO 3779: 17-character VINs from this model year on
EURO_DAY = {"BGN": date(2026, 1, 1)}  # currency → first day it is replaced by EUR

_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _kg(grams: int) -> str:
    return decimal_text(grams_to_kg(grams))


def _qty(milli: int) -> str:
    return decimal_text(milli_to_decimal(milli))


def _is_digits(text: str) -> bool:
    return _DIGITS.fullmatch(text) is not None


def _problem(
    field: str, rule: str, row: int | None, severity: Severity = BLOCKING, **params: object
) -> Problem:
    return Problem(field=field, rule=rule, params=params, row=row, severity=severity)


# --- EDRPOU (§9.1) -------------------------------------------------------------------------------


def normalise_edrpou(value: str) -> str:
    """The code without any whitespace: '3285 5961' → '32855961'."""
    return "".join(value.split())


def edrpou_check_digit(first7: str) -> int:
    """The 8th digit of an EDRPOU computed from the first seven (DOMAIN.md §9.1).

    Raises:
        ValueError: ``first7`` is not exactly seven ASCII digits.
    """
    if len(first7) != 7 or not _is_digits(first7):
        raise ValueError(f"need 7 digits, got {first7!r}")
    digits = [int(c) for c in first7]
    weights = (7, 1, 2, 3, 4, 5, 6) if digits[0] in (3, 4, 5) else (1, 2, 3, 4, 5, 6, 7)
    for extra in (0, 2):
        r = sum(d * (w + extra) for d, w in zip(digits, weights, strict=True)) % 11
        if r < 10:
            return r
    return 0


def check_edrpou(value: str, field: str = "edrpou", row: int | None = None) -> list[Problem]:
    """Exactly 8 digits (spaces ignored) with a correct check digit; all blocking."""
    code = normalise_edrpou(value)
    if not code:
        return [_problem(field, "required", row)]
    problems = []
    if not _is_digits(code):
        problems.append(_problem(field, "digits", row, value=code))
    if len(code) != 8:
        problems.append(_problem(field, "length", row, expected=8, actual=len(code)))
    if problems:
        return problems
    expected = edrpou_check_digit(code[:7])
    if int(code[7]) != expected:
        return [_problem(field, "checksum", row, value=code, expected=str(expected))]
    return []


# --- VIN (§9.2) ----------------------------------------------------------------------------------


def normalise_vin(value: str) -> str:
    """Upper case without whitespace: ' zzd0amb 2026000001' → 'ZZD0AMB2026000001'."""
    return "".join(value.split()).upper()


def vin_check_digit(vin: str) -> str:
    """The North-American check digit (position 9) of a 17-character VIN: a digit or 'X'.

    For information only: European VINs usually do not use it.

    Raises:
        ValueError: not 17 characters from the VIN alphabet.
    """
    vin = normalise_vin(vin)
    if len(vin) != 17 or not _VIN.fullmatch(vin):
        raise ValueError(f"not a VIN: {vin!r}")
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return "X" if total == 10 else str(total)


def check_vin(value: str, field: str = "vin", row: int | None = None) -> list[Problem]:
    """17 characters, digits and capitals except I, O, Q; the check digit never blocks."""
    vin = normalise_vin(value)
    if not vin:
        return [_problem(field, "required", row)]
    problems = []
    if not _VIN.fullmatch(vin):
        problems.append(_problem(field, "vin_chars", row, value=vin))
    if len(vin) != 17:
        problems.append(_problem(field, "length", row, expected=17, actual=len(vin)))
    return problems


# --- HS / CN / UKTZED (§9.3) ---------------------------------------------------------------------


def normalise_hs(text: str) -> str:
    """Digits only, as stored: '8703.32' or '8703 32' → '870332'."""
    return _HS_PUNCT.sub("", text)


def check_hs(
    hs6: str,
    national: str = "",
    field: str = "hs_code",
    row: int | None = None,
    *,
    national_field: str = "national_code",
) -> list[Problem]:
    """HS6 of 6 digits, not chapter 93; a CN8/UKTZED10 ``national`` code must start with it."""
    hs = normalise_hs(hs6)
    if not hs:
        return [_problem(field, "required", row)]
    if len(hs) == 4 and _is_digits(hs) and hs_known(hs) and not national.strip():
        return [Problem(field, "hs_heading", {"value": hs}, row, WARNING)]
    if len(hs) != 6 or not _is_digits(hs):
        return [_problem(field, "format", row, value=hs6, expected="6 digits")]
    problems = []
    if not hs_known(hs):
        problems.append(_problem(field, "hs_unknown", row, value=hs))
    if hs.startswith("93"):
        problems.append(_problem(field, "forbidden_chapter", row, value=hs))
    code = normalise_hs(national)
    if not code:
        return problems
    if len(code) not in (8, 10) or not _is_digits(code):
        problems.append(
            _problem(national_field, "format", row, value=national, expected="8 or 10 digits")
        )
    elif not code.startswith(hs):
        problems.append(_problem(national_field, "prefix_mismatch", row, value=code, hs=hs))
    return problems


# --- Currencies, numbers, dates (§9.4, §9.6, §9.7) -----------------------------------------------


def check_currency(
    code: str, field: str = "currency", row: int | None = None, on: date | None = None
) -> list[Problem]:
    """A code from the reference table; BGN on or after 01.01.2026 is a warning."""
    if not code:
        return [_problem(field, "required", row)]
    if code not in currencies():
        return [_problem(field, "unknown_currency", row, value=code)]
    since = EURO_DAY.get(code)
    if since is None or on is None or on < since:
        return []
    params: dict[str, object] = {"value": code, "replacement": "EUR", "since": since.isoformat()}
    return [Problem(field, "currency_replaced", params, row, WARNING)]


def check_positive(
    value: int | Decimal, field: str, row: int | None = None, *, milli: bool = False
) -> list[Problem]:
    """``value`` > 0; with ``milli`` the text shows thousandths as a decimal (1500 → '1.5')."""
    if value > 0:
        return []
    shown = _qty(int(value)) if milli else str(value)
    return [_problem(field, "positive", row, value=shown)]


def check_date_order(
    pairs: Sequence[tuple[str, date | None]], row: int | None = None
) -> list[Problem]:
    """Dates that must not go backwards; ``None`` entries are skipped.

    Each date is compared with the previous date that is set; the later field gets the problem.
    """
    problems = []
    known = [(name, day) for name, day in pairs if day is not None]
    for (before, earlier), (name, later) in pairwise(known):
        if later < earlier:
            params = {"value": later.isoformat(), "other": earlier.isoformat()}
            problems.append(Problem(name, "date_order", {**params, "other_field": before}, row))
    return problems


SHIPMENT_DATE_CHAINS: tuple[tuple[str, ...], ...] = tuple(  # DOMAIN.md §9.6
    tuple(chain.split())
    for chain in (
        "pledged_on consent_date loaded_on crossed_on cleared_on delivered_on report_filed_on",
        "ahars_created_on declaration_created_on crossed_on",
        "planned_loading planned_crossing planned_arrival",
    )
)
_RECORD_DATES = ("pledged_on", "consent_date", "loaded_on", "planned_loading", "crossed_on")


# --- Records -------------------------------------------------------------------------------------


def validate_shipment(s: Shipment, *, today: date | None = None) -> list[Problem]:
    """Header checks: currency (dated by the first record date, else ``today``) and date order."""
    on = next((d for d in (getattr(s, f) for f in _RECORD_DATES) if d is not None), today)
    problems = check_currency(s.currency, on=on)
    for chain in SHIPMENT_DATE_CHAINS:
        problems += check_date_order([(name, getattr(s, name)) for name in chain])
    return problems


def validate_asset(asset: Asset, row: int | None = None) -> list[Problem]:
    """A vehicle needs a VIN (any chassis text before 1981); equipment needs a serial."""
    problems = []
    if asset.kind is AssetKind.EQUIPMENT:
        if not asset.serial_no.strip():
            problems.append(_problem("serial_no", "required", row))
    elif asset.year is None or asset.year >= VIN_YEAR:
        problems += check_vin(asset.vin, "vin", row)
    if asset.odometer_km is not None and asset.odometer_km < 0:
        problems.append(_problem("odometer_km", "not_negative", row, value=asset.odometer_km))
    return problems


def _asset_key(asset: Asset) -> tuple[str, str]:
    if asset.kind is AssetKind.VEHICLE and asset.vin.strip():
        return "vin", normalise_vin(asset.vin)
    return "serial_no", asset.serial_no.strip()


def _check_assets(assets: Sequence[Asset], qty_milli: int, row: int | None) -> list[Problem]:
    """Count against quantity, each asset (with its 1-based ``asset`` number), duplicates once."""
    problems = []
    vehicles = [a for a in assets if a.kind is AssetKind.VEHICLE]
    if (assets and len(assets) * 1000 > qty_milli) or (
            vehicles and len(vehicles) * 1000 != qty_milli):
        problems.append(
            _problem("assets", "serial_count", row, count=len(assets), quantity=_qty(qty_milli))
        )
    for n, asset in enumerate(assets, start=1):
        problems += [
            replace(p, params={**p.params, "asset": n}) for p in validate_asset(asset, row)
        ]
    seen: set[tuple[str, str]] = set()
    reported: set[tuple[str, str]] = set()
    for key in map(_asset_key, assets):
        if key[1] and key in seen and key not in reported:
            problems.append(_problem(key[0], "duplicate", row, value=key[1]))
            reported.add(key)
        seen.add(key)
    return problems


def _check_category(category: str, row: int | None) -> list[Problem]:
    if not category:
        return [_problem("category", "required", row)]
    if category not in categories():
        return [_problem("category", "unknown_category", row, value=category)]
    if "forbidden" in category_flags(category):
        return [_problem("category", "forbidden_chapter", row, value=category)]
    return []


def _check_quantity(line: LineItem, row: int | None) -> list[Problem]:
    problems = check_positive(line.qty_milli, "qty_milli", row, milli=True)
    if not problems and line.unit in WHOLE_UNITS and line.qty_milli % 1000:
        problems.append(
            _problem("qty_milli", "whole", row, unit=str(line.unit), value=_qty(line.qty_milli))
        )
    return problems


def _check_weights(net_g: int, gross_g: int, row: int | None) -> list[Problem]:
    problems = [
        _problem(name, "not_negative", row, value=_kg(grams))
        for name, grams in (("net_g", net_g), ("gross_g", gross_g))
        if grams < 0
    ]
    if net_g > 0 and gross_g > 0 and gross_g < net_g:
        problems.append(
            _problem("gross_g", "gross_below_net", row, gross=_kg(gross_g), net=_kg(net_g))
        )
    return problems


def _check_values(line: LineItem, row: int | None) -> list[Problem]:
    values = (("unit_value_minor", line.unit_value_minor), ("value_minor", line.value_minor))
    return [
        _problem(name, "not_negative", row, value=v)
        for name, v in values
        if v is not None and v < 0
    ]


def _check_wear(line: LineItem, row: int | None) -> list[Problem]:
    wear = line.wear_pct
    if wear is None:
        return []
    if not 0 <= wear <= 100:
        return [_problem("wear_pct", "range", row, min=0, max=100, value=wear)]
    if wear and line.condition is Condition.NEW:
        return [_problem("wear_pct", "wear_for_new", row, WARNING)]
    return []


@lru_cache(maxsize=1024)
def _hs_valid(hs6: str, national: str) -> bool:
    """No problem at all with these codes (a line's checks, remembered per code pair)."""
    return not check_hs(hs6, national)


def validate_line(line: LineItem, row: int | None = None) -> list[Problem]:
    """All checks of one goods line (§9.3, §9.7, assets §4.8); every problem carries ``row``."""
    problems = _check_category(line.category, row)
    if not (line.description.strip() or line.description_en.strip()):
        # one description suffices: an imported list's original-language text until the
        # Ukrainian one is filled in
        problems.append(_problem("description", "required", row))
    problems += _check_quantity(line, row)
    coded = line.hs_code.strip() or line.national_code.strip()
    if coded and not _hs_valid(line.hs_code, line.national_code):  # most repeat a valid code
        problems += check_hs(line.hs_code, line.national_code, row=row)
    problems += check_currency(line.currency, row=row)
    problems += _check_values(line, row)
    problems += _check_weights(line.net_g, line.gross_g, row)
    problems += _check_wear(line, row)
    problems += _check_assets(line.assets, line.qty_milli, row)
    return problems


_CONTACT_FORMATS = (  # field, pattern, characters to drop, expected format (all warnings)
    ("eori", _EORI, re.compile(r"\s"), "2-letter country code + up to 15 letters or digits"),
    ("email", _EMAIL, re.compile(r"^\s+|\s+$"), "name@example.org"),
    ("phone", _PHONE, _PHONE_PUNCT, "E.164, e.g. +380441234567"),
)


def _check_org_contacts(org: Organisation) -> list[Problem]:
    problems = []
    for name, pattern, drop, expected in _CONTACT_FORMATS:
        raw = getattr(org, name)
        text = drop.sub("", raw)
        if text and not pattern.fullmatch(text):
            problems.append(_problem(name, "format", None, WARNING, value=raw, expected=expected))
    return problems


def validate_organisation(org: Organisation) -> list[Problem]:
    """A name; EDRPOU format and check digit when given; EORI, e-mail, phone as warnings.

    Whether a Ukrainian recipient must have an EDRPOU is the caller's business rule. A person
    (sole trader) may carry a 10-digit RNOKPP in the same field instead (format check only).
    """
    problems = []
    if not org.display_name.strip():
        problems.append(_problem("name_en", "required", None))
    code = normalise_edrpou(org.edrpou)
    rnokpp = org.kind is OrgKind.PERSON and len(code) == 10 and _is_digits(code)
    if code and not rnokpp:
        problems += check_edrpou(code)
    return problems + _check_org_contacts(org)


def check_eori(value: str, field: str = "eori") -> list[Problem]:
    """An EORI number: a 2-letter country code and up to 15 letters or digits (a warning)."""
    text = re.sub(r"\s", "", value)
    if text and not _EORI.fullmatch(text):
        return [_problem(field, "format", None, WARNING, value=value,
                         expected="2-letter country code + up to 15 letters or digits")]
    return []
