"""T8 (the golden corpus of partner lists reads as expected) and T9 (a bad row or a failure
during the commit changes nothing at all)."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path

import pytest
from battery import metric

from aidtracker.errors import ValidationFailed
from aidtracker.importer import parse_manifest
from aidtracker.money import grams_to_kg, milli_to_decimal
from aidtracker.services.imports import import_manifest

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"),
                      parse_float=Decimal)


def test_golden_corpus() -> None:
    matches = 0
    for name, expected in EXPECTED.items():
        manifest = parse_manifest(SAMPLES / name)
        totals = manifest.totals
        got = (manifest.ok, manifest.currency, totals.lines, milli_to_decimal(totals.qty_milli),
               grams_to_kg(totals.gross_g))
        matches += got == (expected["ok"], expected["currency"], expected["lines"],
                           Decimal(str(expected["quantity"])), Decimal(str(expected["gross_kg"])))
    metric("T8_golden_corpus", corpus_files=len(EXPECTED), matches_expected=matches,
           matches_pct=round(100 * matches / len(EXPECTED)))
    assert matches == len(EXPECTED)


def _tables(db) -> dict[str, str]:  # type: ignore[no-untyped-def]
    names = [r[0] for r in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '%search%'")]
    return {n: hashlib.sha256(repr(sorted(map(repr, db.conn.execute(
        f"SELECT * FROM [{n}]")))).encode()).hexdigest() for n in names}


def _with_bad_row(source: Path, target: Path, k: int) -> int:
    lines = source.read_bytes().decode("cp1251").splitlines()
    row = [1, len(lines) // 2, len(lines) - 1][k]
    cells = lines[row].split(";")
    cells[1] = "abc"
    lines[row] = ";".join(cells)
    target.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    return row


def test_import_atomicity(db, seed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = SAMPLES / "lublin_khmelnytskyi.csv"
    before = _tables(db)
    changed = rows_added = 0
    for k in range(3):
        bad = tmp_path / f"bad{k}.csv"
        _with_bad_row(source, bad, k)
        with pytest.raises(ValidationFailed):
            import_manifest(db, bad, partner="Leipzig", recipient="Kyiv City Council",
                            currency="PLN", actor="t9")
        after = _tables(db)
        changed += sum(1 for t in before if after[t] != before[t])
    from aidtracker.store import audit

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("failure injected during the commit")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        import_manifest(db, source, partner="Leipzig", recipient="Kyiv City Council",
                        currency="PLN", actor="t9")
    after = _tables(db)
    changed += sum(1 for t in before if after[t] != before[t])
    rows_added = db.conn.execute("SELECT count(*) FROM line_item").fetchone()[0]
    metric("T9_import_atomicity", failures_injected=4, rows_added_on_failure=rows_added,
           tables_changed_on_failure=changed)
    assert (rows_added, changed) == (0, 0)
