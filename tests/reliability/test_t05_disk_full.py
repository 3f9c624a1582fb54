"""T5: disk full for the database, an export, a backup and a PDF (tmpfs, else RLIMIT_FSIZE)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from battery import ROOT, metric

CHILD = Path(__file__).with_name("diskfull_child.py")


def _run_in_tmpfs(folder: Path) -> subprocess.CompletedProcess[str] | None:
    """The child in a 2 MiB tmpfs of a private mount namespace (root, ``unshare -m``)."""
    script = (f"mount -t tmpfs -o size=2m tmpfs '{folder}' && "
              f"exec '{sys.executable}' '{CHILD}' '{folder}' tmpfs")
    try:
        done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                              text=True, timeout=180, cwd=ROOT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done if done.stdout.strip().startswith("{") else None


def test_disk_full_loses_nothing_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    folder.mkdir()
    done = _run_in_tmpfs(folder)
    if done is None:  # no mount namespace here: the file-size limit instead (M7)
        done = subprocess.run([sys.executable, str(CHILD), str(folder), "fsize"],
                              capture_output=True, text=True, timeout=180, cwd=ROOT,
                              check=False)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "setup_failed" not in result, done.stderr
    messages = [result[f"{k}_message"] for k in ("save", "export", "backup", "pdf")]
    shown = all(result[f"{k}_refused"] for k in ("save", "export", "backup", "pdf")) and all(
        messages)
    tracebacks = done.stderr.count("Traceback") + done.stderr.count("Exception ignored")
    metric("T5_disk_full", mode=result["mode"], committed_rows_lost=result["committed_rows_lost"],
           integrity=result["integrity"], user_error_shown=str(shown).lower(),
           previous_export_intact=str(result["previous_export_intact"]).lower(),
           previous_pdf_intact=str(result["previous_pdf_intact"]).lower(),
           partial_backup_left_as_valid=str(result["partial_backup_left_as_valid"]).lower(),
           temp_litter=len(result["litter"]), crashes=len(result["crashes"]),
           tracebacks=tracebacks, acked=result["acked"])
    assert (result["committed_rows_lost"], result["integrity"]) == (0, "ok")
    assert shown and result["previous_export_intact"] and result["previous_pdf_intact"]
    assert not result["partial_backup_left_as_valid"] and not result["backup_file_left"]
    assert result["litter"] == [] and result["crashes"] == [] and tracebacks == 0
    assert "export" in result["export_message"] and "ledger.xlsx" in result["export_message"]
    assert "PDF" in result["pdf_message"] and (  # the PDF, or the stored original written first
        "act.pdf" in result["pdf_message"] or "-attachments" in result["pdf_message"])
