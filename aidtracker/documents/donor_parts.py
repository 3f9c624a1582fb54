"""Parts of the donor's report: the chart of value by category and the published photos.

The chart is a ReportLab drawing (a horizontal bar per category, the category's name on the
left and its value at the end of the bar), sized so no label overprints a bar; photos are
scaled to fit two per row with their captions underneath.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image

from aidtracker.documents import fmt
from aidtracker.documents.fonts import CONDENSED
from aidtracker.documents.styles import GRID, styles
from aidtracker.documents.tables import table
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts
from aidtracker.domain.donor import CategoryValue, DonorReport, Photo
from aidtracker.reference import categories
from aidtracker.resources import load_json

BAR = colors.Color(0.16, 0.38, 0.62)
_ROW = 7 * mm
_SIZE = 8.0


@dataclass(frozen=True, slots=True)
class ChartBasis:
    """What the bars measure: one donor currency when every line has it, else hryvnias."""

    currency: str
    values: tuple[tuple[str, int], ...]  # (category code, minor units)


def chart_basis(report: DonorReport) -> ChartBasis | None:
    """The donor's currency when the report has one, else UAH when every line has a rate;
    None when there is nothing to chart."""
    currencies = {c for cat in report.categories for c in cat.value_by_currency}
    if len(currencies) == 1:
        (code,) = currencies
        return _basis(code, [(c.code, c.value_by_currency[code]) for c in report.categories])
    if report.categories and all(c.value_uah is not None for c in report.categories):
        return _basis("UAH", [(c.code, c.value_uah or 0) for c in report.categories])
    return None


def _basis(code: str, values: list[tuple[str, int]]) -> ChartBasis | None:
    values = [(c, v) for c, v in values if v > 0]
    return ChartBasis(code, tuple(sorted(values, key=lambda cv: (-cv[1], cv[0])))) \
        if values else None


def category_name(t: Texts, code: str) -> str:
    """The category in the report's languages: Ukrainian beside the partner's own name where
    the template wording has one ('Автомобілі швидкої допомоги / Rettungswagen')."""
    names = load_json("templates/packing_list.json")
    table = names.get("category_names", {}) if isinstance(names, dict) else {}
    cat = categories().get(code)
    other = table.get(t.langs[-1], {}).get(code) if cat else None
    return f"{cat.name_uk} / {other}" if cat and other and t.langs[0] == "uk" else \
        t.category(code)


def _fit(text: str, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points."""
    if stringWidth(text, CONDENSED, _SIZE) <= width:
        return text
    while text and stringWidth(text + "…", CONDENSED, _SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def value_chart(t: Texts, basis: ChartBasis, width: float) -> Drawing:
    """Horizontal bars of value by category, the largest first."""
    label_w = width * 0.40
    value_w = max(stringWidth(fmt.money(v, basis.currency), CONDENSED, _SIZE)
                  for _, v in basis.values) + 3 * mm
    bar_room = width - label_w - value_w - 2 * mm
    top = max(v for _, v in basis.values)
    height = _ROW * len(basis.values) + 2 * mm
    d = Drawing(width, height)
    x0 = label_w + 1 * mm
    d.add(Line(x0, 0, x0, height, strokeColor=GRID, strokeWidth=0.5))
    for i, (code, amount) in enumerate(basis.values):
        y = height - (i + 1) * _ROW
        d.add(String(0, y + 2.2 * mm, _fit(category_name(t, code), label_w - 2 * mm),
                     fontName=CONDENSED, fontSize=_SIZE))
        length = max(0.5, bar_room * amount / top)
        bar = Rect(x0, y + 1 * mm, length, _ROW - 2.4 * mm)
        bar.fillColor, bar.strokeColor = BAR, None
        d.add(bar)
        d.add(String(x0 + length + 1.5 * mm, y + 2.2 * mm, fmt.money(amount, basis.currency),
                     fontName=CONDENSED, fontSize=_SIZE))
    return d


def category_rows(t: Texts, categories: Sequence[CategoryValue]) -> list[list[object]]:
    """Category, value in the donor's currency (each currency), value in UAH."""
    s = styles()
    rows: list[list[object]] = []
    for cat in categories:
        money = "; ".join(fmt.money(v, c) for c, v in cat.value_by_currency.items())
        uah = fmt.money(cat.value_uah, "UAH") if cat.value_uah is not None else "—"
        rows.append([para(category_name(t, cat.code), s.cell), para(money, s.cell_r),
                     para(uah, s.cell_r)])
    return rows


def _image(photo: Photo, max_w: float, max_h: float) -> Flowable | None:
    try:
        w, h = ImageReader(photo.path).getSize()
    except (OSError, ValueError):
        return None  # an unreadable file is left out rather than failing the report
    scale = min(max_w / w, max_h / h)
    return Image(photo.path, width=w * scale, height=h * scale, hAlign="CENTER")


def photo_grid(photos: Sequence[Photo], width: float, per_row: int = 2) -> list[Flowable]:
    """The photos two per row, scaled to fit, each with its caption below."""
    s = styles()
    cell_w = width / per_row
    cells: list[list[Flowable]] = []
    for photo in photos:
        image = _image(photo, cell_w - 6 * mm, 70 * mm)
        if image is not None:
            cells.append([image, para(photo.caption, s.small)])
    out: list[Flowable] = []
    for i in range(0, len(cells), per_row):
        row: list[object] = list(cells[i:i + per_row])
        row += [""] * (per_row - len(row))
        out.append(table([row], [cell_w] * per_row, grid=False, pad=3))
    return out
