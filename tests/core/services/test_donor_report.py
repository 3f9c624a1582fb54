"""The donor's report: every line balances, acquirers' quantities add up, the figures are the
ones ``show --json`` prints, voided lines and unsent shipments stay out, photos only when marked."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from donor_fixture import PRIVATE, PUBLISHED, RATE, DonorDemo, donor_demo
from pypdf import PdfReader

from aidtracker.cli.jsonview import detail_json
from aidtracker.documents.donor_report import render_donor_report
from aidtracker.domain import Distribution, DistributionKind, DistributionLine, Status
from aidtracker.errors import NameUnknown, ValidationFailed
from aidtracker.services import attachments
from aidtracker.services.donor_report import donor_report, handovers_of
from aidtracker.services.rates import value
from aidtracker.services.shipments import get_detail
from aidtracker.store import open_database


@pytest.fixture(scope="module")
def demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> DonorDemo:
    return donor_demo(demo_template, tmp_path_factory.mktemp("donor"))


def _report(demo: DonorDemo, **kw: object):  # type: ignore[no-untyped-def]
    db = open_database(demo.path)
    try:
        return donor_report(db, "Munich", db_path=demo.path, **kw)  # type: ignore[arg-type]
    finally:
        db.close()


def test_every_line_balances_and_the_acquirers_add_up(demo: DonorDemo) -> None:
    report = _report(demo)
    assert report.partner_city == "München" and report.shipments
    handed: dict[tuple[str, int], int] = {}
    for h in report.handovers:
        handed[(h.reference, h.line_no)] = handed.get((h.reference, h.line_no), 0) + h.qty_milli
    for ln in report.lines:
        assert ln.balanced, ln
        rest = (ln.shipped + ln.surplus - ln.written_off - ln.in_stock - ln.missing_damaged
                - ln.in_transit)
        assert handed.get((ln.reference, ln.line_no), 0) == ln.distributed == rest
    assert any(ln.written_off for ln in report.lines)  # the fixture's write-off is in


def test_figures_are_those_of_show_json(demo: DonorDemo) -> None:
    report = _report(demo)
    db = open_database(demo.path)
    try:
        for sh in report.shipments:
            detail = get_detail(db, sh.reference)
            shown = detail_json(detail, value(db, detail.shipment, detail.lines))
            items = {i["line"]: i for i in shown["items"]}  # type: ignore[union-attr]
            assert [ln.line_no for ln in sh.lines] == list(items)
            for ln in sh.lines:
                item = items[ln.line_no]
                assert (item["value_uah"] is None) == (ln.value_uah is None)
                if ln.value_uah is not None:
                    assert item["value_uah"] == f"{ln.value_uah // 100}.{ln.value_uah % 100:02d}"
                assert item["distributed"] == _dec(ln.distributed)
                assert item["on_hand"] == _dec(ln.in_stock)
            assert (shown["totals"]["value_uah"] is None) == (sh.value_uah is None)  # type: ignore[index]
            if sh.rates:
                assert sh.rates[0].uah_per_unit == str(RATE)
    finally:
        db.close()


def _dec(milli: int) -> str:
    text = f"{milli // 1000}.{milli % 1000:03d}".rstrip("0").rstrip(".")
    return text


def test_voided_lines_and_unsent_shipments_are_left_out(demo: DonorDemo) -> None:
    report = _report(demo)
    ref, line_no = demo.voided
    assert (ref, line_no) not in {(ln.reference, ln.line_no) for ln in report.lines}
    db = open_database(demo.path)
    try:
        statuses = {r: get_detail(db, r).shipment.status for r in demo.refs}
    finally:
        db.close()
    unsent = {r for r, s in statuses.items() if s in (Status.DRAFT, Status.PLEDGED,
                                                        Status.CANCELLED, Status.PREPARING)}
    assert not unsent & {s.reference for s in report.shipments}


def test_only_photos_marked_for_publication(demo: DonorDemo) -> None:
    report = _report(demo)
    captions = [p.caption for s in report.shipments for p in s.photos]
    assert captions == [PUBLISHED]
    assert PRIVATE not in captions
    assert all(Path(p.path).is_file() for s in report.shipments for p in s.photos)


def test_period_selects_by_the_loading_day(demo: DonorDemo) -> None:
    everything = _report(demo)
    days = sorted(s.sent_on for s in everything.shipments if s.sent_on)
    later = _report(demo, date_from=days[-1])
    assert [s.sent_on for s in later.shipments] == [d for d in days if d >= days[-1]]
    assert _report(demo, date_from=date(2100, 1, 1)).shipments == ()
    with pytest.raises(ValidationFailed):
        _report(demo, date_from=date(2026, 2, 1), date_to=date(2026, 1, 1))


def test_unknown_partner_names_the_closest(demo: DonorDemo) -> None:
    db = open_database(demo.path)
    try:
        with pytest.raises(NameUnknown):
            donor_report(db, "Mnchen-Nord-Ost")
    finally:
        db.close()


def test_publishing_a_document_is_refused(demo: DonorDemo, tmp_path: Path) -> None:
    scan = tmp_path / "act.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    db = open_database(demo.path)
    try:
        a = attachments.add_attachment(db, demo.path, demo.distributing, scan,
                                       kind="signed_act", actor="test")
        with pytest.raises(ValidationFailed):
            attachments.set_published(db, demo.distributing, int(a.id or 0), publish=True,
                                      actor="test")
        assert not attachments.attachment_by_id(db, demo.distributing, int(a.id or 0)).published
    finally:
        db.close()


def test_persons_are_counted_per_settlement_never_named(demo: DonorDemo, tmp_path: Path
                                                        ) -> None:
    db = open_database(demo.path)
    try:
        detail = get_detail(db, demo.distributing)
        report = donor_report(db, "Munich", db_path=demo.path)
    finally:
        db.close()
    line = detail.lines[0]
    people = tuple(Distribution(
        id=None, act_no=f"KYV-ROZ-2026-09{n}", on=date(2026, 8, 20),
        kind=DistributionKind.ISSUE_STATEMENT, acquirer_id=None, person_name=name,
        settlement="Irpin", lines=(DistributionLine(line.line_no, 1000, ()),))
        for n, name in enumerate(("Олена Коваль", "Ivan Petrenko")))
    rows = handovers_of(dataclasses.replace(detail, distributions=detail.distributions + people))
    persons = [h for h in rows if h.persons]
    assert [(h.persons, h.qty_milli, h.acquirer, h.city) for h in persons] == [
        (2, 2000, "", "Irpin")]
    shipment = next(s for s in report.shipments if s.reference == demo.distributing)
    one = dataclasses.replace(report, shipments=(dataclasses.replace(shipment, handovers=rows),))
    out = tmp_path / "persons.pdf"
    render_donor_report(one, out, "uk-en")
    text = " ".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert "Фізичні особи: 2" in text and "Individuals: 2" in text
    assert "Коваль" not in text and "Petrenko" not in text
