"""What a search found in each shipment: a short excerpt of the indexed text around the first
searched word, so a result list can show why a row is there."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from aidtracker.store.search import body_of

BEFORE, AFTER = 12, 40  # characters shown before and after the match


def excerpt(body: str, text: str) -> str:
    """The part of ``body`` around the first word of ``text`` it contains (case folded), on
    one line with "…" where it was cut; "" when no word is found."""
    flat = " ".join(body.split())
    folded = flat.casefold()
    for word in text.split():
        at = folded.find(word.casefold())
        if at < 0:
            continue
        start, end = max(0, at - BEFORE), min(len(flat), at + len(word) + AFTER)
        return ("…" if start else "") + flat[start:end].strip() + ("…" if end < len(flat) else "")
    return ""


def matched_texts(db: Database, text: str, shipment_ids: Sequence[int]) -> dict[int, str]:
    """Shipment id → the excerpt that matched ``text`` (only ids with a match)."""
    if not text.strip() or not shipment_ids:
        return {}
    bodies = {sid: body_of(db, sid) for sid in shipment_ids}  # by primary key: ~0.05 ms each
    found = {sid: excerpt(body, text) for sid, body in bodies.items() if body}
    return {sid: snippet for sid, snippet in found.items() if snippet}
