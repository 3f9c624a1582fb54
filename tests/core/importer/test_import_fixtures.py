"""Packing lists in six languages and many layouts (fixtures built by make_fixtures.py)."""

from __future__ import annotations

import importlib.util
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from aidtracker.catalogue import problem_text
from aidtracker.domain import AssetKind, Severity
from aidtracker.importer import ColumnMapping, ImportRejected, ParsedManifest, parse_manifest
from aidtracker.importer.csvfile import CsvSource
from aidtracker.money import grams_to_kg, milli_to_decimal, minor_to_decimal

MAKER = Path(__file__).parents[2] / "fixtures" / "imports" / "make_fixtures.py"


def load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_import_fixtures", MAKER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return load_maker().build_all(tmp_path_factory.mktemp("imports"))


def summary(m: ParsedManifest) -> tuple[int, Decimal, Decimal, dict[str, Decimal]]:
    t = m.totals
    values = {c: minor_to_decimal(v, c) for c, v in t.value_by_currency.items()}
    return t.lines, milli_to_decimal(t.qty_milli), grams_to_kg(t.gross_g), values


def where(m: ParsedManifest) -> set[tuple[int | None, str, str]]:
    return {(p.row, p.column, p.rule) for p in m.problems}


def test_german_title_rows_vins_and_decimal_commas(files: dict[str, Path]) -> None:
    m = parse_manifest(files["german_title_rows"])
    assert m.problems == () and m.header_row == 4 and m.totals_rows == (8,)
    assert summary(m) == (3, Decimal(1205), Decimal("38900.5"), {"EUR": Decimal("109000.60")})
    ambulance, fire, blankets = m.lines
    assert [a.vin for a in fire.assets] == ["WDB6523461K000001", "WDB6523461K000002",
                                            "WDB6523461K000003"]
    assert {a.kind for a in ambulance.assets + fire.assets} == {AssetKind.VEHICLE}
    assert (ambulance.hs_code, ambulance.national_code) == ("870332", "87033219")
    assert (ambulance.category, fire.category) == ("veh.ambulance", "veh.fire")
    assert blankets.qty_milli == 1_200_000 and blankets.value_minor == 10
    assert m.mapping.decimal_comma is True


def test_list_on_second_sheet_with_wrong_totals(files: dict[str, Path]) -> None:
    m = parse_manifest(files["polish_second_sheet"])
    assert m.sheet == "Lista" and m.currency == "PLN"
    assert where(m) == {(4, "F", "totals_mismatch"), (4, "G", "totals_mismatch")}
    assert not m.ok and m.bad_rows == (4,)
    assert len(m.lines) == 2
    assert m.lines[1].net_g == 900_500
    assert "the list's total 140000 is not the sum of its lines 140500.5" in (
        problem_text(m.problems[1].to_problem(), "en", sheet=True))


def test_two_row_header_under_a_merged_cell(files: dict[str, Path]) -> None:
    m = parse_manifest(files["czech_two_row_header"])
    assert m.header_row == 3 and m.problems == ()
    assert {m.mapping.columns[4], m.mapping.columns[5]} == {"net_kg", "gross_kg"}
    assert summary(m) == (2, Decimal(130), Decimal(830), {"CZK": Decimal("275000.50")})
    assert str(m.lines[0].unit) == "carton"


def test_dates_in_a_1904_workbook_and_as_text(files: dict[str, Path]) -> None:
    m = parse_manifest(files["romanian_dates"])
    assert m.problems == () and m.currency == "RON"
    assert [x.expiry_date for x in m.lines] == [date(2027, 3, 31), date(2026, 9, 30),
                                                date(2027, 3, 31)]
    assert [x.hs_code for x in m.lines] == ["160250", "300490", "040221"]
    assert m.lines[1].value_minor == 1_200_075


def test_ukrainian_headers_and_hryvnia(files: dict[str, Path]) -> None:
    m = parse_manifest(files["ukrainian_uah"])
    assert m.problems == () and m.currency == "UAH" and m.totals_rows == (4,)
    assert [x.national_code for x in m.lines] == ["6301209000", "8502112000"]
    assert m.lines[0].expiry_date == date(2030, 1, 1)
    assert summary(m)[3] == {"UAH": Decimal("530000.50")}


def test_unit_price_currency_column_packages_serials(files: dict[str, Path]) -> None:
    m = parse_manifest(files["english_unit_price"])
    assert m.problems == () and m.header_row == 3
    power, bags, thermal = m.lines
    assert power.unit_value_minor == 125_000 and power.value_minor is None
    assert [a.serial_no for a in power.assets] == ["PS-001", "PS-002", "PS-003"]
    assert bags.unit_value_minor == 10 and bags.total_value_minor == 1_000
    assert (thermal.currency, str(thermal.unit), thermal.packages) == ("PLN", "pack", 1)
    assert summary(m)[3] == {"EUR": Decimal("3760.00"), "PLN": Decimal("123.00")}


def test_bad_rows_are_located(files: dict[str, Path]) -> None:
    m = parse_manifest(files["bad_rows"])
    assert where(m) == {(3, "B", "not_a_number"), (4, "A", "required"),
                        (5, "E", "gross_below_net"), (6, "D", "ambiguous_number"),
                        (7, "C", "unknown_unit"), (8, "", "skipped_row")}
    assert m.bad_rows == (3, 4, 5, 6)  # an unknown unit is kept as written, with a warning
    assert [p.severity for p in m.problems if p.row in (7, 8)] == [Severity.WARNING] * 2
    assert m.line_rows == (2, 7) and m.lines[0].description_en == "Tents"
    assert m.lines[1].description_en == "Gloves [bucket]" and m.lines[1].unit == "pcs"
    assert "row 3, column B: quantity: 'abc' is not a number" in [
        problem_text(p.to_problem(), "en", sheet=True) for p in m.problems]


def test_formula_without_cached_value_is_flagged(files: dict[str, Path]) -> None:
    m = parse_manifest(files["formula_without_value"])
    assert where(m) == {(2, "F", "formula_no_value")}
    assert m.line_rows == (3,)


@pytest.mark.parametrize(("name", "encoding", "delimiter"), [
    ("csv_cp1250", "cp1250", ";"),
    ("csv_cp1251", "cp1251", ";"),
    ("csv_utf16_tab", "utf-16", "\t"),
    ("csv_utf8_comma", "utf-8-sig", ","),
])
def test_csv_encoding_and_delimiter(files: dict[str, Path], name: str, encoding: str,
                                    delimiter: str) -> None:
    source = CsvSource(files[name])
    assert (source.encoding, source.delimiter) == (encoding, delimiter)
    assert parse_manifest(files[name]).problems == ()


def test_csv_values(files: dict[str, Path]) -> None:
    cz = parse_manifest(files["csv_cp1250"])
    assert summary(cz) == (2, Decimal(290), Decimal("1195.5"), {"CZK": Decimal("22499.90")})
    assert cz.lines[0].description_en == "Přikrývky vlněné" and cz.totals_rows == (4,)
    uk = parse_manifest(files["csv_cp1251"])
    assert [x.description for x in uk.lines] == ["Рукавички нітрилові", "Їжа консервована"]
    assert summary(uk)[3] == {"UAH": Decimal("80000.50")}
    de = parse_manifest(files["csv_utf16_tab"])
    assert summary(de) == (2, Decimal(162), Decimal("39.75"), {"EUR": Decimal("3690.00")})
    fr = parse_manifest(files["csv_utf8_comma"])
    assert fr.lines[0].description_en == "Lits d'hôpital, manuels"
    assert summary(fr)[2:] == (Decimal(1656), {"EUR": Decimal("12480.50")})


def test_unknown_layout_needs_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "lt.csv"
    path.write_text("Pavadinimas;Kiekis;Vertė EUR\nAntklodės;40;1 200,00\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(path)
    assert refused.value.reason == "no_header"
    by_column = ColumnMapping(columns={0: "description", 1: "quantity", 2: "value"},
                              header_row=1, currency="EUR")
    by_header = ColumnMapping(headers={"Pavadinimas": "description", "Kiekis": "quantity",
                                       "Vertė EUR": "value"})
    for mapping in (by_column, by_header, ColumnMapping.from_json(by_column.to_json())):
        m = parse_manifest(path, mapping=mapping)
        assert summary(m) == (1, Decimal(40), Decimal(0), {"EUR": Decimal("1200.00")})


def test_mapping_json_round_trip_and_refusals() -> None:
    mapping = ColumnMapping(columns={1: "description", 2: "quantity", 27: "value"},
                            headers={"Kiekis": "quantity"}, header_row=3, sheet="Lista",
                            currency="PLN", decimal_comma=True, encoding="cp1250")
    text = mapping.to_json()
    assert '"AB": "value"' in text
    assert ColumnMapping.from_json(text) == mapping
    for bad in ('{"columns": {"A": "colour"}}', '{"columns": {"A": "description"}}',
                '{"columns": {"A": "quantity", "B": "quantity"}}', "[1]", "not json",
                '{"currency": "XXX"}', '{"encoding": "no-such-codec"}'):
        with pytest.raises(ImportRejected) as refused:
            ColumnMapping.from_json(bad)
        assert refused.value.reason == "bad_mapping"


def test_sheet_choice(files: dict[str, Path]) -> None:
    with pytest.raises(ImportRejected) as missing:
        parse_manifest(files["polish_second_sheet"], sheet="Nope")
    assert missing.value.reason == "no_such_sheet"
    with pytest.raises(ImportRejected) as empty:
        parse_manifest(files["polish_second_sheet"], sheet="Informacje")
    assert empty.value.reason == "no_header"


def test_no_currency_anywhere_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Description;Quantity;Value\nTents;2;100\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        parse_manifest(path)
    assert refused.value.reason == "no_currency"
    assert parse_manifest(path, currency="EUR").totals.value_by_currency == {"EUR": 10_000}


def test_numbers_stored_as_text_keep_exact_values(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Description;Quantity;Unit;Net kg;Gross weight (t);Value EUR;HS\n"
                    "Flour;0,1;kg;0,1;0,0002;0,10;1101 00\n", encoding="utf-8")
    line = parse_manifest(path).lines[0]
    assert (line.qty_milli, line.net_g, line.gross_g, line.value_minor) == (100, 100, 200, 10)
    assert line.hs_code == "110100"
