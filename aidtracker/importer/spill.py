"""Rows kept off the heap while an import reads them once and checks them in order.

A list is read in one pass, but some of its choices (the decimal separator, the order of its
dates, the currency most rows give) depend on all its rows before the first can be parsed, and
parsed lines wait for the one write transaction. A :class:`Spill` keeps such rows pickled in
chunks in a temporary file (in memory up to :data:`IN_MEMORY` bytes), so peak memory stays flat
whatever the number of lines, and replays them as often as needed, each replay a fresh iterator.
Only plain values and ``datetime`` objects are ever unpickled (our own file; still, nothing
else is accepted).
"""

from __future__ import annotations

import datetime
import io
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")
CHUNK = 512  # rows per pickled chunk
IN_MEMORY = 2**20  # bytes kept in memory before the spill moves to a temporary file
_ALLOWED = frozenset({"datetime", "date", "time", "timedelta", "timezone"})


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module == "datetime" and name in _ALLOWED:
            return getattr(datetime, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a cell value")


class Spill(Generic[T]):
    """An append-only, re-iterable sequence of rows stored outside the heap."""

    def __init__(self, head: int = 0) -> None:
        self._file = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY)  # noqa: SIM115 (closed in close())
        self._pending: list[T] = []
        self._count = 0
        self._head = head
        self.head: list[T] = []  # the first ``head`` rows, also kept in memory

    @classmethod
    def of(cls, rows: Iterable[T], head: int = 0) -> Spill[T]:
        spill: Spill[T] = cls(head)
        try:
            for row in rows:
                spill.append(row)
        except BaseException:
            spill.close()
            raise
        return spill

    def append(self, row: T) -> None:
        if len(self.head) < self._head:
            self.head.append(row)
        self._pending.append(row)
        self._count += 1
        if len(self._pending) >= CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._file.seek(0, io.SEEK_END)
            pickle.dump(self._pending, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._pending = []

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[T]:
        self._flush()
        end = self._file.seek(0, io.SEEK_END)
        offset = 0
        while offset < end:  # each iterator keeps its own place in the file
            self._file.seek(offset)
            chunk: list[T] = _Unpickler(self._file).load()
            offset = self._file.tell()
            yield from chunk

    def close(self) -> None:
        self._file.close()
        self._pending = []

    def __enter__(self) -> Spill[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
