"""D9 — Акт списання / Write-off act: goods that leave the books other than by distribution
(damaged, expired, lost, stolen, other), with the commission that found it (DOMAIN.md §4.14;
CMU Resolution 514 as amended). One act a page; ``--select`` prints one act number.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

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
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import WriteOff


def _lines(ctx: DocumentContext, t: Texts, act: WriteOff, w: float) -> list[Flowable]:
    by_no = {line.line_no: line for line in ctx.detail.lines}
    return goods.act_goods(t, by_no, ((wl.line_no, wl.qty_milli) for wl in act.lines), w)


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
