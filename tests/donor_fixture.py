"""A copy of the session's demo with what the donor report needs beyond it: exchange rates on
every valuation day, a write-off, a voided line, photos (one published, one not)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PIL import Image

from aidtracker.domain import Status, WriteOffReason
from aidtracker.services import attachments, stock
from aidtracker.services.names import partner_ids
from aidtracker.services.rates import add_rate, valuation_day
from aidtracker.services.shipments import get_detail
from aidtracker.store import open_database

RATE = Decimal("45.1234")
PUBLISHED = "Übergabe in Kyjiw / Передача у Києві"
PRIVATE = "Nur intern"


@dataclass(frozen=True)
class DonorDemo:
    path: Path
    refs: tuple[str, ...]  # the München shipments
    distributing: str  # where the write-off and the photos are
    voided: tuple[str, int]  # a line voided before the report


def _photo(path: Path, size: tuple[int, int], colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", size, colour).save(path)
    return path


def donor_demo(template: Path, folder: Path) -> DonorDemo:
    path = folder / "donor.db"
    shutil.copyfile(template, path)
    db = open_database(path)
    try:
        ids = partner_ids(db, "München")
        refs = tuple(r[0] for r in db.conn.execute(
            f"SELECT reference FROM shipment WHERE partnership_id IN ({','.join('?' * len(ids))})"
            " ORDER BY id", sorted(ids)))
        details = [get_detail(db, ref) for ref in refs]
        for d in details:
            on = valuation_day(d.shipment, d.lines)
            if on is not None:
                add_rate(db, "EUR", on, RATE, actor="test", today=max(on, date.today()))
        busy = next(d for d in details if d.shipment.status is Status.DISTRIBUTING)
        line = busy.lines[0]
        stock.add_write_off(db, busy.shipment.reference, line_no=line.line_no, qty_milli=1000,
                            reason=WriteOffReason.DAMAGED, on=max(ln.received_on for ln in
                                                                  busy.lines if ln.received_on),
                            actor="test", note="Transportschaden am Gehäuse")
        quiet = next(d for d in details if len(d.lines) > 1 and not d.distributions
                     and d.shipment.status is not Status.DISTRIBUTING)
        stock.void_line(db, quiet.shipment.reference, quiet.lines[-1].line_no,
                        reason="entered twice", actor="test")
        ref = busy.shipment.reference
        attachments.add_attachment(db, path, ref, _photo(folder / "a.jpg", (800, 600),
                                                         (200, 60, 60)),
                                   kind="photo", actor="test", note=PUBLISHED, publish=True)
        private = attachments.add_attachment(db, path, ref, _photo(folder / "b.png", (400, 700),
                                                                   (60, 90, 200)),
                                             kind="photo", actor="test", note=PRIVATE)
        assert not private.published
    finally:
        db.close()
    return DonorDemo(path, refs, ref, (quiet.shipment.reference, quiet.lines[-1].line_no))
