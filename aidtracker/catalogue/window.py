"""Texts of the window's checks as typed: the formats the core states in words (``expected``)."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

VALUES: dict[str, Text] = {  # parameter values the format checks state in words
    "18 characters: 2-digit year, country, 13 characters, check character": Text(
        "18 characters: 2-digit year, country, 13 characters, check character",
        "18 символів: рік двома цифрами, код країни, 13 символів, контрольний символ"),
    "6 or more letters, digits, '-' or '/', with a digit": Text(
        "6 or more letters, digits, '-' or '/', with a digit",
        "6 або більше літер, цифр, '-' чи '/', серед них хоча б одна цифра"),
    "3 to 10 letters or digits": Text("3 to 10 letters or digits", "від 3 до 10 літер або цифр"),
}

CITIES: dict[str, Text] = {  # Ukrainian cities as the records spell them, named in each language
    name: Text(name, uk) for name, uk in (
        ("Kyiv", "Київ"), ("Kharkiv", "Харків"), ("Odesa", "Одеса"), ("Dnipro", "Дніпро"),
        ("Donetsk", "Донецьк"), ("Zaporizhzhia", "Запоріжжя"), ("Lviv", "Львів"),
        ("Kryvyi Rih", "Кривий Ріг"), ("Mykolaiv", "Миколаїв"), ("Mariupol", "Маріуполь"),
        ("Luhansk", "Луганськ"), ("Vinnytsia", "Вінниця"), ("Chernihiv", "Чернігів"),
        ("Poltava", "Полтава"), ("Kherson", "Херсон"), ("Khmelnytskyi", "Хмельницький"),
        ("Cherkasy", "Черкаси"), ("Chernivtsi", "Чернівці"), ("Zhytomyr", "Житомир"),
        ("Sumy", "Суми"), ("Rivne", "Рівне"), ("Ivano-Frankivsk", "Івано-Франківськ"),
        ("Ternopil", "Тернопіль"), ("Lutsk", "Луцьк"), ("Uzhhorod", "Ужгород"),
        ("Kropyvnytskyi", "Кропивницький"), ("Irpin", "Ірпінь"), ("Izium", "Ізюм"),
        ("Bucha", "Буча"), ("Kremenchuk", "Кременчук"), ("Bila Tserkva", "Біла Церква"),
    )
}


def city_name(name: str, lang: str) -> str:
    """A Ukrainian city's name in ``lang`` (as recorded when the table does not know it)."""
    text = CITIES.get(name.strip())
    return name if text is None else (text.uk if lang == "uk" else text.en)
