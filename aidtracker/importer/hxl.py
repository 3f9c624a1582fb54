"""HXL (Humanitarian Exchange Language) hashtag rows, and our own ledger recognised.

A row whose cells are mostly hashtags (``#item+name``, ``#item+qty``…) names the columns by tag,
whatever the titles above it say; the list is then read by its tags. Our own ledger export
(sheet "Items", column ``#activity+code`` or "Відвантаження / Shipment") holds the lines of many
shipments: it is never merged into one; a ledger of one shipment imports as that shipment's
lines, a ledger of several is refused with their count (import them one at a time from the
window or re-create them from the database they came from).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from aidtracker.importer.readers import Row

_TAG = re.compile(r"^#[a-z][a-z0-9_]*(?:\s*[+][a-z0-9_]+)*$", re.IGNORECASE)

# (hashtag, attributes that must be there, attributes that must not) → field, first fit wins.
_TAGS: tuple[tuple[str, frozenset[str], frozenset[str], str], ...] = (
    ("#item", frozenset({"qty"}), frozenset({"distributed", "received", "requested"}),
     "quantity"),
    ("#item", frozenset({"name"}), frozenset({"i_en"}), "description"),
    ("#item", frozenset({"unit"}), frozenset(), "unit"),
    ("#item", frozenset({"code", "hs"}), frozenset(), "hs_code"),
    ("#item", frozenset({"code"}), frozenset({"hs", "national"}), "code"),
    ("#item", frozenset({"type"}), frozenset(), "category"),
    ("#item", frozenset({"packages"}), frozenset(), "packages"),
    ("#item", frozenset({"net_kg"}), frozenset(), "net_kg"),
    ("#item", frozenset({"gross_kg"}), frozenset(), "gross_kg"),
    ("#item", frozenset({"serial"}), frozenset(), "serials"),
    ("#item", frozenset({"num"}), frozenset(), "line_no"),
    ("#value", frozenset({"unit"}), frozenset(), "unit_value"),
    ("#value", frozenset(), frozenset({"unit"}), "value"),
    ("#currency", frozenset(), frozenset(), "currency"),
    ("#date", frozenset({"expiry"}), frozenset(), "expiry"),
    ("#meta", frozenset({"lot"}), frozenset(), "lot"),
)
LEDGER_TAG = "#activity+code"
LEDGER_TITLES = frozenset({"shipment", "відвантаження", "відвантаження / shipment"})


def _parts(tag: str) -> tuple[str, frozenset[str]]:
    pieces = [p.strip().lower() for p in tag.split("+")]
    return pieces[0], frozenset(pieces[1:])


def is_tag_row(cells: Sequence[object]) -> bool:
    """Most filled cells are HXL hashtags (and at least two)."""
    filled = [c for c in cells if c is not None]
    tags = [c for c in filled if isinstance(c, str) and _TAG.match(c.strip())]
    return len(tags) >= 2 and len(tags) * 2 > len(filled)


def tag_columns(cells: Sequence[object]) -> dict[int, str]:
    """Column → field by hashtag; the first column of a field wins, unknown tags are ignored."""
    out: dict[int, str] = {}
    for index, cell in enumerate(cells):
        if not isinstance(cell, str) or not _TAG.match(cell.strip()):
            continue
        head, attrs = _parts(cell.strip())
        for tag, need, refuse, field in _TAGS:
            if head == tag and need <= attrs and not refuse & attrs:
                if field not in out.values():
                    out[index] = field
                break
    return out


def ledger_column(labels: Sequence[object]) -> int | None:
    """The column of our ledger's shipment reference (by hashtag or bilingual title), if any."""
    for index, label in enumerate(labels):
        if not isinstance(label, str):
            continue
        text = " ".join(label.split()).casefold()
        if text.replace(" ", "") == LEDGER_TAG or text in LEDGER_TITLES:
            return index
    return None


def shipments_in(data: Iterable[Row], column: int) -> list[str]:
    """The distinct shipment references in ``column``, in order of appearance."""
    seen: dict[str, None] = {}
    for _, cells in data:
        if column < len(cells) and isinstance(cells[column], str):
            seen.setdefault(str(cells[column]).strip(), None)
    return list(seen)
