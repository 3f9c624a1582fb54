"""Start to painted main window, against the floor: a bare PySide6 window with a 200-row table.

Each start is a fresh Python process (imports included, from bytecode as an installed program
runs), timed from launch until its table's viewport has painted rows; the two run alternately
on the same demo file, offscreen; the ratio is the median of the side-by-side pairs' ratios.
AidTracker starts through the ``aidtracker run`` command itself (``ui.launcher``): the first
page is read through a read-only ``sqlite3`` connection and painted, then the file is opened,
checked and migrated as usual.
The baseline is the floor: ``sqlite3`` reads 200 rows of the shipments list (with the names
joined, as the app shows them) into a ``QStandardItemModel`` in a bare ``QTableView``.
``python -m bench bench_startup``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEATS = 11
ROOT = Path(__file__).resolve().parents[1]

_PAINTED = """
from PySide6.QtCore import QObject, QEvent
class _Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and _rows():
            sys.stdout.write("PAINTED\\n"); sys.stdout.flush(); os._exit(0)
        return False
"""

BARE = """
import os, sys, sqlite3
from PySide6.QtWidgets import QApplication, QTableView
from PySide6.QtGui import QStandardItem, QStandardItemModel
""" + _PAINTED + """
app = QApplication(sys.argv[:1])
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT s.reference, s.status, p.partner_city, d.name_en, r.name_en, s.crossing,"
    " s.planned_crossing, s.line_count, s.gross_g_total, s.updated_at FROM shipment s"
    " JOIN partnership p ON p.id = s.partnership_id JOIN organisation d ON d.id = s.donor_id"
    " JOIN organisation r ON r.id = s.recipient_id ORDER BY s.updated_at DESC LIMIT 200"
).fetchall()
model = QStandardItemModel(len(rows), 10)
for i, row in enumerate(rows):
    for j, value in enumerate(row):
        model.setItem(i, j, QStandardItem("" if value is None else str(value)))
view = QTableView()
view.setModel(model)
_rows = lambda: model.rowCount() > 0
view.viewport().installEventFilter(_Painted(view))
view.resize(1400, 860)
view.show()
app.exec()
"""

APP = """
import os, sys
from ui.launcher import main  # the ``aidtracker`` command's entry point, loaded as it is
""" + _PAINTED + """
import ui.app
_build = ui.app.build_window
def _watched(*args, **kwargs):  # the bench's only addition: notice the painted rows
    global _rows
    window = _build(*args, **kwargs)
    _rows = lambda: window.table_model.rowCount() > 0
    window.table.viewport().installEventFilter(_Painted(window))
    return window
ui.app.build_window = _watched
main(["run", "--db", sys.argv[1]])  # the ``aidtracker run`` command itself
"""


def _start(code: str, db: Path, env: dict[str, str]) -> float:
    began = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, str(db)], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline() if process.stdout else ""
    elapsed = time.perf_counter() - began
    process.wait(timeout=60)
    if line.strip() != "PAINTED":
        raise RuntimeError("the window never painted its rows")
    return elapsed


def measure(db: Path, settings: Path, repeats: int = REPEATS) -> tuple[float, float, float]:
    """Median seconds to a painted table (bare PySide6 floor, AidTracker) and the median of
    the ratios of each side-by-side pair (robust to the machine's drift during the run)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AIDTRACKER_SETTINGS": str(settings)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program runs from bytecode
    _start(BARE, db, env), _start(APP, db, env)  # warm the file cache, compile bytecode
    bare, app = [], []
    for _ in range(repeats):
        bare.append(_start(BARE, db, env))
        app.append(_start(APP, db, env))
    ratios = [a / b for a, b in zip(app, bare, strict=True)]
    return statistics.median(bare), statistics.median(app), statistics.median(ratios)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from aidtracker.demo.builder import build_demo

    with tempfile.TemporaryDirectory(prefix="aidtracker-start-") as tmp:
        db = Path(tmp) / "demo.db"
        build_demo(db)
        bare, app, ratio = measure(db, Path(tmp) / "settings.ini")
    print(f"start to painted table: bare PySide6 + sqlite3 {bare * 1000:.0f} ms, "
          f"AidTracker {app * 1000:.0f} ms")
    print(f"METRIC startup_bare_ms={bare * 1000:.1f} startup_app_ms={app * 1000:.1f} "
          f"ratio={ratio:.2f} (median of {REPEATS} side-by-side pairs; target <= 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
