"""The bundled DejaVu fonts: registration with ReportLab and the glyph check before printing.

ReportLab's standard fonts have no Cyrillic and print boxes; DejaVu Sans (Bitstream Vera
licence, ``resources/fonts/LICENSE.txt``) is registered once, embedded as subsets, and made the
canvas's initial font so no standard-14 font is referenced anywhere in a PDF. Every user string
of a document is checked against the font's character map first: a character the font cannot
draw raises :class:`UnprintableCharacters` instead of printing a box.
"""

from __future__ import annotations

import dataclasses
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from enum import Enum
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from aidtracker.documents.errors import UnprintableCharacters
from aidtracker.resources import resource_path

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"
ALL_FACES = (FONT, BOLD, ITALIC, BOLD_ITALIC, CONDENSED, CONDENSED_BOLD)
#: Faces that may draw user text (oblique faces cover fewer characters: fixed wording only).
USER_FACES = (FONT, BOLD, CONDENSED, CONDENSED_BOLD)
#: Whitespace the text helper turns into spaces and line breaks itself.
LAYOUT_WHITESPACE = frozenset("\n\r\t")
_RTL = frozenset({"R", "AL"})
_lock = threading.Lock()


def register_fonts() -> None:
    """Register the DejaVu faces and families with ReportLab (idempotent, thread-safe)."""
    with _lock:
        if CONDENSED_BOLD in pdfmetrics.getRegisteredFontNames():
            return
        for name in ALL_FACES:
            pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{name}.ttf"))))
        for family, regular, bold, italic, bold_italic in (
            (FONT, FONT, BOLD, ITALIC, BOLD_ITALIC),
            (CONDENSED, CONDENSED, CONDENSED_BOLD, ITALIC, BOLD_ITALIC),
        ):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold_italic)


@cache
def coverage() -> frozenset[int]:
    """Code points every user-text face can draw (the intersection of their cmaps)."""
    register_fonts()
    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in USER_FACES]  # type: ignore[attr-defined]
    return frozenset(set.intersection(*maps))


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that would not print correctly with the embedded font.

    Besides characters missing from the font: control characters (NUL…) and right-to-left
    letters, which ReportLab would draw unshaped and in the wrong order.
    """
    covered = coverage()
    missing: set[str] = set()
    for ch in set(unicodedata.normalize("NFC", text)):
        if ch in LAYOUT_WHITESPACE:
            continue
        if (
            ord(ch) not in covered
            or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
            or unicodedata.bidirectional(ch) in _RTL
        ):
            missing.add(ch)
    return missing


def check_printable(fields: Iterable[tuple[str, str]]) -> None:
    """Raise :class:`UnprintableCharacters` for the first field the font cannot print.

    Args:
        fields: ``(field path, text)`` pairs, e.g. ``("lines.3.description", "…")``.
    """
    for name, text in fields:
        if text.isascii() and text.isprintable():
            continue
        missing = missing_glyphs(text)
        if missing:
            chars = "".join(sorted(missing))
            raise UnprintableCharacters(
                field=name,
                chars=chars,
                codepoints=" ".join(f"U+{ord(c):04X}" for c in chars),
            )


def record_strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    """Every free-text string inside a record of frozen dataclasses, with its field path.

    Tuples are numbered from 1, except line items, which use their line number. Enum values are
    fixed codes and are skipped; so is the audit trail (``events``), which no document prints.
    """
    if isinstance(value, Enum):
        return
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, tuple):
        for i, item in enumerate(value, start=1):
            key = getattr(item, "line_no", i) if path.endswith("lines") else i
            yield from record_strings(item, f"{path}.{key}")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name == "events":
                continue
            child = getattr(value, f.name)
            yield from record_strings(child, f"{path}.{f.name}" if path else f.name)
