"""Ledger export of N shipments × 10 lines against a bare openpyxl write-only loop.

``python -m bench.bench_ledger [--shipments N] [--lines L]`` (or ``main()``; the environment
variable ``AIDTRACKER_BENCH_SHIPMENTS`` overrides the default 100,000). Shipments are generated
on the fly (a generator, never a list). Each side runs in its own child process, so the peak
resident memory (``ru_maxrss``) of one does not hide the other's. The baseline writes the same
cells — same values, number and date formats, header row — to the same sheets with plain
openpyxl; ours adds the safe-text helper, the Summary, the README and the atomic rename.
Target (PERFORMANCE.md): ours ≤ 1.5× the baseline's time, memory flat.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from aidtracker.domain import (
    Asset,
    AssetKind,
    Distribution,
    DistributionKind,
    DistributionLine,
    LineItem,
    Organisation,
    OrgKind,
    Partnership,
    Shipment,
    ShipmentDetail,
    Status,
    Unit,
)

SHIPMENTS = 100_000
LINES = 10
_FORMATS = {"int": "#,##0", "qty": "#,##0.###", "kg": "#,##0.0##", "money": "#,##0.00",
            "date": "DD.MM.YYYY"}
_WORDS = ("Рукавички нітрилові", "Генератор дизельний 30 кВА", "Ковдра вовняна",
          "Nitrile gloves", "Sleeping bag", "=SUM(A1)", "Powder extinguisher 6 kg",
          "Консерви м'ясні", "Water filter", "Solar panel 400 W")
_CATEGORIES = ("med.consumable", "energy.genset_diesel", "shelter.bedding", "med.consumable",
               "shelter.bedding", "other", "equip.fire", "food", "equip.field", "energy.pv")
_STATUSES = (Status.CLOSED, Status.DELIVERED, Status.DISTRIBUTING, Status.AT_BORDER,
             Status.DRAFT)


def details(n: int, lines: int) -> Iterator[ShipmentDetail]:
    """N synthetic shipments with ``lines`` lines each, built one at a time."""
    partners = [Partnership(i, "Kyiv", f"Partner city {i}", "PL") for i in range(18)]
    donors = [Organisation(i, OrgKind.CITY_AUTHORITY, f"City of Partner {i}") for i in range(18)]
    recipient = Organisation(100, OrgKind.CITY_AUTHORITY, "Kyiv City Council",
                             name_uk="Київська міська рада")
    start = date(2024, 1, 1)
    for i in range(1, n + 1):
        day = start + timedelta(days=i % 700)
        shipment = Shipment(
            id=i, reference=f"KYV-{day.year}-{i:06d}", status=_STATUSES[i % 5],
            partnership_id=i % 18, donor_id=i % 18, recipient_id=100,
            crossing="Dorohusk-Yahodyn", ahars_code=f"AH-{i:07d}", pledged_on=day,
            loaded_on=day + timedelta(days=10), delivered_on=day + timedelta(days=14),
            notes="delivered in two trucks" if i % 7 == 0 else "")
        items = tuple(_line(i, k) for k in range(1, lines + 1))
        acts = (Distribution(i, f"D8-{i}", day + timedelta(days=20), DistributionKind.ACT, 7,
                             "", "Kyiv", (DistributionLine(1, 1000), DistributionLine(2, 500))),)
        yield ShipmentDetail(shipment, partners[i % 18], donors[i % 18], recipient, items,
                             (), (), (), (), acts)


def _line(i: int, k: int) -> LineItem:
    w = (i + k) % 10
    assets = (Asset(None, AssetKind.EQUIPMENT, serial_no=f"SN-{i}-{k}"),) if w == 1 else ()
    return LineItem(
        id=None, line_no=k, category=_CATEGORIES[w], description=_WORDS[w],
        description_en=_WORDS[(w + 3) % 10], qty_milli=1000 * (k + w) + (500 if w == 4 else 0),
        unit=Unit.KG if w == 4 else Unit.PCS, currency="PLN" if w == 7 else "EUR",
        unit_value_minor=1_250 + 100 * w, hs_code="630140", packages=w, net_g=9_000 * (w + 1),
        gross_g=10_000 * (w + 1), expiry_date=date(2027, 3, 31) if w in (0, 7) else None,
        assets=assets)


def _bare(n: int, lines: int, out: Path) -> None:
    """The baseline: the same cells with plain openpyxl, no safety, no summary, no rename."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from aidtracker.ledger.sheets import (
        DISTRIBUTIONS,
        ITEMS,
        SHIPMENTS,
        distribution_values,
        item_values,
        shipment_values,
    )
    from aidtracker.workflow import line_balance

    wb = Workbook(write_only=True)
    sheets = {}
    for title, columns in (("Shipments", SHIPMENTS), ("Items", ITEMS),
                           ("Distributions", DISTRIBUTIONS)):
        ws = wb.create_sheet(title)
        ws.append([c.header for c in columns])
        sheets[title] = (ws, [_FORMATS.get(c.kind) for c in columns])

    def add(title: str, values: Sequence[object]) -> None:
        ws, fmts = sheets[title]
        ws.append([_bare_cell(WriteOnlyCell, ws, v, f) for v, f in zip(values, fmts, strict=True)])

    for d in details(n, lines):
        add("Shipments", shipment_values(d, d.totals))
        by_no = {}
        for line in d.lines:
            by_no[line.line_no] = line
            add("Items", item_values(d.shipment.reference, line,
                                     line_balance(line, d.distributions, d.write_offs)))
        for dist in d.distributions:
            for dl in dist.lines:
                add("Distributions", distribution_values(d.shipment.reference, dist, dl,
                                                         by_no.get(dl.line_no)))
    wb.save(out)


def _bare_cell(make: Any, ws: Any, value: object, fmt: str | None) -> object:
    if value is None or value == "":
        return None
    if fmt is None:
        return value
    cell = make(ws, value)
    cell.number_format = fmt
    return cell


def _ours(n: int, lines: int, out: Path) -> None:
    from aidtracker.ledger import export_ledger

    result = export_ledger(details(n, lines), out, total=n)
    assert result.shipments == n and result.lines == n * lines


def _child(side: str, n: int, lines: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"{side}.xlsx"
        start = time.perf_counter()
        (_ours if side == "ours" else _bare)(n, lines, out)
        seconds = time.perf_counter() - start
        size = out.stat().st_size
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "peak_mib": peak_kib / 1024, "bytes": size}


def _run_side(side: str, n: int, lines: int) -> dict[str, float]:
    cmd = [sys.executable, "-m", "bench.bench_ledger", "--side", side, "--shipments", str(n),
           "--lines", str(lines)]
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=root)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    default = int(os.environ.get("AIDTRACKER_BENCH_SHIPMENTS", SHIPMENTS))
    parser.add_argument("--shipments", type=int, default=default)
    parser.add_argument("--lines", type=int, default=LINES)
    parser.add_argument("--side", choices=["ours", "bare"], help=argparse.SUPPRESS)
    args = parser.parse_args([] if argv is None and __name__ != "__main__" else argv)
    if args.side:
        print(json.dumps(_child(args.side, args.shipments, args.lines)))
        return 0
    n, lines = args.shipments, args.lines
    print(f"ledger export: {n:,} shipments × {lines} lines = {n * lines:,} item rows")
    bare = _run_side("bare", n, lines)
    ours = _run_side("ours", n, lines)
    ratio = ours["seconds"] / bare["seconds"]
    for name, r in (("bare openpyxl write-only", bare), ("AidTracker export_ledger", ours)):
        print(f"  {name:<26} {r['seconds']:8.1f} s   peak RSS {r['peak_mib']:7.1f} MiB   "
              f"{r['bytes'] / 2**20:7.1f} MiB file")
    verdict = "ok" if ratio <= 1.5 else "OVER TARGET"
    print(f"  ratio ours/bare {ratio:.2f}× (target ≤ 1.5×: {verdict})")
    print(f"METRIC ledger_export_s={ours['seconds']:.2f} bare_s={bare['seconds']:.2f} "
          f"ratio={ratio:.3f} peak_mib={ours['peak_mib']:.1f} bare_peak_mib={bare['peak_mib']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
