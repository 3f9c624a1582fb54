"""T6: damaged or foreign files are refused untouched with the one clear message; a hot journal
is recovered with every row; the window's non-interactive path exits 2 without a dialog."""

from __future__ import annotations

import time
from pathlib import Path

import corpus
import pytest
from battery import FULL, cli, metric

from aidtracker.catalogue import error_text, words
from aidtracker.errors import AidTrackerError
from aidtracker.store import open_database


def test_every_damaged_file_is_refused_untouched(tmp_path: Path) -> None:
    cases = corpus.build(tmp_path / "corpus")
    modified = created = unclear = crashes = 0
    problems: list[str] = []
    for name, path in cases.items():
        before = corpus.snapshot(path.parent)
        expected = corpus.EXPECTED[name]
        try:
            db = open_database(path)
        except AidTrackerError as exc:
            got = (exc.code, str(exc.params.get("reason")))
            if got != expected or path.name not in error_text(exc, "en", label=words("en")):
                unclear += 1
                problems.append(f"{name}: {got} {error_text(exc, 'en', label=words('en'))}")
        except Exception as exc:
            crashes += 1
            problems.append(f"{name}: crash {type(exc).__name__}: {exc}")
        else:
            rows = db.conn.execute("SELECT count(*) FROM setting").fetchone()[0]
            db.close()
            if expected is not None or rows != corpus.ROWS["setting"]:  # every committed row
                unclear += 1
                problems.append(f"{name}: opened with {rows} rows")
        after = corpus.snapshot(path.parent)
        if name == "hot_journal":  # recovery rolls the journal back: expected to change
            continue
        modified += sum(1 for k in before if after.get(k) != before[k])
        created += len(set(after) - set(before))
    metric("T6_damaged_files", cases=len(cases), files_modified=modified, files_created=created,
           unclear_errors=unclear, crashes=crashes)
    assert (modified, created, unclear, crashes) == (0, 0, 0, 0), problems


@pytest.mark.parametrize("case", ["flipped_data_page", "zero_bytes", "foreign_sqlite",
                                  "newer_schema", "header_zeroed", "truncated_half"])
def test_screenshot_of_a_damaged_file_exits_2_at_once(tmp_path: Path, case: str) -> None:
    if not FULL and case != "flipped_data_page":
        pytest.skip("full battery only (one case in the quick run)")
    path = corpus.build(tmp_path / "corpus")[case]
    before = path.read_bytes()
    started = time.monotonic()
    done = cli("gui", "--db", str(path), "--screenshot", str(tmp_path / "x.png"), timeout=60)
    seconds = time.monotonic() - started
    metric("T6_gui_screenshot", case=case, exit_code=done.returncode, seconds=f"{seconds:.1f}",
           tracebacks=done.stderr.count("Traceback"), file_changed=int(path.read_bytes() != before))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert path.name in done.stderr and path.read_bytes() == before and seconds < 30
    assert not (tmp_path / "x.png").exists()
