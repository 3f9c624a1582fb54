"""Wording of act reversals, serials per load and the recipient's AHARS registration."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

PROBLEMS: dict[str, Text] = {
    "act_reversed": Text(
        en="act {act} was already reversed ({at}, {by})",
        uk="акт {act} уже скасовано ({at}, {by})"),
    "act_after_report": Text(
        en="act {act} cannot be reversed: the shipment is {status} and the AHARS report was "
           "filed with it",
        uk="акт {act} не можна скасувати: відправлення у стані «{status}», звіт в АСРГД "
           "подано з урахуванням цього акта"),
    "serials_over_load": Text(
        en="line {row}: load {load} carries {units} {unit} of this line but {count} "
           "VINs/serials were given for it",
        uk="рядок {row}: рейс {load} везе {units} {unit} цієї позиції, а для нього зазначено "
           "{count} VIN/серійних номерів"),
}

EVENTS: dict[str, Text] = {
    "reverse_act": Text(en="Act reversed", uk="Акт скасовано"),
}

FIELDS: dict[str, Text] = {
    "act": Text(en="Act", uk="Акт"),
}
