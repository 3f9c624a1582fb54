"""D1 — Лист-пропозиція (дарчий лист) / Donation letter (DOMAIN.md §7.2)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from aidtracker.documents import fmt, goods
from aidtracker.documents.blocks import (
    Signer,
    closing,
    header,
    heading,
    kv,
    parallel,
    party,
    signatures,
)
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.goods import Column
from aidtracker.documents.layout import PORTRAIT_WIDTH
from aidtracker.documents.styles import styles
from aidtracker.documents.tables import GAP
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import LineItem


def _description(t: Texts, line: LineItem) -> str:
    """Category, description, assets (VINs, serials), batch and expiry, condition and wear."""
    return (
        f"{goods.description_cell(t, line, category=True)}\n"
        f"{t.label('col.condition')}: {goods.condition(t, line)}"
    )


def donation_columns(t: Texts) -> list[Column]:
    """No. | category, description, VINs, condition | HS | qty unit | net/gross kg | values."""
    return [
        Column("col.no", 9, lambda ln: str(ln.line_no), "c"),
        Column("col.description", 0, lambda ln: _description(t, ln), wrap=True),
        Column("col.hs", 13, lambda ln: ln.hs_code, "c"),
        Column(
            "col.qty_unit",
            20,
            lambda ln: f"{fmt.qty(ln.qty_milli, ln.unit)} {t.unit(ln.unit)}",
            "r",
            wrap=True,
        ),
        Column("col.net_gross", 17, lambda ln: f"{fmt.kg(ln.net_g)}\n{fmt.kg(ln.gross_g)}", "r"),
        Column("col.unit_value", 25, goods.unit_value, "r"),
        Column("col.value", 28, goods.line_value, "r"),
    ]


def _statement(ctx: DocumentContext, t: Texts) -> list[Flowable]:
    d = ctx.detail
    w = PORTRAIT_WIDTH
    story: list[Flowable] = [
        Spacer(1, GAP.small),
        parallel(
            t,
            "donation.statement",
            w,
            donor=t.org_names(d.donor),
            recipient=t.org_names(d.recipient),
        ),
        parallel(t, "donation.purpose", w),
    ]
    if d.shipment.council_decision:
        story.append(parallel(t, "donation.basis", w, decision=d.shipment.council_decision))
    story.append(parallel(t, "donation.change_of_recipient", w))
    return story


def _consent(ctx: DocumentContext, t: Texts) -> Flowable:
    """The recipient's 'consent given' block with date and signature."""
    d = ctx.detail
    s = styles()
    w = PORTRAIT_WIDTH
    text = [
        heading(t.label("donation.consent_title")),
        parallel(t, "donation.consent", w, recipient=t.org_names(d.recipient)),
        para(
            [
                (t.label("donation.consent_date") + ": ", True),
                (fmt.ddmmyyyy(d.shipment.consent_date) or "«___» ____________ 20__", False),
            ],
            s.body,
        ),
    ]
    signer = Signer(
        t.label("sign.recipient"),
        d.recipient.signatory_position,
        d.shipment.consent_signer or d.recipient.signatory_name,
    )
    return closing(ctx, t, text, signatures(t, [signer], w), dated=False)


def build_donation(ctx: DocumentContext) -> list[Flowable]:
    """Donor and recipient, the free-of-charge statement, the goods with VINs, totals in figures
    and words, the donor's signature and the recipient's consent block."""
    t = texts_for(ctx.lang)
    d = ctx.detail
    w = PORTRAIT_WIDTH
    story = header(ctx, t, "title.donation", w)
    story += party(t, "party.donor", d.donor, w, ua=False)
    story += party(t, "party.recipient", d.recipient, w, ua=True)
    story += _statement(ctx, t)
    story.append(heading(t.label("section.goods")))
    story += goods.goods_table(t, goods.ordered(d), donation_columns(t), w)
    story.append(Spacer(1, GAP.small))
    story.append(kv(goods.totals_rows(t, d), w))
    story += goods.words_paragraphs(t, d.totals.value_by_currency)
    donor = Signer(t.label("sign.donor"), d.donor.signatory_position, d.donor.signatory_name)
    story.append(closing(ctx, t, [parallel(t, "donation.closing", w)], signatures(t, [donor], w)))
    story.append(_consent(ctx, t))
    return story
