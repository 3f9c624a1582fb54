"""Sentences for the error codes of :mod:`aidtracker.errors` and its subclasses.

``{problems}`` is filled with the worded problems (one line each, or joined by '; '), ``{reason}``
with the worded reason (:mod:`aidtracker.catalogue.reasons`), ``{detail}`` with the technical
detail in brackets or nothing.
"""

from __future__ import annotations

from aidtracker.catalogue.text import Text

ERRORS: dict[str, Text] = {
    "error": Text("Something went wrong.", "Щось пішло не так."),
    "not_ready": Text("The database file is still being checked. Try again in a moment.",
                      "Файл бази даних ще перевіряється. Спробуйте за мить."),
    "not_found": Text("{entity} {key} not found", "Не знайдено {entity} {key}"),
    "invalid_transition": Text(
        "cannot {event} a shipment that is {status} (possible: {allowed})",
        "Дія «{event}» неможлива для відправлення у стані «{status}» (зараз можливо: "
        "{allowed})"),
    "guard_failed": Text("Not yet possible: “{event}”. To do first: {problems}",
                         "Поки що неможливо: «{event}». Спочатку потрібно: {problems}"),
    "edit_conflict": Text(
        "{key} was saved by {who} at {when} while you were editing. Nothing was overwritten: "
        "reload to see their version.",
        "Поки ви редагували, {key} зберіг(ла) {who} о {when}. Нічого не перезаписано: "
        "перезавантажте, щоб побачити їхню версію."),
    "shipment_locked": Text(
        "Shipment {reference} is “{status}” and locked: changes are saved only as an amendment "
        "with a reason.",
        "Відправлення {reference} у стані «{status}» заблоковане: зміни зберігаються лише як "
        "виправлення із зазначенням причини."),
    "wrong_status": Text(
        "{action} is possible only when the shipment is {allowed}; {reference} is {status}",
        "«{action}» можливо лише у стані {allowed}; {reference} зараз у стані «{status}»"),
    "validation": Text("Not saved. Please correct: {problems}",
                       "Не збережено. Виправте, будь ласка: {problems}"),
    "storage": Text(
        "Cannot use the database file {path}: {reason}{detail} — nothing lost, nothing saved. "
        "Try again when the disk or network is back.",
        "Не вдається використати файл бази даних {path}: {reason}{detail} — нічого не втрачено, "
        "нічого не збережено. Спробуйте ще раз, коли диск або мережа знову працюватимуть."),
    "database_refused": Text(
        "This file was not opened: {reason}{detail}. It was left exactly as it was: {path}",
        "Цей файл не відкрито: {reason}{detail}. Файл залишився без жодних змін: {path}"),
    "backup_failed": Text(
        "The backup {path} failed: {reason}. The database itself is unchanged.",
        "Резервну копію {path} не створено: {reason}. Сама база даних не змінилася."),
    "document_not_applicable": Text(
        "cannot print {kind} for this shipment: {reason}",
        "Неможливо надрукувати документ «{kind}» для цього відправлення: {reason}"),
    "unprintable_characters": Text(
        "Cannot print {field}: the font has no glyphs for {chars}. Change the text first.",
        "Неможливо надрукувати {field}: у шрифті немає символів {chars}. Спочатку змініть "
        "текст."),
    "import_rejected": Text("Nothing was imported, file refused: {reason}{detail}.",
                            "Нічого не імпортовано, файл відхилено: {reason}{detail}."),
    "rule_syntax": Text(
        "The checklist rule {rule} is not valid: {reason} (condition {expr}). Update the "
        "reference data.",
        "Правило переліку {rule} некоректне: {reason} (умова {expr}). Оновіть довідкові дані."),
    "rule_data": Text(
        "The checklist rule {rule} is not valid: {field}: {reason}. Update the reference data.",
        "Правило переліку {rule} некоректне: {field}: {reason}. Оновіть довідкові дані."),
    "export_cancelled": Text(
        "The export was cancelled after {done} shipments; the previous file is unchanged.",
        "Експорт скасовано після {done} відправлень; попередній файл не змінено."),
}
