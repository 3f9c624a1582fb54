"""Kind → builder, title and first page orientation; builds the story and renders it."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from aidtracker.documents import layout
from aidtracker.documents.blocks import footer_info
from aidtracker.documents.checklist import build_checklist
from aidtracker.documents.cmr import build_cmr
from aidtracker.documents.context import DocumentContext, RenderResult
from aidtracker.documents.distribution import build_distribution, first_orientation
from aidtracker.documents.donation import build_donation
from aidtracker.documents.driver_letter import build_driver_letter
from aidtracker.documents.export_sheet import build_export_sheet
from aidtracker.documents.handover import build_handover
from aidtracker.documents.labels import build_labels
from aidtracker.documents.layout import LANDSCAPE, PORTRAIT, PdfInfo
from aidtracker.documents.load_view import LOAD_KINDS, find_load, for_load
from aidtracker.documents.report import build_report
from aidtracker.documents.specification import build_specification
from aidtracker.documents.texts import texts_for
from aidtracker.documents.vehicle_handover import build_vehicle_handover
from aidtracker.documents.vehicle_sheet import build_vehicle_sheet
from aidtracker.documents.writeoff import build_writeoff

Builder = Callable[[DocumentContext], list[Flowable]]


@dataclass(frozen=True, slots=True)
class KindSpec:
    build: Builder
    title_key: str
    first: str | Callable[[DocumentContext], str] = PORTRAIT


SPECS: dict[str, KindSpec] = {
    "donation": KindSpec(build_donation, "title.donation"),
    "specification": KindSpec(build_specification, "title.specification", LANDSCAPE),
    "cmr": KindSpec(build_cmr, "title.cmr"),
    "export-sheet": KindSpec(build_export_sheet, "title.export_sheet"),
    "vehicle-sheet": KindSpec(build_vehicle_sheet, "title.vehicle_sheet"),
    "handover": KindSpec(build_handover, "title.handover"),
    "vehicle-handover": KindSpec(build_vehicle_handover, "title.vehicle_handover"),
    "distribution": KindSpec(build_distribution, "title.distribution", first_orientation),
    "writeoff": KindSpec(build_writeoff, "title.writeoff"),
    "report": KindSpec(build_report, "title.report", LANDSCAPE),
    "driver-letter": KindSpec(build_driver_letter, "title.driver_letter"),
    "checklist": KindSpec(build_checklist, "title.checklist"),
    "labels": KindSpec(build_labels, "title.labels"),
}


def build_story(ctx: DocumentContext) -> list[Flowable]:
    """The document's flowables (pure: nothing is written); one load's paper when asked."""
    load = find_load(ctx.detail, ctx.selector) if ctx.kind in LOAD_KINDS else None
    if load is not None:
        ctx = dataclasses.replace(ctx, detail=for_load(ctx.detail, load))
    return SPECS[ctx.kind].build(ctx)


def pdf_info(ctx: DocumentContext) -> PdfInfo:
    spec = SPECS[ctx.kind]
    t = texts_for(ctx.lang)
    first = spec.first if isinstance(spec.first, str) else spec.first(ctx)
    return PdfInfo(
        title=" ".join(x for x in (t.label(spec.title_key), ctx.doc_number) if x),
        author=ctx.issuer.name_en or ctx.issuer.name_uk,
        subject=ctx.detail.shipment.reference,
        lang={"en": "en"}.get(ctx.lang, "uk"),
        first=first,
        keywords=(ctx.code, ctx.detail.shipment.reference),
    )


def render_bytes(ctx: DocumentContext) -> tuple[bytes, int]:
    """Build the story of ``ctx`` and lay it out in memory: the PDF bytes and the page count."""
    story = build_story(ctx)
    return layout.build_pdf(story, footer_info(ctx, texts_for(ctx.lang)), pdf_info(ctx))


def render(ctx: DocumentContext, out_path: str | os.PathLike[str]) -> RenderResult:
    """Build the story of ``ctx`` and write it atomically to ``out_path``."""
    story = build_story(ctx)
    return layout.render(story, out_path, footer_info(ctx, texts_for(ctx.lang)), pdf_info(ctx))
