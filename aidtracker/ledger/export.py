"""Stream shipments into the ledger workbook and put it in place atomically.

openpyxl ``write_only`` keeps one row at a time; the Summary is tallied on the way. The
workbook is saved to a temporary file beside the target, fsynced and renamed over it with
``os.replace``: a failed or cancelled export leaves the previous file as it was and no
temporary file behind (RELIABILITY.md R9, M21, T11).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar
from zipfile import ZIP_DEFLATED, ZipFile

from aidtracker.domain import ShipmentDetail
from aidtracker.errors import AidTrackerError, FileActionFailed
from aidtracker.ledger.safe_cells import CellWriter
from aidtracker.ledger.sheets import (
    DISTRIBUTIONS,
    ITEMS,
    SHIPMENTS,
    SheetOut,
    distribution_values,
    item_values,
    money,
    shipment_values,
)
from aidtracker.ledger.summary import SUMMARY, Summary
from aidtracker.paths import fsync_dir, fsync_file
from aidtracker.store.connection import classify_os_error
from aidtracker.store.tempfiles import discard, forget, temp_beside
from aidtracker.workflow import line_balance

T = TypeVar("T")

log = logging.getLogger(__name__)
Progress = Callable[[int, int | None], None]
Valuer = Callable[[ShipmentDetail], Mapping[int, int | None]]
PROGRESS_EVERY = 100


class ExportCancelled(AidTrackerError):
    """``done``: the user cancelled after this many shipments; the previous file is intact."""

    code = "export_cancelled"


@dataclass(frozen=True)
class LedgerResult:
    """What was written: counts and totals in storage units, and what the writer changed."""

    path: Path
    shipments: int = 0
    lines: int = 0
    distribution_lines: int = 0
    assets: int = 0
    qty_milli: int = 0
    packages: int = 0
    net_g: int = 0
    gross_g: int = 0
    value_by_currency: dict[str, int] = field(default_factory=dict)
    replaced_characters: int = 0
    split_cells: int = 0


def export_ledger(
    details: Iterable[ShipmentDetail], out_path: Path | str, *, total: int | None = None,
    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
    hxl: bool = False, filters_text: str = "", uah: Valuer | None = None,
) -> LedgerResult:
    """Write the ledger of ``details`` (consumed once, streamed) to ``out_path``.

    Args:
        total: how many shipments to expect, for ``progress(done, total)``.
        cancelled: polled before each shipment; True stops the export.
        hxl: add the HXL hashtag row under each header.
        filters_text: the filters used, for the README sheet.
        uah: the UAH value (kopecks) of each line of a shipment, None where there is no rate.

    Raises:
        ExportCancelled: ``cancelled()`` returned True; nothing was replaced.
        FileActionFailed: ``action`` export; the file could not be written (``reason`` full |
            readonly | missing | locked | io) or its name does not end in .xlsx (``format``).
    """
    out = Path(out_path)
    result = write_workbook(out, lambda wb: _fill(wb, details, total, progress, cancelled, hxl,
                                                  filters_text, uah))
    return replace(result, path=out)


def write_workbook(out: Path, fill: Callable[[Any], T]) -> T:
    """A write-only workbook filled by ``fill`` and written to ``out`` atomically: a temporary
    file beside it (the user's umask applies: colleagues can read it), flushed, then renamed
    over ``out``; on any failure the temporary files go and ``out`` is untouched.

    Raises:
        FileActionFailed: ``out`` is not an .xlsx name (``format``) or could not be written.
    """
    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl import Workbook

    if out.suffix.lower() != ".xlsx":  # the only format written: never xlsx under another name
        raise FileActionFailed(action="export", path=str(out), reason="format", detail="")
    wb = Workbook(write_only=True)
    tmp: Path | None = None
    try:
        tmp = temp_beside(out)
        result = fill(wb)
        _save(wb, tmp)
        fsync_file(tmp)
        os.replace(tmp, out)
        forget(tmp)
        fsync_dir(out.parent)
    except OSError as exc:
        _discard(wb, tmp)
        raise FileActionFailed(action="export", path=str(out), reason=classify_os_error(exc),
                               detail=str(exc)) from exc
    except BaseException:
        _discard(wb, tmp)
        raise
    return result


def _fill(wb: Any, details: Iterable[ShipmentDetail], total: int | None,
          progress: Progress | None, cancelled: Callable[[], bool] | None, hxl: bool,
          filters_text: str, uah: Valuer | None = None) -> LedgerResult:
    w = CellWriter(wb)
    readme = wb.create_sheet("README")
    shipments = SheetOut(w, "Shipments", SHIPMENTS, hxl)
    items = SheetOut(w, "Items", ITEMS, hxl)
    dists = SheetOut(w, "Distributions", DISTRIBUTIONS, hxl)
    summary_sheet = SheetOut(w, "Summary", SUMMARY, hxl)
    summary = Summary()
    assets = done = 0
    for done, d in enumerate(details, start=1):
        if cancelled is not None and cancelled():
            raise ExportCancelled(done=done - 1)
        totals = d.totals
        line_uah = dict(uah(d)) if uah is not None else {}
        values = [line_uah.get(ln.line_no) for ln in d.lines]
        total_uah = None if not values or None in values else sum(v or 0 for v in values)
        shipments.add(shipment_values(d, totals, total_uah))
        assets += _write_lines(items, dists, d, line_uah)
        summary.add(d, totals)
        if progress is not None and not done % PROGRESS_EVERY:
            progress(done, total)
    for row in summary.rows():
        summary_sheet.add(row)
    for sheet in (shipments, items, dists, summary_sheet):
        sheet.finish()
    t = summary.total
    result = LedgerResult(Path(), done, t.lines, dists.rows, assets, t.qty_milli, t.packages,
                          t.net_g, t.gross_g, dict(sorted(t.values.items())),
                          w.stats.replaced_characters, w.stats.split_cells)
    _readme(w, readme, result, filters_text)
    if result.replaced_characters or result.split_cells:
        log.warning("ledger: %d control character(s) replaced, %d long text(s) split",
                    result.replaced_characters, result.split_cells)
    if progress is not None:
        progress(done, total)
    return result


def _write_lines(items: SheetOut, dists: SheetOut, d: ShipmentDetail,
                 line_uah: Mapping[int, int | None]) -> int:

    reference = d.shipment.reference
    by_no = {}
    assets = 0
    for line in d.lines:
        by_no[line.line_no] = line
        assets += len(line.assets)
        items.add(item_values(reference, line, line_balance(line, d.distributions, d.write_offs),
                              line_uah.get(line.line_no)))
    for dist in d.distributions:
        for dl in dist.lines:
            dists.add(distribution_values(reference, dist, dl, by_no.get(dl.line_no)))
    return assets


def _readme(w: CellWriter, ws: Any, r: LedgerResult, filters_text: str) -> None:
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 70
    rows: list[tuple[str, object]] = [
        ("Реєстр гуманітарної допомоги / Aid ledger", "AidTracker"),
        ("Створено / Generated", datetime.now().astimezone().strftime("%d.%m.%Y %H:%M %z")),
        ("Версія програми / App version", _version()),
        ("Фільтри / Filters", filters_text or "немає / none"),
        ("Відвантажень / Shipments", r.shipments),
        ("Рядків / Lines", r.lines),
        ("Рядків розподілу / Distribution lines", r.distribution_lines),
        ("Серійних номерів, VIN / Serials, VINs", r.assets),
        *((f"Вартість / Value {c}", money(v, c)) for c, v in r.value_by_currency.items()),
        ("Курси / Rates used", "немає: вартість у валютах документів / none: values are in "
         "their own currencies, never mixed in one column"),
        ("Дати / Dates", "DD.MM.YYYY"),
        ("Текст / Text", "Текст, що починається з = + - @, зберігається як текст / text "
         "starting with = + - @ is stored as text and never calculated"),
        ("Замінено керівних символів / Control characters replaced", r.replaced_characters),
        ("Розділено довгих текстів / Long texts split (sheet Overflow)", r.split_cells),
    ]
    ws.append([w.header(ws, "Поле / Field"), w.header(ws, "Значення / Value")])
    for key, value in rows:
        cell = (w.number(ws, value, "#,##0.00" if isinstance(value, Decimal) else "#,##0")
                if isinstance(value, int | Decimal) else w.text(ws, str(value)))
        ws.append([w.text(ws, key), cell])


def _version() -> str:

    try:
        return metadata.version("aidtracker")
    except metadata.PackageNotFoundError:
        return "unknown"


def _save(wb: Any, tmp: Path) -> None:
    """openpyxl's save, but the zip archive is closed even when writing fails (disk full):
    otherwise its finaliser prints a traceback when it is collected later."""

    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl.writer.excel import ExcelWriter

    with ZipFile(tmp, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()


def _discard(wb: Any, tmp: Path | None) -> None:
    """Remove the temporary file and openpyxl's per-sheet temporary files."""
    for ws in getattr(wb, "_sheets", ()):
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()  # ends the row stream while its file is still open
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(Exception):
                writer.cleanup()
    if tmp is not None:
        discard(tmp)
