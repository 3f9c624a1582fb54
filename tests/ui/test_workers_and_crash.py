"""Long work off the UI thread (progress, cancel, errors) and the crash handler."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from aidtracker.errors import StorageError
from ui.workers import Cancelled, Progress, start_job, with_database


def test_job_runs_off_the_ui_thread_and_reports_progress(qtbot) -> None:
    main = threading.get_ident()
    seen: list[tuple[int, int]] = []
    results: list[object] = []

    def job(ctx) -> int:
        assert threading.get_ident() != main
        for step in range(3):
            ctx.progress(step + 1, 3)
        return 42

    handle = start_job(job, on_done=results.append)
    handle.signals.progress.connect(lambda done, total, text: seen.append((done, total)))
    assert handle.wait()
    assert results == [42]


def test_cancel_stops_the_job_and_shows_progress_dialog(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []

    def job(ctx) -> None:
        started.set()
        release.wait(5)
        ctx.check()
        outcome.append("finished anyway")

    handle = start_job(job, on_done=lambda r: outcome.append("done"),
                       on_cancelled=lambda: outcome.append("cancelled"),
                       progress=Progress(parent, "Working…", delay_ms=0))
    assert started.wait(5)
    assert handle.dialog is not None
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(handle.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    assert handle.wait()
    assert outcome == ["cancelled"] and handle.dialog is None


def test_core_errors_go_to_on_failed(qtbot) -> None:
    errors: list[BaseException] = []

    def job(ctx) -> None:
        raise StorageError(reason="full", path="x", detail="")

    assert start_job(job, on_done=lambda r: None, on_failed=errors.append).wait()
    assert isinstance(errors[0], StorageError)


def test_with_database_gives_the_job_its_own_connection(qtbot, demo_db) -> None:
    counts: list[int] = []

    def count(db, ctx) -> int:
        return db.conn.execute("SELECT count(*) FROM shipment").fetchone()[0]

    assert start_job(with_database(demo_db, count), on_done=counts.append).wait()
    assert counts == [42]


def test_cancelled_is_an_exception_jobs_may_raise() -> None:
    assert issubclass(Cancelled, Exception)


def test_crash_hook_rolls_back_and_shows_details(window, monkeypatch) -> None:
    from ui.dialogs import crash

    shown: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "exec",
                        lambda self: shown.append(self.details.toPlainText())
                        or QDialog.DialogCode.Rejected.value)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook(window.controller.rollback_open_transaction)
    conn = window.controller.db.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE shipment SET notes = 'half-done' WHERE id = 1")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert not conn.in_transaction
    assert conn.execute("SELECT notes FROM shipment WHERE id = 1").fetchone()[0] != "half-done"
    assert "RuntimeError: boom" in shown[0] and "PySide6" in shown[0] and "SQLite" in shown[0]


@pytest.mark.parametrize("reason", ["full", "io", "locked"])
def test_storage_error_on_save_keeps_the_form(window, qtbot, monkeypatch, answers,
                                              reason) -> None:
    from helpers import fill

    from aidtracker.services import shipments

    window.table.selectRow(0)
    reference = window.table_model.row_at(0).reference
    window.open_shipment(reference)
    editor = window.editors[reference]

    def fail(*args, **kwargs):
        raise StorageError(reason=reason, path="aid.db", detail="")

    monkeypatch.setattr(shipments, "update_header", fail)
    monkeypatch.setattr(shipments, "save_lines", fail)
    fill(qtbot, editor.general.widgets["driver_name"], "Taras")
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *a, **k: ("correction", True))
    if reason == "locked":  # someone else holds the file: say who
        from aidtracker.services import maintenance
        from aidtracker.services.listing import connect_verified_later

        other = connect_verified_later(window.controller.path)
        maintenance.register_session(other)
        other.close()
        window.controller.heartbeat()
        window.controller.wait_limit_ms = 300  # it waits visibly, then gives up and says so
    assert not editor.save()
    assert "nothing lost, nothing saved" in answers.texts()
    assert ("Waiting for:" in answers.texts()) is (reason == "locked")
    assert editor.general.widgets["driver_name"].text() == "Taras" and editor.is_dirty


def test_a_failing_read_while_painting_is_a_message_not_a_crash(window, qtbot, answers,
                                                                monkeypatch) -> None:
    import sqlite3

    from aidtracker.services import pages

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(pages, "list_page", broken)
    window.table_model.reload()
    assert window.table_model.row_at(0) is None
    qtbot.waitUntil(lambda: "nothing lost, nothing saved" in answers.texts(), timeout=2000)
