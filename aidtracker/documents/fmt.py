"""Number, date and name formats of printed documents (DOMAIN.md §7.1), as plain strings.

Decimal comma with no-break-space thousands, money with 2 decimals and the code after the amount,
countable quantities without decimals. Weights print exactly as stored (grams: up to 3 decimals
of kg, at least the one the lists use), so 0,09 kg stays 0,09 and printed totals are the sums of
the printed lines; ``places`` rounds only where a form asks for it.
"""

from __future__ import annotations

import re
from datetime import date

from aidtracker.domain import Unit
from aidtracker.money import format_money, format_number, grams_to_kg, milli_to_decimal

COUNTABLE = frozenset({Unit.PCS, Unit.PAIR, Unit.PACK, Unit.CARTON, Unit.SET})
_PATRONYMIC = re.compile(r"(ович|евич|йович|івна|ївна|овна)$", re.IGNORECASE)


def ddmmyyyy(d: date | None) -> str:
    """'05.02.2026', or '' when unknown."""
    return d.strftime("%d.%m.%Y") if d else ""


def money(minor: int, currency: str) -> str:
    """'3 500,00 EUR'."""
    return format_money(minor, currency)


def amount(minor: int, currency: str) -> str:
    """'3 500,00' without the code (for a column that names the currency)."""
    return format_money(minor, currency).rsplit(" ", 1)[0]


def kg(grams: int, places: int | None = None) -> str:
    """Grams as kg, exact: '1 200,0', '0,09', '12,345'; ``places`` rounds (never for totals)."""
    if places is not None:
        return format_number(grams_to_kg(grams), places)
    decimals = 3 if grams % 10 else 2 if grams % 100 else 1
    return format_number(grams_to_kg(grams), decimals)


def qty(milli: int, unit: Unit | str) -> str:
    """A quantity: whole numbers for countable units, up to 3 decimals otherwise."""
    value = milli_to_decimal(milli)
    if unit in COUNTABLE and milli % 1000 == 0:
        return format_number(value, 0)
    return format_number(value)


def whole(n: int) -> str:
    """A count: '1 000'."""
    return format_number(milli_to_decimal(n * 1000), 0)


def signature_name(full_name: str) -> str:
    """'Initials SURNAME' (DOMAIN.md §4.3): 'Taras Shevchenko' → 'T. SHEVCHENKO'.

    Three Ukrainian parts ending in a patronymic are read as 'Surname Name Patronymic'; a name
    that already has an upper-case word is kept as typed.
    """
    parts = full_name.split()
    if not parts:
        return ""
    if len(parts) == 1 or any(p.isupper() and len(p) > 1 for p in parts):
        return " ".join(parts)
    if len(parts) == 3 and _PATRONYMIC.search(parts[2]):
        surname, given = parts[0], parts[1]
    else:
        surname, given = parts[-1], parts[0]
    return f"{given[0].upper()}. {surname.upper()}"


def join_nonempty(parts: list[str] | tuple[str, ...], sep: str = ", ") -> str:
    """Join the non-empty strings, each once, in order."""
    seen: list[str] = []
    for part in parts:
        text = part.strip()
        if text and text not in seen:
            seen.append(text)
    return sep.join(seen)
