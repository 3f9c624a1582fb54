"""T2a (durability configuration: fsync calls per save) and T17 (every connection's settings,
library safety switches)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from battery import ROOT, count, metric

from aidtracker.store import create_database, open_database, open_for_window
from aidtracker.store.connection import (
    BUSY_TIMEOUT_MS,
    JOURNAL_MODE,
    MIN_SQLITE,
    SYNCHRONOUS_EXTRA,
    connection_settings,
)


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
def test_sync_calls_per_save(tmp_path: Path) -> None:
    db = tmp_path / "soak.db"
    subprocess.run([sys.executable, "-m", "aidtracker.cli.soak", str(db), "--seed", "--saves",
                    "0"], check=True, cwd=ROOT)
    saves = count(20, 100)
    trace = tmp_path / "trace.txt"
    done = subprocess.run(["strace", "-f", "-e", "trace=fsync,fdatasync", "-o", str(trace),
                           sys.executable, "-m", "aidtracker.cli.soak", str(db), "--saves",
                           str(saves)], capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip("ptrace not permitted here")
    acked = sum(1 for line in done.stdout.splitlines() if line.startswith("ACK "))
    syncs = len(re.findall(r"\b(fsync|fdatasync)\(", trace.read_text()))
    per_save = syncs / max(acked, 1)
    metric("T2a_durability", saves=acked, sync_calls=syncs, sync_calls_per_save=f"{per_save:.2f}",
           synchronous=SYNCHRONOUS_EXTRA, journal_mode=JOURNAL_MODE)
    assert acked == saves and per_save >= 1


def test_every_connection_is_configured(tmp_path: Path) -> None:
    import openpyxl
    from PIL import Image
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics

    from aidtracker.documents.fonts import FONT, register_fonts

    path = tmp_path / "aid.db"
    violations: list[str] = []
    connections = [create_database(path)]
    connections[0].close()
    connections = [open_database(path), open_for_window(path)]
    for db in connections:
        assert db is not None
        got = connection_settings(db)
        expected = {"foreign_keys": 1, "synchronous": SYNCHRONOUS_EXTRA,
                    "journal_mode": JOURNAL_MODE, "trusted_schema": 0}
        violations += [f"{k}={got[k]}" for k, v in expected.items() if got[k] != v]
        if int(got["busy_timeout"]) < BUSY_TIMEOUT_MS:  # type: ignore[call-overload]
            violations.append(f"busy_timeout={got['busy_timeout']}")
        db.close()
    import sqlite3

    if sqlite3.sqlite_version_info < MIN_SQLITE:
        violations.append(f"sqlite {sqlite3.sqlite_version}")
    if openpyxl.xml.DEFUSEDXML is not True:
        violations.append("openpyxl without defusedxml")
    if rl_config.trustedHosts is not None:
        violations.append("reportlab trustedHosts set")
    register_fonts()
    if "DejaVu" not in str(getattr(pdfmetrics.getFont(FONT).face, "filename", "")):
        violations.append(f"font {FONT} is not DejaVu")
    if Image.MAX_IMAGE_PIXELS is None:
        violations.append("Pillow MAX_IMAGE_PIXELS is None")
    metric("T17_configuration", connections=len(connections), config_violations=len(violations))
    assert violations == []
