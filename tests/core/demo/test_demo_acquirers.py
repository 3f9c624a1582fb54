"""The demo's distribution acts hand goods to Ukrainian acquirers, never to a donor city abroad."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def test_every_demo_acquirer_is_in_ukraine(demo_template: Path) -> None:
    with sqlite3.connect(f"file:{demo_template}?mode=ro", uri=True) as conn:
        countries = {row[0] for row in conn.execute(
            "SELECT o.country FROM distribution d JOIN organisation o ON o.id = d.acquirer_id")}
    assert countries == {"UA"}
