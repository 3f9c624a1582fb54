"""Goods lines as a form holds them (text, exactly as typed) and the rule that turns them into
typed lines.

Numbers stay text until Save ("3 500,00" is parsed exactly by ``money``), so a half-typed value
is never lost; conversion problems come back as ``Problem`` codes, one per cell (``row`` is the
line number).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from aidtracker.domain import Asset, Condition, LineItem, Problem, Shipment, Unit
from aidtracker.money import (
    NumberFormatError,
    format_number,
    milli_to_decimal,
    minor_to_decimal,
    parse_decimal,
    to_milli,
    to_minor,
)
from aidtracker.reference import categories, currencies
from aidtracker.services.drafting import draft_problems
from aidtracker.services.edits import (
    PARTY_FIELDS,
    date_text,
    header_texts,
    new_header,
    parse_date,
)


@dataclass
class LineDraft:
    """One goods line as typed; ``base`` is the stored line (keeps what the grid does not show)."""

    category: str = ""
    description: str = ""
    description_en: str = ""
    hs_code: str = ""
    qty: str = ""
    unit: str = "pcs"
    net_kg: str = ""
    gross_kg: str = ""
    unit_value: str = ""
    currency: str = "EUR"
    condition: str = "new"
    wear_pct: str = ""
    expiry: str = ""
    packages: str = ""
    assets: tuple[Asset, ...] = ()
    base: LineItem | None = field(default=None, compare=False)

    def copy(self) -> LineDraft:
        return dataclasses.replace(self)


def _number(value: Decimal | int) -> str:
    return format_number(Decimal(value)).replace("\u00a0", " ")


def draft_of(line: LineItem) -> LineDraft:
    return LineDraft(
        category=line.category, description=line.description,
        description_en=line.description_en, hs_code=line.hs_code,
        qty=_number(milli_to_decimal(line.qty_milli)), unit=line.unit.value,
        net_kg=_number(milli_to_decimal(line.net_g)) if line.net_g else "",
        gross_kg=_number(milli_to_decimal(line.gross_g)) if line.gross_g else "",
        unit_value=_number(minor_to_decimal(line.unit_value_minor, line.currency))
        if line.currency in currencies() else str(line.unit_value_minor),
        currency=line.currency, condition=line.condition.value,
        wear_pct="" if line.wear_pct is None else str(line.wear_pct),
        expiry=date_text(line.expiry_date), packages=str(line.packages) if line.packages else "",
        assets=line.assets, base=line,
    )


def suggested(category: str) -> tuple[str, str]:
    """The category's suggested HS code and unit ('' when unknown)."""
    cat = categories().get(category)
    return (cat.default_hs, cat.unit) if cat else ("", "")


def _convert(problems: list[Problem], row: int, name: str, text: str,
             fn: Callable[[str], int]) -> int | None:
    if not text.strip():
        return None
    try:
        return fn(text)
    except NumberFormatError as exc:
        rule = {"too_precise": "too_precise"}.get(exc.reason, "not_a_number")
        problems.append(Problem(field=name, rule=rule, row=row,
                                params={"value": text, "places": exc.places or 0}))
    except KeyError:
        problems.append(Problem(field="currency", rule="unknown_currency", row=row,
                                params={"value": text}))
    return None


def lines_of(drafts: Sequence[LineDraft]) -> tuple[list[LineItem], list[Problem]]:
    """The typed lines numbered from 1, and every problem of the ones that do not parse."""
    lines: list[LineItem] = []
    problems: list[Problem] = []
    for number, draft in enumerate(drafts, start=1):
        line, found = line_of(draft, number)
        problems += found
        if line is not None:
            lines.append(line)
    return lines, problems


def line_of(draft: LineDraft, line_no: int) -> tuple[LineItem | None, list[Problem]]:
    """The typed line (numbered ``line_no``) or the problems that prevent it."""
    problems: list[Problem] = []
    row = line_no
    qty = _convert(problems, row, "qty_milli", draft.qty, to_milli)
    net = _convert(problems, row, "net_g", draft.net_kg, to_milli)
    gross = _convert(problems, row, "gross_g", draft.gross_kg, to_milli)
    value = _convert(problems, row, "unit_value_minor", draft.unit_value,
                     lambda t: to_minor(t, draft.currency.strip().upper()))
    wear = _convert(problems, row, "wear_pct", draft.wear_pct, lambda t: int(parse_decimal(t)))
    packages = _convert(problems, row, "packages", draft.packages, lambda t: int(parse_decimal(t)))
    expiry = None
    if draft.expiry.strip():
        try:
            expiry = parse_date(draft.expiry)
        except ValueError:
            problems.append(Problem(field="expiry_date", rule="not_a_date", row=row,
                                    params={"value": draft.expiry}))
    if qty is None and not any(p.field == "qty_milli" for p in problems):
        problems.append(Problem(field="qty_milli", rule="required", row=row))
    if problems:
        return None, problems
    base = draft.base or LineItem(id=None, line_no=line_no, category="", description="",
                                  qty_milli=0, unit=Unit.PCS, currency="EUR",
                                  unit_value_minor=0)
    changed = dataclasses.replace(
        base, line_no=line_no, category=draft.category, description=draft.description.strip(),
        description_en=draft.description_en.strip(), hs_code=draft.hs_code.strip(),
        qty_milli=qty or 0, unit=_unit(draft.unit), net_g=net or 0, gross_g=gross or 0,
        unit_value_minor=value or 0, currency=draft.currency.strip().upper(),
        condition=Condition(draft.condition or "new"), wear_pct=wear, expiry_date=expiry,
        packages=packages or 0, assets=draft.assets,
        value_minor=base.value_minor if _same_value(base, qty, value, draft) else None,
    )
    return changed, []


def _unit(text: str) -> Unit:
    try:
        return Unit(text)
    except ValueError:
        return Unit.PCS


def _same_value(base: LineItem, qty: int | None, value: int | None, draft: LineDraft) -> bool:
    """Keep an entered line total only while quantity, unit value and currency are unchanged."""
    return (base.value_minor is not None and base.qty_milli == qty
            and base.unit_value_minor == value and base.currency == draft.currency)


def totals(drafts: Sequence[LineDraft]) -> tuple[dict[str, int], int, int]:
    """Value per currency (minor units), gross grams and lines — of what parses so far."""
    values: dict[str, int] = {}
    gross = 0
    for n, draft in enumerate(drafts, start=1):
        line, _ = line_of(draft, n)
        if line is None:
            continue
        values[line.currency] = values.get(line.currency, 0) + line.total_value_minor
        gross += line.gross_g
    return dict(sorted(values.items())), gross, len(drafts)


def form_problems(stored: Shipment | None, texts: Mapping[str, str],
                  lines: Sequence[LineItem]) -> list[Problem]:
    """What the core would refuse in a Save of the form's header ``texts`` and ``lines``, all
    at once (nothing is written); ``stored`` is the saved header (None for a new shipment)."""
    if stored is None:
        base = new_header({})
        changes = {k: v for k, v in texts.items() if v != "" and k not in PARTY_FIELDS}
    else:
        base, original = stored, header_texts(stored, tuple(texts))
        changes = {k: v for k, v in texts.items() if v != original[k]}
    return draft_problems(base, dict(changes), lines)
