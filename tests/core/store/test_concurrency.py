"""Two processes on one file: numbers are never handed out twice, nothing is lost (T3, M3–M5)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from factories import make_header, make_line

from aidtracker.services.shipments import create_shipment
from aidtracker.store import open_database

WRITER = """
import sys
from aidtracker.domain import LineItem, Shipment, Status, Unit
from aidtracker.services.shipments import create_shipment
from aidtracker.store import open_database

db = open_database(sys.argv[1])
header = Shipment(id=None, reference="", status=Status.DRAFT, partnership_id=1, donor_id=1,
                  recipient_id=2)
line = LineItem(id=None, line_no=0, category="hygiene", description="Мило", qty_milli=1000,
                unit=Unit.PCS, currency="EUR", unit_value_minor=100)
for _ in range(int(sys.argv[2])):
    print("ACK", create_shipment(db, header, [line], actor=sys.argv[3]), flush=True)
db.close()
"""


def test_two_writers_never_share_a_number(db, db_path: Path, seed) -> None:
    create_shipment(db, make_header(seed), [make_line()], actor="setup")
    db.close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), "40", name],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("pc-1", "pc-2")]
    acked: list[str] = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        acked += [line.split()[1] for line in out.splitlines() if line.startswith("ACK")]
    assert len(acked) == 80 and len(set(acked)) == 80
    check = open_database(db_path)
    try:
        refs = {r[0] for r in check.conn.execute("SELECT reference FROM shipment")}
        assert set(acked) <= refs and len(refs) == 81
        assert check.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        lines = check.conn.execute("SELECT count(*) FROM line_item").fetchone()[0]
        assert lines == 81
    finally:
        check.close()
