"""Export the ledger of the shipments the UI's filters select (status, partner, recipient, dates).

Shipments are read in bounded chunks (RELIABILITY.md R7): pages of 200 by key, each loaded with
a handful of queries (no checklist or deadlines, which the ledger does not show). Parties are
read once per export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from aidtracker.domain import ShipmentDetail, Status
from aidtracker.ledger import LedgerResult, export_ledger
from aidtracker.services.listing import PageKey, ShipmentQuery, count_shipments, list_page
from aidtracker.services.rates import Valuer
from aidtracker.store.bulk import PartyCache, light_details

PAGE = 200


@dataclass(frozen=True, slots=True)
class LedgerFilters:
    """The same filters as the shipments list."""

    status: Status | None = None
    partner: str = ""
    recipient: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def query(self) -> ShipmentQuery:
        return ShipmentQuery(status=self.status, partner=self.partner, recipient=self.recipient,
                             date_from=self.date_from, date_to=self.date_to,
                             sort="reference", descending=False)

    def describe(self) -> str:
        """'status=delivered; partner=Lublin; from=2026-01-01' ('' when nothing is filtered)."""
        parts = [("status", self.status.value if self.status else ""),
                 ("partner", self.partner), ("recipient", self.recipient),
                 ("from", self.date_from.isoformat() if self.date_from else ""),
                 ("to", self.date_to.isoformat() if self.date_to else "")]
        return "; ".join(f"{k}={v}" for k, v in parts if v)


def export_ledger_file(
    db: Database, out_path: Path | str, filters: LedgerFilters | None = None, *,
    hxl: bool = False, progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LedgerResult:
    """Write the ledger of the selected shipments to ``out_path`` (temp file, then rename).

    Raises:
        ExportCancelled, StorageError: see :func:`aidtracker.ledger.export_ledger`.
    """
    filters = filters or LedgerFilters()
    total = count_shipments(db, filters.query())

    return export_ledger(ledger_details(db, filters), out_path, total=total, progress=progress,
                         cancelled=cancelled, hxl=hxl, filters_text=filters.describe(),
                         uah=Valuer(db))


def ledger_details(db: Database, filters: LedgerFilters) -> Iterator[ShipmentDetail]:
    """The selected shipments in reference order, read in chunks of a few queries each.

    Each page is its own short read, so a long export never stalls other workstations' saves
    (RELIABILITY.md R7).
    """
    cache = PartyCache(db)
    after: PageKey | None = None
    while True:
        page = list_page(db, filters.query(), after=after, limit=PAGE)
        yield from light_details(db, [row.id for row in page.rows], cache)
        if page.next_key is None:
            return
        after = page.next_key
