"""A 1,000-line goods specification (D2) with our code vs the bare ReportLab floor (PERFORMANCE.md).

Both sides print the same rows in the same font on landscape A4. The baseline is the floor, the
bare library used the fastest reasonable way: plain cells except a wrapping description
``Paragraph`` column, tables chunked at 250 rows with the header repeated, and "Page X of Y"
drawn by a two-pass canvas. Ours adds the glyph check, the escaping helper, the header block,
the footer, the category totals and the signatures, in memory (the service writes the file).
Target: ours ≤ 1.5× the floor, measured in the same run (medians).
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from datetime import date
from xml.sax.saxutils import escape

from aidtracker.domain import (
    LineItem,
    Organisation,
    OrgKind,
    Partnership,
    Shipment,
    ShipmentDetail,
    Status,
    Unit,
)

LINES = 1000
RUNS = 5
_ITEMS = (
    ("hygiene", "Засоби гігієни: мило, зубна паста", "Hygiene kits"),
    ("clothing.new", "Куртки зимові чоловічі, синтетичні", "Men's winter jackets"),
    ("med.consumable", "Бинти стерильні 7 м × 14 см", "Sterile bandages"),
    ("food", "Консерви мʼясні, 325 г", "Canned meat 325 g"),
)


def make_detail(n: int = LINES) -> ShipmentDetail:
    """A shipment of ``n`` ordinary lines with Cyrillic descriptions, EUR and PLN values."""
    lines = tuple(
        LineItem(
            id=i, line_no=i, category=_ITEMS[i % 4][0], description=f"{_ITEMS[i % 4][1]} ({i})",
            description_en=f"{_ITEMS[i % 4][2]} ({i})", qty_milli=1000 * (i % 50 + 1),
            unit=Unit.PCS, currency="EUR" if i % 3 else "PLN", unit_value_minor=1000 + i,
            hs_code="961900", packages=1, net_g=1000 * i, gross_g=1100 * i,
        )
        for i in range(1, n + 1)
    )  # fmt: skip
    donor = Organisation(
        1,
        OrgKind.CITY_AUTHORITY,
        "City of Lublin",
        "Місто Люблін",
        country="PL",
        settlement="Lublin",
    )
    recipient = Organisation(
        2,
        OrgKind.CITY_AUTHORITY,
        "Khmelnytskyi City Council",
        "Хмельницька міська рада",
        settlement="Хмельницький",
        edrpou="99000011",
    )
    shipment = Shipment(42, "CV-2026-0042", Status.READY, 1, 1, 2, ahars_code="DEMO-AHARS-1")
    return ShipmentDetail(shipment, Partnership(1, "Хмельницький", "Lublin", "PL"), donor,
                          recipient, lines, (), (), (), (), ())  # fmt: skip


def ours(detail: ShipmentDetail) -> int:
    from aidtracker.documents import DocumentContext, render_pdf

    ctx = DocumentContext(
        detail, "specification", doc_number="CV-2026-0042/D2-1", issued_on=date(2026, 2, 5)
    )
    return render_pdf(ctx)[1]


def baseline_rows(
    detail: ShipmentDetail,
) -> tuple[list[str], list[list[str]], list[float], int]:
    """The same header, cell texts and column widths our specification prints (not timed), and
    the index of the description column."""
    from aidtracker.documents.layout import LANDSCAPE_WIDTH
    from aidtracker.documents.specification import spec_columns
    from aidtracker.documents.tables import widths_mm
    from aidtracker.documents.texts import texts_for

    t = texts_for("uk-en")
    columns = spec_columns(t, detail.lines)
    header = [t.label(c.key) for c in columns]
    rows = [[c.cell(line) for c in columns] for line in detail.lines]
    described = next(i for i, c in enumerate(columns) if c.key == "col.description")
    return header, rows, widths_mm([c.weight for c in columns], LANDSCAPE_WIDTH), described


def bare(header: list[str], rows: list[list[str]], widths: list[float], described: int) -> int:
    """The floor: plain cells but the description, 250-row tables, page X of Y."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from aidtracker.documents.fonts import CONDENSED, CONDENSED_BOLD, register_fonts
    from aidtracker.documents.tables import base_style  # the same paddings and grid

    class PageXofY(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._saved: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                self.setFont(CONDENSED, 7.5)
                self.drawRightString(280 * mm, 12 * mm, f"Page {number} of {len(self._saved)}")
                super().showPage()
            super().save()

    register_fonts()
    cell = ParagraphStyle("c", fontName=CONDENSED, fontSize=8.5, leading=10)
    head = ParagraphStyle("h", fontName=CONDENSED_BOLD, fontSize=7.5, leading=9)
    top = [Paragraph(escape(h), head) for h in header]
    body = [
        [Paragraph(escape(v).replace("\n", "<br/>"), cell) if i == described else v
         for i, v in enumerate(row)]
        for row in rows
    ]
    style = TableStyle([*base_style(header=True), ("FONTSIZE", (0, 1), (-1, -1), 8.5),
                        ("LEADING", (0, 1), (-1, -1), 10)])
    story = [Table([top, *body[i : i + 250]], colWidths=widths, repeatRows=1, style=style)
             for i in range(0, len(body), 250)]
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4), leftMargin=30 * mm,
                            rightMargin=10 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            initialFontName=CONDENSED)  # fmt: skip
    doc.build(story, canvasmaker=PageXofY)
    return doc.page


def median_time(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    detail = make_detail()
    header, rows, widths, described = baseline_rows(detail)
    pages = ours(detail)  # warm up: imports, font registration
    bare_pages = bare(header, rows, widths, described)
    # Alternate the two sides so that the machine's drift (30–50 %) hits both alike.
    pairs = [(median_time(lambda: ours(detail), 1),
              median_time(lambda: bare(header, rows, widths, described), 1))
             for _ in range(RUNS)]
    t_ours = statistics.median(o for o, _ in pairs)
    t_bare = statistics.median(b for _, b in pairs)
    ratio = t_ours / t_bare
    print(f"specification, {LINES} lines: ours {t_ours:.3f} s ({pages} pages), "
          f"bare ReportLab floor (plain cells, wrapping description, 250-row tables, page X "
          f"of Y) {t_bare:.3f} s ({bare_pages} pages), ratio {ratio:.2f}x (target <= 1.5x), "
          f"median of {RUNS}")  # fmt: skip


if __name__ == "__main__":
    main()
