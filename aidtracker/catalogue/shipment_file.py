"""Words of the shipment file (export-shipment, import-shipment, File › Export/Import shipment)."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

ERRORS: dict[str, Text] = {
    "shipment_file_refused": Text(
        "The shipment file was refused whole, nothing was changed: {reason}{detail}. File: {path}",
        "Файл відправлення відхилено повністю, нічого не змінено: {reason}{detail}. "
        "Файл: {path}"),
}

REASONS: dict[str, dict[str, Text]] = {"shipment_file_refused": {
    "too_big": Text("the file is too large for a shipment file",
                    "файл завеликий для файлу відправлення"),
    "unreadable": Text("the file cannot be read", "файл не вдається прочитати"),
    "not_shipment_file": Text("it is not an AidTracker shipment file",
                              "це не файл відправлення AidTracker"),
    "seal_mismatch": Text(
        "the file was changed or damaged after it was exported (its seal does not match); "
        "ask the other office to send it again",
        "файл змінено або пошкоджено після експорту (печатка не збігається); попросіть "
        "інший офіс надіслати його ще раз"),
    "damaged": Text("the file is damaged", "файл пошкоджено"),
    "unsafe_member": Text("the file holds a member this format never has (a path outside it "
                          "or an unknown name)",
                          "файл містить складову, якої цей формат не має (шлях за його "
                          "межами або невідома назва)"),
    "zip_bomb": Text("the file unpacks to far more than a shipment file can hold",
                     "файл розпаковується в значно більший обсяг, ніж може мати файл "
                     "відправлення"),
    "format": Text("the file is of another format", "файл іншого формату"),
    "version": Text("the file is of another version of the format; update the program",
                    "файл іншої версії формату; оновіть програму"),
    "hash_mismatch": Text("a member does not match the SHA-256 or size in the manifest",
                          "складова не збігається з SHA-256 або розміром у переліку"),
    "schema": Text("the shipment data does not follow the format",
                   "дані відправлення не відповідають формату"),
    "own_office": Text("the file was exported by this office; import it at the partner office",
                       "файл експортовано цим офісом; імпортуйте його в офісі-партнері"),
    "older": Text("a newer file of this shipment from that office was already imported",
                  "новіший файл цього відправлення від того офісу вже імпортовано"),
    "act_taken": Text("an act number of the file is already used by another shipment here",
                      "номер акта з файлу вже використано іншим відправленням тут"),
    "changed_meanwhile": Text("the shipment was changed here since the preview; look again",
                              "відправлення тут змінено після попереднього перегляду; "
                              "перегляньте ще раз"),
    "parties_unconfirmed": Text("parties would be created; confirm them first",
                                "буде створено сторони; спершу підтвердьте їх"),
}}

SHIPMENT_FILE: dict[str, Text] = {
    "exported": Text("shipment {reference} ({uuid}) written to {path}: {documents} document(s),"
                     " {size} bytes",
                     "відправлення {reference} ({uuid}) записано у {path}: документів "
                     "{documents}, {size} байтів"),
    "unchanged": Text("nothing to change: this file was already imported as",
                      "змін немає: цей файл уже імпортовано як"),
    "created": Text("imported as a new shipment from office {office}:",
                    "імпортовано як нове відправлення від офісу {office}:"),
    "updated": Text("updated from office {office} ({count} change(s)):",
                    "оновлено з файлу офісу {office} (змін: {count}):"),
    "party_created": Text("new party: {name}", "нова сторона: {name}"),
    "party_matched": Text("party {name} matched to {local}", "сторону {name} зіставлено з {local}"),
    "field": Text("{field}: {old} → {new}", "{field}: {old} → {new}"),
    "line_added": Text("line {line} added: {what}", "позицію {line} додано: {what}"),
    "load_changed": Text("load {load}: its fields or what it carries changed",
                         "завантаження {load}: змінено його дані або вміст"),
    "check": Text("checklist {rule}: {old} → {new}", "перелік документів {rule}: {old} → {new}"),
    "receipt": Text("line {line} received: {old} → {new}",
                    "позицію {line} отримано: {old} → {new}"),
    "line_changed": Text("line {line}: {fields}", "позиція {line}: {fields}"),
    "line_voided": Text("line {line} voided", "позицію {line} анульовано"),
    "act_added": Text("act {act} added", "акт {act} додано"),
    "document_added": Text("document {number} received from {office} (SHA-256 {sha})",
                           "документ {number} отримано від {office} (SHA-256 {sha})"),
    "document_status": Text("document {number}: {old} → {new}",
                            "документ {number}: {old} → {new}"),
    "not_taken": Text("{part} not taken: {office} owns it", "{part} не взято: це веде {office}"),
}

WINDOW: dict[str, Text] = {  # File › Export shipment… / Import shipment…
    "export_action": Text("E&xport shipment file…", "Е&кспортувати файл відправлення…"),
    "import_action": Text("I&mport shipment file…", "І&мпортувати файл відправлення…"),
    "export_tip": Text("Write the selected shipment as one file for the partner office",
                       "Записати вибране відправлення одним файлом для офісу-партнера"),
    "import_tip": Text("Bring in a shipment file from the partner office, after a preview",
                       "Прийняти файл відправлення від офісу-партнера після перегляду"),
    "files": Text("Shipment files", "Файли відправлень"),
    "all_files": Text("All files", "Усі файли"),
    "export_title": Text("Export shipment {reference}", "Експорт відправлення {reference}"),
    "choose_first": Text("Select a shipment in the list first.",
                         "Спершу виберіть відправлення у списку."),
    "import_title": Text("Import a shipment file", "Імпорт файлу відправлення"),
    "reading": Text("Reading and checking {path}…", "Читання і перевірка {path}…"),
    "preview_new": Text(
        "A new shipment from office {office} (their reference {reference}): {lines} line(s), "
        "{documents} document(s).",
        "Нове відправлення від офісу {office} (їхній номер {reference}): позицій {lines}, "
        "документів {documents}."),
    "preview_update": Text("Updates {reference} from office {office}: {count} change(s).",
                           "Оновлює {reference} з файлу офісу {office}: змін {count}."),
    "parties": Text("Parties to create in the directory ({count}):",
                    "Сторони, які буде створено в довіднику ({count}):"),
    "confirm": Text("Create these parties", "Створити ці сторони"),
    "apply": Text("&Import", "&Імпортувати"),
    "close": Text("Close", "Закрити"),
}
