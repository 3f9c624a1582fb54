"""The formats the window checks as they are typed (services.formats.check_typed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aidtracker.catalogue import VALUES
from aidtracker.domain import Severity
from aidtracker.services.formats import TYPED_FIELDS, check_plate, check_typed, mrn_check_character
from aidtracker.validate import check_eori


def test_each_field_has_its_check_and_empty_text_is_never_a_problem() -> None:
    assert {"export_mrn", "ahars_code", "truck_plate", "trailer_plate", "eori", "edrpou",
            "vin"} <= TYPED_FIELDS
    for field in TYPED_FIELDS:
        assert check_typed(field, "") == check_typed(field, "   ") == []
        assert check_typed(field, "?") != [], field
    assert check_typed("notes", "?") == []  # no format: nothing to say


def test_good_values_pass() -> None:
    mrn = "24DE1234567890123"
    good = {"export_mrn": mrn + mrn_check_character(mrn), "ahars_code": "UA-2030-000123",
            "truck_plate": "B-AB 1234", "trailer_plate": "АА1234ВВ", "eori": "DE123456789",
            "edrpou": "99000011", "vin": "WDB9066331S123456"}
    for field, text in good.items():
        assert check_typed(field, text) == [], (field, text)
    assert check_typed("edrpou", "1234567890") == []  # a sole trader's RNOKPP


def test_the_problems_name_their_field_and_state_the_format_in_both_languages() -> None:
    for field, text in (("export_mrn", "abc"), ("ahars_code", "ab"), ("truck_plate", "a!"),
                        ("eori", "12")):
        [problem] = check_typed(field, text)
        assert problem.field == field and problem.params["value"] == text
        assert problem.params["expected"] in VALUES  # worded in Ukrainian too
    assert check_eori("de 123")[0].severity is Severity.WARNING


@given(st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ0123456789 -", max_size=14))
def test_plates_of_letters_and_digits_are_never_refused(text: str) -> None:
    letters = sum(ch.isalnum() for ch in text)
    assert (check_plate(text) == []) == (letters == 0 or 3 <= letters <= 10)
    for problem in check_plate(text):
        assert problem.severity is Severity.WARNING
