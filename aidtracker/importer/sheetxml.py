"""One streaming pass over a worksheet's XML: the cell values, as openpyxl would give them.

openpyxl's read-only reader builds an element and a dict per cell; this reads the same XML with
expat callbacks and keeps only values, which halves the time of the one pass an import needs.
Values follow openpyxl's rules exactly (``tests/core/importer/test_import_sheetxml.py`` compares
both on every fixture): numbers as int or float, a number in a date style as a datetime (the
workbook's epoch), shared and inline strings, booleans, error codes as text, ISO dates, a
formula's cached value. A DOCTYPE or an entity declaration is refused (no entity expansion,
as defusedxml does); the caller's guard turns any failure into a refused file.
"""

from __future__ import annotations

import pyexpat
import warnings
from collections.abc import Iterator, Sequence
from typing import IO, Any

CHUNK = 64 * 1024


def _column(ref: str) -> int:
    col = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            col = col * 26 + ord(ch) - 64
        elif "a" <= ch <= "z":
            col = col * 26 + ord(ch) - 96
        else:
            break
    return col


_DIGITS = "0123456789"


class _Names(dict[str, str]):
    """Qualified element name → local name, computed once per name."""

    def __missing__(self, name: str) -> str:
        local = self[name] = name.rpartition(" ")[2]
        return local


class _Columns(dict[str, int]):
    """Column letters → 1-based column number, computed once per column."""

    def __missing__(self, letters: str) -> int:
        col = self[letters] = _column(letters)
        return col


class _Styles(dict[str | None, int]):
    """A cell's ``s`` attribute → its style number, computed once per style."""

    def __missing__(self, style: str | None) -> int:
        number = self[style] = int(style) if style else 0
        return number


def _forbidden(*_args: object) -> None:
    raise ValueError("DTD or entity declaration in a worksheet")


class _Handler:
    """Collects finished rows while expat is fed; ``done`` is drained by the reader."""

    def __init__(self, shared: Sequence[object], dates: frozenset[int],
                 durations: frozenset[int], epoch: Any, max_cols: int) -> None:
        # lazy: openpyxl loads only for Excel work, so start-up stays fast
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        self.shared, self.dates, self.durations, self.epoch = shared, dates, durations, epoch
        self.max_cols, self.from_excel, self.from_iso = max_cols, from_excel, from_ISO8601
        self.names, self.columns, self.styles = _Names(), _Columns(), _Styles()
        self.formulas = False  # a formula element was met
        self.done: list[tuple[int, list[object]]] = []
        self.row = 0
        self.cells: dict[int, object] = {}
        self.col = 0
        self.kind, self.style = "n", 0
        self.text: list[str] | None = None
        self.value: str | None = None
        self.inline: list[str] | None = None
        self.plain: str | None = None
        self.in_run = self.in_phonetic = False
        self.depth = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = self.names[name]
        self.depth += 1
        if tag == "c":
            ref = attrs.get("r")
            self.col = self.columns[ref.rstrip(_DIGITS)] if ref else self.col + 1
            self.kind = attrs.get("t", "n")
            self.style = self.styles[attrs.get("s")]
            self.value = self.plain = self.inline = None
        elif tag == "v":
            self.text = []
        elif tag == "row":
            ref = attrs.get("r")
            self.row = int(ref) if ref else self.row + 1
            self.cells, self.col = {}, 0
        elif tag == "f":
            self.formulas = True
        elif tag == "is":
            self.inline, self.plain = [], None
        elif tag == "r" and self.inline is not None:
            self.in_run = True
        elif tag == "rPh":
            self.in_phonetic = True
        elif tag == "t" and self.inline is not None and not self.in_phonetic:
            self.text = []
        elif tag == "ext" and self.depth == 3:  # worksheet/extLst/ext, as openpyxl warns
            # lazy: openpyxl loads only for Excel work, so start-up stays fast
            from openpyxl.xml.constants import EXT_TYPES  # rare: imported when met

            kind = EXT_TYPES.get(attrs.get("uri", "").upper(), "Unknown")
            warnings.warn(f"{kind} extension is not supported and will be removed", stacklevel=2)

    def chars(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def end(self, name: str) -> None:
        tag = self.names[name]
        self.depth -= 1
        if tag == "v" and self.text is not None:
            self.value, self.text = "".join(self.text), None
        elif tag == "t" and self.text is not None and self.inline is not None:
            piece, self.text = "".join(self.text), None
            if self.in_run:
                self.inline.append(piece)
            elif self.plain is None:
                self.plain = piece
        elif tag == "r":
            self.in_run = False
        elif tag == "rPh":
            self.in_phonetic = False
        elif tag == "c":
            value = self._cell()
            if value is not None and self.col <= self.max_cols:
                self.cells[self.col] = value
        elif tag == "row":
            width = max(self.cells, default=0)
            values: list[object] = [None] * width
            for col, value in self.cells.items():
                values[col - 1] = value
            self.done.append((self.row, values))

    def _cell(self) -> object:
        kind, raw = self.kind, self.value
        if kind == "inlineStr":
            if self.inline is None:
                return None
            return self.plain if self.plain is not None else "".join(self.inline)
        if not raw:
            return None
        if kind == "n":
            number: int | float = float(raw) if ("." in raw or "E" in raw or "e" in raw) \
                else int(raw)
            if self.style in self.dates:
                try:
                    return self.from_excel(number, self.epoch,
                                           timedelta=self.style in self.durations)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return number
        if kind == "s":
            return self.shared[int(raw)]
        if kind == "b":
            return bool(int(raw))
        if kind == "d":
            return self.from_iso(raw)  # type: ignore[no-untyped-call]
        return raw  # "str" (a formula's text), "e" (an error code)


def sheet_rows(source: IO[bytes], shared: Sequence[object], *, dates: frozenset[int],
               durations: frozenset[int], epoch: Any,
               max_cols: int, formulas: list[bool] | None = None
               ) -> Iterator[tuple[int, list[object]]]:
    """``(row number, values)`` for every row element of the sheet XML in ``source``; once
    all is read, whether any cell holds a formula is appended to ``formulas``."""
    handler = _Handler(shared, dates, durations, epoch, max_cols)
    parser = pyexpat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.chars
    parser.StartDoctypeDeclHandler = _forbidden
    parser.EntityDeclHandler = _forbidden
    parser.ExternalEntityRefHandler = _forbidden  # type: ignore[assignment]
    while chunk := source.read(CHUNK):
        parser.Parse(chunk, False)
        if handler.done:
            yield from handler.done
            handler.done = []
    parser.Parse(b"", True)
    yield from handler.done
    if formulas is not None:
        formulas.append(handler.formulas)
