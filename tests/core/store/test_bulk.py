"""The chunked loader for exports returns the same lines, totals and distributions."""

from __future__ import annotations

import shutil
from pathlib import Path

from aidtracker.services.shipments import get_detail
from aidtracker.store import open_database
from aidtracker.store.bulk import PartyCache, light_details


def test_light_details_match_full_details(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    try:
        ids = [r[0] for r in db.conn.execute("SELECT id FROM shipment ORDER BY reference")]
        light = light_details(db, ids, PartyCache(db))
        assert [d.shipment.id for d in light] == ids
        for d in light:
            full = get_detail(db, d.shipment.reference)
            assert (d.shipment, d.lines, d.distributions, d.totals, d.recipient,
                    d.write_offs) == (full.shipment, full.lines, full.distributions, full.totals,
                                      full.recipient, full.write_offs)
        assert light_details(db, [], PartyCache(db)) == []
    finally:
        db.close()
