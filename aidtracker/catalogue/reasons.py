"""Why something was refused: ``reason`` codes, per error code that carries them."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

DATABASE: dict[str, Text] = {  # StorageError / DatabaseRefused / BackupFailed
    "empty": Text("the file is empty, not an AidTracker database",
                  "файл порожній, це не база даних AidTracker"),
    "foreign": Text("the file is a database of another program, not AidTracker",
                    "це база даних іншої програми, а не AidTracker"),
    "corrupt": Text("the file is damaged", "файл пошкоджено"),
    "newer_schema": Text("the file was written by a newer AidTracker; update the program",
                         "файл створено новішою версією AidTracker; оновіть програму"),
    "not_a_database": Text("the file is not an AidTracker database", "це не база даних AidTracker"),
    "sqlite_too_old": Text("the SQLite library is too old", "бібліотека SQLite застаріла"),
    "missing": Text("there is no such file", "такого файлу немає"),
    "exists": Text("a file already exists there", "за цим шляхом уже є файл"),
    "readonly": Text("the file or its folder is read-only",
                     "файл або його папка доступні лише для читання"),
    "locked": Text("the file is locked by another computer or program",
                   "файл заблоковано іншим комп'ютером або програмою"),
    "full": Text("the disk is full", "диск заповнений"),
    "io": Text("the disk or the network share failed", "збій диска або мережевої папки"),
}

BACKUP: dict[str, Text] = {  # BackupFailed only (the store's own words as codes)
    **DATABASE,
    "transaction open": Text("a change is still being saved", "зміни ще зберігаються"),
    "application id differs": Text("the copy is not an AidTracker database",
                                   "копія не є базою даних AidTracker"),
    "foreign key problems": Text("the copy has broken links between records",
                                 "у копії порушено зв'язки між записами"),
}

DOCUMENT: dict[str, Text] = {  # DocumentNotApplicable
    "no_lines": Text("it has no goods lines", "у ньому немає товарних позицій"),
    "no_vehicles": Text("it carries no vehicles", "воно не перевозить транспортних засобів"),
    "no_distributions": Text("nothing has been distributed yet", "ще нічого не розподілено"),
    "no_packages": Text("no packages are recorded on its lines",
                        "у його позиціях не зазначено кількості місць"),
    "no_checklist": Text("no checklist items apply", "жоден пункт переліку не застосовується"),
    "not_cleared": Text("it has not cleared customs yet", "воно ще не пройшло митне оформлення"),
    "no_match": Text("the selected vehicle or act is not on this shipment",
                     "вибраного транспортного засобу або акта немає в цьому відправленні"),
}

RULE_DATA: dict[str, Text] = {  # RuleDataError
    "not a list": Text("the rule table is not a list", "таблиця правил не є списком"),
    "duplicate": Text("the rule appears twice", "правило повторюється"),
    "invalid value": Text("the value is not valid", "неприпустиме значення"),
}

REASONS: dict[str, dict[str, Text]] = {
    "storage": DATABASE,
    "database_refused": DATABASE,
    "backup_failed": BACKUP,
    "document_not_applicable": DOCUMENT,
    "rule_data": RULE_DATA,
}
