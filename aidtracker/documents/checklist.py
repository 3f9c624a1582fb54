"""D12 — Контрольний перелік документів / Paperwork checklist, from the shipment's checklist.

Tick boxes (☐ open, ☑ done, ☒ overridden), item in both languages, owner, when, severity, who
ticked it and when; the overrides are listed again with their reasons.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from aidtracker.documents.blocks import Signer, closing, header, heading, parallel, signatures
from aidtracker.documents.context import DocumentContext
from aidtracker.documents.fmt import ddmmyyyy
from aidtracker.documents.layout import PORTRAIT_WIDTH
from aidtracker.documents.styles import sized, styles
from aidtracker.documents.tables import GAP, long_table, table, widths_mm
from aidtracker.documents.text import para
from aidtracker.documents.texts import Texts, dedupe, texts_for
from aidtracker.domain import ChecklistItem, CheckState

TICK = {CheckState.OPEN: "☐", CheckState.DONE: "☑", CheckState.OVERRIDDEN: "☒"}


def item_text(t: Texts, item: ChecklistItem) -> str:
    """The rule's wording in the variant's languages (Ukrainian, English for the others)."""
    rule = item.rule
    texts = [rule.item_uk if code == "uk" else rule.item_en for code in t.langs]
    return " / ".join(dedupe(texts)) or rule.id


def _state(t: Texts, item: ChecklistItem) -> str:
    parts = [t.label(f"check.{item.state}")]
    if item.by or item.at:
        parts.append(
            " ".join(x for x in (item.by, ddmmyyyy(item.at.date() if item.at else None)) if x)
        )
    return "\n".join(parts)


def _row(t: Texts, item: ChecklistItem) -> list[Flowable]:
    s = styles()
    rule = item.rule
    cells: list[Flowable] = [
        para(TICK[item.state], sized(s.cell_c, 13)),
        para(f"{rule.id}\n{item_text(t, item)}", s.cell),
        para(t.code_words("owner", rule.owner), s.cell),
        para(t.code_words("when", rule.when), s.cell),
        para(t.label(f"severity.{rule.severity}"), s.cell_c),
        para(_state(t, item), s.cell),
        para(item.note, s.cell),
    ]
    return cells


def _overrides(t: Texts, items: list[ChecklistItem], w: float) -> list[Flowable]:
    s = styles()
    rows = [[para(t.label(k), s.head) for k in ("check.rule", "check.reason", "check.by")]]
    for item in items:
        rows.append(
            [
                para(f"{item.rule.id}\n{item_text(t, item)}", s.cell),
                para(item.note or "—", s.cell),
                para(_state(t, item), s.cell),
            ]
        )
    return [
        heading(t.label("section.overrides")),
        table(rows, widths_mm([45, 40, 15], w), header=True),
    ]


def build_checklist(ctx: DocumentContext) -> list[Flowable]:
    t = texts_for(ctx.lang)
    s = styles()
    w = PORTRAIT_WIDTH
    items = list(ctx.detail.checklist)
    story = header(ctx, t, "title.checklist", w)
    done = sum(1 for i in items if i.state is not CheckState.OPEN)
    story.append(para(t.label("check.summary", done=done, total=len(items)), s.body))
    story.append(Spacer(1, GAP.small))
    head = ["check.tick", "check.item", "check.owner", "check.when", "check.severity",
            "check.state", "check.note"]  # fmt: skip
    rows = [_row(t, item) for item in items]
    story += long_table(
        [para(t.label(k), s.head) for k in head], rows, widths_mm([7, 0, 19, 24, 24, 21, 26], w)
    )
    overridden = [i for i in items if i.state is CheckState.OVERRIDDEN]
    if overridden:
        story += _overrides(t, overridden, w)
    officer = Signer(t.label("sign.officer"), stamp=False)
    story.append(closing(ctx, t, [parallel(t, "check.closing", w)], signatures(t, [officer], w)))
    return story
