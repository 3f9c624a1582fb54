"""D3 — CMR consignment note on plain A4 in the classic box layout (DOMAIN.md §7.3).

Three copies, each labelled ("Примірник 1 — Відправник / Copy 1 — Sender", 2 consignee,
3 carrier). Boxes are rendered by label; goods are grouped by HS code and category, with the
package marks range, the number of packages and the exact gross weight.

Complete per Art. 6 of the Convention: the statement that the carriage is subject to it; full
names and addresses (country by name) of sender, consignee and carrier; place and date of taking
over (box 4) and of establishment (box 21) from the loading; UN number and class of dangerous
goods. A carrier not on record stays blank for hand-filling.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from aidtracker.documents import fmt
from aidtracker.documents.applicability import vehicles
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.goods import ordered
from aidtracker.documents.layout import PORTRAIT_WIDTH
from aidtracker.documents.styles import GRID, Styles, sized, styles
from aidtracker.documents.tables import Cell, table, widths_mm
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import LineItem, Organisation
from aidtracker.reference import category_flags

COPIES = (1, 2, 3)
W = PORTRAIT_WIDTH
#: Dangerous goods of the categories flagged ``adr`` (ADR 2025, Table A): UN number, proper
#: shipping name, class, tunnel restriction code.
ADR_ENTRIES: dict[str, tuple[str, str, str, str]] = {
    "energy.battery": ("UN 3480", "LITHIUM ION BATTERIES", "9", "(E)"),
    "equip.fire": ("UN 1044", "FIRE EXTINGUISHERS", "2.2", "(E)"),
}


@cache
def compact() -> Styles:
    """The shared styles a size smaller: the whole note fits one A4 page per copy."""
    s = styles()
    small = {name: sized(getattr(s, name), 7.5) for name in ("box", "cell_r", "cell_c", "cell_b")}
    return dataclasses.replace(
        s, title=sized(s.title, 12), title2=sized(s.title2, 9.5), copy=sized(s.copy, 9),
        box_label=sized(s.box_label, 6), **small)


def country_name(code: str, langs: tuple[str, ...]) -> str:
    """'Німеччина / Germany' for 'DE' (Babel's territory names), the code when unknown."""
    # lazy: Babel/num2words load only when amounts or currencies are worded
    from babel import Locale

    names = [Locale.parse(lang).territories.get(code.upper(), "") for lang in langs]
    return " / ".join(dict.fromkeys(n for n in names if n)) or code


def full_address(t: Texts, org: Organisation) -> str:
    """Street, settlement and the country by name (CMR Art. 6 (1) b, e)."""
    return fmt.join_nonempty([org.address, org.settlement, country_name(org.country, t.langs)])


def adr_lines(t: Texts, lines: list[LineItem]) -> list[str]:
    """One 'UN 3480 LITHIUM ION BATTERIES, class 9, (E)' line per dangerous goods entry."""
    out: list[str] = []
    for line in lines:
        entry = ADR_ENTRIES.get(line.category)
        if entry is None and "adr" in category_flags(line.category):
            entry = ("UN ____", t.category(line.category), "__", "")
        if entry is not None:
            un, name, cls, tunnel = entry
            text = t.first("cmr.adr_line", un=un, name=name, cls=cls, tunnel=tunnel).rstrip(", ")
            if text not in out:
                out.append(text)
    return out


def box(t: Texts, number: str, content: str, *, label_key: str | None = None) -> list[Flowable]:
    """One CMR box: its small number and label, then the content."""
    s = compact()
    label = t.label(label_key or f"cmr.box{number}")
    return [para(f"{number}  {label}", s.box_label), para(content, s.box)]


def _groups(lines: list[LineItem]) -> list[tuple[str, list[LineItem]]]:
    """Lines grouped by HS code and category, in order of first appearance."""
    groups: dict[tuple[str, str], list[LineItem]] = {}
    for line in lines:
        groups.setdefault((line.hs_code, line.category), []).append(line)
    return [(hs, members) for (hs, _), members in groups.items()]


def _title(ctx: DocumentContext, t: Texts, copy: int) -> list[Flowable]:
    s = compact()
    cmr_no = ctx.detail.shipment.cmr_no
    return [
        para(t.label(f"cmr.copy{copy}"), s.copy),
        para(t.label("title.cmr"), s.title2),
        para("CMR", s.title),
        para(f"№ {cmr_no}" if cmr_no else "№ ____________", s.title2),
        para(t.label("cmr.convention"), s.box_label),
    ]


def _documents(ctx: DocumentContext, t: Texts) -> str:
    """Box 5: donation letter, specification, AHARS code, MRN, vehicle papers."""
    sh = ctx.detail.shipment
    docs = [t.label("cmr.doc_donation"), t.label("cmr.doc_specification")]
    if sh.ahars_code:
        docs.append(f"{t.label('ship.ahars_code')}: {sh.ahars_code}")
    if sh.export_mrn:
        docs.append(f"MRN: {sh.export_mrn}")
    if vehicles(ctx.detail):
        docs.append(t.label("cmr.doc_vehicle_papers"))
    return "\n".join(docs)


def _lines_of(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _top(ctx: DocumentContext, t: Texts, copy: int) -> Flowable:
    """Boxes 1–5 on the left; the title, 16, 17 and 18 on the right."""
    d = ctx.detail
    sh = d.shipment
    edrpou = f"{t.first('party.edrpou')} {d.recipient.edrpou}" if d.recipient.edrpou else ""
    carrier = _lines_of(
        sh.carrier,  # unknown: left blank for hand-filling, never "own transport"
        fmt.join_nonempty([sh.truck_plate, sh.trailer_plate], " / "),
        fmt.join_nonempty([sh.driver_name, sh.driver_phone]),
    )
    taking_over = fmt.join_nonempty([full_address(t, d.donor), fmt.ddmmyyyy(ctx.issued_on)])
    rows: list[list[Cell]] = [
        [box(t, "1", _lines_of(t.org(d.donor), full_address(t, d.donor), d.donor.eori)),
         _title(ctx, t, copy)],
        [box(t, "2", _lines_of(t.org(d.recipient), full_address(t, d.recipient), edrpou)),
         box(t, "16", carrier)],
        [box(t, "3", sh.consignee_address or full_address(t, d.recipient)), box(t, "17", "")],
        [box(t, "4", taking_over), box(t, "18", "")],
        [box(t, "5", _documents(ctx, t)), ""],
    ]  # fmt: skip
    return table(
        rows, [W / 2, W / 2], extra=[("SPAN", (1, 3), (1, 4)), ("VALIGN", (1, 0), (1, 0), "MIDDLE")]
    )


def _group_row(t: Texts, hs: str, members: list[LineItem]) -> list[Flowable | str]:
    """Boxes 7–12 for one HS code group: packages, packing, nature, HS, whole kg."""
    s = compact()
    packages = sum(m.packages for m in members)
    packing = t.label("cmr.packages_generic")
    if any("vehicle" in category_flags(m.category) for m in members):
        count = fmt.whole(sum(m.qty_milli for m in members) // 1000)
        packing = f"{t.label('cmr.self_propelled')}: {count} {t.unit('pcs')}"
    return [
        "",
        para(fmt.whole(packages) if packages else "—", s.cell_r),
        para(packing, s.box),
        para(t.category(members[0].category), s.box),
        para(hs, s.cell_c),
        para(fmt.kg(sum(m.gross_g for m in members)), s.cell_r),
        "",
    ]


def _goods(ctx: DocumentContext, t: Texts) -> Flowable:
    """Boxes 6–12: marks range, then one row per HS group, then the totals."""
    d = ctx.detail
    s = compact()
    lines = ordered(d)
    total_pk = d.totals.packages
    nature_head = "\n".join([t.label("cmr.humanitarian"), *adr_lines(t, lines)])
    marks = f"{d.shipment.reference} 1/{total_pk}–{total_pk}/{total_pk}" if total_pk else ""
    rows: list[list[Cell]] = [
        [box(t, n, "") for n in ("6", "7", "8", "9", "10", "11", "12")],
        [para(marks, s.box), "", "", para(nature_head, s.cell_b), "", "", ""],
    ]
    rows += [_group_row(t, hs, members) for hs, members in _groups(lines)]
    rows.append(
        [para(t.label("summary.all"), s.cell_b), para(fmt.whole(total_pk), s.cell_r), "", "", "",
         para(fmt.kg(d.totals.gross_g), s.cell_r), ""]
    )  # fmt: skip
    n = len(rows)
    return table(
        rows,
        widths_mm([30, 13, 22, 52, 16, 18, 14], W),
        grid=False,
        extra=[
            ("BOX", (0, 0), (-1, -1), 0.5, GRID),
            ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
            ("LINEABOVE", (0, n - 1), (-1, n - 1), 0.8, GRID),
        ],
    )


def _bottom(ctx: DocumentContext, t: Texts) -> Flowable:
    sh = ctx.detail.shipment
    instructions = [t.label("cmr.not_for_sale")]
    if sh.export_mrn:
        instructions.insert(0, t.label("cmr.export_under", mrn=sh.export_mrn))
    place = fmt.join_nonempty([ctx.detail.donor.settlement,
                               country_name(ctx.detail.donor.country, t.langs)])
    established = t.label(
        "cmr.established", place=place or "______", date=fmt.ddmmyyyy(ctx.issued_on)
    )
    rows = [
        [box(t, "13", "\n".join(instructions)), box(t, "19", t.label("cmr.no_commercial_value"))],
        [box(t, "14", t.label("cmr.free_of_charge")), box(t, "20", "")],
        [box(t, "21", established), box(t, "15", "")],
    ]
    return table(rows, [W / 2, W / 2])


def _signatures(t: Texts) -> Flowable:
    s = compact()
    cells = [box(t, n, "") for n in ("22", "23")]
    cells.append([*box(t, "24", ""), para(t.label("cmr.received_on"), s.box)])
    return table([cells], [W / 3] * 3, extra=[("BOTTOMPADDING", (0, 0), (-1, -1), 16 * mm)])


def build_cmr(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    story: list[Flowable] = []
    for copy in COPIES:
        if story:
            story.append(PageBreak())
        story += [_top(ctx, t, copy), _goods(ctx, t), _bottom(ctx, t), _signatures(t)]
    return story
