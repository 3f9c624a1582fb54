"""Package labels for pallets and boxes: one per package, two per A4 page, each with a QR code.

Mark = '<shipment No.> <n>/<N>' (DOMAIN.md §4.9); N is the shipment's total package count and
packages are numbered through the lines in AHARS order, so line 1's packages come first. The QR
code holds the shipment reference, the package n/N and the recipient.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Spacer

from aidtracker.documents import fmt
from aidtracker.documents.blocks import address, labelled
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.fonts import BOLD
from aidtracker.documents.goods import ordered
from aidtracker.documents.layout import FRAME_HEIGHT, PORTRAIT, PORTRAIT_WIDTH
from aidtracker.documents.qr import fit_size, qr_code
from aidtracker.documents.styles import GRID, sized, styles
from aidtracker.documents.tables import table
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import LineItem, ShipmentDetail

LABEL_HEIGHT = FRAME_HEIGHT[PORTRAIT] / 2 - 16 * mm
QR_SIZE = 48 * mm


def packages(detail: ShipmentDetail) -> Iterator[tuple[int, LineItem]]:
    """(package number, its line) for every package, numbered through the lines."""
    n = 0
    for line in ordered(detail):
        for _ in range(max(line.packages, 0)):
            n += 1
            yield n, line


def qr_payload(detail: ShipmentDetail, n: int, total: int) -> str:
    return f"{detail.shipment.reference} {n}/{total} | {detail.recipient.display_name}"


def _info(
    ctx: DocumentContext, t: Texts, mark: str, line: LineItem, width: float
) -> list[Flowable]:
    """The left side of a label: shipment No., n/N in big type, recipient, contents."""
    s = styles()
    d = ctx.detail
    ref = d.shipment.reference
    info = [
        para(t.label("sign.humanitarian"), s.cell_b),
        para(ref, sized(s.title, fit_size(ref, BOLD, width, 30))),
        para(mark, sized(s.title, fit_size(mark, BOLD, width, 54))),
        Spacer(1, 3 * mm),
        labelled(t.label("party.recipient"), t.org(d.recipient)),
        para(address(d.recipient), s.small),
        Spacer(1, 2 * mm),
        labelled(t.label("label.contents"), f"{line.line_no}. {t.description(line)}"),
    ]
    if line.marks:
        info.append(labelled(t.label("col.marks"), line.marks, s.small))
    if line.packages:
        gross = fmt.kg(line.gross_g // line.packages)
        info.append(labelled(t.label("label.gross_each"), f"{gross} kg", s.small))
    return info


def _label(ctx: DocumentContext, t: Texts, n: int, total: int, line: LineItem) -> Flowable:
    info_w = PORTRAIT_WIDTH - QR_SIZE - 8 * mm
    info = _info(ctx, t, f"{n}/{total}", line, info_w)
    qr = [qr_code(qr_payload(ctx.detail, n, total), QR_SIZE), Spacer(1, LABEL_HEIGHT - QR_SIZE)]
    return table(
        [[info, qr]],
        [info_w + 4 * mm, QR_SIZE + 4 * mm],
        grid=False,
        pad=3 * mm,
        extra=[("BOX", (0, 0), (-1, -1), 1.2, GRID)],
    )


def build_labels(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    total = ctx.detail.totals.packages
    story: list[Flowable] = []
    for n, line in packages(ctx.detail):
        if n > 1:
            story.append(
                PageBreak()
                if n % 2
                else HRFlowable(
                    width="100%",
                    thickness=0.4,
                    color=GRID,
                    dash=(3, 3),
                    spaceBefore=6 * mm,
                    spaceAfter=6 * mm,
                )
            )
        story.append(_label(ctx, t, n, total, line))
    return story
