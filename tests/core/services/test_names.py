"""Names as people type them: one rule for partner cities, donors and recipients."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from aidtracker.catalogue import error_text
from aidtracker.cli.main import main as cli
from aidtracker.errors import NameAmbiguous, NameUnknown, NotFound
from aidtracker.services import names
from aidtracker.services.shipments import get_detail
from aidtracker.store import open_database

SAMPLES = Path(__file__).parents[3].parent / "shared" / "samples"


@pytest.fixture(scope="module")
def demo_path(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("names") / "demo.db"
    shutil.copyfile(demo_template, path)  # the session's demo, read-only here
    return path


@pytest.fixture
def demo(demo_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(demo_path)
    yield db
    db.close()


def test_fold_ignores_case_diacritics_and_spacing_but_keeps_ukrainian_letters() -> None:
    assert names.fold("  MÜNCHEN ") == names.fold("Munchen") == "munchen"
    assert names.fold("Płock") == names.fold("plock")
    assert names.fold("Київ") != names.fold("Киив")  # ї is a letter of its own
    assert names.fold("Gdańsk-Kyiv") == names.fold("Gdansk\u2013Kyiv")
    assert names.fold("Kyiv->Lviv") == names.fold("Kyiv → Lviv")


@given(st.text(max_size=30))
def test_fold_is_idempotent(text: str) -> None:
    assert names.fold(names.fold(text)) == names.fold(text)


@pytest.mark.parametrize(("typed", "city", "how"), [
    ("München", "München", "exact"), ("munchen", "München", "folded"),
    ("Munich", "München", "alias"), ("Мюнхен", "München", "alias"),
    ("Warsaw", "Warszawa", "alias"), ("варшава", "Warszawa", "alias"),
    ("Danzig", "Gdańsk", "alias"), ("Prague → Khmelnytskyi", "Praha", "alias"),
    ("PLOCK", "Płock", "folded"),
])
def test_partner_city_by_any_of_its_names(demo: Database, typed: str, city: str,
                                          how: str) -> None:
    found = names.find_partner_how(demo, typed)
    assert (found.party.partner_city, found.how) == (city, how)


def test_a_city_twinned_twice_is_ambiguous_unless_our_city_settles_it(demo: Database) -> None:
    with pytest.raises(NameAmbiguous) as info:
        names.find_partner(demo, "Tallinn")
    assert info.value.params["candidates"] == ("Tallinn → Kyiv", "Tallinn → Zhytomyr")
    assert "Tallinn → Kyiv" in error_text(info.value, "en")
    assert names.find_partner(demo, "Tallinn", own_city="Zhytomyr").own_city == "Zhytomyr"
    assert names.find_partner(demo, "Tallinn → Kyiv").own_city == "Kyiv"


def test_unknown_name_is_refused_with_the_closest_candidates(demo: Database) -> None:
    with pytest.raises(NameUnknown) as info:
        names.find_partner(demo, "Munik")
    assert isinstance(info.value, NotFound)
    assert info.value.params["candidates"][0] == "München → Kyiv"
    assert "closest: München → Kyiv" in error_text(info.value, "en")


@pytest.mark.parametrize("typed", [
    "Kyiv City State Administration (demo)", "kyiv city state administration",
    "Київська міська державна адміністрація (демо)", "99000011", "Kyiv",
])
def test_recipient_by_name_edrpou_or_only_city(demo: Database, typed: str) -> None:
    assert names.find_recipient(demo, typed).edrpou == "99000011"


def test_an_acquirer_city_does_not_make_a_recipient(demo: Database) -> None:
    with pytest.raises(NameUnknown):  # only acquirers in Irpin… and one recipient: Irpin
        names.find_recipient(demo, "Lviv")
    assert names.find_recipient(demo, "Irpin").name_en == "Irpin City Council (demo)"


def test_a_city_with_two_recipients_is_ambiguous(demo: Database) -> None:
    with pytest.raises(NameAmbiguous) as info:
        names.find_recipient(demo, "Zhytomyr")
    assert len(info.value.params["candidates"]) == 2


def test_donor_by_native_name_and_words(demo: Database) -> None:
    assert names.find_donor(demo, "landeshauptstadt munchen").name_en == "City of Munich"
    assert names.find_donor(demo, "city of gdansk").name_en == "City of Gdańsk"


def test_cli_imports_with_names_as_typed(demo_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.db"
    path.write_bytes(demo_path.read_bytes())
    code = cli(["import-manifest", str(SAMPLES / "magdeburg_zaporizhzhia.xlsx"), "--db",
                str(path), "--partner", "Munich", "--recipient", "Kyiv"])
    out = capsys.readouterr()
    assert code == 0, out.err
    db = open_database(path)
    try:
        detail = get_detail(db, out.out.strip())
        assert detail.partnership.partner_city == "München"
        assert detail.recipient.name_en == "Kyiv City State Administration (demo)"
    finally:
        db.close()
    code = cli(["import-manifest", str(SAMPLES / "magdeburg_zaporizhzhia.xlsx"), "--db",
                str(path), "--partner", "Tallinn", "--recipient", "Zhytomyr"])
    err = capsys.readouterr().err
    assert code == 2 and "Zhytomyr City Council (demo)" in err and len(err.splitlines()) == 1


def test_filters_find_every_party_a_name_fits(demo: Database) -> None:
    from aidtracker.services.listing import ShipmentQuery, count_shipments

    tallinn = names.partner_ids(demo, "Tallinn")
    assert len(tallinn) == 2  # a filter shows both pairs; a lookup would ask which
    assert names.partner_ids(demo, "Munich") == {names.find_partner(demo, "München").id}
    assert names.partner_ids(demo, "Nowhere") == set()
    munich = count_shipments(demo, ShipmentQuery(partner="Munich"))
    assert munich == count_shipments(demo, ShipmentQuery(partner="München")) > 0
    assert count_shipments(demo, ShipmentQuery(recipient="Kyiv")) == count_shipments(
        demo, ShipmentQuery(recipient="99000011")) > 0
    assert count_shipments(demo, ShipmentQuery(partner="Nowhere")) == 0
