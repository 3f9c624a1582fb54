"""Hostile files are refused quickly with ImportRejected — never another error, never a crash."""

from __future__ import annotations

import contextlib
import importlib.util
import time
import zipfile
from pathlib import Path
from types import ModuleType

import openpyxl
import pytest

from aidtracker.importer import ImportRejected, parse_manifest, readers

MAKER = Path(__file__).parents[2] / "fixtures" / "imports" / "make_fixtures.py"
EXPECTED = {
    "not_a_spreadsheet": "not_a_spreadsheet",
    "truncated": "damaged",
    "dimension_bomb": "dimension",
    "far_cell": "no_header",
    "billion_laughs": "damaged",
    "ratio_bomb": "zip_bomb",
    "many_entries": "zip_bomb",
    "declared_huge": "zip_bomb",
    "ole": "xls_or_encrypted",
    "empty": "empty",
}


def load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_import_fixtures", MAKER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return load_maker().hostile(folder)


def test_defusedxml_is_active() -> None:
    assert openpyxl.xml.DEFUSEDXML is True


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_hostile_file_is_refused_quickly(hostile: dict[str, Path], case: str) -> None:
    start = time.monotonic()
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(hostile[case])
    assert refused.value.reason == EXPECTED[case]
    assert refused.value.code == "import_rejected"
    assert time.monotonic() - start < 5


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(tmp_path / "nope.xlsx")
    assert refused.value.reason == "missing"


@pytest.mark.parametrize(("text", "reason"), [
    ('Description;Quantity\n"Tents;2\n', "csv_syntax"),
    ("Description;Quantity\nTents;" + "9" * (2**20 + 10) + "\n", "csv_syntax"),
    ("just one line of prose\n", "no_header"),
])
def test_malformed_csv(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "x.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(path, currency="EUR")
    assert refused.value.reason == reason


def test_mutated_xlsx_never_escapes(tmp_path: Path) -> None:
    """Byte flips across a real workbook: each read ends as a result or ImportRejected."""
    good = load_maker().english_unit_price(tmp_path)
    data = good.read_bytes()
    outcomes = {"ok": 0, "rejected": 0}
    for n, at in enumerate(range(30, len(data), max(1, len(data) // 60))):
        mutated = bytearray(data)
        mutated[at] ^= 0x5A
        path = tmp_path / f"m{n}.xlsx"
        path.write_bytes(bytes(mutated))
        try:
            parse_manifest(path)
            outcomes["ok"] += 1
        except ImportRejected:
            outcomes["rejected"] += 1
    assert outcomes["rejected"] > 0 and sum(outcomes.values()) >= 50


def test_zip_entries_swapped_or_removed(tmp_path: Path) -> None:
    good = load_maker().english_unit_price(tmp_path)
    with zipfile.ZipFile(good) as zf:
        entries = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    for drop in entries:
        path = tmp_path / "dropped.xlsx"
        with zipfile.ZipFile(path, "w") as zout:
            for name, data in entries.items():
                if name != drop:
                    zout.writestr(name, data)
        with contextlib.suppress(ImportRejected):
            parse_manifest(path)


def test_bounded_iteration_stops_after_blank_run() -> None:
    rows = [["a"], *([[None]] * (readers.MAX_BLANK_RUN + 5)), ["late"]]
    assert readers.collect(rows) == [(1, ("a",))]


def test_row_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ROWS", 10)
    with pytest.raises(ImportRejected) as refused:
        readers.collect([["x"]] * 11)
    assert refused.value.reason == "too_many_rows"


def test_reader_warnings_are_recorded_not_raised(tmp_path: Path) -> None:
    """An unsupported sheet extension makes openpyxl warn; the import records it instead."""
    good = load_maker().english_unit_price(tmp_path)
    path = tmp_path / "extension.xlsx"
    ext = b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"/></extLst></worksheet>'
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", ext)
            zout.writestr(info.filename, data)
    manifest = parse_manifest(path)
    assert len(manifest.lines) == 3
    assert any("extension is not supported" in w for w in manifest.warnings)
