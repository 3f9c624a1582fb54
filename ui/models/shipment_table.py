"""The shipments table: a fixed row count from SQL and pages of rows fetched by key on demand.

Never all rows: ``rowCount`` comes from ``count_shipments``; a page of 200 rows is read when a
row of it is first painted, continuing by key after the page before it (``OFFSET`` only for a
jump), and at most 64 pages stay cached. Sorting and filtering re-query SQL (``set_query``).
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from aidtracker.domain import ShipmentRow
from aidtracker.money import format_number, grams_to_kg
from aidtracker.services.pages import Page, PageKey, ShipmentQuery
from ui.texts.i18n import QT_TRANSLATE_NOOP, current_language
from ui.texts.labels import status_label
from ui.workers import FileBusy

PAGE_SIZE = 200
MAX_PAGES = 64
Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[ShipmentQuery, PageKey | None, int, int], Page]

COLUMNS: tuple[tuple[str, str], ...] = (  # sort key (listing.SORT_COLUMNS), header
    ("reference", QT_TRANSLATE_NOOP("ShipmentTableModel", "Reference")),
    ("status", QT_TRANSLATE_NOOP("ShipmentTableModel", "Status")),
    ("partner", QT_TRANSLATE_NOOP("ShipmentTableModel", "Partner city")),
    ("donor", QT_TRANSLATE_NOOP("ShipmentTableModel", "Donor")),
    ("recipient", QT_TRANSLATE_NOOP("ShipmentTableModel", "Recipient")),
    ("crossing", QT_TRANSLATE_NOOP("ShipmentTableModel", "Crossing")),
    ("planned_crossing", QT_TRANSLATE_NOOP("ShipmentTableModel", "Planned crossing")),
    ("lines", QT_TRANSLATE_NOOP("ShipmentTableModel", "Lines")),
    ("gross", QT_TRANSLATE_NOOP("ShipmentTableModel", "Gross, kg")),
    ("updated", QT_TRANSLATE_NOOP("ShipmentTableModel", "Last change")),
    ("found", QT_TRANSLATE_NOOP("ShipmentTableModel", "Found in")),  # filled while searching
)
FOUND = len(COLUMNS) - 1
UPDATED = FOUND - 1  # the default order: last change first
OVERDUE = QColor("#c62828")
Matches = Callable[[str, list[int]], dict[int, str]]
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def display_texts(row: ShipmentRow) -> tuple[str, ...]:
    """The cells of one row as people read them (dates DD.MM.YYYY, kg with a decimal comma)."""
    planned = row.planned_crossing.strftime("%d.%m.%Y") if row.planned_crossing else ""
    updated = ""
    if row.updated_at is not None:
        when = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(tzinfo=UTC)
        updated = when.astimezone().strftime("%d.%m.%Y %H:%M")
    partner, recipient = row.partner_city, row.recipient
    if current_language() == "uk":  # Ukrainian spellings where the directory has them
        partner, recipient = row.partner_city_uk or partner, row.recipient_uk or recipient
    return (row.reference, status_label(row.status), partner, row.donor, recipient,
            row.crossing, planned, str(row.lines), format_number(grams_to_kg(row.gross_g)),
            updated)


def sort_value(row: ShipmentRow, column: int) -> object:
    """The raw value a column sorts by (exact integers, ISO dates)."""
    values = (row.reference, row.status.value, row.partner_city, row.donor, row.recipient,
              row.crossing, row.planned_crossing.isoformat() if row.planned_crossing else "",
              row.lines, row.gross_g, row.updated_at.isoformat() if row.updated_at else "")
    return values[column]


class ShipmentTableModel(QAbstractTableModel):
    """A window onto the shipments list; rows are :class:`ShipmentRow` (``ObjectRole``)."""

    ObjectRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, fetch_page: FetchPage, count: Callable[[ShipmentQuery], int],
                 parent: QObject | None = None, matches: Matches | None = None,
                 ) -> None:
        super().__init__(parent)
        self._fetch, self._count_fn, self._matches = fetch_page, count, matches
        self._found: dict[int, str] = {}  # shipment id → what the search matched
        self._overdue: frozenset[str] = frozenset()  # references shown in red
        self.requester: Callable[[ShipmentQuery], None] | None = None
        self._query = ShipmentQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[ShipmentRow]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}
        self._keys: dict[int, PageKey | None] = {}

    @property
    def query(self) -> ShipmentQuery:
        return self._query

    def set_query(self, query: ShipmentQuery) -> None:
        """Filter/sort anew: count in SQL, forget every cached page (a locked file keeps
        the rows shown; the window reads again)."""
        try:
            count = self._count_fn(query)
        except FileBusy:
            return
        self.install(query, count, None)

    def install(self, query: ShipmentQuery, count: int, first: Page | None,
                found: dict[int, str] | None = None) -> None:
        """Show ``query`` with its row count and, when read already (on a worker), its first
        page and what the search matched there."""
        self.beginResetModel()
        self._query = query
        self._clear()
        self._count = count
        if first is not None:
            self._store_page(0, first)
            self._found.update(found or {})
        self.endResetModel()

    def request(self, query: ShipmentQuery) -> None:
        """Show ``query`` through :attr:`requester` (a worker on large files), else at once."""
        if self.requester is not None:
            self.requester(query)
        else:
            self.set_query(query)

    def reload(self) -> None:
        self.set_query(self._query)

    def _clear(self) -> None:
        self._found.clear()
        self._pages.clear()
        self._texts.clear()
        self._keys.clear()

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(index.row())
            if texts is None:
                row = self.row_at(index.row())
                if row is None:
                    return None
                texts = self._texts[index.row()] = self._cells(row)
            return texts[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue:
            row = self.row_at(index.row())
            return OVERDUE if row is not None and row.reference in self._overdue else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == FOUND:
            return self.data(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() in (7, 8) else _LEFT
        if role == self.ObjectRole:
            return self.row_at(index.row())
        if role == self.SortRole:
            row = self.row_at(index.row())
            return None if row is None or index.column() == FOUND else sort_value(
                row, index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ShipmentTableModel", COLUMNS[section][1])
        return None

    def set_overdue(self, references: frozenset[str]) -> None:
        """Shipments with something overdue are drawn in red (from the attention job)."""
        if references != self._overdue:
            self._overdue = references
            if self._count:
                self.dataChanged.emit(self.index(0, 0), self.index(
                    self._count - 1, len(COLUMNS) - 1), [Qt.ItemDataRole.ForegroundRole])

    def _cells(self, row: ShipmentRow) -> tuple[str, ...]:
        return (*display_texts(row), self._found.get(row.id or 0, ""))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < FOUND:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.request(dataclasses.replace(self._query, sort=COLUMNS[column][0],
                                         descending=descending))

    # --- pages --------------------------------------------------------------------------

    def row_at(self, row: int) -> ShipmentRow | None:
        """The row object, reading its page when needed (None beyond the end)."""
        number, offset = divmod(row, PAGE_SIZE)
        page = self._page(number)
        return page[offset] if offset < len(page) else None

    def _page(self, number: int) -> list[ShipmentRow]:
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        after = self._keys.get(number - 1) if number > 0 else None
        try:
            page = self._fetch(self._query, after, number * PAGE_SIZE, PAGE_SIZE)
        except FileBusy:
            return []  # not cached: read again when the file is free
        self._store_page(number, page)
        if self._matches is not None and self._query.search.strip():
            self._found.update(self._matches(self._query.search,
                                             [r.id for r in page.rows if r.id is not None]))
        return page.rows

    def _store_page(self, number: int, page: Page) -> None:
        self._keys[number] = page.next_key
        self._pages[number] = page.rows
        while len(self._pages) > MAX_PAGES:
            old, _ = self._pages.popitem(last=False)
            for key in range(old * PAGE_SIZE, (old + 1) * PAGE_SIZE):
                self._texts.pop(key, None)

    def cached_row_of(self, reference: str) -> int | None:
        """Where ``reference`` is among the cached rows (None: not read yet)."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.reference == reference:
                    return number * PAGE_SIZE + offset
        return None

    def update_row(self, row: ShipmentRow) -> bool:
        """Show a saved shipment's new values in place (when its row is cached)."""
        position = self.cached_row_of(row.reference)
        if position is None:
            return False
        number, offset = divmod(position, PAGE_SIZE)
        self._pages[number][offset] = row
        self._texts.pop(position, None)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))
        return True

    def retranslate(self) -> None:
        """Forget the worded cells (status names) and repaint in the new language."""
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(COLUMNS) - 1))
