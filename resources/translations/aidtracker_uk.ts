<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AddParty</name>
    <message>
        <location filename="../../ui/editor/add_party.py" line="23"/>
        <source>Add new…</source>
        <translation>Додати новий…</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/controller.py" line="246"/>
        <source>Waiting for: %1</source>
        <translation>Очікуємо на: %1</translation>
    </message>
</context>
<context>
    <name>AssetsDialog</name>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="56"/>
        <source>&amp;VINs, one per line:</source>
        <translation>&amp;VIN, по одному в рядку:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="57"/>
        <source>&amp;Serial numbers, one per line:</source>
        <translation>&amp;Серійні номери, по одному в рядку:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="58"/>
        <source>&amp;Make:</source>
        <translation>&amp;Марка:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="59"/>
        <source>M&amp;odel:</source>
        <translation>Мо&amp;дель:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="61"/>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="62"/>
        <source>&amp;Body type:</source>
        <translation>&amp;Тип кузова:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="64"/>
        <source>&amp;Rating, kVA:</source>
        <translation>&amp;Потужність, кВА:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/assets_dialog.py" line="76"/>
        <source>%n unit(s) entered; line quantity %1</source>
        <translation>
            <numerusform>Введено %n одиницю; кількість у позиції %1</numerusform>
            <numerusform>Введено %n одиниці; кількість у позиції %1</numerusform>
            <numerusform>Введено %n одиниць; кількість у позиції %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <location filename="../../ui/widgets/attention_panel.py" line="48"/>
        <source>Checking deadlines and paperwork…</source>
        <translation>Перевіряю терміни та документи…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="50"/>
        <source>Deadlines overdue or at risk (%n)</source>
        <translation>
            <numerusform>Терміни прострочені або під загрозою (%n)</numerusform>
            <numerusform>Терміни прострочені або під загрозою (%n)</numerusform>
            <numerusform>Терміни прострочені або під загрозою (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="78"/>
        <source>Blocking paperwork (%n)</source>
        <translation>
            <numerusform>Документи, що блокують наступний крок (%n)</numerusform>
            <numerusform>Документи, що блокують наступний крок (%n)</numerusform>
            <numerusform>Документи, що блокують наступний крок (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="53"/>
        <source>Held at customs (%n)</source>
        <translation>
            <numerusform>Затримано на митниці (%n)</numerusform>
            <numerusform>Затримано на митниці (%n)</numerusform>
            <numerusform>Затримано на митниці (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="56"/>
        <source>Only the %n most recently changed active shipments were checked.</source>
        <translation>
            <numerusform>Перевірено лише %n активне відправлення, змінене останнім.</numerusform>
            <numerusform>Перевірено лише %n активні відправлення, змінені останніми.</numerusform>
            <numerusform>Перевірено лише %n активних відправлень, змінених останніми.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_panel.py" line="88"/>
        <source>Shipments per status</source>
        <translation>Відправлення за станами</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="96"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>прострочено на %n день</numerusform>
            <numerusform>прострочено на %n дні</numerusform>
            <numerusform>прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="97"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>лишився %n день</numerusform>
            <numerusform>лишилося %n дні</numerusform>
            <numerusform>лишилося %n днів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_panel.py" line="106"/>
        <source>no reason recorded</source>
        <translation>причину не вказано</translation>
    </message>
</context>
<context>
    <name>BlockersBox</name>
    <message>
        <location filename="../../ui/dialogs/blockers.py" line="41"/>
        <source>&amp;Tick the checked items</source>
        <translation>&amp;Позначити вибрані пункти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/blockers.py" line="42"/>
        <source>Not a&amp;pplicable…</source>
        <translation>Не засто&amp;совується…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/blockers.py" line="68"/>
        <source>Still to do before this step (%n)</source>
        <translation>
            <numerusform>Ще треба зробити перед цим кроком (%n)</numerusform>
            <numerusform>Ще треба зробити перед цим кроком (%n)</numerusform>
            <numerusform>Ще треба зробити перед цим кроком (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/blockers.py" line="88"/>
        <source>Not applicable</source>
        <translation>Не застосовується</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/blockers.py" line="88"/>
        <source>Why do these items not apply? (kept with each of them)</source>
        <translation>Чому ці пункти не застосовуються? (зберігається з кожним)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="39"/>
        <source>AidTracker — unexpected error</source>
        <translation>AidTracker — неочікувана помилка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="41"/>
        <source>Something unexpected went wrong. Your saved records are safe: an unfinished change was rolled back, nothing half-saved. Unsaved edits in open windows are still there. Please copy the details below to whoever supports AidTracker.</source>
        <translation>Сталася неочікувана помилка. Збережені записи в безпеці: незавершену зміну скасовано, нічого не збережено наполовину. Незбережені правки у відкритих вікнах нікуди не зникли. Скопіюйте, будь ласка, подробиці нижче й передайте тому, хто супроводжує AidTracker.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="49"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Копіювати подробиці</translation>
    </message>
</context>
<context>
    <name>DatabaseFlows</name>
    <message>
        <location filename="../../ui/app.py" line="173"/>
        <location filename="../../ui/main/database_flows.py" line="114"/>
        <source>Open database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="104"/>
        <source>Backing up and upgrading the database…</source>
        <translation>Створюю резервну копію та оновлюю базу даних…</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="126"/>
        <location filename="../../ui/main/database_flows.py" line="132"/>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="133"/>
        <source>Office code for shipment references (e.g. KYV):</source>
        <translation>Код установи для номерів відправлень (наприклад, KYV):</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="168"/>
        <source>Making the demo data…</source>
        <translation>Створюю демонстраційні дані…</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="180"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="196"/>
        <source>Back up the database</source>
        <translation>Резервна копія бази даних</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="214"/>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="215"/>
        <source>Backup made and verified:</source>
        <translation>Резервну копію створено й перевірено:</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="220"/>
        <source>Making a verified backup…</source>
        <translation>Створюю та перевіряю резервну копію…</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="230"/>
        <source>This database is on a network or cloud-sync folder: keep it open on one computer at a time, and never copy, move or delete its -journal file by hand.</source>
        <translation>Ця база даних лежить у мережевій або хмарній (синхронізованій) папці: тримайте її відкритою лише на одному комп&apos;ютері водночас і ніколи не копіюйте, не переміщуйте й не видаляйте її файл -journal вручну.</translation>
    </message>
</context>
<context>
    <name>Directories</name>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="39"/>
        <location filename="../../ui/dialogs/directory_forms.py" line="137"/>
        <source>Partner city</source>
        <translation>Місто-партнер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="40"/>
        <source>In Ukrainian</source>
        <translation>Українською</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="41"/>
        <location filename="../../ui/dialogs/directories.py" line="49"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="42"/>
        <source>Ukrainian city</source>
        <translation>Місто в Україні</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="43"/>
        <source>Relation</source>
        <translation>Відносини</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="46"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="47"/>
        <source>Name (UA)</source>
        <translation>Назва (укр.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="48"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="50"/>
        <source>EDRPOU</source>
        <translation>ЄДРПОУ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="51"/>
        <source>AHARS No.</source>
        <translation>№ в АСРГД</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="52"/>
        <source>Settlement</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="55"/>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="56"/>
        <location filename="../../ui/dialogs/directory_forms.py" line="200"/>
        <source>Need</source>
        <translation>Потреба</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="57"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="59"/>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="60"/>
        <source>Needed</source>
        <translation>Потрібно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="61"/>
        <source>Pledged</source>
        <translation>Обіцяно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="62"/>
        <source>Shipped</source>
        <translation>Відправлено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="63"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="64"/>
        <source>Still open</source>
        <translation>Ще не покрито</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="65"/>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="66"/>
        <source>Needed by</source>
        <translation>Потрібно до</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="67"/>
        <source>Covered by</source>
        <translation>Покривають відправлення</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_forms.py" line="136"/>
        <source>New partner city</source>
        <translation>Нове місто-партнер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_forms.py" line="158"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_forms.py" line="160"/>
        <source>Registered charity</source>
        <translation>Зареєстрована благодійна організація</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_forms.py" line="162"/>
        <source>Recipient of humanitarian aid (EDRPOU and AHARS No. required)</source>
        <translation>Отримувач гуманітарної допомоги (потрібні ЄДРПОУ та № в АСРГД)</translation>
    </message>
</context>
<context>
    <name>DirectoriesDialog</name>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="129"/>
        <source>Donor &amp;report…</source>
        <translation>&amp;Звіт для донора…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="127"/>
        <source>An Excel workbook in the partner&apos;s language beside Ukrainian for the partner to fill in; it imports without any column mapping</source>
        <translation>Книга Excel мовою партнера поруч з українською, яку партнер заповнює; вона імпортується без зіставлення стовпців</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="125"/>
        <source>Packing-list &amp;template…</source>
        <translation>&amp;Шаблон пакувального листа…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="117"/>
        <source>Directories</source>
        <translation>Довідники</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="118"/>
        <source>&amp;Partner cities</source>
        <translation>&amp;Міста-партнери</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="118"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Організації</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="119"/>
        <source>&amp;Needs and coverage</source>
        <translation>&amp;Потреби та їх покриття</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="122"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="123"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="124"/>
        <source>&amp;Covered by shipment…</source>
        <translation>Покрито &amp;відправленням…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="232"/>
        <source>Covered by shipment</source>
        <translation>Покрито відправленням</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="233"/>
        <source>Reference of the shipment that covers this need:</source>
        <translation>Номер відправлення, яке покриває цю потребу:</translation>
    </message>
</context>
<context>
    <name>DistributionTab</name>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="65"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="66"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="68"/>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="69"/>
        <source>Sent</source>
        <translation>Відправлено</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="70"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="71"/>
        <source>Damaged</source>
        <translation>Пошкоджено</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="73"/>
        <source>Missing</source>
        <translation>Бракує</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="75"/>
        <source>Handed over</source>
        <translation>Передано</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="77"/>
        <source>Balance</source>
        <translation>Залишок</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="86"/>
        <source>Act No.</source>
        <translation>№ акта</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="87"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="88"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="89"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="90"/>
        <source>Lines (No.: quantity)</source>
        <translation>Позиції (№: кількість)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="148"/>
        <source>Lines: received and remaining balance</source>
        <translation>Позиції: отримано та залишок</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="149"/>
        <source>Handovers to acquirers</source>
        <translation>Передачі набувачам</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="150"/>
        <source>Record rec&amp;eipt…</source>
        <translation>Внести &amp;отримане…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="151"/>
        <source>Add &amp;handover (D8)…</source>
        <translation>Додати &amp;передачу (D8)…</translation>
    </message>
</context>
<context>
    <name>DonorReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="231"/>
        <source>Packing-list template</source>
        <translation>Шаблон пакувального листа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="195"/>
        <source>The donor report was written: %1 shipment(s), %2 page(s).</source>
        <translation>Звіт для донора записано: відправлень — %1, сторінок — %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="189"/>
        <source>Writing the donor report…</source>
        <translation>Записується звіт для донора…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="161"/>
        <source>Save as</source>
        <translation>Зберегти як</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="130"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="129"/>
        <source>&amp;Write the report</source>
        <translation>&amp;Записати звіт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="127"/>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="128"/>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="126"/>
        <source>Also write the tables as an Excel &amp;workbook</source>
        <translation>Також записати таблиці у &amp;книгу Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="125"/>
        <source>Shipments are selected by their loading day</source>
        <translation>Відправлення відбираються за днем завантаження</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="124"/>
        <source>any</source>
        <translation>будь-яка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="120"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Книга Excel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="120"/>
        <source>P&amp;DF file:</source>
        <translation>Файл P&amp;DF:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="120"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="119"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="119"/>
        <source>&amp;From:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="119"/>
        <source>&amp;Partner city:</source>
        <translation>&amp;Місто-партнер:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="118"/>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="198"/>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="202"/>
        <source>Donor report</source>
        <translation>Звіт для донора</translation>
    </message>
</context>
<context>
    <name>Everyday</name>
    <message>
        <location filename="../../ui/main/everyday.py" line="77"/>
        <source>Search: %1</source>
        <translation>Пошук: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main/everyday.py" line="82"/>
        <source>%1 of %2 shipments</source>
        <translation>%1 з %2 відправлень</translation>
    </message>
    <message>
        <location filename="../../ui/main/everyday.py" line="118"/>
        <source>Print the list</source>
        <translation>Друк списку</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../ui/main/excel_actions.py" line="64"/>
        <source>&amp;Import a packing list…</source>
        <translation>&amp;Імпорт пакувального листа…</translation>
    </message>
    <message>
        <location filename="../../ui/main/excel_actions.py" line="66"/>
        <source>Read a partner city&apos;s packing list (xlsx, xls or csv) into a draft shipment</source>
        <translation>Перенести пакувальний лист міста-партнера (xlsx, xls або csv) у чернетку відправлення</translation>
    </message>
    <message>
        <location filename="../../ui/main/excel_actions.py" line="67"/>
        <source>&amp;Export the ledger (Excel)…</source>
        <translation>&amp;Експорт журналу (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/main/excel_actions.py" line="69"/>
        <source>Shipments, items, distributions and a summary in one Excel workbook</source>
        <translation>Відправлення, товари, розподіл і підсумки в одній книзі Excel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="107"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="197"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="207"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="210"/>
        <source>Export the ledger</source>
        <translation>Експорт журналу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;тан:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108"/>
        <source>&amp;Partner city:</source>
        <translation>&amp;Місто-партнер:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Отримувач:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="109"/>
        <source>&amp;From:</source>
        <translation>&amp;З дати:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="109"/>
        <source>&amp;To:</source>
        <translation>&amp;По дату:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="117"/>
        <source>any</source>
        <translation>будь-яка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="118"/>
        <source>Add the &amp;HXL hashtag row under the headers</source>
        <translation>Додати рядок хештегів &amp;HXL під заголовками</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="119"/>
        <source>For humanitarian data tools that read HXL (#item, #org, #adm1 …)</source>
        <translation>Для гуманітарних інструментів, що читають HXL (#item, #org, #adm1 …)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="121"/>
        <source>Sheets: Shipments, Items, Distributions, Summary. The dates select by planned loading (else pledge, else creation) date.</source>
        <translation>Аркуші: Shipments, Items, Distributions, Summary. Дати відбирають за плановим завантаженням (інакше — за датою пропозиції або створення).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="124"/>
        <source>The search text “%1” of the main window does not apply to the ledger.</source>
        <translation>Текст пошуку «%1» з головного вікна до журналу не застосовується.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="128"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="165"/>
        <source>Save the ledger</source>
        <translation>Зберегти журнал</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="188"/>
        <source>Writing the ledger…</source>
        <translation>Записую журнал…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="193"/>
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n відправлення</numerusform>
            <numerusform>%n відправлення</numerusform>
            <numerusform>%n відправлень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="194"/>
        <source>%n goods line(s)</source>
        <translation>
            <numerusform>%n товарна позиція</numerusform>
            <numerusform>%n товарні позиції</numerusform>
            <numerusform>%n товарних позицій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="195"/>
        <source>%n distribution line(s)</source>
        <translation>
            <numerusform>%n рядок розподілу</numerusform>
            <numerusform>%n рядки розподілу</numerusform>
            <numerusform>%n рядків розподілу</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="196"/>
        <source>The ledger was written: %1.</source>
        <translation>Журнал записано: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="204"/>
        <source>The export was cancelled. The previous file is unchanged:</source>
        <translation>Експорт скасовано. Попередній файл не змінено:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="206"/>
        <source>The export was cancelled. No file was written.</source>
        <translation>Експорт скасовано. Файл не записано.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="88"/>
        <location filename="../../ui/widgets/filter_bar.py" line="100"/>
        <location filename="../../ui/widgets/filter_bar.py" line="105"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="95"/>
        <source>Find: reference, goods, VIN, serial No., AHARS code (Ctrl+F)</source>
        <translation>Пошук: номер, товар, VIN, серійний №, код АСРГД (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="96"/>
        <source>&amp;Partner</source>
        <translation>&amp;Партнер</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="96"/>
        <source>&amp;Recipient</source>
        <translation>&amp;Отримувач</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="96"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Стан</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="97"/>
        <source>Fro&amp;m</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="97"/>
        <source>T&amp;o</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="107"/>
        <source>any</source>
        <translation>будь-яка</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="108"/>
        <source>C&amp;lear filters</source>
        <translation>Скину&amp;ти фільтри</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="36"/>
        <source>Welcome to AidTracker</source>
        <translation>Вітаємо в AidTracker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="40"/>
        <source>There is no database yet. Nothing has been written: choose how to start.</source>
        <translation>Бази даних ще немає. Нічого не записано: оберіть, як почати.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="47"/>
        <source>Explore the &amp;demo (a separate file with sample records, marked as demo)</source>
        <translation>Переглянути &amp;демо (окремий файл зі зразками записів, позначений як демо)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="59"/>
        <source>Start your own records</source>
        <translation>Почати власні записи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="65"/>
        <source>2–5 letters that start every shipment reference, e.g. KYV-2026-0001</source>
        <translation>2–5 літер на початку кожного номера відправлення, напр. KYV-2026-0001</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="67"/>
        <source>Office &amp;code:</source>
        <translation>&amp;Код офісу:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="70"/>
        <source>the receiving side (a Ukrainian city office)</source>
        <translation>сторона-отримувач (офіс українського міста)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="72"/>
        <source>the donor side (a partner city office)</source>
        <translation>сторона-донор (офіс міста-партнера)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="73"/>
        <source>We &amp;are:</source>
        <translation>&amp;Ми —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="76"/>
        <source>C&amp;hange…</source>
        <translation>З&amp;мінити…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="81"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="82"/>
        <source>Create the &amp;new database</source>
        <translation>Створити &amp;нову базу даних</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="91"/>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="46"/>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Відкрити наявну базу даних…</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../ui/editor/general_tab.py" line="35"/>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <location filename="../../ui/editor/general_tab.py" line="38"/>
        <source>Route and transport</source>
        <translation>Маршрут і транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/editor/general_tab.py" line="41"/>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <location filename="../../ui/editor/general_tab.py" line="45"/>
        <source>Codes and documents</source>
        <translation>Коди та документи</translation>
    </message>
    <message>
        <location filename="../../ui/editor/general_tab.py" line="161"/>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.РРРР</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="64"/>
        <source>the status before</source>
        <translation>попередній стан</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="65"/>
        <source>Steps aside</source>
        <translation>Кроки вбік</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="66"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="67"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="68"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="89"/>
        <source>AidTracker guide</source>
        <translation>Посібник AidTracker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="102"/>
        <source>Ctrl+N: a new shipment — choose the partner city, donor and recipient (&quot;Add new…&quot; in each list when one is missing), add the goods lines, Ctrl+S saves.</source>
        <translation>Ctrl+N: нове відправлення — оберіть місто-партнера, донора й отримувача («Додати…» у кожному списку, якщо когось бракує), додайте рядки товарів, Ctrl+S зберігає.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="105"/>
        <source>Print (Ctrl+P) makes the donation letter and the other papers.</source>
        <translation>Друк (Ctrl+P) готує дарчий лист та інші документи.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="106"/>
        <source>&quot;Move on&quot; takes the shipment to its next step; what still blocks the step is shown first and can be ticked there.</source>
        <translation>«Далі» переводить відправлення на наступний крок; спершу показано, що ще заважає кроку, і це можна позначити там же.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="108"/>
        <source>The &quot;Needs attention&quot; panel and View › This week show what is due or overdue (red).</source>
        <translation>Панель «Потребує уваги» та Вигляд › Цей тиждень показують, що настає або прострочено (червоним).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="110"/>
        <source>Shipment › Duplicate starts the next, similar shipment as a draft.</source>
        <translation>Відправлення › Дублювати починає наступне схоже відправлення як чернетку.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="112"/>
        <source>A day with AidTracker</source>
        <translation>День з AidTracker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="112"/>
        <source>Shortcuts</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="113"/>
        <source>The steps of a shipment</source>
        <translation>Кроки відправлення</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="72"/>
        <source>&amp;Partner city:</source>
        <translation>&amp;Місто-партнер:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="72"/>
        <source>&amp;Recipient:</source>
        <translation>О&amp;тримувач:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="73"/>
        <source>&amp;Donor:</source>
        <translation>&amp;Донор:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="73"/>
        <source>Add to &amp;shipment:</source>
        <translation>Додати до &amp;відправлення:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="74"/>
        <source>C&amp;urrency:</source>
        <translation>Ва&amp;люта:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="77"/>
        <location filename="../../ui/widgets/import_choices.py" line="78"/>
        <source>choose…</source>
        <translation>виберіть…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="79"/>
        <source>the partner city&apos;s usual donor</source>
        <translation>звичайний донор міста-партнера</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="80"/>
        <source>as named in the list</source>
        <translation>як зазначено у списку</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="81"/>
        <source>empty: a new draft shipment</source>
        <translation>порожньо — нова чернетка</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/models/import_tables.py" line="25"/>
        <location filename="../../ui/models/import_tables.py" line="38"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="30"/>
        <source>Gross, kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="39"/>
        <source>Column</source>
        <translation>Колонка</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="40"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="41"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="148"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="335"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="384"/>
        <source>Import a packing list</source>
        <translation>Імпорт пакувального листа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="149"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="151"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="152"/>
        <source>an xlsx, xls or csv file from the partner city</source>
        <translation>файл xlsx, xls або csv від міста-партнера</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="153"/>
        <source>Column &amp;mapping…</source>
        <translation>Відповідність &amp;колонок…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="155"/>
        <source>Choose which column holds which field, for lists the program does not recognise</source>
        <translation>Укажіть, яке поле в якій колонці, — для списків, яких програма не розпізнає</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="156"/>
        <source>Import only the &amp;good rows (rows with problems are left out)</source>
        <translation>Імпортувати лише бе&amp;зпомилкові рядки (рядки з помилками буде пропущено)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="158"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="159"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="178"/>
        <source>Choose the packing list</source>
        <translation>Виберіть пакувальний лист</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="218"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="265"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="295"/>
        <source>Reading the packing list…</source>
        <translation>Читаю пакувальний лист…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="286"/>
        <source>Importing…</source>
        <translation>Імпортую…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="288"/>
        <source>Choose the packing list (xlsx, xls or csv).</source>
        <translation>Виберіть пакувальний лист (xlsx, xls або csv).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="291"/>
        <source>This file cannot be read as a packing list: %1.</source>
        <translation>Цей файл не вдається прочитати як пакувальний лист: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="297"/>
        <source>Choose the partner city and the recipient.</source>
        <translation>Виберіть місто-партнера та отримувача.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="299"/>
        <source>The list has no lines that can be imported.</source>
        <translation>У списку немає позицій, які можна імпортувати.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="301"/>
        <source>Rows with problems block the import: correct the file and choose it again, or import only the good rows.</source>
        <translation>Рядки з помилками не дають імпортувати: виправте файл і виберіть його знову або імпортуйте лише безпомилкові рядки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="324"/>
        <source>Ready: %n line(s) will be added to shipment %1.</source>
        <translation>
            <numerusform>Готово: до відправлення %1 буде додано %n позицію.</numerusform>
            <numerusform>Готово: до відправлення %1 буде додано %n позиції.</numerusform>
            <numerusform>Готово: до відправлення %1 буде додано %n позицій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="326"/>
        <source>Ready: %n line(s) will make a new draft shipment.</source>
        <translation>
            <numerusform>Готово: %n позиція стане новою чернеткою відправлення.</numerusform>
            <numerusform>Готово: %n позиції стануть новою чернеткою відправлення.</numerusform>
            <numerusform>Готово: %n позицій стануть новою чернеткою відправлення.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="369"/>
        <source>Shipment %1 was created as a draft with %n line(s).</source>
        <translation>
            <numerusform>Створено чернетку відправлення %1: %n позиція.</numerusform>
            <numerusform>Створено чернетку відправлення %1: %n позиції.</numerusform>
            <numerusform>Створено чернетку відправлення %1: %n позицій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="372"/>
        <source>%n line(s) were added to shipment %1.</source>
        <translation>
            <numerusform>До відправлення %1 додано %n позицію.</numerusform>
            <numerusform>До відправлення %1 додано %n позиції.</numerusform>
            <numerusform>До відправлення %1 додано %n позицій.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="375"/>
        <source>Rows left out: %1.</source>
        <translation>Пропущено рядки: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="378"/>
        <source>Packing list imported</source>
        <translation>Пакувальний лист імпортовано</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="64"/>
        <source>— (not imported)</source>
        <translation>— (не імпортувати)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="15"/>
        <source>Nothing was imported. Please correct:</source>
        <translation>Нічого не імпортовано. Виправте:</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../ui/editor/items_tab.py" line="112"/>
        <source>&amp;Add line</source>
        <translation>Додати п&amp;озицію</translation>
    </message>
    <message>
        <location filename="../../ui/editor/items_tab.py" line="113"/>
        <source>Re&amp;move line</source>
        <translation>&amp;Видалити позицію</translation>
    </message>
    <message>
        <location filename="../../ui/editor/items_tab.py" line="114"/>
        <source>Serials / &amp;VINs…</source>
        <translation>Серійні &amp;номери / VIN…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/items_tab.py" line="158"/>
        <source>Line %1: serial numbers / VINs</source>
        <translation>Позиція %1: серійні номери / VIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/items_tab.py" line="167"/>
        <source>Total: %n line(s) · gross %1 kg · value %2</source>
        <translation>
            <numerusform>Разом: %n позиція · брутто %1 кг · вартість %2</numerusform>
            <numerusform>Разом: %n позиції · брутто %1 кг · вартість %2</numerusform>
            <numerusform>Разом: %n позицій · брутто %1 кг · вартість %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../ui/models/lines.py" line="35"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="36"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="37"/>
        <source>Description (UA)</source>
        <translation>Опис (укр.)</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="38"/>
        <source>Description (EN)</source>
        <translation>Опис (англ.)</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="39"/>
        <source>HS code</source>
        <translation>Код HS</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="40"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="41"/>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="42"/>
        <source>Packages</source>
        <translation>Місць</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="43"/>
        <source>Net, kg</source>
        <translation>Нетто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="44"/>
        <source>Gross, kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="45"/>
        <source>Unit value</source>
        <translation>Ціна за од.</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="46"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="47"/>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="48"/>
        <source>Wear %</source>
        <translation>Знос, %</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="49"/>
        <source>Expiry</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="50"/>
        <source>Serials / VINs</source>
        <translation>Серійні № / VIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/lines.py" line="171"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n одиниця</numerusform>
            <numerusform>%n одиниці</numerusform>
            <numerusform>%n одиниць</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="201"/>
        <source>Change category</source>
        <translation>Зміна категорії</translation>
    </message>
</context>
<context>
    <name>ListReader</name>
    <message>
        <location filename="../../ui/main/list_reader.py" line="64"/>
        <source>Reading the list…</source>
        <translation>Читаю список…</translation>
    </message>
    <message>
        <location filename="../../ui/main/list_reader.py" line="80"/>
        <source>Waiting for the file…</source>
        <translation>Чекаю на файл…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main/actions.py" line="139"/>
        <source>&amp;Donor report…</source>
        <translation>&amp;Звіт для донора…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="117"/>
        <source>R&amp;eports</source>
        <translation>&amp;Звіти</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="112"/>
        <source>Open &amp;recent</source>
        <translation>Ос&amp;танні файли</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="113"/>
        <source>&amp;Shipment</source>
        <translation>&amp;Відправлення</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="114"/>
        <source>Change &amp;status</source>
        <translation>Змінити &amp;стан</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="115"/>
        <source>&amp;Directories</source>
        <translation>&amp;Довідники</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="116"/>
        <source>&amp;View</source>
        <translation>В&amp;игляд</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="118"/>
        <source>&amp;Help</source>
        <translation>Дов&amp;ідка</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="121"/>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база даних…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="122"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="123"/>
        <source>Open &amp;demo data</source>
        <translation>Відкрити &amp;демонстраційні дані</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="124"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Резервна копія бази даних…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="125"/>
        <source>S&amp;ettings…</source>
        <translation>Н&amp;алаштування…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="127"/>
        <source>&amp;New shipment</source>
        <translation>&amp;Нове відправлення</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="128"/>
        <source>&amp;Open shipment (Enter)</source>
        <translation>&amp;Відкрити відправлення (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="129"/>
        <source>&amp;Duplicate as a new draft</source>
        <translation>&amp;Дублювати як нову чернетку</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="130"/>
        <source>&amp;Print documents…</source>
        <translation>&amp;Друкувати документи…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="131"/>
        <source>Print the &amp;list as filtered…</source>
        <translation>Друкувати с&amp;писок як відфільтровано…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="132"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="133"/>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="134"/>
        <source>&amp;Partner cities</source>
        <translation>&amp;Міста-партнери</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="135"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Організації</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="136"/>
        <source>&amp;Needs and coverage</source>
        <translation>&amp;Потреби та їх покриття</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="137"/>
        <source>Needs &amp;attention panel</source>
        <translation>Панель «Потребує &amp;уваги»</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="138"/>
        <source>This &amp;week: what is due</source>
        <translation>Цей &amp;тиждень: що настає</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="140"/>
        <source>&amp;Guide and shortcuts</source>
        <translation>&amp;Посібник і клавіші</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="141"/>
        <source>&amp;About AidTracker</source>
        <translation>&amp;Про AidTracker</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="160"/>
        <source>Needs attention</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="162"/>
        <source>DEMO DATA — sample records in a separate file, not your office&apos;s records. File › New database… starts your own.</source>
        <translation>ДЕМО-ДАНІ — зразки записів в окремому файлі, не записи вашого офісу. Файл › Нова база даних… — щоб почати власні.</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="209"/>
        <source>Also open on: %1</source>
        <translation>Також відкрито: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="216"/>
        <source>no database</source>
        <translation>немає бази даних</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="217"/>
        <source>DEMO DATA</source>
        <translation>ДЕМО-ДАНІ</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="222"/>
        <source>No database open</source>
        <translation>Базу даних не відкрито</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/window.py" line="223"/>
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n відправлення</numerusform>
            <numerusform>%n відправлення</numerusform>
            <numerusform>%n відправлень</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="224"/>
        <source>Checking the file…</source>
        <translation>Перевіряю файл…</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="336"/>
        <source>Open or create a database first (File menu).</source>
        <translation>Спочатку відкрийте або створіть базу даних (меню «Файл»).</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="390"/>
        <source>About AidTracker</source>
        <translation>Про AidTracker</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="391"/>
        <source>AidTracker keeps the records of humanitarian aid from partner cities: shipments, paperwork, border, receipt and distribution. Offline, one database file.</source>
        <translation>AidTracker веде облік гуманітарної допомоги від міст-партнерів: відправлення, документи, кордон, отримання та розподіл. Працює без інтернету, з одним файлом бази даних.</translation>
    </message>
</context>
<context>
    <name>ManifestPreview</name>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="83"/>
        <source>&amp;Lines to import:</source>
        <translation>&amp;Позиції для імпорту:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="84"/>
        <source>Ro&amp;ws with problems:</source>
        <translation>&amp;Рядки з помилками:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="101"/>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="101"/>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="110"/>
        <source>Header in row %1.</source>
        <translation>Заголовок у рядку %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="111"/>
        <source>No header row.</source>
        <translation>Рядка заголовків немає.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="113"/>
        <source>Sheet “%1”, header in row %2.</source>
        <translation>Аркуш «%1», заголовок у рядку %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="116"/>
        <source>Sheet “%1”, no header row.</source>
        <translation>Аркуш «%1», без рядка заголовків.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/manifest_preview.py" line="121"/>
        <source>Total: %n line(s) · quantity %1 · gross %2 kg · value %3</source>
        <translation>
            <numerusform>Разом: %n позиція · кількість %1 · брутто %2 кг · вартість %3</numerusform>
            <numerusform>Разом: %n позиції · кількість %1 · брутто %2 кг · вартість %3</numerusform>
            <numerusform>Разом: %n позицій · кількість %1 · брутто %2 кг · вартість %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/manifest_preview.py" line="128"/>
        <source>%n row(s) with problems: %1.</source>
        <translation>
            <numerusform>%n рядок з помилками: %1.</numerusform>
            <numerusform>%n рядки з помилками: %1.</numerusform>
            <numerusform>%n рядків з помилками: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/manifest_preview.py" line="131"/>
        <source>%n warning(s); nothing blocks the import.</source>
        <translation>
            <numerusform>%n попередження; імпорту ніщо не заважає.</numerusform>
            <numerusform>%n попередження; імпорту ніщо не заважає.</numerusform>
            <numerusform>%n попереджень; імпорту ніщо не заважає.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="133"/>
        <source>No problems found.</source>
        <translation>Помилок не знайдено.</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="202"/>
        <source>Column mapping</source>
        <translation>Відповідність колонок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="204"/>
        <source>Choose which field each column of the list holds. Description and quantity are required; columns left at “—” are not imported. A real import remembers the mapping for the partner city.</source>
        <translation>Виберіть, яке поле містить кожна колонка списку. Опис і кількість обов&apos;язкові; колонки з «—» не імпортуються. Після імпорту відповідність запам&apos;ятовується для міста-партнера.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="207"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Аркуш:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="207"/>
        <source>&amp;Header row:</source>
        <translation>Рядок &amp;заголовків:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="207"/>
        <source>&amp;Decimal separator:</source>
        <translation>&amp;Десятковий роздільник:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="208"/>
        <source>&amp;Columns (F2 or type to choose a field):</source>
        <translation>&amp;Колонки (F2 або почніть друкувати, щоб вибрати поле):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="211"/>
        <source>none: data from the first row</source>
        <translation>немає: дані з першого рядка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="212"/>
        <source>detect from the numbers</source>
        <translation>визначити за числами</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="213"/>
        <source>comma: 1.640,5</source>
        <translation>кома: 1.640,5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="213"/>
        <source>point: 1,640.5</source>
        <translation>крапка: 1,640.5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="216"/>
        <source>Column</source>
        <translation>Колонка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="216"/>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="216"/>
        <source>Examples</source>
        <translation>Приклади</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="216"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="328"/>
        <source>Choose the column that holds “%1”.</source>
        <translation>Виберіть колонку з полем «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="333"/>
        <source>“%1” is chosen for more than one column: %2.</source>
        <translation>«%1» вибрано для кількох колонок: %2.</translation>
    </message>
</context>
<context>
    <name>PaperworkTab</name>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="41"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="42"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="43"/>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="45"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="46"/>
        <source>Severity</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="47"/>
        <source>Blocks</source>
        <translation>Блокує</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="49"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="50"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="51"/>
        <source>At</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="52"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="55"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="56"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="57"/>
        <source>Size, KB</source>
        <translation>Розмір, КБ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="59"/>
        <source>Added by</source>
        <translation>Додав(ла)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="60"/>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="113"/>
        <source>Checklist</source>
        <translation>Перелік документів</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="114"/>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="115"/>
        <source>Tic&amp;k as done</source>
        <translation>&amp;Позначити виконаним</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="117"/>
        <source>R&amp;eopen</source>
        <translation>Відкрити з&amp;нову</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="116"/>
        <source>O&amp;verride…</source>
        <translation>Пропу&amp;стити з поясненням…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="118"/>
        <source>Add &amp;file…</source>
        <translation>Додати &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="119"/>
        <source>Open fi&amp;le</source>
        <translation>Відкрити фа&amp;йл</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="151"/>
        <source>Override %1</source>
        <translation>Пропустити %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="152"/>
        <source>Why can this item be passed over? (kept in the event log)</source>
        <translation>Чому цей пункт можна пропустити? (пояснення збережеться в журналі подій)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="163"/>
        <location filename="../../ui/editor/paperwork_tab.py" line="167"/>
        <source>Attach a file</source>
        <translation>Додати файл</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="168"/>
        <source>What is this document?</source>
        <translation>Що це за документ?</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="53"/>
        <source>Printing is not available in this installation.</source>
        <translation>У цій інсталяції друк недоступний.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="80"/>
        <source>Print — %1</source>
        <translation>Друк — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="150"/>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="151"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="167"/>
        <source>&amp;Preview draft</source>
        <translation>&amp;Чернетка для перегляду</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="168"/>
        <source>&amp;Issue numbered document</source>
        <translation>&amp;Видати документ із номером</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="170"/>
        <source>Takes the next document number and keeps the PDF&apos;s fingerprint on record</source>
        <translation>Бере наступний номер документа та зберігає відбиток PDF в обліку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_dialog.py" line="260"/>
        <source>Issued No. %1 · %n page(s)</source>
        <translation>
            <numerusform>Видано № %1 · %n сторінка</numerusform>
            <numerusform>Видано № %1 · %n сторінки</numerusform>
            <numerusform>Видано № %1 · %n сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_dialog.py" line="266"/>
        <source>Draft preview, not numbered · %n page(s)</source>
        <translation>
            <numerusform>Чернетка без номера · %n сторінка</numerusform>
            <numerusform>Чернетка без номера · %n сторінки</numerusform>
            <numerusform>Чернетка без номера · %n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="171"/>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="172"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Зберегти як PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="173"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="197"/>
        <location filename="../../ui/dialogs/print_dialog.py" line="199"/>
        <location filename="../../ui/dialogs/print_dialog.py" line="224"/>
        <source>Preparing the document…</source>
        <translation>Готую документ…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="303"/>
        <source>Save the PDF</source>
        <translation>Зберегти PDF</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="38"/>
        <source>&amp;Your name (kept with every change):</source>
        <translation>&amp;Ваше ім&apos;я (зберігається з кожною зміною):</translation>
    </message>
</context>
<context>
    <name>ShipmentEditor</name>
    <message>
        <location filename="../../ui/editor/editor.py" line="191"/>
        <source>&amp;General</source>
        <translation>&amp;Загальне</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="191"/>
        <source>&amp;Items</source>
        <translation>&amp;Товари</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="192"/>
        <source>&amp;Paperwork</source>
        <translation>&amp;Документи</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="192"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="193"/>
        <source>&amp;Distribution</source>
        <translation>&amp;Розподіл</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="195"/>
        <source>Move o&amp;n</source>
        <translation>Да&amp;лі</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="199"/>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="200"/>
        <source>P&amp;rint…</source>
        <translation>Дру&amp;к…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="201"/>
        <source>&amp;Close</source>
        <translation>Закр&amp;ити</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="202"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="203"/>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="220"/>
        <source>New shipment</source>
        <translation>Нове відправлення</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="225"/>
        <source>locked: changes are amendments</source>
        <translation>заблоковано: зміни — лише як виправлення</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="278"/>
        <source>Amendment</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="279"/>
        <source>%1 is locked. Why is this record corrected? (kept with the change)</source>
        <translation>%1 заблоковано. Чому виправляється цей запис? (причина зберігається разом зі зміною)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="297"/>
        <source>Someone else saved first</source>
        <translation>Хтось інший зберіг раніше</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="299"/>
        <source>Reload now? Your unsaved changes here will be discarded. Choose No to keep them on screen (nothing is saved).</source>
        <translation>Перезавантажити зараз? Ваші незбережені зміни тут буде відкинуто. Оберіть «Ні», щоб лишити їх на екрані (нічого не буде збережено).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/editor.py" line="318"/>
        <source>Not saved: %n problem(s) to correct (marked below).</source>
        <translation>
            <numerusform>Не збережено: %n помилка, виправте її (позначено нижче).</numerusform>
            <numerusform>Не збережено: %n помилки, виправте їх (позначено нижче).</numerusform>
            <numerusform>Не збережено: %n помилок, виправте їх (позначено нижче).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="328"/>
        <location filename="../../ui/editor/editor.py" line="401"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="328"/>
        <source>Save your changes first?</source>
        <translation>Спершу зберегти зміни?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="402"/>
        <source>Save the changes to this shipment before closing?</source>
        <translation>Зберегти зміни цього відправлення перед закриттям?</translation>
    </message>
</context>
<context>
    <name>ShipmentTableModel</name>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="38"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="39"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="40"/>
        <source>Partner city</source>
        <translation>Місто-партнер</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="41"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="42"/>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="43"/>
        <source>Crossing</source>
        <translation>Пункт пропуску</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="44"/>
        <source>Planned crossing</source>
        <translation>Перетин (план)</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="45"/>
        <source>Lines</source>
        <translation>Позицій</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="46"/>
        <source>Gross, kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="47"/>
        <source>Last change</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="48"/>
        <source>Found in</source>
        <translation>Знайдено в</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="25"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="26"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="27"/>
        <source>From</source>
        <translation>Зі стану</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="28"/>
        <source>To</source>
        <translation>У стан</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="29"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="30"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="31"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="32"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="60"/>
        <source>From “%1” to “%2”.</source>
        <translation>Зі стану «%1» у стан «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="65"/>
        <source>&amp;When:</source>
        <translation>&amp;Коли:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="71"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="74"/>
        <source>&amp;Note:</source>
        <translation>П&amp;римітка:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="153"/>
        <source>Enter the date as DD.MM.YYYY.</source>
        <translation>Введіть дату у форматі ДД.ММ.РРРР.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="193"/>
        <source>Not yet possible</source>
        <translation>Поки що неможливо</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="209"/>
        <source>(select a shipment)</source>
        <translation>(виберіть відправлення)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/editor/undo.py" line="31"/>
        <source>Edit %1</source>
        <translation>Зміна: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/undo.py" line="54"/>
        <source>Edit line %1</source>
        <translation>Зміна позиції %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/undo.py" line="67"/>
        <source>Add line</source>
        <translation>Додавання позиції</translation>
    </message>
    <message>
        <location filename="../../ui/editor/undo.py" line="79"/>
        <source>Remove line %1</source>
        <translation>Видалення позиції %1</translation>
    </message>
</context>
<context>
    <name>WaitingDialog</name>
    <message>
        <location filename="../../ui/dialogs/waiting.py" line="16"/>
        <source>Waiting for the file…</source>
        <translation>Чекаю на файл…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/waiting.py" line="18"/>
        <source>Waiting for the file… Someone else is saving to it. Your action runs as soon as it is free; nothing has been written yet.</source>
        <translation>Чекаю на файл… Хтось інший саме зберігає в нього. Вашу дію буде виконано, щойно файл звільниться; поки що нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/waiting.py" line="21"/>
        <source>Also open on: %1</source>
        <translation>Також відкрито на: %1</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="57"/>
        <source>This week</source>
        <translation>Цей тиждень</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="58"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="58"/>
        <source>Shipment</source>
        <translation>Відправлення</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="59"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="59"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="60"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="68"/>
        <source>Checking deadlines and plans…</source>
        <translation>Перевіряю терміни та плани…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/week_dialog.py" line="71"/>
        <source>%n item(s) due in the next 7 days</source>
        <translation>
            <numerusform>%n справа на найближчі 7 днів</numerusform>
            <numerusform>%n справи на найближчі 7 днів</numerusform>
            <numerusform>%n справ на найближчі 7 днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/week_dialog.py" line="72"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n прострочена</numerusform>
            <numerusform>%n прострочені</numerusform>
            <numerusform>%n прострочених</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <location filename="../../ui/models/import_tables.py" line="32"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="26"/>
        <source>Line</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="27"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="33"/>
        <source>HS code</source>
        <translation>Код HS</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="28"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="29"/>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="31"/>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="34"/>
        <source>Serial numbers / VINs</source>
        <translation>Серійні номери / VIN</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="167"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
</TS>
