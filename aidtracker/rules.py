"""Checklist rules as data (DOMAIN.md §6) and the tiny, safe trigger language they use.

A trigger such as ``"'vehicle' in flags and recipient_is_charity"`` is parsed with
``ast.parse(mode="eval")``, checked against a whitelist (and/or/not, comparisons, fact names,
constants, literal lists of constants) and compiled into closures; nothing is ever passed to
``eval()``. Fact names and their kinds are fixed (:data:`FACT_TYPES`), so a typo or an
ill-typed comparison is a :class:`RuleSyntaxError` when the rules are loaded, not at run time.
"""

from __future__ import annotations

import ast
import operator
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any

from aidtracker.domain import (
    ChecklistItem,
    ChecklistRule,
    Condition,
    Event,
    LineItem,
    Organisation,
    OrgKind,
    Severity,
    Shipment,
    TransportMode,
)
from aidtracker.errors import AidTrackerError
from aidtracker.reference import categories, category_flags, crossings, currency_exponent
from aidtracker.resources import load_json

Facts = Mapping[str, object]
Evaluator = Callable[[Facts], object]

BOOL, STR, NUM, NONE, SET = "bool", "str", "num", "none", "set<str>"
FACT_TYPES: Mapping[str, str] = MappingProxyType(  # the fixed vocabulary and each fact's kind
    dict.fromkeys(("always", "any_used", "non_eur_value", "heavy_unit"), BOOL)
    | dict.fromkeys(("recipient_is_charity", "self_propelled", "goods_carried"), BOOL)
    | dict.fromkeys(("flags", "categories", "groups", "body_types"), SET)
    | dict.fromkeys(("hs_chapters", "hs_headings"), SET)
    | dict.fromkeys(("mode", "kind", "side", "donor_kind", "donor_country"), STR)
    | dict.fromkeys(("recipient_kind", "crossing_country"), STR)
    | dict.fromkeys(("value_eur", "gross_kg"), NUM)
)
SIDES = frozenset({"recipient", "donor"})
WHENS = (
    "on_pledge",
    "before_loading",
    "at_loading",
    "eu_exit",
    "ua_entry",
    "on_delivery",
    "after_delivery",
)
OWNERS = frozenset({"donor", "recipient", "carrier", "broker", "both"})
MAX_TRIGGER_LENGTH = 1000
MAX_DEPTH = 32
HEAVY_UNIT_G = 1_000_000
RULES_RESOURCE = "reference/checklist_rules.json"


class RuleSyntaxError(AidTrackerError):
    """``expr``, ``reason`` (and ``rule`` when known): a trigger outside the safe language."""

    code = "rule_syntax"

    def __init__(self, expr: str, reason: str, rule: str = "") -> None:
        super().__init__(expr=expr, reason=reason, rule=rule)
        self.expr, self.reason = expr, reason


class RuleDataError(AidTrackerError):
    """``rule``, ``field``, ``reason``: a malformed record in the checklist rule table."""

    code = "rule_data"


@dataclass(frozen=True, slots=True)
class Trigger:
    """A validated trigger: its source text, the fact names it reads and its compiled form."""

    expr: str
    names: frozenset[str] = field(compare=False)
    run: Evaluator = field(compare=False, repr=False)


# --- the trigger language -------------------------------------------------------------------


@lru_cache(maxsize=1024)
def parse_trigger(expr: str) -> Trigger:
    """Parse and type-check a trigger once (cached).

    Raises:
        RuleSyntaxError: anything outside the whitelist, unknown or dunder names, bad types.
    """
    if not isinstance(expr, str):
        raise RuleSyntaxError(repr(expr), "a trigger must be text")
    text = expr.strip()
    if not text or len(text) > MAX_TRIGGER_LENGTH:
        raise RuleSyntaxError(expr, f"a trigger must have 1 to {MAX_TRIGGER_LENGTH} characters")
    tree = _parse(expr, text)
    run, kind = _compile(tree.body, expr, 0)
    if kind != BOOL:
        raise RuleSyntaxError(expr, f"a trigger must be true or false, not a {kind} value")
    names = frozenset(n.id for n in ast.walk(tree) if isinstance(n, ast.Name))
    return Trigger(expr, names, run)


def evaluate(trigger: Trigger | str, facts: Facts) -> bool:
    """Evaluate a trigger against facts (as built by :func:`shipment_facts`).

    Raises:
        KeyError: a fact the trigger reads is missing.
    """
    parsed = parse_trigger(trigger) if isinstance(trigger, str) else trigger
    missing = parsed.names - facts.keys()
    if missing:
        raise KeyError(f"missing facts: {', '.join(sorted(missing))}")
    return bool(parsed.run(facts))


def _parse(expr: str, text: str) -> ast.Expression:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # odd literals warn in 3.11+: refuse them
            return ast.parse(text, mode="eval")
    except (SyntaxError, ValueError, RecursionError, Warning) as exc:
        raise RuleSyntaxError(expr, f"not a valid expression ({type(exc).__name__})") from None


def _compile(node: ast.AST, expr: str, depth: int) -> tuple[Evaluator, str]:
    if depth > MAX_DEPTH:
        raise RuleSyntaxError(expr, "nested too deeply")
    compiler = _COMPILERS.get(type(node))
    if compiler is None:
        raise RuleSyntaxError(expr, f"{type(node).__name__} is not allowed")
    return compiler(node, expr, depth + 1)


def _condition(node: ast.AST, expr: str, depth: int) -> Evaluator:
    run, kind = _compile(node, expr, depth)
    if kind != BOOL:
        raise RuleSyntaxError(expr, f"and/or/not need true/false operands, not a {kind} value")
    return run


def _compile_boolop(node: ast.BoolOp, expr: str, depth: int) -> tuple[Evaluator, str]:
    parts = tuple(_condition(value, expr, depth) for value in node.values)
    if isinstance(node.op, ast.And):
        return (lambda facts: all(part(facts) for part in parts)), BOOL
    return (lambda facts: any(part(facts) for part in parts)), BOOL


def _compile_unaryop(node: ast.UnaryOp, expr: str, depth: int) -> tuple[Evaluator, str]:
    if not isinstance(node.op, ast.Not):
        raise RuleSyntaxError(expr, f"operator {type(node.op).__name__} is not allowed")
    inner = _condition(node.operand, expr, depth)
    return (lambda facts: not inner(facts)), BOOL


_COMPARE_OPS: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
}


def _compile_compare(node: ast.Compare, expr: str, depth: int) -> tuple[Evaluator, str]:
    first, left_kind = _compile(node.left, expr, depth)
    steps: list[tuple[Callable[[Any, Any], bool], Evaluator]] = []
    for op, comparator in zip(node.ops, node.comparators, strict=True):
        compare = _COMPARE_OPS.get(type(op))
        if compare is None:
            raise RuleSyntaxError(expr, f"operator {type(op).__name__} is not allowed")
        right, right_kind = _compile(comparator, expr, depth)
        _check_comparison(expr, op, left_kind, right_kind)
        steps.append((compare, right))
        left_kind = right_kind

    def run(facts: Facts) -> bool:
        left = first(facts)
        for compare, right_run in steps:
            right = right_run(facts)
            if not compare(left, right):
                return False
            left = right
        return True

    return run, BOOL


def _check_comparison(expr: str, op: ast.cmpop, left: str, right: str) -> None:
    """Refuse comparisons that cannot be meant (and could fail at run time)."""
    if isinstance(op, ast.In | ast.NotIn):
        element = right[4:-1] if right.startswith(("set<", "seq<")) else None
        if (right == left == STR) or (element in (left, "any") and "<" not in left):
            return
        raise RuleSyntaxError(expr, f"cannot test a {left} value 'in' a {right} value")
    if isinstance(op, ast.Lt | ast.LtE | ast.Gt | ast.GtE):
        if left == right == NUM:
            return
        raise RuleSyntaxError(expr, f"cannot order a {left} value against a {right} value")
    if "<" in left + right or (left != right and NONE not in (left, right)):
        raise RuleSyntaxError(expr, f"cannot compare a {left} value with a {right} value")


def _compile_name(node: ast.Name, expr: str, depth: int) -> tuple[Evaluator, str]:
    name = node.id
    if "__" in name:
        raise RuleSyntaxError(expr, f"name {name!r} is not allowed")
    if name not in FACT_TYPES:
        raise RuleSyntaxError(expr, f"unknown name {name!r}")
    return operator.itemgetter(name), FACT_TYPES[name]


_CONSTANT_KINDS = {bool: BOOL, type(None): NONE, int: NUM, str: STR}


def _constant(node: ast.AST, expr: str) -> tuple[object, str]:
    value = node.value if isinstance(node, ast.Constant) else node
    kind = _CONSTANT_KINDS.get(type(value))
    if kind is None:
        raise RuleSyntaxError(expr, f"{type(value).__name__} is not allowed here")
    return value, kind


def _compile_constant(node: ast.Constant, expr: str, depth: int) -> tuple[Evaluator, str]:
    value, kind = _constant(node, expr)
    return (lambda facts: value), kind


def _compile_literal(
    node: ast.List | ast.Tuple | ast.Set, expr: str, depth: int
) -> tuple[Evaluator, str]:
    pairs = [_constant(elt, expr) for elt in node.elts]
    values = tuple(value for value, _ in pairs)
    kinds = {kind for _, kind in pairs}
    element = kinds.pop() if len(kinds) == 1 else "any"
    return (lambda facts: values), f"seq<{element}>"


_COMPILERS: dict[type, Callable[[Any, str, int], tuple[Evaluator, str]]] = {
    ast.BoolOp: _compile_boolop,
    ast.UnaryOp: _compile_unaryop,
    ast.Compare: _compile_compare,
    ast.Name: _compile_name,
    ast.Constant: _compile_constant,
    ast.List: _compile_literal,
    ast.Tuple: _compile_literal,
    ast.Set: _compile_literal,
}

# --- facts ----------------------------------------------------------------------------------


def shipment_facts(
    shipment: Shipment,
    lines: Sequence[LineItem],
    donor: Organisation,
    recipient: Organisation,
    side: str = "recipient",
    eur_minor: int | None = None,
) -> dict[str, object]:
    """The facts a trigger may read (:data:`FACT_TYPES`), exact: Decimal, never float.

    ``eur_minor``: the whole shipment's value in euro cents at the cross rates of its valuation
    day, when every currency on it has a rate; then ``non_eur_value`` is false.
    """
    if side not in SIDES:
        raise ValueError(f"side must be one of {sorted(SIDES)}, got {side!r}")
    mode = str(shipment.transport_mode)
    crossing = crossings().get(shipment.crossing)
    facts: dict[str, object] = {
        "always": True,
        "mode": mode,
        "kind": shipment.kind,
        "side": side,
        "self_propelled": mode == TransportMode.SELF_PROPELLED,
        "donor_kind": str(donor.kind),
        "donor_country": donor.country.upper(),
        "recipient_kind": str(recipient.kind),
        "recipient_is_charity": recipient.is_charity or recipient.kind == OrgKind.CHARITY,
        "crossing_country": crossing.country if crossing else "",
    }
    facts.update(_line_facts(lines, mode == TransportMode.SELF_PROPELLED))
    if eur_minor is not None:
        facts["value_eur"] = Decimal(eur_minor).scaleb(-currency_exponent("EUR"))
        facts["non_eur_value"] = False
    return facts


def _line_facts(lines: Sequence[LineItem], self_propelled: bool) -> dict[str, object]:
    line_flags = [category_flags(line.category) for line in lines]
    hs = [_hs_digits(line) for line in lines]
    eur_minor = sum(line.total_value_minor for line in lines if line.currency.upper() == "EUR")
    return {
        "flags": frozenset().union(*line_flags),
        "categories": frozenset(line.category for line in lines),
        "groups": frozenset(line.category.split(".")[0] for line in lines),
        "body_types": frozenset(
            asset.body_type for line in lines for asset in line.assets if asset.body_type
        ),
        "hs_chapters": frozenset(code[:2] for code in hs if len(code) >= 2),
        "hs_headings": frozenset(code[:4] for code in hs if len(code) >= 4),
        "any_used": any(line.condition == Condition.USED for line in lines),
        "value_eur": Decimal(eur_minor).scaleb(-currency_exponent("EUR")),
        "non_eur_value": any(
            line.currency.upper() != "EUR" and line.total_value_minor > 0 for line in lines
        ),
        "gross_kg": Decimal(sum(line.gross_g for line in lines)).scaleb(-3),
        "goods_carried": not self_propelled or any("vehicle" not in f for f in line_flags),
        "heavy_unit": any(_heavy_unit(line) for line in lines),
    }


def _hs_digits(line: LineItem) -> str:
    """The line's HS code as digits, or its category's default when none was typed."""
    category = categories().get(line.category)
    code = line.hs_code or (category.default_hs if category else "")
    return re.sub(r"[^0-9]", "", code)


def _heavy_unit(line: LineItem) -> bool:
    """Gross weight per unit above 1,000 kg (gross_g / (qty_milli / 1000) > 1,000,000 g)."""
    return line.qty_milli > 0 and line.gross_g * 1000 > HEAVY_UNIT_G * line.qty_milli


# --- the rule table -------------------------------------------------------------------------


def load_checklist_rules(on: date | None = None) -> tuple[ChecklistRule, ...]:
    """Every rule of the table in table order, or those valid on ``on`` (bounds inclusive).

    Raises:
        RuleSyntaxError: a trigger outside the language. RuleDataError: a malformed record.
    """
    rules = _all_rules()
    if on is None:
        return rules
    return tuple(
        rule
        for rule in rules
        if (rule.valid_from is None or rule.valid_from <= on)
        and (rule.valid_to is None or on <= rule.valid_to)
    )


def applicable_rules(rules: Sequence[ChecklistRule], facts: Facts) -> tuple[ChecklistRule, ...]:
    """The rules whose trigger holds for these facts, in the given (table) order."""
    return tuple(rule for rule in rules if evaluate(parse_trigger(rule.trigger), facts))


def blocks_events(rule: ChecklistRule) -> frozenset[str]:
    """The events a rule guards (``blocks_event`` may list several: ``"report,close"``)."""
    return frozenset(part.strip() for part in rule.blocks_event.split(",") if part.strip())


def blocking_for(event: str, items: Sequence[ChecklistItem]) -> list[ChecklistItem]:
    """Open blocking items that guard ``event``."""
    return [item for item in items if item.is_open_blocker and event in blocks_events(item.rule)]


@cache
def _all_rules() -> tuple[ChecklistRule, ...]:
    data = load_json(RULES_RESOURCE)
    records = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(records, list):
        raise RuleDataError(rule="", field="rules", reason="not a list")
    rules = tuple(_rule_from_record(record) for record in records)
    ids = [rule.id for rule in rules]
    if duplicates := sorted({rule_id for rule_id in ids if ids.count(rule_id) > 1}):
        raise RuleDataError(rule=duplicates[0], field="id", reason="duplicate")
    return rules


_FIELDS = ("owner", "when", "blocks_event", "document", "confidence", "source")
_KEYS = frozenset(("id", "trigger", "item", "severity", "valid_from", "valid_to", *_FIELDS))
_OPTIONAL = frozenset({"note", "params"})
_EVENTS = frozenset(str(event) for event in Event)
_DOCUMENT = re.compile(r"D([1-9]|1[0-2])")


def _rule_from_record(record: object) -> ChecklistRule:
    rule_id = str(record.get("id", "")) if isinstance(record, dict) else ""
    if not isinstance(record, dict) or not rule_id or not _KEYS <= set(record) <= _KEYS | _OPTIONAL:
        keys = sorted(record) if isinstance(record, dict) else record
        raise RuleDataError(rule=rule_id, field="", reason=f"bad keys {keys}")
    try:
        parse_trigger(record["trigger"])
    except RuleSyntaxError as exc:
        raise RuleSyntaxError(exc.expr, exc.reason, rule=rule_id) from None
    try:
        rule = ChecklistRule(
            id=rule_id,
            trigger=record["trigger"],
            item_en=_text(record["item"]["en"]),
            item_uk=_text(record["item"]["uk"]),
            severity=Severity(record["severity"]),
            valid_from=_date(record["valid_from"]),
            valid_to=_date(record["valid_to"]),
            **{key: _text(record[key], empty=True) for key in _FIELDS},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise RuleDataError(rule=rule_id, field="", reason=repr(exc)) from None
    _check_choices(rule)
    return rule


def _text(value: object, empty: bool = False) -> str:
    if not isinstance(value, str) or not (value or empty):
        raise ValueError(f"expected text, got {value!r}")
    return value


def _date(value: object) -> date | None:
    return None if value is None else date.fromisoformat(_text(value))


def _check_choices(rule: ChecklistRule) -> None:
    owners = set(rule.owner.split(","))
    events = blocks_events(rule)
    problems = {
        "owner": not owners or not owners <= OWNERS,
        "when": rule.when not in WHENS,
        "blocks_event": (
            not events or not events <= _EVENTS
            if rule.severity is Severity.BLOCKING
            else bool(rule.blocks_event)
        ),
        "document": bool(rule.document) and not _DOCUMENT.fullmatch(rule.document),
        "confidence": rule.confidence[:1] not in ("H", "M", "L"),
        "valid_to": bool(rule.valid_from and rule.valid_to and rule.valid_to < rule.valid_from),
    }
    for name, bad in problems.items():
        if bad:
            raise RuleDataError(rule=rule.id, field=name, reason="invalid value")
