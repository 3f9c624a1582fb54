"""T15: backup and restore round trip, retention, refusals, kill -9 during a backup."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from battery import ROOT, cli, count, metric

from aidtracker.errors import BackupFailed, RestoreRefused
from aidtracker.paths import backup_dir
from aidtracker.services import maintenance
from aidtracker.store import open_database, unit_of_work
from aidtracker.store.backup import backup_into_dir, list_backups, prune, verify_backup
from aidtracker.store.tempfiles import MARK


def _shipments_json(path: Path) -> dict[str, object]:
    from aidtracker.cli.jsonview import detail_json
    from aidtracker.services.shipments import get_detail

    db = open_database(path, upgrade=False)
    try:
        refs = [r[0] for r in db.conn.execute("SELECT reference FROM shipment ORDER BY id")]
        return {ref: detail_json(get_detail(db, ref)) for ref in refs}
    finally:
        db.close()


def _partial(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(
            "SELECT count(*) FROM shipment s WHERE s.line_count !="
            " (SELECT count(*) FROM line_item l WHERE l.shipment_id = s.id)").fetchone()[0])
    finally:
        conn.close()


def test_backup_during_writes_restore_round_trip(soak_db: Path, tmp_path: Path) -> None:
    writer = subprocess.Popen([sys.executable, "-m", "aidtracker.cli.soak", str(soak_db),
                               "--saves", "400", "--lines", "5"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    integrity_failures = partial = 0
    made: list[Path] = []
    started = time.perf_counter()
    try:
        for _ in range(count(3, 10)):
            db = open_database(soak_db)
            try:
                made.append(backup_into_dir(db, backup_dir(soak_db), "soak", reason="manual"))
            finally:
                db.close()
            time.sleep(0.05)
    finally:
        writer.communicate(timeout=120)
    backup_secs = (time.perf_counter() - started) / len(made)
    for path in made:
        try:
            verify_backup(path)
        except BackupFailed:
            integrity_failures += 1
        partial += _partial(path)
    # (b) restore the newest into a new file: every shipment equal to the source at that time
    target = tmp_path / "restored.db"
    snapshot = made[-1]
    maintenance.restore_backup(snapshot, target)
    restore_diffs = int(_shipments_json(target) != _shipments_json(snapshot))
    # (c) refused while another session holds the file; (d) never over an existing file
    holder = open_database(target)
    maintenance.register_session(holder, "holder")
    before = target.read_bytes()
    restores_while_locked = overwritten = 0
    try:
        maintenance.restore_backup(made[0], target, replace=True)
        restores_while_locked += 1
    except RestoreRefused as exc:
        assert exc.params["reason"] == "in_use"
    finally:
        holder.close()
    try:
        maintenance.restore_backup(made[0], target)
        overwritten += 1
    except RestoreRefused as exc:
        assert exc.params["reason"] == "exists"
    overwritten += int(target.read_bytes() != before)
    db = open_database(soak_db)
    try:
        try:
            maintenance.backup(db, made[0])
            overwritten += 1
        except BackupFailed as exc:
            assert exc.params["reason"] == "exists"
    finally:
        db.close()
    unverified = sum(1 for b in list_backups(soak_db) if not b.verified)
    metric("T15_backup_restore", backups=len(made), backup_integrity_failures=integrity_failures,
           partial_records_in_backups=partial, restore_diffs=restore_diffs,
           restores_while_locked=restores_while_locked, overwritten_backups=overwritten,
           unverified_backups_listed=unverified,
           secs_per_backup_during_writes=f"{backup_secs:.2f}")
    assert (integrity_failures, partial, restore_diffs, restores_while_locked, overwritten,
            unverified) == (0, 0, 0, 0, 0, 0)


def test_retention_keeps_daily_monthly_and_the_last_verified(db, db_path: Path) -> None:
    folder = backup_dir(db_path)
    now = datetime.now(UTC)
    days = count(40, 400)
    for age in range(days):  # one automatic backup a day, the oldest first
        path = backup_into_dir(db, folder, "aid", reason="daily")
        when = (now - timedelta(days=days - 1 - age)).isoformat(timespec="seconds")
        with unit_of_work(db):
            db.conn.execute("UPDATE backup_log SET made_at = ? WHERE path = ?",
                            (when, str(path.resolve())))
    manual = backup_into_dir(db, folder, "aid", reason="manual")
    with unit_of_work(db):
        db.conn.execute("UPDATE backup_log SET made_at = ? WHERE path = ?",
                        ((now - timedelta(days=900)).isoformat(), str(manual.resolve())))
    newest = [b.path for b in list_backups(db_path, db) if b.reason == "daily"][:3]
    removed = prune(db_path, db)
    kept = list_backups(db_path, db)
    daily_kept = [b for b in kept if b.reason == "daily"]
    limit = 7 + 12
    last_verified_removed = sum(1 for p in newest if p in removed)
    metric("T15_retention", backups_made=days + 1, pruned=len(removed), kept=len(kept),
           over_limit=max(0, len(daily_kept) - limit), last_verified_removed=last_verified_removed,
           manual_removed=int(manual.resolve() in removed))
    assert len(daily_kept) <= limit and last_verified_removed == 0
    assert manual.exists() and len(removed) == days - len(daily_kept)


def test_kill_during_backup_never_leaves_a_file_at_the_target(large_db: Path,
                                                              tmp_path: Path) -> None:
    rng = random.Random(1515)
    kills = count(3, 10)
    at_target = unverified = during = 0
    for n in range(kills):
        target = tmp_path / f"copy-{n}.db"
        proc = subprocess.Popen([sys.executable, "-m", "ui.launcher", "backup", "--db",
                                 str(large_db), str(target)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any(  # wait for the copy to begin
                p.name.endswith(MARK) for p in tmp_path.iterdir()):
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.08))
        during += any(p.name.endswith(MARK) for p in tmp_path.iterdir())
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if target.exists():
            at_target += 1
            try:
                verify_backup(target)  # renamed only after verification: must verify
            except BackupFailed:
                unverified += 1
    killed_mid_way = kills - at_target
    litter_before = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    listed = json.loads(cli("backups", "--db", str(large_db), "--json").stdout)  # a next start
    litter_after = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    db = open_database(large_db)
    try:
        started = time.perf_counter()
        maintenance.backup(db, tmp_path / "timed" / "large-copy.db")
        backup_secs = time.perf_counter() - started
    finally:
        db.close()
    metric("T15_kill_during_backup", kills=kills, kills_during_copy=during,
           files_at_target=at_target,
           killed_mid_way=killed_mid_way, backup_secs=f"{backup_secs:.2f}",
           files_at_target_unverified=unverified, half_files_before_next_start=len(litter_before),
           temp_litter=len(litter_after),
           unverified_backups_listed=sum(1 for b in listed if not b["verified"]),
           db_size_mib=os.path.getsize(large_db) >> 20)
    assert unverified == 0 and litter_after == [] and during > 0, (litter_before, litter_after)
    assert all(b["verified"] for b in listed)
