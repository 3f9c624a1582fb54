"""Every document kind rendered and read back with pypdf (issue 4 acceptance)."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from aidtracker.documents import (
    KINDS,
    LANGS,
    DocumentContext,
    DocumentNotApplicable,
    Office,
    applicable_kinds,
    check_document,
    fmt,
    render_document,
)
from aidtracker.documents.context import KIND_SIDE
from aidtracker.documents.texts import TEMPLATE_LANGS, template
from aidtracker.documents.words import amount_in_words
from aidtracker.money import format_money

try:
    from doc_factories import VINS, font_problems, make_detail, many_lines, page_texts, squash
except ImportError:  # pragma: no cover - when tests/ is imported as a package
    from tests.core.documents.doc_factories import (
        VINS,
        font_problems,
        make_detail,
        many_lines,
        page_texts,
        squash,
    )

ISSUED = date(2026, 2, 5)
DETAIL = make_detail()


def ctx_for(kind: str, lang: str = "uk-en", **kw: object) -> DocumentContext:
    detail = kw.pop("detail", DETAIL)
    return DocumentContext(
        detail, kind, lang=lang, doc_number=f"CV-2026-0042/{kind}-1", issued_on=ISSUED, **kw
    )  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[str], int]]:
    """Every kind rendered once in uk-en: path, page texts, page count."""
    folder = tmp_path_factory.mktemp("docs")
    out = {}
    for kind in KINDS:
        path = folder / f"{kind}.pdf"
        result = render_document(ctx_for(kind), path)
        out[kind] = (path, page_texts(path), result.pages)
    return out


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_with_page_x_of_y_and_references(rendered, kind: str) -> None:
    _, texts, pages = rendered[kind]
    assert pages == len(texts) >= 1
    for number, text in enumerate(texts, start=1):
        flat = norm(text)
        assert f"Сторінка {number} з {pages} / Page {number} of {pages}" in flat
        assert "CV-2026-0042" in flat
        assert f"CV-2026-0042/{kind}-1" in flat
        assert "DEMO-AHARS-7K2Q-91" in flat


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_embeds_only_bundled_fonts(rendered, kind: str) -> None:
    path, _, _ = rendered[kind]
    assert font_problems(path) == []
    raw = path.read_bytes()
    assert b"Helvetica" not in raw and b"Times-Roman" not in raw
    assert b"DejaVuSans" in raw


@pytest.mark.parametrize("kind", KINDS)
def test_ukrainian_text_is_extractable(rendered, kind: str) -> None:
    _, texts, _ = rendered[kind]
    title = (
        template("uk")[f"title.{kind.replace('-', '_')}"]
        if kind not in ("distribution", "labels", "cmr")
        else {
            "distribution": "Акт приймання-передачі (видачі)",
            "labels": "ГУМАНІТАРНА ДОПОМОГА",
            "cmr": "Міжнародна товарно-транспортна",
        }[kind]
    )
    assert squash(title) in squash(texts[0])
    donor_paper = KIND_SIDE[kind] == "donor" and kind != "labels"  # labels name the consignee
    issuer = "Місто Люблін" if donor_paper else "Хмельницька міська рада"
    assert issuer in norm(" ".join(texts))  # the letterhead of the side whose paper it is


@pytest.mark.parametrize("kind", ["donation", "specification", "export-sheet", "handover"])
def test_totals_printed_equal_the_record(rendered, kind: str) -> None:
    _, texts, _ = rendered[kind]
    flat = norm(" ".join(texts))
    totals = DETAIL.totals
    assert set(totals.value_by_currency) == {"EUR", "PLN"}
    for currency, minor in totals.value_by_currency.items():
        assert norm(format_money(minor, currency)) in flat
    assert norm(fmt.kg(totals.gross_g)) in flat
    assert norm(fmt.kg(totals.net_g)) in flat
    assert norm(fmt.whole(totals.packages)) in flat


def test_totals_are_per_currency_never_mixed(rendered) -> None:
    flat = norm(" ".join(rendered["donation"][1]))
    assert "57 920,00 EUR" in flat and "103 500,00 PLN" in flat
    mixed = format_money(sum(DETAIL.totals.value_by_currency.values()), "EUR")
    assert norm(mixed) not in flat


@pytest.mark.parametrize("kind", ["donation", "handover"])
def test_totals_in_words_in_ukrainian_and_english(rendered, kind: str) -> None:
    flat = norm(" ".join(rendered[kind][1]))
    for currency, minor in DETAIL.totals.value_by_currency.items():
        assert norm(amount_in_words(minor, currency, "uk")) in flat
        assert norm(amount_in_words(minor, currency, "en")) in flat
    assert "пʼятдесят сім тисяч девʼятсот двадцять євро 00 центів" in flat


def test_cmr_prints_exact_kg_and_three_labelled_copies(rendered) -> None:
    _, texts, pages = rendered["cmr"]
    assert pages == 3
    labels = ["Примірник 1 — Відправник / Copy 1 — Sender",
              "Примірник 2 — Одержувач / Copy 2 — Consignee",
              "Примірник 3 — Перевізник / Copy 3 — Carrier"]  # fmt: skip
    for page, label in zip(texts, labels, strict=True):
        assert squash(label) in squash(page)
        assert norm(fmt.kg(DETAIL.totals.gross_g)) in norm(page)
        assert "Конвенції про договір міжнародного дорожнього перевезення" in norm(page)
        assert "ГУМАНІТАРНА ДОПОМОГА / HUMANITARIAN AID" in norm(page)
        assert "CV-2026-0042 1/39–39/39" in norm(page)


def test_donation_letter_names_vins_and_serials(rendered) -> None:
    flat = squash(" ".join(rendered["donation"][1]))
    for vin in VINS:
        assert vin in flat
    assert "GEN-30-000123" in flat
    assert squash("Придатний до / Expiry: 30.06.2027") in flat


def test_vehicle_sheet_is_one_page_per_vehicle(rendered) -> None:
    _, texts, pages = rendered["vehicle-sheet"]
    assert pages == len(VINS)
    for text, vin in zip(texts, VINS, strict=True):
        assert vin in squash(text)


def test_vehicle_handover_is_one_act_per_vehicle(rendered) -> None:
    _, texts, _ = rendered["vehicle-handover"]
    starts = [i for i, text in enumerate(texts) if "Акт приймання-передачі транспортного" in text]
    assert len(starts) == len(VINS)


def test_handover_lists_discrepancies_from_received_quantities(rendered) -> None:
    flat = norm(" ".join(rendered["handover"][1]))
    assert "з розбіжностями" in flat
    assert "Ковдри вовняні" in flat
    assert "У разі розбіжностей переважає текст українською мовою" in flat


def _signature_page(texts: list[str]) -> str:
    return next(text for text in texts if "(підпис) / (signature)" in text)


def test_signatures_stay_with_the_closing_text(rendered) -> None:
    for kind in ("donation", "handover", "vehicle-handover", "distribution", "checklist"):
        page = norm(_signature_page(rendered[kind][1]))
        before = page.split("(підпис) / (signature)")[0]
        assert "Дата / Date: " in before, kind


@pytest.mark.parametrize("count", [4, 7, 10, 13, 16, 19, 22])
def test_signatures_never_stranded_whatever_the_length(tmp_path: Path, count: int) -> None:
    detail = make_detail(many_lines(count))
    path = tmp_path / "act.pdf"
    render_document(ctx_for("handover", detail=detail), path)
    page = norm(_signature_page(page_texts(path)))
    assert "У разі розбіжностей переважає текст українською мовою" in page
    assert "Дата / Date: 05.02.2026" in page


def test_distribution_prints_act_and_issue_statement(rendered) -> None:
    flat = norm(" ".join(rendered["distribution"][1]))
    assert "CV-ROZ-2026-0311" in flat and "Відомість видачі" in flat
    assert "Ґудзь Євген Їжакович" in flat
    assert "210,00 EUR" in flat  # 60 packs × 3,50
    assert "О. ПЕТРЕНКО" in flat and "operator7" not in flat  # the signatory, not the user id


def test_report_worksheet_has_balances_and_days_left(rendered) -> None:
    flat = norm(" ".join(rendered["report"][1]))
    assert "04.05.2026" in flat and "03.02.2026" in flat
    assert "Залишилось днів / Days left 88" in flat
    assert "588" in flat  # 790 received − 202 distributed blankets


def test_labels_one_per_package(rendered) -> None:
    _, texts, pages = rendered["labels"]
    total = DETAIL.totals.packages
    assert pages == (total + 1) // 2
    flat = norm(" ".join(texts))
    for n in (1, 2, total):
        assert f"{n}/{total}" in flat


def test_checklist_ticks_and_overrides(rendered) -> None:
    flat = norm(" ".join(rendered["checklist"][1]))
    assert "☑" in flat and "☐" in flat and "☒" in flat
    assert "Лише безрецептурні препарати / OTC only" in flat


def test_specification_and_report_are_landscape(rendered) -> None:
    from pypdf import PdfReader

    for kind in ("specification", "report"):
        box = PdfReader(str(rendered[kind][0])).pages[0].mediabox
        assert box.width > box.height
    letter = PdfReader(str(rendered["driver-letter"][0])).pages
    assert letter[0].mediabox.width < letter[0].mediabox.height
    assert letter[-1].mediabox.width > letter[-1].mediabox.height


def test_long_specification_repeats_header_and_numbers_pages(tmp_path: Path) -> None:
    detail = make_detail(many_lines(1000))
    path = tmp_path / "spec.pdf"
    result = render_document(ctx_for("specification", detail=detail), path)
    texts = page_texts(path)
    assert result.pages == len(texts) > 10
    table_pages = [text for text in texts if "(партія" in text]
    assert len(table_pages) >= len(texts) - 1
    for number, text in enumerate(texts, start=1):
        assert f"Сторінка {number} з {result.pages} / Page {number} of {result.pages}" in norm(text)
    for text in table_pages:  # the header on top of every page of the table, never mid-page
        flat_page = squash(text)
        assert flat_page.count(squash("Опис / Description")) == 1
        assert flat_page.index(squash("Опис / Description")) < flat_page.index("(партія")
    flat = squash(" ".join(texts))
    for no in (1, 250, 251, 500, 751, 1000):
        assert squash(f"(партія {no})") in flat
    for currency, minor in detail.totals.value_by_currency.items():
        assert squash(format_money(minor, currency)) in flat


@pytest.mark.parametrize("lang", LANGS)
def test_language_variants(tmp_path: Path, lang: str) -> None:
    label, page = {"uk-en": ("Отримувач / Recipient", "Сторінка 1 з"),
                   "uk": ("Отримувач", "Сторінка 1 з"), "en": ("Recipient", "Page 1 of"),
                   "uk-pl": ("Отримувач / Odbiorca", "Strona 1 z"),
                   "uk-de": ("Отримувач / Empfänger", "Seite 1 von")}[lang]  # fmt: skip
    for kind in ("donation", "handover", "cmr", "driver-letter"):
        path = tmp_path / f"{kind}.pdf"
        render_document(ctx_for(kind, lang), path)
        flat = norm(" ".join(page_texts(path)))
        assert page in flat, kind
        assert kind == "cmr" or label in flat, kind
        if kind == "handover":  # the prevails clause only where there are two languages
            assert ("переважає текст українською" in flat) is (lang not in ("uk", "en"))
        if lang == "en":
            assert "Отримувач" not in flat
        if lang == "uk":
            assert "Recipient" not in flat


@pytest.mark.parametrize("lang", ["uk", "en", "uk-pl", "uk-de"])
def test_every_kind_renders_in_every_language(tmp_path: Path, lang: str) -> None:
    for kind in KINDS:
        if kind == "labels":
            continue  # same blocks as the sign; slow (one QR per package)
        result = render_document(ctx_for(kind, lang), tmp_path / f"{kind}.pdf")
        assert result.pages >= 1


def test_templates_have_the_same_keys_and_fields() -> None:
    tables = {code: template(code) for code in TEMPLATE_LANGS}
    keys = set(tables["en"])
    fields = re.compile(r"\{(\w+)\}")
    for code, table in tables.items():
        assert set(table) == keys, code
        for key in keys:
            assert set(fields.findall(table[key])) == set(fields.findall(tables["en"][key])), key
    assert "ʼ" in "".join(tables["uk"].values())
    assert "'" not in "".join(tables["uk"].values())


def test_copy_is_marked_on_every_page(tmp_path: Path) -> None:
    path = tmp_path / "copy.pdf"
    render_document(ctx_for("handover", copy_of="CV-2026-0042/D6-1"), path)
    texts = page_texts(path)
    assert "КОПІЯ документа № CV-2026-0042/D6-1 / COPY of No. CV-2026-0042/D6-1" in norm(texts[0])
    for text in texts:
        assert squash("COPY of No. CV-2026-0042/D6-1") in squash(text)


def test_letterhead_follows_the_side_whose_paper_it_is(tmp_path: Path) -> None:
    for kind, party in (("donation", DETAIL.donor), ("cmr", DETAIL.donor),
                        ("handover", DETAIL.recipient), ("distribution", DETAIL.recipient)):
        assert ctx_for(kind).issuer == Office.from_organisation(party), kind
    assert ctx_for("checklist", office_side="donor").issuer == Office.from_organisation(
        DETAIL.donor)
    path = tmp_path / "d1.pdf"
    render_document(ctx_for("donation"), path)
    first = norm(page_texts(path)[0])
    assert first.index("Місто Люблін") < first.index("Лист-пропозиція")
    assert "Місце складання / Place: Lublin" in first


def test_office_defaults_to_recipient_and_can_be_given(tmp_path: Path) -> None:
    ctx = ctx_for("checklist")
    assert ctx.office == Office(
        "Хмельницька міська рада",
        "Khmelnytskyi City Council",
        "вул. Героїв Майдану, 3, Хмельницький",
        "Хмельницький",
    )
    office = Office("Управління гуманітарної допомоги", "Humanitarian Aid Office", "", "Київ")
    path = tmp_path / "c.pdf"
    render_document(ctx_for("checklist", office=office), path)
    flat = norm(" ".join(page_texts(path)))
    assert "Управління гуманітарної допомоги" in flat and "Київ" in flat


def test_render_result_hash_matches_file_and_is_reproducible(tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    ra = render_document(ctx_for("handover"), a)
    rb = render_document(ctx_for("handover"), b)
    assert ra.sha256 == hashlib.sha256(a.read_bytes()).hexdigest() == rb.sha256
    assert ra.pages == rb.pages


def test_selector_prints_one_vehicle_or_act(tmp_path: Path) -> None:
    path = tmp_path / "v.pdf"
    render_document(ctx_for("vehicle-sheet", selector=VINS[1]), path)
    texts = page_texts(path)
    assert len(texts) == 1 and VINS[1] in squash(texts[0]) and VINS[0] not in squash(texts[0])
    render_document(ctx_for("distribution", selector="CV-ROZ-2026-0311"), path)
    assert "Відомість видачі" not in " ".join(page_texts(path))


# not applicable ----------------------------------------------------------------------------


def _no_vehicles():
    return make_detail(DETAIL.lines[2:])


@pytest.mark.parametrize(
    ("kind", "detail", "reason", "selector"),
    [
        ("vehicle-handover", "no_vehicles", "no_vehicles", None),
        ("vehicle-sheet", "no_vehicles", "no_vehicles", None),
        ("vehicle-sheet", "full", "no_match", "NOPE"),
        ("distribution", "no_distributions", "no_distributions", None),
        ("distribution", "full", "no_match", "CV-ROZ-0000"),
        ("report", "not_cleared", "not_cleared", None),
        ("checklist", "no_checklist", "no_checklist", None),
        ("labels", "no_packages", "no_packages", None),
        ("donation", "no_lines", "no_lines", None),
        ("specification", "no_lines", "no_lines", None),
    ],
)
def test_not_applicable_kinds_raise(tmp_path: Path, kind, detail, reason, selector) -> None:
    details = {
        "full": DETAIL,
        "no_vehicles": _no_vehicles(),
        "no_distributions": make_detail(with_distributions=False),
        "not_cleared": make_detail(cleared_on=None),
        "no_checklist": make_detail(with_checklist=False),
        "no_packages": make_detail(DETAIL.lines[:1]),
        "no_lines": make_detail(()),
    }
    out = tmp_path / "x.pdf"
    with pytest.raises(DocumentNotApplicable) as caught:
        render_document(ctx_for(kind, detail=details[detail], selector=selector), out)
    assert caught.value.code == "document_not_applicable"
    assert caught.value.params == {"kind": kind, "reason": reason}
    assert not out.exists()


def test_applicable_kinds() -> None:
    assert applicable_kinds(DETAIL) == KINDS
    assert "vehicle-handover" not in applicable_kinds(_no_vehicles())
    check_document(ctx_for("handover"))


def test_unknown_kind_or_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="kind"):
        DocumentContext(DETAIL, "invoice")
    with pytest.raises(ValueError, match="language"):
        DocumentContext(DETAIL, "cmr", lang="fr")


def test_importing_documents_does_not_import_reportlab() -> None:
    code = ("import sys, aidtracker.documents as d; "
            "assert d.KINDS and 'reportlab' not in sys.modules, sorted(sys.modules)")  # fmt: skip
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[3])
