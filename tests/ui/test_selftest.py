"""The self-test of the standalone program passes from source too (every document kind of the
demo, the ledger, an import and the window): a new document kind without a demo case fails here,
not first in ``make dist-test``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes(tmp_path: Path) -> None:
    env = {**os.environ, "AIDTRACKER_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "AIDTRACKER_LANG": "en"}
    result = subprocess.run([sys.executable, "-m", "ui.launcher", "--self-test"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test ok:"), result.stdout
