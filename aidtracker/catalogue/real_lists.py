"""Wording of the importer's findings in real public lists that the other areas do not cover:
a quantity taken from a column that names another step of the goods (ordered, requested,
received). An area of the catalogue (see its ``__init__``)."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

PROBLEMS: dict[str, Text] = {
    "header_repeated": Text(
        en="the header's titles again ({value}): read as the start of the next section",
        uk="назви колонок повторено ({value}): прочитано як початок наступного розділу"),
    "kept_unit_fraction": Text(
        en="{field}: {value} {unit} is not a whole number, and '{unit}' is none of our units "
           "(pcs, kg, l, pair, pack, carton, set): give the quantity in one of them",
        uk="{field}: {value} {unit} — не ціле число, а '{unit}' немає серед наших одиниць "
           "(шт, кг, л, пара, упаковка, коробка, набір): вкажіть кількість в одній із них"),
    "value_rounded": Text(
        en="{field}: {value} has more than {places} decimal places (a computed amount): "
           "rounded half-up",
        uk="{field}: {value} має більше ніж {places} знаки після коми (обчислена сума): "
           "округлено"),
    "currency_stated": Text(
        en="{field}: {value}, as the list states it in this row (no money column names one)",
        uk="{field}: {value}, як зазначено у списку в цьому рядку (жодна колонка сум її не "
           "називає)"),
    "weight_rounded": Text(
        en="{field}: {value} is finer than a gram: rounded to the gram",
        uk="{field}: {value} точніше за грам: округлено до грама"),
    "description_beside": Text(
        en="{field}: empty; the goods named beside it in column {chosen} were taken ({value})",
        uk="{field}: порожній; взято назву товару поруч, з колонки {chosen} ({value})"),
    "column_stage": Text(
        en="{field}: no column names the quantity shipped; taken from column '{chosen}', the "
           "only quantity in the list (check that it is what is shipped)",
        uk="{field}: жодна колонка не називає відвантажену кількість; взято з колонки "
           "'{chosen}', єдиної кількості у списку (перевірте, що саме її відвантажено)"),
}
