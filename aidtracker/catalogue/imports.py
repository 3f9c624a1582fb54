"""The importer's words: its own row rules, why a whole file is refused, its field names."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

PROBLEMS: dict[str, Text] = {  # rules only the importer uses (the others are in problems.py)
    "ambiguous_number": Text(
        "{field}: {value} can be read two ways (1.640 is 1.64 or 1640); write the decimals, or "
        "set the decimal separator in the column mapping",
        "{field}: {value} можна прочитати двояко (1.640 — це 1,64 або 1640); запишіть десяткові "
        "знаки або задайте десятковий роздільник у відповідності колонок"),
    "too_large": Text("{field}: {value} is too large", "{field}: {value} — завелике значення"),
    "totals_mismatch": Text(
        "{field}: the list's total {expected} is not the sum of its lines {actual}",
        "{field}: підсумок списку {expected} не дорівнює сумі позицій {actual}"),
    "skipped_row": Text("a row without quantities or values was skipped: {value}",
                        "рядок без кількості та вартості пропущено: {value}"),
    "formula_no_value": Text(
        "{field}: the cell holds a formula that was never calculated; open and save the file in "
        "Excel or LibreOffice, then import again",
        "{field}: у клітинці формула, яку ще не обчислено; відкрийте й збережіть файл в Excel "
        "або LibreOffice, а тоді імпортуйте знову"),
    "value_mismatch": Text("{field}: {value} is not quantity × unit value",
                           "{field}: {value} не дорівнює кількість × ціна за од."),
    "currency_conflict": Text("the list names the currency {found}, but {given} was chosen",
                              "у списку вказано валюту {found}, а вибрано {given}"),
}

REJECTED: dict[str, Text] = {  # ImportRejected.reason
    "missing": Text("there is no such file", "такого файлу немає"),
    "unreadable": Text("the file cannot be opened", "файл не вдається відкрити"),
    "empty": Text("the file is empty", "файл порожній"),
    "too_large": Text("the file is larger than an import may be", "файл завеликий для імпорту"),
    "not_a_spreadsheet": Text("the file is not an xlsx, xls or csv spreadsheet",
                              "файл не є таблицею xlsx, xls або csv"),
    "xls_or_encrypted": Text(
        "it is a password-protected workbook or an .xls that cannot be read: save it as .xlsx "
        "without a password",
        "це книга з паролем або файл .xls, який не вдається прочитати: збережіть її як .xlsx "
        "без пароля"),
    "damaged": Text("the file is damaged or truncated", "файл пошкоджений або обрізаний"),
    "zip_bomb": Text("the workbook unpacks to far more data than a packing list holds",
                     "книга розпаковується в набагато більший обсяг даних, ніж буває в "
                     "пакувальному листі"),
    "dimension": Text("the sheet declares more rows or columns than an import may have",
                      "аркуш оголошує більше рядків або колонок, ніж дозволено для імпорту"),
    "too_many_rows": Text("the sheet has more rows than an import may have",
                          "на аркуші більше рядків, ніж дозволено для імпорту"),
    "too_many_columns": Text("the list has more columns than an import may have",
                             "у списку забагато колонок для імпорту"),
    "too_slow": Text("reading the file took too long", "читання файлу тривало надто довго"),
    "encoding": Text("the text encoding of the csv file could not be recognised",
                     "не вдалося розпізнати кодування тексту файлу csv"),
    "csv_syntax": Text("the csv file is malformed", "файл csv має неправильну будову"),
    "no_such_sheet": Text("the workbook has no sheet with that name",
                          "у книзі немає аркуша з такою назвою"),
    "no_header": Text(
        "no header row with at least a description and a quantity column was found: set the "
        "columns in the column mapping",
        "не знайдено рядка заголовків хоча б з колонками опису та кількості: задайте колонки у "
        "відповідності колонок"),
    "no_currency": Text("the list names no currency: choose one",
                        "у списку не вказано валюту: виберіть її"),
    "bad_mapping": Text("the column mapping is not valid",
                        "відповідність колонок задано неправильно"),
    "reader_unsafe": Text("the xlsx reader is not in its safe mode (defusedxml)",
                          "читання xlsx працює не в безпечному режимі (defusedxml)"),
}

REASONS: dict[str, dict[str, Text]] = {"import_rejected": REJECTED}

FIELDS: dict[str, Text] = {  # the importer's own field names (the rest are in fields.py)
    "line_no": Text("Line No.", "№ позиції"),
    "net_kg": Text("Net weight", "Вага нетто"),
    "gross_kg": Text("Gross weight", "Вага брутто"),
    "unit_value": Text("Unit value", "Ціна за од."),
    "serials": Text("Serial numbers / VINs", "Серійні номери / VIN"),
    "expiry": Text("Expiry date", "Придатний до"),
    "lot": Text("Lot / batch", "Партія"),
    "row": Text("Row", "Рядок"),
}
