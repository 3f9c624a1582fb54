"""Every free-text field of a shipment poisoned with markup and glyph injection (T12)."""

from __future__ import annotations

import dataclasses
from enum import Enum

EVIL = [
    "&", "AT&T", "<", "x<y", "<b>x</b>", "</para>", "<br/>", "&#65;", "&lt;", "\"quoted\" 'single'",
    "<img src='/etc/hostname'/>", "<a href='file:///etc/passwd'>y</a>",
    '<font color="[[[1]]]">f</font>', "<link href='http://example.com'>l</link>",
    "Łódź żółć ß ÄÖÜ ș ț š ė ř İstanbul ğ ı ş", "ґєії ʼ № «лапки»",
]  # fmt: skip


def evil_for(n: int) -> str:
    """The evil string a poisoned field number ``n`` carries (round robin)."""
    return EVIL[n % len(EVIL)]


def poison(value: object, counter: list[int]) -> object:
    """Every free-text field replaced by a unique token and one of the evil strings."""
    if isinstance(value, Enum) or not dataclasses.is_dataclass(value):
        if isinstance(value, tuple):
            return tuple(poison(v, counter) for v in value)
        return value
    changes = {}
    for f in dataclasses.fields(value):
        current = getattr(value, f.name)
        if f.name in ("currency", "category", "kind", "sha256", "trigger", "act_no") or (
            isinstance(current, Enum)
        ):
            continue
        if isinstance(current, str):
            counter[0] += 1
            changes[f.name] = f"QX{counter[0]:03d}QX {evil_for(counter[0])}"
        elif isinstance(current, tuple) or dataclasses.is_dataclass(current):
            changes[f.name] = poison(current, counter)
    return dataclasses.replace(value, **changes)  # type: ignore[type-var]
