"""Tables: wrapping Paragraph cells for text, plain cells for short values we format ourselves
(numbers, codes, units: faster, and never broken mid-number), long tables in chunks with the
header on every page.

One platypus ``Table`` of thousands of rows is re-split on every page (PERFORMANCE.md: 5,000
rows in one table take about twice as long as 20 tables of 250), so :func:`long_table` builds a
first table of ``CHUNK`` rows and then :class:`_Continuation` flowables of ``CHUNK`` rows. A
continuation shows the header row only when it starts a page, so the header appears at the top
of every page and never in the middle of one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from aidtracker.documents.fonts import CONDENSED
from aidtracker.documents.styles import GRID, HEAD_BG

CHUNK = 250
TALL_ROW_ROOM = 0.3  # share of the frame left free above which a row that does not fit is split
SPLIT_MIN = 1  # points: rows taller than a page may be split anywhere (see BoxTable.split)

Cell = Any  # a Flowable, a list of Flowables, or '' for an empty cell
Row = Sequence[Cell]


StyleCommand = tuple[Any, ...]  # ReportLab TableStyle command: (name, start, stop, *values)


def base_style(*, grid: bool = True, header: bool = False, pad: float = 2.2) -> list[StyleCommand]:
    """Style commands every table starts from: the bundled font (a Table otherwise names
    Helvetica), top alignment, small padding, an optional grid and shaded header row."""
    cmds: list[StyleCommand] = [
        ("FONTNAME", (0, 0), (-1, -1), CONDENSED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, GRID))
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    return cmds


class BoxTable(Table):
    """A Table that splits a row across pages only when the row starts a page.

    Ordinary rows move to the next page whole (ReportLab would otherwise split the first row
    that does not fit, and repeat the header above its tail on the same page); a row taller
    than a whole page (a 20,000-character description) is still split, so nothing is lost, and
    so is a row that does not fit while more than a third of the page is still free.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        frame = getattr(self, "_frame", None)
        if frame is None or getattr(frame, "_atTop", True):
            return super().split(availWidth, availHeight)
        saved, self.splitInRow = self.splitInRow, 0
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = saved
        for part in parts:  # the pieces inherited the switched-off value
            if isinstance(part, BoxTable):
                part.splitInRow = saved
        if not parts and availHeight > TALL_ROW_ROOM * getattr(frame, "_height", availHeight * 3):
            # A tall first row (a convoy's VINs) would leave most of this page empty and strand
            # the heading above it: split it here instead.
            return super().split(availWidth, availHeight)
        return parts


def table(
    rows: Sequence[Row],
    widths: Sequence[float],
    *,
    header: bool = False,
    grid: bool = True,
    extra: Sequence[StyleCommand] = (),
    pad: float = 2.2,
    heights: Sequence[float | None] | None = None,
) -> BoxTable:
    """A Table with the base style; ``header`` repeats the first row on every page.

    ``heights`` passes row heights already measured (None = measure), so a split remainder is
    not wrapped again.
    """
    return BoxTable(
        [list(r) for r in rows],
        colWidths=list(widths),
        rowHeights=list(heights) if heights is not None else None,
        style=TableStyle(base_style(grid=grid, header=header, pad=pad) + list(extra)),
        repeatRows=1 if header else 0,
        splitInRow=SPLIT_MIN,
        hAlign="LEFT",
    )


def widths_mm(widths: Sequence[float], total: float, min_flex: float = 25) -> list[float]:
    """Column widths in points from millimetres, filling ``total`` points.

    A width of 0 marks a flexible column that takes the rest (shared when there are several);
    without one, the widths are relative weights scaled to ``total``. Fixed columns shrink
    proportionally when less than ``min_flex`` mm would be left for each flexible one.
    """
    flex = [i for i, w in enumerate(widths) if w == 0]
    fixed = sum(widths) * mm
    if not flex:
        return [w * mm * total / fixed for w in widths]
    room = total - len(flex) * min_flex * mm
    scale = min(1.0, room / fixed) if fixed else 1.0
    rest = (total - fixed * scale) / len(flex)
    return [rest if w == 0 else w * mm * scale for w in widths]


class _Continuation(Flowable):
    """Rows after the first chunk; the header row is shown only when they start a page."""

    def __init__(self, header: Row, rows: Sequence[Row], widths: Sequence[float],
                 extra: Sequence[tuple[Any, ...]]) -> None:
        super().__init__()
        self._header = header
        self._rows = rows
        self._widths = widths
        self._extra = extra
        self._with: BoxTable | None = None
        self._without: BoxTable | None = None
        self._current: BoxTable | None = None

    def _choose(self) -> BoxTable:
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            if self._with is None:
                self._with = table([self._header, *self._rows], self._widths, header=True,
                                   extra=self._extra)
            return self._with
        if self._without is None:
            self._without = table(self._rows, self._widths, extra=self._extra)
        return self._without

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._current = self._choose()
        return self._current.wrap(availWidth, availHeight)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        assert self._current is not None
        self._current.drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]  # stub lacks _sW

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        chosen = self._choose()
        chosen._frame = getattr(self, "_frame", None)  # type: ignore[attr-defined]
        try:
            parts = chosen.split(availWidth, availHeight)
        finally:
            del chosen._frame  # type: ignore[attr-defined]
        if chosen is self._with or len(parts) < 2:
            return parts
        rest = parts[1]
        heights = [None, *rest._argH]  # type: ignore[attr-defined]
        cells = rest._cellvalues  # type: ignore[attr-defined]
        return [parts[0], table([self._header, *cells], self._widths, header=True, heights=heights,
                                extra=self._extra)]


def long_table(
    header: Row, rows: Sequence[Row], widths: Sequence[float], chunk: int = CHUNK,
    extra: Sequence[tuple[Any, ...]] = (),
) -> list[Flowable]:
    """A goods table of any length: header on every page, built in chunks of ``chunk`` rows.

    ``extra`` style commands apply to every chunk (column alignment of plain cells).
    """
    first = table([header, *rows[:chunk]], widths, header=True, extra=extra)
    rest: list[Flowable] = [
        _Continuation(header, rows[i : i + chunk], widths, extra)
        for i in range(chunk, len(rows), chunk)
    ]
    return [first, *rest]


@dataclass(frozen=True, slots=True)
class Gap:
    """Vertical gaps used between blocks, in points."""

    small: float = 2 * mm
    medium: float = 4 * mm


GAP = Gap()
