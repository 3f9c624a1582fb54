"""The HS 2022 table shipped in resources/reference."""

from __future__ import annotations

from aidtracker.reference import hs2022, hs_entry, hs_known


def test_table_holds_chapters_headings_and_subheadings() -> None:
    table = hs2022()
    assert len(table) > 6900
    assert {len(code) for code in table} == {2, 4, 6}
    assert "\n" not in "".join(e.description for e in table.values())


def test_lookup_by_hs_part_of_national_codes() -> None:
    assert hs_entry("300490") is not None
    assert hs_entry("3004") is not None
    assert hs_entry("8703.23.19") is not None          # CN 8 digits: looked up by its HS part
    assert hs_entry("8703231910") is not None          # UKTZED 10 digits
    assert hs_entry("999999") is None
    assert hs_entry("30049") is None                    # 5 digits is no HS level
    assert "persons" in (hs_entry("870390") or hs_entry("0")).description


def test_known_codes_are_the_entries() -> None:
    for code in ("300490", "3004", "30", "8703.23.19", "8703231910", "999999", "30049", "",
                 "abc", "870390"):
        assert hs_known(code) is (hs_entry(code) is not None), code
    assert all(hs_known(code) for code in hs2022())
