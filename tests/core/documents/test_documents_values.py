"""Hryvnia values on the acceptance act (D6) and the 90-day worksheet (D10), and package labels
numbered per load: rendered, then read back with pypdf."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from aidtracker.documents import DocumentContext, render_document
from aidtracker.documents.labels import packages
from aidtracker.documents.load_view import for_load, package_split
from aidtracker.domain import ExchangeRate, Load, LoadShare, ShipmentDetail, Valuation
from aidtracker.money import format_money as _format_money

try:
    from doc_factories import make_detail, page_texts
except ImportError:  # pragma: no cover - when tests/ is imported as a package
    from tests.core.documents.doc_factories import make_detail, page_texts

ON = date(2026, 2, 3)


def format_money(minor: int, currency: str) -> str:
    """As printed, with the no-break spaces read back as spaces."""
    return _format_money(minor, currency).replace("\u00a0", " ")

RATES = {"EUR": ExchangeRate("EUR", date(2026, 2, 2), Decimal("43.8712"), "NBU"),
         "PLN": ExchangeRate("PLN", date(2026, 2, 2), Decimal("10.3391"), "typed")}


def _kopecks(detail: ShipmentDetail) -> dict[int, int]:
    """Line value × rate, half-up to kopecks, computed here from the lines."""
    out = {}
    for ln in detail.lines:
        value = Decimal(ln.qty_milli) * ln.unit_value_minor / 100_000
        uah = (value * RATES[ln.currency].uah_per_unit).quantize(Decimal("0.01"), ROUND_HALF_UP)
        out[ln.line_no] = int(uah * 100)
    return out


def valued(**kw: object) -> ShipmentDetail:
    detail = make_detail(**kw)  # type: ignore[arg-type]
    return dataclasses.replace(detail, valuation=Valuation(on=ON, rates=RATES,
                                                           line_uah=_kopecks(detail)))


def flat(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page_texts(path)))


def _render(detail: ShipmentDetail, kind: str, tmp_path: Path) -> str:
    ctx = DocumentContext(detail, kind, doc_number=f"CV-2026-0042/{kind}-1",
                          issued_on=date(2026, 2, 5))
    path = tmp_path / f"{kind}.pdf"
    render_document(ctx, path)
    return flat(path)


def test_act_and_worksheet_print_each_line_in_hryvnias_the_total_and_the_rates(
        tmp_path: Path) -> None:
    detail = valued()
    kopecks = _kopecks(detail)
    for kind in ("handover", "report"):
        text = _render(detail, kind, tmp_path)
        for minor in kopecks.values():
            assert format_money(minor, "UAH") in text, kind
        assert format_money(sum(kopecks.values()), "UAH") in text, kind
        assert "1 EUR = 43,8712 UAH · офіційний курс НБУ / NBU official rate · 02.02.2026" in text
        assert "1 PLN = 10,3391 UAH · курс внесено вручну / rate typed in · 02.02.2026" in text
        assert "Дата оцінки" in text and "03.02.2026" in text
        for ln in detail.lines:  # the value in the line's own currency is there too
            assert format_money(ln.total_value_minor, ln.currency) in text
    # 2 × 24 500,00 EUR × 43,8712 = 2 149 688,80 UAH, exactly
    assert kopecks[1] == 214_968_880


def test_without_a_rate_the_act_says_which_currency_lacks_one(tmp_path: Path) -> None:
    detail = valued()
    only_eur = Valuation(on=ON, rates={"EUR": RATES["EUR"]}, line_uah={
        n: (v if n <= 3 else None) for n, v in _kopecks(detail).items()})
    text = _render(dataclasses.replace(detail, valuation=only_eur), "handover", tmp_path)
    assert "немає курсу на дату оцінки (не давніше 7 днів): PLN" in text
    assert "Загальна вартість, грн / Total value, UAH —" in text
    text = _render(dataclasses.replace(detail, valuation=Valuation(on=None)), "report", tmp_path)
    assert "ще немає (немає ні митного оформлення, ні отримання)" in text


def two_loads() -> ShipmentDetail:
    """Load 1 carries ambulance 1 and 300 of the 800 blankets (4 packages); load 2 the rest."""
    detail = make_detail()
    few = {3: 1, 4: 4, 5: 2}  # few packages: labels render slowly (one QR code each)
    detail = dataclasses.replace(detail, lines=tuple(
        dataclasses.replace(ln, packages=few.get(ln.line_no, ln.packages)) for ln in detail.lines))
    by_no = {ln.line_no: ln for ln in detail.lines}
    first = (LoadShare(1, 1000), LoadShare(4, 300_000))
    rest = tuple(LoadShare(n, ln.qty_milli - sum(s.qty_milli for s in first if s.line_no == n))
                 for n, ln in sorted(by_no.items()))
    loads = (Load(id=1, seq=1, shares=first),
             Load(id=2, seq=2, shares=tuple(s for s in rest if s.qty_milli)))
    return dataclasses.replace(detail, loads=loads)


def test_packages_split_over_loads_add_up_to_each_line() -> None:
    detail = two_loads()
    split = package_split(detail)
    for ln in detail.lines:
        assert sum(v for (_, n), v in split.items() if n == ln.line_no) == ln.packages
    assert split[(1, 4)] == 2 and split[(2, 4)] == 2  # 4 × 300/800 = 1.5, half-up
    odd = dataclasses.replace(detail, loads=(Load(id=1, seq=1, shares=(LoadShare(2, 500),)),
                                             Load(id=2, seq=2, shares=(LoadShare(2, 500),))))
    odd = dataclasses.replace(odd, lines=tuple(dataclasses.replace(ln, packages=3)
                                               for ln in odd.lines if ln.line_no == 2))
    assert [package_split(odd)[(s, 2)] for s in (1, 2)] == [2, 1]  # never 2 + 2
    for load in detail.loads:  # D2 per load prints the same counts as the labels
        assert for_load(detail, load).totals.packages == sum(
            v for (seq, _), v in split.items() if seq == load.seq)


def test_labels_number_packages_per_load(tmp_path: Path) -> None:
    detail = two_loads()
    got = list(packages(detail))
    assert len(got) == detail.totals.packages
    per_load = {seq: [p for p in got if p.load == seq] for seq in (1, 2)}
    assert [p.n for p in per_load[1]] == list(range(1, len(per_load[1]) + 1))
    assert {p.total for p in per_load[2]} == {len(per_load[2])}
    assert all(p.loads == 2 for p in got)
    ctx = DocumentContext(detail, "labels", doc_number="CV-2026-0042/LBL-1",
                          issued_on=date(2026, 2, 5))
    path = tmp_path / "labels.pdf"
    render_document(ctx, path)
    texts = page_texts(path)
    n1, n2 = len(per_load[1]), len(per_load[2])
    first, last = " ".join(texts[0].split()), " ".join(texts[-1].split())
    assert "Рейс 1 з 2 / Load 1 of 2" in first and f"Місце 1 з {n1} / Package 1 of {n1}" in first
    assert "Рейс 2 з 2 / Load 2 of 2" in last
    assert f"Місце {n2} з {n2} / Package {n2} of {n2}" in last and f"{n2}/{n2}" in last
