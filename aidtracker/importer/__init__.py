"""Packing-list import: untrusted xlsx/xls/csv files → goods lines and a row report.

``parse_manifest`` reads and checks; it never writes. The service
:mod:`aidtracker.services.imports` saves the result in one transaction.
"""

from aidtracker.importer.errors import ImportRejected, RowProblem
from aidtracker.importer.manifest import ParsedManifest, parse_manifest
from aidtracker.importer.mapping import FIELDS, ColumnMapping
from aidtracker.importer.readers import column_letter

__all__ = [
    "FIELDS",
    "ColumnMapping",
    "ImportRejected",
    "ParsedManifest",
    "RowProblem",
    "column_letter",
    "parse_manifest",
]
