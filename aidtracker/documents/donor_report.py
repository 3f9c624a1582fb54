"""The donor's report (landscape): for a partner city's council and citizens, what it sent and
where it went.

Per shipment: the goods with their books (shipped = handed over + written off + in stock +
missing/damaged + in transit), who received what and when, what was written off and why, the
published photos; in total: value in the donor's currency and in hryvnias, a chart of value by
category and every acquirer of the period. Bilingual like the other documents (uk-en, uk-de,
uk-pl); the data comes from :mod:`aidtracker.services.donor_report`.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, Spacer

from aidtracker.documents import fmt
from aidtracker.documents.blocks import heading, kv_grid, labelled, parallel
from aidtracker.documents.donor_parts import category_rows, chart_basis, photo_grid, value_chart
from aidtracker.documents.fonts import check_printable, record_strings
from aidtracker.documents.layout import (
    LANDSCAPE,
    LANDSCAPE_WIDTH,
    FooterInfo,
    PdfInfo,
    build_pdf,
    write_atomic,
)
from aidtracker.documents.styles import GRID, sized, styles
from aidtracker.documents.tables import GAP, Cell, long_table, widths_mm
from aidtracker.documents.text import para
from aidtracker.documents.texts import SEP, PerLang, Texts, dedupe, texts_for
from aidtracker.domain.donor import DonorLine, DonorReport, DonorShipment, Handover

W = LANDSCAPE_WIDTH


def _money(minor: int | None, currency: str) -> str:
    return "—" if minor is None else fmt.money(minor, currency)


def _moneys(values: dict[str, int]) -> str:
    return "; ".join(fmt.money(v, c) for c, v in values.items()) or "—"


def _desc(t: Texts, uk: str, en: str) -> str:
    if t.langs == ("uk",):
        return uk or en
    return SEP.join(dedupe([uk, en]))


def _period(t: Texts, r: DonorReport) -> str:
    if r.date_from is None and r.date_to is None:
        return t.label("dr.all_time")
    return f"{fmt.ddmmyyyy(r.date_from) or '…'} – {fmt.ddmmyyyy(r.date_to) or '…'}"


def _partner(r: DonorReport) -> PerLang:
    return PerLang({"uk": r.partner_city_uk or r.partner_city, "en": r.partner_city,
                    "de": r.partner_city, "pl": r.partner_city})


def _header(t: Texts, r: DonorReport) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(n, s.cell_b) for n in dedupe([r.office_uk, r.office_en])]
    story.append(HRFlowable(width="100%", thickness=0.6, color=GRID, spaceBefore=3,
                            spaceAfter=6))
    story += [para(text, s.title if i == 0 else s.title2)
              for i, text in enumerate(dedupe(t.each("dr.title")))]
    story.append(Spacer(1, GAP.small))
    pair = f"{SEP.join(dedupe([r.partner_city, r.partner_city_uk]))} → {r.own_city}"
    story.append(kv_grid([(t.label("dr.partnership"), pair), (t.label("dr.period"), _period(t, r)),
                          (t.label("doc.as_of"), fmt.ddmmyyyy(r.made_on)),
                          (t.label("dr.shipments"), fmt.whole(len(r.shipments)))],
                         W, columns=2, label_share=0.35))
    story.append(Spacer(1, GAP.small))
    story.append(parallel(t, "dr.intro", W, partner=_partner(r)))
    return story


def _acquirer(t: Texts, h: Handover) -> str:
    return h.acquirer or t.label("dr.persons", n=h.persons)


def _summary(t: Texts, r: DonorReport) -> list[Flowable]:
    acquirers = {(_acquirer(t, h), h.city) for h in r.handovers}
    rows = [(t.label("dr.value"), _moneys(r.value_by_currency)),
            (t.label("dr.value_uah"), _money(r.value_uah, "UAH")),
            (t.label("dr.acquirer_count"), fmt.whole(len(acquirers))),
            (t.label("dr.distributed"), _moneys(_sum_values(r.handovers)))]
    story: list[Flowable] = [heading(t.label("dr.summary")), kv_grid(rows, W, columns=2,
                                                                       label_share=0.35)]
    basis = chart_basis(r)
    story.append(heading(t.label("dr.by_category")))
    if basis is not None:
        story.append(value_chart(t, basis, W))
        story.append(Spacer(1, GAP.small))
    s = styles()
    head = [para(t.label(k), s.head) for k in ("col.category", "dr.value", "dr.value_uah")]
    story += long_table(head, category_rows(t, r.categories), widths_mm([0, 60, 60], W))
    story.append(para(t.label("dr.uah_note"), s.muted))
    return story


def _sum_values(items: tuple[Handover, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for h in items:
        out[h.currency] = out.get(h.currency, 0) + h.value_minor
    return dict(sorted(out.items()))


def _q(milli: int, line: DonorLine) -> str:
    return fmt.qty(milli, line.unit) if milli else "–"


def _goods(t: Texts, sh: DonorShipment) -> list[Flowable]:
    s = styles()
    keys = ["col.no", "col.description", "col.unit", "dr.shipped", "dr.received",
            "dr.distributed", "dr.written_off", "dr.in_stock", "dr.missing", "dr.in_transit",
            "dr.value", "dr.value_uah"]
    rows: list[list[Cell]] = []
    for ln in sh.lines:
        shipped = fmt.qty(ln.shipped, ln.unit)
        if ln.surplus:
            shipped += f" (+{fmt.qty(ln.surplus, ln.unit)})"
        nums = [shipped, _q(ln.received, ln), _q(ln.distributed, ln), _q(ln.written_off, ln),
                _q(ln.in_stock, ln), _q(ln.missing_damaged, ln), _q(ln.in_transit, ln)]
        rows.append([para(str(ln.line_no), s.cell_c),
                     para(_desc(t, ln.description, ln.description_en), s.cell),
                     para(t.unit(ln.unit), s.cell_c), *(para(n, s.cell_r) for n in nums),
                     para(fmt.money(ln.value_minor, ln.currency), s.cell_r),
                     para(_money(ln.value_uah, "UAH"), s.cell_r)])
    rows.append([para("", s.cell), para(t.label("dr.total"), s.cell_b), *[""] * 8,
                 para(_moneys(sh.value_by_currency), s.cell_r),
                 para(_money(sh.value_uah, "UAH"), s.cell_r)])
    small = sized(s.head, 6.6)  # eight number columns: whole words, never broken
    head = [para(t.label(k), small) for k in keys]
    return long_table(head, rows, widths_mm([7, 0, 14, 18, 18, 18, 18, 18, 21, 18, 27, 30], W))


def _handovers(t: Texts, sh: DonorShipment) -> list[Flowable]:
    s = styles()
    if not sh.handovers:
        return [para(t.label("dr.none_handed"), s.small)]
    units = {ln.line_no: ln for ln in sh.lines}
    rows = []
    previous: tuple[str, str] | None = None
    for h in sh.handovers:  # the act's date, number and acquirer once, on its first line
        same = previous == (h.act_no, _acquirer(t, h))
        previous = (h.act_no, _acquirer(t, h))
        who = ["", "", "", ""] if same else [fmt.ddmmyyyy(h.on), h.act_no, _acquirer(t, h),
                                             h.city]
        rows.append([para(who[0], s.cell_c), para(who[1], s.cell), para(who[2], s.cell),
                     para(who[3], s.cell),
                     para(f"{h.line_no}. "
                          f"{_desc(t, h.description, units[h.line_no].description_en)}", s.cell),
                     para(f"{fmt.qty(h.qty_milli, h.unit)} {t.unit(h.unit)}", s.cell_r),
                     para(fmt.money(h.value_minor, h.currency), s.cell_r)])
    keys = ["dr.date", "dr.act", "dr.acquirer", "dr.city", "dr.goods_item", "col.qty",
            "dr.value"]
    head = [para(t.label(k), s.head) for k in keys]
    return long_table(head, rows, widths_mm([20, 30, 0, 30, 62, 22, 26], W))


def _write_offs(t: Texts, sh: DonorShipment) -> list[Flowable]:
    s = styles()
    if not sh.write_offs:
        return [para(t.label("dr.none_written"), s.small)]
    rows = [[para(fmt.ddmmyyyy(w.on), s.cell_c), para(w.act_no, s.cell),
             para(fmt.join_nonempty([t.label(f"dr.reason.{w.reason.value}"), w.note], ": "),
                  s.cell),
             para(f"{w.line_no}. {w.description}", s.cell),
             para(f"{fmt.qty(w.qty_milli, w.unit)} {t.unit(w.unit)}", s.cell_r),
             para(fmt.money(w.value_minor, w.currency), s.cell_r)] for w in sh.write_offs]
    keys = ["dr.date", "dr.act", "dr.reason", "dr.goods_item", "col.qty", "dr.value"]
    head = [para(t.label(k), s.head) for k in keys]
    return long_table(head, rows, widths_mm([20, 30, 0, 70, 22, 26], W))


def _shipment(t: Texts, sh: DonorShipment) -> list[Flowable]:
    s = styles()
    rates = "; ".join(f"1 {r.currency} = {r.uah_per_unit} UAH ({fmt.ddmmyyyy(r.on)})"
                      for r in sh.rates) or t.label("dr.no_rate")
    rows = [(t.label("party.donor"), sh.donor),
            (t.label("party.recipient"), fmt.join_nonempty([sh.recipient, sh.recipient_city])),
            (t.label("dr.sent_on"), fmt.ddmmyyyy(sh.sent_on) or "—"),
            (t.label("dr.received_on"), fmt.ddmmyyyy(sh.received_on) or "—"),
            (t.label("dr.rate"), rates)]
    story: list[Flowable] = [
        CondPageBreak(55 * mm),  # the shipment's heading never alone at the foot of a page
        Spacer(1, GAP.medium),
        para(t.label("dr.shipment", reference=sh.reference), s.title2),
        kv_grid(rows, W, columns=2, label_share=0.3),
        heading(t.label("dr.goods")), *_goods(t, sh),
        heading(t.label("dr.acquirers")), *_handovers(t, sh),
        heading(t.label("dr.write_offs")), *_write_offs(t, sh)]
    grid = photo_grid(sh.photos, W)
    if grid:  # the heading stays with the first row of photos
        story += [KeepTogether([heading(t.label("dr.photos")), grid[0]]), *grid[1:]]
    return story


def _overall(t: Texts, r: DonorReport) -> list[Flowable]:
    s = styles()
    groups: dict[tuple[str, str], list[Handover]] = {}
    for h in r.handovers:
        groups.setdefault((_acquirer(t, h), h.city), []).append(h)
    rows = [[para(name, s.cell), para(city, s.cell),
             para(fmt.whole(len({(h.reference, h.act_no) for h in items})), s.cell_r),
             para(_moneys(_sum_values(tuple(items))), s.cell_r)]
            for (name, city), items in sorted(groups.items())]
    head = [para(t.label(k), s.head) for k in ("dr.acquirer", "dr.city", "dr.deliveries",
                                               "dr.value")]
    return [heading(t.label("dr.overall")),
            *long_table(head, rows, widths_mm([0, 45, 30, 45], W))] if rows else []


def build_donor_report(report: DonorReport, lang: str) -> list[Flowable]:
    """The report's flowables (pure: nothing is written)."""
    t = texts_for(lang)
    story = _header(t, report)
    if not report.shipments:
        return [*story, Spacer(1, GAP.medium), para(t.label("dr.no_shipments"), styles().act)]
    story += _summary(t, report)
    story += [Spacer(1, GAP.small), parallel(t, "dr.equation", W)]
    for sh in report.shipments:
        story += _shipment(t, sh)
    story += _overall(t, report)
    story.append(labelled(t.label("doc.as_of"), fmt.ddmmyyyy(report.made_on), styles().small))
    return story


def _footer(t: Texts, r: DonorReport) -> FooterInfo:
    page = " / ".join(dedupe(t.each("footer.page", page="{page}", pages="{pages}")))
    first = f"{t.label('dr.partnership')}: {r.partner_city} → {r.own_city}"
    return FooterInfo(lines=(f"{first}   ·   {t.label('dr.period')}: {_period(t, r)}",),
                      page_label=page)


def render_donor_report(report: DonorReport, out: str | os.PathLike[str], lang: str
                        ) -> tuple[int, str]:
    """Check every string prints, build the PDF and write it atomically; (pages, SHA-256).

    Raises:
        UnprintableCharacters: before anything is written. StorageError: not written.
    """
    check_printable(record_strings(report, "report"))
    t = texts_for(lang)
    info = PdfInfo(title=t.label("dr.title"), author=report.office_en,
                   subject=f"{report.partner_city} → {report.own_city}", lang="uk",
                   first=LANDSCAPE, keywords=tuple(s.reference for s in report.shipments))
    data, pages = build_pdf(build_donor_report(report, lang), _footer(t, report), info)
    write_atomic(Path(out), data)
    return pages, hashlib.sha256(data).hexdigest()
