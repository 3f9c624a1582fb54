"""Start-up stays light: heavy libraries load only when first used; ``python -m ui`` works."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_window_with_rows_loads_no_heavy_library(demo_db, tmp_path) -> None:
    code = (
        "import os, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.app import open_main_window\n"
        f"w = open_main_window({str(demo_db)!r})\n"
        "w.show(); QApplication.processEvents()\n"
        "assert w.table_model.rowCount() == 42 and w.table_model.row_at(0) is not None\n"
        "w.grab()\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'openpyxl', 'reportlab', 'pypdf', 'python_calamine', 'PySide6.QtPdf'})\n"
        "heavy += [m for m in sys.modules if m.startswith(('PySide6.QtPdf', "
        "'aidtracker.documents', 'aidtracker.importer', 'aidtracker.ledger'))]\n"
        "w.close_database()\n"
        "print(heavy)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "AIDTRACKER_SETTINGS": str(tmp_path / "s.ini"),
           "AIDTRACKER_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, text=True,
                            capture_output=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_python_m_ui_has_the_documented_options() -> None:
    result = subprocess.run([sys.executable, "-m", "ui", "--help"], cwd=ROOT, text=True,
                            capture_output=True, timeout=60, check=False)
    assert result.returncode == 0
    assert all(option in result.stdout for option in ("--db", "--lang", "--screenshot"))
