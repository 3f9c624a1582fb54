"""Start to first rows shown: a generated 100,000-shipment database next to the demo database.

``python -m bench.bench_ui`` (or ``main()``) generates the large file with raw ``executemany`` in
one transaction (PERFORMANCE.md), builds the demo file, then times — in the same run, offscreen —
opening each file the way the app does, creating the window and its windowed table model,
fetching the first page and painting the window. It prints both medians and their ratio.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHIPMENTS = 100_000
LINES = 1_000_000
REPEATS = 5
_STATUSES = (["closed"] * 60 + ["reported"] * 10 + ["distributed"] * 6 + ["distributing"] * 4
             + ["delivered", "cleared", "at_border", "dispatched", "ready", "preparing",
                "accepted", "pledged", "draft", "cancelled", "held_at_customs", "on_hold"] * 1
             + ["returned", "lost"])
_WORDS = ("Рукавички нітрилові", "Генератор дизельний 30 кВА", "Ковдра вовняна", "Бинт стерильний",
          "Nitrile gloves", "Sleeping bag", "Powder extinguisher 6 kg", "Хірургічні маски",
          "Консерви м'ясні", "Дитяче харчування", "Water filter", "Solar panel 400 W")
_CATEGORIES = ("med.consumable", "energy.genset_diesel", "clothing.new", "med.consumable",
               "med.consumable", "shelter.bedding", "equip.fire", "med.consumable", "food", "food",
               "other", "energy.pv")


def _shipment_rows(n: int, parties: tuple[int, int, int], today: date) -> Iterator[tuple]:
    rng = random.Random(42)
    partnership, donor, recipient = parties
    for i in range(1, n + 1):
        status = rng.choice(_STATUSES)
        start = today - timedelta(days=rng.randint(0, 1500))
        stamp = f"{start.isoformat()}T{rng.randint(0, 23):02d}:00:00+00:00"
        cleared = (start + timedelta(days=21)).isoformat() if status in (
            "delivered", "distributing", "distributed", "reported", "closed") else None
        filed = (start + timedelta(days=80)).isoformat() if status in ("reported", "closed") \
            else None
        yield (
            i, f"BIG-{start.year}-{i:06d}", status, partnership + i % 18, donor + i % 15,
            recipient + i % 8, "donation", "normal", "EUR", "", "", "Korczowa-Krakovets",
            "road_truck", "", f"BG{i:06d}", "", "", "", start.isoformat(), None, None,
            start.isoformat(), None, "", None, None, cleared, "", None, "",
            f"AH-{i:07d}", None, "", None, "", "", "", "", filed, "", "", None, "", "",
            0, 0, 1, stamp, "bench", stamp, "bench",
        )


def _line_rows(shipments: int, lines: int) -> Iterator[tuple]:
    per = lines // shipments
    line_id = 0
    for sid in range(1, shipments + 1):
        for no in range(1, per + 1):
            line_id += 1
            k = (sid + no) % len(_WORDS)
            yield (line_id, sid, no, _CATEGORIES[k], f"{_WORDS[k]} {sid % 97}", "", "", "",
                   (no % 9 + 1) * 1000, "pcs", 1, "", 900 * no, 1000 * no, 250 * no, None,
                   "EUR", "new", None, None, None, "", None, 0, 0)


def _insert(conn: sqlite3.Connection, table: str, width: int) -> str:
    """An INSERT of the table's first ``width`` columns (later migrations append columns with
    defaults)."""
    names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")][:width]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * width)})"


def generate(path: Path, shipments: int = SHIPMENTS, lines: int = LINES) -> None:
    """A schema made by ``create_database``, filled with raw executemany in one transaction."""
    from aidtracker.demo.builder import _directory
    from aidtracker.store import create_database

    db = create_database(path, office_code="BIG")
    conn = db.conn
    try:
        _directory(db)
        first = {t: conn.execute(f"SELECT min(id) FROM {t}").fetchone()[0]
                 for t in ("partnership", "organisation")}
        donor = first["organisation"]
        recipient = conn.execute("SELECT min(id) FROM organisation WHERE country = 'UA'"
                                 ).fetchone()[0]
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(_insert(conn, "shipment", 51), _shipment_rows(
            shipments, (first["partnership"], donor, recipient), date.today()))
        conn.executemany(_insert(conn, "line_item", 25), _line_rows(shipments, lines))
        conn.execute(
            "UPDATE shipment SET line_count = (SELECT count(*) FROM line_item l"
            " WHERE l.shipment_id = shipment.id), gross_g_total = (SELECT sum(gross_g)"
            " FROM line_item l WHERE l.shipment_id = shipment.id)")
        conn.execute(
            "INSERT INTO shipment_search (rowid, shipment_id, body) SELECT s.id, s.id, s.reference"
            " || ' '"
            " || s.ahars_code || ' ' || s.truck_plate || ' ' || (SELECT group_concat("
            "l.description, ' ') FROM line_item l WHERE l.shipment_id = s.id) FROM shipment s")
        conn.execute("COMMIT")
    finally:
        db.close()


def _time_first_rows(path: Path) -> float:
    """Seconds from 'open this file' to the main window painted with its first rows.

    The window opens the file the way the app does: an instant identity check on the UI
    thread, the full ``quick_check`` and the side panel on workers (waited for afterwards,
    outside the timing, so runs do not overlap).
    """
    from PySide6.QtWidgets import QApplication

    from ui.app import open_main_window
    from ui.workers import running_jobs

    start = time.perf_counter()
    window = open_main_window(path)
    window.show()
    model = window.table_model
    assert model.rowCount() > 0 and model.data(model.index(0, 0)) is not None
    window.grab()
    elapsed = time.perf_counter() - start
    deadline = time.perf_counter() + 120
    while running_jobs() and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    window.close_database()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return elapsed


def _jumps(path: Path) -> dict[str, float]:
    """Jump to a far row, re-sort by partner city, search — on the window's own model."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.app import open_main_window
    from ui.workers import running_jobs

    window = open_main_window(path)
    model = window.table_model
    out: dict[str, float] = {}
    for name, action in (
        ("jump to row 90,000", lambda: model.data(model.index(90_000, 0))),
        ("next page after it", lambda: model.data(model.index(90_200, 0))),
        ("sort by partner city", lambda: (model.sort(2, Qt.SortOrder.AscendingOrder),
                                          model.data(model.index(0, 0)))),
        ("search a VIN-like code", lambda: (window.filters.search.setText("BG000777"),
                                            window.apply_filters(),
                                            model.data(model.index(0, 0)))),
    ):
        start = time.perf_counter()
        action()
        out[name] = time.perf_counter() - start
    while running_jobs():
        QApplication.processEvents()
        time.sleep(0.01)
    window.close_database()
    window.deleteLater()
    return out


def _full_check(path: Path) -> float:
    from aidtracker.store import open_database

    start = time.perf_counter()
    open_database(path, upgrade=False).close()
    return time.perf_counter() - start


def _measure(paths: dict[str, Path]) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in paths}
    for _ in range(REPEATS):
        for name, path in paths.items():
            times[name].append(_time_first_rows(path))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    """Generate, build the demo, time both, print the figures and the ratio."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtWidgets import QApplication

    from aidtracker.demo.builder import build_demo

    with tempfile.TemporaryDirectory(prefix="aidtracker-bench-") as tmp:
        os.environ["AIDTRACKER_SETTINGS"] = str(Path(tmp) / "settings.ini")  # not the user's
        large, small = Path(tmp) / "large.db", Path(tmp) / "demo.db"
        began = time.perf_counter()
        generate(large)
        made = time.perf_counter() - began
        print(f"generated {SHIPMENTS:,} shipments / {LINES:,} lines in {made:.1f} s "
              f"({large.stat().st_size / 2**20:.0f} MiB)")
        build_demo(small)
        app = QApplication.instance() or QApplication([])
        app.setProperty("aidtracker_bench", True)
        result = _measure({"demo": small, "large": large})
        checks = {name: _full_check(path) for name, path in (("demo", small), ("large", large))}
        jumps = _jumps(large)
    print(f"full file check (open_database, on a worker thread, not in the timing): "
          f"demo {checks['demo'] * 1000:.0f} ms, large {checks['large'] * 1000:.0f} ms")
    print("large file, windowed table: " + ", ".join(f"{k} {v * 1000:.0f} ms"
                                                    for k, v in jumps.items()))
    ratio = result["large"] / result["demo"]
    print(f"METRIC first_rows_demo_ms={result['demo'] * 1000:.1f} "
          f"first_rows_large_ms={result['large'] * 1000:.1f} ratio={ratio:.2f} (target <= 2.0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
