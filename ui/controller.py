"""The one object between the window and the core services.

Widgets never touch the database: they call the controller, which runs one service call (one
transaction), turns core errors into sentences (``error_raised``) and announces changes
(``shipment_changed``). The file is checked (``open_database``'s full check) on a worker thread
right after opening; until that check passes the controller refuses to write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog

from aidtracker.domain import CheckState, Event, ShipmentRow
from aidtracker.errors import AidTrackerError
from aidtracker.services import pages
from aidtracker.services.pages import Page, PageKey, ShipmentQuery
from ui.workers import FileBusy, JobContext, start_job, with_database

if TYPE_CHECKING:
    from sqlite_utils import Database

    from aidtracker.domain import Attachment, LineItem, Shipment, ShipmentDetail
    from aidtracker.services.edits import Handover, HeaderEdit
    from aidtracker.services.maintenance import SessionInfo

T = TypeVar("T")
P = ParamSpec("P")
HEARTBEAT_MS = 60_000
WAIT_MS = 150  # a lock held longer than this shows "Waiting for the file…" (never a freeze)
RETRY_MS = 100  # while waiting, how often the action is tried again
WAIT_LIMIT_MS = 60_000  # then the wait ends as if cancelled, saying who holds the file
POLL_MS = 1500  # how often a second open copy looks whether the file changed


def _say(error: AidTrackerError) -> str:
    from ui.texts.messages import error_text  # lazy: the catalogue loads after the first paint

    return error_text(error)


def _locked(error: AidTrackerError | None) -> bool:
    return error is not None and error.code == "storage" and error.params.get(
        "reason") == "locked"


class NotReady(AidTrackerError):
    """The file is still being checked; writing waits until the check passed."""

    code = "not_ready"


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A service result or the core error it raised (already announced unless quiet)."""

    value: T | None = None
    error: AidTrackerError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class AppController(QObject):
    """Wraps the services for the window.

    Signals:
        error_raised(str): a core error, worded in the user's language.
        shipment_changed(str): a shipment (reference) was saved or moved on.
        database_opened(str) / database_closed(): the current file changed.
        verified(bool): the background check of the file ended (True: writable).
        sessions_changed(list): other sessions (SessionInfo) on the same file.
        file_changed(): someone else committed to the file (the lists should re-read).
        file_busy(): a list read met a lock; it is shown empty until read again.
    """

    error_raised = Signal(str)
    shipment_changed = Signal(str)
    directory_changed = Signal()
    database_opened = Signal(str)
    database_closed = Signal()
    verified = Signal(bool)
    sessions_changed = Signal(list)
    file_changed = Signal()
    file_busy = Signal()

    def __init__(self, actor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.path: Path | None = None
        self.db: Database | None = None
        self.is_verified = False
        self.session_id: int | None = None
        self.needs_upgrade = self._read_failed = self._refusal_shown = False
        self.changed = self._backup_checked = False  # since open: any write; today's backup
        self.others: list[SessionInfo] = []
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self.heartbeat)
        self.waiting: Any = None  # the "Waiting for the file…" dialog while it is shown
        self.wait_limit_ms = WAIT_LIMIT_MS
        self._version = 0
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll_changes)

    # --- the file ---------------------------------------------------------------------

    def open(self, path: Path, *, check: bool = True) -> bool:
        """Connect at once (True) or report why not; False also when migrations are pending
        (``needs_upgrade`` tells the caller to run ``open_database`` on a worker first)."""
        from aidtracker.services import maintenance  # lazy: loads after the first paint
        from aidtracker.store import open_for_window  # lazy: sqlite-utils after first paint
        self.close()
        self.needs_upgrade = self._read_failed = self._refusal_shown = False
        try:
            db = open_for_window(path)
        except AidTrackerError as exc:
            self.error_raised.emit(_say(exc))
            return False
        if db is None:
            self.needs_upgrade = True
            return False
        self.db, self.path, self.is_verified = db, Path(path), False
        maintenance.set_wait(db, WAIT_MS)
        self._version = maintenance.data_version(db)
        self._poll.start()
        self.database_opened.emit(str(path))
        if check:
            start_job(_check_file(Path(path)), on_done=self._checked,
                      on_failed=self._check_failed)
        return True

    @Slot(object)
    def _checked(self, path: object) -> None:
        if self.db is None or path != self.path:
            return
        self.is_verified = True
        self._register_session()
        self.verified.emit(True)

    @Slot(object)
    def _check_failed(self, exc: BaseException) -> None:
        self.close()
        self.verified.emit(False)
        if isinstance(exc, AidTrackerError) and not self._once(exc):
            self.error_raised.emit(_say(exc))

    def _register_session(self) -> None:
        from aidtracker.services import maintenance  # lazy: loads after the first paint
        outcome = self._call(maintenance.register_session, self.db, notify=False)
        self.session_id = outcome.value
        self._timer.start()
        self.heartbeat()

    @Slot()
    def heartbeat(self) -> None:
        """Keep our session row alive and tell who else has the file open."""
        from aidtracker.services import maintenance  # lazy: loads after the first paint
        if self.db is None or self.session_id is None:
            return
        self._call(maintenance.heartbeat, self.db, self.session_id, notify=False)
        others = self._call(maintenance.other_sessions, self.db, self.session_id, notify=False)
        self.others = list(others.value or [])
        self.sessions_changed.emit(self.others)

    @Slot()
    def poll_changes(self) -> bool:
        """Announce ``file_changed`` when another connection (a second copy of AidTracker, an
        import on a worker) committed since the last look; True when it did."""
        from aidtracker.services import maintenance  # lazy: loads after the first paint

        if self.db is None or self.waiting is not None:
            return False
        try:
            version = maintenance.data_version(self.db)
        except sqlite3.Error:
            return False
        if version == self._version:
            return False
        self._version = version
        self.file_changed.emit()
        return True

    def close(self) -> None:
        """End our session and close the connection (no transaction stays open)."""
        from aidtracker.services import maintenance  # lazy: loads after the first paint
        self._timer.stop()
        self._poll.stop()
        if self.db is None:
            return
        self.rollback_open_transaction()
        if self.changed and self.path is not None:  # a verified backup when closing after changes
            self._call(maintenance.backup_if_due, self.db, self.path, reason="closing",
                       notify=False)
        if self.session_id is not None and self.is_verified:
            self._call(maintenance.end_session, self.db, self.session_id, notify=False)
        self.db.close()
        self.db, self.path, self.session_id, self.is_verified = None, None, None, False
        self.changed = self._backup_checked = False
        self.database_closed.emit()

    def rollback_open_transaction(self) -> None:
        """Used by the crash handler: never leave a write transaction open."""
        if self.db is not None and self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")

    # --- plumbing ---------------------------------------------------------------------

    def _call(self, fn: Callable[..., T], *args: object, notify: bool = True,
              **kwargs: object) -> Outcome[T]:
        from aidtracker.services import maintenance  # lazy: loads after the first paint
        try:
            return Outcome(fn(*args, **kwargs))
        except AidTrackerError as exc:
            if notify:
                self.error_raised.emit(self.explain(exc))
            return Outcome(error=exc)
        except sqlite3.Error as exc:  # a damaged or vanished file: the one clear message

            error = maintenance.storage_error(exc, str(self.path or ""))
            if notify and not self._once(error):
                self.error_raised.emit(self.explain(error))
            return Outcome(error=error)

    def _once(self, error: AidTrackerError) -> bool:
        """True when this file's refusal was already shown (it is said once per opening)."""
        if error.code != "database_refused":
            return False
        shown, self._refusal_shown = self._refusal_shown, True
        return shown

    def explain(self, error: AidTrackerError) -> str:
        """The error in words; a locked file also names who else has it open (R5)."""
        text = _say(error)
        if error.code == "storage" and error.params.get("reason") == "locked" and self.others:
            people = ", ".join(f"{s.user}@{s.host}" for s in self.others)
            text += "\n" + self.tr("Waiting for: %1").replace("%1", people)
        return text

    def _write(self, fn: Callable[..., T], *args: object, notify: bool = True,
               **kwargs: object) -> Outcome[T]:
        if self.db is None or not self.is_verified:
            error = NotReady()
            if notify:
                self.error_raised.emit(_say(error))
            return Outcome(error=error)
        outcome = self._call(fn, self.db, *args, notify=False, **kwargs)
        if _locked(outcome.error):  # waited WAIT_MS already: now wait visibly, never frozen
            outcome = self._wait_for_file(lambda: self._call(fn, self.db, *args, notify=False,
                                                             **kwargs), outcome)
        if outcome.error is not None and notify:
            self.error_raised.emit(self.explain(outcome.error))
        if outcome.ok:
            self._changed_now()
        return outcome

    def _changed_now(self) -> None:
        """After a saved change: today's first one also starts a verified backup (a worker)."""
        from aidtracker.services import maintenance  # lazy: loads after the first paint
        self.changed = True
        if self._backup_checked or self.path is None:
            return
        self._backup_checked = True

        path = self.path
        start_job(with_database(path, lambda db, ctx: maintenance.backup_if_due(db, path)),
                  on_done=lambda made: None,
                  on_failed=lambda exc: self.error_raised.emit(
                      self.explain(exc) if isinstance(exc, AidTrackerError) else str(exc)))

    def _wait_for_file(self, attempt: Callable[[], Outcome[T]],
                       first: Outcome[T]) -> Outcome[T]:
        """Retry ``attempt`` every RETRY_MS while "Waiting for the file… Cancel" is shown;
        the event loop runs meanwhile (each retry fails at once while the lock is held)."""
        from aidtracker.services import maintenance  # lazy: loads after the first paint

        who = ", ".join(f"{s.user}@{s.host}" for s in self.others)
        from ui.dialogs.waiting import WaitingDialog  # lazy: shown only when the file is locked
        dialog = WaitingDialog(who, QApplication.activeWindow())
        self.waiting = dialog
        result = [first]

        def retry() -> None:
            result[0] = attempt()
            if not _locked(result[0].error):
                dialog.accept()

        timer = QTimer(dialog)
        timer.setInterval(RETRY_MS)
        timer.timeout.connect(retry)
        QTimer.singleShot(self.wait_limit_ms, dialog, dialog.reject)  # then say who holds it
        if self.db is not None:
            maintenance.set_wait(self.db, 0)
        try:
            timer.start()
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return Outcome(error=first.error)
            return result[0]
        finally:
            timer.stop()
            self.waiting = None
            if self.db is not None:
                maintenance.set_wait(self.db, WAIT_MS)
            dialog.deleteLater()

    # --- reads ------------------------------------------------------------------------

    def count(self, query: ShipmentQuery) -> int:
        if self.db is None:
            return 0
        return self._read_list(pages.count_shipments, 0, self.db, query)

    def page(self, query: ShipmentQuery, after: PageKey | None, offset: int, limit: int) -> Page:
        if self.db is None:
            return Page([], None)
        return self._read_list(pages.list_page, Page([], None), self.db, query, after=after,
                               offset=offset, limit=limit)

    def _read_list(self, fn: Callable[..., T], empty: T, *args: object, **kwargs: object) -> T:
        """A list read the table makes while painting: a failing share shows a message once
        and an empty result, never a crash; a lock raises :class:`FileBusy` at once."""
        from aidtracker.services import maintenance  # lazy: loads after the first paint

        try:
            return fn(*args, **kwargs)
        except sqlite3.Error as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                QTimer.singleShot(0, self.file_busy.emit)  # read again shortly, no message
                raise FileBusy from exc  # the list keeps what it shows
            if not self._read_failed:
                self._read_failed = True
                error = maintenance.storage_error(exc, str(self.path))
                if not self._once(error):
                    QTimer.singleShot(0, lambda: self.error_raised.emit(_say(error)))
            return empty

    def matches(self, text: str, ids: list[int]) -> dict[int, str]:
        """What the search ``text`` found in each of these shipments (for the list)."""
        if self.db is None:
            return {}
        from aidtracker.services.finding import matched_texts  # lazy: keeps start-up fast

        return self._read_list(matched_texts, {}, self.db, text, ids)

    def row(self, reference: str) -> ShipmentRow | None:
        return pages.row_by_reference(self.db, reference) if self.db is not None else None

    def detail(self, reference: str, *, notify: bool = True) -> Outcome[ShipmentDetail]:
        if self.db is None:
            return Outcome(error=NotReady())
        from aidtracker.services.shipments import get_detail  # lazy: keeps start-up fast

        return self._call(get_detail, self.db, reference, notify=notify)

    def read(self, fn: Callable[Concatenate[Database, P], T], *args: P.args,
             **kwargs: P.kwargs) -> T | None:
        """A directory read (``fn(db, *args)``, checked against ``fn``'s signature); None when
        no file is open or it fails."""
        from aidtracker.services import maintenance  # lazy: loads after the first paint
        if self.db is None:
            return None
        try:
            return fn(self.db, *args, **kwargs)
        except AidTrackerError as exc:
            self.error_raised.emit(self.explain(exc))
            return None
        except sqlite3.Error as exc:  # a damaged or vanished file: the one clear message
            error = maintenance.storage_error(exc, str(self.path or ""))
            if not self._once(error):
                self.error_raised.emit(self.explain(error))
            return None

    # --- writes -----------------------------------------------------------------------

    def create_shipment(self, header: Shipment, lines: Sequence[LineItem], *,
                        notify: bool = True) -> Outcome[str]:
        from aidtracker.services.shipments import create_shipment  # lazy: keeps start-up fast

        outcome = self._write(create_shipment, header, list(lines), actor=self.actor,
                              notify=notify)
        if outcome.ok:
            self.shipment_changed.emit(str(outcome.value))
        return outcome

    def duplicate_shipment(self, reference: str) -> Outcome[str]:
        """A new draft with the parties, route and lines (no serials) of ``reference``."""
        from aidtracker.services.drafting import duplicate_shipment  # lazy: keeps start-up fast

        outcome = self._write(duplicate_shipment, reference, actor=self.actor)
        if outcome.ok:
            self.shipment_changed.emit(str(outcome.value))
        return outcome

    def save_shipment(self, reference: str, edit: HeaderEdit,
                      lines: Sequence[LineItem] | None, *, expected_version: int,
                      amendment_reason: str = "", notify: bool = True) -> Outcome[Shipment]:
        """Header changes and the goods list in one transaction (all or nothing)."""
        from aidtracker.services.shipments import save_edits  # lazy: keeps start-up fast

        outcome = self._write(save_edits, reference, edit, lines, actor=self.actor,
                              expected_version=expected_version,
                              amendment_reason=amendment_reason, notify=notify)
        if outcome.ok:
            self.shipment_changed.emit(reference)
        return outcome

    def advance(self, reference: str, event: Event, *, fields: HeaderEdit,
                reason: str = "", note: str = "", at: datetime | None = None,
                expected_version: int | None = None, notify: bool = False,
                ) -> Outcome[Shipment]:
        from aidtracker.services.progress import advance  # lazy: keeps start-up fast

        outcome = self._write(advance, reference, event, actor=self.actor, fields=fields,
                              reason=reason, note=note, at=at,
                              expected_version=expected_version, notify=notify)
        if outcome.ok:
            self.shipment_changed.emit(reference)
        return outcome

    def set_checklist(self, reference: str, rule_id: str, state: CheckState,
                      note: str = "") -> Outcome[None]:
        from aidtracker.services.progress import set_checklist  # lazy: keeps start-up fast

        outcome = self._write(set_checklist, reference, rule_id, state, actor=self.actor,
                              note=note)
        if outcome.ok:
            self.shipment_changed.emit(reference)
        return outcome

    def record_receipt(self, reference: str, received: dict[int, tuple[int, int, int]],
                       ) -> Outcome[Shipment]:
        from aidtracker.services.progress import record_receipt  # lazy: keeps start-up fast

        outcome = self._write(record_receipt, reference, received, actor=self.actor)
        if outcome.ok:
            self.shipment_changed.emit(reference)
        return outcome

    def add_distribution(self, reference: str, handover: Handover) -> Outcome[str]:
        from aidtracker.services.progress import add_distribution  # lazy: keeps start-up fast

        outcome = self._write(add_distribution, reference, actor=self.actor, on=handover.on,
                              kind=handover.kind, lines=handover.lines,
                              acquirer_id=handover.acquirer_id,
                              person_name=handover.person_name, settlement=handover.settlement)
        if outcome.ok:
            self.shipment_changed.emit(reference)
        return outcome

    def change(self, reference: str, fn: Callable[..., T], *args: object,
               **kwargs: object) -> Outcome[T]:
        """A goods-balance action ``fn(db, reference, *args, actor=…, **kwargs)`` (loads,
        receipt, write-off, void); the caller shows a refusal beside its fields."""
        outcome = self._write(fn, reference, *args, actor=self.actor, notify=False, **kwargs)
        if outcome.ok:
            self.shipment_changed.emit(reference)
        return outcome

    def add_attachment(self, reference: str, source: Path, kind: str) -> Outcome[Attachment]:
        from aidtracker.services.attachments import add_attachment  # lazy: keeps start-up fast

        outcome = self._write(add_attachment, self.path, reference, source, kind=kind,
                              actor=self.actor)
        if outcome.ok:
            self.shipment_changed.emit(reference)
        return outcome

    def attachment_path(self, attachment: Attachment) -> Outcome[Path]:
        from aidtracker.services.attachments import stored_path  # lazy: keeps start-up fast

        return self._call(stored_path, self.path, attachment)

    def save_directory(self, fn: Callable[..., T], *args: object, notify: bool = True,
                       **kwargs: object) -> Outcome[T]:
        """A directory action (``fn(db, *args, actor=…)``); announces ``directory_changed``."""
        outcome = self._write(fn, *args, actor=self.actor, notify=notify, **kwargs)
        if outcome.ok:
            self.directory_changed.emit()
        return outcome


def _check_file(path: Path) -> Callable[[JobContext], Path]:
    def job(ctx: JobContext) -> Path:
        from aidtracker.store import open_database  # lazy: keeps start-up fast

        open_database(path, upgrade=False).close()
        return path

    return job
