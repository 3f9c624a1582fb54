"""``backups``, ``restore``, ``sessions`` and attribution, driven as the contract says."""

from __future__ import annotations

import getpass
import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from aidtracker.cli.main import main
from aidtracker.services import maintenance
from aidtracker.store import open_database


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_template, copy)  # a closed file: plain copy is safe here
    return copy


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_first_change_of_the_day_makes_a_verified_backup(demo: Path, capsys) -> None:
    code, out, _ = run(capsys, "backups", "--db", str(demo), "--json")
    assert (code, json.loads(out)) == (0, [])
    code, _, _ = run(capsys, "tick", "KYV-2026-0007", "CL-B01", "--db", str(demo))
    assert code == 0
    code, out, _ = run(capsys, "backups", "--db", str(demo), "--json")
    (listed,) = json.loads(out)
    assert set(listed) >= {"path", "time", "size", "verified"} and listed["verified"] is True
    assert datetime.fromisoformat(listed["time"]).astimezone().date() == date.today()
    assert Path(listed["path"]).stat().st_size == listed["size"]
    run(capsys, "tick", "KYV-2026-0007", "CL-B02", "--db", str(demo))  # not a second one today
    assert len(json.loads(run(capsys, "backups", "--db", str(demo), "--json")[1])) == 1


def test_restore_into_a_new_file_and_refusals(demo: Path, tmp_path: Path, capsys) -> None:
    run(capsys, "tick", "KYV-2026-0007", "CL-B01", "--db", str(demo))
    backup = json.loads(run(capsys, "backups", "--db", str(demo), "--json")[1])[0]["path"]
    target = tmp_path / "restored.db"
    assert run(capsys, "restore", backup, "--db", str(target))[0] == 0
    for ref in ("KYV-2026-0001", "KYV-2026-0007"):
        assert run(capsys, "show", ref, "--db", str(target), "--json")[1] == run(
            capsys, "show", ref, "--db", str(demo), "--json")[1]
    before = target.read_bytes()
    code, _, err = run(capsys, "restore", backup, "--db", str(target))
    assert code == 2 and "already exists" in err and target.read_bytes() == before
    holder = open_database(target)
    maintenance.register_session(holder, "aidtracker gui")
    before = target.read_bytes()
    try:
        code, _, err = run(capsys, "restore", backup, "--db", str(target), "--replace")
    finally:
        holder.close()
    assert code == 2 and "open in another program" in err and target.read_bytes() == before
    code, out, _ = run(capsys, "restore", backup, "--db", str(demo), "--replace")
    assert code == 0 and "kept" in out
    kinds = {b["reason"] for b in json.loads(run(capsys, "backups", "--db", str(demo),
                                                  "--json")[1])}
    assert "before-restore" in kinds


def test_sessions_json_lists_the_live_ones(demo: Path, capsys) -> None:
    db = open_database(demo)
    try:
        maintenance.register_session(db, "aidtracker gui")
        code, out, _ = run(capsys, "sessions", "--db", str(demo), "--json")
    finally:
        db.close()
    (listed,) = json.loads(out)
    assert code == 0 and set(listed) == {"host", "user", "pid", "since", "program"}
    assert listed["program"] == "aidtracker gui"


def test_a_refused_command_leaves_no_session_and_a_done_one_removes_its_own(demo: Path,
                                                                           capsys) -> None:
    run(capsys, "tick", "KYV-2026-0007", "CL-B01", "--db", str(demo))
    db = open_database(demo)
    try:
        assert db.conn.execute("SELECT count(*) FROM session").fetchone()[0] == 0
    finally:
        db.close()


def test_actor_defaults_to_the_os_user_and_is_never_empty(demo: Path, capsys,
                                                          monkeypatch) -> None:
    monkeypatch.delenv("AIDTRACKER_USER", raising=False)
    assert run(capsys, "tick", "KYV-2026-0007", "CL-B01", "--db", str(demo))[0] == 0
    db = open_database(demo)
    try:
        actor = db.conn.execute("SELECT actor FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        db.close()
    assert actor == getpass.getuser() != "cli"
    before = demo.read_bytes()
    for argv in (("--actor", "", "tick", "KYV-2026-0007", "CL-B02"),
                 ("--actor", "  ", "tick", "KYV-2026-0007", "CL-B02"),
                 ("tick", "KYV-2026-0007", "CL-B02", "--override", "")):
        code, _, err = run(capsys, *argv, "--db", str(demo))
        assert code == 2 and len(err.strip().splitlines()) == 1
    assert demo.read_bytes() == before


@pytest.mark.parametrize("office", ["../../x", "", "K", "KYIV-1", "Київ", "TOOLONGX"])
def test_office_codes_are_validated(tmp_path: Path, capsys, office: str) -> None:
    target = tmp_path / "new.db"
    code, _, err = run(capsys, "new", "--db", str(target), "--office", office)
    assert code == 2 and "office" in err and not target.exists()


def test_export_format_follows_the_extension(demo: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "ledger.csv"
    code, _, err = run(capsys, "export-ledger", "--db", str(demo), str(target))
    assert code == 2 and ".xlsx" in err and not target.exists()
    assert list(tmp_path.glob(".*")) == []
