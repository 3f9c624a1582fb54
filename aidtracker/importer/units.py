"""Units of measure as lists write them, mapped to UN/ECE Recommendation 20 codes.

Synonyms in en, uk, pl, de, cs, ro, fr, es (and common ru) are folded like headers. A Rec 20
code is then mapped to one of our units (:class:`~aidtracker.domain.Unit`) when one means the
same (``BX`` box and ``CS`` case are cartons, ``H87`` piece is pcs); any other known unit (m²,
metres, rolls, bags, dozens, tonnes…) or an unknown word is kept as written, counted in pieces,
with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from aidtracker.domain import Unit
from aidtracker.importer.titles import normalise

# Rec 20 code → synonyms (folded like headers: lower case, no accents, punctuation as spaces).
REC20: dict[str, str] = {
    "H87": "pcs pc pce pces piece pieces ea each unit units u nos no nr stk stck stuck st "
    "stueck szt sztuk sztuki sztuka ks kus kusy buc bucati bucata шт штук штуки штука одиниця "
    "од piece pieza piezas pza unite unites unidad unidades und ud uds item items",
    "PR": "pair pairs pr paar par pary pary pár páry perechi pereche пара пар пари paire paires "
    "parejas",
    "PK": "pack packs pk pkg pkgs pck packet packets packung packungen pckg opak opakowanie "
    "opakowania paczka paczki bal baleni baleni balení pachet pachete уп упак упаковка пачка "
    "paquet paquets paquete paquetes",
    "CT": "carton cartons ctn ctns crt kart karton kartons kartony krabice krabic cutie cutii "
    "коробка коробки короб carton cartones caja cajas",
    "BX": "box boxes bx schachtel kiste kisten pudlo pudelko skrzynka skrzynia ящик ящики ящ "
    "boite boites",
    "CS": "case cases cs koffer etui",
    "KGM": "kg kgs kilo kilos kilogram kilograms kilogramm kilogramme kilogramo кг кілограм "
    "килограмм",
    "GRM": "g gr gram grams gramm gramme gramo грам г",
    "TNE": "t mt tonne tonnes ton tons tona tony tun тонна тонни т 吨 톤 トン",
    "LTR": "l lt ltr liter litre litres liters litr litry litru litri litro litros л літр "
    "літрів литр",
    "MLT": "ml millilitre milliliter mililitr мл",
    "SET": "set sets satz satze zestaw zestawy sada sady komplet komplety комплект комплекти "
    "компл набір набори ensemble jeu juego juegos conjunto",
    "KT": "kit kits",
    "MTR": "m mts mtrs metre metres meter meters metr metry metrov metri metro metros м метр "
    "метрів 米",
    "MTK": "m2 sqm sq m square metre square metres square meter square meters qm m² "
    "metr kwadratowy metry kwadratowe mp м2 кв м",
    "MTQ": "m3 cbm cubic metre cubic metres cubic meter kubikmeter m³ м3 куб м",
    "FTK": "sf sqft ft2 ft²",
    "YRD": "yd yds yard yards",
    "LBR": "lb lbs pound pounds",
    "RO": "roll rolls rolle rollen rolka rolki rola role rouleau rouleaux rollo rollos рулон "
    "рулони",
    "BG": "bag bags sack sacks beutel sackе sacke worek worki pytel sac sacs bolsa bolsas "
    "мішок мішки пакет пакети",
    "BO": "bottle bottles flasche flaschen butelka butelki lahev sticla bouteille botella "
    "пляшка пляшки",
    "CA": "can cans dose dosen puszka puszki plechovka cutie conserva boite de conserve lata "
    "банка банки",
    "DZN": "dozen dozens dz doz dutzend tuzin tucet дюжина",
    "PA": "pallet pallets palette paletten paleta palety палета палети",
    "TU": "tube tubes tubo",
    "AMP": "ampoule ampoules amp ampułka ампула ампули",
    "TAB": "tablet tablets tab tabs",
    "BE": "bundle bundles bund wiązka",
    "DR": "drum drums fass beczka",
    "JR": "jar jars sloik",
    "VI": "vial vials fiolka флакон",
}

_OURS: dict[str, Unit] = {"H87": Unit.PCS, "PR": Unit.PAIR, "PK": Unit.PACK, "CT": Unit.CARTON,
                          "BX": Unit.CARTON, "CS": Unit.CARTON, "KGM": Unit.KG, "LTR": Unit.L,
                          "SET": Unit.SET, "KT": Unit.SET}

_WORDS: dict[str, str] = {}
for _code, _words in REC20.items():
    for _word in _words.split():
        _WORDS.setdefault(normalise(_word), _code)
for _phrase in ("square metre", "square metres", "square meter", "square meters", "sq m",
                "cubic metre", "cubic metres", "cubic meter", "кв м", "куб м",
                "metr kwadratowy", "metry kwadratowe"):
    _WORDS[normalise(_phrase)] = "MTQ" if "cub" in _phrase or "куб" in _phrase else "MTK"
for _phrase in ("sq ft", "square foot", "square feet"):
    _WORDS[normalise(_phrase)] = "FTK"
for _phrase in ("metric ton", "metric tons", "metric tonne", "metric tonnes"):
    _WORDS[normalise(_phrase)] = "TNE"
_WORDS[normalise("m²")] = "MTK"
_WORDS[normalise("m³")] = "MTQ"

_QTY_UNIT = re.compile(r"^\s*([+-]?\d[\d\s.,'\u00a0\u202f]*)\s*([^\d\s].{0,30}?)\s*$")


@dataclass(frozen=True, slots=True)
class UnitFound:
    """A unit as written: its Rec 20 code ('' unknown) and our unit (``None`` when none of ours
    means the same: the line is then counted in pieces and the written unit kept)."""

    written: str
    rec20: str
    unit: Unit | None


@lru_cache(maxsize=1024)
def read_unit(text: str) -> UnitFound:
    """'szt.' → H87/pcs, 'Sets' → SET/set, 'm2' → MTK/None, 'bales' → ''/None."""
    folded = normalise(text.strip().strip("()[]"))
    code = _WORDS.get(folded) or _WORDS.get(folded.rstrip("s")) or ""
    return UnitFound(text.strip(), code, _OURS.get(code))


def split_quantity(text: str) -> tuple[str, str] | None:
    """A quantity with its unit in one cell: '2 sets' → ('2', 'sets'), '1 box' → ('1', 'box');
    None when the cell is not a number followed by a known unit word."""
    match = _QTY_UNIT.match(text)
    if not match:
        return None
    number, word = match.group(1).strip(), match.group(2).strip().rstrip(".")
    if not read_unit(word).rec20:
        return None
    return number, word


def is_unit_word(text: object) -> bool:
    """A cell of a units row under the header: '(PCS)', 'kg', '[CBM]', 'EUR' is not."""
    return isinstance(text, str) and bool(read_unit(text).rec20) and len(text) <= 12
