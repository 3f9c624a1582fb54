"""Amounts in words, Ukrainian and English (DOMAIN.md §7.1: totals in words on D1, D6, D7, D9).

``amount_in_words(14150000, "EUR", "uk")`` →
"сто сорок одна тисяча пʼятсот євро 00 центів". The whole part is spelled out, the minor part
stays in figures as on Ukrainian payment documents. Ukrainian words use the apostrophe U+02BC.
EUR and UAH have their own words; any other currency falls back to its ISO code.
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class CurrencyWords:
    """Names of a currency's major and minor unit: (one, few, many) forms and the gender."""

    major: tuple[str, str, str]
    minor: tuple[str, str, str]
    feminine: bool = False


_UK_CURRENCIES = {
    "EUR": CurrencyWords(("євро", "євро", "євро"), ("цент", "центи", "центів")),
    "UAH": CurrencyWords(("гривня", "гривні", "гривень"), ("копійка", "копійки", "копійок"), True),
}
_EN_CURRENCIES = {
    "EUR": CurrencyWords(("euro", "euro", "euro"), ("cent", "cents", "cents")),
    "UAH": CurrencyWords(("hryvnia", "hryvnias", "hryvnias"), ("kopiyka", "kopiykas", "kopiykas")),
}


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


def amount_in_words(minor: int, currency: str, lang: str) -> str:
    """An amount in words: whole part spelled, minor units in figures with their unit name.

    ``lang`` is ``uk`` or ``en``; other languages raise ValueError (print the English words).
    """
    whole, cents, exponent = _split(minor, currency)
    sign = minor < 0
    if lang == "uk":
        known = _UK_CURRENCIES.get(currency)
        text = number_uk(whole, feminine=bool(known and known.feminine))
        major = known.major[uk_plural(whole)] if known else currency
        minor_name = known.minor[uk_plural(cents)] if known else ""
        prefix = "мінус " if sign else ""
    elif lang == "en":
        known = _EN_CURRENCIES.get(currency)
        text = number_en(whole)
        major = (known.major[0] if whole == 1 else known.major[2]) if known else currency
        minor_name = (known.minor[0] if cents == 1 else known.minor[2]) if known else ""
        prefix = "minus " if sign else ""
    else:
        raise ValueError(f"no number words for language {lang!r}")
    out = f"{prefix}{text} {major}"
    if exponent:
        out += f" {cents:0{exponent}d}" + (f" {minor_name}" if minor_name else "")
    return out
