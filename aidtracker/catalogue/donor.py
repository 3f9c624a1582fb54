"""Words of the donor's report and of photos marked for publication."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

FIELDS: dict[str, Text] = {
    "publish": Text("photo for publication", "фото для публікації"),
    "from": Text("from", "від"),
    "to": Text("to", "до"),
    "lang": Text("language", "мова"),
}

DONOR: dict[str, Text] = {  # aidtracker donor-report, attachment
    "written": Text(
        "donor report for {partner} ({lang}): shipments {shipments}, pages {pages}, written to "
        "{path}",
        "звіт для донора {partner} ({lang}): відправлень {shipments}, сторінок {pages}, "
        "записано у {path}"),
    "workbook": Text("workbook written to {path}", "книгу записано у {path}"),
    "attached": Text("attached {name} to {reference} as No. {id}",
                     "{name} додано до {reference} під № {id}"),
    "published": Text("attachment No. {id} of {reference} is marked for publication",
                      "вкладення № {id} відправлення {reference} позначено для публікації"),
    "withdrawn": Text("attachment No. {id} of {reference} is no longer for publication",
                      "вкладення № {id} відправлення {reference} більше не для публікації"),
    "listed": Text("No. {id}  {kind}  {name}{mark}", "№ {id}  {kind}  {name}{mark}"),
    "mark": Text("  [for publication]", "  [для публікації]"),
}
