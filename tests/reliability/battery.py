"""The reliability battery's shared helpers (RELIABILITY.md, T1–T18).

``make test`` runs every battery test at quick counts; ``make reliability`` sets
``AIDTRACKER_FULL=1`` for the full counts. Each test prints one ``METRIC <test> name=value …``
line (``pytest -s`` shows them; ``scripts/reliability.sh`` collects them).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FULL = os.environ.get("AIDTRACKER_FULL") == "1"
ROOT = Path(__file__).resolve().parents[2]


def count(quick: int, full: int) -> int:
    """The iteration count for this run (``AIDTRACKER_FULL=1``: the battery's full count)."""
    return full if FULL else quick


def metric(test: str, **values: object) -> str:
    """Print and return the one summary line of a test."""
    line = "METRIC " + test + " " + " ".join(f"{k}={v}" for k, v in values.items())
    print(line, flush=True)
    return line


def cli(*args: str, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``aidtracker`` (the window's launcher: the command users type) in a child."""
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, **(env or {})}, check=False)
