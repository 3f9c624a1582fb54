"""The packing-list template a partner city fills in (``aidtracker template``).

One workbook in the partner's language beside Ukrainian: an instructions sheet, a goods sheet
(one row per line, the columns the Ukrainian declaration needs, Excel data validation, frozen
header, print setup) and two hidden sheets: the validation lists and the identification that
:mod:`aidtracker.importer.template` recognises, so a filled copy imports with no mapping.
All wording comes from ``resources/templates/packing_list.json``; text cells are made by
:class:`~aidtracker.ledger.safe_cells.CellWriter`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast

from aidtracker.domain import Condition, Unit
from aidtracker.ledger.safe_cells import DATE_FORMAT, CellWriter
from aidtracker.reference import categories, currencies
from aidtracker.resources import load_json

WORDING = "templates/packing_list.json"
ID_SHEET = "AidTracker"
LISTS_SHEET = "Lists"
HEADER_ROW = 2
_INSTRUCTION_WIDTH = 100
ROWS = 2000  # rows prepared with validation and formats below the header
_FIRST_DATE, _LAST_DATE = 36526, 73050  # Excel serials of 01.01.2000 and 31.12.2099
_LEADING = ("EUR", "USD", "PLN", "CZK", "RON", "BGN", "CHF", "GBP", "SEK", "DKK", "NOK", "HUF")


@dataclass(frozen=True)
class TemplateRequest:
    """Who the template is for: our office, the partner city and its language."""

    office: str
    partner: str
    own_city: str
    lang: str
    made_on: date


def wording() -> dict[str, Any]:
    """The template's texts and columns (parsed once per process)."""
    return cast(dict[str, Any], load_json(WORDING))


def languages() -> tuple[str, ...]:
    """The partner languages a template can be written in."""
    return tuple(wording()["languages"])


def language_for(country: str, preferred: str = "") -> str:
    """The partner's language: ``preferred`` when offered, else by country, else English."""
    if preferred in languages():
        return preferred
    return str(wording()["country_language"].get(country.upper(), "en"))


def field_order() -> tuple[str, ...]:
    """The importer field of each goods column, left to right."""
    return tuple(str(c["field"]) for c in wording()["columns"])


def category_choice(code: str, lang: str) -> str:
    """A category as the drop-down offers it: the partner's name beside the Ukrainian one
    ('Rettungswagen / Автомобілі швидкої допомоги'; English where no name in that language)."""
    cat = categories()[code]
    own = wording().get("category_names", {}).get(lang, {}).get(code) or cat.name_en
    return f"{own} / {cat.name_uk}"


def list_values(lang: str = "en") -> dict[str, list[str]]:
    """What the drop-down lists offer in ``lang``; every value is one the importer reads back."""
    codes = set(currencies())
    return {
        "units": [u.value for u in Unit],
        "categories": [category_choice(c.code, lang) for c in categories().values()
                       if "forbidden" not in c.flags],
        "currencies": [c for c in _LEADING if c in codes]
        + sorted(codes - set(_LEADING)),
        "conditions": [c.value for c in Condition],
    }


def write_template(req: TemplateRequest, out: Path) -> Path:
    """Write the workbook to ``out`` (a temporary file renamed into place) and return it."""
    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl import Workbook

    text = wording()
    wb = Workbook()
    cells = CellWriter(wb)
    goods_name = _bilingual(text["sheets"], req.lang, "goods", sep=" - ")
    _instructions(wb.active, cells, text, req, goods_name)
    goods = wb.create_sheet(goods_name)
    lists = wb.create_sheet(LISTS_SHEET)
    ranges = _lists(lists, cells, req.lang)
    _goods(goods, cells, text, req, ranges)
    _identification(wb.create_sheet(ID_SHEET), cells, req, goods_name)
    lists.sheet_state = "hidden"
    wb[ID_SHEET].sheet_state = "hidden"
    wb.active = 1
    return _save(wb, out)


def _bilingual(table: Mapping[str, Mapping[str, str]], lang: str, key: str,
               sep: str = "\n") -> str:
    own, uk = table[lang][key] if lang in table else table["en"][key], table["uk"][key]
    return uk if own == uk else f"{own}{sep}{uk}"


def _title(titles: Mapping[str, str], lang: str) -> str:
    own, uk = titles.get(lang, titles["en"]), titles["uk"]
    return uk if own == uk else f"{own}\n{uk}"


def _instructions(ws: Any, cells: CellWriter, text: Mapping[str, Any], req: TemplateRequest,
                  goods_name: str) -> None:
    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl.styles import Alignment

    ws.title = _bilingual(text["sheets"], req.lang, "instructions", sep=" - ")[:31]
    ws.column_dimensions["A"].width = _INSTRUCTION_WIDTH
    for lang in dict.fromkeys((req.lang, "uk")):
        title = text["title"][lang].format(partner=req.partner, city=req.own_city)
        cell = cells.header(ws, title)
        ws.append([cell])
        for n, line in enumerate(text["instructions"][lang], start=1):
            ws.append([cells.text(ws, f"{n}. {line.format(goods=goods_name)}")])
        ws.append([])
    ident = text["identification"]
    ws.append([cells.header(ws, f"{ident['en']} / {ident['uk']}")])
    for key, value in _identity(req, goods_name):
        ws.append([cells.text(ws, f"{key}: {value}")])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = wrap
            if isinstance(cell.value, str):  # wrapped rows get their height: no overprint
                lines = -(-len(cell.value) // (_INSTRUCTION_WIDTH - 8))
                ws.row_dimensions[cell.row].height = 15 * max(lines, 1)
    _print_setup(ws, title_row=None)


def _goods(ws: Any, cells: CellWriter, text: Mapping[str, Any], req: TemplateRequest,
           ranges: Mapping[str, str]) -> None:
    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl.styles import Alignment

    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl.utils import get_column_letter

    columns: Sequence[Mapping[str, Any]] = text["columns"]
    title = cells.header(ws, text["title"][req.lang].format(partner=req.partner,
                                                            city=req.own_city))
    title.alignment = Alignment(wrap_text=False)  # runs over the empty cells beside it
    ws.append([title])
    ws.append([cells.header(ws, _title(c["titles"], req.lang)) for c in columns])
    ws.row_dimensions[HEADER_ROW].height = 64
    message = text["validation_messages"]
    note = f"{message.get(req.lang, message['en'])}\n{message['uk']}"
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = column.get("width", 12)
        _format(ws, letter, column)
        kind = column.get("validation")
        if kind:
            ws.add_data_validation(_validation(kind, letter, ranges, note))
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    _print_setup(ws)


def _format(ws: Any, letter: str, column: Mapping[str, Any]) -> None:
    """Text columns keep leading zeros (HS 0402…); the expiry column shows dates."""
    fmt = "@" if column.get("text") else DATE_FORMAT if column.get("validation") == "date" else ""
    if fmt:
        for row in range(HEADER_ROW + 1, HEADER_ROW + 1 + ROWS):
            ws[f"{letter}{row}"].number_format = fmt


def _validation(kind: str, letter: str, ranges: Mapping[str, str], note: str) -> Any:
    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl.worksheet.datavalidation import DataValidation

    first = f"{letter}{HEADER_ROW + 1}"
    rules: dict[str, dict[str, Any]] = {
        "quantity": {"type": "decimal", "operator": "greaterThan", "formula1": "0"},
        "decimal": {"type": "decimal", "operator": "greaterThanOrEqual", "formula1": "0"},
        "whole": {"type": "whole", "operator": "greaterThanOrEqual", "formula1": "0"},
        "load": {"type": "whole", "operator": "between", "formula1": "1", "formula2": "99"},
        "percent": {"type": "whole", "operator": "between", "formula1": "0",
                    "formula2": "100"},
        "date": {"type": "date", "operator": "between", "formula1": str(_FIRST_DATE),
                 "formula2": str(_LAST_DATE)},
        "hs": {"type": "custom", "formula1": f"AND(ISNUMBER(--{first}),OR(LEN({first})=4,"
               f"LEN({first})=6,LEN({first})=8,LEN({first})=10))"},
    }
    spec = rules.get(kind) or {"type": "list", "formula1": ranges[kind]}
    dv = DataValidation(allow_blank=True, showErrorMessage=True, errorStyle="stop",
                        error=note, **spec)
    dv.add(f"{first}:{letter}{HEADER_ROW + ROWS}")
    return dv


def _lists(ws: Any, cells: CellWriter, lang: str) -> dict[str, str]:
    """One column per drop-down list; returns each list's absolute range."""
    # lazy: openpyxl loads only for Excel work, so start-up stays fast
    from openpyxl.utils import get_column_letter

    ranges: dict[str, str] = {}
    values = list_values(lang)
    ws.append([cells.text(ws, name) for name in values])
    for index, (name, items) in enumerate(values.items(), start=1):
        letter = get_column_letter(index)
        for row, item in enumerate(items, start=2):
            ws[f"{letter}{row}"] = item  # plain codes and names from our own tables
        ranges[name] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(items) + 1}"
    return ranges


def _identity(req: TemplateRequest, goods_name: str) -> list[tuple[str, str]]:
    text = wording()
    return [("format", str(text["format"])), ("version", str(text["version"])),
            ("office", req.office), ("partner", req.partner), ("city", req.own_city),
            ("language", req.lang), ("goods_sheet", goods_name),
            ("header_row", str(HEADER_ROW)), ("columns", ",".join(field_order())),
            ("made_on", req.made_on.isoformat())]


def _identification(ws: Any, cells: CellWriter, req: TemplateRequest, goods_name: str) -> None:
    for key, value in _identity(req, goods_name):
        ws.append([cells.text(ws, key), cells.text(ws, value)])


def _print_setup(ws: Any, title_row: int | None = HEADER_ROW) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_row:
        ws.print_title_rows = f"{title_row}:{title_row}"
    ws.oddFooter.center.text = "&P / &N"


def _save(wb: Any, out: Path) -> Path:
    out = Path(out)
    handle, tmp = tempfile.mkstemp(prefix=".template-", suffix=".xlsx", dir=out.parent or ".")
    os.close(handle)
    try:
        wb.save(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
