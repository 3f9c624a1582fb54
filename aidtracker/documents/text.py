"""THE one way text reaches a PDF: escaped, then wrapped in a Paragraph (RELIABILITY.md R10).

ReportLab's Paragraph is a markup parser: unescaped, ``<img src=...>`` loads a file, ``<a href>``
makes a link and ``&#65;`` becomes 'A'. :func:`para_text` escapes every string (user text and
template wording alike), so ``<b>x</b>``, ``AT&T``, ``x<y`` and quotes print literally.
:func:`para` is the only place in the package that calls ``Paragraph(``; the only markup it
ever adds is ``<b>``/``<br/>`` around already-escaped text. Long words wrap inside their
column (``splitLongWords``), so a 20,000-character word cannot break the layout.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

_NEEDS_WORK = re.compile(r"[&<>\"'\r\n\t\x00-\x1f\x7f\u0080-\u009f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0080-\u009f]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_ESCAPE = re.compile(r"[&<>\"']")

def line_text(s: str) -> str:
    """Plain text → one line for the canvas (``drawString``: footers, stamp labels).

    The canvas prints characters, not markup, so nothing is XML-escaped; line breaks and tabs
    become spaces and control characters U+FFFD, exactly as :func:`para_text` treats them.
    """
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    s = s.replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub("\ufffd", s)


#: A run of text, printed bold when the flag is set.
Run = tuple[str, bool]


def para_text(s: str) -> str:
    """Plain text → Paragraph markup that prints exactly ``s``.

    XML-escapes ``& < > " '``, turns line breaks into ``<br/>`` and tabs into spaces, composes
    accents (NFC) and replaces control characters with U+FFFD (the glyph check refuses them
    before a document is built, so that only happens to callers that skip the check).
    """
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    if not _NEEDS_WORK.search(s):
        return s
    s = _CONTROL.sub("\ufffd", s)
    s = _ESCAPE.sub(lambda m: _ESCAPES[m.group()], s)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return s.replace("\n", "<br/>")


def para(text: str | Sequence[Run], style: ParagraphStyle) -> Paragraph:
    """A wrapping Paragraph printing ``text`` literally.

    Args:
        text: plain text, or runs ``(text, bold)`` for a bold label followed by a value.
        style: the paragraph style (font, size, alignment).
    """
    if isinstance(text, str):
        markup = para_text(text)
    else:
        markup = "".join(
            f"<b>{para_text(part)}</b>" if bold else para_text(part) for part, bold in text if part
        )
    return Paragraph(markup, style)


def plain_text(s: str) -> str:
    """Text for a plain (non-wrapping, unparsed) table cell: NFC, tabs as spaces, control
    characters replaced. Only for short values we format ourselves (numbers, codes, units)."""
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    return _CONTROL.sub("\ufffd", s.replace("\t", " "))
