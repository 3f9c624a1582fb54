"""T7: importer fuzz. Mutated seed files (byte flips, truncation, junk) and lists with hostile
content are either read or refused with a clear error: never another exception, a hang or a
runaway process; a refused import leaves the database as it was."""

from __future__ import annotations

import hashlib
import random
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from battery import ROOT, count, metric
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidtracker.errors import AidTrackerError
from aidtracker.importer import parse_manifest
from aidtracker.services.entry import add_party
from aidtracker.services.imports import import_manifest
from aidtracker.store import Database, create_database

MEMORY_CAP = 1 << 30  # RLIMIT_AS of a parsing worker (1 GiB)
PARSE_LIMIT_S = 20.0
SEEDS = sorted(
    [p for p in (ROOT.parent / "shared" / "samples").iterdir() if p.suffix in (".csv", ".xlsx")]
    + sorted((ROOT / "tests" / "fixtures" / "imports" / "real").glob("*.csv"))
)
HOSTILE = ["=1+1", "@SUM(A1)", "-2+3", "\x00", "\u202eRTL", "NaN", "inf", "-5", "1e308",
           "007", "45123", "31/02/2026", "x" * 40_000, "ґєії «»", "<b>", "1.640", "1,640"]


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _parse(path: str) -> tuple[str, float, int]:
    """In a worker: the outcome of reading ``path``, its time and the worker's peak RSS (MiB)."""
    start = time.perf_counter()
    try:
        parse_manifest(path)
        outcome = "accepted"
    except AidTrackerError:
        outcome = "rejected"
    except Exception as exc:  # the property under test: nothing else may escape
        outcome = f"crash {type(exc).__name__}"
    return outcome, time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _mutate(data: bytes, rng: random.Random) -> bytes:
    how = rng.randrange(3)
    if how == 0:  # byte flips
        out = bytearray(data)
        for _ in range(rng.randint(1, 16)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        return bytes(out)
    if how == 1:  # truncation
        return data[: rng.randrange(1, len(data))]
    at = rng.randrange(len(data))  # junk inserted
    return data[:at] + rng.randbytes(rng.randint(1, 512)) + data[at:]


def _digest(db: Database) -> str:
    return hashlib.sha256("\n".join(db.conn.iterdump()).encode()).hexdigest()


def _run(paths: list[Path], tally: dict[str, float]) -> list[str]:
    crashes: list[str] = []
    with ProcessPoolExecutor(max_workers=2, initializer=_limit) as pool:
        futures = [(p, pool.submit(_parse, str(p))) for p in paths]
        for path, future in futures:
            try:
                outcome, seconds, rss_kib = future.result(timeout=PARSE_LIMIT_S)
            except (FutureTimeout, BrokenProcessPool) as exc:
                outcome, seconds, rss_kib = f"crash {type(exc).__name__}", PARSE_LIMIT_S, 0
            tally["examples"] += 1
            tally[outcome if not outcome.startswith("crash") else "crashes"] += 1
            tally["max_parse_s"] = max(tally["max_parse_s"], seconds)
            tally["max_rss_mib"] = max(tally["max_rss_mib"], rss_kib / 1024)
            if outcome.startswith("crash"):
                crashes.append(f"{path.name}: {outcome}")
    return crashes


def _tally() -> dict[str, float]:
    return dict.fromkeys(("examples", "accepted", "rejected", "crashes", "max_parse_s",
                          "max_rss_mib"), 0.0)


def test_t07_mutated_seed_files(tmp_path: Path) -> None:
    rng = random.Random(7)
    paths = []
    for n in range(count(60, 2000)):
        seed = SEEDS[n % len(SEEDS)]
        target = tmp_path / f"m{n:04d}{seed.suffix}"
        target.write_bytes(_mutate(seed.read_bytes(), rng))
        paths.append(target)
    tally = _tally()
    crashes = _run(paths, tally)
    metric("T7_mutation", examples=int(tally["examples"]), accepted=int(tally["accepted"]),
           clear_rejections=int(tally["rejected"]), crashes=int(tally["crashes"]),
           max_parse_s=round(tally["max_parse_s"], 2), max_rss_mib=round(tally["max_rss_mib"]))
    assert crashes == []
    assert tally["max_parse_s"] < PARSE_LIMIT_S


CELL = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))


def _import_db(folder: Path) -> Database:
    db = create_database(folder / "fuzz.db")
    add_party(db, "partner", name="Lublin", country="PL", city="Хмельницький", actor="t")
    add_party(db, "recipient", name="Khmelnytskyi City Council", edrpou="32855961",
              city="Khmelnytskyi", actor="t")
    return db


def test_t07_hostile_content(tmp_path: Path) -> None:
    folder = tmp_path / "lists"
    folder.mkdir()
    db = _import_db(tmp_path)
    tally, changed, crashes, paths = _tally(), [0], [], []

    @settings(max_examples=count(40, 2000), deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.lists(st.tuples(CELL, CELL, CELL, CELL), min_size=1, max_size=8))
    def write_list(rows: list[tuple[str, str, str, str]]) -> None:
        path = folder / f"c{len(paths):04d}.csv"
        body = "\n".join(";".join(c.replace(";", ",").replace("\n", " ") for c in row)
                         for row in rows)
        path.write_text("Description;Quantity;Unit;Value EUR\n" + body + "\n", encoding="utf-8")
        paths.append(path)

    write_list()
    crashes = _run(paths, tally)
    for path in paths:  # read safely in a worker above; now the whole use case, refusals exact
        before = _digest(db)
        try:
            import_manifest(db, path, partner="Lublin", recipient="Khmelnytskyi", actor="fuzz")
        except AidTrackerError:
            changed[0] += _digest(db) != before
    db.close()
    metric("T7_content", examples=int(tally["examples"]), accepted=int(tally["accepted"]),
           clear_rejections=int(tally["rejected"]), crashes=int(tally["crashes"]),
           max_parse_s=round(tally["max_parse_s"], 2), max_rss_mib=round(tally["max_rss_mib"]),
           db_changed_on_reject=changed[0])
    assert crashes == []
    assert changed[0] == 0
