"""The donor's report as a workbook: the same tables as the PDF, for the partner's own sums.

Sheets: Summary (totals, value by category with a bar chart), Goods (each line's books: shipped
+ surplus = handed over + written off + in stock + missing/damaged + in transit, and a check
column), Acquirers (who received what and when), Write-offs (what and why). Headers in Ukrainian
and the report's second language; cells through :mod:`aidtracker.ledger.safe_cells` (text never
becomes a formula), exact numbers, print setup on every sheet. The file replaces an existing
one only when complete.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from aidtracker.domain.donor import DonorLine, DonorReport
from aidtracker.ledger.export import write_workbook
from aidtracker.ledger.safe_cells import CellWriter
from aidtracker.ledger.sheets import Column, SheetOut, money
from aidtracker.money import milli_to_decimal
from aidtracker.reference import categories
from aidtracker.resources import load_json

_PARTS = {"uk-en": ("uk", "en"), "uk-de": ("uk", "de"), "uk-pl": ("uk", "pl")}


class _Words:
    """The document wording (resources/templates) of the report's two languages."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.tables = [load_json(f"templates/{code}.json") for code in _PARTS[lang]]

    def col(self, key: str, kind: str = "text", width: int = 14) -> Column:
        uk, other = (str(t[key]) for t in self.tables)  # type: ignore[index]
        return Column(uk, other, kind, width=width)

    def sheet(self, key: str) -> str:
        """A sheet's name: the second language's word (Excel forbids '/' in names)."""
        return str(self.tables[1][key])[:31]  # type: ignore[index]

    def text(self, key: str, **values: object) -> str:
        texts = [str(t[key]).format_map(values) for t in self.tables]  # type: ignore[index]
        return texts[0] if texts[0] == texts[1] else " / ".join(texts)


def _q(milli: int) -> Decimal:
    return milli_to_decimal(milli)


def _uah(minor: int | None) -> Decimal | None:
    return None if minor is None else money(minor, "UAH")


def _goods(w: _Words, out: CellWriter, report: DonorReport) -> None:
    cols = [w.col("footer.shipment", width=16), w.col("col.no", "int", 6),
            w.col("col.description", width=40), w.col("col.category", width=16),
            w.col("col.unit", width=7), w.col("dr.shipped", "qty", 11),
            w.col("receipt.surplus", "qty", 10), w.col("dr.received", "qty", 11),
            w.col("dr.distributed", "qty", 11), w.col("dr.written_off", "qty", 11),
            w.col("dr.in_stock", "qty", 11), w.col("dr.missing", "qty", 12),
            w.col("dr.in_transit", "qty", 11), w.col("dr.value", "money", 14),
            w.col("col.currency", width=8), w.col("dr.value_uah", "money", 16),
            w.col("dr.check", width=9)]
    sheet = SheetOut(out, w.sheet("dr.sheet_goods"), cols, False)
    for ln in report.lines:
        sheet.add(_goods_row(ln, w.lang))
    sheet.finish()


def _goods_row(ln: DonorLine, lang: str) -> list[object]:
    description = " / ".join(x for x in (ln.description, ln.description_en) if x)
    return [ln.reference, ln.line_no, description, _category(ln.category, lang), ln.unit.value,
            _q(ln.shipped), _q(ln.surplus), _q(ln.received), _q(ln.distributed),
            _q(ln.written_off), _q(ln.in_stock), _q(ln.missing_damaged), _q(ln.in_transit),
            money(ln.value_minor, ln.currency), ln.currency, _uah(ln.value_uah),
            "OK" if ln.balanced else "≠"]


def _acquirers(w: _Words, out: CellWriter, report: DonorReport) -> None:
    cols = [w.col("footer.shipment", width=16), w.col("dr.date", "date", 11),
            w.col("dr.act", width=20), w.col("dr.acquirer", width=36),
            w.col("dr.city", width=16), w.col("report.persons", "int", 9),
            w.col("col.no", "int", 6), w.col("dr.goods_item", width=36),
            w.col("col.qty", "qty", 10), w.col("col.unit", width=7),
            w.col("dr.value", "money", 14), w.col("col.currency", width=8)]
    sheet = SheetOut(out, w.sheet("dr.sheet_acquirers"), cols, False)
    for h in report.handovers:
        sheet.add([h.reference, h.on, h.act_no, h.acquirer or w.text("dr.persons", n=h.persons),
                   h.city, h.persons or None, h.line_no, h.description, _q(h.qty_milli),
                   h.unit.value, money(h.value_minor, h.currency), h.currency])
    sheet.finish()


def _write_offs(w: _Words, out: CellWriter, report: DonorReport) -> None:
    cols = [w.col("footer.shipment", width=16), w.col("dr.date", "date", 11),
            w.col("dr.act", width=20), w.col("dr.reason", width=30),
            w.col("col.no", "int", 6), w.col("dr.goods_item", width=36),
            w.col("col.qty", "qty", 10), w.col("col.unit", width=7),
            w.col("dr.value", "money", 14), w.col("col.currency", width=8)]
    sheet = SheetOut(out, w.sheet("dr.sheet_write_offs"), cols, False)
    for s in report.shipments:
        for r in s.write_offs:
            reason = w.text(f"dr.reason.{r.reason.value}")
            sheet.add([r.reference, r.on, r.act_no, f"{reason}: {r.note}" if r.note else reason,
                       r.line_no, r.description, _q(r.qty_milli), r.unit.value,
                       money(r.value_minor, r.currency), r.currency])
    sheet.finish()


def _category(code: str, lang: str = "uk-en") -> str:
    """Ukrainian beside the partner's own name (the template's wording), else English."""
    cat = categories().get(code)
    if cat is None:
        return code
    names = load_json("templates/packing_list.json")
    table = names.get("category_names", {}) if isinstance(names, dict) else {}
    return f"{cat.name_uk} / {table.get(_PARTS[lang][1], {}).get(code) or cat.name_en}"


def _summary(w: _Words, out: CellWriter, report: DonorReport) -> Any:
    cols = [w.col("col.category", width=44), w.col("dr.value", "money", 16),
            w.col("col.currency", width=9), w.col("dr.value_uah", "money", 18)]
    sheet = SheetOut(out, w.sheet("dr.sheet_summary"), cols, False)
    for cat in report.categories:
        for currency, minor in cat.value_by_currency.items():
            sheet.add([_category(cat.code, w.lang), money(minor, currency), currency,
                       _uah(cat.value_uah)])
    for currency, minor in report.value_by_currency.items():
        sheet.add([w.text("dr.total"), money(minor, currency), currency, _uah(report.value_uah)])
    rows = sheet.row
    sheet.finish()
    return sheet.ws, rows


def _chart(ws: Any, rows: int, title: str) -> None:
    """A bar per category row (the totals row left out)."""
    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl.chart import BarChart, Reference

    if rows < 3:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=rows - 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows - 1))
    chart.width, chart.height = 18, 9
    ws.add_chart(chart, "F2")


def _fill(wb: Any, report: DonorReport, lang: str) -> None:
    w = _Words(lang)
    out = CellWriter(wb)
    ws, rows = _summary(w, out, report)
    _chart(ws, rows, w.text("dr.by_category"))
    _goods(w, out, report)
    _acquirers(w, out, report)
    _write_offs(w, out, report)


def write_donor_workbook(report: DonorReport, out_path: str | os.PathLike[str],
                         lang: str) -> Path:
    """Write the report's tables to ``out_path`` (.xlsx), atomically.

    Raises:
        FileActionFailed: not an .xlsx name, or the file could not be written.
    """
    out = Path(out_path)
    write_workbook(out, lambda wb: _fill(wb, report, lang))
    return out
