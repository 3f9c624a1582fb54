"""Amounts in words in Ukrainian, English, Polish and German (DOMAIN.md §7.1: D1, D6, D7, D9).

``amount_in_words(14150000, "EUR", "uk")`` → "сто сорок одна тисяча пʼятсот євро 00 центів";
``amount_in_words(120050, "PLN", "pl")`` → "tysiąc dwieście złotych 50 groszy". The whole part is
spelled out, the minor part stays in figures as on payment documents, each unit named in the
language's own plural form. Numbers: our Ukrainian and English spellers (apostrophe U+02BC, no
"and"), num2words for Polish and German; unit names: num2words' tables, completed by
:mod:`aidtracker.documents.currency_words`; plural categories: Babel (CLDR).
"""

from __future__ import annotations

from aidtracker.documents.currency_words import DE_FEMININE, FORMS, PL_FEMININE, UK_FEMININE
from aidtracker.reference import currencies

# Ukrainian --------------------------------------------------------------------------------

_UK_ONES_M = ("", "один", "два", "три", "чотири", "пʼять", "шість", "сім", "вісім", "девʼять")
_UK_ONES_F = ("", "одна", "дві", *_UK_ONES_M[3:])
_UK_TEENS = (
    "десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять",
    "пʼятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "девʼятнадцять",
)  # fmt: skip
_UK_TENS = (
    "", "", "двадцять", "тридцять", "сорок",
    "пʼятдесят", "шістдесят", "сімдесят", "вісімдесят", "девʼяносто",
)  # fmt: skip
_UK_HUNDREDS = (
    "", "сто", "двісті", "триста", "чотириста",
    "пʼятсот", "шістсот", "сімсот", "вісімсот", "девʼятсот",
)  # fmt: skip
#: (one, few, many, feminine) for 10**3, 10**6, 10**9, 10**12.
_UK_SCALES = (
    ("тисяча", "тисячі", "тисяч", True),
    ("мільйон", "мільйони", "мільйонів", False),
    ("мільярд", "мільярди", "мільярдів", False),
    ("трильйон", "трильйони", "трильйонів", False),
)

# English ----------------------------------------------------------------------------------

_EN_ONES = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = ("thousand", "million", "billion", "trillion")


def uk_plural(n: int) -> int:
    """Index of the Ukrainian form for ``n``: 0 one (1, 21), 1 few (2–4, 22), 2 many (5–20, 0)."""
    n = abs(n)
    if 11 <= n % 100 <= 14:
        return 2
    if n % 10 == 1:
        return 0
    if 2 <= n % 10 <= 4:
        return 1
    return 2


def _uk_triple(n: int, feminine: bool) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [_UK_HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest <= 19:
        words.append(_UK_TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            words.append(_UK_TENS[tens])
        if ones:
            words.append((_UK_ONES_F if feminine else _UK_ONES_M)[ones])
    return words


def _groups(n: int) -> list[int]:
    """Groups of three digits, lowest first: 1_234_567 → [567, 234, 1]."""
    groups = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    return groups


def number_uk(n: int, *, feminine: bool = False) -> str:
    """Cardinal number in Ukrainian words: 141500 → 'сто сорок одна тисяча пʼятсот'."""
    if n < 0:
        return "мінус " + number_uk(-n, feminine=feminine)
    if n == 0:
        return "нуль"
    groups = _groups(n)
    if len(groups) > len(_UK_SCALES) + 1:
        raise ValueError(f"number too large to spell: {n}")
    words: list[str] = []
    for power in range(len(groups) - 1, -1, -1):
        group = groups[power]
        if not group:
            continue
        if power == 0:
            words += _uk_triple(group, feminine)
            continue
        one, few, many, fem = _UK_SCALES[power - 1]
        words += _uk_triple(group, fem)
        words.append((one, few, many)[uk_plural(group)])
    return " ".join(words)


def _en_triple(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [_EN_ONES[hundreds], "hundred"] if hundreds else []
    if rest < 20:
        if rest:
            words.append(_EN_ONES[rest])
    else:
        tens, ones = divmod(rest, 10)
        words.append(_EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else ""))
    return words


def number_en(n: int) -> str:
    """Cardinal number in English words: 141500 → 'one hundred forty-one thousand five hundred'."""
    if n < 0:
        return "minus " + number_en(-n)
    if n == 0:
        return "zero"
    groups = _groups(n)
    if len(groups) > len(_EN_SCALES) + 1:
        raise ValueError(f"number too large to spell: {n}")
    words: list[str] = []
    for power in range(len(groups) - 1, -1, -1):
        if groups[power]:
            words += _en_triple(groups[power])
            if power:
                words.append(_EN_SCALES[power - 1])
    return " ".join(words)


def _split(minor: int, currency: str) -> tuple[int, int, int]:
    exponent = currencies().get(currency, 2)
    whole, cents = divmod(abs(minor), 10**exponent)
    return whole, cents, exponent


WORD_LANGS = ("uk", "en", "pl", "de")
_CATEGORY_INDEX = {"one": 0, "few": 1, "many": 2}


def plural_index(lang: str, n: int) -> int:
    """Index of the plural form of ``n`` in a ``(one, few, many)`` or ``(one, other)`` tuple."""
    if lang == "uk":
        return uk_plural(n)
    # lazy: Babel/num2words load only when amounts or currencies are worded
    from babel import Locale

    return _CATEGORY_INDEX.get(Locale.parse(lang).plural_form(n), 2)


def unit_forms(currency: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(major forms, minor forms) of ``currency`` in ``lang``, or None when unknown."""
    own = FORMS.get(lang, {}).get(currency)
    if own is not None:
        return own
    # lazy: Babel/num2words load only when amounts or currencies are worded
    from num2words import CONVERTER_CLASSES

    forms = getattr(CONVERTER_CLASSES.get(lang), "CURRENCY_FORMS", {}).get(currency)
    if forms is None:
        return None
    major, minor = forms
    return tuple(major), tuple(minor)


def _pick(forms: tuple[str, ...], index: int) -> str:
    return forms[min(index, len(forms) - 1)]


def spell(n: int, lang: str, *, feminine: bool = False) -> str:
    """A whole number in words in ``lang`` (uk, en, pl, de), agreeing with a feminine unit."""
    if lang == "uk":
        return number_uk(n, feminine=feminine)
    if lang == "en":
        return number_en(n)
    if lang not in WORD_LANGS:
        raise ValueError(f"no number words for language {lang!r}")
    # lazy: Babel/num2words load only when amounts or currencies are worded
    from num2words import num2words

    words = str(num2words(n, lang=lang))
    if lang == "pl" and feminine:
        words = "jedna" if n == 1 else _last_word(words, "dwa", "dwie")
    if lang == "de" and words.endswith("eins"):  # "eins" counts; before a noun it is "ein(e)"
        words = words[: -len("eins")] + ("eine" if feminine else "ein")
    return words


def _last_word(words: str, old: str, new: str) -> str:
    head, _, last = words.rpartition(" ")
    return f"{head} {new}".strip() if last == old else words


_FEMININE = {"uk": UK_FEMININE, "pl": PL_FEMININE, "de": DE_FEMININE}
_MINUS = {"uk": "мінус ", "en": "minus ", "pl": "minus ", "de": "minus "}


def _babel_name(currency: str, count: int, lang: str) -> str:
    """An accepted currency without our own forms: its CLDR name for ``count`` (Babel), the
    minor units then in figures only; a code we do not accept stays a code."""
    if currency not in currencies():
        return currency
    # lazy: Babel/num2words load only when amounts or currencies are worded
    from babel.numbers import get_currency_name  # on first use (start-up stays fast)

    return " ".join(str(get_currency_name(currency, count=count, locale=lang)).split())


def amount_in_words(minor: int, currency: str, lang: str) -> str:
    """An amount in words: whole part spelled, minor units in figures with their unit name.

    ``lang`` is one of uk, en, pl, de (ValueError otherwise). An accepted currency without our
    own names in ``lang`` is named by its CLDR name (Babel); any other by its ISO code.
    """
    if lang not in WORD_LANGS:
        raise ValueError(f"no number words for language {lang!r}")
    whole, cents, exponent = _split(minor, currency)
    forms = unit_forms(currency, lang)
    feminine = currency in _FEMININE.get(lang, frozenset())
    text = spell(whole, lang, feminine=feminine)
    major = _pick(forms[0], plural_index(lang, whole)) if forms else _babel_name(
        currency, whole, lang)
    out = f"{_MINUS[lang] if minor < 0 else ''}{text} {major}"
    if exponent:
        out += f" {cents:0{exponent}d}"
        if forms:
            out += f" {_pick(forms[1], plural_index(lang, cents))}"
    return out.replace("'", "ʼ" if lang == "uk" else "’")  # names from num2words/CLDR
