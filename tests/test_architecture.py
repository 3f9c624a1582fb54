"""The core never imports Qt or the UI (STYLE.md §2)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "aidtracker"
FORBIDDEN = {"PySide6", "shiboken6", "ui"}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [
        n.module
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom) and n.level == 0 and n.module
    ]
    return {name.split(".")[0] for name in names}


def test_core_never_imports_qt_or_ui() -> None:
    hits = {str(p): found for p in CORE.rglob("*.py") if (found := imported_roots(p) & FORBIDDEN)}
    assert hits == {}


def test_importing_services_loads_no_qt() -> None:
    code = (
        "import sys, aidtracker.services.shipments, aidtracker.services.progress, "
        "aidtracker.services.listing, aidtracker.services.maintenance, aidtracker.cli, "
        "aidtracker.demo\n"
        "roots = {'PySide6', 'shiboken6', 'ui'}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in roots)\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sqlite_connect_only_in_the_connection_factory() -> None:
    allowed = {CORE / "store" / "connection.py"}
    offenders = [
        str(p) for p in CORE.rglob("*.py")
        if p not in allowed and "sqlite3.connect(" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_no_recreate_or_fork() -> None:
    for p in CORE.rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        assert "recreate=True" not in text, p
        assert "os.fork(" not in text, p
