"""Exact numbers: parse what offices type, convert to integer storage units, format for people.

Money is stored as integer minor units of an ISO 4217 currency, quantities as thousandths
(``milli``), weights as grams. Nothing here ever produces a float.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_GROUPING = re.compile(r"[\s\u00a0\u202f\u2009']")
_PLAIN = re.compile(r"^[+-]?[0-9]+(\.[0-9]+)?$", re.ASCII)


class NumberFormatError(ValueError):
    """The text is not a number (``reason``: empty | syntax | too_precise | not_finite)."""

    def __init__(self, text: str, reason: str = "syntax", places: int | None = None) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.text = text
        self.reason = reason
        self.places = places


def parse_decimal(text: str | int | Decimal, *, decimal_comma: bool | None = None) -> Decimal:
    """Parse '24.800,00', '3 500,00', '1,234.5', '0,1' or '12' into an exact Decimal.

    When both separators occur, the last one is the decimal separator. A lone comma is decimal
    unless ``decimal_comma`` is False; several commas (or several dots) are grouping.

    Raises:
        NumberFormatError: the text is not a finite number.
    """
    if isinstance(text, bool):
        raise NumberFormatError(str(text))
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberFormatError(str(text), "not_finite")
        return text
    raw = str(text)
    s = _GROUPING.sub("", raw.strip())
    if s.startswith("(") and s.endswith(")"):
        s = "-" + s[1:-1]
    if not s:
        raise NumberFormatError(raw, "empty")
    s = _normalise_separators(s, decimal_comma)
    if not _PLAIN.match(s):
        raise NumberFormatError(raw)
    try:
        return Decimal(s)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise NumberFormatError(raw) from exc


def _normalise_separators(s: str, decimal_comma: bool | None) -> str:
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        decimal_sep, group_sep = (",", ".") if s.rfind(",") > s.rfind(".") else (".", ",")
        whole, _, frac = s.rpartition(decimal_sep)
        if group_sep in frac:
            return "x"
        return _ungroup(whole, group_sep) + "." + frac
    if commas:
        if commas > 1 or decimal_comma is False:
            return _ungroup(s, ",")
        return s.replace(",", ".")
    if dots > 1 or (dots == 1 and decimal_comma is True and _looks_grouped(s, ".")):
        return _ungroup(s, ".")
    return s


def _looks_grouped(s: str, sep: str) -> bool:
    head, _, tail = s.partition(sep)
    return len(tail) == 3 and head.lstrip("+-").isdigit()


def _ungroup(s: str, sep: str) -> str:
    parts = s.lstrip("+-").split(sep)
    if not all(p.isdigit() for p in parts) or any(len(p) != 3 for p in parts[1:]):
        return "x"  # grouping in the wrong places: not a number we can trust
    return s.replace(sep, "")


MAX_UNITS = 2**63 - 1  # what an SQLite INTEGER holds


def to_units(value: Decimal, places: int, text: str | None = None) -> int:
    """Exact ``value × 10**places`` as int; refuses more decimals than ``places`` or too large.

    Works on the digits themselves, so no decimal context can round the value.
    """
    label = text or str(value)
    if not value.is_finite():
        raise NumberFormatError(label, "not_finite")
    sign, digits, exponent = value.as_tuple()
    shift = int(exponent) + places
    if shift < 0:
        kept, dropped = digits[:shift], digits[shift:]
        if any(dropped):
            raise NumberFormatError(label, "too_precise", places)
        digits, shift = kept, 0
    if len(digits) + shift > 19:
        raise NumberFormatError(label, "too_large")
    units: int = int("".join(map(str, digits)) or "0") * 10**shift
    if units > MAX_UNITS:
        raise NumberFormatError(label, "too_large")
    return -units if sign else units


def _exponent(currency: str) -> int:
    """The currency's minor-unit exponent (KeyError for an unknown code)."""
    # lazy: the currency tables load with the first amount, not with every start of the window
    from aidtracker.reference import currency_exponent

    return currency_exponent(currency)


def to_milli(value: str | int | Decimal) -> int:
    """A quantity or kg amount as thousandths: '0,1' → 100."""
    number = parse_decimal(value)
    return to_units(number, 3, str(value))


def to_minor(value: str | int | Decimal, currency: str) -> int:
    """An amount in minor units of ``currency``: '3 500,00' EUR → 350000."""
    number = parse_decimal(value)
    return to_units(number, _exponent(currency), str(value))


def round_to_minor(value: Decimal, currency: str) -> int:
    """Round half-up to the currency's minor unit (for computed values only)."""
    exp = _exponent(currency)
    return int(value.scaleb(exp).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def milli_to_decimal(milli: int) -> Decimal:
    """Thousandths back to an exact Decimal without trailing zeros: 3000 → 3, 100 → 0.1."""
    return _normal(Decimal(milli).scaleb(-3))


def minor_to_decimal(minor: int, currency: str) -> Decimal:
    """Minor units to an exact Decimal with the currency's places: 350000 EUR → 3500.00."""
    exp = _exponent(currency)
    return Decimal(minor).scaleb(-exp).quantize(Decimal(1).scaleb(-exp))


def grams_to_kg(grams: int) -> Decimal:
    return milli_to_decimal(grams)


def _normal(d: Decimal) -> Decimal:
    if d == 0:
        return Decimal(0)
    n = d.normalize()
    return n.quantize(Decimal(1)) if n == n.to_integral_value() else n


def decimal_text(d: Decimal) -> str:
    """Machine text of an exact decimal, never in exponent form: '3', '0.1', '3500.00'."""
    return format(d, "f")


def format_number(d: Decimal, places: int | None = None, *, sep: str = "\u00a0") -> str:
    """People's text, Ukrainian style: '3 500,00' (no-break space groups, decimal comma)."""
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if d < 0 else ""
    text = format(abs(d), "f")
    whole, _, frac = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sep.join(groups)
    return sign + out + ("," + frac if frac else "")


def format_money(minor: int, currency: str) -> str:
    """'3 500,00 EUR'."""
    return f"{format_number(minor_to_decimal(minor, currency))} {currency}"
