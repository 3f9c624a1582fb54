"""A column mapping: which column of a partner's list holds which field.

Found automatically from the header row, or given by the user for a layout that is not
recognised, and saved per partner city as JSON text (the store keeps the text).
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field

from aidtracker.importer.errors import ImportRejected
from aidtracker.importer.readers import MAX_COLS, MAX_ROWS, column_index, column_letter
from aidtracker.reference import currencies

FIELDS: tuple[str, ...] = (
    "line_no",
    "description",
    "description_uk",
    "category",
    "quantity",
    "unit",
    "net_kg",
    "gross_kg",
    "unit_value",
    "value",
    "currency",
    "hs_code",
    "serials",
    "expiry",
    "packages",
    "lot",
    "code",
    "condition",
    "wear",
    "load",
)
IGNORE = "ignore"
REQUIRED = frozenset({"description", "quantity"})
FORMAT = "aidtracker.column-mapping"


@dataclass(frozen=True)
class ColumnMapping:
    """Column layout of one partner's lists.

    Attributes:
        columns: 0-based column index → field (one of :data:`FIELDS`). Empty: find the header.
        headers: header text → field, learned from the user; extends the built-in names.
        header_row: 1-based sheet row of the (last) header row; 0 = no header, data from row 1.
        sheet: sheet name; ``None`` = whichever sheet holds the list.
        currency: ISO 4217 code when the list does not name one.
        decimal_comma: True for ``1.640,5``, False for ``1,640.5``, None = detect.
        encoding: csv encoding when detection is not wanted (``cp1250``…).
        date_order: "dmy" or "mdy" for text dates that read both ways; None = decide per
            column from its values.
    """

    columns: dict[int, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    header_row: int | None = None
    sheet: str | None = None
    currency: str | None = None
    decimal_comma: bool | None = None
    encoding: str | None = None
    date_order: str | None = None

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise ImportRejected("bad_mapping", "; ".join(problems))

    def to_json(self) -> str:
        """Readable JSON with column letters: ``{"columns": {"B": "description"}, …}``."""
        data = {
            "format": FORMAT,
            "version": 1,
            "columns": {column_letter(i): f for i, f in sorted(self.columns.items())},
            "headers": dict(sorted(self.headers.items())),
            "header_row": self.header_row,
            "sheet": self.sheet,
            "currency": self.currency,
            "decimal_comma": self.decimal_comma,
            "encoding": self.encoding,
            "date_order": self.date_order,
        }
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """Parse :meth:`to_json` output (column keys may be letters or 0-based numbers).

        Raises:
            ImportRejected: ``bad_mapping`` with what is wrong.
        """
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("format", FORMAT) != FORMAT:
                raise ValueError("not a column mapping")
            columns = {_index(k): str(v) for k, v in dict(data.get("columns") or {}).items()}
            headers = {str(k): str(v) for k, v in dict(data.get("headers") or {}).items()}
            return cls(columns=columns, headers=headers, header_row=data.get("header_row"),
                       sheet=data.get("sheet"), currency=data.get("currency"),
                       decimal_comma=data.get("decimal_comma"), encoding=data.get("encoding"),
                       date_order=data.get("date_order"))
        except (ValueError, TypeError, AttributeError) as exc:
            raise ImportRejected("bad_mapping", str(exc)) from None


def _index(key: object) -> int:
    if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
        return int(key)
    return column_index(str(key))


def _problems(m: ColumnMapping) -> list[str]:
    known = {*FIELDS, IGNORE}
    problems = [f"unknown field {f!r}" for f in [*m.columns.values(), *m.headers.values()]
                if f not in known]
    problems += [f"column {i} out of range" for i in m.columns
                 if not isinstance(i, int) or not 0 <= i < MAX_COLS]
    used = [f for f in m.columns.values() if f != IGNORE]
    problems += [f"field {f!r} mapped twice" for f in sorted(set(used)) if used.count(f) > 1]
    if m.columns and not set(used) >= REQUIRED:
        problems.append("description and quantity columns are required")
    if m.header_row is not None and not (
        isinstance(m.header_row, int) and 0 <= m.header_row <= MAX_ROWS
    ):
        problems.append(f"header row {m.header_row!r} out of range")
    if m.currency is not None and m.currency not in currencies():
        problems.append(f"unknown currency {m.currency!r}")
    if m.decimal_comma not in (None, True, False):
        problems.append("decimal_comma must be true, false or null")
    if m.date_order not in (None, "dmy", "mdy"):
        problems.append("date_order must be dmy, mdy or null")
    if m.encoding is not None:
        try:
            codecs.lookup(str(m.encoding))
        except LookupError:
            problems.append(f"unknown encoding {m.encoding!r}")
    return problems
