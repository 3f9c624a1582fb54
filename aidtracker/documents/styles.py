"""Paragraph and table styles: act text 11–12 pt, tables 8.5–9 pt, titles 13–14 pt bold."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from aidtracker.documents.fonts import BOLD, CONDENSED, CONDENSED_BOLD, FONT, register_fonts

GRID = colors.Color(0.35, 0.35, 0.35)
HEAD_BG = colors.Color(0.88, 0.90, 0.93)
MUTED = colors.Color(0.35, 0.35, 0.35)
COPY_RED = colors.Color(0.70, 0.05, 0.05)


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    title2: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    act: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_r: ParagraphStyle
    cell_c: ParagraphStyle
    cell_b: ParagraphStyle
    head: ParagraphStyle
    label: ParagraphStyle
    box_label: ParagraphStyle
    box: ParagraphStyle
    copy: ParagraphStyle


def _ps(name: str, **kw: object) -> ParagraphStyle:
    """A style; without a parent it starts from DejaVu Sans 10 pt."""
    base: dict[str, object] = (
        {} if "parent" in kw else {"fontName": FONT, "fontSize": 10, "leading": 12.5}
    )
    base.update(kw)
    return ParagraphStyle(name, splitLongWords=1, **base)  # type: ignore[arg-type]


@cache
def styles() -> Styles:
    """The shared styles (fonts registered first)."""
    register_fonts()
    cell = _ps("cell", fontName=CONDENSED, fontSize=8.5, leading=10)
    return Styles(
        title=_ps("title", fontName=BOLD, fontSize=14, leading=17, alignment=TA_CENTER),
        title2=_ps("title2", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER),
        heading=_ps(
            "heading", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3
        ),
        body=_ps("body", fontSize=10, leading=12.5),
        act=_ps("act", fontSize=11, leading=14, spaceAfter=4),
        small=_ps("small", fontSize=8.5, leading=10.5),
        muted=_ps("muted", fontSize=8, leading=10, textColor=MUTED),
        cell=cell,
        cell_r=_ps("cell_r", parent=cell, alignment=TA_RIGHT),
        cell_c=_ps("cell_c", parent=cell, alignment=TA_CENTER),
        cell_b=_ps("cell_b", parent=cell, fontName=CONDENSED_BOLD),
        head=_ps("head", fontName=CONDENSED_BOLD, fontSize=7.5, leading=9, alignment=TA_CENTER),
        label=_ps("label", fontName=CONDENSED_BOLD, fontSize=8, leading=10,
                  embeddedHyphenation=1),  # long German labels break at their soft hyphens
        box_label=_ps(
            "box_label",
            fontName=CONDENSED,
            fontSize=6.5,
            leading=7.5,
            textColor=MUTED,
            alignment=TA_LEFT,
        ),
        box=_ps("box", fontName=CONDENSED, fontSize=8.5, leading=10),
        copy=_ps(
            "copy", fontName=BOLD, fontSize=10, leading=12.5, textColor=COPY_RED, alignment=TA_RIGHT
        ),
    )


def sized(style: ParagraphStyle, size: float, **kw: object) -> ParagraphStyle:
    """A copy of ``style`` at another size (for the windscreen sign and labels)."""
    return ParagraphStyle(
        f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.18,
        **kw,  # type: ignore[arg-type]  # ParagraphStyle attributes by name
    )
