"""Bounded readers for untrusted spreadsheets: rows out, or :class:`ImportRejected`.

xlsx goes through openpyxl in read-only mode with defusedxml, after zip checks (entry count,
declared unpacked size, compression ratio, each sheet's ``<dimension>``), with bounded
iteration: at most :data:`MAX_ROWS` rows and :data:`MAX_COLS` columns, reading stops after
:data:`MAX_BLANK_RUN` blank rows in a row and after :data:`MAX_SECONDS`. A native reader
(python-calamine) is never used on untrusted input in this process (RELIABILITY.md M14).
Every failure of a reader becomes ``ImportRejected``; openpyxl's warnings are recorded, not
raised.
"""

from __future__ import annotations

import contextlib
import csv
import re
import struct
import time
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from aidtracker.importer.errors import ImportRejected
from aidtracker.importer.sheetxml import sheet_rows
from aidtracker.importer.spill import Spill

Row = tuple[int, tuple[object, ...]]  # (1-based sheet row, cell values)

MAX_FILE_BYTES = 50 * 2**20
MAX_CSV_BYTES = 20 * 2**20
MAX_ZIP_ENTRIES = 1_000
MAX_UNPACKED = 100 * 2**20
MAX_RATIO = 200  # for entries above RATIO_FLOOR bytes unpacked
RATIO_FLOOR = 2**20
MAX_ROWS = 100_000
MAX_COLS = 256  # columns beyond this one are not read
MAX_BLANK_RUN = 1_000
MAX_SECONDS = 30.0
HEAD_ROWS = 40
_DIM_PROBE = 64 * 1024
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?\bref=\"([^\"]*)\"")
_CELL_REF = re.compile(r"([A-Za-z]{1,3})(\d{1,7})$")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")

_FAILURES: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    LookupError,
    RuntimeError,  # NotImplementedError, "File is encrypted"
    ValueError,  # also UnicodeDecodeError and defusedxml's refusals
    TypeError,
    AttributeError,
    OSError,
    EOFError,
    SyntaxError,  # xml.etree.ElementTree.ParseError
    MemoryError,
    struct.error,
    ArithmeticError,
    csv.Error,
)
_READER_MODULES = frozenset({"openpyxl", "defusedxml", "xml", "et_xmlfile"})


@contextmanager
def guard(reason: str = "damaged") -> Iterator[None]:
    """Turn any failure of a third-party reader into ``ImportRejected(reason)``."""
    try:
        yield
    except ImportRejected:
        raise
    except _FAILURES as exc:
        raise ImportRejected(reason, f"{type(exc).__name__}: {exc}") from None
    except Exception as exc:
        if type(exc).__module__.split(".")[0] not in _READER_MODULES:
            raise
        raise ImportRejected(reason, f"{type(exc).__name__}: {exc}") from None


@contextmanager
def quiet(sink: list[str]) -> Iterator[None]:
    """Record the reader's warnings in ``sink`` instead of raising or printing them."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            sink.extend(str(w.message)[:200] for w in caught)


def collect(rows: Iterable[Sequence[object]], limit: int | None = None) -> list[Row]:
    """Non-blank rows with their 1-based numbers, bounded (see :func:`tidy_rows`)."""
    return list(tidy_rows(rows, limit))


def tidy_rows(rows: Iterable[Sequence[object]], limit: int | None = None) -> Iterator[Row]:
    """Non-blank rows with their 1-based numbers, bounded in rows, blank runs and time.

    Strings are stripped; empty strings become ``None``; trailing empty cells are dropped.

    Raises:
        ImportRejected: too_many_rows, too_slow.
    """
    blank = kept = 0
    deadline = time.monotonic() + MAX_SECONDS
    for number, values in enumerate(rows, start=1):
        if not number % 1024 and time.monotonic() > deadline:
            raise ImportRejected("too_slow", f"stopped at row {number}")
        cells = _tidy(values)
        if not cells:
            blank += 1
            if blank >= MAX_BLANK_RUN:
                break
            continue
        blank = 0
        if number > MAX_ROWS:
            raise ImportRejected("too_many_rows", f"more than {MAX_ROWS} rows")
        yield number, cells
        kept += 1
        if limit is not None and kept >= limit:
            break


def _tidy(values: Sequence[object]) -> tuple[object, ...]:
    cells = [(v.strip() or None) if v.__class__ is str else v for v in values[:MAX_COLS]]
    while cells and cells[-1] is None:
        cells.pop()
    return tuple(cells)


class Source:
    """A readable spreadsheet: sheet names and bounded row lists per sheet."""

    kind = ""
    names: tuple[str, ...] = ()
    epoch1904 = False

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def rows(self, name: str, limit: int | None = None) -> list[Row]:
        """Non-blank rows of sheet ``name`` (at most ``limit``)."""
        raise NotImplementedError

    def head(self, name: str) -> list[Row]:
        """The first rows of a sheet, where a header may be."""
        return self.rows(name, HEAD_ROWS)

    def spill(self, name: str) -> Spill[Row]:
        """Every non-blank row of sheet ``name`` in one pass, kept off the heap (its first
        :data:`HEAD_ROWS` also in ``head``); a reader that cannot stream spills its list."""
        return Spill.of(self.rows(name), HEAD_ROWS)

    def formula_cells(self, name: str, wanted: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """Which of the ``(row, 0-based column)`` cells that read empty hold a formula."""
        return set()

    def may_have_formulas(self, name: str) -> bool:
        """False when sheet ``name`` surely holds no formula (then no cell is looked up)."""
        return False

    def close(self) -> None:
        """Release the file."""


class XlsxSource(Source):
    """An xlsx workbook read by openpyxl (read-only, values as last calculated by Excel)."""

    kind = "xlsx"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._formulas: dict[str, bool] = {}
        self._sheet_paths = check_zip(path)
        # lazy: openpyxl loads only for Excel work, so start-up stays fast
        import openpyxl

        if openpyxl.xml.DEFUSEDXML is not True:  # set from OPENPYXL_DEFUSEDXML at import
            raise ImportRejected("reader_unsafe", "set OPENPYXL_DEFUSEDXML=True")
        self._wb, self._handle = _load(path, data_only=True, sink=self.warnings)
        with guard():
            self.names = tuple(ws.title for ws in self._wb.worksheets)
            self.epoch1904 = self._wb.epoch.year == 1904

    def rows(self, name: str, limit: int | None = None) -> list[Row]:
        with quiet(self.warnings), guard():
            return collect(sheet_values(self._wb[name]), limit)

    def spill(self, name: str) -> Spill[Row]:
        found: list[bool] = []  # filled when the sheet was read to its end
        with quiet(self.warnings), guard():
            rows = Spill.of(tidy_rows(sheet_values(self._wb[name], found)), HEAD_ROWS)
        if found:
            self._formulas[name] = found[0]
        return rows

    def may_have_formulas(self, name: str) -> bool:
        return self._has_formulas(name)

    def formula_cells(self, name: str, wanted: set[tuple[int, int]]) -> set[tuple[int, int]]:
        if not wanted or not self._has_formulas(name):
            return set()
        found: set[tuple[int, int]] = set()
        wb, handle = _load(self.path, data_only=False, sink=self.warnings)
        with quiet(self.warnings), guard():
            try:
                last = max(r for r, _ in wanted)
                rows = wb[name].iter_rows(max_row=last, max_col=MAX_COLS)
                for r, row in enumerate(rows, start=1):
                    found |= {(r, c) for c, cell in enumerate(row)
                              if (r, c) in wanted and cell.data_type == "f"}
            finally:
                _close(wb, handle)
        return found

    def _has_formulas(self, name: str) -> bool:
        if name in self._formulas:  # seen while the sheet was read
            return self._formulas[name]
        inner = getattr(self._wb[name], "_worksheet_path", None)
        if inner not in self._sheet_paths:
            return True
        with guard(), zipfile.ZipFile(self.path) as zf, zf.open(inner) as f:
            tail = b""
            while chunk := f.read(2**20):
                if _FORMULA.search(tail + chunk):
                    return True
                tail = chunk[-8:]
        return False

    def close(self) -> None:
        _close(self._wb, self._handle)


def _load(path: Path, *, data_only: bool, sink: list[str]) -> tuple[Any, BinaryIO]:
    """openpyxl read-only over a file handle we own, so a failed load closes it too.

    The sheets are opened without openpyxl's size probe: when a sheet has no ``<dimension>``
    it parses the whole sheet once just to find its size (a second full parse); our zip check
    already looked for the dimension, and :func:`sheet_values` needs none.
    """
    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl.reader.excel import ExcelReader

    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class _Sheet(ReadOnlyWorksheet):
        def _get_size(self) -> None:
            """No size probe (see above)."""

    class _Reader(ExcelReader):
        def read_worksheets(self) -> None:
            for sheet, rel in self.parser.find_sheets():
                if rel.target in self.valid_files and "chartsheet" not in rel.Type:
                    ws = _Sheet(self.wb, sheet.name, rel.target, self.shared_strings)
                    ws.sheet_state = sheet.state or "visible"
                    self.wb._sheets.append(ws)  # type: ignore[attr-defined]

    handle = path.open("rb")
    try:
        with quiet(sink), guard():
            reader = _Reader(handle, read_only=True, data_only=data_only, keep_links=False)
            reader.read()
            wb = reader.wb
    except BaseException:
        handle.close()
        raise
    return wb, handle


def sheet_values(ws: Any, formulas: list[bool] | None = None) -> Iterator[Sequence[object]]:
    """Every row's values in one streaming pass over the sheet XML (:mod:`.sheetxml`), an empty
    row for each row the file skips, at most :data:`MAX_COLS` columns; when read to its end,
    whether it has formulas is appended to ``formulas``."""
    book = ws.parent
    with ws._get_source() as src:
        expected = 1
        for number, values in sheet_rows(src, ws._shared_strings, dates=book._date_formats,
                                         durations=book._timedelta_formats, epoch=book.epoch,
                                         max_cols=MAX_COLS, formulas=formulas):
            while expected < number:
                expected += 1
                yield ()
            expected += 1
            yield values


def _close(wb: Any, handle: BinaryIO) -> None:
    with contextlib.suppress(Exception):
        wb.close()
    handle.close()


def check_zip(path: Path) -> set[str]:
    """Refuse zip and dimension bombs before any XML is parsed; returns the sheet XML paths.

    Raises:
        ImportRejected: damaged, zip_bomb, dimension.
    """
    with guard(), zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise ImportRejected("zip_bomb", f"{len(infos)} entries")
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_UNPACKED:
            raise ImportRejected("zip_bomb", f"{unpacked} bytes declared unpacked")
        for info in infos:
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * info.compress_size:
                raise ImportRejected("zip_bomb", f"{info.filename} compressed too well")
        sheets = {i.filename for i in infos
                  if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")}
        for name in sorted(sheets):
            with zf.open(name) as f:
                _check_dimension(name, f.read(_DIM_PROBE))
    return sheets


def _check_dimension(name: str, head: bytes) -> None:
    match = _DIMENSION.search(head)
    if not match:
        return
    ref = match.group(1).decode("ascii", "replace").split(":")[-1]
    cell = _CELL_REF.match(ref.replace("$", ""))
    if not cell:
        return
    col = 0
    for ch in cell.group(1).upper():
        col = col * 26 + ord(ch) - 64
    if int(cell.group(2)) > MAX_ROWS or col > MAX_COLS:
        raise ImportRejected("dimension", f"{name} declares {ref}")


def column_letter(index: int) -> str:
    """0-based column index → Excel letters: 0 → 'A', 27 → 'AB'."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    """Excel letters → 0-based index: 'A' → 0. Raises ValueError for anything else."""
    if not letters.isascii() or not letters.isalpha() or len(letters) > 3:
        raise ValueError(f"not a column: {letters!r}")
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1
