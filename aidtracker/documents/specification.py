"""D2 — Специфікація вантажу (пакувальний лист) / Goods specification and packing list.

Landscape; the lines in AHARS order with codes, quantities, places, marks, weights, values,
wear, expiry and flags; totals per category and overall; the shipper's signature.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from aidtracker.documents import fmt, goods
from aidtracker.documents.blocks import Signer, closing, header, heading, kv, parallel, signatures
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.goods import Column
from aidtracker.documents.layout import LANDSCAPE_WIDTH
from aidtracker.documents.tables import GAP, table
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import LineItem


def _codes(line: LineItem) -> str:
    return "\n".join(c for c in (line.hs_code, line.national_code) if c)


def _description(t: Texts, line: LineItem) -> str:
    """Category, description, assets, batch and expiry, and the flags (ADR, licence…)."""
    text = goods.description_cell(t, line, category=True)
    flags = goods.flags(t, line)
    return f"{text}\n{t.label('line.flags')}: {flags}" if flags else text


def spec_columns(t: Texts, lines: Sequence[LineItem]) -> list[Column]:
    """The D2 columns (also used by the benchmark); marks, wear and expiry only when a line has
    them, so the description keeps its width on plain lists."""
    optional = {
        "col.marks": any(ln.marks for ln in lines),
        "col.wear": any(ln.wear_pct is not None for ln in lines),
        "col.expiry": any(ln.expiry_date for ln in lines),
    }
    columns = [
        Column("col.no", 10, lambda ln: str(ln.line_no), "c"),
        Column("col.description", 0, lambda ln: _description(t, ln), wrap=True),
        Column("col.codes", 17, _codes, "c"),
        Column("col.unit", 15, lambda ln: t.unit(ln.unit), "c"),
        Column("col.qty", 15, lambda ln: fmt.qty(ln.qty_milli, ln.unit), "r"),
        Column("col.places", 11, lambda ln: fmt.whole(ln.packages), "r"),
        Column("col.marks", 22, lambda ln: ln.marks, wrap=True),
        Column("col.net", 17, lambda ln: fmt.kg(ln.net_g), "r"),
        Column("col.gross", 17, lambda ln: fmt.kg(ln.gross_g), "r"),
        Column("col.value", 22, lambda ln: fmt.amount(ln.total_value_minor, ln.currency), "r"),
        Column("col.currency", 10, lambda ln: ln.currency, "c"),
        Column(
            "col.wear", 10, lambda ln: f"{ln.wear_pct} %" if ln.wear_pct is not None else "", "r"
        ),
        Column("col.expiry", 17, lambda ln: fmt.ddmmyyyy(ln.expiry_date), "c"),
    ]
    return [c for c in columns if optional.get(c.key, True)]


def _transport_rows(ctx: DocumentContext, t: Texts) -> list[tuple[str, str]]:
    d = ctx.detail
    sh = d.shipment
    plates = fmt.join_nonempty([sh.truck_plate, sh.trailer_plate], " / ")
    return [
        (t.label("ship.reference"), sh.reference),
        (t.label("ship.ahars_code"), sh.ahars_code),
        (t.label("party.donor"), t.org(d.donor)),
        (
            t.label("party.recipient"),
            f"{t.org(d.recipient)}, {t.first('party.edrpou')} {d.recipient.edrpou}",
        ),
        (
            t.label("ship.unloading"),
            sh.consignee_address
            or fmt.join_nonempty([d.recipient.address, d.recipient.settlement]),
        ),
        (t.label("ship.plates"), plates),
        (t.label("ship.driver"), fmt.join_nonempty([sh.driver_name, sh.driver_phone])),
        (t.label("ship.loading_date"), fmt.ddmmyyyy(sh.loaded_on or sh.planned_loading)),
    ]


def build_specification(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    d = ctx.detail
    w = LANDSCAPE_WIDTH
    story = header(ctx, t, "title.specification", w)
    rows = _transport_rows(ctx, t)
    half = (len(rows) + 1) // 2
    story.append(
        table(
            [[kv(rows[:half], w / 2 - 4), kv(rows[half:], w / 2 - 4)]],
            [w / 2, w / 2],
            grid=False,
            pad=0,
        )
    )
    story.append(heading(t.label("section.goods")))
    lines = goods.ordered(d)
    story += goods.goods_table(t, lines, spec_columns(t, lines), w)
    story.append(heading(t.label("section.category_totals")))
    story.append(goods.category_summary(t, d.lines, w * 0.75))
    story.append(Spacer(1, GAP.small))
    shipper = Signer(t.label("sign.shipper"), d.donor.signatory_position, d.donor.signatory_name)
    story.append(
        closing(
            ctx,
            t,
            [parallel(t, "specification.closing", w * 0.75)],
            signatures(t, [shipper], w * 0.75),
        )
    )
    return story
