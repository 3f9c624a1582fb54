"""Convert between frozen dataclasses and SQLite rows: dates as ISO text, enums as their value,
booleans as 0/1, Decimals as exact text. Never a float."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


@cache
def field_types(cls: type) -> dict[str, type]:
    hints = typing.get_type_hints(cls)
    out: dict[str, type] = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        is_union = typing.get_origin(hint) in (typing.Union, types.UnionType)
        out[f.name] = args[0] if is_union and len(args) == 1 else hint
    return out


def to_db(value: object) -> object:
    """One Python value as stored."""
    if value is None or (isinstance(value, int | str) and not isinstance(value, bool | Enum)):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    raise TypeError(f"cannot store {type(value).__name__}: {value!r}")


def from_db(kind: type, value: object) -> object:
    """One stored value back to the dataclass field's type."""
    if value is None:
        return None
    if isinstance(kind, type):
        if issubclass(kind, Enum):
            return kind(value)
        if kind is bool:
            return bool(value)
        if kind is datetime:
            return datetime.fromisoformat(str(value))
        if kind is date:
            return date.fromisoformat(str(value))
        if kind is Decimal:
            return Decimal(str(value))
    return value


def row_of(obj: object, *, skip: frozenset[str] = frozenset()) -> dict[str, object]:
    """The storable columns of a dataclass instance (skipping tuples of children and ``skip``)."""
    out: dict[str, object] = {}
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if f.name in skip or isinstance(value, tuple):
            continue
        out[f.name] = to_db(value)
    return out


def build(cls: type[T], row: dict[str, Any], **extra: object) -> T:
    """A dataclass instance from a row; columns the class does not have are ignored."""
    types_ = field_types(typing.cast(type, cls))
    values = {k: from_db(types_[k], v) for k, v in row.items() if k in types_}
    values.update(extra)
    return cls(**values)  # a dataclass built from its own columns
