"""The ledger end to end, from the database: ``export_ledger_file`` against a floor that reads
the same tables with plain sqlite3 and writes the same cells with openpyxl write-only.

``python -m bench.bench_ledger_db [--shipments N] [--lines L]`` (``AIDTRACKER_BENCH_DB_SHIPMENTS``
overrides the default 20,000). The database is generated once with plain inserts (its own
time is not measured); each side then runs in its own child process. Target (issue 11): ours
≤ 1.2× the floor.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

SHIPMENTS = 20_000
LINES = 10
_TS = "2026-01-01T00:00:00+00:00"


def build(path: Path, n: int, lines: int) -> None:
    """A database of ``n`` shipments × ``lines`` lines, one act each, by plain inserts."""
    from aidtracker.store import create_database

    create_database(path).close()
    conn = sqlite3.connect(path)
    stamps = (0, _TS, "bench", _TS, "bench")
    with conn:
        conn.execute("INSERT INTO partnership (id, own_city, partner_city, partner_country,"
                     " relation, version, created_at, created_by, updated_at, updated_by)"
                     " VALUES (1, 'Kyiv', 'Lublin', 'PL', 'sister', ?, ?, ?, ?, ?)", stamps)
        for oid, name, country in ((1, "City of Lublin", "PL"), (2, "Kyiv City Council", "UA"),
                                   (3, "Kyiv Hospital 1", "UA")):
            conn.execute("INSERT INTO organisation (id, kind, name_en, country, version,"
                         " created_at, created_by, updated_at, updated_by)"
                         " VALUES (?, 'city_authority', ?, ?, ?, ?, ?, ?, ?)",
                         (oid, name, country, *stamps))
        start = date(2024, 1, 1)
        for i in range(1, n + 1):
            day = start + timedelta(days=i % 700)
            conn.execute(_SHIPMENT, (i, f"KYV-{day.year}-{i:06d}", day.isoformat(),
                                     (day + timedelta(days=14)).isoformat(), lines,
                                     10_000 * lines, *stamps))
            conn.executemany(_LINE, [
                (i * 100 + k, i, k, f"Item {k} of shipment {i}", 1000 * (k + i % 10),
                 1_250 + 100 * k, 1000 * (k + i % 10)) for k in range(1, lines + 1)])
            conn.execute("INSERT INTO distribution (id, shipment_id, act_no, on_date, kind,"
                         " acquirer_id, person_name, settlement, actor, created_at)"
                         " VALUES (?, ?, ?, ?, 'act', 3, '', 'Kyiv', 'bench', ?)",
                         (i, i, f"D8-{i}", (day + timedelta(days=20)).isoformat(), _TS))
            conn.execute("INSERT INTO distribution_line (distribution_id, line_id, qty_milli)"
                         " VALUES (?, ?, 1000)", (i, i * 100 + 1))
    conn.close()


_SHIPMENT = """INSERT INTO shipment (id, reference, status, partnership_id, donor_id, recipient_id,
    kind, priority, currency, consignee_address, route, crossing, transport_mode, carrier,
    truck_plate, trailer_plate, driver_name, driver_phone, pledged_on, consent_signer,
    delivered_on, clearance_ref, handover_act_no, ahars_code, declaration_no, export_route,
    export_mrn, cmr_no, council_decision, report_ref, hold_reason, cancel_reason, notes,
    line_count, gross_g_total, version, created_at, created_by, updated_at, updated_by)
    VALUES (?, ?, 'delivered', 1, 1, 2, 'donation', 'normal', 'EUR', '', '', 'Dorohusk-Yahodyn',
    'road_truck', '', '', '', '', '', ?, '', ?, '', '', '', '', '', '', '', '', '', '', '', '',
    ?, ?, ?, ?, ?, ?, ?)"""
_LINE = """INSERT INTO line_item (id, shipment_id, line_no, category, description, description_en,
    hs_code, national_code, qty_milli, unit, packages, marks, net_g, gross_g, unit_value_minor,
    currency, condition, lot, received_good_milli) VALUES (?, ?, ?, 'shelter.bedding', ?, '',
    '630140', '', ?, 'pcs', 1, '', 9000, 10000, ?, 'EUR', 'new', '', ?)"""


def _ours(db_path: Path, out: Path) -> None:
    from aidtracker.services.ledger import export_ledger_file
    from aidtracker.store import open_database

    db = open_database(db_path)
    try:
        export_ledger_file(db, out)
    finally:
        db.close()


def _floor(db_path: Path, out: Path) -> None:
    """The same tables read with sqlite3, the same cells written with openpyxl write-only."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from aidtracker.ledger.sheets import DISTRIBUTIONS, ITEMS, SHIPMENTS

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    wb = Workbook(write_only=True)
    sheets = {}
    for title, columns in (("Shipments", SHIPMENTS), ("Items", ITEMS),
                           ("Distributions", DISTRIBUTIONS)):
        ws = wb.create_sheet(title)
        ws.append([c.header for c in columns])
        sheets[title] = _Sheet(ws, [_FORMATS.get(c.kind) for c in columns], WriteOnlyCell)
    names = dict(conn.execute("SELECT id, name_en FROM organisation"))
    partner = dict(conn.execute("SELECT id, partner_city FROM partnership"))
    for s in conn.execute("SELECT * FROM shipment ORDER BY reference").fetchall():
        sid, ref = s[0], s[1]
        lines = conn.execute("SELECT * FROM line_item WHERE shipment_id = ? ORDER BY line_no",
                             (sid,)).fetchall()
        handed = dict(conn.execute(
            "SELECT line_id, sum(qty_milli) FROM distribution_line dl JOIN distribution d"
            " ON d.id = dl.distribution_id WHERE d.shipment_id = ? GROUP BY line_id", (sid,)))
        total = sum(_value(ln) for ln in lines)
        sheets["Shipments"].append([ref, s[2], partner[s[3]], names[s[4]], names[s[5]], "donation",
                                    _day(s[19]), None, None, None, _day(s[25]), s[11], "",
                                    len(lines), len(lines), Decimal(9 * len(lines)),
                                    Decimal(10 * len(lines)), total, "EUR", "", None, None, ""])
        for ln in lines:
            qty = Decimal(ln[8]) / 1000
            good = Decimal(ln[20] or 0) / 1000
            out_qty = Decimal(handed.get(ln[0], 0)) / 1000
            sheets["Items"].append([ref, ln[2], ln[3], ln[4], "", ln[6], "", ln[9], qty, 1,
                                    Decimal(9), Decimal(10), Decimal(ln[14]) / 100, _value(ln),
                                    "EUR", "new", None, "", "", good, 0, 0, out_qty, 0,
                                    good - out_qty, None])
        for d in conn.execute(
            "SELECT d.act_no, d.on_date, d.kind, d.settlement, l.line_no, l.description,"
            " dl.qty_milli, l.unit, l.unit_value_minor, o.name_en FROM distribution d"
            " JOIN distribution_line dl ON dl.distribution_id = d.id"
            " JOIN line_item l ON l.id = dl.line_id LEFT JOIN organisation o"
            " ON o.id = d.acquirer_id WHERE d.shipment_id = ?", (sid,)):
            sheets["Distributions"].append([ref, d[0], _day(d[1]), d[2], d[9], d[3], d[4], d[5],
                                            Decimal(d[6]) / 1000, d[7],
                                            Decimal(d[6] * d[8]) / 100_000, "EUR"])
    wb.save(out)
    conn.close()


_FORMATS = {"int": "#,##0", "qty": "#,##0.###", "kg": "#,##0.0##", "money": "#,##0.00",
            "date": "DD.MM.YYYY"}


class _Sheet:
    """Rows as the ledger writes them: numbers and dates with their number formats."""

    def __init__(self, ws: object, formats: list[str | None], make: object) -> None:
        self.ws, self.formats, self.make = ws, formats, make

    def append(self, values: Sequence[object]) -> None:
        row = []
        for value, fmt in zip(values, self.formats, strict=True):
            if value is None or value == "" or fmt is None:
                row.append(None if value == "" else value)
                continue
            cell = self.make(self.ws, value)  # type: ignore[operator]
            cell.number_format = fmt
            row.append(cell)
        self.ws.append(row)  # type: ignore[attr-defined]


def _value(ln: Sequence[object]) -> Decimal:
    return Decimal(int(ln[8]) * int(ln[14])) / 100_000  # type: ignore[call-overload]


def _day(text: object) -> date | None:
    return date.fromisoformat(str(text)) if text else None


def _child(side: str, db_path: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"{side}.xlsx"
        start = time.perf_counter()
        (_ours if side == "ours" else _floor)(db_path, out)
        seconds = time.perf_counter() - start
        size = out.stat().st_size
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "peak_mib": peak_kib / 1024, "bytes": size}


def _run_side(side: str, db_path: Path) -> dict[str, float]:
    cmd = [sys.executable, "-m", "bench.bench_ledger_db", "--side", side, "--db", str(db_path)]
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=root)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    default = int(os.environ.get("AIDTRACKER_BENCH_DB_SHIPMENTS", SHIPMENTS))
    parser.add_argument("--shipments", type=int, default=default)
    parser.add_argument("--lines", type=int, default=LINES)
    parser.add_argument("--side", choices=["ours", "floor"], help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args([] if argv is None and __name__ != "__main__" else argv)
    if args.side:
        print(json.dumps(_child(args.side, args.db)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.db"
        build(db_path, args.shipments, args.lines)
        print(f"ledger end to end: {args.shipments:,} shipments × {args.lines} lines")
        floor = _run_side("floor", db_path)
        ours = _run_side("ours", db_path)
    ratio = ours["seconds"] / floor["seconds"]
    for name, r in (("floor sqlite3 + openpyxl", floor), ("AidTracker export_ledger_file", ours)):
        print(f"  {name:<30} {r['seconds']:8.1f} s   peak RSS {r['peak_mib']:7.1f} MiB   "
              f"{r['bytes'] / 2**20:7.1f} MiB file")
    print(f"  ratio ours/floor {ratio:.2f}× (target ≤ 1.2×: {'ok' if ratio <= 1.2 else 'OVER'})")
    print(f"METRIC ledger_db_s={ours['seconds']:.2f} floor_s={floor['seconds']:.2f} "
          f"ratio={ratio:.3f} peak_mib={ours['peak_mib']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
