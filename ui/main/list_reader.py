"""The shipments list never freezes the window: on a large file a new sort, filter or search
is read on a worker while the current page stays on screen; a locked file shows "Waiting for
the file…" and is read again; a change saved by another copy of AidTracker is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from aidtracker.services.pages import ShipmentQuery, count_shipments, list_page
from ui.main.host import WindowHost
from ui.models.shipment_table import PAGE_SIZE
from ui.workers import JobHandle, start_job, with_database

ASYNC_ROWS = 5000  # from this many shipments in the file, list queries run on a worker
REREAD_MS = 300  # a locked read is tried again after this long


def _read(query: ShipmentQuery) -> Any:
    def job(db: Any, ctx: Any) -> tuple[ShipmentQuery, int, Any, dict[int, str]]:
        from aidtracker.services.finding import matched_texts  # lazy: only when searching

        page = list_page(db, query, limit=PAGE_SIZE)
        found = matched_texts(db, query.search, [r.id for r in page.rows if r.id]) \
            if query.search.strip() else {}
        return query, count_shipments(db, query), page, found

    return job


class ListReader(QObject):
    """Owned by the main window; :meth:`request` replaces the model's ``set_query``."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.async_rows = ASYNC_ROWS
        self.total = 0  # shipments in the file (read when it is opened)
        self.job: JobHandle | None = None
        self._wanted: ShipmentQuery | None = None
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(REREAD_MS)
        self._reread.timeout.connect(self.read_again)
        c = window.controller
        c.file_busy.connect(self._busy)
        c.file_changed.connect(self.read_again)
        c.database_opened.connect(self._opened)
        window.table_model.requester = self.request

    @Slot()
    def _opened(self) -> None:
        self.total = self.window.controller.count(ShipmentQuery())

    def request(self, query: ShipmentQuery) -> None:
        """Show ``query``: at once on a small file, else read on a worker (the rows shown stay
        until the answer is there; a newer request wins)."""
        path = self.window.controller.path
        if path is None or self.total < self.async_rows:
            self.window.table_model.set_query(query)
            return
        self._wanted = query
        self.window.show_state(QCoreApplication.translate("ListReader", "Reading the list…"))
        self.job = start_job(with_database(path, _read(query)), on_done=self._answer,
                             on_failed=lambda exc: self._busy())

    @Slot(object)
    def _answer(self, result: Any) -> None:
        query, count, page, found = result
        if query != self._wanted or self.window.controller.path is None:
            return
        self._wanted = None
        self.window.table_model.install(query, count, page, found)
        self.window.show_state("")
        self.window.list_changed()

    @Slot()
    def _busy(self) -> None:
        self.window.show_state(QCoreApplication.translate("ListReader", "Waiting for the file…"))
        self._reread.start()

    @Slot()
    def read_again(self) -> None:
        """Read the list (and the side panel) again, keeping the place in the list."""
        window = self.window
        if window.controller.path is None:
            return
        bar = window.table.verticalScrollBar()
        place, current = bar.value(), window.table.currentIndex()
        window.show_state("")
        window.table_model.set_query(window.table_model.query)
        bar.setValue(place)
        if current.isValid() and current.row() < window.table_model.rowCount():
            window.table.setCurrentIndex(window.table_model.index(current.row(),
                                                                  current.column()))
        window.list_changed()
        window.refresh_attention()
