"""Checklist rules: the safe trigger language, the facts and the rule table (DOMAIN.md §6)."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidtracker import rules
from aidtracker.deadlines import load_limits
from aidtracker.domain import (
    Asset,
    AssetKind,
    ChecklistItem,
    ChecklistRule,
    CheckState,
    Condition,
    LineItem,
    Organisation,
    OrgKind,
    Severity,
    Shipment,
    Status,
    TransportMode,
    Unit,
)
from aidtracker.resources import load_json
from aidtracker.rules import (
    FACT_TYPES,
    RuleSyntaxError,
    applicable_rules,
    blocking_for,
    evaluate,
    load_checklist_rules,
    parse_trigger,
    shipment_facts,
)

TABLE_IDS = (
    [f"CL-B{n:02d}" for n in range(1, 16)]
    + [f"CL-V{n:02d}" for n in range(1, 14)]
    + [f"CL-E{n:02d}" for n in range(1, 6)]
    + [f"CL-M{n:02d}" for n in range(1, 7)]
    + ["CL-F01", "CL-F02", "CL-C01", "CL-C02", "CL-C03", "CL-D01", "CL-D02", "CL-D03"]
    + ["CL-L01", "CL-U01", "CL-N01", "CL-N02", "CL-N03", "CL-N04"]
)
DONOR = Organisation(id=1, kind=OrgKind.COMPANY, name_en="Stadtwerke", country="DE")
RECIPIENT = Organisation(id=2, kind=OrgKind.CITY_AUTHORITY, name_en="City council")


def shipment(**changes: object) -> Shipment:
    base = Shipment(
        id=1,
        reference="CV-2026-0042",
        status=Status.PREPARING,
        partnership_id=1,
        donor_id=1,
        recipient_id=2,
        crossing="Dorohusk-Yahodyn",
    )
    return replace(base, **changes)


def line(category: str = "hygiene", **changes: object) -> LineItem:
    base = LineItem(
        id=None,
        line_no=1,
        category=category,
        description="soap",
        qty_milli=1000,
        unit=Unit.PCS,
        currency="EUR",
        unit_value_minor=10000,
        gross_g=100_000,
    )
    return replace(base, **changes)


def ambulance() -> LineItem:
    asset = Asset(id=None, kind=AssetKind.VEHICLE, vin="WDB9066331S123456", body_type="ambulance")
    return line("veh.ambulance", description="ambulance", gross_g=3_500_000, assets=(asset,))


def applied_ids(facts: dict[str, object]) -> list[str]:
    return [rule.id for rule in applicable_rules(load_checklist_rules(), facts)]


# --- the rule table ---------------------------------------------------------------------------


def test_table_has_every_rule_in_order() -> None:
    assert [rule.id for rule in load_checklist_rules()] == TABLE_IDS


@pytest.mark.parametrize("rule", load_checklist_rules(), ids=lambda rule: rule.id)
def test_every_trigger_parses_and_reads_only_known_facts(rule: ChecklistRule) -> None:
    assert parse_trigger(rule.trigger).names <= FACT_TYPES.keys()
    assert rule.item_en and rule.item_uk and rule.source
    assert bool(rule.blocks_event) == (rule.severity is Severity.BLOCKING)


def test_every_record_has_ukrainian_text_and_known_fields() -> None:
    records = load_json(rules.RULES_RESOURCE)["rules"]  # type: ignore[index]
    for record in records:
        assert any("\u0400" <= ch <= "\u04ff" for ch in record["item"]["uk"]), record["id"]
        assert record["confidence"][0] in "HML"


@pytest.mark.parametrize(
    ("rule_id", "event"),
    [("CL-V08", "accept"), ("CL-B09", "dispatch"), ("CL-B07", "clear"), ("CL-M05", "pledge")],
)
def test_guarded_events_follow_the_table(rule_id: str, event: str) -> None:
    rule = {r.id: r for r in load_checklist_rules()}[rule_id]
    assert rules.blocks_events(rule) == {event}


def test_b14_guards_report_and_close() -> None:
    rule = {r.id: r for r in load_checklist_rules()}["CL-B14"]
    assert rules.blocks_events(rule) == {"report", "close"}


def test_valid_from_filters_by_date() -> None:
    before = {rule.id for rule in load_checklist_rules(on=date(2023, 6, 1))}
    after = {rule.id for rule in load_checklist_rules(on=date(2026, 2, 1))}
    assert "CL-B06" not in before and "CL-B06" in after
    assert after == set(TABLE_IDS)
    assert "CL-B02" in before


def test_oral_declaration_thresholds_match_limits() -> None:
    limits = load_limits()
    rule = {r.id: r for r in load_checklist_rules()}["CL-B08"]
    assert f"value_eur <= {limits.oral_declaration_max_eur}" in rule.trigger
    assert f"gross_kg <= {limits.oral_declaration_max_kg}" in rule.trigger


# --- facts and applicable rules ---------------------------------------------------------------


def test_facts_cover_the_vocabulary_exactly() -> None:
    facts = shipment_facts(shipment(), [line()], DONOR, RECIPIENT)
    assert facts.keys() == FACT_TYPES.keys()
    assert not any(isinstance(value, float) for value in facts.values())


def test_vehicle_shipment_facts_and_rules() -> None:
    ship = shipment(transport_mode=TransportMode.SELF_PROPELLED)
    facts = shipment_facts(ship, [ambulance()], DONOR, RECIPIENT)
    assert facts["flags"] == {"vehicle", "serialised"}
    assert facts["groups"] == {"veh"} and facts["body_types"] == {"ambulance"}
    assert facts["hs_chapters"] == {"87"} and facts["crossing_country"] == "PL"
    assert facts["self_propelled"] is True and facts["goods_carried"] is False
    applied = applied_ids(facts)
    assert {"CL-V01", "CL-V03", "CL-V06", "CL-V09", "CL-N01", "CL-N02"} <= set(applied)
    assert not {"CL-M01", "CL-V07", "CL-V08", "CL-B10", "CL-E05"} & set(applied)


def test_goods_in_a_self_propelled_vehicle_need_cmr() -> None:
    ship = shipment(transport_mode=TransportMode.SELF_PROPELLED)
    facts = shipment_facts(ship, [ambulance(), line("med.consumable")], DONOR, RECIPIENT)
    assert facts["goods_carried"] is True
    assert {"CL-B10", "CL-M01"} <= set(applied_ids(facts))


def test_charity_recipient_with_vehicle_gets_v07() -> None:
    charity = replace(RECIPIENT, kind=OrgKind.CHARITY)
    flagged = replace(RECIPIENT, is_charity=True)
    for recipient in (charity, flagged):
        assert "CL-V07" in applied_ids(shipment_facts(shipment(), [ambulance()], DONOR, recipient))
    assert "CL-V07" not in applied_ids(shipment_facts(shipment(), [line()], DONOR, charity))


def test_city_authority_donor_gets_b04() -> None:
    city = replace(DONOR, kind=OrgKind.CITY_AUTHORITY)
    assert "CL-B04" in applied_ids(shipment_facts(shipment(), [line()], city, RECIPIENT))
    assert "CL-B04" not in applied_ids(shipment_facts(shipment(), [line()], DONOR, RECIPIENT))


def test_bus_body_type_gets_v08_guarding_accept() -> None:
    bus = Asset(id=None, kind=AssetKind.VEHICLE, vin="X", body_type="bus")
    truck_as_bus = line("veh.truck", assets=(bus,))
    facts = shipment_facts(shipment(), [truck_as_bus], DONOR, RECIPIENT)
    rule = next(r for r in applicable_rules(load_checklist_rules(), facts) if r.id == "CL-V08")
    assert rule.blocks_event == "accept" and rule.severity is Severity.BLOCKING


@pytest.mark.parametrize(
    ("value_minor", "gross_g", "expected", "absent"),
    [
        (80_000, 500_000, "CL-B08", "CL-B09"),
        (100_000, 1_000_000, "CL-B08", "CL-B09"),
        (100_001, 500_000, "CL-B09", "CL-B08"),
        (80_000, 1_000_001, "CL-B09", "CL-B08"),
        (50_000_000, 20_000_000, "CL-B09", "CL-B08"),
    ],
)
def test_oral_or_electronic_export(
    value_minor: int, gross_g: int, expected: str, absent: str
) -> None:
    item = line(value_minor=value_minor, gross_g=gross_g)
    facts = shipment_facts(shipment(), [item], DONOR, RECIPIENT)
    assert facts["value_eur"] == Decimal(value_minor) / 100
    assert facts["gross_kg"] == Decimal(gross_g) / 1000
    applied = applied_ids(facts)
    assert expected in applied and absent not in applied


def test_value_in_another_currency_needs_electronic_export() -> None:
    item = line(currency="PLN", value_minor=300_000)
    facts = shipment_facts(shipment(), [item], DONOR, RECIPIENT)
    assert facts["value_eur"] == 0 and facts["non_eur_value"] is True
    assert "CL-B09" in applied_ids(facts) and "CL-B08" not in applied_ids(facts)


@pytest.mark.parametrize(
    ("items", "changes", "expected"),
    [
        ([line("med.medicine")], {"crossing": "Záhony-Chop_(Tysa)"}, {"CL-M03", "CL-N03"}),
        ([line("forbidden.arms")], {}, {"CL-D03"}),
        ([line("food", hs_code="2208.30")], {}, {"CL-F02", "CL-U01"}),
        ([line("dual.drone")], {}, {"CL-D01", "CL-D02"}),
        ([line("clothing.worn", condition=Condition.USED)], {}, {"CL-C01", "CL-C02", "CL-B15"}),
        ([line("energy.transformer")], {"kind": "loan"}, {"CL-E01", "CL-E05", "CL-L01"}),
        ([line(gross_g=2_000_000)], {"transport_mode": TransportMode.RAIL}, {"CL-E05", "CL-V13"}),
        ([line("energy.battery")], {"crossing": "Palanca-Maiaky-Udobne"}, {"CL-E04", "CL-N04"}),
    ],
)
def test_rules_for_goods_and_routes(
    items: list[LineItem], changes: dict[str, object], expected: set[str]
) -> None:
    facts = shipment_facts(shipment(**changes), items, DONOR, RECIPIENT)
    assert expected <= set(applied_ids(facts))


def test_donor_side_skips_recipient_only_rules() -> None:
    facts = shipment_facts(shipment(), [ambulance()], DONOR, RECIPIENT, side="donor")
    assert not {"CL-B14", "CL-V11"} & set(applied_ids(facts))
    with pytest.raises(ValueError, match="side"):
        shipment_facts(shipment(), [], DONOR, RECIPIENT, side="broker")


def test_blocking_for_returns_open_blockers_of_that_event() -> None:
    by_id = {r.id: r for r in load_checklist_rules()}
    items = [
        ChecklistItem(by_id["CL-B02"]),
        ChecklistItem(by_id["CL-B05"], state=CheckState.DONE),
        ChecklistItem(by_id["CL-B06"], state=CheckState.OVERRIDDEN),
        ChecklistItem(by_id["CL-B04"]),
        ChecklistItem(by_id["CL-B09"]),
        ChecklistItem(by_id["CL-B14"]),
    ]
    assert [i.rule.id for i in blocking_for("mark_ready", items)] == ["CL-B02"]
    assert [i.rule.id for i in blocking_for("dispatch", items)] == ["CL-B09"]
    assert [i.rule.id for i in blocking_for("close", items)] == ["CL-B14"]
    assert blocking_for("accept", items) == []


# --- the trigger language ---------------------------------------------------------------------


FACTS = shipment_facts(shipment(), [line("med.medicine")], DONOR, RECIPIENT)


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("always", True),
        ("'rx' in flags and not 'vehicle' in flags", True),
        ("'vehicle' in flags or donor_country == 'PL'", False),
        ("mode in ('road_truck', 'road_van')", True),
        ("mode not in ['rail']", True),
        ("0 <= value_eur <= 100", True),
        ("value_eur > 100", False),
        ("crossing_country != None", True),
        ("kind in {'donation', 'loan'}", True),
        ("side == 'recipient' and (any_used or True)", True),
        ("'PL' in crossing_country", True),
    ],
)
def test_evaluate(expr: str, expected: bool) -> None:
    assert evaluate(parse_trigger(expr), FACTS) is expected


def test_parse_is_cached_and_missing_facts_raise() -> None:
    assert parse_trigger("always") is parse_trigger("always")
    with pytest.raises(KeyError, match="flags"):
        evaluate("'x' in flags", {"always": True})


EVIL = [
    "__import__('os')",
    "__import__('os').system('touch /tmp/pwned')",
    "flags.__class__",
    "flags.__class__.__mro__",
    "open('x')",
    "a[0]",
    "flags[0]",
    "lambda: 1",
    "(lambda: 1)()",
    "unknown_fact",
    "__builtins__",
    "[x for x in flags]",
    "value_eur + 1 > 2",
    "-value_eur < 1",
    "f'{flags}'",
    "b'x' in flags",
    "1.5 < value_eur",
    "{}",
    "x := 1",
    "mode is None",
    "flags",
    "'a' if always else 'b'",
    "'vehicle' in flags and",
    "",
    "   ",
    "value_eur < 'x'",
    "flags < 3",
    "mode == 3",
    "[1] in flags",
    "1 in flags",
    "not flags",
    "'\\d' in flags",
    "1if always else 2",
    "x" * 2000,
]


@pytest.mark.parametrize("expr", EVIL)
def test_unsafe_or_ill_typed_triggers_are_rejected(
    expr: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_import = builtins.__import__

    def spy_import(name: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real_import(name, *args, **kwargs)

    def spy(name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: calls.append(name)

    with monkeypatch.context() as patched:
        for name in ("open", "eval", "exec"):
            patched.setattr(builtins, name, spy(name))
        patched.setattr(builtins, "__import__", spy_import)
        with pytest.raises(RuleSyntaxError) as caught:
            parse_trigger(expr)
    assert not {"os", "open", "eval", "exec"} & set(calls)
    assert caught.value.expr == expr and caught.value.reason
    assert caught.value.code == "rule_syntax"


def test_rule_syntax_error_names_the_problem() -> None:
    with pytest.raises(RuleSyntaxError, match="unknown name 'driver_age'"):
        parse_trigger("driver_age < 60")
    with pytest.raises(RuleSyntaxError, match="Call is not allowed"):
        parse_trigger("open('x')")


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=80))
def test_random_text_parses_or_raises_rule_syntax_error(text: str) -> None:
    try:
        trigger = parse_trigger(text)
    except RuleSyntaxError:
        return
    assert trigger.names <= FACT_TYPES.keys()
    assert isinstance(evaluate(trigger, FACTS), bool)


ATOMS = st.sampled_from(
    ["always", "any_used", "'rx' in flags", "value_eur > 5", "mode == 'rail'", "kind", "1", "("]
)


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.lists(
        st.tuples(ATOMS, st.sampled_from([" and ", " or ", " and not ", ") ", " < "])),
        min_size=1,
        max_size=6,
    )
)
def test_random_expressions_parse_or_raise_rule_syntax_error(parts: list[tuple[str, str]]) -> None:
    text = "".join(atom + joint for atom, joint in parts) + "always"
    try:
        trigger = parse_trigger(text)
    except RuleSyntaxError:
        return
    assert isinstance(evaluate(trigger, FACTS), bool)
