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

#: Plain names of the document kinds (the window's menus and the register).
DOCUMENT_NAMES: dict[str, Text] = {
    "donation": Text(en="Donation letter (D1)", uk="Дарчий лист (D1)"),
    "specification": Text(en="Goods specification (D2)", uk="Специфікація вантажу (D2)"),
    "cmr": Text(en="CMR consignment note (D3)", uk="Накладна CMR (D3)"),
    "export-sheet": Text(en="Export data sheet (D4)", uk="Дані для експортної декларації (D4)"),
    "vehicle-sheet": Text(en="Vehicle data sheet (D5)", uk="Картка транспортного засобу (D5)"),
    "handover": Text(en="Acceptance and transfer act (D6)",
                     uk="Акт приймання-передачі (D6)"),
    "vehicle-handover": Text(en="Vehicle handover act (D7)",
                             uk="Акт приймання-передачі ТЗ (D7)"),
    "distribution": Text(en="Distribution act (D8)", uk="Акт видачі (D8)"),
    "report": Text(en="Report worksheet (D10)", uk="Робочий аркуш звіту (D10)"),
    "driver-letter": Text(en="Driver cover letter (D11)", uk="Супровідний лист водію (D11)"),
    "checklist": Text(en="Paperwork checklist (D12)", uk="Контрольний перелік документів (D12)"),
    "labels": Text(en="Package labels", uk="Етикетки місць"),
}

#: What one original covers (the part of a scope key before the colon).
SCOPES: dict[str, Text] = {
    "shipment": Text(en="shipment", uk="відправлення"),
    "load": Text(en="load", uk="рейс"),
    "vehicle": Text(en="vehicle", uk="транспортний засіб"),
    "act": Text(en="distribution act", uk="акт видачі"),
}

#: Register columns, states and the copy mark (used through ``say``).
REGISTER: dict[str, Text] = {
    "tab": Text(en="Iss&ued documents", uk="Вид&ані документи"),
    "col_number": Text(en="Number", uk="Номер"),
    "col_document": Text(en="Document", uk="Документ"),
    "col_scope": Text(en="For", uk="Для"),
    "col_date": Text(en="Date", uk="Дата"),
    "col_issued": Text(en="Issued", uk="Видано"),
    "col_by": Text(en="By", uk="Ким"),
    "col_status": Text(en="Status", uk="Стан"),
    "col_copies": Text(en="Copies", uk="Копій"),
    "col_sha": Text(en="SHA-256", uk="SHA-256"),
    "open": Text(en="&Open", uk="&Відкрити"),
    "copy": Text(en="Reprint as cop&y", uk="Друкувати ко&пію"),
    "supersede": Text(en="Supers&ede…", uk="За&мінити…"),
    "supersede_title": Text(en="Supersede {number}", uk="Замінити {number}"),
    "supersede_reason": Text(
        en="Why is {number} replaced? The old number stays on record, marked superseded.",
        uk="Чому {number} замінюється? Старий номер залишиться в реєстрі з позначкою «замінений»."),
    "already_title": Text(en="Already issued", uk="Уже видано"),
    "already": Text(
        en="{name} {number} is already issued for this shipment, vehicle or act. Reprint it as a "
        "copy, or supersede it with a reason?",
        uk="{name} {number} уже видано для цього обʼєкта. Надрукувати копію чи замінити його "
        "із зазначенням причини?"),
    "shipment": Text(en="shipment", uk="відправлення"),
    "valid": Text(en="valid", uk="чинний"),
    "superseded": Text(en="superseded", uk="замінений"),
    "void": Text(en="void (its act was reversed)", uk="недійсний (акт скасовано)"),
    "copy_mark": Text(en="COPY", uk="КОПІЯ"),
    "copy_made": Text(en="copy made", uk="копію видано"),
}
