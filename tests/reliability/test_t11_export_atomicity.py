"""T11: a killed, full or refused export or PDF never destroys the previous file, leaves no
temporary file once AidTracker starts again, and always tells the user."""

from __future__ import annotations

import errno
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from battery import ROOT, cli, count, metric

from aidtracker.errors import FileActionFailed
from aidtracker.services.documents import issue_document
from aidtracker.services.ledger import export_ledger_file
from aidtracker.store import open_database
from aidtracker.store.tempfiles import MARK


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _valid_xlsx(path: Path) -> bool:
    from python_calamine import CalamineWorkbook

    try:
        return bool(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception:
        return False


def _valid_pdf(path: Path) -> bool:
    from pypdf import PdfReader

    try:
        return len(PdfReader(str(path)).pages) > 0
    except Exception:
        return False


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)  # a closed file: a plain copy is safe here
    return path


def _kill_loop(kind: str, argv: list[str], target: Path, valid, kills: int) -> tuple[int, int]:
    """Kill the command at random moments; (destroyed previous files, kills mid-write)."""
    rng = random.Random(1111)
    destroyed = mid = 0
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, "-m", "ui.launcher", *argv], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and proc.poll() is None and not any(
                p.name.endswith(MARK) for p in target.parent.iterdir()):
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.25))
        mid += any(p.name.endswith(MARK) for p in target.parent.iterdir())
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        destroyed += not (target.exists() and valid(target))
    return destroyed, mid


def test_killed_export_and_pdf(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "share"
    out.mkdir()
    ledger, pdf = out / "ledger.xlsx", out / "act.pdf"
    assert cli("export-ledger", "--db", str(demo), str(ledger)).returncode == 0
    assert cli("print", "specification", "KYV-2026-0007", "--db", str(demo),
               "-o", str(pdf)).returncode == 0
    kills = count(4, 10)
    destroyed, mid = _kill_loop("export", ["export-ledger", "--db", str(demo), str(ledger)],
                                ledger, _valid_xlsx, kills)
    pdf_destroyed, pdf_mid = _kill_loop(
        "pdf", ["print", "specification", "KYV-2026-0007", "--db", str(demo), "-o", str(pdf),
                "--supersede", "T11: printed again"],
        pdf, _valid_pdf, kills)
    before = sorted(p.name for p in out.iterdir())
    cli("sessions", "--db", str(demo))  # the next start: half-written files are removed
    litter = sorted(p.name for p in out.iterdir() if p.name not in ("ledger.xlsx", "act.pdf"))
    modes = {p.name: oct(p.stat().st_mode & 0o777) for p in (ledger, pdf)}
    metric("T11_killed_writes", kills=2 * kills, kills_mid_write=mid + pdf_mid,
           previous_file_destroyed=destroyed + pdf_destroyed, temp_litter=len(litter),
           half_files_before_next_start=len(before) - 2,
           modes="/".join(sorted(set(modes.values()))))
    assert destroyed + pdf_destroyed == 0 and litter == [] and mid + pdf_mid > 0
    umask = os.umask(0)
    os.umask(umask)
    assert set(modes.values()) == {oct(0o666 & ~umask)}


@pytest.mark.parametrize("failure", ["full", "permission"])
def test_failed_write_keeps_the_previous_file(demo: Path, tmp_path: Path, failure: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ledger, pdf = tmp_path / "ledger.xlsx", tmp_path / "act.pdf"
    db = open_database(demo)
    try:
        export_ledger_file(db, ledger)
        issue_document(db, "KYV-2026-0007", "specification", pdf, actor="t11")
        before = {ledger: _digest(ledger), pdf: _digest(pdf)}
        error = (OSError(errno.ENOSPC, "No space left on device") if failure == "full"
                 else PermissionError(errno.EACCES, "Permission denied"))

        def refuse(src: object, dst: object) -> None:
            raise type(error)(error.errno, error.strerror)

        monkeypatch.setattr(os, "replace", refuse)
        silent = 0
        for action, target, run in (
                ("export", ledger, lambda: export_ledger_file(db, ledger)),
                ("pdf", pdf, lambda: issue_document(db, "KYV-2026-0007", "specification", pdf,
                                                     actor="t11", supersede="T11: again"))):
            try:
                run()
                silent += 1
            except FileActionFailed as exc:
                assert exc.params["action"] == action and (  # or the PDF's stored original
                    exc.params["path"] == str(target) or "-attachments" in exc.params["path"])
                assert exc.params["reason"] in (  # Windows: a PDF open in a viewer is locked
                    ("full",) if failure == "full" else ("readonly", "locked"))
    finally:
        db.close()
    destroyed = sum(1 for p, d in before.items() if _digest(p) != d)
    litter = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))
    metric("T11_failed_writes", failure=failure, previous_file_destroyed=destroyed,
           temp_litter=len(litter), silent_failures=silent)
    assert (destroyed, litter, silent) == (0, [], 0)
