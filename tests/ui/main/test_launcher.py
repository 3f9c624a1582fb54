"""The ``aidtracker`` command: the core's commands plus the window's, window by default."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui import launcher


def test_core_commands_pass_through(tmp_path: Path, capsys) -> None:
    db = tmp_path / "x.db"
    assert launcher.main(["new", "--db", str(db)]) == 0
    assert launcher.main(["show", "NOPE", "--db", str(db)]) == 2
    assert "shipment NOPE not found" in capsys.readouterr().err


def test_no_command_opens_the_window_and_writes_nothing(monkeypatch, tmp_path: Path) -> None:
    opened: list[tuple[object, object]] = []
    monkeypatch.setattr("ui.app.run_app", lambda path, lang=None, screenshot=None: (
        opened.append((path, lang)) or 0))
    home = tmp_path / "home"
    monkeypatch.setenv("AIDTRACKER_HOME", str(home))
    assert launcher.main([]) == 0
    assert opened == [(None, None)]  # the window decides: last file, else it asks
    assert not home.exists()  # no demo built in the real data folder (issue 15, major 5)


def test_core_module_alone_has_no_window_commands() -> None:
    result = subprocess.run([sys.executable, "-m", "aidtracker", "gui"], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 2 and "invalid choice: 'gui'" in result.stderr


def test_the_window_command_does_not_load_the_command_line() -> None:
    """``aidtracker`` / ``aidtracker run`` open the window without importing every CLI
    command's modules (start-up); anything else goes through the full command line."""
    import subprocess
    import sys

    code = ("import sys; from ui.launcher import window_args; "
            "a = window_args(['run', '--db', 'x.db', '--lang', 'uk']); "
            "assert a is not None and str(a.db) == 'x.db' and a.lang == 'uk', a; "
            "assert window_args([]) is not None; "
            "assert window_args(['show', 'KYV-2026-0001']) is None; "
            "assert window_args(['run', '--help']) is None; "
            "assert window_args(['run', '--lang', 'xx']) is None; "
            "assert window_args(['run', '--db']) is None; "
            "assert window_args(['gui', '--db=y.db']).db.name == 'y.db'; "
            "assert window_args(['run', '--screenshot', 'o.png', '--x']) is None; "
            "heavy = {'aidtracker.cli.main', 'sqlite_utils'} & set(sys.modules); "
            "assert not heavy, heavy")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
