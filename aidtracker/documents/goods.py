"""Goods lines as printed: descriptions with assets, column sets, totals and totals in words.

Totals are always per currency; amounts in different currencies are never added up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Spacer

from aidtracker.documents import fmt
from aidtracker.documents.blocks import kv
from aidtracker.documents.styles import styles
from aidtracker.documents.tables import GAP, long_table, table, widths_mm
from aidtracker.documents.text import para, plain_text
from aidtracker.documents.texts import Texts
from aidtracker.documents.words import amount_in_words
from aidtracker.domain import Asset, LineItem, ShipmentDetail
from aidtracker.money import format_number
from aidtracker.reference import category_flags

#: Category flags worth a mark on the goods list, in print order.
PRINTED_FLAGS = ("adr", "licence", "dual_use", "rx", "cold_chain", "worn")


def asset_text(t: Texts, asset: Asset) -> str:
    """'VIN ZZD… · Mercedes-Benz Sprinter · 2019 · ambulance · KI-AB123'."""
    ident = (
        f"{t.first('asset.vin')} {asset.vin}"
        if asset.vin
        else f"{t.first('asset.serial')} {asset.serial_no}"
    )
    parts = [
        ident if asset.identifier else "",
        f"{asset.make} {asset.model}".strip(),
        str(asset.year) if asset.year else "",
        t.code_words("body", asset.body_type),
        rating(asset),
        asset.plates,
    ]
    return " · ".join(p for p in parts if p)


def rating(asset: Asset) -> str:
    """'30 kVA' for generators and transformers, '12,5 kW' for boilers and PV, or ''."""
    if asset.rating_kva is not None:
        return f"{format_number(asset.rating_kva)} kVA"
    if asset.rating_kw is not None:
        return f"{format_number(asset.rating_kw)} kW"
    return ""


def asset_lines(t: Texts, assets: Sequence[Asset]) -> list[str]:
    """One line per vehicle, and one compact line per run of alike equipment: 'S/N (3): A, B, C ·
    make model' (a comma-separated run, never one serial per line)."""
    groups: dict[tuple[object, ...], list[Asset]] = {}
    for a in assets:
        key = (a.kind, a.make, a.model, a.year, a.body_type, rating(a), a.plates, bool(a.vin))
        groups.setdefault(key, []).append(a)
    out = []
    for members in groups.values():
        first = members[0]
        if len(members) == 1:
            out.append(asset_text(t, first))
            continue
        label = t.first("asset.vin") if first.vin else t.first("asset.serial")
        rest = [f"{first.make} {first.model}".strip(), str(first.year) if first.year else "",
                t.code_words("body", first.body_type), rating(first), first.plates]
        ids = ", ".join(a.identifier for a in members)
        out.append(" · ".join([f"{label} ({len(members)}): {ids}", *[p for p in rest if p]]))
    return out


def line_details(t: Texts, line: LineItem) -> list[str]:
    """The extra lines under a description: assets (VINs, serials), batch and expiry."""
    out = asset_lines(t, line.assets)
    extra = []
    if line.lot:
        extra.append(f"{t.label('line.lot')}: {line.lot}")
    if line.expiry_date:
        extra.append(f"{t.label('line.expiry')}: {fmt.ddmmyyyy(line.expiry_date)}")
    if extra:
        out.append("; ".join(extra))
    return out


def description_cell(t: Texts, line: LineItem, *, category: bool = False) -> str:
    lines = [t.category(line.category)] if category else []
    lines.append(t.description(line))
    return "\n".join(lines + line_details(t, line))


def condition(t: Texts, line: LineItem) -> str:
    text = t.label(f"condition.{line.condition}")
    return f"{text}, {line.wear_pct} %" if line.wear_pct is not None else text


def flags(t: Texts, line: LineItem) -> str:
    present = category_flags(line.category)
    return ", ".join(t.first(f"flag.{f}") for f in PRINTED_FLAGS if f in present)


@dataclass(frozen=True, slots=True)
class Column:
    """A goods table column: header label key, relative width, cell text, alignment, and
    whether the cell wraps (a Paragraph: descriptions, marks) or is a plain one-line value."""

    key: str
    weight: float
    cell: Callable[[LineItem], str]
    align: str = "l"
    wrap: bool = False


_ALIGN = {"l": "LEFT", "r": "RIGHT", "c": "CENTER"}


def plain_style(columns: Sequence[Column]) -> list[tuple[object, ...]]:
    """Font size, leading and alignment of the plain cells (rows after the header)."""
    s = styles()
    cmds: list[tuple[object, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), s.cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), s.cell.leading),
    ]
    cmds += [("ALIGN", (i, 0), (i, -1), _ALIGN[c.align]) for i, c in enumerate(columns)
             if not c.wrap and c.align != "l"]
    return cmds


def goods_table(
    t: Texts, lines: Sequence[LineItem], columns: Sequence[Column], width: float
) -> list[Flowable]:
    """The goods lines in AHARS order, header repeated on every page, in chunks."""
    s = styles()
    by_align = {"l": s.cell, "r": s.cell_r, "c": s.cell_c}
    header = [para(t.label(c.key), s.head) for c in columns]
    rows = [
        [para(c.cell(line), by_align[c.align]) if c.wrap else plain_text(c.cell(line))
         for c in columns]
        for line in lines
    ]
    widths = widths_mm([c.weight for c in columns], width)
    return long_table(header, rows, widths, extra=plain_style(columns))


def value_lines(values: dict[str, int]) -> str:
    """'3 500,00 EUR\\n36 000,00 PLN' — one line per currency."""
    return "\n".join(fmt.money(v, c) for c, v in sorted(values.items())) or "—"


def values_of(lines: Sequence[LineItem]) -> dict[str, int]:
    values: dict[str, int] = {}
    for line in lines:
        values[line.currency] = values.get(line.currency, 0) + line.total_value_minor
    return values


def totals_rows(t: Texts, detail: ShipmentDetail) -> list[tuple[str, str]]:
    """Label/value rows of the shipment totals: lines, packages, net, gross, value per currency."""
    totals = detail.totals
    return [
        (t.label("total.lines"), fmt.whole(totals.lines)),
        (t.label("total.packages"), fmt.whole(totals.packages)),
        (t.label("total.net"), fmt.kg(totals.net_g)),
        (t.label("total.gross"), fmt.kg(totals.gross_g)),
        (t.label("total.value"), value_lines(totals.value_by_currency)),
    ]


def words_paragraphs(t: Texts, values: dict[str, int]) -> list[Flowable]:
    """'Сума прописом / Amount in words: …' per currency, in Ukrainian and English."""
    s = styles()
    out: list[Flowable] = []
    for currency, minor in sorted(values.items()):
        spelled = [amount_in_words(minor, currency, lang) for lang in t.word_langs]
        label = t.label("total.in_words", currency=currency)
        out.append(para([(label + ": ", True), (" / ".join(spelled), False)], s.body))
    return out


def category_summary(t: Texts, lines: Sequence[LineItem], width: float) -> Flowable:
    """Totals per category in order of first appearance, then the grand total."""
    s = styles()
    groups: dict[str, list[LineItem]] = {}
    for line in lines:
        groups.setdefault(line.category, []).append(line)
    head = ["summary.category", "total.lines", "total.packages", "total.net", "total.gross",
            "total.value"]  # fmt: skip
    rows = [[para(t.label(k), s.head) for k in head]]
    for code, members in [*groups.items(), ("", list(lines))]:
        name = t.category(code) if code else t.label("summary.all")
        style = s.cell if code else s.cell_b
        rows.append(
            [para(name, style)]
            + [
                para(text, s.cell_r)
                for text in (
                    fmt.whole(len(members)),
                    fmt.whole(sum(m.packages for m in members)),
                    fmt.kg(sum(m.net_g for m in members)),
                    fmt.kg(sum(m.gross_g for m in members)),
                    value_lines(values_of(members)),
                )
            ]
        )
    return table(rows, widths_mm([0, 15, 18, 20, 20, 28], width), header=True)


def unit_value(line: LineItem) -> str:
    return fmt.money(line.unit_value_minor, line.currency)


def line_value(line: LineItem) -> str:
    return fmt.money(line.total_value_minor, line.currency)


def ordered(detail: ShipmentDetail) -> list[LineItem]:
    """The lines in AHARS order (their line numbers)."""
    return sorted(detail.lines, key=lambda line: line.line_no)


def share_value(line: LineItem, qty_milli: int) -> int:
    """Value of part of a line: quantity × unit value, half-up to a minor unit."""
    return (qty_milli * line.unit_value_minor + 500) // 1000


def act_goods(t: Texts, lines: dict[int, LineItem], shares: Iterable[tuple[int, int]],
              width: float) -> list[Flowable]:
    """The goods of an act (D8, D9): one row per (line No., quantity), the total value and the
    amount in words; a line no longer on the shipment is left out."""
    s = styles()
    head = ["col.no", "col.description", "col.unit", "col.qty", "col.unit_value", "col.value"]
    aligns = [s.cell_c, s.cell, s.cell_c, s.cell_r, s.cell_r, s.cell_r]
    rows = []
    values: dict[str, int] = {}
    for line_no, qty_milli in shares:
        line = lines.get(line_no)
        if line is None:
            continue
        value = share_value(line, qty_milli)
        values[line.currency] = values.get(line.currency, 0) + value
        cells = [str(line_no), t.description(line), t.unit(line.unit),
                 fmt.qty(qty_milli, line.unit), unit_value(line),
                 fmt.money(value, line.currency)]  # fmt: skip
        rows.append([para(c, a) for c, a in zip(cells, aligns, strict=True)])
    header_row = [para(t.label(k), s.head) for k in head]
    story = long_table(header_row, rows, widths_mm([7, 0, 15, 15, 25, 28], width))
    story += [Spacer(1, GAP.small), kv([(t.label("total.value"), value_lines(values))], width)]
    return story + words_paragraphs(t, values)
