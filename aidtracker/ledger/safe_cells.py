"""The one helper that writes openpyxl cells for exports (RELIABILITY.md R9, T10).

* Every text is a cell with ``data_type='s'`` (an inline string), so ``=1+2`` never becomes a
  formula and ``#N/A`` never an error cell; text starting with ``= + - @``, tab, CR, LF or NUL
  also gets the ``quotePrefix`` style, so Excel and LibreOffice keep showing it as text when the
  cell is edited.
* Control characters that XML cannot hold (``\\x00``–``\\x08``, ``\\x0b``, ``\\x0c``,
  ``\\x0e``–``\\x1f``) are replaced by their visible Unicode pictures (``\\x0b`` → ``␋``),
  counted and logged.
* A carriage return is written as OOXML's ``_x000D_`` (as Excel does; a raw CR would come back
  as LF from any XML reader), and text that itself looks like such an escape (``_x0041_``) gets
  its underscore escaped (``_x005F_x0041_``), so Excel, LibreOffice and calamine read back the
  exact text. openpyxl does not decode these escapes: use ``openpyxl.utils.escape.unescape``.
* Nothing is cut silently at Excel's 32,767 characters: a longer text keeps its first part in
  the cell with a visible note, and the rest goes, in numbered parts, to an ``Overflow`` sheet.
* Numbers come from ``int``/``Decimal`` (never float) with a number format; dates are real dates
  shown ``DD.MM.YYYY``.

Cells are made only here: exports never assign ``.value`` on openpyxl cells themselves.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl import Workbook

log = logging.getLogger(__name__)

MAX_CELL_CHARS = 32_767
QUOTE_FIRST = frozenset("=+-@\t\r\n\0")
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_LOOKS_ESCAPED = re.compile(r"_x[0-9A-Fa-f]{4}_")
DATE_FORMAT = "DD.MM.YYYY"
INT_FORMAT = "#,##0"
QTY_FORMAT = "#,##0.###"
KG_FORMAT = "#,##0.0##"
MONEY_FORMAT = "#,##0.00"
OVERFLOW_SHEET = "Overflow"
_NOTE = " […continued in sheet {sheet}, rows {first}–{last}]"
_HEADER_FILL = "FFDDE6F0"


@dataclass
class WriteStats:
    """What the writer had to change, for the export's README and log."""

    replaced_characters: int = 0
    split_cells: int = 0


def visible(text: str) -> tuple[str, int]:
    """Replace XML-illegal control characters by their pictures; returns (text, count)."""
    count = 0

    def picture(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return chr(0x2400 + ord(m.group(0)))

    return ILLEGAL.sub(picture, text), count


def ooxml_escape(text: str) -> str:
    """Escape what XML would change or Excel would decode: CR and literal ``_xHHHH_``."""
    if "_x" in text:
        text = _LOOKS_ESCAPED.sub(r"_x005F\g<0>", text)
    if "\r" in text:
        text = text.replace("\r", "_x000D_")
    return text


class CellWriter:
    """Builds write-only cells for one workbook and keeps :class:`WriteStats`."""

    def __init__(self, wb: Workbook) -> None:
        # lazy: openpyxl loads only for Excel work, so start-up stays fast
        from openpyxl.cell import WriteOnlyCell

        # lazy: openpyxl loads only for Excel work, so start-up stays fast
        from openpyxl.styles import Alignment, Font, PatternFill

        self.wb = wb
        self.stats = WriteStats()
        self._cell = WriteOnlyCell
        self._overflow: Any = None
        self._overflow_rows = 1
        self._bold = Font(bold=True)
        self._fill = PatternFill("solid", start_color=_HEADER_FILL, end_color=_HEADER_FILL)
        self._wrap = Alignment(wrap_text=True, vertical="top")

    def text(self, ws: Any, value: str, row: int = 0, col: int = 0) -> Any:
        """A string cell that shows ``value`` as text, whatever it starts with.

        ``row`` and ``col`` (1-based) locate the cell for the overflow note of long texts.
        """
        quote = value[:1] in QUOTE_FIRST
        if ILLEGAL.search(value):
            value, count = visible(value)
            self.stats.replaced_characters += count
            log.debug("export: replaced %d control character(s) in %s", count, ws.title)
        if len(value) > MAX_CELL_CHARS:
            value = self._split(ws.title, value, row, col)
        cell = self._cell(ws)
        # Set directly: the value setter would infer a formula or an error type, and cut at
        # 32,767 characters counting the escapes, which Excel decodes to one character each.
        cell._value = ooxml_escape(value)  # type: ignore[attr-defined]  # openpyxl's slot
        cell.data_type = "s"
        if quote:
            cell.quotePrefix = True
        return cell

    def number(self, ws: Any, value: int | Decimal | None, fmt: str = INT_FORMAT) -> Any:
        """A numeric cell (``None`` stays empty); floats are refused."""
        if value is None:
            return None
        if isinstance(value, float | bool) or not isinstance(value, int | Decimal):
            raise TypeError(f"exports take int or Decimal, not {type(value).__name__}")
        if isinstance(value, Decimal) and not value.is_finite():
            raise ValueError(f"not a finite number: {value}")
        cell = self._cell(ws, value)  # type: ignore[arg-type]  # openpyxl stores Decimal as is
        cell.number_format = fmt
        return cell

    def day(self, ws: Any, value: date | None) -> Any:
        """A date cell shown DD.MM.YYYY (``None`` stays empty)."""
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.date()
        cell = self._cell(ws, value)  # type: ignore[arg-type]  # openpyxl writes a date as is
        cell.number_format = DATE_FORMAT
        return cell

    def header(self, ws: Any, value: str) -> Any:
        """A bold, shaded, wrapped header cell (still a safe string)."""
        cell = self.text(ws, value)
        cell.font = self._bold
        cell.fill = self._fill
        cell.alignment = self._wrap
        return cell

    def _split(self, sheet: str, value: str, row: int, col: int) -> str:
        # lazy: openpyxl loads only for Excel work, so start-up stays fast
        from openpyxl.utils import get_column_letter

        first = self._overflow_rows + 1
        widest = _NOTE.format(sheet=OVERFLOW_SHEET, first=10**9, last=10**9)
        head, rest = value[: MAX_CELL_CHARS - len(widest)], value[MAX_CELL_CHARS - len(widest):]
        chunks = [rest[i:i + MAX_CELL_CHARS] for i in range(0, len(rest), MAX_CELL_CHARS)]
        note = _NOTE.format(sheet=OVERFLOW_SHEET, first=first, last=first + len(chunks) - 1)
        where = f"{get_column_letter(col)}{row}" if row and col else ""
        ws = self._overflow_sheet()
        for n, chunk in enumerate(chunks, start=1):
            ws.append([self.text(ws, sheet), self.text(ws, where), n, self.text(ws, chunk)])
        self._overflow_rows += len(chunks)
        self.stats.split_cells += 1
        log.debug("export: text of %d characters in %s!%s split", len(value), sheet, where)
        return head + note

    def _overflow_sheet(self) -> Any:
        if self._overflow is None:
            ws = self.wb.create_sheet(OVERFLOW_SHEET)
            for letter, width in zip("ABCD", (14, 10, 8, 120), strict=True):
                ws.column_dimensions[letter].width = width
            ws.append([self.header(ws, h) for h in
                       ("Sheet / Аркуш", "Cell / Комірка", "Part / Частина", "Text / Текст")])
            self._overflow = ws
        return self._overflow
