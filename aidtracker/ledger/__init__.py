"""The Excel ledger: shipments, items, distributions and a summary, streamed with openpyxl.

Sheets: README, Shipments, Items, Distributions, Summary (and Overflow when a text was longer
than a cell holds). Bilingual headers, optional HXL row, real dates and numbers, no formulas.
"""

from aidtracker.ledger.export import ExportCancelled, LedgerResult, export_ledger

__all__ = ["ExportCancelled", "LedgerResult", "export_ledger"]
