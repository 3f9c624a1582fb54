"""Between the two offices: the packing-list template a partner city fills in.

The window and ``aidtracker template`` call the same function; the workbook itself is written
by :mod:`aidtracker.ledger.template` and recognised on import by
:mod:`aidtracker.importer.template`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from aidtracker.domain import Partnership
from aidtracker.ledger.template import TemplateRequest, language_for, write_template
from aidtracker.services.names import find_partner
from aidtracker.store.shipments import office_code


@dataclass(frozen=True)
class TemplateResult:
    """The file written, for whom and in which language."""

    path: Path
    partner: Partnership
    lang: str


def partner_template(db: Database, partner: str, out: Path, *, lang: str | None = None,
                     today: date | None = None) -> TemplateResult:
    """Write the packing-list template for ``partner`` (as people type it) to ``out``.

    ``lang`` defaults to the partnership's document language, else its country's language,
    else English. Nothing is written to the database.

    Raises:
        NameUnknown: no partner city by that name (with the closest candidates).
    """
    found = find_partner(db, partner)
    code = lang or language_for(found.partner_country, found.doc_language)
    request = TemplateRequest(office=office_code(db), partner=found.partner_city,
                              own_city=found.own_city, lang=code,
                              made_on=today or date.today())
    return TemplateResult(write_template(request, out), found, code)
