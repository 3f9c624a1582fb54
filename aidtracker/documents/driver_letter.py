"""D11 — Супровідний лист водію + табличка / Driver cover letter and windscreen sign.

The letter (portrait) names sender, recipient, vehicle, dispatch date, cargo and its size, the
AHARS code and the phone numbers on both sides; the sign (landscape, very large type) says
"ГУМАНІТАРНА ДОПОМОГА / HUMANITARIAN AID" with the shipment number and a QR code.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from aidtracker.documents import fmt
from aidtracker.documents.blocks import Signer, closing, header, heading, kv, parallel, signatures
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.fonts import BOLD
from aidtracker.documents.layout import FRAME_HEIGHT, LANDSCAPE, LANDSCAPE_WIDTH, PORTRAIT_WIDTH
from aidtracker.documents.qr import fit_size, qr_code
from aidtracker.documents.styles import sized, styles
from aidtracker.documents.tables import table
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, dedupe, texts_for
from aidtracker.domain import ShipmentDetail


def cargo_summary(t: Texts, detail: ShipmentDetail) -> str:
    """Categories carried, in line order: 'Ковдри / Blankets; Ліхтарі / Torches'."""
    return "; ".join(dedupe(t.category(line.category) for line in detail.lines))


def _letter_rows(ctx: DocumentContext, t: Texts) -> list[tuple[str, str]]:
    d = ctx.detail
    sh = d.shipment
    totals = d.totals
    size = t.label("letter.size", packages=fmt.whole(totals.packages), gross=fmt.kg(totals.gross_g))
    return [
        (t.label("party.donor"), fmt.join_nonempty([t.org(d.donor), d.donor.phone])),
        (t.label("party.recipient"), fmt.join_nonempty([t.org(d.recipient), d.recipient.phone])),
        (
            t.label("ship.unloading"),
            sh.consignee_address
            or fmt.join_nonempty([d.recipient.address, d.recipient.settlement]),
        ),
        (t.label("ship.plates"), fmt.join_nonempty([sh.truck_plate, sh.trailer_plate], " / ")),
        (t.label("ship.driver"), fmt.join_nonempty([sh.driver_name, sh.driver_phone])),
        (t.label("ship.dispatch_date"), fmt.ddmmyyyy(sh.loaded_on or sh.planned_loading)),
        (t.label("ship.crossing"), sh.crossing),
        (t.label("letter.cargo"), cargo_summary(t, d)),
        (t.label("letter.size_label"), size),
        (t.label("ship.reference"), sh.reference),
        (t.label("ship.ahars_code"), sh.ahars_code),
    ]


def _letter(ctx: DocumentContext, t: Texts) -> list[Flowable]:
    d = ctx.detail
    w = PORTRAIT_WIDTH
    story = header(ctx, t, "title.driver_letter", w)
    story.append(parallel(t, "letter.salutation", w))
    story.append(
        parallel(
            t, "letter.body", w, donor=t.org_names(d.donor), recipient=t.org_names(d.recipient)
        )
    )
    story += [heading(t.label("section.shipment")), kv(_letter_rows(ctx, t), w)]
    donor = Signer(t.label("sign.donor"), d.donor.signatory_position, d.donor.signatory_name)
    story.append(closing(ctx, t, [parallel(t, "letter.closing", w)], signatures(t, [donor], w)))
    return story


def _sign(ctx: DocumentContext, t: Texts) -> list[Flowable]:
    s = styles()
    w = LANDSCAPE_WIDTH
    sh = ctx.detail.shipment
    words = dedupe([*t.each("sign.humanitarian"), t.first("sign.humanitarian_en")])
    story: list[Flowable] = []
    for i, text in enumerate(words):
        size = fit_size(text, BOLD, w, 64 if i == 0 else 54)
        story.append(para(text, sized(s.title, size)))
    story.append(Spacer(1, 6 * mm))
    qr_size = 55 * mm
    ref_style = sized(s.title, fit_size(sh.reference, BOLD, w - qr_size - 10 * mm, 44))
    info = [para(sh.reference, ref_style), para(t.org(ctx.detail.recipient), sized(s.title2, 18))]
    story.append(
        table(
            [[info, qr_code(f"{sh.reference} {sh.ahars_code}".strip(), qr_size)]],
            [w - qr_size - 6 * mm, qr_size + 6 * mm],
            grid=False,
            pad=0,
            extra=[("VALIGN", (0, 0), (0, 0), "MIDDLE")],
        )
    )
    return [Spacer(1, FRAME_HEIGHT[LANDSCAPE] * 0.08), *story]


def build_driver_letter(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    return [*_letter(ctx, t), NextPageTemplate(LANDSCAPE), PageBreak(), *_sign(ctx, t)]
