"""Validators of DOMAIN.md §9: worked examples, demo identifiers (§11.2) and properties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from validate_helpers import FAST, assert_worded, rules

from aidtracker.catalogue import problem_text
from aidtracker.domain import (
    Asset,
    AssetKind,
    Condition,
    LineItem,
    Organisation,
    OrgKind,
    Problem,
    Severity,
    Shipment,
    Status,
    Unit,
)
from aidtracker.validate import (
    check_currency,
    check_date_order,
    check_edrpou,
    check_hs,
    check_positive,
    check_vin,
    validate_asset,
    validate_line,
    validate_organisation,
    validate_shipment,
)


def vehicle(vin: str = "ZZD0AMB2026000001", **kw: object) -> Asset:
    return Asset(id=None, kind=AssetKind.VEHICLE, vin=vin, **kw)  # type: ignore[arg-type]


def equipment(serial: str) -> Asset:
    return Asset(id=None, kind=AssetKind.EQUIPMENT, serial_no=serial)


def line(**kw: object) -> LineItem:
    base = LineItem(
        id=None,
        line_no=1,
        category="energy.genset_diesel",
        description="Diesel generator set 30 kVA",
        qty_milli=2000,
        unit=Unit.PCS,
        currency="EUR",
        unit_value_minor=350000,
        hs_code="850211",
        net_g=800_000,
        gross_g=850_000,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def org(**kw: object) -> Organisation:
    base = Organisation(id=None, kind=OrgKind.CITY_AUTHORITY, name_en="Demo City Council")
    return replace(base, **kw)  # type: ignore[arg-type]


def shipment(**kw: object) -> Shipment:
    base = Shipment(
        id=None,
        reference="CV-2026-0042",
        status=Status.DRAFT,
        partnership_id=1,
        donor_id=1,
        recipient_id=2,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


# --- Currency, positive numbers, date order -------------------------------------------------------


@pytest.mark.parametrize("code", ["EUR", "UAH", "PLN", "RON", "CZK", "USD", "HUF", "MDL", "BGN"])
def test_known_currencies(code: str) -> None:
    assert check_currency(code) == []


@pytest.mark.parametrize(
    ("code", "rule"), [("XYZ", "unknown_currency"), ("eur", "unknown_currency"), ("", "required")]
)
def test_unknown_currency(code: str, rule: str) -> None:
    problems = check_currency(code, row=2)
    assert rules(problems) == [rule]
    assert problems[0].row == 2
    assert_worded(problems)


@pytest.mark.parametrize(
    ("on", "warned"),
    [
        (None, False),
        (date(2022, 4, 1), False),
        (date(2025, 12, 31), False),
        (date(2026, 1, 1), True),
        (date(2026, 3, 1), True),
    ],
)
def test_bgn_after_euro_day_is_a_warning(on: date | None, warned: bool) -> None:
    problems = check_currency("BGN", on=on)
    assert rules(problems) == (["currency_replaced"] if warned else [])
    assert all(p.severity is Severity.WARNING for p in problems)
    assert_worded(problems)
    assert check_currency("EUR", on=on) == []


@pytest.mark.parametrize(("value", "ok"), [(1, True), (1000, True), (0, False), (-5, False)])
def test_check_positive(value: int, ok: bool) -> None:
    problems = check_positive(value, "packages", row=1)
    assert problems == ([] if ok else [Problem("packages", "positive", {"value": str(value)}, 1)])


def test_check_positive_shows_milli_as_decimal() -> None:
    (problem,) = check_positive(-1500, "qty_milli", milli=True)
    assert problem.params == {"value": "-1.5"}


D = date


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ([("a", D(2026, 1, 1)), ("b", D(2026, 1, 1)), ("c", D(2026, 1, 2))], []),
        ([("a", None), ("b", None)], []),
        ([], []),
        ([("a", D(2026, 1, 5)), ("b", D(2026, 1, 4))], [("b", "a")]),
        ([("a", D(2026, 1, 5)), ("b", None), ("c", D(2026, 1, 4))], [("c", "a")]),
        ([("a", D(2026, 1, 5)), ("b", D(2026, 1, 3)), ("c", D(2026, 1, 4))], [("b", "a")]),
    ],
)
def test_check_date_order(
    dates: list[tuple[str, date | None]], expected: list[tuple[str, str]]
) -> None:
    problems = check_date_order(dates, row=9)
    assert [(p.field, p.params["other_field"]) for p in problems] == expected
    assert all(p.rule == "date_order" and p.row == 9 for p in problems)
    assert_worded(problems)


def test_date_order_params() -> None:
    (problem,) = check_date_order([("loaded_on", D(2026, 2, 3)), ("crossed_on", D(2026, 2, 1))])
    assert problem.params == {
        "value": "2026-02-01",
        "other": "2026-02-03",
        "other_field": "loaded_on",
    }
    assert problem_text(problem, "en") == \
        "crossed_on (2026-02-01) must not be before loaded_on (2026-02-03)"


# --- Lines ----------------------------------------------------------------------------------------


def test_valid_line() -> None:
    assert validate_line(line(), row=1) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"category": "nonsense"}, [("category", "unknown_category")]),
        ({"category": ""}, [("category", "required")]),
        ({"category": "forbidden.arms"}, [("category", "forbidden_chapter")]),
        ({"description": "  "}, [("description", "required")]),
        ({"qty_milli": 0}, [("qty_milli", "positive")]),
        ({"qty_milli": -2000}, [("qty_milli", "positive")]),
        ({"qty_milli": 2500}, [("qty_milli", "whole")]),
        ({"qty_milli": 500, "unit": Unit.PAIR}, [("qty_milli", "whole")]),
        ({"qty_milli": 2500, "unit": Unit.KG}, []),
        ({"qty_milli": 1, "unit": Unit.L}, []),
        ({"hs_code": "8502"}, [("hs_code", "hs_heading")]),
        ({"hs_code": "850"}, [("hs_code", "format")]),
        ({"hs_code": ""}, []),
        ({"hs_code": "8502.11"}, []),
        ({"hs_code": "", "national_code": "85021120"}, [("hs_code", "required")]),
        ({"national_code": "85041000"}, [("national_code", "prefix_mismatch")]),
        ({"currency": "XXX"}, [("currency", "unknown_currency")]),
        ({"unit_value_minor": -1}, [("unit_value_minor", "not_negative")]),
        ({"unit_value_minor": 0}, []),
        ({"value_minor": -100}, [("value_minor", "not_negative")]),
        ({"gross_g": 700_000}, [("gross_g", "gross_below_net")]),
        ({"gross_g": 0}, []),
        ({"net_g": 0}, []),
        ({"net_g": -1}, [("net_g", "not_negative")]),
        ({"wear_pct": 30}, [("wear_pct", "wear_for_new")]),
        ({"wear_pct": 0}, []),
        ({"wear_pct": 30, "condition": Condition.USED}, []),
        ({"wear_pct": 101, "condition": Condition.USED}, [("wear_pct", "range")]),
        ({"wear_pct": -1, "condition": Condition.USED}, [("wear_pct", "range")]),
    ],
)
def test_line_problems(changes: dict[str, object], expected: list[tuple[str, str]]) -> None:
    problems = validate_line(line(**changes), row=5)
    assert [(p.field, p.rule) for p in problems] == expected
    assert all(p.row == 5 for p in problems)
    assert_worded(problems)


def test_line_gross_below_net_in_kg() -> None:
    (problem,) = validate_line(line(net_g=1_250_500, gross_g=1_250_000))
    assert problem.params == {"gross": "1250", "net": "1250.5"}
    assert problem.row is None


def test_line_whole_names_the_unit() -> None:
    (problem,) = validate_line(line(qty_milli=1500, unit=Unit.CARTON), row=2)
    assert problem.params == {"unit": "carton", "value": "1.5"}
    assert problem_text(problem, "en") == \
        "row 2: qty_milli must be a whole number for unit carton, got 1.5"


def test_wear_for_new_is_only_a_warning() -> None:
    (problem,) = validate_line(line(wear_pct=10))
    assert problem.severity is Severity.WARNING


AMBULANCES = tuple(vehicle(f"ZZD0AMB2026{n:06d}") for n in range(1, 13))


def ambulance_line(assets: tuple[Asset, ...], qty: int = 12) -> LineItem:
    return line(category="veh.ambulance", qty_milli=qty * 1000, hs_code="870332", assets=assets)


def test_line_with_twelve_ambulances() -> None:
    assert validate_line(ambulance_line(AMBULANCES), row=1) == []


def test_line_with_more_vins_than_quantity() -> None:
    problems = validate_line(ambulance_line(AMBULANCES, qty=10), row=1)
    assert [(p.field, p.rule, p.params) for p in problems] == [
        ("assets", "serial_count", {"count": 12, "quantity": "10"})
    ]
    assert_worded(problems)


def test_line_with_bad_and_duplicate_vins() -> None:
    assets = (*AMBULANCES[:3], vehicle("ZZD0AMB2026O00001"), vehicle("zzd0amb2026000002"))
    assets += (vehicle("ZZD0AMB2026000002"),)
    problems = validate_line(ambulance_line(assets, qty=6), row=8)
    assert [(p.field, p.rule) for p in problems] == [("vin", "vin_chars"), ("vin", "duplicate")]
    assert problems[0].params["asset"] == 4
    assert problems[1].params == {"value": "ZZD0AMB2026000002"}
    assert all(p.row == 8 for p in problems)
    assert_worded(problems)


def test_vehicle_line_needs_one_vin_per_vehicle() -> None:
    problems = validate_line(ambulance_line(AMBULANCES[:1], qty=2), row=1)
    assert [(p.field, p.rule, p.params) for p in problems] == [
        ("assets", "serial_count", {"count": 1, "quantity": "2"})
    ]


def test_line_with_duplicate_serials() -> None:
    assets = (equipment("GS-1"), equipment("GS-2"), equipment("GS-1"), equipment("GS-1"))
    problems = validate_line(line(qty_milli=4000, assets=assets), row=3)
    assert [(p.field, p.rule, p.params) for p in problems] == [
        ("serial_no", "duplicate", {"value": "GS-1"})
    ]


def test_line_with_missing_serial_names_the_asset() -> None:
    problems = validate_line(line(assets=(equipment("GS-1"), equipment(" "))), row=3)
    assert [(p.field, p.rule, p.params) for p in problems] == [
        ("serial_no", "required", {"asset": 2})
    ]


# --- Assets ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asset", "expected"),
    [
        (vehicle(), []),
        (vehicle(""), [("vin", "required")]),
        (vehicle("", year=2019), [("vin", "required")]),
        (vehicle("", year=1981), [("vin", "required")]),
        (vehicle("", year=1978), []),
        (vehicle("MAG-1978-0042", year=1978), []),
        (vehicle("ZZD0AMB202600001", year=2020), [("vin", "length")]),
        (vehicle(odometer_km=-1), [("odometer_km", "not_negative")]),
        (equipment("SN-2026-0001"), []),
        (equipment(""), [("serial_no", "required")]),
    ],
)
def test_validate_asset(asset: Asset, expected: list[tuple[str, str]]) -> None:
    problems = validate_asset(asset, row=6)
    assert [(p.field, p.rule) for p in problems] == expected
    assert all(p.row == 6 for p in problems)
    assert_worded(problems)


# --- Organisations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"edrpou": "99000011"}, []),
        ({"edrpou": "9900 0011"}, []),
        ({"edrpou": "99000012"}, [("edrpou", "checksum", Severity.BLOCKING)]),
        ({"edrpou": "9900001"}, [("edrpou", "length", Severity.BLOCKING)]),
        ({"edrpou": "1234567890"}, [("edrpou", "length", Severity.BLOCKING)]),
        ({"edrpou": "1234567890", "kind": OrgKind.PERSON}, []),
        ({"name_en": "", "name_uk": "Демо міська рада"}, []),
        ({"name_en": " "}, [("name_en", "required", Severity.BLOCKING)]),
        ({"eori": "DE1234567890123"}, []),
        ({"eori": "PL 5260250995 00000"}, []),
        ({"eori": "de123"}, [("eori", "format", Severity.WARNING)]),
        ({"eori": "DE1234567890123456"}, [("eori", "format", Severity.WARNING)]),
        ({"email": "office@demo-city.example"}, []),
        ({"email": "office at demo"}, [("email", "format", Severity.WARNING)]),
        ({"phone": "+380 44 123-45-67"}, []),
        ({"phone": "044 123 45 67"}, [("phone", "format", Severity.WARNING)]),
    ],
)
def test_validate_organisation(changes: dict[str, object], expected: list[tuple]) -> None:
    problems = validate_organisation(org(**changes))
    assert [(p.field, p.rule, p.severity) for p in problems] == expected
    assert_worded(problems)


# --- Shipments ------------------------------------------------------------------------------------


def test_valid_shipment() -> None:
    s = shipment(
        pledged_on=D(2026, 1, 10),
        consent_date=D(2026, 1, 12),
        loaded_on=D(2026, 2, 1),
        crossed_on=D(2026, 2, 2),
        cleared_on=D(2026, 2, 2),
        delivered_on=D(2026, 2, 3),
        report_filed_on=D(2026, 3, 1),
        ahars_created_on=D(2026, 1, 20),
        declaration_created_on=D(2026, 1, 28),
        planned_loading=D(2026, 2, 1),
        planned_crossing=D(2026, 2, 2),
        planned_arrival=D(2026, 2, 3),
    )
    assert validate_shipment(s) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"consent_date": D(2026, 1, 5), "pledged_on": D(2026, 1, 6)},
            [("consent_date", "pledged_on")],
        ),
        ({"loaded_on": D(2026, 2, 5), "crossed_on": D(2026, 2, 4)}, [("crossed_on", "loaded_on")]),
        (
            {"cleared_on": D(2026, 2, 5), "delivered_on": D(2026, 2, 4)},
            [("delivered_on", "cleared_on")],
        ),
        (
            {"delivered_on": D(2026, 2, 5), "report_filed_on": D(2026, 2, 4)},
            [("report_filed_on", "delivered_on")],
        ),
        (
            {"ahars_created_on": D(2026, 1, 5), "declaration_created_on": D(2026, 1, 4)},
            [("declaration_created_on", "ahars_created_on")],
        ),
        (
            {"declaration_created_on": D(2026, 2, 5), "crossed_on": D(2026, 2, 4)},
            [("crossed_on", "declaration_created_on")],
        ),
        (
            {"planned_loading": D(2026, 2, 5), "planned_arrival": D(2026, 2, 4)},
            [("planned_arrival", "planned_loading")],
        ),
        ({"planned_crossing": D(2026, 2, 5), "loaded_on": D(2026, 2, 4)}, []),
    ],
)
def test_shipment_date_order(changes: dict[str, object], expected: list[tuple[str, str]]) -> None:
    problems = validate_shipment(shipment(**changes))
    assert [(p.field, p.params["other_field"]) for p in problems] == expected
    assert all(p.rule == "date_order" and p.severity is Severity.BLOCKING for p in problems)
    assert_worded(problems)


@pytest.mark.parametrize(
    ("changes", "today", "warned"),
    [
        ({"pledged_on": D(2022, 4, 1)}, None, False),
        ({"pledged_on": D(2025, 12, 1), "loaded_on": D(2026, 1, 5)}, None, False),
        ({"loaded_on": D(2026, 1, 5)}, None, True),
        ({"planned_loading": D(2026, 2, 1)}, D(2025, 12, 1), True),
        ({}, D(2026, 2, 1), True),
        ({}, D(2025, 2, 1), False),
        ({}, None, False),
    ],
)
def test_shipment_bgn(changes: dict[str, object], today: date | None, warned: bool) -> None:
    problems = validate_shipment(shipment(currency="BGN", **changes), today=today)
    assert rules(problems) == (["currency_replaced"] if warned else [])


def test_shipment_unknown_currency() -> None:
    assert rules(validate_shipment(shipment(currency="DEM"))) == ["unknown_currency"]


# --- Robustness -----------------------------------------------------------------------------------


@FAST
@given(st.text(max_size=24), st.text(max_size=24))
def test_random_text_never_crashes_validators(a: str, b: str) -> None:
    problems = [
        *check_edrpou(a),
        *check_vin(a),
        *check_hs(a, b),
        *check_currency(a),
        *validate_organisation(org(edrpou=a, eori=b, email=a, phone=b, name_en=b)),
        *validate_line(line(category=a, description=b, hs_code=a, national_code=b, currency=b)),
        *validate_asset(vehicle(a)),
    ]
    assert all(isinstance(p, Problem) for p in problems)
    assert_worded(problems)


@FAST
@given(
    st.integers(-(10**9), 10**9),
    st.sampled_from(list(Unit)),
    st.integers(-(10**7), 10**7),
    st.integers(-(10**7), 10**7),
    st.none() | st.integers(-200, 200),
    st.sampled_from(list(Condition)),
)
def test_random_numbers_never_crash_validate_line(
    qty: int, unit: Unit, net: int, gross: int, wear: int | None, condition: Condition
) -> None:
    item = line(
        qty_milli=qty, unit=unit, net_g=net, gross_g=gross, wear_pct=wear, condition=condition
    )
    problems = validate_line(item, row=1)
    assert all(p.row == 1 for p in problems)
    assert ("qty_milli" in {p.field for p in problems}) == (
        qty <= 0
        or (unit in {Unit.PCS, Unit.PAIR, Unit.SET, Unit.CARTON, Unit.PACK} and qty % 1000 != 0)
    )
    assert_worded(problems)


@FAST
@given(st.lists(st.none() | st.dates(), max_size=8))
def test_date_order_flags_exactly_the_descents(days: list[date | None]) -> None:
    pairs = [(f"d{i}", d) for i, d in enumerate(days)]
    known = [d for d in days if d is not None]
    descents = sum(1 for x, y in pairwise(known) if y < x)
    assert len(check_date_order(pairs)) == descents
