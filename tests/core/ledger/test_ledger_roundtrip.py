"""Demo database → ledger → read back with openpyxl and calamine: every count and total equals
what ``aidtracker show --json`` says; LibreOffice converts it and shows injected text as text."""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from aidtracker.cli import excel as cli_excel
from aidtracker.cli.main import main as cli_main
from aidtracker.domain import (
    LineItem,
    Organisation,
    OrgKind,
    Partnership,
    Shipment,
    ShipmentDetail,
    Status,
    Unit,
)
from aidtracker.services.ledger import LedgerFilters, export_ledger_file, ledger_details
from aidtracker.store import open_database

INJECTED = '=HYPERLINK("http://x.invalid","a")'


@pytest.fixture(scope="module")
def demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


def show_json(db_path: Path, reference: str, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert cli_main(["show", reference, "--db", str(db_path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def run_excel_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    cli_excel.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.handler(args))


def by_reference(rows: list[list[object]]) -> dict[str, list[object]]:
    return {str(r[0]): r for r in rows[1:]}


def test_demo_ledger_matches_show_json(demo: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ledger.xlsx"
    assert run_excel_cli(["export-ledger", str(out), "--db", str(demo), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    wb = openpyxl.load_workbook(out)
    ship_rows = [list(r) for r in wb["Shipments"].iter_rows(values_only=True)]
    item_rows = [list(r) for r in wb["Items"].iter_rows(values_only=True)]
    calamine = CalamineWorkbook.from_path(str(out))
    cal_ships = calamine.get_sheet_by_name("Shipments").to_python()
    assert len(ship_rows) - 1 == written["shipments"] == 42
    items_per_ref = Counter(str(r[0]) for r in item_rows[1:])
    lines = gross = 0
    values: Counter[str] = Counter()
    for reference, row in by_reference(ship_rows).items():
        shown = show_json(demo, reference, capsys)
        totals = shown["totals"]
        for source in (row, by_reference(cal_ships)[reference]):
            assert source[13] == totals["lines"] == items_per_ref[reference]
            assert Decimal(str(source[16])) == Decimal(totals["gross_kg"])
            rest = dict(totals["value_by_currency"])
            if rest:
                assert Decimal(str(source[17])) == Decimal(rest.pop(source[18]))
            assert str(source[19] or "") == "; ".join(f"{v} {c}" for c, v in rest.items())
        lines += totals["lines"]
        gross += Decimal(totals["gross_kg"])
        values.update({c: Decimal(v) for c, v in totals["value_by_currency"].items()})
    assert written["lines"] == lines and Decimal(written["gross_kg"]) == gross
    assert {c: Decimal(v) for c, v in written["values"].items()} == values
    summary = [r for r in wb["Summary"].iter_rows(min_row=2, values_only=True)
               if r[0] == "Разом / Total"]
    assert summary[0][2:4] == (42, lines)
    assert Decimal(str(summary[0][7])) == gross
    assert {r[8]: Decimal(str(r[9])) for r in summary} == values


def test_filters_select_like_the_list(demo: Path, tmp_path: Path) -> None:
    db = open_database(demo)
    try:
        every = list(ledger_details(db, LedgerFilters()))
        delivered = [d for d in every if d.shipment.status is Status.DELIVERED]
        result = export_ledger_file(db, tmp_path / "d.xlsx", LedgerFilters(Status.DELIVERED))
    finally:
        db.close()
    assert [d.shipment.reference for d in every] == sorted(d.shipment.reference for d in every)
    assert result.shipments == len(delivered) > 0
    assert result.lines == sum(len(d.lines) for d in delivered)
    readme = dict(openpyxl.load_workbook(tmp_path / "d.xlsx")["README"].iter_rows(
        min_row=2, values_only=True))
    assert readme["Фільтри / Filters"] == "status=delivered"


def test_bad_date_filter_is_a_usage_error(demo: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        run_excel_cli(["export-ledger", str(tmp_path / "x.xlsx"), "--db", str(demo),
                       "--from", "someday"])
    assert exit_.value.code == 2


def injected_detail() -> ShipmentDetail:
    shipment = Shipment(id=1, reference="KYV-2026-0001", status=Status.DELIVERED,
                        partnership_id=1, donor_id=1, recipient_id=2, notes=INJECTED,
                        delivered_on=date(2026, 2, 28))
    line = LineItem(id=None, line_no=1, category="hygiene", description=INJECTED,
                    qty_milli=1500, unit=Unit.KG, currency="EUR", unit_value_minor=1999)
    return ShipmentDetail(shipment, Partnership(1, "Kyiv", "@SUM(A1)", "PL"),
                          Organisation(1, OrgKind.CITY_AUTHORITY, "+1"),
                          Organisation(2, OrgKind.CITY_AUTHORITY, "-1"), (line,), (), (), (), (),
                          ())


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_converts_and_keeps_injected_text(tmp_path: Path) -> None:
    from aidtracker.ledger import export_ledger

    export_ledger([injected_detail()], tmp_path / "l.xlsx", hxl=True)
    out = tmp_path / "csv"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
         "false,-1", "--outdir", str(out), str(tmp_path / "l.xlsx")],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()
    with (out / "l-Items.csv").open(encoding="utf-8", newline="") as f:
        items = list(csv.reader(f))
    with (out / "l-Shipments.csv").open(encoding="utf-8", newline="") as f:
        shipments = list(csv.reader(f))
    assert items[2][3] == INJECTED and items[2][8] == "1.5" and items[2][12] == "19.99"
    assert shipments[2][2:5] == ["@SUM(A1)", "+1", "-1"]
    assert shipments[2][22] == INJECTED
