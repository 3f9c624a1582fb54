"""A 1,000-line goods specification (D2) with our code vs a bare ReportLab table (PERFORMANCE.md).

Both sides print the same rows in the same font on landscape A4. The baseline is what a plain
ReportLab user writes: one ``Table`` of wrapping Paragraph cells with a repeated header row.
Ours adds the glyph check, the escaping helper, the header block, the footer with "Page X of Y"
(two-pass canvas), the category totals, the signatures and the atomic write — and builds the
table in chunks of 250 rows. Target: ours ≤ 1.5× the baseline, measured in the same run.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
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
RUNS = 3
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


def ours(detail: ShipmentDetail, out: Path) -> int:
    from aidtracker.documents import DocumentContext, render_document

    ctx = DocumentContext(
        detail, "specification", doc_number="CV-2026-0042/D2-1", issued_on=date(2026, 2, 5)
    )
    return render_document(ctx, out).pages


def baseline_rows(detail: ShipmentDetail) -> tuple[list[str], list[list[str]], list[float]]:
    """The same header, cell texts and column widths our specification prints (not timed)."""
    from aidtracker.documents.layout import LANDSCAPE_WIDTH
    from aidtracker.documents.specification import spec_columns
    from aidtracker.documents.tables import widths_mm
    from aidtracker.documents.texts import texts_for

    t = texts_for("uk-en")
    columns = spec_columns(t, detail.lines)
    header = [t.label(c.key) for c in columns]
    rows = [[c.cell(line) for c in columns] for line in detail.lines]
    return header, rows, widths_mm([c.weight for c in columns], LANDSCAPE_WIDTH)


def bare(header: list[str], rows: list[list[str]], widths: list[float]) -> int:
    """One plain ReportLab Table of Paragraph cells in the same font, header repeated."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from aidtracker.documents.fonts import CONDENSED, CONDENSED_BOLD, register_fonts
    from aidtracker.documents.tables import base_style  # the same paddings and grid

    register_fonts()
    cell = ParagraphStyle("c", fontName=CONDENSED, fontSize=8.5, leading=10)
    head = ParagraphStyle("h", fontName=CONDENSED_BOLD, fontSize=7.5, leading=9)
    data = [[Paragraph(escape(h), head) for h in header]]
    data += [[Paragraph(escape(v).replace("\n", "<br/>"), cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, style=TableStyle(base_style(header=True)))
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4), leftMargin=30 * mm,
                            rightMargin=10 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            initialFontName=CONDENSED)  # fmt: skip
    doc.build([table])
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
    header, rows, widths = baseline_rows(detail)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "spec.pdf"
        pages = ours(detail, out)  # warm up: imports, font registration
        bare_pages = bare(header, rows, widths)
        t_ours = median_time(lambda: ours(detail, out))
        t_bare = median_time(lambda: bare(header, rows, widths))
    ratio = t_ours / t_bare
    print(f"specification, {LINES} lines: ours {t_ours:.3f} s ({pages} pages), "
          f"bare ReportLab table {t_bare:.3f} s ({bare_pages} pages), "
          f"ratio {ratio:.2f}x (target <= 1.5x), median of {RUNS}")  # fmt: skip


if __name__ == "__main__":
    main()
