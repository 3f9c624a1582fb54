"""D7 — Акт приймання-передачі транспортного засобу / Vehicle handover act, one per vehicle.

Identity (as D5), odometer, fuel, condition, keys, original documents and equipment handed over
(tick boxes), the value in figures and words, up to five authorised drivers for military units,
signatures, and the section for the registration at the MIA service centre afterwards.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from aidtracker.documents.applicability import vehicles
from aidtracker.documents.blocks import (
    Signer,
    act_closing,
    closing,
    header,
    heading,
    kv,
    kv_grid,
    parallel,
    signatures,
)
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.goods import words_paragraphs
from aidtracker.documents.handover import handover_signers
from aidtracker.documents.layout import PORTRAIT_WIDTH
from aidtracker.documents.styles import styles
from aidtracker.documents.tables import GAP, Cell, table, widths_mm
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.documents.vehicle_sheet import identity_rows
from aidtracker.domain import Asset, LineItem, OrgKind

BOX = "☐"
DOCUMENTS = ("vdoc.reg_part1", "vdoc.reg_part2", "vdoc.coc", "vdoc.insurance", "vdoc.service_book",
             "vdoc.export_plates")  # fmt: skip
EQUIPMENT = ("veq.spare_wheel", "veq.jack", "veq.first_aid", "veq.extinguisher", "veq.triangle",
             "veq.vest", "veq.other")  # fmt: skip


def ticks(t: Texts, keys: tuple[str, ...], width: float) -> Flowable:
    """Tick boxes in two columns."""
    s = styles()
    cells = [para(f"{BOX}  {t.label(k)}", s.small) for k in keys]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    return table(rows, [width / 2, width / 2], grid=False, pad=1.5)


def _drivers(t: Texts, width: float) -> list[Flowable]:
    s = styles()
    head = ["col.no", "driver.name", "driver.licence", "driver.signature"]
    rows: list[list[Cell]] = [[para(t.label(k), s.head) for k in head]]
    rows += [[para(str(i), s.cell_c), "", "", ""] for i in range(1, 6)]
    return [
        heading(t.label("section.authorised_drivers")),
        table(
            rows,
            widths_mm([6, 60, 40, 40], width),
            header=True,
            extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 9)],
        ),
    ]


def _registration(t: Texts, width: float) -> list[Flowable]:
    rows = [(t.label(k), "") for k in ("mia.centre", "mia.date", "mia.plates", "mia.certificate")]
    return [heading(t.label("section.mia_registration")), kv(rows, width)]


def _act(ctx: DocumentContext, t: Texts, line: LineItem, asset: Asset) -> list[Flowable]:
    d = ctx.detail
    w = PORTRAIT_WIDTH
    story = header(ctx, t, "title.vehicle_handover", w)
    story.append(
        parallel(
            t,
            "vehicle_handover.preamble",
            w,
            donor=t.org_names(d.donor),
            recipient=t.org_names(d.recipient),
        )
    )
    story += [heading(t.label("section.vehicle")), kv(identity_rows(t, line, asset), w)]
    story.append(
        kv_grid(
            [
                (t.label("vehicle.fuel_level"), ""),
                (t.label("vehicle.keys"), ""),
                (t.label("vehicle.condition_notes"), ""),
            ],
            w,
        )
    )
    story += [heading(t.label("section.documents_handed")), ticks(t, DOCUMENTS, w)]
    story += [heading(t.label("section.equipment_handed")), ticks(t, EQUIPMENT, w)]
    story.append(Spacer(1, GAP.small))
    story += words_paragraphs(t, {line.currency: line.unit_value_minor})
    if d.recipient.kind is OrgKind.MILITARY_UNIT:
        story += _drivers(t, w)
    signers: list[Signer] = handover_signers(t, d)[:2]
    text = act_closing(t, w)
    story.append(closing(ctx, t, text, signatures(t, signers, w)))
    story += _registration(t, w)
    return story


def build_vehicle_handover(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    story: list[Flowable] = []
    for line, asset in vehicles(ctx.detail, ctx.selector):
        if story:
            story.append(PageBreak())
        story += _act(ctx, t, line, asset)
    return story
