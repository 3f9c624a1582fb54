"""The import dialog's rules: check a packing list as ``imports.import_manifest`` will read it,
writing nothing (a layout the importer does not recognise is retried with the partner city's
saved column mapping), and guess the partner city and recipient from the file name."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from aidtracker.domain import Organisation, Partnership
from aidtracker.importer import ColumnMapping, ImportRejected, ParsedManifest
from aidtracker.services.imports import preview, saved_mapping
from aidtracker.services.names import split_aliases


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """A checked list and the mapping saved for the partner city (if any)."""

    manifest: ParsedManifest
    saved: ColumnMapping | None


def read_preview(db: Database, path: Path, partner: str | None, currency: str | None,
                 mapping: ColumnMapping | None) -> PreviewResult:
    """The list read with ``mapping`` (or the one remembered for its layout, or its own header);
    when no header is found and no mapping was given, with the mapping saved for ``partner``.

    Raises:
        ImportRejected: the file cannot be read as a packing list (also with the saved mapping).
    """
    saved = saved_mapping(db, partner) if partner else None

    def remembered(signature: str) -> ColumnMapping | None:  # this layout's, as imports do
        return saved_mapping(db, partner, signature) if partner and mapping is None else None

    try:
        return PreviewResult(preview(path, currency=currency, mapping=mapping,
                                     remembered=remembered), saved)
    except ImportRejected as exc:
        if exc.reason != "no_header" or mapping is not None or saved is None:
            raise
    return PreviewResult(preview(path, currency=currency, mapping=saved), saved)


def partner_from_file_name(partners: Sequence[Partnership], stem: str) -> int | None:
    """The partnership a file name names (``magdeburg_zaporizhzhia`` → Magdeburg → Zaporizhzhia):
    its index in ``partners`` when exactly one fits (both cities named beats one), else None."""
    words = f" {folded(stem)} "
    found = [i for i, p in enumerate(partners)
             if any(f" {name} " in words for name in _city_names(p))]
    both = [i for i in found if f" {folded(partners[i].own_city)} " in words]
    choice = both or found
    return choice[0] if len(choice) == 1 else None


def _city_names(p: Partnership) -> set[str]:
    """The partner city's names as a file name may give them: local, English, Ukrainian and
    its exonyms (``munich_kyiv.xlsx``)."""
    names = (p.partner_city, p.partner_city_en, p.partner_city_uk, *split_aliases(p.aliases))
    return {folded(n) for n in names if folded(n)}


def recipient_in_city(partner: Partnership, recipients: Sequence[Organisation]) -> int | None:
    """The index of the one recipient in the partnership's Ukrainian city (None: none or many)."""
    city = partner.own_city.casefold()
    matches = [i for i, o in enumerate(recipients)
               if city and city in " ".join((o.settlement, o.name_en, o.name_uk,
                                             o.name_native)).casefold()]
    return matches[0] if len(matches) == 1 else None


def folded(text: str) -> str:
    """Lower case without accents, words separated by single spaces."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                    if not unicodedata.combining(c))
    plain = plain.replace("ł", "l").replace("ß", "ss")
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())
