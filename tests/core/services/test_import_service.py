"""import_manifest and the import-manifest command: all checked first, then one transaction."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from aidtracker.catalogue import detail_text
from aidtracker.cli import excel as cli_excel
from aidtracker.errors import NotFound, ShipmentLocked, ValidationFailed
from aidtracker.importer import ImportRejected
from aidtracker.services import imports
from aidtracker.services.shipments import get_detail
from aidtracker.store import linerows

SAMPLES = Path(__file__).parents[3].parent / "shared" / "samples"
MAGDEBURG = SAMPLES / "magdeburg_zaporizhzhia.xlsx"
LUBLIN = SAMPLES / "lublin_khmelnytskyi.csv"
TABLES = ("shipment", "line_item", "asset", "status_event", "audit")


def counts(db: Database) -> dict[str, int]:
    return {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    path.write_text("Description;Quantity;Unit;Gross kg;Value EUR\n"
                    "Tents;10;pcs;120;5 000,00\n"
                    "Blankets;many;pcs;12;100,00\n"
                    "Boots;20;pair;40;800,00\n", encoding="utf-8")
    return path


def run(db: Database, path: Path, **kw: object) -> imports.ImportResult:
    args: dict[str, object] = {"partner": "Leipzig", "recipient": "Kyiv City Council",
                               "actor": "tester", **kw}
    return imports.import_manifest(db, path, **args)  # type: ignore[arg-type]


def test_import_creates_a_draft_with_every_line(db: Database, seed: object) -> None:
    result = run(db, MAGDEBURG)
    assert result.created and result.reference and result.lines == 3
    detail = get_detail(db, result.reference)
    assert detail.donor.name_en == "City of Leipzig"
    assert detail.recipient.name_en == "Kyiv City Council"
    assert detail.totals.value_by_currency == {"EUR": 3_603_050}
    assert detail.totals.gross_g == 4_801_500
    assert [a.serial_no for a in detail.lines[0].assets] == ["SDMO-30-4471", "SDMO-30-4472"]
    assert "magdeburg_zaporizhzhia.xlsx" in detail.shipment.notes


def test_second_import_extends_the_shipment(db: Database, seed: object) -> None:
    reference = run(db, MAGDEBURG).reference
    assert reference is not None
    result = run(db, LUBLIN, shipment_ref=reference)
    assert (result.reference, result.created, result.lines) == (reference, False, 3)
    detail = get_detail(db, reference)
    assert [x.line_no for x in detail.lines] == [1, 2, 3, 4, 5, 6]
    assert detail.totals.value_by_currency == {"EUR": 3_603_050, "PLN": 11_790_000}


def test_bad_rows_refuse_the_whole_file(db: Database, seed: object, tmp_path: Path) -> None:
    before = counts(db)
    with pytest.raises(ValidationFailed) as refused:
        run(db, bad_file(tmp_path))
    assert [(p.row, p.params["column"], p.rule) for p in refused.value.problems] == [
        (3, "B", "not_a_number")]
    assert counts(db) == before


def test_accept_good_rows(db: Database, seed: object, tmp_path: Path) -> None:
    result = run(db, bad_file(tmp_path), accept_good_rows=True)
    assert result.lines == 2 and result.skipped_rows == (3,)
    assert result.reference is not None
    assert [x.description_en for x in get_detail(db, result.reference).lines] == ["Tents",
                                                                                   "Boots"]


def test_dry_run_writes_nothing(db: Database, seed: object) -> None:
    before = counts(db)
    result = run(db, MAGDEBURG, dry_run=True)
    assert (result.reference, result.created, result.lines) == (None, True, 3)
    assert counts(db) == before


def test_rejected_file_writes_nothing(db: Database, seed: object, tmp_path: Path) -> None:
    before = counts(db)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(MAGDEBURG.read_bytes()[:900])
    with pytest.raises(ImportRejected):
        run(db, broken)
    assert counts(db) == before


def test_failure_during_the_write_rolls_everything_back(db: Database, seed: object,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    before = counts(db)
    real = linerows.insert_assets
    calls = {"n": 0}

    def flaky(*args: object) -> None:
        calls["n"] += 1  # the lines without serials are written by now
        if calls["n"] == 1:
            raise RuntimeError("disk gone")
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(linerows, "insert_assets", flaky)
    with pytest.raises(RuntimeError):
        run(db, MAGDEBURG)
    assert counts(db) == before


def test_unknown_parties_and_locked_shipment(db: Database, seed: object) -> None:
    with pytest.raises(NotFound):
        run(db, MAGDEBURG, partner="Nowhere")
    with pytest.raises(NotFound):
        run(db, MAGDEBURG, recipient="Nobody")
    with pytest.raises(NotFound):
        run(db, MAGDEBURG, shipment_ref="KYV-2099-0001")
    reference = run(db, MAGDEBURG).reference
    db.conn.execute("UPDATE shipment SET status = 'delivered' WHERE reference = ?",
                    (reference,))
    with pytest.raises(ShipmentLocked):
        run(db, LUBLIN, shipment_ref=reference)


def cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actor", default="tester")
    cli_excel.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.handler(args))


@pytest.fixture
def seeded_file(db: Database, seed: object, db_path: Path) -> Path:
    db.close()
    return db_path


def test_cli_prints_the_reference(seeded_file: Path, capsys: pytest.CaptureFixture[str]
                                  ) -> None:
    base = ["import-manifest", str(MAGDEBURG), "--db", str(seeded_file), "--partner",
            "Leipzig", "--recipient", "Kyiv City Council"]
    assert cli([*base, "--dry-run"]) == 0
    assert "would make a new draft" in capsys.readouterr().out
    assert cli(base) == 0
    reference = capsys.readouterr().out.strip()
    assert reference.endswith("-0001")
    assert cli([*base, "--shipment", reference, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["reference"], data["created"], data["lines"]) == (reference, False, 3)
    assert data["mapping"]["columns"]["B"] == "description"


def test_cli_report_in_ukrainian_has_no_english(seeded_file: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """The report's field names, a warning's severity and the dry-run line are Ukrainian."""
    path = tmp_path / "ordered.csv"
    path.write_text("Product,Quantity Ordered\nBlankets,40\nTents,3\n", encoding="utf-8")
    monkeypatch.setenv("AIDTRACKER_LANG", "uk")
    assert cli(["import-manifest", str(path), "--db", str(seeded_file), "--partner", "Leipzig",
                "--recipient", "Kyiv City Council", "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert "Опис (A), Кількість (B)" in captured.err
    assert "попередження: рядок" in captured.err and "warning" not in captured.err
    assert captured.out.startswith("пробний прогін") and "2" in captured.out


def test_cli_reports_bad_rows_and_exits_2(seeded_file: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    base = ["import-manifest", str(bad_file(tmp_path)), "--db", str(seeded_file),
            "--partner", "Leipzig", "--recipient", "Kyiv City Council"]
    assert cli(base) == 2
    err = capsys.readouterr().err
    assert "row 3, column B: quantity: 'many' is not a number" in err
    assert cli([*base, "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["problems"][0]["column"] == "B"
    assert cli([*base, "--accept-good-rows"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip().endswith("-0001")


def test_cli_refused_file(seeded_file: Path, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    base = ["--db", str(seeded_file), "--partner", "Leipzig", "--recipient", "Kyiv City Council"]
    assert cli(["import-manifest", str(path), *base]) == 2
    assert "file refused" in capsys.readouterr().err
    mapping = tmp_path / "m.json"
    mapping.write_text('{"columns": {"A": "colour"}}', encoding="utf-8")
    assert cli(["import-manifest", str(MAGDEBURG), *base, "--mapping", str(mapping)]) == 2
    assert "column mapping is not valid (unknown field 'colour';" in capsys.readouterr().err


def test_cli_with_a_saved_mapping(seeded_file: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lt.csv"
    path.write_text("Pavadinimas;Kiekis;Vertė\nAntklodės;40;1 200,00\n", encoding="utf-8")
    mapping = tmp_path / "lublin.json"
    mapping.write_text('{"columns": {"A": "description", "B": "quantity", "C": "value"},'
                       ' "header_row": 1, "currency": "EUR"}', encoding="utf-8")
    assert cli(["import-manifest", str(path), "--db", str(seeded_file), "--partner", "Leipzig",
                "--recipient", "Kyiv City Council", "--mapping", str(mapping), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["lines"], data["currency"], data["quantity"]) == (1, "EUR", "40")


def test_mapping_is_remembered_per_partner_city(db: Database, seed: object,
                                                 tmp_path: Path) -> None:
    path = tmp_path / "lt.csv"
    path.write_text("Pavadinimas;Kiekis;Vertė\nAntklodės;40;1 200,00\n", encoding="utf-8")
    with pytest.raises(ImportRejected):  # a layout nobody taught us yet
        run(db, path, currency="EUR")
    assert imports.saved_mapping(db, "Leipzig") is None
    mapping = imports.ColumnMapping.from_json(
        '{"columns": {"A": "description", "B": "quantity", "C": "value"}, "header_row": 1,'
        ' "currency": "EUR"}')
    first = run(db, path, mapping=mapping)
    assert imports.saved_mapping(db, "Leipzig") == first.manifest.mapping
    second = run(db, path)  # next list from the same partner: no mapping given
    assert second.lines == 1 and second.reference != first.reference


def test_one_audit_entry_names_the_file_its_hash_and_lines(db: Database, seed: object,
                                                           sha256) -> None:  # type: ignore[no-untyped-def]
    before = counts(db)
    result = run(db, MAGDEBURG)
    after = counts(db)
    assert after["audit"] - before["audit"] == 1 and after["line_item"] - before["line_item"] == 3
    (entry,) = db.conn.execute("SELECT entity, entity_id, action, after FROM audit"
                               " ORDER BY id DESC LIMIT 1").fetchall()
    data = json.loads(entry[3])
    assert entry[:3] == ("shipment", result.reference, "import")
    assert (data["file"], data["sha256"], data["lines"]) == (MAGDEBURG.name, sha256(MAGDEBURG), 3)
    extended = run(db, LUBLIN, shipment_ref=result.reference)
    assert counts(db)["audit"] - after["audit"] == 1 and extended.lines == 3


def test_a_layout_remembered_for_a_partner_is_used_for_csv_files(db: Database, seed: object,
                                                                 tmp_path: Path) -> None:
    first = tmp_path / "list-march.csv"
    first.write_text("Pavadinimas;Kiekis;Vertė\nAntklodės;40;1 200,00\n", encoding="utf-8")
    mapping = imports.ColumnMapping.from_json(
        '{"columns": {"A": "description", "B": "quantity", "C": "value"}, "header_row": 1,'
        ' "currency": "EUR", "sheet": "list-march.csv"}')
    run(db, first, mapping=mapping)
    again = tmp_path / "list-april.csv"  # same layout, other file name: no "no such sheet"
    again.write_text("Pavadinimas;Kiekis;Vertė\nPalapinės;12;3 600,00\n", encoding="utf-8")
    second = run(db, again)
    assert second.lines == 1 and second.manifest.mapping.sheet is None
    other = tmp_path / "other.csv"  # another layout: the partner's mapping is tried; it fits
    other.write_text("Foo;Bar\nx;y\n", encoding="utf-8")  # no row, so what was not found is
    with pytest.raises(ImportRejected) as refused:  # said (never "no such sheet")
        run(db, other)
    assert refused.value.reason == "no_header"
    assert "not found: description, quantity" in detail_text(refused.value.params, "en")
    fits = tmp_path / "may.csv"  # another layout the partner's mapping fits: its rows are read
    fits.write_text("Kodas;Skaičius;Kaina\nK-1;7;1,00\nN-2;x;2,00\nL-3;3;1,00\n",
                    encoding="utf-8")
    with pytest.raises(ValidationFailed) as partly:
        run(db, fits)
    assert [(p.row, p.rule) for p in partly.value.problems] == [(3, "not_a_number")]


def test_many_lines_are_inserted_in_bulk(db: Database, seed: object, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Description;Quantity;Value EUR\n" + "".join(
        f"Item {i};{i};{i},50\n" for i in range(1, 501)), encoding="utf-8")
    before = counts(db)
    result = run(db, path)
    assert result.lines == 500 and counts(db)["audit"] - before["audit"] == 1
    detail = get_detail(db, result.reference or "")
    assert [x.line_no for x in detail.lines] == list(range(1, 501))
    assert detail.lines[499].qty_milli == 500_000 and detail.lines[499].value_minor == 50_050


def test_progress_is_reported_and_a_check_stops_before_anything_is_written(
        db: Database, seed: object, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Description;Quantity;Value EUR\n" + "".join(
        f"Item {i};{i};{i},50\n" for i in range(1, 1201)), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    result = run(db, path, progress=lambda done, total: seen.append((done, total)))
    assert result.lines == 1200 and seen[0] == (0, 1200) and seen[-1] == (1200, 1200)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    class Stop(Exception):
        pass

    def check() -> None:
        if len(calls) == 2:
            raise Stop
        calls.append(1)

    calls: list[int] = []
    before = counts(db)
    with pytest.raises(Stop):
        run(db, path, check=check)
    assert counts(db) == before
