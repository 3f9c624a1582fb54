"""The import dialog's preview: check a packing list as ``imports.import_manifest`` will read
it, writing nothing; a layout the importer does not recognise is retried with the partner
city's saved column mapping."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from aidtracker.importer import ColumnMapping, ImportRejected, ParsedManifest
from aidtracker.services.imports import preview, saved_mapping


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """A checked list and the mapping saved for the partner city (if any)."""

    manifest: ParsedManifest
    saved: ColumnMapping | None


def read_preview(db: Database, path: Path, partner: str | None, currency: str | None,
                 mapping: ColumnMapping | None) -> PreviewResult:
    """The list read with ``mapping`` (or its own header); when no header is found and no
    mapping was given, with the mapping saved for ``partner``.

    Raises:
        ImportRejected: the file cannot be read as a packing list (also with the saved mapping).
    """
    saved = saved_mapping(db, partner) if partner else None
    try:
        return PreviewResult(preview(path, currency=currency, mapping=mapping), saved)
    except ImportRejected as exc:
        if exc.reason != "no_header" or mapping is not None or saved is None:
            raise
    return PreviewResult(preview(path, currency=currency, mapping=saved), saved)
