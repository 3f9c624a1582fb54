"""A copy is the stored original with a mark on every page, never a re-render of today's record.

:func:`mark_as_copy` draws the mark ("КОПІЯ / COPY", the original's number and the day the copy
was made) on a transparent page of the same size with ReportLab and merges it over each page of
the original with pypdf; the original's content streams are left untouched, so the copy's text
is the original's text plus the mark.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from aidtracker.documents.fonts import BOLD, FONT, register_fonts
from aidtracker.documents.layout import MARGIN_RIGHT
from aidtracker.documents.styles import COPY_RED
from aidtracker.documents.text import line_text

MARK_SIZE = 15
NOTE_SIZE = 7.5


def _overlay(width: float, height: float, mark: str, note: str) -> PdfReader:
    """One transparent page with the mark at the top right corner."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1,
                    initialFontName=FONT)  # type: ignore[arg-type]  # the stub says float
    right = width - MARGIN_RIGHT
    top = height - 9 * mm
    canvas.setFillColor(COPY_RED)
    canvas.setStrokeColor(COPY_RED)
    canvas.setFont(BOLD, MARK_SIZE)
    canvas.drawRightString(right, top, line_text(mark))
    canvas.setFont(FONT, NOTE_SIZE)
    canvas.drawRightString(right, top - NOTE_SIZE - 3, line_text(note))
    canvas.setLineWidth(1.2)
    canvas.rect(right - 68 * mm, top - NOTE_SIZE - 6, 68 * mm, MARK_SIZE + NOTE_SIZE + 8)
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def mark_as_copy(original: bytes, mark: str, note: str) -> tuple[bytes, int]:
    """``original`` with ``mark`` and ``note`` drawn over every page; the bytes and page count."""
    register_fonts()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(original)))
    overlays: dict[tuple[float, float], PdfReader] = {}
    for page in writer.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        if size not in overlays:
            overlays[size] = _overlay(size[0], size[1], mark, note)
        page.merge_page(overlays[size].pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(writer.pages)
