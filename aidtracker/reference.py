"""Reference tables in ``resources/reference``: currencies, categories, crossings, HS 2022."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from aidtracker.resources import load_json, resource_path


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name_en: str
    name_uk: str
    default_hs: str
    unit: str
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class Crossing:
    code: str
    country: str
    eu_side: str
    ua_side: str
    ua_side_uk: str

    @property
    def label(self) -> str:
        return f"{self.eu_side} – {self.ua_side}"


@cache
def currencies() -> dict[str, int]:
    """ISO 4217 code → minor-unit exponent: our table (with its names and end dates) first,
    then every other currency in legal tender anywhere, from Babel's CLDR data (PHP, JPY…)."""
    data = load_json("reference/currencies.json")
    table = {c["code"]: int(c["exponent"]) for c in data["currencies"]}  # type: ignore[index]
    for code in sorted(_tender_currencies()):
        table.setdefault(code, _babel_exponent(code))
    return table


def _tender_currencies() -> set[str]:
    # Babel is imported here, on first use of the currency table, to keep start-up fast.
    # lazy: Babel/num2words load only when amounts or currencies are worded
    from babel.core import get_global

    territories = get_global("territory_currencies")
    return {str(code) for entries in territories.values()
            for code, _start, end, tender in entries
            if end is None and tender and len(code) == 3 and code.isalpha()}


def _babel_exponent(code: str) -> int:
    # lazy: Babel/num2words load only when amounts or currencies are worded
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(code))


def currency_exponent(code: str) -> int:
    """Minor-unit exponent of a known currency; KeyError for unknown codes."""
    try:
        return currencies()[code]
    except KeyError:
        raise KeyError(f"unknown currency {code!r}") from None


@cache
def categories() -> dict[str, Category]:
    data = load_json("reference/categories.json")
    return {
        c["code"]: Category(
            c["code"], c["name_en"], c["name_uk"], c["default_hs"], c["unit"], frozenset(c["flags"])
        )
        for c in data["categories"]  # type: ignore[index]
    }


def category_flags(code: str) -> frozenset[str]:
    cat = categories().get(code)
    return cat.flags if cat else frozenset()


@cache
def crossings() -> dict[str, Crossing]:
    data = load_json("reference/crossings.json")
    return {c["code"]: Crossing(**c) for c in data["crossings"]}  # type: ignore[index]


@dataclass(frozen=True, slots=True)
class HsEntry:
    """One HS 2022 chapter (2 digits), heading (4) or subheading (6)."""

    code: str
    section: str
    description: str


@cache
def hs2022() -> dict[str, HsEntry]:
    """The HS 2022 nomenclature (``resources/reference/hs2022.csv``), code → entry."""
    with resource_path("reference/hs2022.csv").open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        where = {name: i for i, name in enumerate(next(rows))}
        code, section, text = where["code"], where["section"], where["description"]
        return {r[code]: HsEntry(r[code], r[section], r[text]) for r in rows}


@cache
def _hs_codes() -> frozenset[str]:
    """The codes of the HS 2022 table alone (a fraction of the memory of its entries)."""
    with resource_path("reference/hs2022.csv").open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        code = next(rows).index("code")
        return frozenset(r[code] for r in rows)


def hs_known(code: str) -> bool:
    """Whether the first 6 (or 4, 2) digits of ``code`` are an HS 2022 entry (see
    :func:`hs_entry`), without loading the entries' descriptions."""
    digits = code if code.isdigit() else "".join(ch for ch in code if ch.isdigit())
    return len(digits) in (2, 4, 6, 8, 10) and (digits[:6] if len(digits) >= 6
                                                 else digits) in _hs_codes()


def hs_entry(code: str) -> HsEntry | None:
    """The HS 2022 entry for the first 6 (or 4, 2) digits of ``code``; None when it does not exist.

    National extensions (UKTZED 10 digits, CN 8) are looked up by their HS part.
    """
    digits = code if code.isdigit() else "".join(ch for ch in code if ch.isdigit())
    if len(digits) not in (2, 4, 6, 8, 10):
        return None
    return hs2022().get(digits[:6] if len(digits) >= 6 else digits)
