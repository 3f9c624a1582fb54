"""User text prints literally, unprintable characters are refused, files are replaced atomically.

RELIABILITY.md R10 and T12: markup and glyph injection through every text field.
"""

from __future__ import annotations

import dataclasses
import os
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidtracker.documents import (
    KINDS,
    DocumentContext,
    UnprintableCharacters,
    layout,
    registry,
    render_document,
    user_strings,
)
from aidtracker.documents.fonts import coverage, missing_glyphs
from aidtracker.documents.text import para, para_text
from aidtracker.errors import StorageError

try:
    from poison import EVIL, evil_for, poison
except ImportError:  # pragma: no cover - when tests/ is imported as a package
    from tests.core.documents.poison import EVIL, evil_for, poison
try:
    from doc_factories import (
        images_and_actions,
        make_detail,
        page_texts,
        replace_texts,
        squash,
    )
except ImportError:  # pragma: no cover - when tests/ is imported as a package
    from tests.core.documents.doc_factories import (
        images_and_actions,
        make_detail,
        page_texts,
        replace_texts,
        squash,
    )

PACKAGE = Path(__file__).parents[3] / "aidtracker" / "documents"
ISSUED = date(2026, 2, 5)
EVIL_TEXT = " ".join(EVIL)


def ctx_for(detail, kind: str, **kw: object) -> DocumentContext:
    kw.setdefault("doc_number", "CV-2026-0042/T-1")
    return DocumentContext(detail, kind, issued_on=ISSUED, **kw)  # type: ignore[arg-type]


# para_text / para -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "markup"),
    [
        ("AT&T", "AT&amp;T"),
        ("x<y", "x&lt;y"),
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("&#65;", "&amp;#65;"),
        ("say \"hi\" 'there'", "say &quot;hi&quot; &#39;there&#39;"),
        ("a\nb\r\nc\rd", "a<br/>b<br/>c<br/>d"),
        ("tab\there", "tab here"),
        ("nul\x00", "nul\ufffd"),
        ("и\u0306", "й"),
        ("plain text", "plain text"),
    ],
)
def test_para_text_escapes(raw: str, markup: str) -> None:
    assert para_text(raw) == markup


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_para_text_never_leaves_markup(s: str) -> None:
    out = para_text(s)
    assert "<" not in out.replace("<br/>", "")
    assert not re.search(r"&(?!amp;|lt;|gt;|quot;|#39;)", out)
    para(s, _style())  # the parser accepts whatever the user typed


def _style():
    from aidtracker.documents.styles import styles

    return styles().body


def test_only_text_py_calls_paragraph() -> None:
    callers = sorted(
        p.name for p in PACKAGE.glob("*.py") if "Paragraph(" in p.read_text(encoding="utf-8")
    )
    assert callers == ["text.py"]


# glyph check --------------------------------------------------------------------------------


def test_missing_glyphs() -> None:
    assert missing_glyphs("Хмельницький ґ є і ї ʼ № Łódź ß ș ț š ė ř €₴ ☐☑") == set()
    assert missing_glyphs("漢字 ok") == {"漢", "字"}
    assert missing_glyphs("nul\x00") == {"\x00"}
    assert missing_glyphs("שלום") == set("שלום")  # right-to-left: would print reversed
    assert missing_glyphs("line\nbreak\ttab") == set()
    assert ord("Ї") in coverage() and 0x6F22 not in coverage()


@pytest.mark.parametrize("bad", ["漢", "\x00", "عربى", "क", "\U0001d11e"])
def test_unprintable_characters_are_refused_before_rendering(tmp_path: Path, bad: str) -> None:
    detail = make_detail()
    line = dataclasses.replace(detail.lines[2], description=f"Парацетамол {bad}")
    detail = dataclasses.replace(detail, lines=(*detail.lines[:2], line, *detail.lines[3:]))
    out = tmp_path / "x.pdf"
    out.write_bytes(b"previous")
    with pytest.raises(UnprintableCharacters) as caught:
        render_document(ctx_for(detail, "donation"), out)
    assert caught.value.code == "unprintable_characters"
    assert caught.value.params["field"] == "lines.3.description"
    assert set(caught.value.params["chars"]) == missing_glyphs(bad)
    assert out.read_bytes() == b"previous"
    assert sorted(os.listdir(tmp_path)) == ["x.pdf"]


def test_unprintable_in_office_or_number_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnprintableCharacters) as caught:
        render_document(ctx_for(make_detail(), "cmr", doc_number="№ 漢"), tmp_path / "x.pdf")
    assert caught.value.params["field"] == "doc_number"


def test_user_strings_cover_what_each_kind_prints() -> None:
    detail = make_detail()
    paths = dict(user_strings(ctx_for(detail, "donation")))
    for path in ("shipment.reference", "donor.name_en", "recipient.name_uk",
                 "lines.1.assets.1.vin", "lines.2.assets.1.serial_no", "lines.4.description",
                 "office.name_uk", "doc_number"):  # fmt: skip
        assert path in paths, path
    assert not any(p.startswith(("events", "partnership", "checklist")) for p in paths)
    assert "distributions.3.person_name" in dict(user_strings(ctx_for(detail, "distribution")))
    assert "checklist.3.note" in dict(user_strings(ctx_for(detail, "checklist")))
    assert "attachments.1.original_name" in dict(user_strings(ctx_for(detail, "handover")))


def test_unprintable_text_blocks_only_the_kinds_that_print_it(tmp_path: Path) -> None:
    detail = make_detail()
    photo = dataclasses.replace(detail.attachments[0], original_name="照片.jpg")
    detail = dataclasses.replace(detail, attachments=(photo,))
    render_document(ctx_for(detail, "cmr"), tmp_path / "cmr.pdf")
    with pytest.raises(UnprintableCharacters) as caught:
        render_document(ctx_for(detail, "handover"), tmp_path / "act.pdf")
    assert caught.value.params["field"] == "attachments.1.original_name"


# T12: markup through every text field ---------------------------------------------------------


def test_every_text_field_prints_literally_in_every_kind(tmp_path: Path) -> None:
    counter = [0]
    detail = poison(make_detail(), counter)
    printed: set[str] = set()
    for kind in KINDS:
        out = tmp_path / f"{kind}.pdf"
        render_document(ctx_for(detail, kind), out)
        text = squash(" ".join(page_texts(out)))
        assert images_and_actions(out) == [], kind
        assert "\ufffd" not in text and "■" not in text and "\x00" not in text
        for match in re.finditer(r"QX(\d{3})QX", text):
            printed.add(match.group(1))
            expected = squash(evil_for(int(match.group(1))))
            segment = text[match.end() : match.end() + len(expected)]
            assert segment == expected, (kind, match.group(1), segment)
    # every kind of field documents print: names, addresses, descriptions, VINs, people, notes…
    assert len(printed) >= 60, (len(printed), counter[0])


def test_simple_markup_in_descriptions_and_names(tmp_path: Path) -> None:
    detail = replace_texts(make_detail(), EVIL_TEXT)
    for kind in ("donation", "handover", "cmr", "specification"):
        out = tmp_path / f"{kind}.pdf"
        render_document(ctx_for(detail, kind), out)
        text = squash(" ".join(page_texts(out)))
        assert squash(EVIL_TEXT) in text
        assert "/etc/hostname" in text and images_and_actions(out) == []


def test_a_20000_character_word_wraps_without_breaking_the_layout(tmp_path: Path) -> None:
    word = "Ж" + "Ѫ" * 20_000
    detail = make_detail()
    lines = tuple(
        dataclasses.replace(ln, description=word) if ln.line_no == 4 else ln for ln in detail.lines
    )
    detail = dataclasses.replace(
        detail, lines=lines, donor=dataclasses.replace(detail.donor, address=word)
    )
    for kind in ("donation", "specification", "handover"):
        out = tmp_path / f"{kind}.pdf"
        result = render_document(ctx_for(detail, kind), out)
        text = squash(" ".join(page_texts(out)))
        assert result.pages > 3
        # all of it printed (pages split the cell, so count the pieces)
        count = text.count("Ѫ")
        assert text.count("Ж") >= 1 and count >= 20_000 and count % 20_000 == 0, (kind, count)


# atomic replace --------------------------------------------------------------------------------


def test_existing_pdf_survives_a_failed_build(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "act.pdf"
    out.write_bytes(b"%PDF- the signed version")

    def boom(ctx):
        raise RuntimeError("build failed")

    spec = registry.SPECS["handover"]
    monkeypatch.setitem(registry.SPECS, "handover", dataclasses.replace(spec, build=boom))
    with pytest.raises(RuntimeError, match="build failed"):
        render_document(ctx_for(make_detail(), "handover"), out)
    assert out.read_bytes() == b"%PDF- the signed version"
    assert os.listdir(tmp_path) == ["act.pdf"]


def test_existing_pdf_survives_a_failed_write(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "act.pdf"
    out.write_bytes(b"old")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(layout.os, "replace", refuse)
    with pytest.raises(StorageError) as caught:
        render_document(ctx_for(make_detail(), "handover"), out)
    assert caught.value.params["reason"] == "full"
    assert out.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["act.pdf"]


def test_missing_folder_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        render_document(ctx_for(make_detail(), "checklist"), tmp_path / "nope" / "x.pdf")
    assert caught.value.params["reason"] == "missing"


def test_render_replaces_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    out.write_bytes(b"old")
    render_document(ctx_for(make_detail(), "checklist"), out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert os.listdir(tmp_path) == ["x.pdf"]
