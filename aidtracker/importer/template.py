"""Recognise our own packing-list template (``aidtracker template``) filled in by a partner.

The template carries a hidden sheet ``AidTracker`` of key/value rows (format, version, office,
partner, goods sheet, header row, the field of each column). When a workbook has it, the
importer reads the goods sheet with exactly that layout: no header guessing, no mapping, no
question. The keys and the format name live in ``resources/templates/packing_list.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from aidtracker.importer.errors import ImportRejected
from aidtracker.importer.mapping import IGNORE, ColumnMapping
from aidtracker.importer.readers import Source
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
