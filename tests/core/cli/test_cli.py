"""The command line: exact JSON, exit codes, and nothing written on a refusal."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from aidtracker.cli.main import main


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_template, copy)  # a closed file: plain copy is safe here
    return copy


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def show(capsys: pytest.CaptureFixture[str], db: Path, ref: str) -> dict:  # type: ignore[type-arg]
    code, out, _ = run(capsys, "show", ref, "--db", str(db), "--json")
    assert code == 0
    return json.loads(out)


def test_demo_covers_every_state_and_pair(demo: Path, capsys) -> None:
    code, out, _ = run(capsys, "shipments", "--db", str(demo), "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 40
    from aidtracker.domain import Status

    assert {r["status"] for r in rows} == {s.value for s in Status}
    assert len({r["partner"] for r in rows}) >= 12


def test_show_json_totals_are_exact(demo: Path, capsys) -> None:
    _, out, _ = run(capsys, "shipments", "--db", str(demo), "--json")
    refs = [r["reference"] for r in json.loads(out)]
    sample = next(d for d in (show(capsys, demo, r) for r in refs) if d["totals"]["lines"] == 30)
    assert sample["totals"]["gross_kg"] == "3"
    assert sum(Decimal(i["gross_kg"]) for i in sample["items"]) == Decimal(3)
    for ref in refs:
        data = show(capsys, demo, ref)
        by_currency: dict[str, Decimal] = {}
        for item in data["items"]:
            by_currency[item["currency"]] = by_currency.get(item["currency"], 0) + Decimal(
                item["value"])
            assert isinstance(item["quantity"], str) and isinstance(item["value"], str)
        assert {c: Decimal(v) for c, v in data["totals"]["value_by_currency"].items()} == (
            by_currency)
        assert Decimal(data["totals"]["gross_kg"]) == sum(
            Decimal(i["gross_kg"]) for i in data["items"])
        for key in ("reference", "status", "partner", "donor", "recipient", "events",
                    "checklist"):
            assert key in data
        assert set(data["recipient"]) >= {"name", "edrpou"}


def test_vehicle_serials_and_json_has_no_floats(demo: Path, capsys) -> None:
    data = show(capsys, demo, "KYV-2026-0001")
    assert data["items"][0]["serials"][0].startswith("ZZD0AMB")
    assert "." not in json.dumps(data["totals"]["lines"])

    def no_floats(value: object) -> None:
        assert not isinstance(value, float)
        if isinstance(value, dict):
            for v in value.values():
                no_floats(v)
        if isinstance(value, list):
            for v in value:
                no_floats(v)

    no_floats(data)


def test_advance_moves_and_records(demo: Path, capsys) -> None:
    code, out, _ = run(capsys, "--actor", "olena", "advance", "KYV-2026-0004", "held_at_customs",
                       "--db", str(demo), "--reason", "papers checked again", "--note", "call")
    assert code == 0 and out.strip() == "KYV-2026-0004: at_border → held_at_customs"
    last = show(capsys, demo, "KYV-2026-0004")["events"][-1]
    assert (last["event"], last["from"], last["to"], last["actor"], last["reason"],
            last["note"]) == ("hold_at_customs", "at_border", "held_at_customs", "olena",
                              "papers checked again", "call")
    clear = ("advance", "KYV-2026-0004", "cleared", "--db", str(demo),
             "--set", "cleared_on=2026-11-20", "--set", "clearance_ref=UA-77")
    code, _, err = run(capsys, *clear)
    assert code == 2 and "CL-B07" in err
    code, out, _ = run(capsys, "tick", "KYV-2026-0004", "CL-B07", "--db", str(demo))
    assert (code, out.strip()) == (0, "KYV-2026-0004 CL-B07: done")
    code, _, _ = run(capsys, *clear)
    assert code == 0 and show(capsys, demo, "KYV-2026-0004")["dates"]["cleared_on"] == (
        "2026-11-20")


BAD = [
    (["show", "KYV-1999-0001"], "shipment KYV-1999-0001 not found"),
    (["advance", "KYV-2026-0018", "closed"], "cannot closed a shipment that is pledged"),
    (["advance", "KYV-2026-0018", "accepted"], "written consent"),
    (["advance", "KYV-2026-0018", "accepted", "--set", "consent_date"], "FIELD=VALUE"),
    (["advance", "KYV-2026-0018", "accepted", "--set", "consent_date=31.02.2026",
      "--set", "consent_signer=X"], "consent_date"),
    (["advance", "KYV-2026-0018", "accepted", "--set", "cleared_on=2026-01-01"], "cleared_on"),
    (["advance", "KYV-2026-0006", "cancelled", "--reason", "bored"], "donor_withdrew"),
    (["advance", "KYV-2026-0006", "on_hold"], "give a reason"),
    (["tick", "KYV-2026-0006", "CL-NOPE"], "checklist item CL-NOPE not found"),
    (["tick", "KYV-2026-0006", "CL-B02", "--override", " "], "give a reason"),
]


@pytest.mark.parametrize(("argv", "words"), BAD)
def test_refused_actions_exit_2_and_change_nothing(demo: Path, capsys, sha256, argv, words
                                                   ) -> None:
    before = sha256(demo)
    code, _, err = run(capsys, *argv, "--db", str(demo))
    assert code == 2
    assert words in err
    assert len(err.strip().splitlines()) == 1
    assert sha256(demo) == before


@pytest.mark.parametrize("argv", [["shipments", "--status", "bogus"],
                                  ["advance", "KYV-2026-0001", "nowhere"],
                                  ["show"]])
def test_argument_errors_exit_2(demo: Path, capsys, sha256, argv) -> None:
    before = sha256(demo)
    with pytest.raises(SystemExit) as info:
        main([*argv, "--db", str(demo)])
    assert info.value.code == 2
    assert sha256(demo) == before


@pytest.mark.parametrize("command", [["shipments"], ["show", "KYV-2026-0001"], ["check"],
                                     ["advance", "KYV-2026-0001", "distributed"]])
def test_foreign_and_missing_files_are_refused_untouched(tmp_path: Path, capsys, sha256,
                                                         command) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"SQLite format 3\x00" + bytes(100))
    before = sha256(foreign)
    code, _, err = run(capsys, *command, "--db", str(foreign))
    assert code == 2 and "notes.db" in err
    assert sha256(foreign) == before
    missing = tmp_path / "missing.db"
    code, _, err = run(capsys, *command, "--db", str(missing))
    assert code == 2 and "no such file" in err
    assert not missing.exists()


def test_new_demo_and_backup_never_overwrite(demo: Path, tmp_path: Path, capsys, sha256) -> None:
    before = sha256(demo)
    for argv in (["new", "--db", str(demo)], ["demo", "--db", str(demo)],
                 ["backup", "--db", str(demo), str(demo)]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "exists" in err
        assert sha256(demo) == before
    out = tmp_path / "copy.db"
    code, text, _ = run(capsys, "backup", "--db", str(demo), str(out))
    assert code == 0 and "verified" in text and out.exists()


def test_check_reports_deadlines(demo: Path, capsys) -> None:
    code, out, _ = run(capsys, "check", "--db", str(demo))
    assert code == 0
    assert "integrity: ok" in out and "overdue" in out and "at_risk" in out


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = subprocess.run([sys.executable, "-m", "aidtracker", "new", "--db", str(db)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "aidtracker", "show", "NOPE", "--db", str(db)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == "aidtracker: shipment NOPE not found"
