"""D10 — Робочий аркуш звіту для АСРГД / 90-day distribution report worksheet (landscape).

Not an official form: a sheet to type the report into good.gov.ua. Per line: declared,
received, damaged, missing, distributed and remaining; acquirers by settlement; the clearance
date, the report due date and the days left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from reportlab.platypus import Flowable, Spacer

from aidtracker.documents import fmt, goods, uah
from aidtracker.documents.blocks import header, heading, kv
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.layout import LANDSCAPE_WIDTH
from aidtracker.documents.styles import styles
from aidtracker.documents.tables import GAP, Cell, long_table, table, widths_mm
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, texts_for
from aidtracker.domain import DistributionKind, LineItem, ShipmentDetail

REPORT_DUE_DAYS = 90  # fallback only: the rule table (ahars.report_due_days) decides
_DEADLINE_KINDS = ("distribution_report",)  # the kind aidtracker.deadlines derives


def report_due(detail: ShipmentDetail) -> date | None:
    """The report deadline from the record's deadlines, else clearance + 90 days."""
    for deadline in detail.deadlines:
        if deadline.kind in _DEADLINE_KINDS:
            return deadline.due
    cleared = detail.shipment.cleared_on
    return cleared + timedelta(days=REPORT_DUE_DAYS) if cleared else None


def balance_cells(detail: ShipmentDetail, line: LineItem) -> list[str]:
    """Declared, received good, damaged, missing, distributed, remaining (good − distributed)."""
    distributed = detail.distributed_milli(line.line_no)
    good = line.received_good_milli
    base = line.qty_milli if good is None else good
    values: list[int | None] = [
        line.qty_milli,
        good,
        line.received_damaged_milli,
        line.received_missing_milli,
        distributed,
        base - distributed,
    ]
    return ["—" if v is None else fmt.qty(v, line.unit) for v in values]


def _deadline_rows(ctx: DocumentContext, t: Texts) -> list[tuple[str, str]]:
    sh = ctx.detail.shipment
    due = report_due(ctx.detail)
    days_left = str((due - ctx.issued_on).days) if due and not sh.report_filed_on else ""
    return [
        (t.label("ship.ahars_code"), sh.ahars_code),
        (t.label("ship.declaration"), sh.declaration_no),
        (
            t.label("ship.clearance"),
            fmt.join_nonempty([fmt.ddmmyyyy(sh.cleared_on), sh.clearance_ref]),
        ),
        (t.label("report.due"), fmt.ddmmyyyy(due)),
        (t.label("report.days_left"), days_left),
        (
            t.label("report.filed"),
            fmt.join_nonempty([fmt.ddmmyyyy(sh.report_filed_on), sh.report_ref]),
        ),
    ]


def _lines(ctx: DocumentContext, t: Texts, w: float) -> list[Flowable]:
    s = styles()
    head = [
        "col.no",
        "col.description",
        "col.unit",
        "report.declared",
        "receipt.good",
        "receipt.damaged",
        "receipt.missing",
        "report.distributed",
        "report.remaining",
        "col.value",
        "col.value_uah",
    ]
    header_row = [para(t.label(k), s.head) for k in head]
    rows = []
    d = ctx.detail
    for line in goods.ordered(d):
        nums = [*balance_cells(d, line), goods.line_value(line), uah.line_uah(d, line)]
        rows.append(
            [
                para(str(line.line_no), s.cell_c),
                para(t.description(line), s.cell),
                para(t.unit(line.unit), s.cell_c),
            ]
            + [para(n, s.cell_r) for n in nums]
        )
    total = [para(t.label("summary.all"), s.cell_b)] + [para("", s.cell)] * 7 + [
        para(goods.value_lines(d.totals.value_by_currency), s.cell_r),
        para(uah.total_uah(d), s.cell_r)]
    rows.append([para("", s.cell), *total])
    widths = widths_mm([7, 0, 13, 18, 18, 18, 18, 18, 18, 28, 30], w)
    return long_table(header_row, rows, widths)


@dataclass
class _Settlement:
    acts: int = 0
    persons: int = 0
    qty: dict[int, int] = field(default_factory=dict)


def settlements(detail: ShipmentDetail) -> dict[str, _Settlement]:
    """Distributions aggregated by settlement: acts, persons and quantity per line."""
    groups: dict[str, _Settlement] = {}
    for dist in detail.distributions:
        g = groups.setdefault(dist.settlement or "—", _Settlement())
        if dist.kind is DistributionKind.ACT:
            g.acts += 1
        else:
            g.persons += 1
        for dl in dist.lines:
            g.qty[dl.line_no] = g.qty.get(dl.line_no, 0) + dl.qty_milli
    return dict(sorted(groups.items()))


def _settlements(ctx: DocumentContext, t: Texts, w: float) -> Flowable:
    s = styles()
    lines = {line.line_no: line for line in ctx.detail.lines}
    head = ["dist.settlement", "report.acts", "report.persons", "report.items"]
    rows: list[list[Cell]] = [[para(t.label(k), s.head) for k in head]]
    for name, g in settlements(ctx.detail).items():
        items = "; ".join(
            f"{no}: {fmt.qty(q, lines[no].unit)} {t.unit(lines[no].unit)}"
            if no in lines
            else f"{no}: {fmt.qty(q, '')}"
            for no, q in sorted(g.qty.items())
        )
        rows.append(
            [
                para(name, s.cell),
                para(fmt.whole(g.acts), s.cell_r),
                para(fmt.whole(g.persons), s.cell_r),
                para(items, s.cell),
            ]
        )
    if len(rows) == 1:
        rows.append([para("—", s.cell), "", "", ""])
    return table(rows, widths_mm([45, 18, 18, 0], w), header=True)


def build_report(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    w = LANDSCAPE_WIDTH
    story = header(ctx, t, "title.report", w)
    story.append(para(t.label("report.not_official"), styles().muted))
    story.append(Spacer(1, GAP.small))
    story.append(kv(_deadline_rows(ctx, t), w * 0.6))
    story.append(heading(t.label("section.balances")))
    story += _lines(ctx, t, w)
    story += [Spacer(1, GAP.small), kv(uah.rate_rows(t, ctx.detail), w * 0.6)]
    story.append(heading(t.label("section.settlements")))
    story.append(_settlements(ctx, t, w))
    return story
