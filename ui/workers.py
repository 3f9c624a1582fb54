"""Long work off the UI thread, with progress and cancel — reusable for open, import, print…

A job is a plain function ``fn(ctx) -> result`` run on the global ``QThreadPool``. It reports
progress with ``ctx.progress(done, total)``, stops at ``ctx.check()`` after a cancel, and must
open its own database connection (SQLite connections belong to one thread):
``start_job(with_database(path, fn), on_done=…, progress=Progress(parent, title))``.
Results, errors and cancels come back on the UI thread through queued signals.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from aidtracker.errors import AidTrackerError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog
    from sqlite_utils import Database

T = TypeVar("T")


class FileBusy(Exception):
    """A list read met another computer's lock: keep showing what is shown, read again."""


class Cancelled(Exception):
    """Raised by :meth:`JobContext.check` once the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class JobContext:
    """What a running job may use: progress reports and the cancel flag."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Stop here (raise :class:`Cancelled`) if the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[JobContext], Any], ctx: JobContext, signals: _Signals):
        super().__init__()
        self._fn, self._ctx, self._signals = fn, ctx, signals

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # delivered to the UI thread, never lost
            self._signals.failed.emit(exc, traceback.format_exc())
        else:
            if self._ctx.cancelled:
                self._signals.cancelled.emit()
            else:
                self._signals.done.emit(result)


@dataclass(frozen=True)
class Progress:
    """Show a progress dialog (after ``delay_ms``) with a Cancel button."""

    parent: QWidget | None
    label: str
    delay_ms: int = 400


class JobHandle(QObject):
    """One running job. Signals: ``finished()`` after done, failed or cancelled."""

    finished = Signal()

    def __init__(self, fn: Callable[[JobContext], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.ctx = JobContext(self.signals)
        self._runnable = _Runnable(fn, self.ctx, self.signals)
        self._runnable.setAutoDelete(False)
        self.running = True
        self.dialog: QProgressDialog | None = None
        for signal in (self.signals.done, self.signals.failed, self.signals.cancelled):
            signal.connect(self._end)

    @Slot()
    def cancel(self) -> None:
        self.ctx.cancel()

    @Slot()
    def _end(self) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        _RUNNING.discard(self)
        self.finished.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the job ended and its result was delivered (tests, bench, shutdown)."""
        QThreadPool.globalInstance().waitForDone(msecs)
        for _ in range(100):
            if not self.running:
                return True
            QCoreApplication.processEvents()
        return not self.running


_RUNNING: set[JobHandle] = set()


def start_job(
    fn: Callable[[JobContext], T], *, on_done: Callable[[T], object],
    on_failed: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None, progress: Progress | None = None,
) -> JobHandle:
    """Run ``fn`` on the thread pool; callbacks run on the UI thread.

    ``on_failed`` receives core errors (AidTrackerError); anything else is a bug and goes to
    ``sys.excepthook`` (the crash dialog) unless ``on_failed`` is given.
    """
    handle = JobHandle(fn)
    handle.signals.done.connect(on_done)
    handle.signals.failed.connect(lambda exc, text: _failed(exc, text, on_failed))
    if on_cancelled is not None:
        handle.signals.cancelled.connect(on_cancelled)
    if progress is not None:
        handle.dialog = _dialog(progress, handle)
    _RUNNING.add(handle)
    QThreadPool.globalInstance().start(handle._runnable)
    return handle


def _dialog(progress: Progress, handle: JobHandle) -> QProgressDialog:
    from PySide6.QtWidgets import QProgressDialog  # lazy: its class loads with the first long job

    dialog = QProgressDialog(progress.label, QCoreApplication.translate("workers", "Cancel"),
                             0, 0, progress.parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(progress.delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(handle.cancel)
    handle.signals.progress.connect(lambda done, total, text: _advance(dialog, done, total, text))
    return dialog


def _advance(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    dialog.setMaximum(max(total, 0))
    dialog.setValue(min(done, total) if total else 0)
    if text:
        dialog.setLabelText(text)


def _failed(exc: BaseException, text: str,
            on_failed: Callable[[BaseException], None] | None) -> None:
    if isinstance(exc, sqlite3.Error):  # a damaged or unavailable file, not a bug
        exc = _storage_error(exc, "")
    if isinstance(exc, AidTrackerError):
        if on_failed is not None:
            on_failed(exc)
            return
        from ui.texts.messages import error_text  # lazy: the catalogue loads after first paint

        print(f"aidtracker: {error_text(exc)}", file=sys.stderr)
        return
    del text
    sys.excepthook(type(exc), exc, exc.__traceback__)


def with_database(path: Path,
                  fn: Callable[[Database, JobContext], T]) -> Callable[[JobContext], T]:
    """Wrap ``fn(db, ctx)`` so that it gets its own connection to ``path`` in the worker."""

    def job(ctx: JobContext) -> T:
        from aidtracker.store import open_database, open_for_window  # lazy: sqlite-utils

        try:
            db = open_for_window(path) or open_database(path)
        except sqlite3.Error as exc:
            raise _storage_error(exc, path) from exc
        try:
            return fn(db, ctx)
        except sqlite3.Error as exc:
            raise _storage_error(exc, path) from exc
        finally:
            db.close()

    return job


def _storage_error(exc: sqlite3.Error, path: Path | str) -> AidTrackerError:
    from aidtracker.services.maintenance import storage_error  # lazy: after first paint

    return storage_error(exc, path)


def running_jobs() -> int:
    return len(_RUNNING)
