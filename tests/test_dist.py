"""The standalone program (``build_spec.spec``): build it, then run it as a clean PC would.

Slow (a PyInstaller build), so excluded from ``make test``; ``make dist-test`` runs it.
``AIDTRACKER_DIST_REUSE=1`` tests an existing ``dist/AidTracker`` instead of building.
The program runs with a temporary HOME, ``PATH=/usr/bin:/bin`` (no virtual environment), the
offscreen Qt platform and its working directory outside the checkout, so nothing can come from
the source tree or the venv.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aidtracker.documents import KINDS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "AidTracker"
NAME = "AidTracker.exe" if sys.platform == "win32" else "AidTracker"
LIMIT_MB = 250
SUMMARY = re.compile(
    r"^self-test ok: (?P<docs>\d+) documents, ledger (?P<ledger>\d+) shipments, "
    r"import (?P<lines>\d+) lines, window ok, \d+\.\d s$")


@pytest.fixture(scope="module")
def dist() -> Path:
    """The built folder: built now, or reused when AIDTRACKER_DIST_REUSE=1 and it exists."""
    if os.environ.get("AIDTRACKER_DIST_REUSE") == "1" and (DIST / NAME).exists():
        return DIST
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed: run `make dist-test` "
                    "(pip install -r packaging/requirements-dist.txt)")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "build_spec.spec"],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert (DIST / NAME).exists()
    return DIST


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A bare environment: temporary HOME, system PATH only, offscreen Qt, nothing else."""
    home.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env |= {"SYSTEMROOT": system_root, "PATH": str(Path(system_root) / "System32"),
                "USERPROFILE": str(home), "APPDATA": str(home / "AppData" / "Roaming"),
                "LOCALAPPDATA": str(home / "AppData" / "Local"), "TEMP": str(home),
                "TMP": str(home)}
    else:
        env["PATH"] = "/usr/bin:/bin"
    return env | extra


def run_program(folder: Path, args: list[str], env: dict[str, str], cwd: Path,
                timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(folder / NAME), *args], env=env, cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=timeout,
                          stdin=subprocess.DEVNULL, check=False)


def linked_copy(folder: Path, target: Path) -> Path:
    """A copy of the built folder (hard links when possible: fast, and the original is safe
    because the tests only add or remove names in the copy, never write into its files)."""
    try:
        shutil.copytree(folder, target, symlinks=True, copy_function=os.link)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(folder, target, symlinks=True)
    return target


def data_log(home: Path) -> Path:
    """Where ``platformdirs`` puts the user data folder for the clean environment above."""
    if sys.platform == "win32":
        return home / "AppData" / "Local" / "AidTracker" / "selftest.log"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "AidTracker" / "selftest.log"
    return home / ".local" / "share" / "AidTracker" / "selftest.log"


def test_self_test_passes_on_a_clean_environment(dist: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = run_program(dist, ["--self-test"], clean_env(home), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    match = SUMMARY.match(lines[0])
    assert match, lines[0]
    assert int(match["docs"]) == len(KINDS)
    assert int(match["ledger"]) > 0
    assert int(match["lines"]) == 3
    # The one line is also logged in the user's data folder (a windowed .exe has no console).
    log = data_log(home)
    assert log.read_text(encoding="utf-8").rstrip().endswith(lines[0])
    # The temporary working folder of the self-test is gone; nothing else was left in HOME.
    assert [p for p in home.rglob("*") if p.is_file()] == [log]


def test_self_test_names_a_missing_resource(dist: Path, tmp_path: Path) -> None:
    copy = linked_copy(dist, tmp_path / "AidTracker")
    next(copy.rglob("DejaVuSans-Bold.ttf")).unlink()
    done = run_program(copy, ["--self-test"], clean_env(tmp_path / "home"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith("self-test FAILED: documents: "), done.stdout + done.stderr
    assert "fonts/DejaVuSans-Bold.ttf" in done.stdout


def test_portable_mode_keeps_data_beside_the_program(dist: Path, tmp_path: Path) -> None:
    copy = linked_copy(dist, tmp_path / "AidTracker")
    (copy / "portable").write_text("", encoding="utf-8")
    home = tmp_path / "home"
    done = run_program(copy, ["--self-test"], clean_env(home), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (copy / "data" / "selftest.log").is_file()
    assert not data_log(home).exists()


def test_command_line_answers_from_the_bundle(dist: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path / "home")
    db = tmp_path / "demo.db"
    done = run_program(dist, ["demo", "--db", str(db)], env, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    done = run_program(dist, ["shipments", "--db", str(db), "--status", "delivered"], env,
                       cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("shipment(s)")
    pdf = tmp_path / "donation.pdf"
    reference = done.stdout.split()[0]
    done = run_program(dist, ["print", "donation", reference, "-o", str(pdf), "--db", str(db)],
                       env, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_folder_is_small_and_leaves_unused_qt_out(dist: Path) -> None:
    files = [p for p in dist.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1024 / 1024
    assert size_mb < LIMIT_MB, f"{size_mb:.1f} MB"
    unused = re.compile(r"Qt6?(WebEngine|Qml|Quick|3D|Multimedia|Charts|DataVisualization"
                        r"|Bluetooth|Nfc|Positioning|Sensors|SerialPort|WebSockets|Test)",
                        re.IGNORECASE)
    assert [p.name for p in files if unused.search(p.name)] == []
    translations = [p.name for p in files if p.suffix == ".qm"]
    assert sorted(translations) == ["aidtracker_en.qm", "aidtracker_uk.qm", "qtbase_uk.qm"]
    assert not [p for p in files if p.suffix == ".ts"]
    assert [p for p in dist.rglob("*") if p.is_symlink() and not p.exists()] == []
    platforms = {p.name for p in files if p.parent.name == "platforms"}
    assert any("offscreen" in name for name in platforms), platforms
    # The print dialog imports these lazily; the self-test's window never opens it.
    bindings = {p.name.split(".")[0] for p in files if p.parent.name == "PySide6"}
    assert {"QtPdf", "QtPdfWidgets", "QtPrintSupport"} <= bindings, sorted(bindings)
