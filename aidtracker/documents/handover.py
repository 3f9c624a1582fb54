"""D6 — Акт приймання-передачі гуманітарної допомоги / Act of acceptance and transfer.

Parties with signers, the basis (AHARS code, customs clearance, CMR), the goods with values,
"received in full" or the discrepancy table from the received quantities, totals in figures and
words, attachments, the Ukrainian-prevails clause and the signatures with the stamp areas.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer

from aidtracker.documents import fmt, goods, uah
from aidtracker.documents.blocks import (
    Signer,
    act_closing,
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
from aidtracker.documents.tables import GAP, table, widths_mm
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import LineItem, ShipmentDetail


def act_columns(t: Texts, detail: ShipmentDetail) -> list[Column]:
    """No., description, unit, quantity, unit value, value (line currency), value in UAH."""
    return [
        Column("col.no", 8, lambda ln: str(ln.line_no), "c"),
        Column("col.description", 0, lambda ln: goods.description_cell(t, ln), wrap=True),
        Column("col.unit", 13, lambda ln: t.unit(ln.unit), "c"),
        Column("col.qty", 13, lambda ln: fmt.qty(ln.qty_milli, ln.unit), "r"),
        Column("col.unit_value", 24, goods.unit_value, "r"),
        Column("col.value", 26, goods.line_value, "r"),
        Column("col.value_uah", 28, lambda ln: uah.line_uah(detail, ln), "r"),
    ]


def basis_rows(ctx: DocumentContext, t: Texts) -> list[tuple[str, str]]:
    sh = ctx.detail.shipment
    clearance = fmt.join_nonempty([sh.clearance_ref, fmt.ddmmyyyy(sh.cleared_on)])
    return [
        (t.label("ship.reference"), sh.reference),
        (t.label("ship.ahars_code"), sh.ahars_code),
        (
            t.label("ship.declaration"),
            fmt.join_nonempty([sh.declaration_no, fmt.ddmmyyyy(sh.declaration_created_on)]),
        ),
        (t.label("ship.clearance"), clearance),
        (t.label("ship.cmr"), sh.cmr_no),
        (t.label("ship.delivered_on"), fmt.ddmmyyyy(sh.delivered_on)),
    ]


def discrepancy(line: LineItem) -> tuple[int, int, int, int, int] | None:
    """(declared, good, damaged, missing, surplus) for a line received short, damaged or over."""
    if line.received_good_milli is None:
        return None
    good, damaged, missing = (
        line.received_good_milli,
        line.received_damaged_milli,
        line.received_missing_milli,
    )
    surplus = max(0, good + damaged + missing - line.qty_milli)
    if not (damaged or missing or surplus or good != line.qty_milli):
        return None
    return line.qty_milli, good, damaged, missing, surplus


def _expired(line: LineItem, on: date) -> bool:
    return line.expiry_date is not None and line.expiry_date < on


def receipt_section(ctx: DocumentContext, t: Texts, width: float) -> list[Flowable]:
    """'Received in full', the discrepancy table, or tick boxes when nothing was recorded yet."""
    d: ShipmentDetail = ctx.detail
    s = styles()
    on = d.shipment.delivered_on or ctx.issued_on
    recorded = [ln for ln in d.lines if ln.received_good_milli is not None]
    problems = [(ln, discrepancy(ln)) for ln in goods.ordered(d)]
    problems = [(ln, x) for ln, x in problems if x is not None or _expired(ln, on)]
    if not recorded:
        return [para(t.label("handover.not_recorded"), s.body)]
    if not problems:
        return [para(t.label("handover.in_full"), s.body)]
    head = ["col.no", "col.description", "col.qty", "receipt.good", "receipt.damaged",
            "receipt.missing", "receipt.surplus", "receipt.note"]  # fmt: skip
    rows = [[para(t.label(k), s.head) for k in head]]
    for line, x in problems:
        declared, good, damaged, missing, surplus = x or (line.qty_milli,) * 2 + (0, 0, 0)
        note = (
            t.label("receipt.expired", date=fmt.ddmmyyyy(line.expiry_date))
            if _expired(line, on)
            else ""
        )
        nums = [fmt.qty(v, line.unit) for v in (declared, good, damaged, missing, surplus)]
        rows.append(
            [para(str(line.line_no), s.cell_c), para(t.description(line), s.cell)]
            + [para(n, s.cell_r) for n in nums]
            + [para(note, s.cell)]
        )
    return [
        para(t.label("handover.with_discrepancies"), s.body),
        Spacer(1, GAP.small),
        table(rows, widths_mm([7, 0, 15, 17, 17, 17, 17, 24], width), header=True),
    ]


def _attachments(ctx: DocumentContext, t: Texts) -> list[Flowable]:
    items = [
        f"{i}. {t.label('attachment.' + a.kind) if a.kind in ATTACHMENT_KINDS else a.kind}"
        f" — {a.original_name}"
        for i, a in enumerate(ctx.detail.attachments, start=1)
    ]
    if not items:
        return []
    return [heading(t.label("section.attachments")), para("\n".join(items), styles().body)]


ATTACHMENT_KINDS = frozenset(
    {
        "donation_letter",
        "signed_act",
        "photo",
        "cmr",
        "export_declaration",
        "ahars",
        "registration",
        "licence",
        "certificate",
        "invoice",
        "power_of_attorney",
    }
)


def handover_signers(t: Texts, d: ShipmentDetail) -> list[Signer]:
    donor_name = d.donor.signatory_name or d.shipment.driver_name
    return [
        Signer(t.label("sign.handed_over"), d.donor.signatory_position, donor_name),
        Signer(
            t.label("sign.accepted"), d.recipient.signatory_position, d.recipient.signatory_name
        ),
        Signer(t.label("sign.chair"), stamp=False),
        Signer(t.label("sign.member"), stamp=False, lines=2),
    ]


def build_handover(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    d = ctx.detail
    w = PORTRAIT_WIDTH
    story = header(ctx, t, "title.handover", w)
    story.append(
        parallel(
            t,
            "handover.preamble",
            w,
            donor=t.org_names(d.donor),
            recipient=t.org_names(d.recipient),
        )
    )
    story += party(t, "party.donor", d.donor, w, ua=False)
    story += party(t, "party.recipient", d.recipient, w, ua=True)
    story += [heading(t.label("section.basis")), kv(basis_rows(ctx, t), w)]
    story.append(heading(t.label("section.goods")))
    story += goods.goods_table(t, goods.ordered(d), act_columns(t, d), w)
    story += [Spacer(1, GAP.small), kv(goods.totals_rows(t, d) + uah.rate_rows(t, d), w)]
    story += goods.words_paragraphs(t, d.totals.value_by_currency)
    if d.valuation is not None and d.valuation.total_uah is not None:
        story += goods.words_paragraphs(t, {uah.UAH: d.valuation.total_uah})
    story.append(heading(t.label("section.receipt")))
    story += receipt_section(ctx, t, w)
    story += _attachments(ctx, t)
    text = act_closing(t, w)
    story.append(closing(ctx, t, text, signatures(t, handover_signers(t, d), w)))
    return story
