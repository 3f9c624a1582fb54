"""The import preview retries an unrecognised layout with the partner city's saved mapping."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from aidtracker.domain import Organisation, OrgKind, Partnership
from aidtracker.importer import ColumnMapping, ImportRejected
from aidtracker.services import imports
from aidtracker.services.import_preview import (
    partner_from_file_name,
    read_preview,
    recipient_in_city,
)

MAPPING = ('{"columns": {"A": "description", "B": "quantity", "C": "value"}, "header_row": 1,'
           ' "currency": "EUR"}')


def _odd_file(tmp_path: Path) -> Path:
    path = tmp_path / "lt.csv"
    path.write_text("Pavadinimas;Kiekis;Vertė\nAntklodės;40;1 200,00\n", encoding="utf-8")
    return path


def test_unknown_layout_without_a_saved_mapping_is_refused(db: Database, seed: object,
                                                           tmp_path: Path) -> None:
    with pytest.raises(ImportRejected) as info:
        read_preview(db, _odd_file(tmp_path), "Leipzig", "EUR", None)
    assert info.value.reason == "no_header"


def test_the_saved_mapping_is_tried_and_nothing_is_written(db: Database, seed: object,
                                                           tmp_path: Path) -> None:
    path = _odd_file(tmp_path)
    mapping = ColumnMapping.from_json(MAPPING)
    imports.remember_mapping(db, "Leipzig", mapping, actor="tester")
    before = db.conn.execute("SELECT count(*) FROM shipment").fetchone()[0]
    result = read_preview(db, path, "Leipzig", "EUR", None)
    assert result.saved == mapping
    assert [r.description_en for r in result.manifest.lines] == ["Antklodės"]  # not Ukrainian
    assert db.conn.execute("SELECT count(*) FROM shipment").fetchone()[0] == before
    with pytest.raises(ImportRejected):  # no partner city chosen: no saved mapping to try
        read_preview(db, path, None, "EUR", None)
    given = read_preview(db, path, None, "EUR", mapping)  # a mapping given: used as it is
    assert given.saved is None and len(given.manifest.lines) == 1


def _pair(partner: str, own: str) -> Partnership:
    return Partnership(id=None, own_city=own, partner_city=partner, partner_country="DE")


def test_the_file_name_names_the_partner_city() -> None:
    partners = [_pair("Magdeburg", "Zaporizhzhia"), _pair("Łódź", "Lviv"),
                _pair("Lublin", "Khmelnytskyi"), _pair("Lublin", "Lutsk")]
    assert partner_from_file_name(partners, "magdeburg_zaporizhzhia") == 0
    assert partner_from_file_name(partners, "Packliste LODZ 2026") == 1  # accents folded
    assert partner_from_file_name(partners, "lublin_lutsk") == 3  # both cities beat one
    assert partner_from_file_name(partners, "lublin-list") is None  # two pairs fit
    assert partner_from_file_name(partners, "magdeburger") is None  # whole words only


def test_the_one_recipient_in_the_ukrainian_city_is_chosen() -> None:
    def org(name: str, settlement: str = "") -> Organisation:
        return Organisation(id=None, kind=OrgKind.CITY_AUTHORITY, name_en=name,
                            settlement=settlement)

    recipients = [org("Kyiv City Council"), org("Regional Hospital", "Lviv"),
                  org("Lviv City Council")]
    assert recipient_in_city(_pair("Leipzig", "Kyiv"), recipients) == 0
    assert recipient_in_city(_pair("Łódź", "Lviv"), recipients) is None  # two in Lviv
    assert recipient_in_city(_pair("Borna", "Irpin"), recipients) is None


def test_the_file_name_may_give_the_partner_city_in_english() -> None:
    partners = [Partnership(id=None, own_city="Kyiv", partner_city="München",
                            partner_country="DE", partner_city_en="Munich",
                            aliases="Monachium"),
                _pair("Magdeburg", "Zaporizhzhia")]
    assert partner_from_file_name(partners, "munich_kyiv_2026-03") == 0
    assert partner_from_file_name(partners, "Lieferung Monachium") == 0
