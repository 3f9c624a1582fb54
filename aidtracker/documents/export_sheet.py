"""D4 — Дані для експортної декларації / Export data sheet for the broker or EU customs.

Not a customs form: the data an EU export declaration needs, per CN line, with blanks for the
MRN and the exit date when they are not known yet.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from aidtracker.documents import fmt, goods
from aidtracker.documents.blocks import Signer, closing, header, heading, kv, parallel, signatures
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.goods import Column
from aidtracker.documents.layout import PORTRAIT_WIDTH
from aidtracker.documents.styles import styles
from aidtracker.documents.tables import GAP
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import LineItem, TransportMode
from aidtracker.reference import crossings

#: Mode of transport at the border, EU customs code list (3 road, 2 rail).
BORDER_MODE = {
    TransportMode.ROAD_TRUCK: "3",
    TransportMode.ROAD_VAN: "3",
    TransportMode.SELF_PROPELLED: "3",
    TransportMode.RAIL: "2",
}


def _cn(line: LineItem) -> str:
    """The CN code when recorded (the line's national code), otherwise the HS code."""
    return line.national_code or line.hs_code


def _description_en_first(line: LineItem) -> str:
    return " / ".join(x for x in (line.description_en, line.description) if x)


def export_columns(t: Texts) -> list[Column]:
    return [
        Column("col.no", 9, lambda ln: str(ln.line_no), "c"),
        Column("col.cn", 17, _cn, "c"),
        Column("col.description", 0, _description_en_first, wrap=True),
        Column("col.places", 13, lambda ln: fmt.whole(ln.packages), "r"),
        Column("col.gross_net", 17, lambda ln: f"{fmt.kg(ln.gross_g)}\n{fmt.kg(ln.net_g)}", "r"),
        Column(
            "col.supplementary",
            21,
            lambda ln: f"{fmt.qty(ln.qty_milli, ln.unit)} {t.unit(ln.unit)}",
            "r",
            wrap=True,
        ),
        Column("col.origin", 16, lambda ln: "", "c"),
        Column("col.stat_value", 26, goods.line_value, "r"),
    ]


def _header_rows(ctx: DocumentContext, t: Texts) -> list[tuple[str, str]]:
    d = ctx.detail
    sh = d.shipment
    crossing = crossings().get(sh.crossing)
    return [
        (t.label("export.exporter"), t.org(d.donor)),
        (t.label("party.eori"), d.donor.eori),
        (t.label("export.declarant"), ""),
        (t.label("export.consignee"), f"{t.org(d.recipient)}, {d.recipient.edrpou}".rstrip(", ")),
        (t.label("export.destination"), t.label("export.ukraine")),
        (t.label("export.office_export"), ""),
        (t.label("export.office_exit"), crossing.eu_side if crossing else sh.crossing),
        (t.label("export.mode"), BORDER_MODE.get(sh.transport_mode, "")),
        (t.label("ship.plates"), fmt.join_nonempty([sh.truck_plate, sh.trailer_plate], " / ")),
        (t.label("export.procedure"), "2300" if sh.kind == "loan" else "1000"),
        (t.label("export.mrn"), sh.export_mrn),
        (t.label("export.exit_date"), ""),
        (t.label("export.licences"), ""),
    ]


def build_export_sheet(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    d = ctx.detail
    w = PORTRAIT_WIDTH
    story = header(ctx, t, "title.export_sheet", w)
    story.append(para(t.label("export.not_a_form"), styles().muted))
    story.append(Spacer(1, GAP.small))
    story.append(kv(_header_rows(ctx, t), w))
    story.append(heading(t.label("section.goods")))
    story += goods.goods_table(t, goods.ordered(d), export_columns(t), w)
    story.append(Spacer(1, GAP.small))
    story.append(kv(goods.totals_rows(t, d), w))
    signer = Signer(
        t.label("sign.exporter"), d.donor.signatory_position, d.donor.signatory_name, stamp=False
    )
    story.append(closing(ctx, t, [parallel(t, "export.closing", w)], signatures(t, [signer], w)))
    return story
