"""T16: random shipments saved, the connection closed, reopened and compared; no transaction is
ever left open and write transactions stay short."""

from __future__ import annotations

import random
import time
from pathlib import Path

from battery import count, metric
from factories import make_header, make_line

from aidtracker.services.shipments import create_shipment, get_detail
from aidtracker.store import open_database


def test_store_and_reload(db, db_path: Path, seed) -> None:
    rng = random.Random(1616)
    durations: list[float] = []
    saved: dict[str, object] = {}
    idle_open = 0
    for n in range(count(30, 300)):
        lines = [make_line(description=f"Товар {n}-{i} «{rng.random():.6f}»",
                           qty_milli=1000 * rng.randint(1, 10**6), gross_g=rng.randint(0, 10**7),
                           net_g=0, unit_value_minor=rng.randint(0, 10**9),
                           marks=rng.choice(["", "A&B", "<b>", "'; DROP"]))
                 for i in range(rng.randint(1, 6))]
        header = make_header(seed, notes=rng.choice(["", "тест", "=1+2", "x" * 500]),
                             driver_name=rng.choice(["", "Тарас", "O'Brien"]))
        started = time.perf_counter()
        ref = create_shipment(db, header, lines, actor="t16")
        durations.append((time.perf_counter() - started) * 1000)
        idle_open += db.conn.in_transaction
        saved[ref] = get_detail(db, ref)
    db.close()
    again = open_database(db_path)
    try:
        mismatches = sum(1 for ref, detail in saved.items() if get_detail(again, ref) != detail)
        idle_open += again.conn.in_transaction
    finally:
        again.close()
    metric("T16_store_and_reload", shipments=len(saved), roundtrip_mismatches=mismatches,
           idle_open_transactions=idle_open, max_write_txn_ms=f"{max(durations):.1f}")
    assert (mismatches, idle_open) == (0, 0) and max(durations) < 1000
