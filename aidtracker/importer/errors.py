"""The importer's two outcomes besides success: a refused file and a problem on one row."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from aidtracker.catalogue import Lenient
from aidtracker.domain import Problem, Severity
from aidtracker.errors import AidTrackerError

REJECT_REASONS: dict[str, str] = {
    "missing": "no such file",
    "unreadable": "the file cannot be opened",
    "empty": "the file is empty",
    "too_large": "the file is larger than an import may be",
    "not_a_spreadsheet": "the file is not an xlsx or csv spreadsheet",
    "xls_or_encrypted": "an old .xls or a password-protected workbook: save it as .xlsx "
    "without a password",
    "damaged": "the file is damaged or truncated",
    "zip_bomb": "the workbook unpacks to far more data than a packing list holds",
    "dimension": "the sheet declares more rows or columns than an import may have",
    "too_many_rows": "the sheet has more rows than an import may have",
    "too_many_columns": "the list has more columns than an import may have",
    "too_slow": "reading the file took too long",
    "encoding": "the text encoding of the csv file could not be recognised",
    "csv_syntax": "the csv file is malformed",
    "no_such_sheet": "the workbook has no sheet with that name",
    "no_header": "no header row with at least a description and a quantity column was found",
    "no_currency": "the list names no currency: choose one",
    "bad_mapping": "the column mapping is not valid",
    "reader_unsafe": "the xlsx reader is not in its safe mode (defusedxml)",
}

IMPORT_PROBLEM_TEXTS: dict[str, str] = {  # rules only the importer uses (English source texts)
    "ambiguous_number": "{field}: {value} can be read two ways (1.640 is 1.64 or 1640); write "
    "the decimals, or set the decimal separator in the column mapping",
    "too_large": "{field}: {value} is too large",
    "totals_mismatch": "{field}: the list's total {expected} is not the sum of its lines "
    "{actual}",
    "skipped_row": "a row without quantities or values was skipped: {value}",
    "formula_no_value": "{field}: the cell holds a formula that was never calculated; open "
    "and save the file in Excel or LibreOffice, then import again",
    "value_mismatch": "{field}: {value} is not quantity × unit value",
    "currency_conflict": "the list names the currency {found}, but {given} was chosen",
}


class ImportRejected(AidTrackerError):
    """The whole file is refused: ``reason`` (a key of :data:`REJECT_REASONS`) and ``detail``.

    Every failure to read an untrusted file ends as this one error; nothing was written.
    """

    code = "import_rejected"

    def __init__(self, reason: str, detail: str = "", **params: object) -> None:
        super().__init__(reason=reason, detail=detail[:300], **params)

    @property
    def reason(self) -> str:
        return str(self.params["reason"])

    def describe(self) -> str:
        """'the file is damaged or truncated (BadZipFile: ...)'."""
        text = REJECT_REASONS.get(self.reason, self.reason)
        detail = str(self.params.get("detail") or "")
        return f"{text} ({detail})" if detail else text


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One finding on one row, located as the user sees it in Excel.

    ``row`` is the 1-based sheet row (``None`` for the whole file), ``column`` the column letter
    (``""`` when no single column is at fault), ``field`` the importer field (``quantity``,
    ``gross_kg``…), ``rule`` the problem code shared with :mod:`aidtracker.validate`.
    """

    row: int | None
    column: str
    field: str
    rule: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)
    severity: Severity = Severity.BLOCKING

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.BLOCKING

    def to_problem(self) -> Problem:
        """The same finding as a domain :class:`Problem` (column in ``params``)."""
        params = {**self.params, "column": self.column} if self.column else dict(self.params)
        return Problem(self.field, self.rule, params, self.row, self.severity)

    def describe(self) -> str:
        """'row 5, column E: quantity: 'abc' is not a number'."""
        where = [f"row {self.row}"] if self.row is not None else []
        where += [f"column {self.column}"] if self.column else []
        template = IMPORT_PROBLEM_TEXTS.get(self.rule)
        if template is None:
            text = Problem(self.field, self.rule, dict(self.params), None, self.severity).message()
        else:
            text = template.format_map(Lenient({"field": self.field, **self.params}))
        return f"{', '.join(where)}: {text}" if where else text
