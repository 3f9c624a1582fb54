"""What a goods line is: its category suggested from the HS code and the description, and the
field its description belongs in (Ukrainian or the original language).

The category switches the checklist rules on (expiry for medicines and food, ADR for batteries
and generators, the vehicle papers), so "other" is a last resort. The HS code decides first:
the category whose default code shares the heading, then the chapter table below; then words of
the description (en, uk, pl, de, cs, ro, fr, es stems).
"""

from __future__ import annotations

import re
from functools import lru_cache

from aidtracker.importer.titles import normalise
from aidtracker.reference import categories, hs_known

# HS chapter (or heading) → category, for codes whose heading is not a category's default.
_CHAPTERS: dict[str, str] = {
    **dict.fromkeys(("02", "03", "04", "07", "08", "10", "11", "15", "16", "17", "19", "20",
                     "21", "22"), "food"),
    "2309": "animal.pet_food", "3003": "med.medicine", "3004": "med.medicine",
    "3002": "med.medicine", "3005": "med.consumable", "3006": "med.consumable",
    "3401": "hygiene", "3306": "hygiene", "3305": "hygiene", "3307": "hygiene",
    "9619": "hygiene", "4818": "hygiene", "61": "clothing.new", "62": "clothing.new",
    "6309": "clothing.worn", "6301": "shelter.bedding", "6306": "shelter.bedding",
    "9404": "shelter.bedding", "64": "clothing.footwear", "6116": "clothing.footwear",
    "8502": "energy.genset_diesel", "8507": "energy.battery", "8506": "energy.battery",
    "8504": "energy.inverter", "8513": "light", "9405": "light", "8541": "energy.pv",
    "9018": "med.device", "9019": "med.device", "9022": "med.device", "9402": "med.furniture",
    "8424": "equip.fire", "8421": "equip.field", "8413": "equip.field", "8467": "equip.field",
    "8517": "comms.radio", "8525": "comms.radio", "8471": "school", "9403": "school",
    "4011": "parts", "8708": "parts", "8703": "veh.ambulance", "8705": "veh.fire",
    "8702": "veh.bus", "8704": "veh.truck", "8701": "veh.tractor_trailer",
    "8716": "veh.tractor_trailer", "7322": "energy.heater", "8516": "energy.heater",
}

# Category → word stems (folded) that name it in descriptions.
_WORDS: dict[str, str] = {
    "shelter.bedding": "blanket koc koce decke decken ковдр deka patura couverture manta "
    "tent tents zelt namiot намет stan cort tente tienda sleeping schlafsack spiwor спальн "
    "mattress matratze materac матрац pillow kissen poduszk подушк bedding bed linen",
    "hygiene": "hygiene hygien higien гігієн soap seife mydlo мило sapun savon jabon "
    "toothpaste zahnpasta зубн diaper diapers windel pieluch підгуз pads sanitary "
    "shampoo szampon шампун towel towels handtuch recznik рушник",
    "food": "food ration rations lebensmittel zywnosc продукт харч potraviny alimente "
    "nourriture alimento canned konserv консерв rice reis ryz рис flour mehl maka борошн "
    "makaron макарон sugar zucker cukier цукор buckwheat гречк bottled lunch dinner meal "
    "meals breakfast",
    "med.medicine": "medicine medicines tablet tablets injection arznei lek leki ліки "
    "препарат léky medicament medicamento antibiotic antibiotika ibuprofen paracetamol "
    "morphine insulin syrup",
    "med.consumable": "bandage bandages verband bandaz бинт gauze mull gaza марл syringe "
    "spritze strzykaw шприц catheter tourniquet turniket джгут dressing plaster pflaster "
    "glove gloves handschuh rekawic рукавич mask masks maske maseczk маск",
    "med.device": "defibrillator ventilator monitor ultrasound stethoscope thermometer "
    "glucometer oximeter",
    "med.furniture": "wheelchair rollstuhl wozek hospital bed krankenbett візок",
    "clothing.new": "jacket jacke kurtka куртк coat mantel plaszcz пальт trousers hose "
    "spodnie штан sweater pullover sweter светр clothing kleidung odziez одяг socks socken "
    "skarpet шкарпет underwear thermal",
    "clothing.footwear": "boots stiefel buty черевик shoes schuhe взутт footwear sandals",
    "light": "torch flashlight taschenlampe latarka latarki ліхтар lamp lampe lampa лампа "
    "lantern candle candles kerze swieca свічк",
    "energy.battery": "battery batteries batterie akku bateria baterie батаре акумулятор "
    "powerbank",
    "energy.genset_diesel": "generator generators stromerzeuger notstromaggregat agregat "
    "генератор generateur generador",
    "energy.heater": "heater heaters heizgerat heizlufter grzejnik обігрівач stove ofen "
    "piec печ",
    "equip.field": "chainsaw kettensage pila бензопил pump pumpe pompa насос water filter "
    "purifier wasserfilter filtr фільтр",
    "equip.fire": "extinguisher feuerloscher gasnica вогнегасник",
    "comms.radio": "radio radios funkgerat walkie phone phones cellphone telefon телефон "
    "router starlink",
    "school": "laptop laptops computer computers notebook desk desks school schul szkol "
    "шкільн",
}
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN = re.compile(r"[ыэъёЫЭЪЁ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_ukrainian(text: str) -> bool:
    """Cyrillic text that is Ukrainian (not Russian or Bulgarian only letters)."""
    if not _CYRILLIC.search(text):
        return False
    return bool(_UKRAINIAN.search(text)) or not _RUSSIAN.search(text)


def description_fields(text: str) -> dict[str, str]:
    """The line fields for a description: Ukrainian into ``description``, any other language
    into ``description_en`` (the original-language description; the Ukrainian one is then
    filled in the window)."""
    return {"description": text} if is_ukrainian(text) else {"description_en": text}


@lru_cache(maxsize=2048)
def category_of_hs(code: str) -> str:
    """The category an HS code (6, 4 or 2 digits, or a national code) suggests, or ''."""
    digits = re.sub(r"\D", "", code)
    if len(digits) < 2 or (not hs_known(digits[:6] if len(digits) >= 6 else digits) \
            and len(digits) not in (2, 4)):
        return ""
    for cat in categories().values():
        if cat.default_hs and cat.default_hs[:4] == digits[:4] and "forbidden" not in cat.flags:
            return cat.code
    return _CHAPTERS.get(digits[:4]) or _CHAPTERS.get(digits[:2]) or ""


_STEMS: tuple[tuple[str, str], ...] = tuple(
    (normalise(word), code) for code, words in _WORDS.items() for word in words.split())


@lru_cache(maxsize=4096)
def category_of_text(text: str) -> str:
    """The category whose words appear in a description (whole words or word starts), or ''."""
    folded = f" {normalise(text)} "
    for stem, code in _STEMS:
        if f" {stem}" in folded and (len(stem) >= 4 or f" {stem} " in folded):
            return code
    return ""
