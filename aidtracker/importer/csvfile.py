"""CSV packing lists: explicit encoding detection, delimiter sniffing, bounded strict parsing.

Encoding: a BOM decides (UTF-8, UTF-16); UTF-16 without a BOM is recognised by its zero bytes;
then strict UTF-8; otherwise the single-byte code page whose text looks like words of its own
script — cp1250 (Polish, Czech, German), cp1251 (Ukrainian, Cyrillic) or cp1252 (French) —
scored by letters typical of each and penalised for mixed-script "words" (mojibake). A saved
mapping may name the encoding instead. Delimiter: ``;``, tab or ``,``, whichever gives the most
lines with the same number of fields. The text is never held whole: the encoding is checked and
scored over the file in pieces (lines), and each pass reads the file again. The field size limit
is raised to 1 MiB on purpose (a long serial list) while reading, and restored afterwards.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TextIO

from aidtracker.importer.errors import ImportRejected
from aidtracker.importer.readers import HEAD_ROWS, Row, Source, collect, guard, tidy_rows
from aidtracker.importer.spill import Spill

FIELD_LIMIT = 2**20
_PIECE = 2**16  # bytes decoded at a time while checking an encoding
DELIMITERS = (";", "\t", ",")
_WORD = re.compile(r"[^\W\d_]+")
_HOME = {
    "cp1250": set("ąęłśźżćńčřěůšžťďňľĺőűĄĘŁŚŹŻĆŃČŘĚŮŠŽŤĎŇĽĹŐŰ"),
    "cp1251": set(),  # every Cyrillic letter, see _home_letters
    "cp1252": set("àèìòùâêîôûëïÿœæñÀÈÌÒÙÂÊÎÔÛËÏŸŒÆÑ"),
}


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _home_letters(encoding: str, text: str) -> int:
    if encoding == "cp1251":
        return sum(map(_is_cyrillic, text))
    home = _HOME[encoding]
    return sum(ch in home for ch in text)


def _plausibility(text: str) -> int:
    """Letters in words of one script count for, mixed or mostly-accented words against."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        cyr = sum(map(_is_cyrillic, word))
        other = len(word) - cyr
        accented = sum(not ch.isascii() and not _is_cyrillic(ch) for ch in word)
        mixed = cyr and other
        odd = not cyr and accented * 2 > len(word)
        score += -2 * len(word) if mixed or odd else len(word)
    return score


def _single_byte(path: Path) -> str:
    best: tuple[int, str] | None = None
    for encoding in ("cp1250", "cp1251", "cp1252"):
        score = _score(path, encoding)
        if score is not None and (best is None or score > best[0]):
            best = (score, encoding)
    if best is None:
        raise ImportRejected("encoding", "not UTF-8, cp1250, cp1251 or cp1252")
    return best[1]


def _score(path: Path, encoding: str) -> int | None:
    """How much the file read in ``encoding`` looks like words of its own script, line by line
    (a word never spans two lines); None when it does not decode."""
    score = 0
    try:
        with path.open(encoding=encoding, newline="") as f:
            for line in f:
                score += _plausibility(line) + 2 * _home_letters(encoding, line)
    except UnicodeDecodeError:
        return None
    return score


def _utf16_without_bom(data: bytes) -> str | None:
    probe = data[:512]
    if len(probe) < 4:
        return None
    even = probe[0::2].count(0) / len(probe[0::2])
    odd = probe[1::2].count(0) / len(probe[1::2])
    if odd > 0.1 and even < odd / 4:
        return "utf-16-le"
    if even > 0.1 and odd < even / 4:
        return "utf-16-be"
    return None


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def detect(path: Path, encoding: str | None = None) -> str:
    """The encoding a csv file reads with, the whole file checked in pieces (never held).

    Raises:
        ImportRejected: unreadable, encoding.
    """
    with guard("unreadable"), path.open("rb") as f:
        head = f.read(512)
    if encoding:
        if _known(encoding) and codecs.lookup(encoding).name == "utf-8":
            encoding = "utf-8-sig"
        return _checked(path, encoding)
    if head.startswith(codecs.BOM_UTF8):
        return _checked(path, "utf-8-sig")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(path, "utf-16")
    if wide := _utf16_without_bom(head):
        return _checked(path, wide)
    with guard("unreadable"):
        return "utf-8" if _decodes(path, "utf-8") else _single_byte(path)


def _checked(path: Path, encoding: str) -> str:
    """``encoding`` once the whole file decodes with it.

    Raises:
        ImportRejected: encoding.
    """
    with guard("encoding"):
        _decode_all(path, encoding)
    return encoding


def _decodes(path: Path, encoding: str) -> bool:
    try:
        _decode_all(path, encoding)
    except UnicodeDecodeError:
        return False
    return True


def _decode_all(path: Path, encoding: str) -> None:
    """Decode the whole file a piece at a time, keeping nothing (UnicodeDecodeError, LookupError
    when it cannot)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    with path.open("rb") as f:
        while chunk := f.read(_PIECE):
            decoder.decode(chunk)
    decoder.decode(b"", final=True)


def sniff_delimiter(text: str) -> str:
    """``;``, tab or ``,``: the one that splits most of the first lines into the same width."""
    lines = [line for line in text.splitlines()[:60] if line.strip()][:40]
    best: tuple[int, int, str] = (0, 0, DELIMITERS[0])
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if len(r) > 1]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if (count, width) > best[:2]:
            best = (count, width, delimiter)
    return best[2]


@contextmanager
def field_limit(limit: int = FIELD_LIMIT) -> Iterator[None]:
    """Raise the csv module's (process-wide) field size limit while reading, then restore it."""
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


class CsvSource(Source):
    """One csv file as a single sheet named after the file, read from the file on each pass
    (its text is never held whole)."""

    kind = "csv"

    def __init__(self, path: Path, *, encoding: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.encoding = detect(path, encoding)
        with guard("encoding"), self._open() as f:
            self.delimiter = sniff_delimiter("".join(islice(f, 60)))
        self.names = (path.name,)

    def _open(self) -> TextIO:
        return self.path.open(encoding=self.encoding, newline="")

    def rows(self, name: str, limit: int | None = None) -> list[Row]:
        with guard("csv_syntax"), field_limit(), self._open() as stream:
            reader = csv.reader(stream, delimiter=self.delimiter, strict=True)
            return collect(reader, limit)

    def spill(self, name: str) -> Spill[Row]:
        with guard("csv_syntax"), field_limit(), self._open() as stream:
            reader = csv.reader(stream, delimiter=self.delimiter, strict=True)
            return Spill.of(tidy_rows(reader), HEAD_ROWS)
