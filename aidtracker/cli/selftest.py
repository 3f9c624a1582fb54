"""``AidTracker --self-test``: prove that the program and every resource it reads travelled.

Headless (``QT_QPA_PLATFORM=offscreen`` unless set) and in a temporary folder (temporary
``HOME``, ``AIDTRACKER_HOME`` and settings file, so nothing of the user's is read or written),
it builds the demo database, issues one document of each kind (rotating the language variants
so every document text is used), exports the Excel ledger, imports the sample packing list that
travels in ``resources/samples/`` and opens the main window offscreen in a child process
(``AidTracker gui --screenshot``, the path a user's ``aidtracker gui`` takes). Every file is
found through :func:`aidtracker.resources.resource_path`, so a resource missing from a bundle is
a failure.

It prints one line, ``self-test ok: 12 documents, ledger 42 shipments, import 3 lines, window
ok, 4.1 s`` (exit 0) or ``self-test FAILED: <step>: <what>`` (exit 1), and writes the same line
to ``selftest.log`` in the data folder (or to ``log``): a windowed Windows build has no console
to print to. ``AIDTRACKER_DEBUG=1`` adds the traceback of a failure on stderr.

This module never imports Qt or ``ui`` (the core must not): the window runs in the child.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import struct
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO, TypeVar

from sqlite_utils import Database

from aidtracker.cli.words import error_words
from aidtracker.errors import AidTrackerError
from aidtracker.paths import data_dir
from aidtracker.resources import resource_path
from aidtracker.services.listing import ShipmentQuery, count_shipments, list_shipments
from aidtracker.services.names import find_partner
from aidtracker.services.shipments import get_detail
from aidtracker.store import open_database

T = TypeVar("T")
ACTOR = "self-test"
WINDOW_TIMEOUT = 120
SAMPLE = "samples/magdeburg_zaporizhzhia.xlsx"
SAMPLE_PARTNER = "Magdeburg"
SAMPLE_LINES = 3
#: Resources read only by parts of the program the steps below may not reach.
RESOURCES = ("translations/aidtracker_en.qm", "translations/aidtracker_uk.qm", "icons/app.png",
             "fonts/LICENSE.txt", SAMPLE)
#: Environment variables the self-test points at its temporary folder (restored afterwards).
ISOLATED = ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
            "XDG_CACHE_HOME", "AIDTRACKER_HOME", "AIDTRACKER_SETTINGS", "QT_QPA_PLATFORM")


class StepFailed(Exception):
    """A step of the self-test found something wrong (the message says what)."""


@dataclass
class Report:
    """What the steps found; ``line()`` is the summary."""

    documents: int = 0
    ledger_shipments: int = 0
    import_lines: int = 0
    window: str = "not run"

    def line(self, seconds: float) -> str:
        return (f"self-test ok: {self.documents} documents, ledger {self.ledger_shipments} "
                f"shipments, import {self.import_lines} lines, window {self.window}, "
                f"{seconds:.1f} s")


def run(out: TextIO | None = sys.stdout, *, log: Path | str | None = None,
        window: bool | None = None) -> int:
    """Run every step; print (and log) one summary line; 0 when all passed, else 1.

    Args:
        out: where the summary goes (``None``: nowhere, as in a windowed Windows build).
        log: file the summary is also written to; default ``selftest.log`` in the data folder
            (``aidtracker.paths.data_dir()``, so beside the program in portable mode).
        window: open the main window; ``None`` means always when frozen, and from a source
            checkout only when the ``ui`` package is present.
    """

    log_path = Path(log) if log else data_dir() / "selftest.log"
    if window is None:
        window = bool(getattr(sys, "frozen", False)) or importlib.util.find_spec("ui") is not None
    start = time.monotonic()
    try:
        report = _run_steps(window)
        line, code = report.line(time.monotonic() - start), 0
    except Exception as exc:  # every failure becomes the one line that names it
        line, code = f"self-test FAILED: {_describe(exc)}", 1
        if os.environ.get("AIDTRACKER_DEBUG") and sys.stderr is not None:
            traceback.print_exc()
    _emit(line, out, log_path)
    return code


def _describe(exc: BaseException) -> str:
    if isinstance(exc, StepFailed):
        return str(exc)
    message = error_words(exc) if isinstance(exc, AidTrackerError) else str(exc)
    return f"{type(exc).__name__}: {message}"


def _emit(line: str, out: TextIO | None, log_path: Path) -> None:
    line = " ".join(line.splitlines())  # one line, whatever an exception's text holds
    if out is not None:
        print(line, file=out, flush=True)
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as f:
            f.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {line}\n")
    except OSError as exc:
        if sys.stderr is not None:
            print(f"aidtracker: could not write {log_path}: {exc}", file=sys.stderr)


def _run_steps(window: bool) -> Report:
    report = Report()
    with _isolated() as tmp:
        _step("resources", _check_resources)
        db_path = tmp / "selftest.db"
        _step("demo database", lambda: _build_demo(db_path))

        db = open_database(db_path)
        try:
            report.documents = _step("documents", lambda: _documents(db, tmp / "documents"))
            report.ledger_shipments = _step("ledger", lambda: _ledger(db, tmp / "ledger.xlsx"))
            report.import_lines = _step("import", lambda: _import(db))
        finally:
            db.close()
        if window:
            report.window = _step("window", lambda: _window(db_path, tmp / "window.png"))
        else:
            report.window = "skipped (no ui package)"
    return report


def _step(name: str, action: Callable[[], T]) -> T:
    """Run one step; any failure is re-raised as StepFailed naming the step."""
    try:
        return action()
    except StepFailed as exc:
        raise StepFailed(f"{name}: {exc}") from exc
    except Exception as exc:
        raise StepFailed(f"{name}: {_describe(exc)}") from exc


@contextlib.contextmanager
def _isolated() -> Iterator[Path]:
    """A temporary folder as HOME, data folder and settings; the environment restored after."""
    saved = {name: os.environ.get(name) for name in ISOLATED}
    # ignore_cleanup_errors: on Windows a file the window still holds open cannot be removed.
    with tempfile.TemporaryDirectory(prefix="aidtracker-selftest-",
                                     ignore_cleanup_errors=True) as name:
        tmp = Path(name)
        home = tmp / "home"
        home.mkdir()
        for var in ("HOME", "USERPROFILE"):
            os.environ[var] = str(home)
        for var, sub in (("APPDATA", "appdata"), ("LOCALAPPDATA", "localappdata"),
                         ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                         ("XDG_CACHE_HOME", ".cache")):
            os.environ[var] = str(home / sub)
        os.environ["AIDTRACKER_HOME"] = str(tmp / "data")
        os.environ["AIDTRACKER_SETTINGS"] = str(tmp / "settings.ini")
        if not saved["QT_QPA_PLATFORM"]:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        try:
            yield tmp
        finally:
            for var, value in saved.items():
                if value is None:
                    os.environ.pop(var, None)
                else:
                    os.environ[var] = value


def _check_resources() -> None:

    for relative in RESOURCES:
        if resource_path(relative).stat().st_size == 0:
            raise StepFailed(f"resource is empty: {relative}")


def _build_demo(db_path: Path) -> None:
    # lazy: the demo data loads only when a demo is built
    from aidtracker.demo.builder import build_demo

    build_demo(db_path)


def _documents(db: Database, folder: Path) -> int:
    """Issue one document of each kind, each for a demo shipment it applies to; the count."""
    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.documents import KINDS, LANGS, applicable_kinds, policy

    # lazy: ReportLab loads only when a document is printed, so start-up stays fast
    from aidtracker.services.documents import issue_document

    folder.mkdir()
    chosen: dict[str, str] = {}
    for row in list_shipments(db, ShipmentQuery(sort="reference", descending=False), limit=1000):
        for kind in applicable_kinds(get_detail(db, row.reference)):
            chosen.setdefault(kind, row.reference)
    missing = [kind for kind in KINDS if kind not in chosen]
    if missing:
        raise StepFailed(f"no demo shipment for {', '.join(missing)}")
    for i, kind in enumerate(KINDS):
        lang = LANGS[i % len(LANGS)]  # every language variant, so every document text
        out = folder / f"{kind}.pdf"
        choice = policy.selectors(get_detail(db, chosen[kind]), kind)
        doc = issue_document(db, chosen[kind], kind, out, actor=ACTOR, lang=lang,
                             selector=choice[0] if choice else None)
        data = out.read_bytes()
        if not data.startswith(b"%PDF-") or doc.pages < 1:
            raise StepFailed(f"{kind} ({chosen[kind]}, {lang}): not a PDF")
        if b"DejaVuSans" not in data:
            raise StepFailed(f"{kind} ({chosen[kind]}, {lang}): the DejaVu font is not embedded")
    return len(KINDS)


def _ledger(db: Database, out: Path) -> int:
    """Export the whole ledger and read it back; the number of shipments in it."""
    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl import load_workbook

    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from aidtracker.services.ledger import export_ledger_file

    result = export_ledger_file(db, out)
    expected = count_shipments(db, ShipmentQuery())
    if result.shipments != expected or expected == 0:
        raise StepFailed(f"{result.shipments} shipments written, {expected} in the database")
    workbook = load_workbook(out, read_only=True)
    try:
        if not workbook.sheetnames:
            raise StepFailed("the exported workbook has no sheets")
    finally:
        workbook.close()
    return result.shipments


def _import(db: Database) -> int:
    """Import the bundled sample packing list as a new draft; the number of lines saved."""
    # lazy: the importer loads only when a list is imported, so start-up stays fast
    from aidtracker.services.imports import import_manifest

    pair = find_partner(db, SAMPLE_PARTNER)
    row = db.conn.execute("SELECT recipient_id FROM shipment WHERE partnership_id = ? "
                          "ORDER BY id LIMIT 1", (pair.id,)).fetchone()
    if row is None:
        raise StepFailed(f"the demo has no {SAMPLE_PARTNER} shipment to take a recipient from")
    result = import_manifest(db, resource_path(SAMPLE), partner=SAMPLE_PARTNER,
                             recipient=str(row[0]), actor=ACTOR)
    if result.reference is None:
        raise StepFailed("nothing was saved")
    saved = len(get_detail(db, result.reference).lines)
    if result.lines != SAMPLE_LINES or saved != SAMPLE_LINES:
        raise StepFailed(f"{result.lines} lines read, {saved} saved; expected {SAMPLE_LINES}")
    return saved


def _window(db_path: Path, png: Path) -> str:
    """Open the main window offscreen on the demo database and render it to ``png``.

    It runs as a child process (``gui --screenshot``, the path ``aidtracker gui`` takes), so a
    missing Qt plugin or a native crash, which abort a process, still becomes one FAILED line.
    """
    command = [*_program(), "gui", "--db", str(db_path), "--lang", "uk", "--screenshot", str(png)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", stdin=subprocess.DEVNULL, check=False,
                              timeout=WINDOW_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise StepFailed(f"no window within {WINDOW_TIMEOUT} s") from None
    if done.returncode != 0:
        raise StepFailed(f"`gui --screenshot` exited {done.returncode}: {_tail(done.stderr)}")
    width, height = _png_size(png)
    if width < 200 or height < 200:
        raise StepFailed(f"the window rendered {width}×{height} pixels")
    return "ok"


def _program() -> list[str]:
    """This program: the frozen executable itself, or the interpreter running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "ui.launcher"]


def _tail(text: str, lines: int = 3) -> str:
    """The last few non-empty lines of a child's stderr, on one line."""
    kept = [line.strip() for line in text.splitlines() if line.strip()][-lines:]
    return (" | ".join(kept) or "(no message)")[:400]


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (no imaging library needed)."""
    with path.open("rb") as f:
        head = f.read(24)
    if len(head) < 24 or not head.startswith(b"\x89PNG\r\n\x1a\n"):
        raise StepFailed(f"{path.name} is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)
