"""The importer's two outcomes besides success: a refused file and a problem on one row.

Codes and parameters only: :mod:`aidtracker.catalogue` words them (``imports.py`` there).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from aidtracker.domain import Problem, Severity
from aidtracker.errors import AidTrackerError


class ImportRejected(AidTrackerError):
    """The whole file is refused: ``reason`` (a key of ``catalogue.imports.REJECTED``) and
    ``detail``.

    Every failure to read an untrusted file ends as this one error; nothing was written.
    """

    code = "import_rejected"

    def __init__(self, reason: str, detail: str = "", **params: object) -> None:
        super().__init__(reason=reason, detail=detail[:300], **params)

    @property
    def reason(self) -> str:
        return str(self.params["reason"])


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
