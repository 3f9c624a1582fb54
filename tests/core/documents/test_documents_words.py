"""Amounts in words (uk, en, pl, de) and the number, date and name formats of documents."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aidtracker.documents import fmt
from aidtracker.documents.words import amount_in_words, number_en, number_uk, uk_plural
from aidtracker.domain import Unit
from aidtracker.reference import currencies


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "нуль"),
        (1, "один"),
        (2, "два"),
        (5, "пʼять"),
        (9, "девʼять"),
        (11, "одинадцять"),
        (12, "дванадцять"),
        (14, "чотирнадцять"),
        (19, "девʼятнадцять"),
        (21, "двадцять один"),
        (22, "двадцять два"),
        (40, "сорок"),
        (90, "девʼяносто"),
        (100, "сто"),
        (101, "сто один"),
        (111, "сто одинадцять"),
        (200, "двісті"),
        (500, "пʼятсот"),
        (999, "девʼятсот девʼяносто девʼять"),
        (1000, "одна тисяча"),
        (1001, "одна тисяча один"),
        (2000, "дві тисячі"),
        (3000, "три тисячі"),
        (4000, "чотири тисячі"),
        (5000, "пʼять тисяч"),
        (11000, "одинадцять тисяч"),
        (12000, "дванадцять тисяч"),
        (21000, "двадцять одна тисяча"),
        (22000, "двадцять дві тисячі"),
        (25000, "двадцять пʼять тисяч"),
        (111000, "сто одинадцять тисяч"),
        (141_500, "сто сорок одна тисяча пʼятсот"),
        (1_000_000, "один мільйон"),
        (2_000_000, "два мільйони"),
        (5_000_000, "пʼять мільйонів"),
        (21_000_000, "двадцять один мільйон"),
        (1_002_003, "один мільйон дві тисячі три"),
        (1_000_000_000, "один мільярд"),
        (3_000_000_000_000, "три трильйони"),
    ],
)
def test_number_uk(n: int, words: str) -> None:
    assert number_uk(n) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [(1, "одна"), (2, "дві"), (21, "двадцять одна"), (22, "двадцять дві"), (11, "одинадцять")],
)
def test_number_uk_feminine(n: int, words: str) -> None:
    assert number_uk(n, feminine=True) == words


@pytest.mark.parametrize(
    ("n", "form"),
    [(0, 2), (1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (12, 2), (14, 2), (21, 0), (22, 1),
     (101, 0), (111, 2), (112, 2), (1000, 2), (1001, 0)],
)  # fmt: skip
def test_uk_plural(n: int, form: int) -> None:
    assert uk_plural(n) == form


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zero"),
        (1, "one"),
        (11, "eleven"),
        (21, "twenty-one"),
        (100, "one hundred"),
        (1000, "one thousand"),
        (2000, "two thousand"),
        (141_500, "one hundred forty-one thousand five hundred"),
        (1_000_000, "one million"),
        (1_002_003, "one million two thousand three"),
    ],
)
def test_number_en(n: int, words: str) -> None:
    assert number_en(n) == words


@pytest.mark.parametrize(
    ("minor", "currency", "lang", "words"),
    [
        (14_150_000, "EUR", "uk", "сто сорок одна тисяча пʼятсот євро 00 центів"),
        (14_150_000, "EUR", "en", "one hundred forty-one thousand five hundred euro 00 cents"),
        (0, "EUR", "uk", "нуль євро 00 центів"),
        (101, "EUR", "uk", "один євро 01 цент"),
        (202, "EUR", "uk", "два євро 02 центи"),
        (511, "EUR", "uk", "пʼять євро 11 центів"),
        (121, "EUR", "en", "one euro 21 cents"),
        (101, "EUR", "en", "one euro 01 cent"),
        (100, "UAH", "uk", "одна гривня 00 копійок"),
        (200, "UAH", "uk", "дві гривні 00 копійок"),
        (500, "UAH", "uk", "пʼять гривень 00 копійок"),
        (1_100, "UAH", "uk", "одинадцять гривень 00 копійок"),
        (2_101, "UAH", "uk", "двадцять одна гривня 01 копійка"),
        (2_203, "UAH", "uk", "двадцять дві гривні 03 копійки"),
        (100_000, "UAH", "uk", "одна тисяча гривень 00 копійок"),
        (200_000, "UAH", "uk", "дві тисячі гривень 00 копійок"),
        (100_000_000, "UAH", "uk", "один мільйон гривень 00 копійок"),
        (100, "UAH", "en", "one hryvnia 00 kopiykas"),
        (250, "UAH", "en", "two hryvnias 50 kopiykas"),
        (3_600_000, "PLN", "uk", "тридцять шість тисяч злотих 00 грошів"),
        (3_600_000, "PLN", "en", "thirty-six thousand zlotys 00 groszy"),
        (2_100, "USD", "uk", "двадцять один долар 00 центів"),
        (120_050, "PLN", "uk", "одна тисяча двісті злотих 50 грошів"),
        (120_050, "PLN", "pl", "tysiąc dwieście złotych 50 groszy"),
        (120_050, "PLN", "de", "eintausendzweihundert Złoty 50 Groszy"),
        (200, "PLN", "pl", "dwa złote 00 groszy"),
        (101, "PLN", "pl", "jeden złoty 01 grosz"),
        (2_200, "CZK", "uk", "двадцять дві крони 00 гелерів"),
        (2_200, "CZK", "pl", "dwadzieścia dwie korony 00 halerzy"),
        (100, "UAH", "de", "eine Hrywnja 00 Kopeken"),
        (14_150_000, "EUR", "de", "einhunderteinundvierzigtausendfünfhundert Euro 00 Cent"),
        (101, "EUR", "de", "ein Euro 01 Cent"),
        (120_050, "RON", "uk", "одна тисяча двісті леїв 50 банів"),
        (100, "BGN", "en", "one lev 00 stotinki"),
        (-500, "EUR", "uk", "мінус пʼять євро 00 центів"),
    ],
)
def test_amount_in_words(minor: int, currency: str, lang: str, words: str) -> None:
    assert amount_in_words(minor, currency, lang) == words


def test_every_accepted_currency_has_words_in_every_language() -> None:
    for currency in currencies():
        for lang in ("uk", "en", "pl", "de"):
            words = amount_in_words(123_456, currency, lang)
            assert currency not in words, (currency, lang, words)
            assert "'" not in words and "  " not in words


def test_an_unknown_currency_is_named_by_its_code() -> None:
    assert amount_in_words(150_000, "XTS", "uk") == "одна тисяча пʼятсот XTS 00"


def test_amount_in_words_other_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        amount_in_words(100, "EUR", "fr")


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_words_are_clean(n: int) -> None:
    for text in (number_uk(n), number_uk(n, feminine=True), number_en(n)):
        assert text and "  " not in text and text == text.strip()
        assert "'" not in text and "’" not in text


@given(st.integers(min_value=1, max_value=10**12))
def test_uk_thousands_agree_with_their_number(n: int) -> None:
    thousands = (n // 1000) % 1000
    words = number_uk(n)
    if thousands:
        expected = ("тисяча", "тисячі", "тисяч")[uk_plural(thousands)]
        assert expected in words.split()


# formats -----------------------------------------------------------------------------------


def test_formats() -> None:
    nb = "\u00a0"
    assert fmt.ddmmyyyy(date(2026, 2, 5)) == "05.02.2026"
    assert fmt.ddmmyyyy(None) == ""
    assert fmt.money(350000, "EUR") == f"3{nb}500,00 EUR"
    assert fmt.amount(350000, "EUR") == f"3{nb}500,00"
    assert fmt.kg(1_200_000) == f"1{nb}200,0"
    assert fmt.kg(13_905_500, 0) == f"13{nb}906"
    assert fmt.kg(55_500) == "55,5"
    assert fmt.qty(800_000, Unit.PCS) == "800"
    assert fmt.qty(2_500, Unit.KG) == "2,5"
    assert fmt.qty(1_234_500, Unit.L) == f"1{nb}234,5"
    assert fmt.whole(1000) == f"1{nb}000"


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Taras Shevchenko", "T. SHEVCHENKO"),
        ("Олена Петренко", "О. ПЕТРЕНКО"),
        ("Шевченко Тарас Григорович", "Т. ШЕВЧЕНКО"),
        ("Петренко Олена Іванівна", "О. ПЕТРЕНКО"),
        ("Jan Maria Kowalski", "J. KOWALSKI"),
        ("Т. ШЕВЧЕНКО", "Т. ШЕВЧЕНКО"),
        ("Madonna", "Madonna"),
        ("", ""),
    ],
)
def test_signature_name(name: str, printed: str) -> None:
    assert fmt.signature_name(name) == printed
