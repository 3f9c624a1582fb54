"""Old Excel workbooks (.xls, BIFF 5–8) read by xlrd, a pure-Python reader, bounded like xlsx.

Many partners and humanitarian systems still send .xls. xlrd parses the file in this process
without native code (RELIABILITY.md M14); the file size is capped before it opens, sheets load
on demand, and rows go through the same bounded :func:`~.readers.collect` as every other
source. Cell values follow openpyxl's types: whole numbers as ``int``, others as ``float``, a
number in a date format as a ``datetime``, booleans, error codes as text. An OLE file that
xlrd cannot read (an encrypted xlsx, a Word document) stays ``xls_or_encrypted``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from aidtracker.importer.errors import ImportRejected
from aidtracker.importer.readers import MAX_COLS, MAX_ROWS, Row, Source, collect, guard

_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
           0x24: "#NUM!", 0x2A: "#N/A"}


class XlsSource(Source):
    """A .xls workbook: visible worksheets, values as last calculated by Excel."""

    kind = "xls"

    def __init__(self, path: Path) -> None:
        super().__init__()
        # lazy: xlrd loads only for old Excel files, so start-up stays fast
        import xlrd

        with _xlrd_guard("xls_or_encrypted"):
            self._book: Any = xlrd.open_workbook(
                str(path), on_demand=True, logfile=_Sink(self.warnings),
                ignore_workbook_corruption=True)
        with _xlrd_guard():
            self.names = tuple(self._book.sheet_names())
            self.epoch1904 = self._book.datemode == 1

    def rows(self, name: str, limit: int | None = None) -> list[Row]:
        with _xlrd_guard():
            sheet = self._book.sheet_by_name(name)
            if sheet.nrows > MAX_ROWS:
                raise ImportRejected("too_many_rows", f"{sheet.nrows} rows")
            return collect(self._values(sheet), limit)

    def _values(self, sheet: Any) -> Iterator[Sequence[object]]:
        # lazy: xlrd loads only for old Excel files, so start-up stays fast
        import xlrd

        width = min(sheet.ncols, MAX_COLS)
        for r in range(sheet.nrows):
            out: list[object] = []
            for c in range(min(width, sheet.row_len(r))):
                cell = sheet.cell(r, c)
                out.append(_value(cell.ctype, cell.value, self._book.datemode, xlrd))
            yield out

    def close(self) -> None:
        with _xlrd_guard():
            self._book.release_resources()


@contextmanager
def _xlrd_guard(reason: str = "damaged") -> Iterator[None]:
    """The readers' guard, and xlrd's own errors (XLRDError, CompDocError…) refused too."""
    try:
        with guard(reason):
            yield
    except ImportRejected:
        raise
    except Exception as exc:
        if not (type(exc).__module__.startswith("xlrd") or _raised_in_xlrd(exc)):
            raise
        raise ImportRejected(reason, f"{type(exc).__name__}: {exc}"[:200]) from None


def _raised_in_xlrd(exc: BaseException) -> bool:
    """xlrd's own asserts and index errors on a damaged file come from its frames."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last, tb = tb, tb.tb_next
    return last is not None and "xlrd" in Path(last.tb_frame.f_code.co_filename).parts


def _value(ctype: int, value: Any, datemode: int, xlrd: Any) -> object:
    if ctype == xlrd.XL_CELL_NUMBER:
        return int(value) if float(value).is_integer() else float(value)
    if ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate.xldate_as_datetime(value, datemode)
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if ctype == xlrd.XL_CELL_ERROR:
        return _ERRORS.get(int(value), "#ERROR")
    if ctype == xlrd.XL_CELL_TEXT:
        return str(value)
    return None


class _Sink:
    """xlrd's log file: its warnings go to the source's list, never to stdout."""

    def __init__(self, sink: list[str]) -> None:
        self._sink = sink

    def write(self, text: str) -> None:
        if text.strip() and len(self._sink) < 100:
            self._sink.append(text.strip()[:200])
