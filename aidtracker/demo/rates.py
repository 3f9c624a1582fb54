"""Demo exchange rates: one rate a week per demo currency, so every demo value has hryvnias.

These are NOT the National Bank's figures: the euro's hryvnia rate is interpolated between a few
rounded anchor points near the official rates of those days, and the other currencies follow at
fixed approximate cross rates. The source column says so, and a real database starts without
rates (the user imports the NBU's file or types them).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from sqlite_utils import Database

from aidtracker.store import audit

SOURCE = "demo: approximate weekly rate, not NBU data"
FIRST_DAY = date(2022, 1, 3)  # a Monday: rates weekly from then on

# (day, UAH per EUR): rounded, near the NBU's official rates of those days.
EUR_ANCHORS: tuple[tuple[date, Decimal], ...] = (
    (date(2022, 1, 3), Decimal("30.90")),
    (date(2022, 7, 21), Decimal("37.00")),
    (date(2023, 1, 2), Decimal("38.90")),
    (date(2023, 7, 3), Decimal("39.90")),
    (date(2024, 1, 1), Decimal("42.20")),
    (date(2024, 7, 1), Decimal("43.60")),
    (date(2025, 1, 1), Decimal("44.00")),
    (date(2025, 7, 1), Decimal("48.80")),
    (date(2026, 1, 1), Decimal("49.00")),
    (date(2027, 1, 1), Decimal("49.50")),
)

# Units of the currency per euro (approximate, held constant for the demo).
PER_EUR: dict[str, Decimal] = {
    "EUR": Decimal(1),
    "PLN": Decimal("4.30"),
    "RON": Decimal("4.97"),
    "BGN": Decimal("1.95583"),
    "CZK": Decimal("24.8"),
    "USD": Decimal("1.09"),
    "CHF": Decimal("0.95"),
    "HUF": Decimal("390"),
    "SEK": Decimal("11.3"),
    "GBP": Decimal("0.86"),
}


def eur_rate(on: date) -> Decimal:
    """UAH per EUR on ``on``: linear between the anchors, held flat beyond them."""
    first, last = EUR_ANCHORS[0], EUR_ANCHORS[-1]
    if on <= first[0]:
        return first[1]
    for (d0, r0), (d1, r1) in pairwise(EUR_ANCHORS):
        if d0 <= on <= d1:
            share = Decimal((on - d0).days) / Decimal((d1 - d0).days)
            return r0 + (r1 - r0) * share
    return last[1]


def weekly_rates(currencies: Iterable[str], today: date) -> list[tuple[str, str, str]]:
    """(currency, ISO day, UAH per unit to 4 places) every Monday up to ``today``."""
    codes = sorted({c for c in currencies if c in PER_EUR})
    out: list[tuple[str, str, str]] = []
    day = FIRST_DAY
    while day <= today:
        eur = eur_rate(day)
        for code in codes:
            rate = (eur / PER_EUR[code]).quantize(Decimal("0.0001"))
            out.append((code, day.isoformat(), format(rate, "f")))
        day += timedelta(days=7)
    return out


def add_demo_rates(db: Database, currencies: Iterable[str], today: date, actor: str) -> int:
    """Store the weekly demo rates in the caller's transaction, with one audit entry."""
    rows = weekly_rates(set(currencies) | {"EUR"}, today)
    stamp = audit.stamp()
    db.conn.executemany(
        "INSERT INTO exchange_rate (currency, on_date, uah_per_unit, source, recorded_at,"
        " recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
        [(code, day, rate, SOURCE, stamp, actor) for code, day, rate in rows])
    audit.record(db, actor=actor, entity="exchange_rate", entity_id="demo", action="create",
                 before=None, after={"rates": len(rows), "source": SOURCE})
    return len(rows)
