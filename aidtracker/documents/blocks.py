"""Building blocks every document shares: header, label/value lists, parties, parallel text,
signature blocks with the stamp area, and the footer text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from aidtracker.documents.context import DocumentContext
from aidtracker.documents.fmt import ddmmyyyy, join_nonempty, signature_name
from aidtracker.documents.fonts import FONT
from aidtracker.documents.layout import FooterInfo
from aidtracker.documents.load_view import LOAD_KINDS, load_number
from aidtracker.documents.styles import GRID, MUTED, sized, styles
from aidtracker.documents.tables import GAP, table
from aidtracker.documents.text import line_text, para
from aidtracker.documents.texts import Texts, dedupe
from aidtracker.domain import Organisation


def _office_block(ctx: DocumentContext, t: Texts, width: float) -> Flowable:
    """Issuing office (Ukrainian and English name, address) and, on a reprint, the copy mark."""
    s = styles()
    office = ctx.issuer
    uk = office.name_uk if "uk" in ctx.langs else ""
    en = office.name_en if ctx.langs != ("uk",) else ""
    if ctx.langs[-1] in ("pl", "de") and office.name_native:
        en = office.name_native  # the partner's own name on its language's papers
    left: list[Flowable] = [para(name, s.cell_b) for name in dedupe([uk, en])]
    if office.address:
        left.append(para(office.address, s.muted))
    right: list[Flowable] = []
    if ctx.copy_of:
        right.append(para(t.label("doc.copy_of", number=ctx.copy_of), s.copy))
    return table([[left, right]], [width * 0.62, width * 0.38], grid=False, pad=0)


def labelled(label: str, value: str, style: ParagraphStyle | None = None) -> Flowable:
    """'Label: value' with the label in bold."""
    return para([(label + ": ", True), (value, False)], style or styles().body)


def header(ctx: DocumentContext, t: Texts, title_key: str, width: float) -> list[Flowable]:
    """Issuing office (uk + en), bilingual title, number, date and place; the copy mark."""
    s = styles()
    titles = [
        para(text, s.title if i == 0 else s.title2)
        for i, text in enumerate(dedupe(t.each(title_key)))
    ]
    meta_style = sized(s.body, 9.5)
    number: list[Flowable] = [labelled(t.label("doc.number"), ctx.doc_number or "—", meta_style)]
    if ctx.supersedes:
        number.append(para(t.label("doc.replaces", number=ctx.supersedes), s.small))
    date_key = "doc.as_of" if ctx.kind in ("report", "checklist") else "doc.date"
    meta = [
        number,
        labelled(t.label(date_key), ddmmyyyy(ctx.issued_on), meta_style),
        labelled(t.label("doc.place"), ctx.issuer.place or "—", meta_style),
    ]
    seq = load_number(ctx.selector) if ctx.kind in LOAD_KINDS else None
    if seq is not None:  # one vehicle trip of several: "load 2 of 3"
        titles.append(para(t.label("doc.load_part", n=seq, m=len(ctx.detail.loads)), s.title2))
    return [
        _office_block(ctx, t, width),
        HRFlowable(width="100%", thickness=0.6, color=GRID, spaceBefore=3, spaceAfter=6),
        *titles,
        Spacer(1, GAP.small),
        table(
            [meta],
            [width * 0.37, width * 0.31, width * 0.32],
            grid=False,
            pad=0,
            extra=[("RIGHTPADDING", (0, 0), (-2, -1), 3 * mm)],
        ),
        Spacer(1, GAP.medium),
    ]


def heading(text: str) -> Flowable:
    return para(text, styles().heading)


def kv(rows: Sequence[tuple[str, str]], width: float, label_share: float = 0.4) -> Flowable:
    """Label/value rows; an empty value prints as a line to fill in by hand."""
    return kv_grid(rows, width, columns=1, label_share=label_share)


def kv_grid(
    rows: Sequence[tuple[str, str]], width: float, *, columns: int = 2, label_share: float = 0.45
) -> Flowable:
    """Label/value pairs in ``columns`` side-by-side columns (row by row)."""
    s = styles()
    cells: list[list[Flowable | str]] = []
    blanks = []
    for i, (label, value) in enumerate(rows):
        r, c = divmod(i, columns)
        if c == 0:
            cells.append([])
        cells[r] += [para(label, s.label), para(value, s.box)]
        if not value:
            blanks.append(("LINEBELOW", (2 * c + 1, r), (2 * c + 1, r), 0.4, GRID))
    for row in cells:
        row += [""] * (2 * columns - len(row))
    col = width / columns
    return table(
        cells,
        [col * label_share, col * (1 - label_share)] * columns,
        grid=False,
        extra=[("TOPPADDING", (0, 0), (-1, -1), 1.2), *blanks],
        pad=1.6,
    )


def address(org: Organisation) -> str:
    return join_nonempty([org.address, org.settlement, org.country])


def party_rows(t: Texts, org: Organisation, *, ua: bool) -> list[tuple[str, str]]:
    """Name, address and identifiers of an organisation (EDRPOU for Ukrainian entities)."""
    rows = [(t.label("party.name"), t.org(org)), (t.label("party.address"), address(org))]
    if ua or org.edrpou:
        rows.append((t.label("party.edrpou"), org.edrpou))
    if org.eori:
        rows.append((t.label("party.eori"), org.eori))
    if org.national_reg_no:
        rows.append((t.label("party.reg_no"), org.national_reg_no))
    if ua and org.ahars_recipient_no:
        rows.append((t.label("party.ahars_no"), org.ahars_recipient_no))
    contact = join_nonempty([org.phone, org.email])
    if contact:
        rows.append((t.label("party.contact"), contact))
    return rows


def party(t: Texts, role_key: str, org: Organisation, width: float, *, ua: bool) -> list[Flowable]:
    return [heading(t.label(role_key)), kv(party_rows(t, org, ua=ua), width)]


def parallel(t: Texts, key: str, width: float, **values: object) -> Flowable:
    """A sentence in every language of the variant, side by side (or one paragraph)."""
    s = styles()
    texts = t.each(key, **values)
    if len(texts) == 1:
        return para(texts[0], s.act)
    share = width / len(texts)
    cells = [para(text, s.act) for text in texts]
    return table(
        [cells],
        [share] * len(texts),
        grid=False,
        pad=0,
        extra=[("RIGHTPADDING", (0, 0), (-2, -1), 4 * mm)],
    )


def act_closing(t: Texts, width: float) -> list[Flowable]:
    """'Drawn up in two copies…' and, when bilingual, 'the Ukrainian text prevails'."""
    text = [parallel(t, "act.copies", width)]
    if "uk" in t.langs and len(t.langs) > 1:
        text.append(parallel(t, "act.prevails", width))
    return text


@dataclass(frozen=True, slots=True)
class Signer:
    """One signature: the role heading, the person's position and full name, stamp or not.

    ``lines`` > 1 prints several signature lines under one role (commission members).
    """

    role: str
    position: str = ""
    name: str = ""
    stamp: bool = True
    lines: int = 1


class _StampArea(Flowable):
    """The ≈ 40 mm area for a seal, marked 'М.П. / L.S.'."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self._label = label

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return min(40 * mm, availWidth), 12 * mm

    def draw(self) -> None:
        self.canv.setFont(FONT, 7)
        self.canv.setFillColor(MUTED)
        self.canv.drawString(0, 6 * mm, line_text(self._label))


def _signature_line(t: Texts, name: str, width: float) -> Flowable:
    """'______________ Initials SURNAME' with '(signature)' under the line."""
    s = styles()
    return table(
        [["", para(signature_name(name) or " ", s.body)],
         [para(t.label("sign.signature"), s.muted), ""]],
        [width * 0.5, width * 0.5],
        grid=False,
        pad=1,
        extra=[("LINEBELOW", (0, 0), (0, 0), 0.6, GRID), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
               ("LEFTPADDING", (1, 0), (1, 0), 3 * mm)],
    )  # fmt: skip


def _signer_cell(t: Texts, signer: Signer, width: float) -> list[Flowable]:
    s = styles()
    cell: list[Flowable] = [para(signer.role, s.cell_b)]
    if signer.position:
        cell.append(para(signer.position, s.small))
    for _ in range(signer.lines):
        cell += [Spacer(1, 5 * mm), _signature_line(t, signer.name, width)]
    if signer.stamp:
        cell.append(_StampArea(t.label("sign.stamp")))
    return cell


def signatures(t: Texts, signers: Sequence[Signer], width: float) -> Flowable:
    """Signature blocks, two per row: 'Position ____ Initials SURNAME' and the stamp area."""
    col = width / 2
    cells = [_signer_cell(t, signer, col - 6 * mm) for signer in signers]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    return table(
        rows, [col, col], grid=False, pad=0, extra=[("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm)]
    )


def closing(
    ctx: DocumentContext,
    t: Texts,
    preceding: Sequence[Flowable],
    signature_block: Flowable,
    *,
    dated: bool = True,
    on: date | None = None,
) -> Flowable:
    """Signatures kept on one page with the text before them and the date line (``on``, by
    default the issue date), so they are never stranded alone on a page."""
    items: list[Flowable] = [Spacer(1, GAP.small), *preceding]
    if dated:
        when = ddmmyyyy(on or ctx.issued_on)
        items += [Spacer(1, GAP.small), labelled(t.label("doc.date"), when)]
    return KeepTogether([*items, Spacer(1, GAP.medium), signature_block])


def footer_info(ctx: DocumentContext, t: Texts) -> FooterInfo:
    """Shipment No. and document No.; AHARS code and 'COPY of'; 'Сторінка X з Y / Page X of Y'."""
    shipment = ctx.detail.shipment
    first = [f"{t.label('footer.shipment')}: {shipment.reference}"]
    if ctx.doc_number:
        first.append(f"{t.label('footer.document')}: {ctx.doc_number}")
    second = []
    if shipment.ahars_code:
        second.append(f"{t.label('footer.ahars')}: {shipment.ahars_code}")
    if ctx.copy_of:
        second.append(t.label("doc.copy_of", number=ctx.copy_of))
    if ctx.printed_on:
        second.append(t.label("footer.printed", date=ddmmyyyy(ctx.printed_on)))
    lines = tuple("   ·   ".join(parts) for parts in (first, second) if parts)
    page = " / ".join(dedupe(t.each("footer.page", page="{page}", pages="{pages}")))
    return FooterInfo(lines=lines, page_label=page)
