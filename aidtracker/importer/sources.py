"""Open an untrusted file as a spreadsheet source by its content: xlsx, xls or csv."""

from __future__ import annotations

from pathlib import Path

from aidtracker.importer.csvfile import CsvSource
from aidtracker.importer.errors import ImportRejected
from aidtracker.importer.readers import MAX_CSV_BYTES, MAX_FILE_BYTES, Source, XlsxSource
from aidtracker.importer.xlsfile import XlsSource

_CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})


def open_source(path: Path | str, *, encoding: str | None = None) -> Source:
    """Open ``path`` by its content: a zip is xlsx, an OLE file xls, text with a csv/txt/tsv
    name is csv.

    Raises:
        ImportRejected: missing, unreadable, empty, too_large, xls_or_encrypted,
            not_a_spreadsheet, or any reason of the readers.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            magic = f.read(8)
    except FileNotFoundError:
        raise ImportRejected("missing", str(path)) from None
    except OSError as exc:
        raise ImportRejected("unreadable", f"{type(exc).__name__}: {exc}") from None
    if size == 0:
        raise ImportRejected("empty", path.name)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: an .xls, or an encrypted workbook
        if size > MAX_FILE_BYTES:
            raise ImportRejected("too_large", f"{size} bytes")
        return XlsSource(path)
    if magic.startswith(b"PK\x03\x04"):
        if size > MAX_FILE_BYTES:
            raise ImportRejected("too_large", f"{size} bytes")
        return XlsxSource(path)
    if path.suffix.lower() in _CSV_SUFFIXES:
        if size > MAX_CSV_BYTES:
            raise ImportRejected("too_large", f"{size} bytes")
        return CsvSource(path, encoding=encoding)
    raise ImportRejected("not_a_spreadsheet", path.name)
