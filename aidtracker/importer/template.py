"""Recognise our own packing-list template (``aidtracker template``) filled in by a partner.

The template carries a hidden sheet ``AidTracker`` of key/value rows (format, version, office,
partner, goods sheet, header row, the field of each column). When a workbook has it, the
importer reads the goods sheet with exactly that layout: no header guessing, no mapping, no
question. The keys and the format name live in ``resources/templates/packing_list.json``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, cast

from aidtracker.domain import Problem
from aidtracker.errors import ValidationFailed
from aidtracker.importer.errors import ImportRejected
from aidtracker.importer.mapping import IGNORE, ColumnMapping
from aidtracker.importer.readers import Source
from aidtracker.importer.sources import open_source
from aidtracker.importer.titles import normalise
from aidtracker.reference import categories
from aidtracker.resources import load_json

ID_SHEET = "AidTracker"
_MAX_KEYS = 50


@dataclass(frozen=True)
class TemplateId:
    """What a filled template says about itself."""

    version: int
    office: str
    partner: str
    mapping: ColumnMapping


def _wording() -> dict[str, Any]:
    return cast(dict[str, Any], load_json("templates/packing_list.json"))


def recognise(source: Source) -> TemplateId | None:
    """The template's identification, or ``None`` for any other workbook.

    Raises:
        ImportRejected: ``template_unknown`` when the identification is ours but of a newer
            version or damaged (a column list that is not ours, a missing goods sheet).
    """
    if ID_SHEET not in source.names:
        return None
    keys = {str(cells[0]).strip(): "" if len(cells) < 2 or cells[1] is None
            else str(cells[1]).strip()
            for _, cells in source.rows(ID_SHEET, _MAX_KEYS) if cells and cells[0] is not None}
    wording = _wording()
    if keys.get("format") != wording["format"]:
        return None
    version, sheet = keys.get("version", ""), keys.get("goods_sheet", "")
    if not version.isdigit() or int(version) > int(wording["version"]):
        raise ImportRejected("template_unknown", f"version {version[:10]}")
    if sheet not in source.names or not keys.get("header_row", "").isdigit():
        raise ImportRejected("template_unknown", f"sheet {sheet[:40]}")
    columns = {i: name or IGNORE for i, name in enumerate(keys.get("columns", "").split(","))}
    try:
        mapping = ColumnMapping(columns=columns, header_row=int(keys["header_row"]), sheet=sheet)
    except ImportRejected as exc:
        raise ImportRejected("template_unknown", exc.reason) from None
    return TemplateId(int(version), keys.get("office", ""), keys.get("partner", ""), mapping)


@cache
def category_names() -> dict[str, str]:
    """Category names in the partners' languages (the template's drop-down) → category code;
    keys folded the way the importer folds cell text."""
    out: dict[str, str] = {}
    names: dict[str, dict[str, str]] = _wording().get("category_names", {})
    for code, cat in categories().items():
        for own in {cat.name_en, *(table[code] for table in names.values() if code in table)}:
            out.setdefault(normalise(own), code)
            out.setdefault(normalise(f"{own} / {cat.name_uk}"), code)
    return out


MAX_LOAD = 99
_WHOLE = re.compile(r"[0-9]+(\.0*)?")


def load_number(value: object, row: int) -> int | None:
    """A load number as typed (2, 2.0, '2'); None when blank.

    Raises:
        ValidationFailed: not a whole number from 1 to 99 (naming the sheet row).
    """
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    number = Decimal(-1)
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = Decimal(text)  # str() of a number is always a valid Decimal (nan, inf too)
    elif _WHOLE.fullmatch(text):
        number = Decimal(text)
    if not number.is_finite() or number != number.to_integral_value() \
            or not 1 <= number <= MAX_LOAD:
        raise ValidationFailed([Problem(field="load", rule="format", row=row, params={
            "value": str(value)[:20], "expected": f"1–{MAX_LOAD}"})])
    return int(number)


def line_loads(path: Path | str, mapping: ColumnMapping, sheet: str,
               line_rows: Sequence[int]) -> tuple[int | None, ...]:
    """The load number of each imported line (sheet rows ``line_rows``) from our template's
    load column (``()`` when the list has none or every cell is blank).

    Raises:
        ValidationFailed: a load cell that is not a whole number from 1 to 99.
    """
    column = next((i for i, f in mapping.columns.items() if f == "load"), None)
    if column is None:
        return ()
    source = open_source(path)
    try:
        cells = dict(source.rows(sheet))
    finally:
        source.close()
    out = []
    for row in line_rows:
        values = cells.get(row, ())
        out.append(load_number(values[column] if column < len(values) else None, row))
    return tuple(out) if any(n is not None for n in out) else ()
