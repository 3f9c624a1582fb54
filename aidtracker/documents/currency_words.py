"""Names of currency units by language and plural form, where num2words has none.

num2words knows the Ukrainian forms of every currency the app accepts and some English, Polish and
German ones; this table fills the rest (DOMAIN.md §9.4), and corrects the few num2words gets wrong.
Each entry is ``(major forms, minor forms)``; forms follow the language's plural categories as
Babel names them: uk and pl ``(one, few, many)``, en and de ``(one, other)``.
"""

from __future__ import annotations

Forms = tuple[tuple[str, ...], tuple[str, ...]]

#: Currencies whose major unit is feminine in Ukrainian (одна гривня, дві крони).
UK_FEMININE = frozenset({"UAH", "CZK", "SEK", "DKK", "NOK"})
#: … and in Polish (jedna korona, dwie hrywny).
PL_FEMININE = frozenset({"UAH", "CZK", "SEK", "DKK", "NOK"})
#: … and in German (eine Krone, eine Hrywnja).
DE_FEMININE = frozenset({"UAH", "CZK", "SEK", "DKK", "NOK"})

_KRONA_EN = {"SEK": ("krona", "kronor"), "DKK": ("krone", "kroner"), "NOK": ("krone", "kroner")}

FORMS: dict[str, dict[str, Forms]] = {
    "uk": {
        "RON": (("лей", "леї", "леїв"), ("бан", "бані", "банів")),
        "MDL": (("лей", "леї", "леїв"), ("бан", "бані", "банів")),
    },
    "en": {
        "UAH": (("hryvnia", "hryvnias"), ("kopiyka", "kopiykas")),
        "CZK": (("koruna", "korunas"), ("haléř", "haléřů")),
        "CHF": (("Swiss franc", "Swiss francs"), ("centime", "centimes")),
        "DKK": (("krone", "kroner"), ("øre", "øre")),
        "MDL": (("leu", "lei"), ("ban", "bani")),
        "BGN": (("lev", "leva"), ("stotinka", "stotinki")),
        "PLN": (("zloty", "zlotys"), ("grosz", "groszy")),
        "RON": (("leu", "lei"), ("ban", "bani")),
        "HUF": (("forint", "forints"), ("fillér", "fillérs")),
    },
    "pl": {
        "UAH": (("hrywna", "hrywny", "hrywien"), ("kopiejka", "kopiejki", "kopiejek")),
        "RON": (("lej", "leje", "lejów"), ("ban", "bany", "banów")),
        "MDL": (("lej", "leje", "lejów"), ("ban", "bany", "banów")),
        "CZK": (("korona", "korony", "koron"), ("halerz", "halerze", "halerzy")),
        "SEK": (("korona", "korony", "koron"), ("öre", "öre", "öre")),
        "DKK": (("korona", "korony", "koron"), ("øre", "øre", "øre")),
        "NOK": (("korona", "korony", "koron"), ("øre", "øre", "øre")),
        "GBP": (("funt", "funty", "funtów"), ("pens", "pensy", "pensów")),
        "CHF": (("frank", "franki", "franków"), ("centym", "centymy", "centymów")),
        "HUF": (("forint", "forinty", "forintów"), ("filler", "fillery", "fillerów")),
        "BGN": (("lew", "lewy", "lewów"), ("stotinka", "stotinki", "stotinek")),
        "USD": (("dolar", "dolary", "dolarów"), ("cent", "centy", "centów")),
    },
    "de": {
        "UAH": (("Hrywnja", "Hrywnja"), ("Kopeke", "Kopeken")),
        "PLN": (("Złoty", "Złoty"), ("Grosz", "Groszy")),
        "RON": (("Leu", "Lei"), ("Ban", "Bani")),
        "MDL": (("Leu", "Lei"), ("Ban", "Bani")),
        "CZK": (("Krone", "Kronen"), ("Heller", "Heller")),
        "SEK": (("Krone", "Kronen"), ("Öre", "Öre")),
        "DKK": (("Krone", "Kronen"), ("Øre", "Øre")),
        "NOK": (("Krone", "Kronen"), ("Øre", "Øre")),
        "CHF": (("Franken", "Franken"), ("Rappen", "Rappen")),
        "HUF": (("Forint", "Forint"), ("Fillér", "Fillér")),
        "BGN": (("Lew", "Lewa"), ("Stotinka", "Stotinki")),
    },
}
FORMS["en"].update({code: (names, ("øre", "øre") if code != "SEK" else ("öre", "öre"))
                    for code, names in _KRONA_EN.items()})
