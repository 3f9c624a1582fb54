"""Package labels for pallets and boxes: one per package, two per A4 page, each with a QR code.

Packages are numbered per load (DOMAIN.md §4.9, §4.6): mark = '<shipment No.> <n>/<N>' where N
is the package count of the load, the same range the load's CMR (box 6) and D2 print; within a
load the packages follow the lines in AHARS order, each line's share of the load from
:func:`~aidtracker.documents.load_view.package_split`. Every label says "load 2 of 3 · package 5
of 12"; the QR code holds the shipment reference, the load, the package n/N and the recipient.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Spacer

from aidtracker.documents import fmt
from aidtracker.documents.blocks import address, labelled
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.fonts import BOLD
from aidtracker.documents.goods import ordered
from aidtracker.documents.layout import FRAME_HEIGHT, PORTRAIT, PORTRAIT_WIDTH
from aidtracker.documents.load_view import package_split
from aidtracker.documents.qr import fit_size, qr_code
from aidtracker.documents.styles import GRID, sized, styles
from aidtracker.documents.tables import table
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import LineItem, ShipmentDetail

LABEL_HEIGHT = FRAME_HEIGHT[PORTRAIT] / 2 - 16 * mm
QR_SIZE = 48 * mm


@dataclass(frozen=True, slots=True)
class Package:
    """One package: its load (of how many), its number within the load (of how many), its line."""

    load: int
    loads: int
    n: int
    total: int
    line: LineItem

    @property
    def mark(self) -> str:
        return f"{self.n}/{self.total}"


def _per_load(detail: ShipmentDetail) -> list[tuple[int, list[tuple[LineItem, int]]]]:
    """(load number, [(line, packages)]) in load order; one load when the record has none."""
    lines = ordered(detail)
    if not detail.loads:
        return [(1, [(ln, max(ln.packages, 0)) for ln in lines])]
    split = package_split(detail)
    return [(ld.seq, [(ln, split.get((ld.seq, ln.line_no), 0)) for ln in lines])
            for ld in sorted(detail.loads, key=lambda ld: ld.seq)]


def packages(detail: ShipmentDetail) -> Iterator[Package]:
    """Every package, numbered through the lines within each load."""
    loads = _per_load(detail)
    for seq, lines in loads:
        total = sum(count for _, count in lines)
        n = 0
        for line, count in lines:
            for _ in range(count):
                n += 1
                yield Package(seq, len(loads), n, total, line)


def qr_payload(detail: ShipmentDetail, package: Package) -> str:
    return (f"{detail.shipment.reference} {package.load}/{package.loads} {package.mark}"
            f" | {detail.recipient.display_name}")


def where(t: Texts, package: Package) -> str:
    """'Рейс 2 з 3 / Load 2 of 3' and 'Місце 5 з 12 / Package 5 of 12', one per line."""
    return (f"{t.label('label.load_of', load=package.load, loads=package.loads)}\n"
            f"{t.label('label.package_of', n=package.n, total=package.total)}")


def _info(ctx: DocumentContext, t: Texts, package: Package, width: float) -> list[Flowable]:
    """The left side of a label: shipment No., n/N in big type, load and package, recipient,
    contents."""
    s = styles()
    d = ctx.detail
    ref = d.shipment.reference
    line, mark = package.line, package.mark
    info = [
        para(t.label("sign.humanitarian"), s.cell_b),
        para(ref, sized(s.title, fit_size(ref, BOLD, width, 30))),
        para(mark, sized(s.title, fit_size(mark, BOLD, width, 54))),
        para(where(t, package), sized(s.cell_b, 12)),
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


def _label(ctx: DocumentContext, t: Texts, package: Package) -> Flowable:
    info_w = PORTRAIT_WIDTH - QR_SIZE - 8 * mm
    info = _info(ctx, t, package, info_w)
    qr = [qr_code(qr_payload(ctx.detail, package), QR_SIZE), Spacer(1, LABEL_HEIGHT - QR_SIZE)]
    return table(
        [[info, qr]],
        [info_w + 4 * mm, QR_SIZE + 4 * mm],
        grid=False,
        pad=3 * mm,
        extra=[("BOX", (0, 0), (-1, -1), 1.2, GRID)],
    )


def build_labels(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    story: list[Flowable] = []
    for i, package in enumerate(packages(ctx.detail), start=1):
        if i > 1:
            story.append(
                PageBreak()
                if i % 2
                else HRFlowable(
                    width="100%",
                    thickness=0.4,
                    color=GRID,
                    dash=(3, 3),
                    spaceBefore=6 * mm,
                    spaceAfter=6 * mm,
                )
            )
        story.append(_label(ctx, t, package))
    return story
