"""QR codes (ReportLab's own encoder; vector squares, no fonts, no images) and fitted type."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase.pdfmetrics import stringWidth

from aidtracker.documents.fonts import FONT


def qr_code(data: str, size: float) -> Drawing:
    """A square QR code of ``size`` points (quiet zone included) encoding ``data`` (level M)."""
    widget = QrCodeWidget(data, barLevel="M", barWidth=size, barHeight=size)
    # the drawing's own state would otherwise name Helvetica in the PDF
    drawing = Drawing(size, size, initialFontName=FONT, initialFontSize=10)
    drawing.add(widget)
    return drawing


def fit_size(text: str, font: str, width: float, largest: float, smallest: float = 8) -> float:
    """The largest font size up to ``largest`` at which the longest line of ``text`` fits."""
    longest = max((stringWidth(line, font, 1) for line in text.splitlines() or [""]), default=0)
    if longest <= 0:
        return largest
    return max(smallest, min(largest, width / longest))
