"""D8 — Акт / відомість видачі / Distribution act or issue statement (recipient → acquirers).

Each act to an institution gets its own portrait page with the lines, values and signatures;
issue statements to persons are one landscape table with a signature column (about 20 rows a
page). Both cite the source shipment and its AHARS code.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from aidtracker.documents import fmt, goods
from aidtracker.documents.applicability import distributions
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
from aidtracker.documents.layout import LANDSCAPE, LANDSCAPE_WIDTH, PORTRAIT, PORTRAIT_WIDTH
from aidtracker.documents.styles import styles
from aidtracker.documents.tables import GAP, Cell, long_table, widths_mm
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import Distribution, DistributionKind, LineItem


def _line_map(ctx: DocumentContext) -> dict[int, LineItem]:
    return {line.line_no: line for line in ctx.detail.lines}


def first_orientation(ctx: DocumentContext) -> str:
    acts = [d for d in distributions(ctx.detail, ctx.selector) if d.kind is DistributionKind.ACT]
    return PORTRAIT if acts else LANDSCAPE


def _source_rows(ctx: DocumentContext, t: Texts, dist: Distribution) -> list[tuple[str, str]]:
    sh = ctx.detail.shipment
    return [
        (t.label("dist.act_no"), dist.act_no),
        (t.label("dist.date"), fmt.ddmmyyyy(dist.on)),
        (t.label("dist.from"), t.org(ctx.detail.recipient)),
        (t.label("dist.to"), dist.to_whom),
        (t.label("dist.settlement"), dist.settlement),
        (t.label("ship.reference"), sh.reference),
        (t.label("ship.ahars_code"), sh.ahars_code),
    ]


def _act_lines(ctx: DocumentContext, t: Texts, dist: Distribution, w: float) -> list[Flowable]:
    shares = ((dl.line_no, dl.qty_milli) for dl in dist.lines)
    return goods.act_goods(t, _line_map(ctx), shares, w)


def _act(ctx: DocumentContext, t: Texts, dist: Distribution) -> list[Flowable]:
    d = ctx.detail
    w = PORTRAIT_WIDTH
    story = header(ctx, t, "title.distribution_act", w)
    story.append(
        parallel(
            t, "dist.preamble", w, recipient=t.org_names(d.recipient), acquirer=dist.to_whom
        )
    )
    story += [kv(_source_rows(ctx, t, dist), w), heading(t.label("section.goods"))]
    story += _act_lines(ctx, t, dist, w)
    signers = [
        Signer(
            t.label("sign.handed_over"),
            d.recipient.signatory_position,
            d.recipient.signatory_name,  # the party's signatory, never the user id
        ),
        Signer(t.label("sign.received"), dist.to_whom),  # the institution; its head signs
    ]
    text = act_closing(t, w)
    story.append(closing(ctx, t, text, signatures(t, signers, w), on=dist.on))
    return story


def _statement_rows(ctx: DocumentContext, t: Texts, items: list[Distribution]) -> list[list[Cell]]:
    """One row per person and item, with an empty signature cell tall enough to sign."""
    s = styles()
    lines = _line_map(ctx)
    rows = []
    for n, dist in enumerate(items, start=1):
        for dl in dist.lines:
            line = lines.get(dl.line_no)
            item = t.description(line) if line else str(dl.line_no)
            qty = f"{fmt.qty(dl.qty_milli, line.unit)} {t.unit(line.unit)}" if line else ""
            cells = [str(n), dist.to_whom, dist.settlement, item, qty,
                     fmt.ddmmyyyy(dist.on), dist.act_no]  # fmt: skip
            rows.append([*(para(c, s.cell) for c in cells), Spacer(1, 6 * mm)])
    return rows


def _statement(ctx: DocumentContext, t: Texts, items: list[Distribution]) -> list[Flowable]:
    """Issue statement to persons (landscape), about 20 rows a page with a signature column."""
    s = styles()
    d = ctx.detail
    w = LANDSCAPE_WIDTH
    story = header(ctx, t, "title.issue_statement", w)
    source = [
        (t.label("ship.reference"), d.shipment.reference),
        (t.label("ship.ahars_code"), d.shipment.ahars_code),
        (t.label("dist.from"), t.org(d.recipient)),
    ]
    story += [kv(source, w * 0.6), Spacer(1, GAP.small)]
    head = ["col.no", "dist.person", "dist.settlement", "col.description", "col.qty",
            "dist.date", "dist.act_no", "dist.signature"]  # fmt: skip
    header_row = [para(t.label(k), s.head) for k in head]
    rows = _statement_rows(ctx, t, items)
    story += long_table(header_row, rows, widths_mm([7, 45, 30, 0, 22, 18, 29, 35], w))
    responsible = Signer(
        t.label("sign.responsible"), d.recipient.signatory_position, d.recipient.signatory_name
    )
    closing_text = [parallel(t, "dist.statement_closing", w)]
    story.append(closing(ctx, t, closing_text, signatures(t, [responsible], w)))
    return story


def build_distribution(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    chosen = distributions(ctx.detail, ctx.selector)
    acts = [d for d in chosen if d.kind is DistributionKind.ACT]
    persons = [d for d in chosen if d.kind is DistributionKind.ISSUE_STATEMENT]
    story: list[Flowable] = []
    for dist in acts:
        if story:
            story.append(PageBreak())
        story += _act(ctx, t, dist)
    if persons:
        if story:
            story += [NextPageTemplate(LANDSCAPE), PageBreak()]
        story += _statement(ctx, t, persons)
    return story
