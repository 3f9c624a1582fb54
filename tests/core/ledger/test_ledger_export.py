"""The Excel ledger: hostile text stays text, values are exact, failures never destroy a file."""

from __future__ import annotations

import errno
import hashlib
import re
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.escape import unescape
from openpyxl.writer.excel import ExcelWriter
from python_calamine import CalamineWorkbook

from aidtracker.domain import (
    Asset,
    AssetKind,
    Distribution,
    DistributionKind,
    DistributionLine,
    LineItem,
    Organisation,
    OrgKind,
    Partnership,
    Shipment,
    ShipmentDetail,
    Status,
    Unit,
)
from aidtracker.errors import FileActionFailed
from aidtracker.ledger import ExportCancelled, export_ledger
from aidtracker.ledger import export as export_module
from aidtracker.ledger.safe_cells import MAX_CELL_CHARS, visible

HOSTILE = ["=1+2", '=HYPERLINK("http://x.invalid","a")', "+1", "-1", "@SUM(A1)", "\tx",
           "\rx", "\nx", "#N/A", "#REF!", "'=x", "Z" * 40_000, "a\x0bb", "\x00=zero",
           "Київ «Ягодин»", "😀 🚑", "  spaced  ", "_x0041_ and a\r\nb", "\x1f"]
TEXT_COLUMNS = {  # sheet → columns that carry the hostile text
    "Shipments": ["A", "C", "D", "E", "F", "L", "M", "W"],
    "Items": ["A", "C", "D", "E", "F", "G", "R", "S"],
    "Distributions": ["A", "B", "F", "H"],
}


def detail(n: int, text: str = "Blankets", *, lines: int = 3,
           status: Status = Status.DELIVERED) -> ShipmentDetail:
    """A shipment whose every free-text field is ``text``."""
    shipment = Shipment(
        id=n, reference=f"{text}" if text != "Blankets" else f"KYV-2026-{n:04d}",
        status=status, partnership_id=1, donor_id=1, recipient_id=2, kind=text,
        crossing=text, ahars_code=text, notes=text, pledged_on=date(2026, 1, 2),
        delivered_on=date(2026, 2, 28), currency="EUR")
    items = tuple(
        LineItem(id=None, line_no=i, category=text, description=text, description_en=text,
                 qty_milli=1000 * i + (100 if i == 2 else 0), unit=Unit.KG if i == 2 else Unit.PCS,
                 currency="EUR" if i % 2 else "PLN", unit_value_minor=1_999, hs_code=text,
                 national_code=text, packages=i, net_g=900 * i, gross_g=1000 * i + 5, lot=text,
                 expiry_date=date(2027, 3, 31) if i == 1 else None,
                 assets=(Asset(None, AssetKind.EQUIPMENT, serial_no=text),) if i == 1 else ())
        for i in range(1, lines + 1))
    acts = (Distribution(1, text, date(2026, 3, 1), DistributionKind.ACT, 7, "", text,
                         (DistributionLine(1, 500),)),)
    return ShipmentDetail(shipment, Partnership(1, "Kyiv", text, "PL"),
                          Organisation(1, OrgKind.CITY_AUTHORITY, text),
                          Organisation(2, OrgKind.CITY_AUTHORITY, text), items, (), (), (), (),
                          acts)


@pytest.fixture(scope="module")
def hostile_ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("ledger") / "hostile.xlsx"
    export_ledger((detail(i, t) for i, t in enumerate(HOSTILE, 1)), path, hxl=True)
    return path, HOSTILE


def shown(text: str) -> str:
    """What the cell must hold: control characters as pictures, nothing else changed."""
    return visible(text)[0]


def joined(cell: str, overflow: dict[tuple[str, str], list[str]], where: tuple[str, str]) -> str:
    """A split text put back together from the cell and its Overflow parts."""
    match = re.search(r" \[…continued in sheet Overflow, rows \d+–\d+\]$", cell)
    if not match:
        return cell
    return cell[: match.start()] + "".join(overflow[where])


def overflow_parts(wb: openpyxl.Workbook) -> dict[tuple[str, str], list[str]]:
    parts: dict[tuple[str, str], list[str]] = {}
    if "Overflow" in wb.sheetnames:
        for sheet, cell, _n, text in wb["Overflow"].iter_rows(min_row=2, values_only=True):
            parts.setdefault((sheet, cell), []).append(unescape(text))
    return parts


def test_no_formula_or_error_cell_and_text_is_exact(hostile_ledger: tuple[Path, list[str]]
                                                    ) -> None:
    path, texts = hostile_ledger
    wb = openpyxl.load_workbook(path)  # data_only=False: formulas would show as formulas
    assert [c for ws in wb for row in ws.iter_rows() for c in row
            if c.data_type in ("f", "e")] == []
    overflow = overflow_parts(wb)
    for sheet, columns in TEXT_COLUMNS.items():
        ws = wb[sheet]
        for letter in columns:
            found = [c for c in ws[letter][2:] if c.value is not None]
            values = {joined(unescape(c.value), overflow, (sheet, c.coordinate)) for c in found}
            assert values >= {shown(t) for t in texts}, (sheet, letter)
            for c in found:
                assert c.data_type == "s"
                assert len(c.value) <= MAX_CELL_CHARS
                assert c.quotePrefix is (unescape(c.value)[:1] in "=+-@\t\r\n\0␀")


def test_sheet_xml_has_no_formula_element(hostile_ledger: tuple[Path, list[str]]) -> None:
    path, _ = hostile_ledger
    with zipfile.ZipFile(path) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        assert len(sheets) == 6
        for name in sheets:
            xml = zf.read(name)
            assert re.search(rb"<(\w+:)?f[\s>/]", xml) is None
            assert b't="e"' not in xml and b't="str"' not in xml
        assert b'quotePrefix="1"' in zf.read("xl/styles.xml")


def test_calamine_reads_the_same_text(hostile_ledger: tuple[Path, list[str]]) -> None:
    path, texts = hostile_ledger
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name("Items").to_python(skip_empty_area=False)
    assert rows[1][3] == "#item+name"
    descriptions = [r[3] for r in rows[2:]]
    wanted = [shown(t) for t in texts if len(t) <= MAX_CELL_CHARS]
    assert set(wanted) <= set(descriptions)
    assert {type(r[8]) for r in rows[2:]} == {float}
    assert {r[16] for r in rows[2:] if r[16] != ""} == {date(2027, 3, 31)}


def test_counts_and_totals(tmp_path: Path) -> None:
    details = [detail(i, lines=i % 4 + 1, status=Status.DELIVERED if i % 2 else Status.DRAFT)
               for i in range(1, 9)]
    result = export_ledger(iter(details), tmp_path / "l.xlsx")
    values: dict[str, int] = {}
    for d in details:
        for c, v in d.totals.value_by_currency.items():
            values[c] = values.get(c, 0) + v
    assert (result.shipments, result.lines, result.distribution_lines, result.assets) == (
        8, sum(len(d.lines) for d in details), 8, 8)
    assert result.gross_g == sum(d.totals.gross_g for d in details)
    assert result.qty_milli == sum(d.totals.qty_milli for d in details)
    assert result.value_by_currency == values
    wb = openpyxl.load_workbook(tmp_path / "l.xlsx")
    assert wb.sheetnames == ["README", "Shipments", "Items", "Distributions", "Summary"]
    assert wb["Items"].max_row == 1 + result.lines
    total_eur, total_pln = list(wb["Summary"].iter_rows(min_row=2, max_row=3, values_only=True))
    assert total_eur[:4] == ("Разом / Total", None, 8, result.lines)
    assert Decimal(str(total_eur[7])) == Decimal(result.gross_g) / 1000
    assert (total_eur[8], Decimal(str(total_eur[9]))) == ("EUR", Decimal(values["EUR"]) / 100)
    assert (total_pln[2], total_pln[8]) == (None, "PLN")
    statuses = {r[1] for r in wb["Summary"].iter_rows(min_row=2, values_only=True)
                if r[0] == "Статус / Status"}
    assert statuses == {"delivered", "draft"}


def test_cell_types_and_formats(tmp_path: Path) -> None:
    export_ledger([detail(1)], tmp_path / "l.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "l.xlsx")["Items"]
    header = [c.value for c in ws[1]]
    assert header[3] == "Опис / Description" and ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == "A1:Z4"
    row = ws[3]
    assert row[8].value == 2.1 and row[8].number_format == "#,##0.###"
    assert row[12].value == 19.99 and row[12].number_format == "#,##0.00"
    assert row[13].value == 41.98 and row[14].value == "PLN"
    first = ws[2]
    assert first[16].is_date and first[16].number_format == "DD.MM.YYYY"
    assert first[8].value == 1 and first[8].number_format == "#,##0"
    assert first[22].value == 0.5  # distributed, after received good / damaged / missing


def test_hxl_row(tmp_path: Path) -> None:
    export_ledger([detail(1)], tmp_path / "l.xlsx", hxl=True)
    ws = openpyxl.load_workbook(tmp_path / "l.xlsx")["Shipments"]
    assert [ws["A2"].value, ws["D2"].value, ws["R2"].value] == [
        "#activity+code", "#org+donor", "#value"]
    assert ws.freeze_panes == "B3" and ws.auto_filter.ref == "A2:W3"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def openpyxl_temp_files() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("openpyxl.*")}


@pytest.fixture
def previous(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
             monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, set[str]]:
    # A temp folder of this test's own: other programs' openpyxl files in the shared system
    # temp folder come and go while it runs.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("system-temp")))
    out = tmp_path / "ledger.xlsx"
    export_ledger([detail(1)], out)
    return out, digest(out), openpyxl_temp_files()


def assert_untouched(out: Path, before: str, temp_before: set[str]) -> None:
    assert digest(out) == before
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    assert openpyxl_temp_files() <= temp_before
    openpyxl.load_workbook(out)


def test_failure_mid_stream_keeps_the_previous_file(previous: tuple[Path, str, set[str]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    out, before, temp_before = previous
    calls = {"n": 0}
    real = export_module.item_values

    def failing(*args: object) -> list[object]:
        calls["n"] += 1
        if calls["n"] == 7:
            raise RuntimeError("writer broke")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(export_module, "item_values", failing)
    with pytest.raises(RuntimeError, match="writer broke"):
        export_ledger((detail(i) for i in range(1, 10)), out)
    assert_untouched(out, before, temp_before)


def test_disk_full_on_save(previous: tuple[Path, str, set[str]],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    out, before, temp_before = previous

    def full(self: ExcelWriter) -> None:
        self._archive.writestr("half.xml", b"<half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ExcelWriter, "save", full)
    with pytest.raises(FileActionFailed) as failed:
        export_ledger([detail(1), detail(2)], out)
    assert failed.value.params["reason"] == "full"
    assert_untouched(out, before, temp_before)


def test_cancel_and_progress(previous: tuple[Path, str, set[str]]) -> None:
    out, before, temp_before = previous
    seen: list[tuple[int, int | None]] = []

    def many() -> Iterator[ShipmentDetail]:
        yield from (detail(i, lines=1) for i in range(1, 251))

    with pytest.raises(ExportCancelled) as stopped:
        export_ledger(many(), out, total=250, progress=lambda d, t: seen.append((d, t)),
                      cancelled=lambda: len(seen) >= 2)
    assert stopped.value.params["done"] == 200 and seen == [(100, 250), (200, 250)]
    assert_untouched(out, before, temp_before)
    seen.clear()
    result = export_ledger(many(), out, total=250, progress=lambda d, t: seen.append((d, t)))
    assert result.shipments == 250 and seen[-1] == (250, 250) and digest(out) != before


def test_missing_folder_is_a_file_error(tmp_path: Path) -> None:
    with pytest.raises(FileActionFailed) as failed:
        export_ledger([detail(1)], tmp_path / "nope" / "l.xlsx")
    assert failed.value.params["reason"] == "missing"


def test_writer_refuses_floats(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from aidtracker.ledger.safe_cells import CellWriter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("x")
    writer = CellWriter(wb)
    with pytest.raises(TypeError):
        writer.number(ws, 0.1)  # type: ignore[arg-type]
    assert writer.number(ws, Decimal("0.1")).value == Decimal("0.1")
