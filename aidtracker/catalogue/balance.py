"""Wording of the goods balance: receipt, distribution, write-off, loads, rates, dates, formats.

``PROBLEMS`` maps a problem rule to its text in both languages; the field names inside
(``{field}``, ``{other_field}``) are the record's own names.
"""

from __future__ import annotations

from aidtracker.catalogue.text import Text

PROBLEMS: dict[str, Text] = {
    "over_receipt": Text(
        en="line {row}: {accounted} {unit} accounted for (good {good}, damaged {damaged}, "
           "missing {missing}) but only {shipped} {unit} were shipped",
        uk="рядок {row}: враховано {accounted} {unit} (придатні {good}, пошкоджені {damaged}, "
           "відсутні {missing}), а відвантажено лише {shipped} {unit}"),
    "receipt_incomplete": Text(
        en="line {row}: {accounted} of {shipped} {unit} accounted for at receipt; record "
           "good, damaged and missing for all of it",
        uk="рядок {row}: під час приймання враховано {accounted} з {shipped} {unit}; "
           "зазначте придатні, пошкоджені й відсутні на всю кількість"),
    "damaged_open": Text(
        en="line {row}: {damaged} {unit} damaged on receipt are not written off yet (act D9)",
        uk="рядок {row}: {damaged} {unit}, пошкоджених під час приймання, ще не списано "
           "(акт D9)"),
    "over_write_off": Text(
        en="line {row}: only {held} {unit} can be written off (of which damaged {damaged}), "
           "asked {asked}",
        uk="рядок {row}: списати можна лише {held} {unit} (з них пошкоджених {damaged}), "
           "запитано {asked}"),
    "future_date": Text(
        en="{field} {value} is after today ({today})",
        uk="{field} {value} пізніше за сьогодні ({today})"),
    "early_date": Text(
        en="{field} {value} is before {since}: is the year right?",
        uk="{field} {value} раніше за {since}: чи правильний рік?"),
    "serial_not_on_line": Text(
        en="line {row}: {value} is not a VIN or serial of this line",
        uk="рядок {row}: {value} не є VIN чи серійним номером цього рядка"),
    "serial_handed_over": Text(
        en="line {row}: {value} was already handed over",
        uk="рядок {row}: {value} уже передано"),
    "serials_for_quantity": Text(
        en="line {row}: name one VIN/serial per unit handed over ({count} named for "
           "{quantity} {unit})",
        uk="рядок {row}: зазначте по одному VIN/серійному номеру на кожну передану одиницю "
           "(зазначено {count} на {quantity} {unit})"),
    "line_referenced": Text(
        en="line {row}: act {act} refers to it; reverse that act first",
        uk="рядок {row}: на нього посилається акт {act}; спершу скасуйте цей акт"),
    "vin_elsewhere": Text(
        en="line {row}: VIN {value} is already on shipment {reference}",
        uk="рядок {row}: VIN {value} уже є у відправленні {reference}"),
    "over_load": Text(
        en="line {row}: {asked} {unit} cannot go on a load, the line has {shipped}",
        uk="рядок {row}: на завантаження не можна покласти {asked} {unit}, у рядку {shipped}"),
    "ahars_code_taken": Text(
        en="{field} {value} is already recorded on shipment {reference}",
        uk="{field} {value} уже зазначено у відправленні {reference}"),
    "auto_fact_false": Text(
        en="checklist item {rule} ({item}) is proven by the record and the record does not "
           "show it yet: record the fact, or mark it not applicable with a reason",
        uk="пункт {rule} ({item}) підтверджується записом, а запис цього ще не містить: "
           "внесіть дані або позначте пункт як незастосовний із причиною"),
    "date_before_event": Text(
        en="{field} {value} is recorded when the shipment becomes {status}; it is {current}",
        uk="{field} {value} записується, коли відправлення стає «{status}»; зараз воно "
           "«{current}»"),
    "rates_file": Text(
        en="{value} is not an NBU exchange-rate file (JSON, XML or CSV): {detail}",
        uk="{value} не є файлом курсів НБУ (JSON, XML або CSV): {detail}"),
    "hs_heading": Text(
        en="{field} {value} is a 4-digit heading: the declaration needs 6 digits",
        uk="{field} {value} — товарна позиція з 4 знаків: для декларації потрібно 6"),
    "hs_unknown": Text(
        en="{field} {value} is not a code of HS 2022",
        uk="{field} {value} не є кодом ГС 2022"),
}

REASONS: dict[str, dict[str, Text]] = {
    "document_not_applicable": {
        "no_write_offs": Text("nothing has been written off", "нічого не списано"),
    },
}
