"""Exchange rates (UAH per unit, offline) and the hryvnia value of a shipment (DOMAIN.md §9.4).

Rates are typed in or imported from the file the National Bank of Ukraine publishes (JSON, XML
or CSV with ``r030``, ``txt``, ``rate``, ``cc``, ``exchangedate``). A line's UAH value is its
value × the rate of the valuation day (customs clearance, else receipt; the latest earlier rate
when that day has none, none older than :data:`MAX_RATE_AGE_DAYS`), rounded half-up to kopecks
per line; totals are sums of lines. Everything is Decimal or integers, never floats.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation, localcontext
from pathlib import Path
from xml.etree import ElementTree

from sqlite_utils import Database

from aidtracker.domain import (
    ExchangeRate,
    LineItem,
    Problem,
    Shipment,
    ShipmentDetail,
    Valuation,
)
from aidtracker.errors import ValidationFailed
from aidtracker.money import round_to_minor
from aidtracker.reference import currencies, currency_exponent
from aidtracker.store import balance, unit_of_work

MAX_RATE_AGE_DAYS = 7
NBU = "NBU"
TYPED = "typed"
_FIELDS = ("cc", "rate", "exchangedate")

@dataclass(frozen=True, slots=True)
class RateImport:
    """What an import did: rows stored new, changed, already known, skipped (not ISO 4217)."""

    added: int
    changed: int
    unchanged: int
    skipped: tuple[str, ...] = ()


# --- reading the NBU file ------------------------------------------------------------------


def _records(path: Path) -> list[dict[str, object]]:
    text = path.read_bytes().decode("utf-8-sig")
    stripped = text.lstrip()
    if stripped.startswith(("[", "{")):
        data = json.loads(text, parse_float=Decimal, parse_int=Decimal)
        return list(data if isinstance(data, list) else [data])
    if stripped.startswith("<"):
        root = ElementTree.fromstring(stripped)
        return [{child.tag.lower(): (child.text or "").strip() for child in item}
                for item in root if len(item)]
    dialect = csv.Sniffer().sniff(stripped.splitlines()[0], delimiters=",;\t")
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(stripped), dialect=dialect)]


def _parse_record(record: dict[str, object], row: int) -> ExchangeRate:
    missing = [name for name in _FIELDS if name not in record]
    if missing:
        raise ValidationFailed([Problem(field=missing[0], rule="required", row=row)])
    cc = str(record["cc"]).strip().upper()
    try:
        rate = Decimal(str(record["rate"]).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationFailed([Problem(field="rate", rule="not_a_number", row=row,
                                        params={"value": record["rate"]})]) from None
    if not rate.is_finite() or rate <= 0:
        raise ValidationFailed([Problem(field="rate", rule="positive", row=row,
                                        params={"value": str(record["rate"])})])
    try:
        day, month, year = str(record["exchangedate"]).strip().split(".")
        on = date(int(year), int(month), int(day))
    except ValueError:
        raise ValidationFailed([Problem(field="exchangedate", rule="not_a_date", row=row,
                                        params={"value": record["exchangedate"]})]) from None
    return ExchangeRate(currency=cc, on=on, uah_per_unit=rate, source=NBU)


def read_nbu_file(path: Path) -> list[ExchangeRate]:
    """Every rate of an NBU exchange-rate file; ValidationFailed names the first bad row."""
    try:
        records = _records(path)
    except (ValueError, ElementTree.ParseError, csv.Error, UnicodeDecodeError) as exc:
        raise ValidationFailed([Problem(field="file", rule="rates_file",
                                        params={"value": path.name, "detail": str(exc)[:80]})]
                               ) from None
    if not records:
        raise ValidationFailed([Problem(field="file", rule="rates_file",
                                        params={"value": path.name, "detail": "no rates"})])
    return [_parse_record(r, row) for row, r in enumerate(records, start=1)]


# --- storing -------------------------------------------------------------------------------


def import_rates(db: Database, path: Path, *, actor: str, today: date | None = None
                 ) -> RateImport:
    """Store the NBU file's rates in one transaction (all or nothing)."""
    rates = read_nbu_file(path)
    known = currencies()
    today = today or date.today()
    future = next((r for r in rates if r.on > today), None)
    if future is not None:
        raise ValidationFailed([_future(future.on, today)])
    wanted = [r for r in rates if r.currency in known and r.currency != "UAH"]
    with unit_of_work(db):
        before = {(r.currency, r.on) for r in balance.list_rates(db)}
        changed = [balance.put_rate(db, r, actor) for r in wanted]
    added = sum(1 for r in wanted if (r.currency, r.on) not in before)
    return RateImport(added=added, changed=sum(changed) - added,
                      unchanged=len(wanted) - sum(changed),
                      skipped=tuple(sorted({r.currency for r in rates} - set(known))))


def _future(on: date, today: date) -> Problem:
    return Problem(field="date", rule="future_date",
                   params={"value": on.isoformat(), "today": today.isoformat()})


def add_rate(db: Database, currency: str, on: date, rate: Decimal, *, actor: str,
             today: date | None = None) -> ExchangeRate:
    """Type one rate in (UAH per one unit of ``currency``)."""
    code = currency.strip().upper()
    problems = []
    if code not in currencies() or code == "UAH":
        problems.append(Problem(field="currency", rule="unknown_currency", params={"value": code}))
    if not rate.is_finite() or rate <= 0:
        problems.append(Problem(field="rate", rule="positive", params={"value": str(rate)}))
    if on > (today or date.today()):
        problems.append(_future(on, today or date.today()))
    if problems:
        raise ValidationFailed(problems)
    value = ExchangeRate(currency=code, on=on, uah_per_unit=rate, source=TYPED)
    with unit_of_work(db):
        balance.put_rate(db, value, actor)
    return value


def list_rates(db: Database) -> list[ExchangeRate]:
    return balance.list_rates(db)


def rate_on(db: Database, currency: str, on: date) -> ExchangeRate | None:
    """The rate of ``on`` or the latest earlier one within :data:`MAX_RATE_AGE_DAYS`."""
    if currency == "UAH":
        return ExchangeRate("UAH", on, Decimal(1), "UAH")
    rate = balance.latest_rate(db, currency, on)
    if rate is None or on - rate.on > timedelta(days=MAX_RATE_AGE_DAYS):
        return None
    return rate


# --- valuing -------------------------------------------------------------------------------


def line_value(line: LineItem) -> Decimal:
    """The line's value in its currency, exact: as entered, else quantity × unit value."""
    exp = currency_exponent(line.currency)
    if line.value_minor is not None:
        return Decimal(line.value_minor).scaleb(-exp)
    return (Decimal(line.qty_milli) * line.unit_value_minor).scaleb(-3 - exp)


def uah_minor(line: LineItem, rate: Decimal) -> int:
    """Kopecks: the line value × rate, rounded half-up once, per line."""
    with localcontext() as ctx:
        ctx.prec = 60
        return round_to_minor(line_value(line) * rate, "UAH")


def valuation_day(shipment: Shipment, lines: Sequence[LineItem] = ()) -> date | None:
    """Customs clearance, else receipt (delivery, else the latest line receipt)."""
    received = [ln.received_on for ln in lines if ln.received_on is not None]
    return shipment.cleared_on or shipment.delivered_on or (max(received) if received else None)


def value(db: Database, shipment: Shipment, lines: Iterable[LineItem]) -> Valuation:
    """The hryvnia value of ``lines`` on the shipment's valuation day."""
    lines = list(lines)
    on = valuation_day(shipment, lines)
    if on is None:
        return Valuation(on=None, line_uah={ln.line_no: None for ln in lines})
    rates = {c: r for c in sorted({ln.currency for ln in lines})
             if (r := rate_on(db, c, on)) is not None}
    return Valuation(on=on, rates=rates, line_uah={
        ln.line_no: uah_minor(ln, rates[ln.currency].uah_per_unit)
        if ln.currency in rates else None for ln in lines})


class Valuer:
    """UAH per line of many shipments (the ledger), each rate looked up once per day."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.cache: dict[tuple[str, date], ExchangeRate | None] = {}

    def __call__(self, detail: ShipmentDetail) -> dict[int, int | None]:
        on = valuation_day(detail.shipment, detail.lines)
        out: dict[int, int | None] = {}
        for line in detail.lines:
            key = (line.currency, on) if on else None
            if key is not None and key not in self.cache:
                self.cache[key] = rate_on(self.db, *key)
            rate = self.cache.get(key) if key else None
            out[line.line_no] = uah_minor(line, rate.uah_per_unit) if rate else None
        return out


def eur_value_minor(db: Database, shipment: Shipment, lines: Sequence[LineItem],
                    today: date) -> int | None:
    """Euro cents of the whole shipment at the cross rates of its export day (loading, else
    planned loading, else ``today``); None when a currency has no rate within the window."""
    on = shipment.loaded_on or shipment.planned_loading or today
    if all(ln.currency == "EUR" for ln in lines):
        return None  # the facts' own EUR sum is exact already
    eur = rate_on(db, "EUR", on)
    rates = {c: rate_on(db, c, on) for c in {ln.currency for ln in lines}}
    if eur is None or any(r is None for r in rates.values()):
        return None
    with localcontext() as ctx:
        ctx.prec = 60
        uah = sum((line_value(ln) * rates[ln.currency].uah_per_unit  # type: ignore[union-attr]
                   for ln in lines), Decimal(0))
        return round_to_minor(uah / eur.uah_per_unit, "EUR")
