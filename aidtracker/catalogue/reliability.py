"""Wording of the reliability errors: files for sharing, restore, attribution (uk + en).

Each message names the file, the action that failed and the cause the user can act on.
"""

from __future__ import annotations

from aidtracker.catalogue.text import Text

ERRORS: dict[str, Text] = {
    "file_failed": Text(
        "The {action} could not be written to {path}: {reason}. A file that was there before "
        "is unchanged.",
        "Не вдалося записати {action} у {path}: {reason}. Файл, що був там раніше, не змінено."),
    "restore_refused": Text(
        "Not restored to {path}: {reason}{detail}. Nothing was changed.",
        "Не відновлено у {path}: {reason}{detail}. Нічого не змінено."),
    "attribution": Text(
        "{reason}; nothing was saved.",
        "{reason}; нічого не збережено."),
}

ACTIONS: dict[str, Text] = {  # FileActionFailed ``action``: what the user was doing
    "export": Text("export", "експорт"),
    "pdf": Text("PDF", "PDF-файл"),
    "attachment": Text("attachment", "вкладення"),
    "backup": Text("backup", "резервну копію"),
    "restore": Text("restored copy", "відновлену копію"),
}

_FILE: dict[str, Text] = {
    "full": Text("the disk is full", "диск заповнений"),
    "readonly": Text("no permission to write there (the file or its folder is read-only)",
                     "немає дозволу на запис (файл або його папка доступні лише для читання)"),
    "locked": Text("the file is locked by another program; close it there and try again",
                   "файл заблоковано іншою програмою; закрийте його там і спробуйте ще раз"),
    "missing": Text("the folder does not exist", "такої папки немає"),
    "io": Text("the disk or the network share failed", "збій диска або мережевої папки"),
    "format": Text("the file name must end in .xlsx (the only format written)",
                   "назва файлу має закінчуватися на .xlsx (єдиний формат запису)"),
}

REASONS: dict[str, dict[str, Text]] = {
    "file_failed": _FILE,
    "restore_refused": {
        "exists": Text("a file already exists there; choose a new name, or replace it (the "
                       "current file is then kept as a backup first)",
                       "там уже є файл; виберіть нову назву або замініть його (поточний файл "
                       "спершу буде збережено як резервну копію)"),
        "in_use": Text("the file is open in another program; close it there first",
                       "файл відкрито в іншій програмі; спершу закрийте його там"),
        "same_file": Text("that is the backup itself", "це сама резервна копія"),
    },
    "attribution": {
        "actor": Text("Say who is acting (--actor NAME): it is recorded in the audit trail",
                      "Вкажіть, хто діє (--actor ІМ'Я): це записується в журнал змін"),
    },
    "backup_failed": {
        "unreadable": Text("the copy cannot be read", "копію неможливо прочитати"),
        "damaged": Text("the copy is damaged", "копію пошкоджено"),
    },
}

# The window's File › Restore (worded here, not in the Qt catalogue, so both languages stay
# complete in one place; used through ``catalogue.say``).
RESTORE_WINDOW: dict[str, Text] = {
    "action": Text("&Restore from a backup…", "&Відновити з резервної копії…"),
    "tip": Text("Bring back a verified backup, into a new file or over this database",
                "Повернути перевірену резервну копію в новий файл або замість цієї бази"),
    "title": Text("Restore from a backup", "Відновлення з резервної копії"),
    "intro": Text("Backups of {path}, newest first. A restore never overwrites a file "
                  "silently: restore into a new file, or replace this database — it is then "
                  "kept as a backup first.",
                  "Резервні копії {path}, новіші першими. Відновлення ніколи не перезаписує "
                  "файл непомітно: відновіть у новий файл або замініть цю базу — її спершу "
                  "буде збережено як резервну копію."),
    "made": Text("Made", "Створено"),
    "size": Text("Size", "Розмір"),
    "checked": Text("Checked", "Перевірка"),
    "why": Text("Why", "Причина"),
    "file": Text("File", "Файл"),
    "verified": Text("verified", "перевірено"),
    "not_verified": Text("NOT verified", "НЕ перевірено"),
    "none": Text("There are no backups of this database yet.",
                 "Резервних копій цієї бази ще немає."),
    "to_new": Text("Restore to a &new file…", "Відновити в &новий файл…"),
    "replace": Text("&Replace this database…", "&Замінити цю базу…"),
    "close": Text("Close", "Закрити"),
    "new_title": Text("Restore into a new file", "Відновити в новий файл"),
    "confirm": Text("Replace {path} with the backup made {made}?\n\nThe current file is kept "
                    "as a backup first; other computers must have it closed.",
                    "Замінити {path} резервною копією від {made}?\n\nПоточний файл спершу "
                    "буде збережено як резервну копію; на інших комп'ютерах його треба "
                    "закрити."),
    "working": Text("Restoring the backup…", "Відновлення резервної копії…"),
    "done": Text("Restored to {path}.", "Відновлено у {path}."),
    "kept": Text("The previous file was kept: {path}", "Попередній файл збережено: {path}"),
    "daily": Text("first change of the day", "перша зміна за день"),
    "closing": Text("closing after changes", "закриття після змін"),
    "manual": Text("by hand", "вручну"),
    "pre-migration": Text("before an upgrade", "перед оновленням"),
    "before-restore": Text("before a restore", "перед відновленням"),
}
