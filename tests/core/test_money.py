"""Exact numbers (aidtracker.money): what offices type parses exactly, never into a float."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidtracker.money import (
    NumberFormatError,
    format_money,
    format_number,
    milli_to_decimal,
    minor_to_decimal,
    parse_decimal,
    to_milli,
    to_minor,
)

FAST = settings(max_examples=200, deadline=None, database=None)

# Up to 15 integer digits: far beyond any real amount, well inside Decimal's 28-digit context.
BIG = 10**15  # amounts × 1000 must fit an SQLite INTEGER (int64)
amounts = st.builds(
    lambda n, places: Decimal(n).scaleb(-places),
    st.integers(-BIG, BIG),
    st.integers(0, 3),
)
two_places = st.integers(-BIG, BIG).map(lambda n: Decimal(n).scaleb(-2))
spaces = st.sampled_from(["\u00a0", " ", "\u202f"])


def exactly(a: Decimal, b: Decimal) -> bool:
    """Same value and same number of decimal places ('3500.00' is not '3500')."""
    return type(a) is Decimal and a == b and a.as_tuple().exponent == b.as_tuple().exponent


# --- parse_decimal: fixed examples ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234,50", "1234.50"),  # German
        ("24.800,00", "24800.00"),
        ("1,234.50", "1234.50"),  # English
        ("36 000,00", "36000.00"),  # Polish
        ("36\u00a0000,00", "36000.00"),  # Ukrainian, no-break space
        ("3\u202f500,00", "3500.00"),  # narrow no-break space
        ("1'234.50", "1234.50"),  # Swiss
        ("0,1", "0.1"),
        ("12", "12"),
        ("-7,5", "-7.5"),
        ("(7,5)", "-7.5"),  # accounting negative
        ("  42  ", "42"),
        ("1.234.567", "1234567"),
        ("1,234,567", "1234567"),
    ],
)
def test_parse_decimal_examples(text: str, value: str) -> None:
    assert exactly(parse_decimal(text), Decimal(value))


@pytest.mark.parametrize(
    ("text", "decimal_comma", "value"),
    [
        ("1.234", None, "1.234"),  # a lone dot is decimal unless told otherwise
        ("1.234", True, "1234"),
        ("1,234", None, "1.234"),  # a lone comma is decimal by default
        ("1,234", False, "1234"),
    ],
)
def test_parse_decimal_ambiguous_separators(
    text: str, decimal_comma: bool | None, value: str
) -> None:
    assert exactly(parse_decimal(text, decimal_comma=decimal_comma), Decimal(value))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("abc", "syntax"),
        ("12 kg", "syntax"),
        ("EUR 3 500,00", "syntax"),
        ("1e5", "syntax"),
        ("NaN", "syntax"),
        ("Infinity", "syntax"),
        ("1,2,3", "syntax"),  # grouping in the wrong places
        ("1.234.5", "syntax"),
        ("1,5", "syntax"),  # with decimal_comma=False below
        ("--5", "syntax"),
        ("()", "syntax"),
        ("5-", "syntax"),
    ],
)
def test_parse_decimal_refuses(text: str, reason: str) -> None:
    decimal_comma = False if text == "1,5" else None
    with pytest.raises(NumberFormatError) as info:
        parse_decimal(text, decimal_comma=decimal_comma)
    assert info.value.reason == reason
    assert info.value.text == text


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_parse_decimal_refuses_non_finite(value: Decimal) -> None:
    with pytest.raises(NumberFormatError) as info:
        parse_decimal(value)
    assert info.value.reason == "not_finite"


def test_parse_decimal_refuses_bool() -> None:
    with pytest.raises(NumberFormatError):
        parse_decimal(True)


def test_parse_decimal_passes_int_and_decimal() -> None:
    assert exactly(parse_decimal(12), Decimal(12))
    assert exactly(parse_decimal(Decimal("3.50")), Decimal("3.50"))


# --- parse_decimal: properties --------------------------------------------------------------------


@FAST
@given(amounts, spaces)
def test_ukrainian_format_round_trips(value: Decimal, sep: str) -> None:
    text = format_number(value, sep=sep)
    assert "." not in text
    assert exactly(parse_decimal(text), value)


@FAST
@given(two_places)
def test_english_and_german_format_round_trip(value: Decimal) -> None:
    english = f"{value:,.2f}"
    german = english.translate(str.maketrans(",.", ".,"))
    assert exactly(parse_decimal(english), value)
    assert exactly(parse_decimal(german), value)


@FAST
@given(st.integers(1000, BIG))
def test_grouped_integers_need_the_hint(n: int) -> None:
    english = f"{n:,}"
    assert exactly(parse_decimal(english, decimal_comma=False), Decimal(n))
    assert exactly(parse_decimal(english.replace(",", "."), decimal_comma=True), Decimal(n))


@FAST
@given(st.text(max_size=20).filter(lambda s: any(c.isalpha() for c in s)))
def test_text_with_letters_is_a_number_format_error(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_decimal(text)


@FAST
@given(st.text(max_size=20), st.sampled_from([None, True, False]))
def test_any_text_gives_a_decimal_or_a_number_format_error(
    text: str, decimal_comma: bool | None
) -> None:
    try:
        value = parse_decimal(text, decimal_comma=decimal_comma)
    except NumberFormatError as exc:
        assert exc.reason in {"empty", "syntax"}
    else:
        assert type(value) is Decimal
        assert value.is_finite()


@FAST
@given(st.text(alphabet="0123456789.,-+ ()'\u00a0", max_size=16))
def test_number_like_text_never_raises_anything_else(text: str) -> None:
    for convert in (parse_decimal, to_milli, lambda t: to_minor(t, "EUR")):
        try:
            result = convert(text)
        except NumberFormatError:
            continue
        assert type(result) in (int, Decimal)


# --- to_milli / to_minor --------------------------------------------------------------------------


def test_tenths_add_up_exactly() -> None:
    assert to_milli("0,1") * 30 == 3000
    assert sum(to_milli("0,1") for _ in range(10)) == to_milli("1")


@pytest.mark.parametrize(
    ("text", "milli"),
    [("0,1", 100), ("12", 12000), ("1 234,567", 1234567), ("-0,001", -1), ("2.5", 2500)],
)
def test_to_milli_examples(text: str, milli: int) -> None:
    result = to_milli(text)
    assert type(result) is int
    assert result == milli


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("3 500,00", "EUR", 350000),
        ("24.800,00", "PLN", 2480000),
        ("0,5", "UAH", 50),
        ("7", "HUF", 700),
    ],
)
def test_to_minor_examples(text: str, currency: str, minor: int) -> None:
    result = to_minor(text, currency)
    assert type(result) is int
    assert result == minor


@pytest.mark.parametrize(("text", "places"), [("0,001", 2), ("12,345", 2), ("1.005", 2)])
def test_to_minor_refuses_too_many_decimals(text: str, places: int) -> None:
    with pytest.raises(NumberFormatError) as info:
        to_minor(text, "EUR")
    assert info.value.reason == "too_precise"
    assert info.value.places == places
    assert info.value.text == text


def test_to_milli_refuses_too_many_decimals() -> None:
    with pytest.raises(NumberFormatError) as info:
        to_milli("0,0001")
    assert (info.value.reason, info.value.places) == ("too_precise", 3)


def test_to_minor_unknown_currency_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        to_minor("1", "XXX")


@FAST
@given(amounts)
def test_to_milli_is_exact_and_round_trips(value: Decimal) -> None:
    milli = to_milli(value)
    assert type(milli) is int
    assert milli == value * 1000
    back = milli_to_decimal(milli)
    assert type(back) is Decimal
    assert back == value
    assert to_milli(format_number(value)) == milli


@FAST
@given(amounts, st.sampled_from(["EUR", "UAH", "PLN", "HUF", "BGN"]))
def test_to_minor_accepts_two_places_and_refuses_three(value: Decimal, currency: str) -> None:
    text = format_number(value)
    if value != value.quantize(Decimal("0.01")):
        with pytest.raises(NumberFormatError) as info:
            to_minor(text, currency)
        assert info.value.reason == "too_precise"
        return
    minor = to_minor(text, currency)
    assert type(minor) is int
    assert minor == value * 100
    back = minor_to_decimal(minor, currency)
    assert type(back) is Decimal
    assert back == value
    assert back.as_tuple().exponent == -2


# --- formatting -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        ("3500.00", None, "3\u00a0500,00"),
        ("1234567.5", None, "1\u00a0234\u00a0567,5"),
        ("-1234.5", 2, "-1\u00a0234,50"),
        ("999", None, "999"),
        ("0.125", 2, "0,13"),  # half-up
        ("0", 2, "0,00"),
    ],
)
def test_format_number(value: str, places: int | None, text: str) -> None:
    assert format_number(Decimal(value), places) == text


def test_format_money() -> None:
    assert format_money(350000, "EUR") == "3\u00a0500,00 EUR"
    assert format_money(-5, "UAH") == "-0,05 UAH"


# --- Regression tests for bugs found by the property tests ---------------------------------------


@pytest.mark.parametrize("text", ["100000000000000000000000000007", "9" * 40])
def test_huge_values_are_refused_never_rounded(text: str) -> None:
    with pytest.raises(NumberFormatError) as info:
        to_milli(text)
    assert info.value.reason == "too_large"


def test_huge_exponent_is_a_number_format_error() -> None:
    with pytest.raises(NumberFormatError):
        to_milli(Decimal("9E+999999"))


@pytest.mark.parametrize("text", ["12,34.5", "1,2,3.5", "1.23.4,5"])
def test_misgrouped_mixed_separators_are_refused(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_decimal(text)


def test_largest_storable_amount_round_trips() -> None:
    assert to_milli("9223372036854775.807") == 2**63 - 1
    with pytest.raises(NumberFormatError):
        to_milli("9223372036854775.808")
