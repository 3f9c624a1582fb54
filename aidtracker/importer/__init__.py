"""Packing-list import: untrusted xlsx/csv files → goods lines and a row report.

``parse_manifest`` reads and checks; it never writes. The service
:mod:`aidtracker.services.imports` saves the result in one transaction.
"""

from aidtracker.importer.errors import ImportRejected, RowProblem
from aidtracker.importer.manifest import ParsedManifest, parse_manifest
from aidtracker.importer.mapping import FIELDS, ColumnMapping

__all__ = [
    "FIELDS",
    "ColumnMapping",
    "ImportRejected",
    "ParsedManifest",
    "RowProblem",
    "parse_manifest",
]
