"""Validators of codes: EDRPOU, VIN, HS / CN / UKTZED (split from test_validate.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from validate_helpers import FAST, VIN_ALPHABET, assert_worded, rules

from aidtracker.catalogue import problem_text
from aidtracker.domain import (
    Severity,
)
from aidtracker.validate import (
    check_edrpou,
    check_hs,
    check_vin,
    edrpou_check_digit,
    normalise_edrpou,
    normalise_hs,
    normalise_vin,
    vin_check_digit,
)

# --- EDRPOU ---------------------------------------------------------------------------------------

DEMO_EDRPOU = ["99000011", "99000028", "99000034", "99000040", "99000057", "99000063"]
DEMO_EDRPOU += ["99000075", "99000086"]


@pytest.mark.parametrize("code", ["32855961", "10000062", "30000005", *DEMO_EDRPOU])
def test_edrpou_valid_examples(code: str) -> None:
    assert check_edrpou(code) == []
    assert edrpou_check_digit(code[:7]) == int(code[7])


@pytest.mark.parametrize(
    ("first7", "digit"),
    [("3285596", 1), ("1000006", 2), ("3000000", 5), ("9900001", 1), ("6000000", 6)],
)
def test_edrpou_check_digit(first7: str, digit: int) -> None:
    assert edrpou_check_digit(first7) == digit


@pytest.mark.parametrize("code", ["00002810", "30000440"])
def test_edrpou_both_passes_ten_give_zero(code: str) -> None:
    # 0000281: 2·5 + 8·6 + 1·7 = 65 → 10, then 2·7 + 8·8 + 1·9 = 87 → 10, so the digit is 0
    assert edrpou_check_digit(code[:7]) == 0
    assert check_edrpou(code) == []


@pytest.mark.parametrize(
    "bad",
    ["", "123456", "12345678", "abcdefg", "\uff11\uff12\uff13\uff14\uff15\uff16\uff17", "²234567"],
)
def test_edrpou_check_digit_refuses_non_seven_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        edrpou_check_digit(bad)


@pytest.mark.parametrize(
    ("value", "expected_rules"),
    [
        ("32855968", ["checksum"]),
        ("99000012", ["checksum"]),
        ("9900001", ["length"]),
        ("990000111", ["length"]),
        ("9900001A", ["digits"]),
        ("99-00", ["digits", "length"]),
        ("", ["required"]),
        ("   ", ["required"]),
        ("٩٩٠٠٠٠١١", ["digits"]),  # Arabic-Indic digits are not EDRPOU digits
    ],
)
def test_edrpou_invalid(value: str, expected_rules: list[str]) -> None:
    problems = check_edrpou(value, row=7)
    assert rules(problems) == expected_rules
    assert all(p.field == "edrpou" and p.row == 7 for p in problems)
    assert all(p.severity is Severity.BLOCKING for p in problems)
    assert_worded(problems)


def test_edrpou_checksum_names_the_expected_digit() -> None:
    (problem,) = check_edrpou("3285 5968", field="recipient_edrpou")
    assert problem.field == "recipient_edrpou"
    assert problem.params == {"value": "32855968", "expected": "1"}
    assert problem_text(problem, "en") == "recipient_edrpou 32855968: the check digit should be 1"


@pytest.mark.parametrize("raw", [" 3285 5961 ", "3285\u00a05961", "32\t855961\n"])
def test_normalise_edrpou(raw: str) -> None:
    assert normalise_edrpou(raw) == "32855961"
    assert check_edrpou(raw) == []


@FAST
@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_edrpou_random_codes_give_only_known_rules(code: str) -> None:
    problems = check_edrpou(code)
    assert set(rules(problems)) <= {"length", "digits", "checksum"}
    assert len(problems) <= 1


@FAST
@given(st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_edrpou_built_with_check_digit_validates(first7: str) -> None:
    digit = edrpou_check_digit(first7)
    assert 0 <= digit <= 9
    assert check_edrpou(first7 + str(digit)) == []
    wrong = (digit + 1) % 10
    assert rules(check_edrpou(first7 + str(wrong))) == ["checksum"]


# --- VIN ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "vin", [f"ZZD0AMB2026{n:06d}" for n in range(1, 13)] + ["1M8GDM9AXKP042788"]
)
def test_vin_valid(vin: str) -> None:
    assert check_vin(vin) == []


@pytest.mark.parametrize(
    ("vin", "expected_rules"),
    [
        ("ZZD0AMB2026O00001", ["vin_chars"]),
        ("ZZD0AMB202600001", ["length"]),
        ("ZZD0AMB2026I0000Q1", ["vin_chars", "length"]),
        ("ZZD0AMB2026-00001", ["vin_chars"]),
        ("", ["required"]),
    ],
)
def test_vin_invalid(vin: str, expected_rules: list[str]) -> None:
    problems = check_vin(vin, row=3)
    assert rules(problems) == expected_rules
    assert all(p.field == "vin" and p.row == 3 for p in problems)
    assert_worded(problems)


def test_vin_length_params() -> None:
    (problem,) = check_vin("ZZD0AMB202600001")
    assert problem.params == {"expected": 17, "actual": 16}


def test_vin_is_normalised_before_checking() -> None:
    assert normalise_vin(" zzd0amb 2026 000001\u00a0") == "ZZD0AMB2026000001"
    assert check_vin(" zzd0amb 2026 000001") == []


@pytest.mark.parametrize(
    ("vin", "digit"),
    [("1M8GDM9AXKP042788", "X"), ("11111111111111111", "1"), ("1HGCM82633A004352", "3")],
)
def test_vin_check_digit(vin: str, digit: str) -> None:
    assert vin_check_digit(vin) == digit


def test_vin_check_digit_never_blocks() -> None:
    vin = "1M8GDM9A1KP042788"  # position 9 should be X
    assert vin_check_digit(vin) == "X"
    assert check_vin(vin) == []


@pytest.mark.parametrize("bad", ["ZZD0AMB202600001", "ZZD0AMB2026O00001", ""])
def test_vin_check_digit_refuses_non_vins(bad: str) -> None:
    with pytest.raises(ValueError):
        vin_check_digit(bad)


@FAST
@given(st.text(alphabet=VIN_ALPHABET, min_size=17, max_size=17))
def test_any_vin_from_the_alphabet_validates(vin: str) -> None:
    assert check_vin(vin) == []
    assert vin_check_digit(vin) in set("0123456789X")


@FAST
@given(st.text(max_size=30))
def test_vin_random_text_never_crashes(text: str) -> None:
    problems = check_vin(text)
    assert set(rules(problems)) <= {"required", "length", "vin_chars"}
    assert_worded(problems)


# --- HS / CN / UKTZED -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hs", "national"),
    [
        ("870332", ""),
        ("8703.32", ""),
        ("8703 32", ""),
        ("630120", "63012090"),
        ("650610", "6506108000"),
        ("6506.10", "6506 10 80 00"),
        ("850211", "8502.11.20"),
    ],
)
def test_hs_valid(hs: str, national: str) -> None:
    assert check_hs(hs, national) == []


@pytest.mark.parametrize(
    ("hs", "national", "expected"),
    [
        ("8703", "", [("hs_code", "hs_heading")]),  # a heading: accepted with a warning
        ("8799", "", [("hs_code", "format")]),  # no such heading
        ("999999", "", [("hs_code", "hs_unknown")]),
        ("010110", "", [("hs_code", "hs_unknown")]),  # HS 2017 split 0101.10 into .21/.29
        ("8703321", "", [("hs_code", "format")]),
        ("87033A", "", [("hs_code", "format")]),
        ("", "", [("hs_code", "required")]),
        ("930190", "", [("hs_code", "forbidden_chapter")]),
        ("9301.90", "93019000", [("hs_code", "forbidden_chapter")]),
        ("630120", "63022090", [("national_code", "prefix_mismatch")]),
        ("630120", "6301209", [("national_code", "format")]),
        ("630120", "630120900", [("national_code", "format")]),
        ("630120", "6301209X", [("national_code", "format")]),
    ],
)
def test_hs_invalid(hs: str, national: str, expected: list[tuple[str, str]]) -> None:
    problems = check_hs(hs, national, row=4)
    assert [(p.field, p.rule) for p in problems] == expected
    assert all(p.row == 4 for p in problems)
    assert_worded(problems)


def test_hs_format_problem_names_six_digits() -> None:
    (problem,) = check_hs("87033", field="hs6")
    assert problem.field == "hs6"
    assert problem.params == {"value": "87033", "expected": "6 digits"}
    (heading,) = check_hs("8703", field="hs6")
    assert heading.severity is Severity.WARNING and heading.params == {"value": "8703"}


def test_normalise_hs() -> None:
    assert (
        normalise_hs("8703.32") == normalise_hs("8703 32") == normalise_hs(" 870332 ") == "870332"
    )


