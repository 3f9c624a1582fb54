"""The demo's facts (DOMAIN.md §11): partner pairs, organisations and what each shipment carries.

Identifiers are fictitious: EDRPOU codes in the 990000xx range with valid check digits, VINs with
the ``ZZD`` prefix, AHARS codes and MRNs marked ``DEMO``. Quantities marked (i) in DOMAIN.md are
illustrative.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aidtracker.domain import OrgKind, ShipmentKind, TransportMode

# (partner city, country, own city, relation, partner city in Ukrainian, doc language)
PARTNERSHIPS = [
    ("München", "DE", "Kyiv", "partner", "Мюнхен", "de"),
    ("Leipzig", "DE", "Kyiv", "sister", "Лейпциг", "de"),
    ("Warszawa", "PL", "Kyiv", "partner", "Варшава", "pl"),
    ("Marseille", "FR", "Odesa", "sister", "Марсель", "fr"),
    ("Tallinn", "EE", "Zhytomyr", "partner", "Таллінн", "et"),
    ("Tallinn", "EE", "Kyiv", "partner", "Таллінн", "et"),
    ("Pleven", "BG", "Mykolaiv", "sister", "Плевен", "bg"),
    ("Suceava", "RO", "Chernivtsi", "sister", "Сучава", "ro"),
    ("Konin", "PL", "Chernivtsi", "partner", "Конін", "pl"),
    ("Andrychów", "PL", "Izium", "partner", "Андрихув", "pl"),
    ("Magdeburg", "DE", "Zaporizhzhia", "sister", "Магдебург", "de"),
    ("Płock", "PL", "Zhytomyr", "partner", "Плоцьк", "pl"),
    ("Lublin", "PL", "Khmelnytskyi", "sister", "Люблін", "pl"),
    ("Praha", "CZ", "Khmelnytskyi", "partner", "Прага", "cs"),
    ("Šiauliai", "LT", "Khmelnytskyi", "partner", "Шяуляй", "lt"),
    ("Borna", "DE", "Irpin", "partner", "Борна", "de"),
    ("Gdańsk", "PL", "Mariupol", "partner", "Гданськ", "pl"),
    ("Hamburg", "DE", "Kyiv", "strategic_partner", "Гамбург", "de"),
]

# Other names of the partner cities (services/names.py): English name, then exonyms.
EXONYMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "München": ("Munich", ("Muenchen", "Monachium", "Mnichov", "Munique", "Múnich")),
    "Leipzig": ("Leipzig", ("Lipsk", "Lipsko")),
    "Warszawa": ("Warsaw", ("Warschau", "Varšava", "Varsovie", "Varsovia")),
    "Marseille": ("Marseilles", ("Marsylia", "Marsella", "Marsiglia")),
    "Tallinn": ("Tallinn", ("Reval", "Tallin")),
    "Pleven": ("Pleven", ("Плевен",)),
    "Suceava": ("Suceava", ("Suczawa", "Sutschawa")),
    "Konin": ("Konin", ()),
    "Andrychów": ("Andrychow", ()),
    "Magdeburg": ("Magdeburg", ("Magdeburgo",)),
    "Płock": ("Plock", ("Plozk",)),
    "Lublin": ("Lublin", ()),
    "Praha": ("Prague", ("Prag", "Praga")),
    "Šiauliai": ("Siauliai", ("Schaulen", "Szawle")),
    "Borna": ("Borna", ()),
    "Gdańsk": ("Gdansk", ("Danzig", "Gdańsk")),
    "Hamburg": ("Hamburg", ("Hambourg", "Amburgo")),
}

# Donors: (key, English name, native name, country, kind, EORI)
DONORS = [
    ("muc", "City of Munich", "Landeshauptstadt München", "DE", OrgKind.CITY_AUTHORITY,
     "DE1234567"),
    ("lej", "City of Leipzig", "Stadt Leipzig", "DE", OrgKind.CITY_AUTHORITY, "DE7654321"),
    ("waw", "City of Warsaw", "Miasto Stołeczne Warszawa", "PL", OrgKind.CITY_AUTHORITY,
     "PL5250001009"),
    ("mrs", "City of Marseille", "Ville de Marseille", "FR", OrgKind.CITY_AUTHORITY, "FR2113"),
    ("tll", "Tallinn City Government", "Tallinna Linnavalitsus", "EE", OrgKind.CITY_AUTHORITY,
     "EE75014913"),
    ("plv", "Pleven Municipality", "Община Плевен", "BG", OrgKind.CITY_AUTHORITY, "BG000413"),
    ("scv", "Suceava City Hall", "Primăria Municipiului Suceava", "RO", OrgKind.CITY_AUTHORITY,
     "RO4244"),
    ("kon", "Konin City Office", "Urząd Miejski w Koninie", "PL", OrgKind.CITY_AUTHORITY,
     "PL6651000001"),
    ("and", "Andrychów Municipality", "Gmina Andrychów", "PL", OrgKind.CITY_AUTHORITY, ""),
    ("mag", "Magdeburg Fire Brigade", "Feuerwehr Magdeburg", "DE", OrgKind.CITY_AUTHORITY,
     "DE8811223"),
    ("plo", "Płock City Office", "Urząd Miasta Płocka", "PL", OrgKind.CITY_AUTHORITY, ""),
    ("lub", "Lublin City Office", "Urząd Miasta Lublin", "PL", OrgKind.CITY_AUTHORITY,
     "PL9462575811"),
    ("prg", "City of Prague", "Hlavní město Praha", "CZ", OrgKind.CITY_AUTHORITY, "CZ00064581"),
    ("siu", "Šiauliai City Municipality", "Šiaulių miesto savivaldybė", "LT",
     OrgKind.CITY_AUTHORITY, ""),
    ("bor", "Town of Borna", "Stadt Borna", "DE", OrgKind.CITY_AUTHORITY, ""),
    ("gda", "City of Gdańsk", "Gmina Miasta Gdańsk", "PL", OrgKind.CITY_AUTHORITY, ""),
]

# Donors' own letterheads and signatories: key -> (street address, settlement, signatory
# 'Initials SURNAME (demo)', position in the partner's language / English). Fictitious people.
DONOR_PROFILES: dict[str, tuple[str, str, str, str]] = {
    "muc": ("Marienplatz 8, 80331", "München", "A. WEBER (demo)",
            "Bürgermeisterin / Mayor"),
    "lej": ("Martin-Luther-Ring 4–6, 04109", "Leipzig", "T. KRAUSE (demo)",
            "Bürgermeister für Allgemeine Verwaltung / Deputy Mayor"),
    "waw": ("pl. Bankowy 3/5, 00-950", "Warszawa", "K. NOWAK (demo)",
            "Zastępca Prezydenta m.st. Warszawy / Deputy Mayor"),
    "mrs": ("Quai du Port, 13002", "Marseille", "C. MARTIN (demo)",
            "Adjointe au Maire / Deputy Mayor"),
    "tll": ("Vabaduse väljak 7, 15199", "Tallinn", "M. TAMM (demo)",
            "Abilinnapea / Deputy Mayor"),
    "plv": ("pl. Vazrazhdane 2, 5800", "Pleven", "I. PETROV (demo)", "Кмет / Mayor"),
    "scv": ("Bd. 1 Mai 5A, 720224", "Suceava", "A. POPESCU (demo)", "Primar / Mayor"),
    "kon": ("pl. Wolności 1, 62-500", "Konin", "P. WIŚNIEWSKI (demo)",
            "Prezydent Miasta / Mayor"),
    "and": ("Rynek 15, 34-120", "Andrychów", "M. ZAJĄC (demo)", "Burmistrz / Mayor"),
    "mag": ("Peter-Paul-Straße 4, 39106", "Magdeburg", "J. SCHULZ (demo)",
            "Leiter der Feuerwehr / Fire Chief"),
    "plo": ("Stary Rynek 1, 09-400", "Płock", "A. LEWANDOWSKA (demo)",
            "Zastępca Prezydenta / Deputy Mayor"),
    "lub": ("Plac Króla Władysława Łokietka 1, 20-109", "Lublin", "T. KAMIŃSKI (demo)",
            "Zastępca Prezydenta / Deputy Mayor"),
    "prg": ("Mariánské náměstí 2, 110 00", "Praha", "J. DVOŘÁKOVÁ (demo)",
            "Radní hl. m. Prahy / City Councillor"),
    "siu": ("Vasario 16-osios g. 62, 76295", "Šiauliai", "R. KAZLAUSKIENĖ (demo)",
            "Mero pavaduotoja / Deputy Mayor"),
    "bor": ("Markt 1, 04552", "Borna", "S. RICHTER (demo)", "Bürgermeister / Mayor"),
    "gda": ("Nowe Ogrody 8/12, 80-803", "Gdańsk", "M. WÓJCIK (demo)",
            "Zastępca Prezydenta / Deputy Mayor"),
}

# Recipients: (key, English, Ukrainian, EDRPOU, AHARS recipient No., kind, settlement)
RECIPIENTS = [
    ("kyiv", "Kyiv City State Administration (demo)",
     "Київська міська державна адміністрація (демо)",
     "99000011", "DEMO-R-0001", OrgKind.CITY_AUTHORITY, "Kyiv"),
    ("odesa", "Odesa City Council (demo)", "Одеська міська рада (демо)", "99000028",
     "DEMO-R-0002", OrgKind.CITY_AUTHORITY, "Odesa"),
    ("zhyt_obl", "Zhytomyr Oblast Military Administration (demo)",
     "Житомирська обласна військова адміністрація (демо)", "99000034", "DEMO-R-0003",
     OrgKind.OBLAST_ADMIN, "Zhytomyr"),
    ("mykolaiv", "Mykolaiv City Council (demo)", "Миколаївська міська рада (демо)", "99000040",
     "DEMO-R-0004", OrgKind.CITY_AUTHORITY, "Mykolaiv"),
    ("chernivtsi", "Chernivtsi City Council (demo)", "Чернівецька міська рада (демо)", "99000057",
     "DEMO-R-0005", OrgKind.CITY_AUTHORITY, "Chernivtsi"),
    ("izium", "Izium City Council (demo)", "Ізюмська міська рада (демо)", "99000063",
     "DEMO-R-0006", OrgKind.CITY_AUTHORITY, "Izium"),
    ("zaporizhzhia", "Zaporizhzhia City Council (demo)", "Запорізька міська рада (демо)",
     "99000075", "DEMO-R-0007", OrgKind.CITY_AUTHORITY, "Zaporizhzhia"),
    ("khmelnytskyi", "Khmelnytskyi City Council (demo)", "Хмельницька міська рада (демо)",
     "99000086", "DEMO-R-0008", OrgKind.CITY_AUTHORITY, "Khmelnytskyi"),
    ("irpin", "Irpin City Council (demo)", "Ірпінська міська рада (демо)", "99000092",
     "DEMO-R-0009", OrgKind.CITY_AUTHORITY, "Irpin"),
    ("mariupol", "Mariupol City Council (demo)", "Маріупольська міська рада (демо)", "99000100",
     "DEMO-R-0010", OrgKind.CITY_AUTHORITY, "Dnipro"),
    ("zhytomyr", "Zhytomyr City Council (demo)", "Житомирська міська рада (демо)", "",
     "DEMO-R-0011", OrgKind.CITY_AUTHORITY, "Zhytomyr"),
]

# Recipients' street addresses and signatories (Initials SURNAME, position uk / en).
RECIPIENT_PROFILES: dict[str, tuple[str, str, str]] = {
    "kyiv": ("вул. Хрещатик, 36", "О. КОВАЛЕНКО (демо)", "Заступник голови / Deputy Head"),
    "odesa": ("пл. Думська, 1", "Н. БОНДАРЕНКО (демо)",
              "Заступниця міського голови / Deputy Mayor"),
    "zhyt_obl": ("майдан С. П. Корольова, 1", "В. МЕЛЬНИК (демо)",
                 "Заступник начальника / Deputy Head"),
    "mykolaiv": ("вул. Адміральська, 20", "С. ШЕВЧЕНКО (демо)",
                 "Заступник міського голови / Deputy Mayor"),
    "chernivtsi": ("Центральна площа, 1", "І. ГРИЦЮК (демо)",
                   "Секретар міської ради / Council Secretary"),
    "izium": ("вул. Свято-Преображенська, 3", "Л. ТКАЧЕНКО (демо)",
              "Заступниця міського голови / Deputy Mayor"),
    "zaporizhzhia": ("пр. Соборний, 206", "А. КРАВЧЕНКО (демо)",
                     "Заступник міського голови / Deputy Mayor"),
    "khmelnytskyi": ("вул. Героїв Маріуполя, 3", "М. ОЛІЙНИК (демо)",
                     "Заступник міського голови / Deputy Mayor"),
    "irpin": ("вул. Шевченка, 2а", "Т. ЛИСЕНКО (демо)",
              "Заступниця міського голови / Deputy Mayor"),
    "mariupol": ("пр. Дмитра Яворницького, 1 (тимчасово)", "Д. МОРОЗ (демо)",
                 "Заступник міського голови / Deputy Mayor"),
    "zhytomyr": ("майдан Корольова, 4/2", "Ю. САВЧУК (демо)",
                 "Заступниця міського голови / Deputy Mayor"),
}

# Acquirers: (key, English, Ukrainian, kind, settlement). Each gets a demo EDRPOU (99010nn + its
# check digit) and the role "acquirer"; every recipient city but occupied Mariupol has one.
ACQUIRERS = [
    ("hosp_kyiv", "Kyiv City Emergency Hospital (demo)",
     "Київська міська лікарня швидкої допомоги (демо)",
     OrgKind.BUDGET_INSTITUTION, "Kyiv"),
    ("darnytsia", "Darnytskyi District Administration (demo)",
     "Дарницька районна адміністрація (демо)", OrgKind.CITY_AUTHORITY, "Kyiv"),
    ("lyceum3", "Irpin Lyceum No. 3 (demo)", "Ірпінський ліцей № 3 (демо)",
     OrgKind.BUDGET_INSTITUTION, "Irpin"),
    ("hosp_mk", "Mykolaiv City Hospital No. 1 (demo)", "Миколаївська міська лікарня № 1 (демо)",
     OrgKind.BUDGET_INSTITUTION, "Mykolaiv"),
    ("tro_unit", "Territorial Defence Unit A0000 (demo)", "Військова частина А0000 (демо)",
     OrgKind.MILITARY_UNIT, "Mykolaiv"),
    ("hosp_cv", "Chernivtsi Regional Clinical Hospital (demo)",
     "Чернівецька обласна клінічна лікарня (демо)", OrgKind.BUDGET_INSTITUTION, "Chernivtsi"),
    ("hosp_od", "Odesa City Clinical Hospital No. 10 (demo)",
     "Одеська міська клінічна лікарня № 10 (демо)", OrgKind.BUDGET_INSTITUTION, "Odesa"),
    ("hosp_zt", "Zhytomyr City Hospital No. 1 (demo)", "Житомирська міська лікарня № 1 (демо)",
     OrgKind.BUDGET_INSTITUTION, "Zhytomyr"),
    ("hosp_km", "Khmelnytskyi City Emergency Hospital (demo)",
     "Хмельницька міська лікарня швидкої допомоги (демо)", OrgKind.BUDGET_INSTITUTION,
     "Khmelnytskyi"),
    ("emc_zp", "Zaporizhzhia Regional Emergency Medical Centre (demo)",
     "Запорізький обласний центр екстреної медичної допомоги (демо)",
     OrgKind.BUDGET_INSTITUTION, "Zaporizhzhia"),
    ("hosp_iz", "Izium Central City Hospital (demo)", "Ізюмська центральна міська лікарня (демо)",
     OrgKind.BUDGET_INSTITUTION, "Izium"),
    ("hosp_dp", "Dnipro Regional Clinical Hospital (demo)",
     "Дніпровська обласна клінічна лікарня (демо)", OrgKind.BUDGET_INSTITUTION, "Dnipro"),
]


@dataclass(frozen=True)
class LineSpec:
    """A demo goods line: quantities and values as exact decimal text."""

    category: str
    description: str
    description_en: str
    qty: str
    unit: str
    gross_kg: str
    value: str
    currency: str = "EUR"
    hs: str = ""
    packages: int = 0
    condition: str = "new"
    wear: int | None = None
    expiry: str | None = None
    shelf_life_months: int | None = None
    vins: tuple[str, ...] = ()
    serials: tuple[str, ...] = ()
    make: str = ""
    model: str = ""
    body_type: str = ""
    rating_kva: str | None = None


@dataclass(frozen=True)
class ShipmentSpec:
    """A demo shipment: parties, route, goods and the state it should reach."""

    key: str
    partner: str
    own_city: str
    donor: str
    recipient: str
    target: str
    start: int  # days before 'today' when the pledge was made (or a fixed ISO date)
    lines: tuple[LineSpec, ...]
    crossing: str = "Korczowa-Krakovets"
    mode: TransportMode = TransportMode.ROAD_TRUCK
    currency: str = "EUR"
    kind: ShipmentKind = ShipmentKind.DONATION
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    fixed_start: str | None = None
