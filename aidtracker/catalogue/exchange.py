"""Words of the exchange between the two offices: the partner's packing-list template."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

REASONS: dict[str, dict[str, Text]] = {"import_rejected": {
    "template_unknown": Text(
        "the workbook is an AidTracker template of a newer version or with a changed layout: "
        "ask for a new template, or copy the lines into one",
        "книга є шаблоном AidTracker новішої версії або зі зміненою будовою: попросіть новий "
        "шаблон або перенесіть позиції в нього"),
}}

PROBLEMS: dict[str, Text] = {
    "template_for_other": Text(
        "this template was made for {value}, and is imported for {partner}",
        "цей шаблон зроблено для {value}, а імпортується для {partner}"),
}

FIELDS: dict[str, Text] = {  # the template's importer fields beyond the others
    "description_uk": Text("Description in Ukrainian", "Опис українською"),
    "wear": Text("Wear %", "Знос, %"),
    "load": Text("Load (truck No.)", "Рейс (№ вантажівки)"),
}

TEMPLATE: dict[str, Text] = {  # aidtracker template
    "written": Text("template for {partner} ({lang}) written to {path}",
                    "шаблон для {partner} ({lang}) записано у {path}"),
}
