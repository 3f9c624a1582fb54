"""Import of a 20,000-line packing list against one bare openpyxl read-only pass (PERFORMANCE.md).

``python -m bench.bench_import [--lines N]`` (or ``main()``; ``AIDTRACKER_BENCH_IMPORT_LINES``
overrides the default 20,000). The list is written once: a title block, a header in German,
a units row, the lines (text numbers with decimal commas on every tenth row, two serials on every
hundredth) and a totals row. Each side runs in its own child process, so the peak resident memory
(VmHWM) of one does not hide the other's:

* bare: ``openpyxl.load_workbook(read_only=True)`` and every row's values, nothing else;
* ours: ``services.imports.import_manifest`` into a new database — header finding, parsing,
  checks, one transaction with bulk inserts and one audit entry.

Each side's timed work starts once its modules are imported (and, for ours, the database is
created): the figure in brackets counts those too. The lists are written at several sizes
(``--sizes``, 5,000 / 20,000 / 50,000 by default) to show the peak memory of both sides at each:
flat means ours grows no more with the line count than the bare read does.

Target: ours ≤ 1.5× the baseline's time (≤ 1.3× later), memory flat. Runs are repeated and the
medians compared; the machine drifts, so only the ratio of one run matters.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

LINES = 20_000
SIZES = "5000,20000,50000"  # peak memory shown at each: flat means it does not grow
RUNS = 3
_ITEMS = ("Wolldecken 150x200", "Hygienepaket (Karton)", "Feldbetten klappbar",
          "Stromaggregat 5 kVA", "Konserven Rindfleisch 400 g", "Erste-Hilfe-Set DIN 13164")


def write_list(path: Path, lines: int) -> None:
    """The packing list the two sides read, with its ``<dimension>`` as Excel writes it (a
    write-only workbook has none, and openpyxl then parses the sheet twice on either side)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Packliste"
    ws.append(["Packliste Nr. 2026/117 — Hilfsgüter für Kyjiw"])
    ws.append(["Absender: Landeshauptstadt München"])
    ws.append([])
    ws.append(["Pos.", "Warenbezeichnung", "Menge", "Einheit", "Nettogewicht", "Bruttogewicht",
               "Wert EUR", "Zolltarifnummer", "Seriennummer"])
    ws.append([None, None, None, None, "(kg)", "(kg)", None, None, None])
    total_qty = 0
    for i in range(1, lines + 1):
        qty = i % 40 + 1
        total_qty += qty
        net = f"{qty * 2},5" if i % 10 == 0 else qty * 2 + 0.5
        serials = f"SN-{i}-A; SN-{i}-B" if i % 100 == 0 else None
        ws.append([i, f"{_ITEMS[i % len(_ITEMS)]} ({i})", 2 if serials else qty, "Stk", net,
                   qty * 3, qty * 12.5, "63014010", serials])
    ws.append([None, "Summe", None])
    wb.save(path)


def _bare(path: Path) -> Callable[[], int]:
    import openpyxl

    def run() -> int:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        count = 0
        for ws in wb.worksheets:
            for _row in ws.iter_rows(values_only=True):
                count += 1
        wb.close()
        return count

    return run


def _ours(path: Path, folder: Path) -> Callable[[], int]:
    import openpyxl  # noqa: F401 (loaded before the clock starts, as on the bare side)

    from aidtracker.domain import Organisation, OrgKind, Partnership
    from aidtracker.services.imports import import_manifest
    from aidtracker.store import create_database, parties, unit_of_work

    db = create_database(folder / "bench.db")
    with unit_of_work(db):
        parties.insert_partnership(db, Partnership(
            id=None, own_city="Kyiv", partner_city="München", partner_country="DE",
            partner_city_en="Munich"), "b")
        parties.insert_organisation(db, Organisation(
            id=None, kind=OrgKind.CITY_AUTHORITY, name_en="City of Munich", country="DE"),
            "b")
        parties.insert_organisation(db, Organisation(
            id=None, kind=OrgKind.CITY_AUTHORITY, name_en="Kyiv City Council",
            edrpou="99000011", settlement="Kyiv"), "b")

    def run() -> int:
        try:
            result = import_manifest(db, path, partner="Munich", recipient="Kyiv",
                                     donor="City of Munich", actor="bench")
            return result.lines
        finally:
            db.close()

    return run


def _child(side: str, path: Path) -> dict[str, float]:
    """One side: its modules and (ours) the database set up first, then the timed work;
    ``cold`` also counts the set-up."""
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        run = _bare(path) if side == "bare" else _ours(path, Path(folder))
        ready = time.perf_counter()
        count = run()
        end = time.perf_counter()
    return {"seconds": end - ready, "cold": end - start, "peak_mib": _peak_kib() / 1024,
            "rows": count}


def _peak_kib() -> int:
    """This process's own peak RSS (VmHWM): ``ru_maxrss`` survives exec on Linux, so a child
    would report its parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _run_side(side: str, path: Path) -> dict[str, float]:
    cmd = [sys.executable, "-m", "bench.bench_import", "--side", side, "--file", str(path)]
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=root)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _measure(path: Path, runs: int) -> dict[str, list[dict[str, float]]]:
    out = {"bare": [], "ours": []}  # type: dict[str, list[dict[str, float]]]
    for _ in range(runs):  # interleaved, so drift hits both sides alike
        for side in ("bare", "ours"):
            out[side].append(_run_side(side, path))
    return out


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    env = os.environ.get("AIDTRACKER_BENCH_IMPORT_LINES")
    parser.add_argument("--lines", type=int, default=int(env) if env else LINES,
                        help="the size whose ratio is the target (default 20,000)")
    parser.add_argument("--sizes", default=None if env else SIZES,
                        help="comma-separated line counts to show memory flatness over")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--side", choices=["ours", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args([] if argv is None and __name__ != "__main__" else argv)
    if args.side:
        print(json.dumps(_child(args.side, args.file)))
        return 0
    sizes = sorted({args.lines, *(int(x) for x in (args.sizes or "").split(",") if x)})
    print(f"import: packing lists of {', '.join(f'{n:,}' for n in sizes)} lines, each side in "
          f"its own process, {args.runs} interleaved runs, medians")
    print(f"  {'lines':>7} {'bare s':>7} {'ours s':>7} {'ratio':>6}   {'bare peak':>9} "
          f"{'ours peak':>9} (MiB RSS)")
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = Path(folder) / f"packliste-{n}.xlsx"
            write_list(path, n)
            runs = _measure(path, args.runs)
            bare, ours = _median(runs["bare"], "seconds"), _median(runs["ours"], "seconds")
            peaks = _median(runs["bare"], "peak_mib"), _median(runs["ours"], "peak_mib")
            results[n] = (bare, ours, *peaks)
            cold = _median(runs["ours"], "cold") / _median(runs["bare"], "cold")
            wrong = {r["rows"] for r in runs["ours"]} != {n}
            print(f"  {n:>7,} {bare:7.2f} {ours:7.2f} {ours / bare:5.2f}×   {peaks[0]:9.1f} "
                  f"{peaks[1]:9.1f}   (with module imports and set-up {cold:.2f}×)"
                  + ("  WRONG LINE COUNT" if wrong else ""), flush=True)
    bare, ours, bare_peak, peak = results[args.lines]
    ratio = ours / bare
    verdict = "ok" if ratio <= 1.5 else "OVER TARGET"
    print(f"  ratio ours/bare at {args.lines:,} lines {ratio:.2f}× (target ≤ 1.5×, later ≤ 1.3×: "
          f"{verdict})")
    low, high = sizes[0], sizes[-1]
    grow = results[high][3] - results[low][3]
    bare_grow = results[high][2] - results[low][2]
    if high > low:  # flat: ours grows no more than the bare read (1 MiB of noise allowed)
        verdict = "flat" if grow <= bare_grow + 1.0 else (
            f"NOT FLAT: {grow - bare_grow:.1f} MiB more than the bare read")
        print(f"  peak growth {low:,} → {high:,} lines: ours +{grow:.1f} MiB, "
              f"bare +{bare_grow:.1f} MiB ({verdict})")
    print(f"METRIC import_s={ours:.2f} bare_s={bare:.2f} ratio={ratio:.3f} "
          f"peak_mib={peak:.1f} bare_peak_mib={bare_peak:.1f} "
          f"peak_growth_mib={grow:.1f} bare_peak_growth_mib={bare_grow:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
