"""Find the header row of a packing list and recognise its columns in eight languages.

Names in English, Ukrainian, Polish, German, Czech, Romanian, French (and common Russian) are
folded (case, accents, punctuation) and matched as whole words; ``word*`` also matches longer
words and ``*word`` the end of German compounds (``Warenbezeichnung``). The first rule that
matches a header wins, so specific names come before generic ones. The header may sit below
title rows, on any sheet, and may span two rows (a merged "Weight" over "net" and "gross").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from aidtracker.importer.readers import Row
from aidtracker.reference import currencies

_FOLD = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ё": "е"})
_NON_WORD = re.compile(r"[\W_]+")

_LINE_NO = {"no", "nr", "lp", "l p", "pos", "poz", "position", "lfd nr", "lfd", "nr crt", "c",
            "cislo", "n", "num", "line", "line no", "item no", "item nr", "item number",
            "no п п", "п п", "з п", "no з п", "nr poz", "pozycja", "položka c", "nr crt."}

RULES: tuple[tuple[str, str], ...] = (
    ("serials", "serial* | s n | sn | vin* | *seriennummer | seriennummer* | fahrgestell* | "
     "seryjn* | numer seryjny | nr seryjny | vyrobni cislo | seriove cislo | serie | "
     "numar de serie | серійн* | серийн* | заводськ* | заводск* | номер шасі | "
     "numero de serie | n de serie | no de serie | chassis*"),
    ("expiry", "expiry* | expiration* | exp date | exp | best before | use by | bbd | mhd | "
     "mindesthaltbar* | haltbar* | verfall* | ablaufdatum | *waznosci | waznosc* | "
     "datum spotreby | spotreb* | *trvanlivost* | expirace | expir* | valabil* | "
     "термін придатності | придатн* | строк придатності | годен* | peremption | "
     "date de peremption | dlc | dluo | date limite* | ddm"),
    ("lot", "lot | lot no | lot nr | batch* | charge | chargen* | partia | nr partii | sarze | "
     "cislo sarze | numar lot | серія | партія | номер партії | numero de lot"),
    ("packages", "packages | package count | pkgs | pkg | colli | kolli | *kolli | packst* | "
     "pallets | paletten | palety | palet* | *opakowan | opakowan* | liczba miejsc | "
     "miejsca | ilosc miejsc | pocet baleni | pocet kusu baleni | koli | colete | "
     "nr colete | colis | nombre de colis | nb colis | місця | місць | кількість місць | "
     "к сть місць | мест | places | cartons | boxes | kartons | ctns"),
    ("hs_code", "hs | hs code | hs6 | hs kod | kod hs | cn | cn8 | cn code | kod cn | kod nc | "
     "kn | kn code | kn nr | kn nummer | zolltarif* | warennummer | warentarif* | taric | "
     "tariff* | customs code | commodity code | uktzed | уктзед | код уктзед | kod celny | "
     "celni kod | celni sazebnik | cod nc | cod vamal | nc | nomenclatura* | code sh | sh | "
     "code douanier | nomenclature* | code nc | тн вэд | тн зед"),
    ("category", "category | categor* | kategori* | категор* | warengruppe | "
     "grupa towarowa | skupina"),
    ("currency", "currency | curr | ccy | waluta | wahrung | mena | moneda | валюта | "
     "devise | monnaie"),
    ("net_kg", "net | netto* | net weight | net wt | cista* | neta | net kg | нетто* | "
     "poids net | masa netto | waga netto | hmotnost netto"),
    ("gross_kg", "gross* | brutto* | hruba* | bruta | брутто* | poids brut | brut | weight | "
     "*gewicht | gewicht | waga | masa | hmotnost | greutate | вага | маса | вес | poids | "
     "kg | кг"),
    ("unit_value", "unit price | unit value | price per unit | price unit | price each | "
     "unit cost | einzelpreis | einzelwert | stuckpreis | preis pro | preis je | preis stk | "
     "cena jednostkowa | cena jedn* | cena za | cena jednotkova | jednotkova cena | "
     "pret unitar | valoare unitara | ціна за одиницю | ціна од* | ціна за од* | "
     "цена за единицу | prix unitaire | valeur unitaire | pu | p u"),
    ("value", "total value | value total | total | amount | sum | gesamtwert | gesamtpreis | "
     "gesamtbetrag | *wert | wert | betrag | summe | wartosc* | kwota | razem | hodnota* | "
     "celkova cena | cena celkem | celkem | valoare* | suma | вартість* | сума | "
     "загальна вартість | стоимость | valeur* | montant | prix total | value | worth"),
    ("unit_value", "price | preis | *preis | cena | ціна | цена | prix | pret"),
    ("unit", "unit | units | uom | unit of measure | measure | einheit | *einheit | me | jm | "
     "j m | jednostka* | jedn | jednotka | mj | m j | um | u m | unitate* | unitati | од | "
     "од вим* | одиниц* | ед изм | unite | unites"),
    ("quantity", "quantity | qty | qnty | quant* | count | number | anzahl | menge | "
     "stuckzahl | stuck | ilosc | liczba | mnozstvi | pocet | cantitate | cant | buc | "
     "nr buc | кількість | к сть | кіл сть | кол во | количество | quantite | qte | nombre | "
     "pcs | pieces | szt | stk"),
    ("description", "description | descr* | item | items | goods | name | article* | "
     "product* | designation | bezeichnung | *bezeichnung | artikel* | beschreibung | ware | "
     "waren | warenart | nazwa* | opis* | towar* | artykul* | asortyment | nazev | popis | "
     "zbozi | polozka | denumire* | descriere | produs* | articol* | найменування* | "
     "назва* | опис* | товар* | наименование | libelle | marchandise* | contenu | contents"),
)

_SYMBOLS = {"€": "EUR", "zł": "PLN", "kč": "CZK", "₴": "UAH", "грн": "UAH", "$": "USD",
            "£": "GBP", "лв": "BGN"}
# Codes also recognised in lower case ('wert eur'); any other ISO code only in capitals, so that
# words such as 'all', 'top' or 'try' are not read as currencies.
_COMMON_CODES = frozenset({"EUR", "UAH", "PLN", "RON", "CZK", "USD", "GBP", "CHF", "SEK", "DKK",
                           "NOK", "MDL", "HUF", "BGN"})
_WORD_CODES = {"zl": "PLN", "lei": "RON", "ft": "HUF", "uah": "UAH"}
_TONNES = re.compile(r"(?:^| )(t|tonnes?|tons?|tony|tun|т|тонн?а?|тн)(?:$| )")
_MONEY_FIELDS = frozenset({"value", "unit_value"})
_WEIGHT_FIELDS = frozenset({"net_kg", "gross_kg"})


def normalise(text: object) -> str:
    """Fold a header for matching: 'Wartość  PLN' → 'wartosc pln', '№' → 'no'."""
    folded = unicodedata.normalize("NFKD", str(text)).casefold().translate(_FOLD)
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", plain).split())


def _word_pattern(word: str) -> str:
    core = normalise(word.strip("*")).replace(" ", "")
    if not core:
        return ""
    head = r"\w*" if word.startswith("*") else ""
    tail = r"\w*" if word.endswith("*") else ""
    return head + re.escape(core) + tail


def _compile(spec: str) -> re.Pattern[str]:
    phrases = []
    for phrase in spec.split("|"):
        words = [_word_pattern(w) for w in phrase.split()]
        if all(words) and words:
            phrases.append(" ".join(words))
    return re.compile(r"(?:^| )(?:" + "|".join(phrases) + r")(?:$| )")


_COMPILED = tuple((name, _compile(spec)) for name, spec in RULES)
_LINE_NO_FOLDED = frozenset(normalise(x) for x in _LINE_NO)


def classify(label: object, aliases: Mapping[str, str] | None = None) -> str | None:
    """The field a header names, or None: 'Waga brutto kg' → 'gross_kg'."""
    if not isinstance(label, str):
        return None
    raw = label.strip()
    folded = normalise(raw)
    if aliases:
        for text, name in aliases.items():
            if normalise(text) == folded:
                return name
    if raw in {"#", "№"} or folded in _LINE_NO_FOLDED:
        return "line_no"
    if not folded:
        return None
    return next((name for name, pattern in _COMPILED if pattern.search(folded)), None)


def header_currency(label: object) -> str | None:
    """A currency named in a header: 'Wert EUR' → 'EUR', 'Вартість, грн' → 'UAH'."""
    if not isinstance(label, str):
        return None
    text = label.casefold()
    words = set(normalise(label).split())
    upper = set(re.findall(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])", label))
    found = {code for code in currencies()
             if code in upper or (code in _COMMON_CODES and code.casefold() in words)}
    found |= {code for word, code in _WORD_CODES.items() if word in words}
    found |= {code for sym, code in _SYMBOLS.items() if sym in text}
    return found.pop() if len(found) == 1 else None


def in_tonnes(label: object) -> bool:
    """A weight header given in tonnes: 'Gewicht (t)', 'Вага, т'."""
    return isinstance(label, str) and bool(_TONNES.search(normalise(label)))


@dataclass(frozen=True)
class HeaderMatch:
    """Where the list's header is and what each column holds.

    ``first_row``..``header_row`` are the 1-based header rows (two when the header spans two
    rows); data starts below ``header_row``. ``columns`` maps 0-based column → field.
    """

    sheet: str
    first_row: int
    header_row: int
    columns: dict[int, str]
    labels: dict[int, str]
    currencies: frozenset[str]
    tonnes: frozenset[int]

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(self.columns.values()) - {"line_no", "ignore"}

    @property
    def currency(self) -> str | None:
        return next(iter(self.currencies)) if len(self.currencies) == 1 else None


def read_labels(
    sheet: str, rows: tuple[int, int], labels: Sequence[object],
    aliases: Mapping[str, str] | None = None,
) -> HeaderMatch:
    """Classify one header row (or two combined); the first column of a field wins."""
    columns: dict[int, str] = {}
    texts: dict[int, str] = {}
    money: set[str] = set()
    tonnes: set[int] = set()
    for index, label in enumerate(labels):
        name = classify(label, aliases)
        if not isinstance(label, str):
            continue
        texts[index] = label
        if name is None or (name in columns.values() and name != "ignore"):
            continue
        columns[index] = name
        if name in _MONEY_FIELDS and (code := header_currency(label)):
            money.add(code)
        if name in _WEIGHT_FIELDS and in_tonnes(label):
            tonnes.add(index)
    return HeaderMatch(sheet, rows[0], rows[1], columns, texts, frozenset(money),
                       frozenset(tonnes))


def _combined(upper: tuple[object, ...], lower: tuple[object, ...]) -> list[object]:
    width = max(len(upper), len(lower))
    out: list[object] = []
    carry: object = None
    for i in range(width):
        top = upper[i] if i < len(upper) else None
        bottom = lower[i] if i < len(lower) else None
        carry = top if isinstance(top, str) else (carry if top is None else None)
        parts = [p for p in (carry, bottom) if isinstance(p, str)]
        out.append(" ".join(parts) if parts else None)
    return out


def _score(match: HeaderMatch) -> int:
    fields = match.fields
    return len(fields) if {"description", "quantity"} <= fields else 0


def candidates(sheet: str, rows: Sequence[Row],
               aliases: Mapping[str, str] | None = None) -> Iterable[HeaderMatch]:
    """Every possible header among ``rows``: each row, and each pair of adjacent rows."""
    for i, (number, cells) in enumerate(rows):
        single = read_labels(sheet, (number, number), cells, aliases)
        yield single
        if i + 1 < len(rows) and rows[i + 1][0] == number + 1:
            below = rows[i + 1]
            yield read_labels(sheet, (number, below[0]), _combined(cells, below[1]), aliases)


def find_header(sheets: Iterable[tuple[str, Sequence[Row]]],
                aliases: Mapping[str, str] | None = None) -> HeaderMatch | None:
    """The best header over all sheets: most recognised fields, with description and quantity.

    Ties go to the earlier sheet, then the higher row; a two-row header must beat its rows.
    """
    best: tuple[int, HeaderMatch] | None = None
    for sheet, rows in sheets:
        for match in candidates(sheet, rows, aliases):
            score = _score(match)
            if score and (best is None or score > best[0]):
                best = (score, match)
    return best[1] if best else None
