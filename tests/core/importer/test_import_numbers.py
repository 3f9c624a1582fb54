"""Number, date and header parsing: exact values or a clear error, whatever the input."""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidtracker.importer import FIELDS, ImportRejected, ParsedManifest, parse_manifest
from aidtracker.importer.headers import HeaderMatch, classify, find_header, header_currency
from aidtracker.importer.numbers import (
    DateFormatError,
    cell_date,
    cell_decimal,
    float_to_decimal,
    serial_to_date,
    sniff_decimal_comma,
)
from aidtracker.money import NumberFormatError

cells = st.one_of(
    st.none(), st.text(max_size=30), st.integers(), st.floats(allow_nan=True),
    st.booleans(), st.dates(), st.decimals(allow_nan=True),
    st.sampled_from(["24.800,00", "3 500,00", "1,234.5", "(12)", "1.640", "0,1", "€ 5",
                     "12 kg", "-0", "1e5", "١٢", "12,5,3", " ", "nan", "inf"]),
)


@given(cells, st.sampled_from([None, True, False]))
def test_cell_decimal_gives_a_finite_decimal_or_a_clear_error(value: object,
                                                              comma: bool | None) -> None:
    try:
        number = cell_decimal(value, decimal_comma=comma)
    except NumberFormatError as exc:
        assert exc.reason in {"empty", "syntax", "not_finite", "ambiguous", "too_large",
                              "too_precise"}
    else:
        assert isinstance(number, Decimal) and number.is_finite()


@given(st.decimals(min_value=-10**12, max_value=10**12, places=3, allow_nan=False))
def test_excel_floats_read_back_as_the_typed_decimal(d: Decimal) -> None:
    assert cell_decimal(float(d)) == d


@pytest.mark.parametrize(("x", "expected"), [
    (0.1, "0.1"), (0.1 + 0.2, "0.3"), (1234.5, "1234.5"), (1e-7, "1E-7"), (3.0, "3.0"),
    (123456789012.35, "123456789012.35"),
])
def test_float_rule(x: float, expected: str) -> None:
    assert float_to_decimal(x) == Decimal(expected)


@given(st.decimals(min_value=0, max_value=10**11, places=2, allow_nan=False),
       st.sampled_from(["de", "pl", "en", "plain"]))
def test_office_formats_round_trip(d: Decimal, style: str) -> None:
    whole, frac = f"{d:,.2f}".split(".")
    text = {"de": whole.replace(",", ".") + "," + frac,
            "pl": whole.replace(",", "\u00a0") + "," + frac,
            "en": whole + "." + frac,
            "plain": f"{d:.2f}"}[style]
    comma = {"de": True, "pl": True, "en": False, "plain": None}[style]
    assert cell_decimal(text, decimal_comma=comma) == d


def test_ambiguous_and_hinted_numbers() -> None:
    with pytest.raises(NumberFormatError) as exc:
        cell_decimal("1.640")
    assert exc.value.reason == "ambiguous"
    assert cell_decimal("1.640", decimal_comma=True) == 1640
    assert cell_decimal("1,640", decimal_comma=False) == 1640
    assert cell_decimal("1,640", decimal_comma=True) == Decimal("1.64")
    assert cell_decimal("0,100") == Decimal("0.1")
    assert sniff_decimal_comma(["1.640,0", "310"]) is True
    assert sniff_decimal_comma(["1,250.00"]) is False
    assert sniff_decimal_comma(["1,5", "2.5"]) is None


@given(st.one_of(cells, st.datetimes(), st.integers(-10, 3_000_000)), st.booleans())
def test_cell_date_gives_a_date_or_a_clear_error(value: object, epoch1904: bool) -> None:
    with contextlib.suppress(DateFormatError):
        assert isinstance(cell_date(value, epoch1904=epoch1904), date)


def test_dates() -> None:
    assert serial_to_date(45000) == date(2023, 3, 15)
    assert serial_to_date(45000 - 1462, epoch1904=True) == date(2023, 3, 15)
    assert serial_to_date(59) == date(1900, 2, 28) and serial_to_date(61) == date(1900, 3, 1)
    assert cell_date("31.03.27") == date(2027, 3, 31)
    assert cell_date("2027-02") == date(2027, 2, 28)
    assert cell_date(datetime(2026, 5, 1, 13, 30)) == date(2026, 5, 1)
    for bad in ("31.02.2027", "13/2027", "yesterday", 60, 0, float("inf")):
        with pytest.raises(DateFormatError):
            cell_date(bad)


@pytest.mark.parametrize(("label", "field"), [
    ("Item description", "description"), ("Warenbezeichnung", "description"),
    ("Nazwa towaru", "description"), ("Název zboží", "description"),
    ("Denumire produs", "description"), ("Найменування", "description"),
    ("Désignation", "description"), ("Anzahl", "quantity"), ("Ilość", "quantity"),
    ("Množství", "quantity"), ("Cantitate", "quantity"), ("Кількість", "quantity"),
    ("Quantité", "quantity"), ("J.m.", "unit"), ("Einheit", "unit"), ("UM", "unit"),
    ("Од. виміру", "unit"), ("Net weight kg", "net_kg"), ("Nettogewicht", "net_kg"),
    ("Waga brutto kg", "gross_kg"), ("Bruttogewicht (kg)", "gross_kg"),
    ("Greutate brută", "gross_kg"), ("Вага брутто, кг", "gross_kg"),
    ("Poids brut", "gross_kg"), ("Einzelpreis", "unit_value"), ("Cena jednostkowa",
                                                                 "unit_value"),
    ("Preț unitar", "unit_value"), ("Warenwert (EUR)", "value"), ("Wartość PLN", "value"),
    ("Hodnota CZK", "value"), ("Valoare totală", "value"), ("Вартість, грн", "value"),
    ("Total value EUR", "value"), ("Kod CN", "hs_code"), ("KN-Code", "hs_code"),
    ("Код УКТЗЕД", "hs_code"), ("HS code", "hs_code"), ("Seriennummer", "serials"),
    ("VIN", "serials"), ("Numer seryjny", "serials"), ("Серійний номер", "serials"),
    ("Mindesthaltbarkeitsdatum", "expiry"), ("Data ważności", "expiry"),
    ("Термін придатності", "expiry"), ("Anzahl Kolli", "packages"),
    ("Liczba opakowań", "packages"), ("Кількість місць", "packages"),
    ("Kategorie", "category"), ("Währung", "currency"), ("#", "line_no"),
    ("Lfd. Nr.", "line_no"), ("№ п/п", "line_no"), ("Colour", None), ("", None),
])
def test_classify(label: str, field: str | None) -> None:
    assert classify(label) == field


@pytest.mark.parametrize(("label", "code"), [
    ("Wartość PLN", "PLN"), ("Wert EUR", "EUR"), ("Вартість, грн", "UAH"), ("Hodnota Kč", "CZK"),
    ("Valoare (lei)", "RON"), ("Value €", "EUR"), ("Value", None), ("EUR/PLN", None),
])
def test_header_currency(label: str, code: str | None) -> None:
    assert header_currency(label) == code


@given(st.text(max_size=40))
def test_classify_never_fails(label: str) -> None:
    assert classify(label) in {None, *FIELDS}


header_words = st.sampled_from(["Nazwa", "Ilość", "Anzahl", "Bezeichnung", "Wert EUR", "kg",
                                "Summe", "Total", "VIN", "Wartość PLN", "x", ""])
rows = st.lists(st.tuples(st.integers(1, 60), st.lists(st.one_of(header_words, cells),
                                                        max_size=8).map(tuple)),
                max_size=12)


@given(st.lists(st.tuples(st.text(max_size=5), rows), max_size=3))
def test_find_header_on_random_rows(sheets: list[tuple[str, list]]) -> None:
    match = find_header(sheets)
    if match is not None:
        assert isinstance(match, HeaderMatch)
        assert {"description", "quantity"} <= match.fields
        assert len(match.labels) >= 2 or match.tagged  # a lone text is a title, not a header
        quantity = next(i for i, f in match.columns.items() if f == "quantity")
        header = [c for n, c in next(r for n, r in sheets if n == match.sheet)
                  if n == match.header_row]
        title = header[0][quantity] if len(header) == 1 and quantity < len(header[0]) else None
        assert not isinstance(title, int | float) or isinstance(title, bool)  # a number: data


goods = st.lists(st.tuples(st.sampled_from(["Tents", "Blankets", "Water filter", "Rice, 25 kg",
                                            "Mattress", "Hygiene kit"]),
                           st.integers(1, 5000)), min_size=2, max_size=8)


@given(st.lists(st.sampled_from(["Order Date", "Supplier", "Stock", "Pricelist", "Destination",
                                 "Artnr.", "opm.", None]), min_size=0, max_size=3),
       st.sampled_from(["Goods", "Remarks", "Artikel", None]),
       st.sampled_from(["Sent", "Qty per carton", "Pack Quantity", "Order Quantity", "Bestelling",
                        "Tracking Number", None]), goods)
def test_goods_rows_are_never_taken_for_a_header(unknown: list[str | None], text_title: str | None,
                                                 number_title: str | None,
                                                 lines: list[tuple[str, int]]) -> None:
    """Whatever the (unrecognised) title row above them, goods lines are read as lines or the
    list is refused: a line is never made the header and so lost."""
    rows = [(1, (*unknown, text_title, number_title)), *(
        (n, (None,) * len(unknown) + (text, str(qty))) for n, (text, qty) in
        enumerate(lines, start=2))]
    match = find_header([("s", rows)])
    assert match is None or match.header_row == 1


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400) | st.text(max_size=300).map(str.encode))
def test_random_csv_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    with contextlib.suppress(ImportRejected):
        assert isinstance(parse_manifest(path, currency="EUR"), ParsedManifest)


safe_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(safe_text, st.decimals(min_value=1, max_value=10**6, places=3)),
                min_size=1, max_size=6))
def test_accepted_values_are_exact(tmp_path: Path, items: list[tuple[str, Decimal]]) -> None:
    """Hostile descriptions and text quantities: accepted lines keep every value exactly."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Description", "Quantity", "Unit", "Value EUR"])
    for text, qty in items:
        ws.append([text, f"{qty:f}".replace(".", ","), "kg", 1])
    path = tmp_path / "h.xlsx"
    wb.save(path)
    manifest = parse_manifest(path)
    by_row = dict(zip(manifest.line_rows, manifest.lines, strict=True))
    for row, (text, qty) in enumerate(items, start=2):
        if row in by_row:
            line = by_row[row]  # Ukrainian into description, other languages description_en
            assert (line.description or line.description_en) == text.strip()
            assert by_row[row].qty_milli == int(qty * 1000)
        else:
            assert row in manifest.bad_rows or any(p.row == row for p in manifest.problems)
