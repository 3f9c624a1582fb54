"""Wording of issued documents: the register's refusals, legal dates, states, copies (uk + en)."""

from __future__ import annotations

from aidtracker.catalogue.text import Text

#: Error codes of aidtracker.documents.errors added with the register of issued documents.
ERRORS: dict[str, Text] = {
    "document_too_early": Text(
        en="cannot print {kind}: the shipment is {status}; it must be {needed} or later",
        uk="не можна надрукувати {kind}: відправлення у стані «{status}»; потрібен стан "
        "«{needed}» або пізніший",
    ),
    "document_already_issued": Text(
        en="{kind} {number} is already issued for this {scope}; reprint it with --copy-of "
        "{number} or replace it with --supersede REASON",
        uk="{kind} {number} вже видано для цього обʼєкта ({scope}); надрукуйте копію "
        "(--copy-of {number}) або замініть документ із зазначенням причини (--supersede ПРИЧИНА)",
    ),
    "document_date_refused": Text(
        en="the date {date} of {kind} contradicts the record: {reason}",
        uk="дата {date} документа {kind} суперечить запису: {reason}",
    ),
    "document_date_missing": Text(
        en="{kind} is dated by the field {field}, which is not recorded; record it or give --date",
        uk="{kind} датується полем «{field}», яке не заповнено; заповніть його або вкажіть --date",
    ),
    "stored_original_broken": Text(
        en="no copy of {number}: {reason} ({path})",
        uk="копію {number} не створено: {reason} ({path})",
    ),
    "supersede_refused": Text(
        en="cannot supersede {number}: {reason}",
        uk="не можна замінити {number}: {reason}",
    ),
}

#: ``reason`` parameters of the errors above and of document_not_applicable.
REASONS: dict[str, dict[str, Text]] = {
    "document_date_refused": {
        "before": Text(en="it is before {field} ({other})",
                       uk="вона раніша за «{field}» ({other})"),
        "after": Text(en="it is after {field} ({other})",
                      uk="вона пізніша за «{field}» ({other})"),
        "future": Text(en="it lies in the future (today is {other})",
                       uk="вона в майбутньому (сьогодні {other})"),
    },
    "stored_original_broken": {
        "missing": Text(en="the stored original is missing", uk="збережений оригінал відсутній"),
        "mismatch": Text(en="the stored original does not match its recorded SHA-256",
                         uk="збережений оригінал не збігається із записаним SHA-256"),
        "legacy": Text(en="it was issued before originals were stored; no original is kept",
                       uk="його видано до збереження оригіналів; оригінал не зберігся"),
    },
    "supersede_refused": {
        "no_original": Text(en="no valid original of this kind is issued for it",
                            uk="для нього немає чинного оригіналу цього виду"),
        "reason_required": Text(en="give the reason for the replacement",
                                uk="вкажіть причину заміни"),
    },
    "document_not_applicable": {
        "cancelled": Text(en="the shipment is cancelled", uk="відправлення скасовано"),
        "lost": Text(
            en="the shipment is lost; only documents that record the loss can be printed",
            uk="відправлення втрачено; друкуються лише документи, що фіксують втрату"),
        "rail": Text(
            en="it travels by rail, where a CIM or SMGS consignment note applies, not a CMR",
            uk="його перевозять залізницею: потрібна накладна ЦІМ або СМГС, а не CMR"),
        "self_propelled_only": Text(
            en="it carries only self-propelled vehicles driven across on their own wheels, "
            "which is no carriage of goods under the CMR Convention",
            uk="відправлення складається лише з транспортних засобів, що перетинають кордон "
            "своїм ходом: це не перевезення вантажу за Конвенцією CMR"),
        "choose_vehicle": Text(
            en="it carries several vehicles; choose one with --select VIN ({choices})",
            uk="відправлення має кілька транспортних засобів; оберіть один: --select VIN "
            "({choices})"),
        "choose_act": Text(
            en="it has several distribution acts; choose one with --select ACT ({choices})",
            uk="відправлення має кілька актів видачі; оберіть один: --select АКТ ({choices})"),
    },
}

#: Register columns, states and the copy mark (used through ``say``).
REGISTER: dict[str, Text] = {
    "valid": Text(en="valid", uk="чинний"),
    "superseded": Text(en="superseded", uk="замінений"),
    "copy_mark": Text(en="COPY", uk="КОПІЯ"),
    "copy_made": Text(en="copy made", uk="копію видано"),
}
