"""Printing never blocks another workstation's save: rendering runs outside the write lock."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

from factories import make_header, make_line

import aidtracker.documents as documents
from aidtracker.services.documents import document_register, issue_document
from aidtracker.services.shipments import create_shipment, get_detail
from aidtracker.store import open_database, unit_of_work

ROOT = Path(__file__).resolve().parents[3]


def test_a_save_from_another_process_completes_while_a_long_specification_renders(
    db, db_path: Path, seed, tmp_path: Path, monkeypatch
) -> None:
    lines = [make_line(description=f"Рукавички нітрилові, партія {i}", net_g=90 + i,
                       gross_g=100 + i) for i in range(1, 1001)]
    long_ref = create_shipment(db, make_header(seed, planned_loading=date(2026, 11, 30)), lines,
                               actor="t")
    other = create_shipment(db, make_header(seed), [make_line()], actor="t")
    with unit_of_work(db):  # straight to 'preparing': the workflow's guards are tested elsewhere
        db.conn.execute("UPDATE shipment SET status = 'preparing' WHERE reference = ?",
                        (long_ref,))
    rule = next(i.rule.id for i in get_detail(db, other).checklist if not i.auto)  # by hand
    started, saved, window = threading.Event(), threading.Event(), {}
    real = documents.render_pdf

    def timed(ctx):  # type: ignore[no-untyped-def]
        window["start"] = time.monotonic()
        probe = sqlite3.connect(db_path, timeout=0)  # no waiting: a held lock fails at once
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            window["lock_free"] = True
        finally:
            probe.close()
        started.set()
        saved.wait(90)  # the render stays under way until the other workstation has saved
        try:
            return real(ctx)
        finally:
            window["end"] = time.monotonic()

    monkeypatch.setattr(documents, "render_pdf", timed)
    result: dict[str, object] = {}

    def issue() -> None:
        printer_db = open_database(db_path)  # the printing workstation's own connection
        try:
            result["doc"] = issue_document(printer_db, long_ref, "specification",
                                           tmp_path / "spec.pdf", actor="printer")
        except BaseException as exc:
            result["error"] = exc
            started.set()
        finally:
            printer_db.close()

    worker = threading.Thread(target=issue)
    worker.start()
    try:
        assert started.wait(60)
        assert "error" not in result, result
        begin = time.monotonic()
        tick = subprocess.run(
            [sys.executable, "-m", "aidtracker", "tick", other, rule, "--db", str(db_path),
             "--note", "saved while printing"],
            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
            env={**os.environ, "AIDTRACKER_USER": "second-workstation"})
        took = time.monotonic() - begin
        rendering = "end" not in window  # the printer was still inside its rendering
    finally:
        saved.set()
        worker.join(120)
    assert tick.returncode == 0, tick.stderr
    assert window.get("lock_free"), "the write lock was held while rendering"
    assert rendering, "the save did not overlap the rendering"
    # A save that had to wait for the printer's lock would sit out the busy timeout (10 s).
    assert took < 8.0, f"the save waited {took:.1f} s for the printer"
    (record,) = document_register(db, long_ref)
    assert record.number == result["doc"].number  # type: ignore[attr-defined]
    ticked = next(i for i in get_detail(db, other).checklist if i.rule.id == rule)
    assert ticked.note == "saved while printing"
