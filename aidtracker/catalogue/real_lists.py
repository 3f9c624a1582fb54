"""Wording of the importer's findings in real public lists that the other areas do not cover:
a quantity taken from a column that names another step of the goods (ordered, requested,
received). An area of the catalogue (see its ``__init__``)."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

PROBLEMS: dict[str, Text] = {
    "column_stage": Text(
        en="{field}: no column names the quantity shipped; taken from column '{chosen}', the "
           "only quantity in the list (check that it is what is shipped)",
        uk="{field}: жодна колонка не називає відвантажену кількість; взято з колонки "
           "'{chosen}', єдиної кількості у списку (перевірте, що саме її відвантажено)"),
}
