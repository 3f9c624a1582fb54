"""Checks on Ukrainian wording shared by the core and the window tests."""

from __future__ import annotations

import re

# Latin words a Ukrainian text may hold: codes, abbreviations, names, file types.
ALLOWED_LATIN = frozenset({
    "EDRPOU", "VIN", "HS", "CMR", "MRN", "AHARS", "EORI", "ISO", "xlsx", "xls", "csv", "PDF",
    "EUR", "AidTracker", "SQLite", "Excel", "LibreOffice", "defusedxml", "RNOKPP", "UKTZED",
    "HXL", "UN", "ECE", "JSON", "XML", "CSV",
    "dmy", "mdy",  # values of the CLI option --date-order
})
# KYV-2026-0001, CL-B02: codes; --select: a command-line option, spelled as the CLI takes it.
CODE = re.compile(r"\b[A-Z]{2,}-[A-Z0-9][A-Z0-9-]*|--[a-z][a-z-]*")


def english_words(uk: str) -> list[str]:
    """Latin words in ``uk`` outside placeholders, codes, options and allowed abbreviations."""
    bare = CODE.sub(" ", re.sub(r"\{[^}]*\}", " ", uk))
    return [w for w in re.findall(r"[A-Za-z]{2,}", bare) if w not in ALLOWED_LATIN]
