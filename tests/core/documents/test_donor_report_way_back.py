"""The way back reaches the donor's report: the recipient office's receipt and distribution,
exported as a shipment file and imported at the donor office (MUC), show up in the donor
report MUC writes for München — acquirer named, quantities adding up."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from aidtracker.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> str:
    assert main(["--actor", "tester", *map(str, argv)]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_donor_office_reports_what_the_recipient_sent_back(
        demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kyv, muc = tmp_path / "kyv.db", tmp_path / "muc.db"
    shutil.copy(demo_template, kyv)
    _run(capsys, "new", "--db", muc, "--office", "MUC", "--side", "donor")
    sent, back = tmp_path / "sent.aidship", tmp_path / "back.aidship"
    _run(capsys, "export-shipment", "KYV-2026-0002", sent, "--db", kyv)
    _run(capsys, "import-shipment", sent, "--db", muc)
    for line, good in ((1, "1200"), (2, "800"), (3, "20")):
        _run(capsys, "receive", "KYV-2026-0002", "--db", kyv, "--line", line, "--good", good)
    _run(capsys, "advance", "KYV-2026-0002", "delivered", "--db", kyv, "--set",
         "handover_act_no=D6-77", "--set", f"delivered_on={date.today()}")
    _run(capsys, "distribute", "KYV-2026-0002", "--db", kyv, "--to",
         "Kyiv City Emergency Hospital", "--line", "1", "--quantity", "400")
    _run(capsys, "export-shipment", "KYV-2026-0002", back, "--db", kyv)
    _run(capsys, "import-shipment", back, "--db", muc)
    pdf, xlsx = tmp_path / "muc.pdf", tmp_path / "muc.xlsx"
    _run(capsys, "donor-report", "--db", muc, "--partner", "München", "-o", pdf, "--xlsx", xlsx)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "Kyiv City Emergency Hospital" in text
    wb = CalamineWorkbook.from_path(str(xlsx))
    goods = wb.get_sheet_by_name(wb.sheet_names[1]).to_python()
    handed = wb.get_sheet_by_name(wb.sheet_names[2]).to_python()
    assert [float(r[8]) for r in handed[1:]] == [400.0]
    first = goods[1]
    assert (float(first[5]), float(first[8]), float(first[10])) == (1200.0, 400.0, 800.0)
