"""Our one-pass sheet reader gives exactly openpyxl's read-only values on every xlsx fixture."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from aidtracker.importer.readers import MAX_COLS, XlsxSource, collect

SAMPLES = Path(__file__).parents[3].parent / "shared" / "samples"
MAKER = Path(__file__).parents[2] / "fixtures" / "imports" / "make_fixtures.py"


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    spec = importlib.util.spec_from_file_location("make_import_fixtures_sx", MAKER)
    assert spec and spec.loader
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    built = maker.build_all(tmp_path_factory.mktemp("sheetxml"))
    return [p for p in [*built.values(), *SAMPLES.glob("*.xlsx")]
            if p.suffix == ".xlsx" and "hostile" not in str(p)]


def _openpyxl_rows(path: Path, name: str) -> list[tuple[int, tuple[object, ...]]]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return collect(wb[name].iter_rows(max_col=MAX_COLS, values_only=True))
    finally:
        wb.close()


def test_same_values_as_openpyxl(workbooks: list[Path]) -> None:
    assert len(workbooks) >= 8
    for path in workbooks:
        source = XlsxSource(path)
        try:
            for name in source.names:
                assert source.rows(name) == _openpyxl_rows(path, name), (path.name, name)
        finally:
            source.close()
