"""The donor's report: for a partner city's council, what it sent and where it went.

``aidtracker donor-report`` and the window's Reports › Donor report… call
:func:`write_donor_report`; :func:`donor_report` gathers the figures (no writing). Per line the
books follow :func:`aidtracker.workflow.line_balance` and the hryvnia values
:func:`aidtracker.services.rates.value` — the same figures ``show --json`` prints. Voided lines
are left out (as the totals of ``show --json`` leave them out); persons who received goods by
an issue statement are counted per settlement, never named (DOMAIN.md §4.14).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from aidtracker.domain import (
    DistributionKind,
    LineItem,
    Organisation,
    Partnership,
    Problem,
    ShipmentDetail,
    Status,
    Valuation,
)
from aidtracker.domain.donor import (
    CategoryValue,
    DonorLine,
    DonorReport,
    DonorShipment,
    Handover,
    Photo,
    RateUsed,
    WriteOffRow,
)
from aidtracker.errors import NotFound, ValidationFailed
from aidtracker.money import decimal_text
from aidtracker.services.attachments import PUBLISHABLE, stored_path
from aidtracker.services.names import find_partner
from aidtracker.services.rates import value
from aidtracker.services.shipments import get_detail
from aidtracker.store.issued import office_side
from aidtracker.workflow import line_balance

#: Variants the report prints in (Ukrainian first); the partner's language picks the default.
REPORT_LANGS = ("uk-en", "uk-de", "uk-pl")
#: Shipments never sent are not in the report (nothing went anywhere yet).
_NOT_SENT = frozenset({Status.DRAFT, Status.PLEDGED, Status.ACCEPTED, Status.PREPARING,
                       Status.READY, Status.CANCELLED})


@dataclass(frozen=True, slots=True)
class DonorReportResult:
    """What was written: the PDF's pages and SHA-256, the workbook, the report itself."""

    report: DonorReport
    lang: str
    pdf: Path
    pages: int
    sha256: str
    xlsx: Path | None


def share_value(line: LineItem, qty_milli: int) -> int:
    """Value of part of a line: quantity × unit value, half-up to a minor unit (as on D8)."""
    return (qty_milli * line.unit_value_minor + 500) // 1000


def default_lang(partnership: Partnership) -> str:
    """uk-de for a German-speaking partner, uk-pl for a Polish one, else uk-en."""
    code = f"uk-{partnership.doc_language}"
    return code if code in REPORT_LANGS else "uk-en"


def _sent_on(detail: ShipmentDetail) -> date | None:
    s = detail.shipment
    loaded = [ld.loaded_on for ld in detail.loads if ld.loaded_on]
    return s.loaded_on or (min(loaded) if loaded else None) or s.crossed_on or s.planned_loading


def _received_on(detail: ShipmentDetail) -> date | None:
    days = [ln.received_on for ln in detail.lines if ln.received_on]
    return detail.shipment.delivered_on or (max(days) if days else None)


def _line(detail: ShipmentDetail, line: LineItem, valuation: Valuation) -> DonorLine:
    bal = line_balance(line, detail.distributions, detail.write_offs)
    return DonorLine(
        reference=detail.shipment.reference, line_no=line.line_no,
        description=line.description, description_en=line.description_en,
        category=line.category, unit=line.unit, currency=line.currency,
        value_minor=line.total_value_minor, value_uah=valuation.line_uah.get(line.line_no),
        shipped=bal.shipped, surplus=bal.surplus, received=bal.good + bal.damaged,
        distributed=bal.distributed, written_off=bal.written_off + bal.damaged_written_off,
        in_stock=bal.on_hand, missing_damaged=bal.missing + bal.damaged_open,
        in_transit=bal.shipped - bal.good - bal.damaged - bal.missing)


def handovers_of(detail: ShipmentDetail) -> tuple[Handover, ...]:
    """Acts to institutions one by one; issue statements to persons summed per settlement and
    line (how many persons, the latest day)."""
    lines = {ln.line_no: ln for ln in detail.lines}
    ref = detail.shipment.reference
    out: list[Handover] = []
    persons: dict[tuple[str, int], Handover] = {}
    for d in sorted(detail.distributions, key=lambda d: (d.on, d.act_no)):
        for dl in d.lines:
            line = lines.get(dl.line_no)
            if line is None:  # a voided line's act: out of the report like the line
                continue
            if d.kind is DistributionKind.ACT:
                out.append(Handover(ref, d.act_no, d.on, d.to_whom, d.settlement, 0,
                                    dl.line_no, line.description, line.unit, dl.qty_milli,
                                    line.currency, share_value(line, dl.qty_milli)))
                continue
            key = (d.settlement, dl.line_no)
            seen = persons.get(key)
            qty = dl.qty_milli + (seen.qty_milli if seen else 0)
            persons[key] = Handover(
                ref, d.act_no if seen is None else f"{seen.act_no}, {d.act_no}", d.on, "",
                d.settlement, (seen.persons if seen else 0) + 1, dl.line_no, line.description,
                line.unit, qty, line.currency, share_value(line, qty))
    return tuple(out) + tuple(persons.values())


def _write_offs(detail: ShipmentDetail) -> tuple[WriteOffRow, ...]:
    lines = {ln.line_no: ln for ln in detail.lines}
    return tuple(
        WriteOffRow(detail.shipment.reference, w.act_no, w.on, w.reason, w.note, wl.line_no,
                    lines[wl.line_no].description, lines[wl.line_no].unit, wl.qty_milli,
                    lines[wl.line_no].currency, share_value(lines[wl.line_no], wl.qty_milli))
        for w in sorted(detail.write_offs, key=lambda w: (w.on, w.act_no))
        for wl in w.lines if wl.line_no in lines)


def _photos(detail: ShipmentDetail, db_path: Path | None) -> tuple[Photo, ...]:
    """Published photos whose stored file is present (a missing file is left out)."""
    out = []
    for a in detail.attachments:
        if not a.published or db_path is None or Path(a.original_name).suffix.lower() \
                not in PUBLISHABLE:
            continue
        try:
            path = stored_path(db_path, a)
        except NotFound:
            continue
        out.append(Photo(detail.shipment.reference, str(path),
                         a.note or Path(a.original_name).stem, a.sha256))
    return tuple(out)


def _shipment(db: Database, detail: ShipmentDetail, db_path: Path | None) -> DonorShipment:
    valuation = value(db, detail.shipment, detail.lines)
    rates = tuple(RateUsed(r.currency, r.on, decimal_text(r.uah_per_unit), r.source)
                  for c, r in sorted(valuation.rates.items()) if c != "UAH")
    return DonorShipment(
        reference=detail.shipment.reference, status=detail.shipment.status.value,
        donor=detail.donor.display_name, recipient=detail.recipient.display_name,
        recipient_city=detail.recipient.settlement or detail.partnership.own_city,
        sent_on=_sent_on(detail), received_on=_received_on(detail), rates=rates,
        lines=tuple(_line(detail, ln, valuation) for ln in detail.lines),
        handovers=handovers_of(detail), write_offs=_write_offs(detail),
        photos=_photos(detail, db_path))


def _categories(shipments: tuple[DonorShipment, ...]) -> tuple[CategoryValue, ...]:
    by_code: dict[str, list[DonorLine]] = {}
    for s in shipments:
        for ln in s.lines:
            by_code.setdefault(ln.category or "other", []).append(ln)
    out = []
    for code, lines in by_code.items():
        money: dict[str, int] = {}
        for ln in lines:
            money[ln.currency] = money.get(ln.currency, 0) + ln.value_minor
        uah = [ln.value_uah for ln in lines]
        out.append(CategoryValue(code, dict(sorted(money.items())),
                                 None if None in uah else sum(u or 0 for u in uah)))
    return tuple(sorted(out, key=lambda c: (-(c.value_uah or 0),
                                            -sum(c.value_by_currency.values()), c.code)))


def _in_period(sent: date | None, date_from: date | None, date_to: date | None) -> bool:
    if date_from is None and date_to is None:
        return True
    if sent is None:
        return False
    return (date_from is None or sent >= date_from) and (date_to is None or sent <= date_to)


def _issuer(details: list[ShipmentDetail], side: str) -> Organisation | None:
    if not details:
        return None
    latest = details[-1]
    return latest.donor if side == "donor" else latest.recipient


def donor_report(db: Database, partner: str, *, date_from: date | None = None,
                 date_to: date | None = None, db_path: Path | None = None,
                 today: date | None = None) -> DonorReport:
    """The report for ``partner`` (as people type it): every shipment of the partnership sent
    in the period (by its loading day), with its books, acquirers, write-offs and photos.

    Raises:
        NameUnknown: no partner city by that name. ValidationFailed: ``date_from`` after
        ``date_to``.
    """
    if date_from and date_to and date_from > date_to:
        raise ValidationFailed([Problem(field="to", rule="date_order", params={
            "value": date_to.isoformat(), "other_field": "from", "other": date_from.isoformat()})])
    found = find_partner(db, partner)
    today = today or date.today()
    refs = [r[0] for r in db.conn.execute(
        "SELECT reference FROM shipment WHERE partnership_id = ? ORDER BY id", (found.id,))]
    details = [d for d in (get_detail(db, ref, today=today) for ref in refs)
               if d.shipment.status not in _NOT_SENT
               and _in_period(_sent_on(d), date_from, date_to)]
    details.sort(key=lambda d: (_sent_on(d) or date.max, d.shipment.reference))
    shipments = tuple(_shipment(db, d, db_path) for d in details)
    issuer = _issuer(details, office_side(db))
    return DonorReport(
        partner_city=found.partner_city, partner_city_uk=found.partner_city_uk,
        own_city=found.own_city, partner_country=found.partner_country,
        date_from=date_from, date_to=date_to, made_on=today,
        office_uk=(issuer.name_uk or issuer.name_en) if issuer else "",
        office_en=(issuer.name_en or issuer.name_uk) if issuer else "",
        shipments=shipments, categories=_categories(shipments))


def write_donor_report(db: Database, partner: str, pdf: Path, *, xlsx: Path | None = None,
                       lang: str | None = None, date_from: date | None = None,
                       date_to: date | None = None, db_path: Path | None = None,
                       today: date | None = None) -> DonorReportResult:
    """Gather the report and write the PDF (and the workbook when ``xlsx`` is given); each file
    replaces an existing one only when complete. Nothing is written to the database.

    Raises:
        NameUnknown, ValidationFailed: before anything is written (an unknown ``lang`` too).
        UnprintableCharacters: a name the embedded font cannot draw.
        StorageError: a file could not be written.
    """
    if lang is not None and lang not in REPORT_LANGS:
        raise ValidationFailed([Problem(field="lang", rule="unknown_choice", params={
            "value": lang, "allowed": ", ".join(REPORT_LANGS)})])
    report = donor_report(db, partner, date_from=date_from, date_to=date_to, db_path=db_path,
                          today=today)
    code = lang or default_lang(find_partner(db, partner))
    # lazy: ReportLab and openpyxl load only when a report is written
    from aidtracker.documents.donor_report import render_donor_report

    pages, sha = render_donor_report(report, pdf, code)
    if xlsx is not None:
        # lazy: openpyxl loads only when a workbook is written
        from aidtracker.ledger.donor_report import write_donor_workbook

        write_donor_workbook(report, xlsx, code)
    return DonorReportResult(report, code, Path(pdf), pages, sha, xlsx)
