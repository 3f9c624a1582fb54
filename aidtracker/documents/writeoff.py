"""D9 — Акт списання / Write-off act: goods that leave the books other than by distribution
(damaged, expired, lost, stolen, other), with the commission that found it (DOMAIN.md §4.14;
CMU Resolution 514 as amended). One act a page; ``--select`` prints one act number.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from aidtracker.documents import fmt, goods
from aidtracker.documents.applicability import write_offs
from aidtracker.documents.blocks import (
    Signer,
    act_closing,
    closing,
    header,
    heading,
    kv,
    parallel,
    signatures,
)
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.layout import PORTRAIT_WIDTH
from aidtracker.documents.styles import styles
from aidtracker.documents.tables import GAP, long_table, widths_mm
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import LineItem, WriteOff


def _value(line: LineItem, qty_milli: int) -> int:
    return (qty_milli * line.unit_value_minor + 500) // 1000


def _lines(ctx: DocumentContext, t: Texts, act: WriteOff, w: float) -> list[Flowable]:
    s = styles()
    by_no = {line.line_no: line for line in ctx.detail.lines}
    head = ["col.no", "col.description", "col.unit", "col.qty", "col.unit_value", "col.value"]
    rows = []
    values: dict[str, int] = {}
    for wl in act.lines:
        line = by_no.get(wl.line_no)
        if line is None:
            continue
        value = _value(line, wl.qty_milli)
        values[line.currency] = values.get(line.currency, 0) + value
        cells = [str(wl.line_no), t.description(line), t.unit(line.unit),
                 fmt.qty(wl.qty_milli, line.unit), goods.unit_value(line),
                 fmt.money(value, line.currency)]  # fmt: skip
        aligns = [s.cell_c, s.cell, s.cell_c, s.cell_r, s.cell_r, s.cell_r]
        rows.append([para(c, a) for c, a in zip(cells, aligns, strict=True)])
    header_row = [para(t.label(k), s.head) for k in head]
    story = long_table(header_row, rows, widths_mm([7, 0, 15, 15, 25, 28], w))
    story += [Spacer(1, GAP.small), kv([(t.label("total.value"), goods.value_lines(values))], w)]
    return story + goods.words_paragraphs(t, values)


def _act(ctx: DocumentContext, t: Texts, act: WriteOff) -> list[Flowable]:
    d = ctx.detail
    w = PORTRAIT_WIDTH
    story = header(ctx, t, "title.writeoff", w)
    story.append(parallel(t, "wo.preamble", w, recipient=t.org_names(d.recipient)))
    rows = [
        (t.label("wo.act_no"), act.act_no),
        (t.label("wo.date"), fmt.ddmmyyyy(act.on)),
        (t.label("wo.reason"), t.label(f"wo.reason.{act.reason.value}")),
        (t.label("ship.reference"), d.shipment.reference),
        (t.label("ship.ahars_code"), d.shipment.ahars_code),
        (t.label("wo.commission"), act.commission),
        (t.label("wo.note"), act.note),
    ]
    story += [kv([(k, v) for k, v in rows if v], w), heading(t.label("section.goods"))]
    story += _lines(ctx, t, act, w)
    members = [m.strip() for m in act.commission.split(",") if m.strip()]
    signers = [Signer(t.label("sign.chair"), name=members[0] if members else "", stamp=False),
               Signer(t.label("sign.member"), stamp=False, lines=max(len(members) - 1, 2)),
               Signer(t.label("sign.approved"), d.recipient.signatory_position,
                      d.recipient.signatory_name)]
    story.append(closing(ctx, t, act_closing(t, w), signatures(t, signers, w), on=act.on))
    return story


def build_writeoff(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    story: list[Flowable] = []
    for act in write_offs(ctx.detail, ctx.selector):
        if story:
            story.append(PageBreak())
        story += _act(ctx, t, act)
    return story
