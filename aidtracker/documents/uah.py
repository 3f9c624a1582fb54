"""Hryvnia values on printed acts and worksheets (D6, D10): per line, the total, the rate used.

The figures are the record's valuation (``ShipmentDetail.valuation``, made by
:mod:`aidtracker.services.rates`), the same ones ``show --json`` prints: each line's value ×
the rate of the valuation day, half-up to kopecks per line; the total is the sum of the lines.
The rate is named with its currency, day, UAH per unit and source.
"""

from __future__ import annotations

from aidtracker.documents import fmt
from aidtracker.documents.texts import Texts
from aidtracker.domain import ExchangeRate, LineItem, ShipmentDetail
from aidtracker.money import format_number

UAH = "UAH"
NONE = "—"


def line_uah(detail: ShipmentDetail, line: LineItem) -> str:
    """'2 324 711,62 UAH', or '—' while the line has no rate (no valuation day or no rate)."""
    valuation = detail.valuation
    minor = valuation.line_uah.get(line.line_no) if valuation else None
    return NONE if minor is None else fmt.money(minor, UAH)


def total_uah(detail: ShipmentDetail) -> str:
    """The sum of the lines' kopecks, or '—' when a line has none."""
    total = detail.valuation.total_uah if detail.valuation else None
    return NONE if total is None else fmt.money(total, UAH)


def rate_text(t: Texts, rate: ExchangeRate) -> str:
    """'1 PLN = 11,6235 UAH · НБУ / NBU · 12.11.2026'."""
    source = t.label("rate.source_nbu") if rate.source == "NBU" else (
        t.label("rate.source_typed") if rate.source == "typed" else rate.source)
    return (f"1 {rate.currency} = {format_number(rate.uah_per_unit)} {UAH} · {source} · "
            f"{fmt.ddmmyyyy(rate.on)}")


def used_rates(detail: ShipmentDetail) -> list[ExchangeRate]:
    """The rates the values were converted at (hryvnia lines need none), by currency."""
    valuation = detail.valuation
    if valuation is None:
        return []
    return [valuation.rates[c] for c in sorted(valuation.rates) if c != UAH]


def missing_currencies(detail: ShipmentDetail) -> list[str]:
    """Currencies of the lines that have no rate on the valuation day."""
    valuation = detail.valuation
    rates = valuation.rates if valuation else {}
    return sorted({ln.currency for ln in detail.lines} - set(rates) - {UAH})


def rate_rows(t: Texts, detail: ShipmentDetail) -> list[tuple[str, str]]:
    """Label/value rows: the total in UAH, the valuation day, the rate(s) used or why none."""
    valuation = detail.valuation
    on = valuation.on if valuation else None
    rows = [(t.label("total.value_uah"), total_uah(detail)),
            (t.label("rate.valuation_day"), fmt.ddmmyyyy(on) or t.label("rate.no_day"))]
    rates = "\n".join(rate_text(t, r) for r in used_rates(detail))
    missing = missing_currencies(detail)
    if on is not None and missing:
        lack = t.label("rate.missing", currencies=", ".join(missing))
        rates = f"{rates}\n{lack}" if rates else lack
    if rates:
        rows.append((t.label("rate.used"), rates))
    return rows
