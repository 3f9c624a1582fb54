"""Wording of what the importer finds in real-world lists (issue 12): columns chosen or
inferred, HXL tags, units kept, headings, footers, rounded prices, date order, our own ledger.
An area of the catalogue (see its ``__init__``)."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

PROBLEMS: dict[str, Text] = {  # the importer's findings and notes of issue 12
    "column_chosen": Text(
        en="{field}: taken from column '{chosen}' (what was shipped), not from {others}",
        uk="{field}: взято з колонки '{chosen}' (що відвантажено), а не з {others}"),
    "column_inferred": Text(
        en="{field}: no column title names it; column {chosen} was chosen by its values",
        uk="{field}: жодна назва колонки його не називає; колонку {chosen} вибрано за її "
           "значеннями"),
    "column_unread": Text(
        en="{field}: column {chosen} is titled so, but its values (such as '{value}') are not "
           "of that kind: the column was not read",
        uk="{field}: колонка {chosen} має таку назву, але її значення (як-от '{value}') не "
           "такого виду: колонку не прочитано"),
    "hxl_tags": Text(
        en="columns read by the HXL hashtags in row {row}",
        uk="колонки прочитано за HXL-хештегами в рядку {row}"),
    "unit_kept": Text(
        en="{field}: '{value}' (UN/ECE {code}) is not one of our units: counted in pieces, the "
           "unit kept in the description",
        uk="{field}: '{value}' (UN/ECE {code}) немає серед наших одиниць: враховано в штуках, "
           "одиницю збережено в описі"),
    "description_from_code": Text(
        en="{field}: empty; the item code {value} stands for it (fill in the description)",
        uk="{field}: порожній; замість нього код товару {value} (заповніть опис)"),
    "zero_quantity": Text(
        en="{field} is 0: the row was not imported",
        uk="{field} дорівнює 0: рядок не імпортовано"),
    "hs_heading_only": Text(
        en="{field}: {value} is a 4-digit heading; the category was taken from it, the "
           "6-digit HS code is still needed before 'ready'",
        uk="{field}: {value} — 4-значна товарна позиція; категорію взято з неї, 6-значний "
           "код ГС ще потрібен до стану «готово»"),
    "footer_skipped": Text(
        en="the list ends at its totals; from here on rows are its footer and were not "
           "imported: {value}",
        uk="список закінчується підсумком; далі — нижня частина документа, її не "
           "імпортовано: {value}"),
    "subtotal_skipped": Text(
        en="{field}: a row of numbers only that sums the lines above it (a subtotal): not "
           "imported",
        uk="{field}: рядок лише з числами, що дорівнює сумі рядків над ним (проміжний "
           "підсумок): не імпортовано"),
    "lines_read": Text(
        en="{lines} line(s) read from sheet '{sheet}', header row {header}: {columns}",
        uk="прочитано рядків: {lines}, аркуш «{sheet}», рядок заголовка {header}: {columns}"),
    "no_goods_rows": Text(
        en="nothing to import: below the header in row {header} ({columns}) no row has a "
           "quantity and a description",
        uk="нічого імпортувати: під заголовком у рядку {header} ({columns}) немає жодного "
           "рядка з кількістю та описом"),
    "unit_value_rounded": Text(
        en="{field}: {value} has more than {places} decimal places: rounded; the line's value "
           "is quantity × the exact price",
        uk="{field}: {value} має більше ніж {places} знаки після коми: округлено; вартість "
           "рядка — кількість × точна ціна"),
    "ambiguous_date_order": Text(
        en="{field}: dates such as {value} read both as day/month and month/day: choose the "
           "order (--date-order dmy or mdy, or in the column mapping)",
        uk="{field}: дати на кшталт {value} читаються і як день/місяць, і як місяць/день: "
           "виберіть порядок (--date-order dmy або mdy чи в зіставленні колонок)"),
}

REASONS: dict[str, dict[str, Text]] = {"import_rejected": {
    "own_ledger": Text(
        en="this is an AidTracker ledger export holding several shipments; they are never "
           "merged into one: import each shipment's lines separately",
        uk="це експорт реєстру AidTracker з кількома відвантаженнями; їх ніколи не "
           "об'єднують в одне: імпортуйте рядки кожного відвантаження окремо"),
}}

FIELDS: dict[str, Text] = {
    "code": Text("Item code", "Код товару"),
}

DIALOG: dict[str, Text] = {  # the window's import dialog and mapping editor (used through say)
    "importing": Text("Importing the packing list…", "Імпорт пакувального листа…"),
    "cancelled": Text("The import was cancelled; nothing was saved.",
                      "Імпорт скасовано; нічого не збережено."),
    "why": Text("What was found in the file, and why:", "Що знайдено у файлі і чому:"),
    "not_found": Text("No header was recognised: {detail}",
                      "Заголовок не розпізнано: {detail}"),
}

CLI: dict[str, Text] = {  # the import command's report (used through say)
    "dry_run": Text("dry run: {lines} line(s) would make a new draft shipment",
                    "пробний прогін: рядків, що склали б нову чернетку відправлення: {lines}"),
}

# What the best candidate header had and lacked (catalogue.detail_text words it).
SEEN: dict[str, Text] = {
    "hxl": Text("sheet {sheet} row {row}: HXL tags {tags}; none names the goods ({name_tag}) "
                "and their quantity ({qty_tag})",
                "аркуш {sheet}, рядок {row}: HXL-теги {tags}; жоден не позначає товар "
                "({name_tag}) і його кількість ({qty_tag})"),
    "titles": Text("sheet {sheet} row {row}: found {found}; not found: {missing}",
                   "аркуш {sheet}, рядок {row}: знайдено {found}; не знайдено: {missing}"),
    "nothing": Text("no titles", "жодного заголовка"),
    "found_none": Text("nothing", "нічого"),
    "missing_none": Text("numbers under the quantity", "чисел під кількістю"),
}
