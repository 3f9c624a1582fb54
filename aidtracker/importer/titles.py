"""Column titles of packing lists in eight languages: which field a title names, and how well.

Names in English, Ukrainian, Polish, German, Czech, Romanian, French, Spanish (and common Russian,
and the usual Chinese, Korean, Japanese and Vietnamese titles of Asian exporters' invoices) are
folded (case, accents, punctuation) and matched as whole words; ``word*`` also matches longer
words and ``*word`` the end of German compounds (``Warenbezeichnung``). The first rule that
matching rule gives a strength (:func:`scores`); the strongest wins, ties go to the earlier rule,
so specific names come before generic ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

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
     "date de peremption | dlc | dluo | date limite* | ddm | fecha de vencimiento | "
     "fecha de caducidad | caducidad | vencimiento"),
    ("lot", "lot | lot no | lot nr | batch* | charge | chargen* | partia | nr partii | sarze | "
     "cislo sarze | numar lot | серія | партія | номер партії | numero de lot | lote"),
    ("packages", "packages | package count | pkgs | pkg | colli | kolli | *kolli | packst* | "
     "pallets | paletten | palety | palet* | *opakowan | opakowan* | liczba miejsc | "
     "miejsca | ilosc miejsc | pocet baleni | pocet kusu baleni | koli | colete | "
     "nr colete | colis | nombre de colis | nb colis | місця | місць | кількість місць | "
     "к сть місць | мест | places | cartons | boxes | kartons | ctns | ctn | bultos | cajas | "
     "箱数 | 件数 | 박스 | 박스수 | 箱数量 | ケース数"),
    ("hs_code", "hs | hs code | hs6 | hs kod | kod hs | cn | cn8 | cn code | kod cn | kod nc | "
     "kn | kn code | kn nr | kn nummer | zolltarif* | warennummer | warentarif* | taric | "
     "tariff* | customs code | commodity code | uktzed | уктзед | код уктзед | kod celny | "
     "celni kod | celni sazebnik | cod nc | cod vamal | nc | nomenclatura* | code sh | sh | "
     "code douanier | nomenclature* | code nc | тн вэд | тн зед"),
    ("code", "item code | product code | article code | article number | article no | "
     "artikelnummer | art nr | artikel nr | sku | code | kod | kod towaru | indeks | код | "
     "код товару | артикул | cod | cod articol | catalogue number | catalog number | "
     "reference | ref | numero d article | referencia | 상품코드 | 제품코드 | 품번 | 품목코드 | "
     "商品编码 | 产品编号 | 货号 | 品番 | 商品コード"),
    ("category", "category | categor* | kategori* | категор* | warengruppe | "
     "grupa towarowa | skupina"),
    ("currency", "currency | curr | ccy | waluta | wahrung | mena | moneda | валюта | "
     "devise | monnaie"),
    ("net_kg", "net | netto* | net weight | net wt | n w | nw | ttl n w | cista* | neta | "
     "net kg | nett* | net kgs | нетто* | 净重 | 순중량 | 正味重量 | "
     "poids net | masa netto | waga netto | hmotnost netto | peso neto"),
    ("gross_kg", "gross* | brutto* | hruba* | bruta | брутто* | poids brut | brut | weight | "
     "g w | gw | ttl g w | "
     "*gewicht | gewicht | waga | masa | hmotnost | greutate | вага | маса | вес | poids | "
     "peso bruto | peso | 毛重 | 총중량 | 중량 | 総重量 | 重量 | "
     "kg | кг"),
    ("unit_value", "unit price | unit value | price per unit | price unit | price each | "
     "u price | precio unitario | 单价 | 단가 | 単価 | don gia | "
     "unit cost | einzelpreis | einzelwert | stuckpreis | preis pro | preis je | preis stk | "
     "cena jednostkowa | cena jedn* | cena za | cena jednotkova | jednotkova cena | "
     "pret unitar | valoare unitara | ціна за одиницю | ціна од* | ціна за од* | "
     "цена за единицу | prix unitaire | valeur unitaire | pu | p u"),
    ("value", "total value | value total | total | amount | sum | gesamtwert | gesamtpreis | "
     "gesamtbetrag | *wert | wert | betrag | summe | wartosc* | kwota | razem | hodnota* | "
     "celkova cena | cena celkem | celkem | valoare* | suma | вартість* | сума | valor total | "
     "importe | "
     "загальна вартість | стоимость | valeur* | montant | prix total | value | worth | "
     "金额 | 总价 | 总金额 | 금액 | 합계금액 | 金額 | 合計金額 | thanh tien | tri gia"),
    ("unit_value", "price | preis | *preis | cena | ціна | цена | prix | pret"),
    ("unit", "unit | units | uom | unit of measure | measure | pack | item pack | einheit | "
     "*einheit | me | jm | "
     "j m | jednostka* | jedn | jednotka | mj | m j | um | u m | unitate* | unitati | од | "
     "од вим* | одиниц* | ед изм | unite | unites | unidad | unidad de medida | 单位 | 단위 | "
     "単位 | don vi | don vi tinh | dvt | su | sales unit | base unit | bun"),
    ("quantity", "quantity | qty | qnty | quant* | count | number | qoh | on hand | "
     "stock | physical stock | stock physique | stock count | stock qty | stock quantity | "
     "current stock | stock on hand | counted | bestand | lagerbestand | stan magazynowy | "
     "ilosc na stanie | залишок | остаток | existencias | "
     "quantity sent | qty sent | shipped | t qty | ttl qty | total qty | cantidad | cant | "
     "anzahl | menge | "
     "stuckzahl | stuck | ilosc | liczba | mnozstvi | pocet | cantitate | cant | buc | "
     "nr buc | кількість | к сть | кіл сть | кол во | количество | quantite | qte | nombre | "
     "pcs | pieces | szt | stk | 数量 | 수량 | 个数 | 개수 | so luong"),
    ("description", "description | descr* | item | items | goods | name | article* | "
     "product* | designation* | bezeichnung | *bezeichnung | artikel* | beschreibung | ware | "
     "waren | warenart | nazwa* | opis* | towar* | artykul* | asortyment | nazev | popis | "
     "zbozi | polozka | denumire* | descriere | produs* | articol* | найменування* | "
     "назва* | опис* | товар* | наименование | libelle | marchandise* | contenu | contents | "
     "content | supply item | item name | descripcion | articulo | producto | mercancia* | "
     "品名 | 货物名称 | 商品名称 | 产品名称 | 名称 | 描述 | 제품명 | 상품명 | 품명 | 품목 | "
     "품목명 | 商品名 | 製品名 | 品目 | ten hang | ten hang hoa | mo ta | hang hoa"),
)

_SYMBOLS = {"€": "EUR", "zł": "PLN", "kč": "CZK", "₴": "UAH", "грн": "UAH", "$": "USD",
            "£": "GBP", "лв": "BGN"}
# Codes also recognised in lower case ('wert eur'); any other ISO code only in capitals, so that
# words such as 'all', 'top' or 'try' are not read as currencies.
_COMMON_CODES = frozenset({"EUR", "UAH", "PLN", "RON", "CZK", "USD", "GBP", "CHF", "SEK", "DKK",
                           "NOK", "MDL", "HUF", "BGN"})
_WORD_CODES = {"zl": "PLN", "lei": "RON", "ft": "HUF", "uah": "UAH"}
_TONNES = re.compile(r"(?:^| )(t|tonnes?|tons?|tony|tun|т|тонн?а?|тн)(?:$| )")


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
    phrases.sort(key=len, reverse=True)  # the longest phrase that fits is the one matched
    return re.compile(r"(?:^| )(?:" + "|".join(phrases) + r")(?:$| )")


_COMPILED = tuple((name, _compile(spec)) for name, spec in RULES)
_LINE_NO_FOLDED = frozenset(normalise(x) for x in _LINE_NO)


# Words that make a title mean something else than the field it names (a quantity per pack, a
# tracking number, an item code, a received quantity…): such a match counts for less.
_NOT_QUANTITY = re.compile(r"(?:^| )(?:tracking|track|code|id|ref|reference|serial|phone|invoice|"
                           r"model|pack|per|min|max|minimum|maximum|reorder|received|receipt|"
                           r"requested|approved|ordered|order|damaged|missing|lost|ob)(?:$| )")
# A quantity of the same goods at another step (ordered, requested…): the quantity when the list
# has no other (see columns.assign).
_STAGE = re.compile(r"(?<!\S)(?:order|ordered|orders|requested|request|approved|received|"
                    r"receipt)(?!\S)")
# A threshold ('Min Amount', 'Reorder level') is neither the quantity nor the money of the goods.
_THRESHOLD = re.compile(r"(?:^| )(?:min|max|minimum|maximum|reorder)(?:$| )")
_NOT_CODE = re.compile(r"(?:^| )(?:hs|cn|kn|nc|sh|uktzed|уктзед|tariff|customs|zoll|category|"
                       r"categor\w*|postal|post|zip|country|currency|bar|order|invoice)(?:$| )")
_NOT_DESCRIPTION = re.compile(r"(?:^| )(?:code|codes|id|no|nr|number|ref|sku|sender|recipient|"
                              r"supplier|donor|organisation|organization|warehouse|site|person|"
                              r"contact|bin|location|category|catalog|brand|model|of sender|"
                              r"of recipient|owned)(?:$| )")
_PER_PACKAGE = re.compile(r"(?:^| )(?:per|pro|je|za|par) (?:package|pack|case|box|carton|ctn|"
                          r"karton|paket|packung|opakowanie|colis|colli|kolli|упаковку|ящик)"
                          r"(?:$| )")
_RATIO = re.compile(r"(?:pcs|qty|units?|pieces|szt|stk)\s*/\s*(?:ctn|carton|box|pack|pkg|case)")
# Shipping marks ('Marks and Number of PKGS', 'Marks & Nos'): the text stencilled on the packages,
# not a count of them.
_MARKS = re.compile(r"(?:^| )\d*(?:marks?|markings?|markierung\w*|oznakowanie)(?:$| )")
_MONEY_WORD = re.compile(r"(?:^| )(?:value|amount|price|cost|wert|betrag|preis|"
                         r"wartosc|kwota|cena|hodnota|valoare|montant|prix|valor|importe|"
                         r"вартість|сума|ціна|стоимость|сумма)(?:$| )")
_SHORT = 3  # Latin phrases shorter than this match only a whole title ('sh', 'nc', 'cn', 'kg')


def _phrases(spec: str) -> list[tuple[str, bool]]:
    out = []
    for phrase in spec.split("|"):
        words = phrase.split()
        if words:
            out.append((" ".join(words), any("*" in w for w in words)))
    return out


_RULE_PHRASES = tuple((name, _phrases(spec)) for name, spec in RULES)


def scores(label: object, aliases: Mapping[str, str] | None = None) -> list[tuple[str, int]]:
    """Every field a title may name with how well: 3 exact, 2 stem, 1 part of a longer title.

    'Quantity' → [('quantity', 3)]; 'Quantity Received' → [('quantity', 0)] (it names a
    quantity, but not the one shipped); 'Item Code' → [('description', 0)].
    """
    if not isinstance(label, str):
        return []
    raw = label.strip()
    folded = normalise(raw)
    if aliases:
        for text, name in aliases.items():
            if normalise(text) == folded:
                return [(name, 4)]
    if raw in {"#", "№"} or folded in _LINE_NO_FOLDED:
        return [("line_no", 3)]
    if not folded:
        return []
    found: dict[str, int] = {}
    for (name, pattern), (_, phrases) in zip(_COMPILED, _RULE_PHRASES, strict=True):
        match = pattern.search(folded)
        if not match:
            continue
        whole = match.group(0).strip() == folded
        part = match.group(0).strip()
        if not whole and len(part) < _SHORT and part.isascii():  # '数量' is a whole word
            continue
        exact = whole and any(not wild and normalise(p) == folded for p, wild in phrases)
        strength = 3 if exact else 2 if whole else 1
        found.setdefault(name, strength)
    _penalise(found, raw, folded)
    return sorted(found.items(), key=lambda kv: -kv[1])


def _penalise(found: dict[str, int], raw: str, folded: str) -> None:
    """Titles that name something else than the field they contain (see the patterns)."""
    if "quantity" in found and (_NOT_QUANTITY.search(folded) or _RATIO.search(raw.casefold())):
        found["quantity"] = 0
    if "quantity" in found or _THRESHOLD.search(folded):  # 'Total Order Quantity', 'Min Amount'
        for money in ("value", "unit_value"):
            if money in found:
                found[money] = 0
    if _PER_PACKAGE.search(folded):  # a price per package is not the price of one unit, nor
        for name in ("unit_value", "packages"):  # a number of packages
            if name in found:
                found[name] = 0
    _no_count(found, folded)
    if "code" in found and _NOT_CODE.search(folded):
        del found["code"]
    if "description" in found and _NOT_DESCRIPTION.search(folded):
        found["description"] = 0


def _no_count(found: dict[str, int], folded: str) -> None:
    """Shipping marks ('Marks and Number of PKGS') are the text on the packages: no count;
    a net or gross amount of money ('Net value', 'Gross amount') is no weight."""
    if _MARKS.search(folded):
        for name in ("packages", "quantity"):
            if name in found:
                found[name] = 0
    if _MONEY_WORD.search(folded):
        for name in ("net_kg", "gross_kg"):
            if name in found:
                found[name] = 0


def names_stage_quantity(label: object) -> bool:
    """'Quantity Ordered', 'Order Lines / Quantity': the quantity of the goods at another step,
    and nothing else (not a tracking number, a pack size or a threshold)."""
    if not isinstance(label, str) or ("quantity", 0) not in scores(label):
        return False
    folded = normalise(label)
    rest = " ".join(_STAGE.sub(" ", folded).split())
    return rest != folded and not _NOT_QUANTITY.search(rest) \
        and not _RATIO.search(label.casefold())


def classify(label: object, aliases: Mapping[str, str] | None = None) -> str | None:
    """The field a title names best, or None: 'Waga brutto kg' → 'gross_kg'."""
    ranked = scores(label, aliases)
    return ranked[0][0] if ranked else None


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
