"""The sample partner lists shipped beside the guides import exactly as expected.json says."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from aidtracker.catalogue import problem_text
from aidtracker.importer import parse_manifest
from aidtracker.money import grams_to_kg, milli_to_decimal, minor_to_decimal

SAMPLES = Path(__file__).parents[3].parent / "shared" / "samples"
EXPECTED: dict[str, dict[str, object]] = json.loads(
    (SAMPLES / "expected.json").read_text(encoding="utf-8"), parse_float=Decimal)


def test_every_sample_is_covered() -> None:
    files = {p.name for p in SAMPLES.iterdir() if p.suffix in {".xlsx", ".csv"}}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_matches_expected(name: str) -> None:
    expected = EXPECTED[name]
    manifest = parse_manifest(SAMPLES / name)
    totals = manifest.totals
    currency = str(expected["currency"])
    assert manifest.ok is expected["ok"], [problem_text(p.to_problem(), "en", sheet=True)
                                           for p in manifest.problems]
    assert manifest.problems == ()
    assert manifest.currency == currency
    assert totals.lines == expected["lines"]
    assert milli_to_decimal(totals.qty_milli) == Decimal(str(expected["quantity"]))
    assert grams_to_kg(totals.gross_g) == Decimal(str(expected["gross_kg"]))
    assert totals.value_by_currency.keys() == {currency}
    assert minor_to_decimal(totals.value_by_currency[currency], currency) == Decimal(
        str(expected["value"]))
    assert sum(len(line.assets) for line in manifest.lines) == expected["serials"]


def test_magdeburg_details() -> None:
    manifest = parse_manifest(SAMPLES / "magdeburg_zaporizhzhia.xlsx")
    generator = manifest.lines[0]
    assert manifest.header_row == 3
    assert manifest.line_rows == (4, 5, 6)
    assert [a.serial_no for a in generator.assets] == ["SDMO-30-4471", "SDMO-30-4472"]
    assert generator.value_minor == 2_480_000 and generator.gross_g == 1_640_000
    assert manifest.lines[2].value_minor == 348_050
    assert [str(line.unit) for line in manifest.lines] == ["pcs", "carton", "pcs"]


def test_marseille_totals_row_is_checked_and_skipped() -> None:
    manifest = parse_manifest(SAMPLES / "marseille_odesa_truck3.xlsx")
    assert manifest.sheet == "Cargo"
    assert manifest.totals_rows == (8,)
    assert manifest.line_rows == (4, 5, 6, 7)
    assert manifest.totals.net_g == 15_180_000


def test_lublin_csv_cn_codes_become_hs6() -> None:
    manifest = parse_manifest(SAMPLES / "lublin_khmelnytskyi.csv")
    assert [(x.hs_code, x.national_code) for x in manifest.lines] == [
        ("630120", "63012090"), ("210690", "21069098"), ("851310", "85131000")]
    # a Polish description goes to the original-language field, never the Ukrainian one
    assert manifest.lines[1].description_en == "Żywność długoterminowa (paczki)"
    assert manifest.lines[1].description == ""
    assert manifest.mapping.decimal_comma is True


def test_currency_given_against_the_header_is_reported() -> None:
    manifest = parse_manifest(SAMPLES / "lublin_khmelnytskyi.csv", currency="EUR")
    assert [(p.rule, p.params["found"]) for p in manifest.problems] == [
        ("currency_conflict", "PLN")]
    assert not manifest.ok
