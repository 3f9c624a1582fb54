"""The donor report's PDF and workbook, written by the CLI and read back: every acquirer named,
quantities that add up, the equation printed, photos embedded only when marked."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from donor_fixture import PRIVATE, PUBLISHED, DonorDemo, donor_demo
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from aidtracker.cli.main import main


@pytest.fixture(scope="module")
def written(demo_template: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[DonorDemo, Path, Path]:
    folder = tmp_path_factory.mktemp("donor-pdf")
    demo = donor_demo(demo_template, folder)
    pdf, xlsx = folder / "München.pdf", folder / "München.xlsx"
    assert main(["donor-report", "--db", str(demo.path), "--partner", "Munich", "-o", str(pdf),
                 "--xlsx", str(xlsx), "--lang", "uk-de"]) == 0
    return demo, pdf, xlsx


def _acquirers(path: Path) -> set[str]:
    """Institutions that received goods of the München shipments, straight from the store."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT DISTINCT o.name_uk FROM distribution d JOIN organisation o"
            " ON o.id = d.acquirer_id JOIN shipment s ON s.id = d.shipment_id"
            " JOIN partnership p ON p.id = s.partnership_id WHERE p.partner_city = 'München'"
            " AND d.kind = 'act'").fetchall()
    finally:
        con.close()
    return {r[0] for r in rows}


def _text(pdf: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)


def test_pdf_names_every_acquirer_and_prints_the_equation(written: tuple[DonorDemo, Path, Path]
                                                          ) -> None:
    demo, pdf, _ = written
    text = _text(pdf)
    names = _acquirers(demo.path)
    assert names
    for name in names:
        assert " ".join(name.split()) in text, name
    assert "Звіт для донора" in text and "Bericht an den Spender" in text
    assert "versandt (+ Überschuss) = übergeben + abgeschrieben" in text
    assert "Transportschaden am Gehäuse" in text
    for ref in demo.refs[:1]:
        assert ref in text


def test_pdf_embeds_only_the_published_photo(written: tuple[DonorDemo, Path, Path]) -> None:
    _, pdf, _ = written
    reader = PdfReader(pdf)
    images = [img for page in reader.pages for img in page.images]
    assert len(images) == 1
    text = _text(pdf)
    assert " ".join(PUBLISHED.split()) in text and PRIVATE not in text


def _rows(xlsx: Path, index: int) -> list[list[object]]:
    wb = CalamineWorkbook.from_path(str(xlsx))
    return wb.get_sheet_by_name(wb.sheet_names[index]).to_python()


def _d(value: object) -> Decimal:
    return Decimal(str(value or 0))


def test_workbook_quantities_add_up(written: tuple[DonorDemo, Path, Path]) -> None:
    demo, _, xlsx = written
    wb = CalamineWorkbook.from_path(str(xlsx))
    assert wb.sheet_names[:4] == ["Übersicht", "Waren", "Endempfänger", "Abschreibungen"]
    goods, handed, written_off = _rows(xlsx, 1), _rows(xlsx, 2), _rows(xlsx, 3)
    assert goods[0][5] == "Відправлено / Versandt"
    per_line: dict[tuple[str, int], Decimal] = {}
    for row in handed[1:]:
        key = (str(row[0]), int(row[6]))  # type: ignore[call-overload]
        per_line[key] = per_line.get(key, Decimal(0)) + _d(row[8])
    assert per_line
    for row in goods[1:]:
        shipped, surplus, _, dist, off, stock, missing, transit = (_d(v) for v in row[5:13])
        key = (str(row[0]), int(row[1]))  # type: ignore[call-overload]
        assert per_line.get(key, Decimal(0)) == dist
        assert dist == shipped + surplus - off - stock - missing - transit
        assert row[16] == "OK"
    assert len(written_off) == 2 and "Transportschaden" in str(written_off[1][3])
    names = {str(r[3]) for r in handed[1:]}
    for name in _acquirers(demo.path):
        assert any(n.startswith(name) for n in names), name


def test_cli_refuses_bad_input_and_writes_nothing(written: tuple[DonorDemo, Path, Path],
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    demo, _, _ = written
    out = tmp_path / "x.pdf"
    assert main(["donor-report", "--db", str(demo.path), "--partner", "Atlantis", "-o",
                 str(out)]) == 2
    assert main(["donor-report", "--db", str(demo.path), "--partner", "Munich", "-o", str(out),
                 "--from", "2026-02-01", "--to", "2026-01-01"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("aidtracker: ") for line in err)
    assert not out.exists()


def test_polish_partner_in_uk_pl(written: tuple[DonorDemo, Path, Path], tmp_path: Path) -> None:
    demo, _, _ = written
    out = tmp_path / "pl.pdf"
    assert main(["donor-report", "--db", str(demo.path), "--partner", "Warschau", "-o",
                 str(out)]) == 0
    text = _text(out)
    assert "Sprawozdanie dla darczyńcy" in text and "Звіт для донора" in text
