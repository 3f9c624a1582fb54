"""T4: a second instance sees who has the file open; a killed window is no ghost; one winner."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from battery import ROOT, cli, count, metric

from aidtracker.services import maintenance
from aidtracker.store import open_database, unit_of_work

SAVER = """
import sys, time
from aidtracker.errors import EditConflict
from aidtracker.services.edits import HeaderEdit
from aidtracker.services.shipments import save_edits
from aidtracker.store import open_database

db = open_database(sys.argv[1])
for line in sys.stdin:
    ref, version, at, value = line.split()
    time.sleep(max(0.0, float(at) - time.time()))
    try:
        save_edits(db, ref, HeaderEdit(notes=value), None, actor=sys.argv[2],
                   expected_version=int(version))
        print("WON", value, flush=True)
    except EditConflict:
        print("CONFLICT", value, flush=True)
"""


def _listed(db_path: Path) -> list[dict[str, object]]:
    result = cli("sessions", "--db", str(db_path), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_killed_window_is_gone_within_seconds(soak_db: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen([sys.executable, "-m", "ui.launcher", "gui", "--db", str(soak_db)],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline, seen = time.monotonic() + 60, []
        while time.monotonic() < deadline and not seen:
            seen = [s for s in _listed(soak_db) if s["pid"] == window.pid]
            time.sleep(0.2)
        assert seen, "the window never registered its session"
        assert {"host", "user", "pid", "since", "program"} <= set(seen[0])
    finally:
        window.send_signal(signal.SIGKILL)
        window.wait()
    killed = time.monotonic()
    while [s for s in _listed(soak_db) if s["pid"] == window.pid]:
        assert time.monotonic() - killed < 10
    gone_after = time.monotonic() - killed
    # another computer that crashed long ago: hidden and removed, never shown
    db = open_database(soak_db)
    try:
        with unit_of_work(db):
            db.conn.execute(
                "INSERT INTO session (host, pid, user, since, heartbeat, program) VALUES"
                " ('far-away-pc', 4242, 'olena', '2026-01-01T08:00:00+00:00',"
                " '2026-01-01T09:00:00+00:00', 'aidtracker gui')")
        shown = [s for s in _listed(soak_db) if s["pid"] in (window.pid, 4242)]
        left = db.conn.execute("SELECT count(*) FROM session").fetchone()[0]
    finally:
        db.close()
    metric("T4_sessions", ghost_sessions_shown=len(shown), stale_sessions_left=left,
           seconds_until_gone=f"{gone_after:.2f}", window_registered=int(bool(seen)))
    assert shown == [] and left == 0


def test_second_instance_names_the_first(soak_db: Path) -> None:
    first = open_database(soak_db)
    second = open_database(soak_db)
    try:
        mine = maintenance.register_session(first, "aidtracker gui")
        others = maintenance.other_sessions(second, maintenance.register_session(second))
        assert [(s.id, s.pid, s.program) for s in others] == [(mine, os.getpid(),
                                                               "aidtracker gui")]
    finally:
        first.close()
        second.close()


def test_same_shipment_saved_at_the_same_instant(soak_db: Path) -> None:
    rounds = count(10, 100)
    procs = [subprocess.Popen([sys.executable, "-c", SAVER, str(soak_db), name], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for name in ("pc-1", "pc-2")]
    db = open_database(soak_db)
    lost = both = 0
    try:
        ref = db.conn.execute("SELECT reference FROM shipment LIMIT 1").fetchone()[0]
        time.sleep(1.0)  # both savers are up
        for n in range(rounds):
            version = db.conn.execute("SELECT version FROM shipment WHERE reference = ?",
                                      (ref,)).fetchone()[0]
            at = time.time() + 0.15
            for i, proc in enumerate(procs):
                assert proc.stdin is not None
                proc.stdin.write(f"{ref} {version} {at} r{n}p{i}\n")
                proc.stdin.flush()
            answers = [proc.stdout.readline().split() for proc in procs]  # type: ignore[union-attr]
            winners = [value for verdict, value in answers if verdict == "WON"]
            stored = db.conn.execute("SELECT notes FROM shipment WHERE reference = ?",
                                     (ref,)).fetchone()[0]
            both += len(winners) != 1
            lost += winners != [stored]
    finally:
        db.close()
        for proc in procs:
            proc.communicate(timeout=30)
    metric("T4_same_instant", rounds=rounds, lost_updates=lost, rounds_without_one_winner=both)
    assert (lost, both) == (0, 0)
