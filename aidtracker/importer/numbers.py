"""Numbers and dates from partner files, exactly: never a float past this module.

Rules, in order:

* ``int`` cells are exact. ``float`` cells (openpyxl gives them for numeric cells) become
  ``Decimal(repr(x))`` — the shortest text that reads back as the same double, so a typed 0.1
  stays exactly 0.1 — then are rounded to 15 significant digits, the precision Excel itself shows
  and keeps, so a computed 0.30000000000000004 reads as 0.3. NaN and infinities are refused.
* Text goes through :func:`aidtracker.money.parse_decimal`: decimal commas, space, NBSP,
  apostrophe or dot grouping, with the file's decimal separator as a hint. A known unit or
  currency next to the number (``1 640 kg``, ``24.800,00 €``) is dropped.
* Text like ``1.640`` or ``1,640`` is ambiguous (1.64 or 1640) unless the file shows which
  separator it uses for decimals; it is refused rather than guessed.
* Dates: ``date``/``datetime`` cells, Excel serials (1900 or 1904 epoch) and text
  (``2027-03-31``, ``31.03.2027``, ``31/03/27``, US ``03/31/2027``; month-only ``03/2027``
  means the month's last day, as on medicine packs). The day/month order is decided per column
  from its values (:func:`date_order`), and asked only when every value reads both ways.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from aidtracker.importer.month_names import named_month_date
from aidtracker.money import NumberFormatError, parse_decimal

EXCEL_DIGITS = 15
MAX_ABS = Decimal(10) ** 13  # larger quantities, weights or values are typing errors
_EPOCH_1900 = date(1899, 12, 30)
_EPOCH_1904 = date(1904, 1, 1)
_MAX_SERIAL = 2_958_465  # 9999-12-31

_AFFIX = re.compile(
    r"^(?:€|\$|£|₴|eur|pln|czk|ron|uah|usd|gbp|chf|huf|грн\.?)?\s*(.*?)\s*"
    r"(?:kg|кг|€|\$|£|₴|eur|pln|zł|zl|czk|kč|ron|lei|uah|грн\.?|usd|gbp|chf|huf|ft)?\.?$",
    re.IGNORECASE,
)
_AMBIGUOUS = re.compile(r"^[+-]?[1-9]\d{0,2}[.,]\d{3}$")
_COMMA_DECIMAL = re.compile(r"\d,\d{1,2}$|\d\.\d{3},\d|\d[\s\u00a0\u202f]\d{3},\d")
_POINT_DECIMAL = re.compile(r"\d\.\d{1,2}$|\d,\d{3}\.\d")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s.*)?$")
_MONTH = re.compile(r"^(\d{1,2})[./-](\d{4})$|^(\d{4})-(\d{1,2})$")


class DateFormatError(ValueError):
    """The value is not a date we can read (``text``)."""

    def __init__(self, text: str) -> None:
        super().__init__(f"{text!r}: not a date")
        self.text = text


def float_to_decimal(x: float) -> Decimal:
    """A float cell as Excel shows it: shortest repr, at most 15 significant digits.

    Raises:
        NumberFormatError: NaN or infinite.
    """
    if not math.isfinite(x):
        raise NumberFormatError(repr(x), "not_finite")
    d = Decimal(repr(x))
    if len(d.as_tuple().digits) > EXCEL_DIGITS:
        d = d.quantize(Decimal(1).scaleb(d.adjusted() - EXCEL_DIGITS + 1), ROUND_HALF_EVEN)
    return d


def cell_decimal(value: object, *, decimal_comma: bool | None = None) -> Decimal:
    """Any cell value as an exact Decimal.

    Raises:
        NumberFormatError: ``reason`` empty | syntax | not_finite | ambiguous | too_large.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        raise NumberFormatError("", "empty")
    if isinstance(value, bool | date | time | timedelta):
        raise NumberFormatError(str(value))
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = float_to_decimal(value)
    elif isinstance(value, Decimal):
        number = parse_decimal(value)
    elif isinstance(value, str):
        number = _text_decimal(value, decimal_comma)
    else:
        raise NumberFormatError(str(value)[:50])
    if abs(number) >= MAX_ABS:
        raise NumberFormatError(str(value)[:50], "too_large")
    return number


def _text_decimal(text: str, decimal_comma: bool | None) -> Decimal:
    raw = text.strip()
    match = _AFFIX.match(raw)
    core = match.group(1) if match and match.group(1) else raw
    if decimal_comma is None and _AMBIGUOUS.match(core.replace(" ", "")):
        raise NumberFormatError(raw, "ambiguous")
    return parse_decimal(core, decimal_comma=decimal_comma)


def sniff_decimal_comma(texts: Iterable[str]) -> bool | None:
    """Which decimal separator the file's number texts use: True (comma), False (point), None.

    None when the texts never show it or show both.
    """
    comma = point = False
    for text in texts:
        t = text.strip()
        comma = comma or bool(_COMMA_DECIMAL.search(t))
        point = point or bool(_POINT_DECIMAL.search(t))
    if comma == point:
        return None
    return comma


def serial_to_date(serial: int | float | Decimal, *, epoch1904: bool = False) -> date:
    """An Excel day serial as a date (the time of day is dropped).

    Raises:
        DateFormatError: out of Excel's range, or the 1900 system's non-existent 29.02.1900.
    """
    try:
        days = int(serial)
    except (ValueError, OverflowError):
        raise DateFormatError(str(serial)) from None
    if not 0 < days <= _MAX_SERIAL:
        raise DateFormatError(str(serial))
    if epoch1904:
        return _EPOCH_1904 + timedelta(days=days)
    if days == 60:
        raise DateFormatError(str(serial))
    return _EPOCH_1900 + timedelta(days=days + (1 if days < 60 else 0))


def date_order(texts: Iterable[str]) -> str | None:
    """The day/month order of a column's text dates, decided by its values.

    ``"dmy"`` when some first number exceeds 12 (31/01/2025) or no date is written with '/'
    or two numbers ≤ 12 in the first places; ``"mdy"`` when some second number does
    (01/31/2025); ``None`` when every date reads both ways (03/04/2025) and their order must be
    asked; the order with fewer failures wins a mixed column.
    """
    firsts = seconds = either = 0
    for text in texts:
        m = _DMY.match(text.strip())
        if not m:
            continue
        a, b = int(m[1]), int(m[2])
        firsts += a > 12
        seconds += b > 12
        either += a <= 12 and b <= 12 and a != b
    if firsts or seconds:
        return "mdy" if seconds > firsts else "dmy"
    return None if either else "dmy"


def cell_date(value: object, *, epoch1904: bool = False, order: str = "dmy") -> date:
    """Any cell value as a date; ``order`` ("dmy" or "mdy") reads text like 01/02/2025.

    Raises:
        DateFormatError: not a date.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        raise DateFormatError(str(value))
    if isinstance(value, int | float | Decimal):
        return serial_to_date(value, epoch1904=epoch1904)
    if isinstance(value, str):
        return _text_date(value.strip(), epoch1904, order)
    raise DateFormatError(str(value)[:50])


def _text_date(text: str, epoch1904: bool, order: str = "dmy") -> date:
    try:
        if m := _ISO.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(text):
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            day, month = (int(m[2]), int(m[1])) if order == "mdy" else (int(m[1]), int(m[2]))
            return date(year, month, day)
        if m := _MONTH.match(text):
            year, month = (int(m[2]), int(m[1])) if m[1] else (int(m[3]), int(m[4]))
            return date(year, month, calendar.monthrange(year, month)[1])
        if text.isascii() and text.isdigit() and len(text) == 5:
            return serial_to_date(int(text), epoch1904=epoch1904)
        if (named := named_month_date(text)) is not None:
            return named
    except ValueError as exc:
        raise DateFormatError(text[:50]) from exc
    raise DateFormatError(text[:50])
