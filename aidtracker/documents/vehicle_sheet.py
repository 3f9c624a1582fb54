"""D5 — Картка транспортного засобу / Vehicle data sheet, one page per vehicle.

Fields the record does not hold yet (fuel, engine, registration documents, insurance…) print
as lines to fill in by hand, so the sheet also works as the form the donor completes.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from aidtracker.documents import fmt, goods
from aidtracker.documents.applicability import vehicles
from aidtracker.documents.blocks import (
    Signer,
    closing,
    header,
    heading,
    kv,
    kv_grid,
    parallel,
    signatures,
)
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.layout import PORTRAIT_WIDTH
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import Asset, LineItem

#: Asset fields of DOMAIN.md §4.8 that the record does not carry: printed blank.
HAND_FILLED = (
    "vehicle.fuel", "vehicle.engine", "vehicle.power", "vehicle.gvw", "vehicle.seats",
    "vehicle.colour", "vehicle.reg_docs", "vehicle.coc", "vehicle.insurance", "vehicle.keys",
    "vehicle.equipment",
)  # fmt: skip


def identity_rows(t: Texts, line: LineItem, asset: Asset) -> list[tuple[str, str]]:
    """Identity and technical data of one vehicle from the record."""
    odometer = f"{fmt.whole(asset.odometer_km)} km" if asset.odometer_km is not None else ""
    return [
        (t.label("vehicle.line"), f"{line.line_no}. {t.description(line)}"),
        (t.label("col.category"), t.category(line.category)),
        (t.label("vehicle.make_model"), f"{asset.make} {asset.model}".strip()),
        (t.label("vehicle.body"), t.code_words("body", asset.body_type)),
        (t.label("asset.vin"), asset.vin or asset.serial_no),
        (t.label("vehicle.year"), str(asset.year or "")),
        (t.label("vehicle.plates"), asset.plates),
        (t.label("vehicle.plate_valid"), fmt.ddmmyyyy(asset.export_plate_valid_until)),
        (t.label("vehicle.odometer"), odometer),
        (t.label("vehicle.rating"), goods.rating(asset)),
        (t.label("col.condition"), goods.condition(t, line)),
        (t.label("col.unit_value"), goods.unit_value(line)),
    ]


def _photos(ctx: DocumentContext) -> str:
    return ", ".join(a.original_name for a in ctx.detail.attachments if a.kind == "photo")


def _sheet(ctx: DocumentContext, t: Texts, line: LineItem, asset: Asset) -> list[Flowable]:
    d = ctx.detail
    w = PORTRAIT_WIDTH
    story = header(ctx, t, "title.vehicle_sheet", w)
    story.append(heading(t.label("section.vehicle")))
    story.append(kv(identity_rows(t, line, asset), w))
    story.append(heading(t.label("section.documents_equipment")))
    rows = [(t.label(key), "") for key in HAND_FILLED]
    story.append(kv_grid(rows, w))
    story.append(kv([(t.label("vehicle.photos"), _photos(ctx))], w))
    donor = Signer(t.label("sign.donor"), d.donor.signatory_position, d.donor.signatory_name)
    story.append(
        closing(ctx, t, [parallel(t, "vehicle_sheet.closing", w)], signatures(t, [donor], w))
    )
    return story


def build_vehicle_sheet(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    story: list[Flowable] = []
    for line, asset in vehicles(ctx.detail, ctx.selector):
        if story:
            story.append(PageBreak())
        story += _sheet(ctx, t, line, asset)
    return story
