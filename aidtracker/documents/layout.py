"""Pages, the footer with "Page X of Y", and the atomic write of the PDF.

A4 with the DSTU 4163 margins (left 30, right 10, top 20, bottom 20 mm) in portrait and
landscape page templates (``PORTRAIT``/``LANDSCAPE``; switch with ``NextPageTemplate``). The
footer is drawn on every page by :class:`NumberedCanvas`, which holds the pages back until the
end so it knows the page count (two-pass canvas). :func:`render` builds into memory, then writes
a temporary file beside the target and ``os.replace``-s it: a failed render never touches an
existing PDF and leaves no temporary file behind.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from aidtracker.documents.context import RenderResult
from aidtracker.documents.fonts import FONT, register_fonts
from aidtracker.documents.styles import GRID, MUTED
from aidtracker.documents.text import line_text
from aidtracker.errors import StorageError

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 30 * mm, 10 * mm, 20 * mm, 20 * mm
PORTRAIT, LANDSCAPE = "portrait", "landscape"
PORTRAIT_WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT  # 170 mm
LANDSCAPE_WIDTH = A4[1] - MARGIN_LEFT - MARGIN_RIGHT  # 257 mm
FRAME_HEIGHT = {
    PORTRAIT: A4[1] - MARGIN_TOP - MARGIN_BOTTOM,
    LANDSCAPE: A4[0] - MARGIN_TOP - MARGIN_BOTTOM,
}
FOOTER_SIZE = 7.5


@dataclass(frozen=True, slots=True)
class FooterInfo:
    """What the footer prints on every page.

    ``lines``: left-aligned lines, top to bottom (shipment, document number, AHARS code);
    ``page_label``: a template with ``{page}`` and ``{pages}`` printed at the right.
    """

    lines: tuple[str, ...]
    page_label: str


@dataclass
class _Stats:
    pages: int = 0


class NumberedCanvas(Canvas):
    """Keeps every page until ``save`` so the footer can say "Page X of Y"."""

    def __init__(self, *args: Any, footer: FooterInfo, stats: _Stats, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._stats = stats
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset

    def save(self) -> None:
        total = len(self._pages)
        self._stats.pages = total
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, pages: int) -> None:
        width = self._pagesize[0]  # type: ignore[attr-defined]  # set by Canvas.__init__
        right = width - MARGIN_RIGHT
        label = line_text(self._footer.page_label.format(page=page, pages=pages))
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        self.line(MARGIN_LEFT, MARGIN_BOTTOM - 4 * mm, right, MARGIN_BOTTOM - 4 * mm)
        self.setFillColor(MUTED)
        y = MARGIN_BOTTOM - 4 * mm - FOOTER_SIZE - 2
        label_width = stringWidth(label, FONT, FOOTER_SIZE)
        self.setFont(FONT, FOOTER_SIZE)
        self.drawRightString(right, y, line_text(label))
        room = right - MARGIN_LEFT - label_width - 6 * mm
        for line in map(line_text, self._footer.lines):  # the AHARS code is user text
            size = _fit(line, room, FOOTER_SIZE)
            self.setFont(FONT, size)
            self.drawString(MARGIN_LEFT, y, line_text(line))
            y -= FOOTER_SIZE + 2
            room = right - MARGIN_LEFT
        self.restoreState()


def _fit(text: str, width: float, size: float) -> float:
    """The font size (down to 4.5 pt) at which ``text`` fits ``width``."""
    natural = stringWidth(text, FONT, size)
    return size if natural <= width else max(4.5, size * width / natural)


@dataclass(frozen=True)
class PdfInfo:
    """Document metadata and first page orientation."""

    title: str = ""
    author: str = ""
    subject: str = ""
    lang: str = "uk"
    first: str = PORTRAIT
    keywords: tuple[str, ...] = field(default_factory=tuple)


def _templates(first: str) -> list[PageTemplate]:
    def frame(size: tuple[float, float], name: str) -> Frame:
        return Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            size[0] - MARGIN_LEFT - MARGIN_RIGHT,
            size[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    wide = landscape(A4)
    pages = [
        PageTemplate(id=PORTRAIT, frames=[frame(A4, PORTRAIT)], pagesize=A4),
        PageTemplate(id=LANDSCAPE, frames=[frame(wide, LANDSCAPE)], pagesize=wide),
    ]
    return pages if first == PORTRAIT else pages[::-1]


def build_pdf(story: Sequence[Flowable], footer: FooterInfo, info: PdfInfo) -> tuple[bytes, int]:
    """Lay out ``story`` into PDF bytes; returns the bytes and the page count."""
    register_fonts()
    buffer = io.BytesIO()
    first = _templates(info.first)[0]
    doc = BaseDocTemplate(
        buffer,
        pagesize=first.pagesize,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=list(info.keywords),
        creator="AidTracker",
        lang=info.lang,
        invariant=1,
        initialFontName=FONT,
        initialFontSize=10,
        pageTemplates=_templates(info.first),
    )
    stats = _Stats()
    doc.build(list(story), canvasmaker=partial(NumberedCanvas, footer=footer, stats=stats))
    return buffer.getvalue(), stats.pages


def render(
    story: Sequence[Flowable], out_path: str | os.PathLike[str], footer: FooterInfo, info: PdfInfo
) -> RenderResult:
    """Render ``story`` to ``out_path`` atomically.

    Raises:
        StorageError: the folder is missing, read-only, full or the file is locked.
    """
    data, pages = build_pdf(story, footer, info)
    write_atomic(Path(out_path), data)
    return RenderResult(pages=pages, sha256=hashlib.sha256(data).hexdigest())


_REASONS = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EACCES: "readonly",
    errno.EPERM: "readonly",
    errno.EROFS: "readonly",
    errno.ENOENT: "missing",
    errno.EBUSY: "locked",
}


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync, then replace ``path``."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        reason = "locked" if isinstance(exc, PermissionError) and path.exists() else None
        raise StorageError(
            reason=reason or _REASONS.get(exc.errno or 0, "io"), path=str(path), detail=str(exc)
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
