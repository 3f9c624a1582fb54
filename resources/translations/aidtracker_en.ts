<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddParty</name>
    <message>
        <location filename="../../ui/editor/add_party.py" line="23"/>
        <source>Add new…</source>
        <translation>Add new…</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/controller.py" line="246"/>
        <source>Waiting for: %1</source>
        <translation>Waiting for: %1</translation>
    </message>
</context>
<context>
    <name>AssetsDialog</name>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="56"/>
        <source>&amp;VINs, one per line:</source>
        <translation>&amp;VINs, one per line:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="57"/>
        <source>&amp;Serial numbers, one per line:</source>
        <translation>&amp;Serial numbers, one per line:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="58"/>
        <source>&amp;Make:</source>
        <translation>&amp;Make:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="59"/>
        <source>M&amp;odel:</source>
        <translation>M&amp;odel:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="61"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="62"/>
        <source>&amp;Body type:</source>
        <translation>&amp;Body type:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/assets_dialog.py" line="64"/>
        <source>&amp;Rating, kVA:</source>
        <translation>&amp;Rating, kVA:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/assets_dialog.py" line="76"/>
        <source>%n unit(s) entered; line quantity %1</source>
        <translation>
            <numerusform>%n unit entered; line quantity %1</numerusform>
            <numerusform>%n units entered; line quantity %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <location filename="../../ui/widgets/attention_panel.py" line="48"/>
        <source>Checking deadlines and paperwork…</source>
        <translation>Checking deadlines and paperwork…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="50"/>
        <source>Deadlines overdue or at risk (%n)</source>
        <translation>
            <numerusform>Deadlines overdue or at risk (%n)</numerusform>
            <numerusform>Deadlines overdue or at risk (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="78"/>
        <source>Blocking paperwork (%n)</source>
        <translation>
            <numerusform>Blocking paperwork (%n)</numerusform>
            <numerusform>Blocking paperwork (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="53"/>
        <source>Held at customs (%n)</source>
        <translation>
            <numerusform>Held at customs (%n)</numerusform>
            <numerusform>Held at customs (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="56"/>
        <source>Only the %n most recently changed active shipments were checked.</source>
        <translation>
            <numerusform>Only the %n most recently changed active shipments were checked.</numerusform>
            <numerusform>Only the %n most recently changed active shipments were checked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_panel.py" line="88"/>
        <source>Shipments per status</source>
        <translation>Shipments per status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="96"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_panel.py" line="97"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_panel.py" line="106"/>
        <source>no reason recorded</source>
        <translation>no reason recorded</translation>
    </message>
</context>
<context>
    <name>BlockersBox</name>
    <message>
        <location filename="../../ui/dialogs/blockers.py" line="41"/>
        <source>&amp;Tick the checked items</source>
        <translation>&amp;Tick the checked items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/blockers.py" line="42"/>
        <source>Not a&amp;pplicable…</source>
        <translation>Not a&amp;pplicable…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/blockers.py" line="68"/>
        <source>Still to do before this step (%n)</source>
        <translation>
            <numerusform>Still to do before this step (%n)</numerusform>
            <numerusform>Still to do before this step (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/blockers.py" line="88"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/blockers.py" line="88"/>
        <source>Why do these items not apply? (kept with each of them)</source>
        <translation>Why do these items not apply? (kept with each of them)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="39"/>
        <source>AidTracker — unexpected error</source>
        <translation>AidTracker — unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="41"/>
        <source>Something unexpected went wrong. Your saved records are safe: an unfinished change was rolled back, nothing half-saved. Unsaved edits in open windows are still there. Please copy the details below to whoever supports AidTracker.</source>
        <translation>Something unexpected went wrong. Your saved records are safe: an unfinished change was rolled back, nothing half-saved. Unsaved edits in open windows are still there. Please copy the details below to whoever supports AidTracker.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="49"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
</context>
<context>
    <name>DatabaseFlows</name>
    <message>
        <location filename="../../ui/app.py" line="173"/>
        <location filename="../../ui/main/database_flows.py" line="114"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="104"/>
        <source>Backing up and upgrading the database…</source>
        <translation>Backing up and upgrading the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="126"/>
        <location filename="../../ui/main/database_flows.py" line="132"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="133"/>
        <source>Office code for shipment references (e.g. KYV):</source>
        <translation>Office code for shipment references (e.g. KYV):</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="168"/>
        <source>Making the demo data…</source>
        <translation>Making the demo data…</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="180"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="196"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="214"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="215"/>
        <source>Backup made and verified:</source>
        <translation>Backup made and verified:</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="220"/>
        <source>Making a verified backup…</source>
        <translation>Making a verified backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main/database_flows.py" line="230"/>
        <source>This database is on a network or cloud-sync folder: keep it open on one computer at a time, and never copy, move or delete its -journal file by hand.</source>
        <translation>This database is on a network or cloud-sync folder: keep it open on one computer at a time, and never copy, move or delete its -journal file by hand.</translation>
    </message>
</context>
<context>
    <name>Directories</name>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="39"/>
        <location filename="../../ui/dialogs/directory_forms.py" line="137"/>
        <source>Partner city</source>
        <translation>Partner city</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="40"/>
        <source>In Ukrainian</source>
        <translation>In Ukrainian</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="41"/>
        <location filename="../../ui/dialogs/directories.py" line="49"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="42"/>
        <source>Ukrainian city</source>
        <translation>Ukrainian city</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="43"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="47"/>
        <source>Name (UA)</source>
        <translation>Name (UA)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="48"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="50"/>
        <source>EDRPOU</source>
        <translation>EDRPOU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="51"/>
        <source>AHARS No.</source>
        <translation>AHARS No.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="52"/>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="55"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="56"/>
        <location filename="../../ui/dialogs/directory_forms.py" line="200"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="57"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="59"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="60"/>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="61"/>
        <source>Pledged</source>
        <translation>Pledged</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="62"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="63"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="64"/>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="65"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="66"/>
        <source>Needed by</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="67"/>
        <source>Covered by</source>
        <translation>Covered by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_forms.py" line="136"/>
        <source>New partner city</source>
        <translation>New partner city</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_forms.py" line="158"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_forms.py" line="160"/>
        <source>Registered charity</source>
        <translation>Registered charity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_forms.py" line="162"/>
        <source>Recipient of humanitarian aid (EDRPOU and AHARS No. required)</source>
        <translation>Recipient of humanitarian aid (EDRPOU and AHARS No. required)</translation>
    </message>
</context>
<context>
    <name>DirectoriesDialog</name>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="129"/>
        <source>Donor &amp;report…</source>
        <translation>Donor &amp;report…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="127"/>
        <source>An Excel workbook in the partner&apos;s language beside Ukrainian for the partner to fill in; it imports without any column mapping</source>
        <translation>An Excel workbook in the partner&apos;s language beside Ukrainian for the partner to fill in; it imports without any column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="125"/>
        <source>Packing-list &amp;template…</source>
        <translation>Packing-list &amp;template…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="117"/>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="118"/>
        <source>&amp;Partner cities</source>
        <translation>&amp;Partner cities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="118"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="119"/>
        <source>&amp;Needs and coverage</source>
        <translation>&amp;Needs and coverage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="122"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="123"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="124"/>
        <source>&amp;Covered by shipment…</source>
        <translation>&amp;Covered by shipment…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="232"/>
        <source>Covered by shipment</source>
        <translation>Covered by shipment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directories.py" line="233"/>
        <source>Reference of the shipment that covers this need:</source>
        <translation>Reference of the shipment that covers this need:</translation>
    </message>
</context>
<context>
    <name>DistributionTab</name>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="65"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="66"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="68"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="69"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="70"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="71"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="73"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="75"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="77"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="86"/>
        <source>Act No.</source>
        <translation>Act No.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="87"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="88"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="89"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="90"/>
        <source>Lines (No.: quantity)</source>
        <translation>Lines (No.: quantity)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="148"/>
        <source>Lines: received and remaining balance</source>
        <translation>Lines: received and remaining balance</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="149"/>
        <source>Handovers to acquirers</source>
        <translation>Handovers to acquirers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="150"/>
        <source>Record rec&amp;eipt…</source>
        <translation>Record rec&amp;eipt…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/distribution_tab.py" line="151"/>
        <source>Add &amp;handover (D8)…</source>
        <translation>Add &amp;handover (D8)…</translation>
    </message>
</context>
<context>
    <name>DonorReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="231"/>
        <source>Packing-list template</source>
        <translation>Packing-list template</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="195"/>
        <source>The donor report was written: %1 shipment(s), %2 page(s).</source>
        <translation>The donor report was written: %1 shipment(s), %2 page(s).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="189"/>
        <source>Writing the donor report…</source>
        <translation>Writing the donor report…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="161"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="130"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="129"/>
        <source>&amp;Write the report</source>
        <translation>&amp;Write the report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="127"/>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="128"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="126"/>
        <source>Also write the tables as an Excel &amp;workbook</source>
        <translation>Also write the tables as an Excel &amp;workbook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="125"/>
        <source>Shipments are selected by their loading day</source>
        <translation>Shipments are selected by their loading day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="124"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="120"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="120"/>
        <source>P&amp;DF file:</source>
        <translation>P&amp;DF file:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="120"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="119"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="119"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="119"/>
        <source>&amp;Partner city:</source>
        <translation>&amp;Partner city:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="118"/>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="198"/>
        <location filename="../../ui/dialogs/donor_report_dialog.py" line="202"/>
        <source>Donor report</source>
        <translation>Donor report</translation>
    </message>
</context>
<context>
    <name>Everyday</name>
    <message>
        <location filename="../../ui/main/everyday.py" line="77"/>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main/everyday.py" line="82"/>
        <source>%1 of %2 shipments</source>
        <translation>%1 of %2 shipments</translation>
    </message>
    <message>
        <location filename="../../ui/main/everyday.py" line="118"/>
        <source>Print the list</source>
        <translation>Print the list</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../ui/main/excel_actions.py" line="64"/>
        <source>&amp;Import a packing list…</source>
        <translation>&amp;Import a packing list…</translation>
    </message>
    <message>
        <location filename="../../ui/main/excel_actions.py" line="66"/>
        <source>Read a partner city&apos;s packing list (xlsx, xls or csv) into a draft shipment</source>
        <translation>Read a partner city&apos;s packing list (xlsx, xls or csv) into a draft shipment</translation>
    </message>
    <message>
        <location filename="../../ui/main/excel_actions.py" line="67"/>
        <source>&amp;Export the ledger (Excel)…</source>
        <translation>&amp;Export the ledger (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/main/excel_actions.py" line="69"/>
        <source>Shipments, items, distributions and a summary in one Excel workbook</source>
        <translation>Shipments, items, distributions and a summary in one Excel workbook</translation>
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
        <translation>Export the ledger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108"/>
        <source>&amp;Partner city:</source>
        <translation>&amp;Partner city:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="109"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="109"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="117"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="118"/>
        <source>Add the &amp;HXL hashtag row under the headers</source>
        <translation>Add the &amp;HXL hashtag row under the headers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="119"/>
        <source>For humanitarian data tools that read HXL (#item, #org, #adm1 …)</source>
        <translation>For humanitarian data tools that read HXL (#item, #org, #adm1 …)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="121"/>
        <source>Sheets: Shipments, Items, Distributions, Summary. The dates select by planned loading (else pledge, else creation) date.</source>
        <translation>Sheets: Shipments, Items, Distributions, Summary. The dates select by planned loading (else pledge, else creation) date.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="124"/>
        <source>The search text “%1” of the main window does not apply to the ledger.</source>
        <translation>The search text “%1” of the main window does not apply to the ledger.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="128"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="165"/>
        <source>Save the ledger</source>
        <translation>Save the ledger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="188"/>
        <source>Writing the ledger…</source>
        <translation>Writing the ledger…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="193"/>
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="194"/>
        <source>%n goods line(s)</source>
        <translation>
            <numerusform>%n goods line</numerusform>
            <numerusform>%n goods lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="195"/>
        <source>%n distribution line(s)</source>
        <translation>
            <numerusform>%n distribution line</numerusform>
            <numerusform>%n distribution lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="196"/>
        <source>The ledger was written: %1.</source>
        <translation>The ledger was written: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="204"/>
        <source>The export was cancelled. The previous file is unchanged:</source>
        <translation>The export was cancelled. The previous file is unchanged:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="206"/>
        <source>The export was cancelled. No file was written.</source>
        <translation>The export was cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="88"/>
        <location filename="../../ui/widgets/filter_bar.py" line="100"/>
        <location filename="../../ui/widgets/filter_bar.py" line="105"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="95"/>
        <source>Find: reference, goods, VIN, serial No., AHARS code (Ctrl+F)</source>
        <translation>Find: reference, goods, VIN, serial No., AHARS code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="96"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="96"/>
        <source>&amp;Recipient</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="96"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="97"/>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="97"/>
        <source>T&amp;o</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="107"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filter_bar.py" line="108"/>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="36"/>
        <source>Welcome to AidTracker</source>
        <translation>Welcome to AidTracker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="40"/>
        <source>There is no database yet. Nothing has been written: choose how to start.</source>
        <translation>There is no database yet. Nothing has been written: choose how to start.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="47"/>
        <source>Explore the &amp;demo (a separate file with sample records, marked as demo)</source>
        <translation>Explore the &amp;demo (a separate file with sample records, marked as demo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="59"/>
        <source>Start your own records</source>
        <translation>Start your own records</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="65"/>
        <source>2–5 letters that start every shipment reference, e.g. KYV-2026-0001</source>
        <translation>2–5 letters that start every shipment reference, e.g. KYV-2026-0001</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="67"/>
        <source>Office &amp;code:</source>
        <translation>Office &amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="70"/>
        <source>the receiving side (a Ukrainian city office)</source>
        <translation>the receiving side (a Ukrainian city office)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="72"/>
        <source>the donor side (a partner city office)</source>
        <translation>the donor side (a partner city office)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="73"/>
        <source>We &amp;are:</source>
        <translation>We &amp;are:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="76"/>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="81"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="82"/>
        <source>Create the &amp;new database</source>
        <translation>Create the &amp;new database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="91"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="46"/>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Open an existing database…</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../ui/editor/general_tab.py" line="35"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/editor/general_tab.py" line="38"/>
        <source>Route and transport</source>
        <translation>Route and transport</translation>
    </message>
    <message>
        <location filename="../../ui/editor/general_tab.py" line="41"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/editor/general_tab.py" line="45"/>
        <source>Codes and documents</source>
        <translation>Codes and documents</translation>
    </message>
    <message>
        <location filename="../../ui/editor/general_tab.py" line="161"/>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="64"/>
        <source>the status before</source>
        <translation>the status before</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="65"/>
        <source>Steps aside</source>
        <translation>Steps aside</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="66"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="67"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="68"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="89"/>
        <source>AidTracker guide</source>
        <translation>AidTracker guide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="102"/>
        <source>Ctrl+N: a new shipment — choose the partner city, donor and recipient (&quot;Add new…&quot; in each list when one is missing), add the goods lines, Ctrl+S saves.</source>
        <translation>Ctrl+N: a new shipment — choose the partner city, donor and recipient (&quot;Add new…&quot; in each list when one is missing), add the goods lines, Ctrl+S saves.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="105"/>
        <source>Print (Ctrl+P) makes the donation letter and the other papers.</source>
        <translation>Print (Ctrl+P) makes the donation letter and the other papers.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="106"/>
        <source>&quot;Move on&quot; takes the shipment to its next step; what still blocks the step is shown first and can be ticked there.</source>
        <translation>&quot;Move on&quot; takes the shipment to its next step; what still blocks the step is shown first and can be ticked there.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="108"/>
        <source>The &quot;Needs attention&quot; panel and View › This week show what is due or overdue (red).</source>
        <translation>The &quot;Needs attention&quot; panel and View › This week show what is due or overdue (red).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="110"/>
        <source>Shipment › Duplicate starts the next, similar shipment as a draft.</source>
        <translation>Shipment › Duplicate starts the next, similar shipment as a draft.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="112"/>
        <source>A day with AidTracker</source>
        <translation>A day with AidTracker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="112"/>
        <source>Shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="113"/>
        <source>The steps of a shipment</source>
        <translation>The steps of a shipment</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="72"/>
        <source>&amp;Partner city:</source>
        <translation>&amp;Partner city:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="72"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="73"/>
        <source>&amp;Donor:</source>
        <translation>&amp;Donor:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="73"/>
        <source>Add to &amp;shipment:</source>
        <translation>Add to &amp;shipment:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="74"/>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="77"/>
        <location filename="../../ui/widgets/import_choices.py" line="78"/>
        <source>choose…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="79"/>
        <source>the partner city&apos;s usual donor</source>
        <translation>the partner city&apos;s usual donor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="80"/>
        <source>as named in the list</source>
        <translation>as named in the list</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_choices.py" line="81"/>
        <source>empty: a new draft shipment</source>
        <translation>empty: a new draft shipment</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/models/import_tables.py" line="25"/>
        <location filename="../../ui/models/import_tables.py" line="38"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="30"/>
        <source>Gross, kg</source>
        <translation>Gross, kg</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="39"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="40"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="41"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="148"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="335"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="384"/>
        <source>Import a packing list</source>
        <translation>Import a packing list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="149"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="151"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="152"/>
        <source>an xlsx, xls or csv file from the partner city</source>
        <translation>an xlsx, xls or csv file from the partner city</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="153"/>
        <source>Column &amp;mapping…</source>
        <translation>Column &amp;mapping…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="155"/>
        <source>Choose which column holds which field, for lists the program does not recognise</source>
        <translation>Choose which column holds which field, for lists the program does not recognise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="156"/>
        <source>Import only the &amp;good rows (rows with problems are left out)</source>
        <translation>Import only the &amp;good rows (rows with problems are left out)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="158"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="159"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="178"/>
        <source>Choose the packing list</source>
        <translation>Choose the packing list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="218"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="265"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="295"/>
        <source>Reading the packing list…</source>
        <translation>Reading the packing list…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="286"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="288"/>
        <source>Choose the packing list (xlsx, xls or csv).</source>
        <translation>Choose the packing list (xlsx, xls or csv).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="291"/>
        <source>This file cannot be read as a packing list: %1.</source>
        <translation>This file cannot be read as a packing list: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="297"/>
        <source>Choose the partner city and the recipient.</source>
        <translation>Choose the partner city and the recipient.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="299"/>
        <source>The list has no lines that can be imported.</source>
        <translation>The list has no lines that can be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="301"/>
        <source>Rows with problems block the import: correct the file and choose it again, or import only the good rows.</source>
        <translation>Rows with problems block the import: correct the file and choose it again, or import only the good rows.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="324"/>
        <source>Ready: %n line(s) will be added to shipment %1.</source>
        <translation>
            <numerusform>Ready: %n line will be added to shipment %1.</numerusform>
            <numerusform>Ready: %n lines will be added to shipment %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="326"/>
        <source>Ready: %n line(s) will make a new draft shipment.</source>
        <translation>
            <numerusform>Ready: %n line will make a new draft shipment.</numerusform>
            <numerusform>Ready: %n lines will make a new draft shipment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="369"/>
        <source>Shipment %1 was created as a draft with %n line(s).</source>
        <translation>
            <numerusform>Shipment %1 was created as a draft with %n line.</numerusform>
            <numerusform>Shipment %1 was created as a draft with %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="372"/>
        <source>%n line(s) were added to shipment %1.</source>
        <translation>
            <numerusform>%n line was added to shipment %1.</numerusform>
            <numerusform>%n lines were added to shipment %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="375"/>
        <source>Rows left out: %1.</source>
        <translation>Rows left out: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="378"/>
        <source>Packing list imported</source>
        <translation>Packing list imported</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="64"/>
        <source>— (not imported)</source>
        <translation>— (not imported)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="15"/>
        <source>Nothing was imported. Please correct:</source>
        <translation>Nothing was imported. Please correct:</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../ui/editor/items_tab.py" line="112"/>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <location filename="../../ui/editor/items_tab.py" line="113"/>
        <source>Re&amp;move line</source>
        <translation>Re&amp;move line</translation>
    </message>
    <message>
        <location filename="../../ui/editor/items_tab.py" line="114"/>
        <source>Serials / &amp;VINs…</source>
        <translation>Serials / &amp;VINs…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/items_tab.py" line="158"/>
        <source>Line %1: serial numbers / VINs</source>
        <translation>Line %1: serial numbers / VINs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/items_tab.py" line="167"/>
        <source>Total: %n line(s) · gross %1 kg · value %2</source>
        <translation>
            <numerusform>Total: %n line · gross %1 kg · value %2</numerusform>
            <numerusform>Total: %n lines · gross %1 kg · value %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../ui/models/lines.py" line="35"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="36"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="37"/>
        <source>Description (UA)</source>
        <translation>Description (UA)</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="38"/>
        <source>Description (EN)</source>
        <translation>Description (EN)</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="39"/>
        <source>HS code</source>
        <translation>HS code</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="40"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="41"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="42"/>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="43"/>
        <source>Net, kg</source>
        <translation>Net, kg</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="44"/>
        <source>Gross, kg</source>
        <translation>Gross, kg</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="45"/>
        <source>Unit value</source>
        <translation>Unit value</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="46"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="47"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="48"/>
        <source>Wear %</source>
        <translation>Wear %</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="49"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="50"/>
        <source>Serials / VINs</source>
        <translation>Serials / VINs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/lines.py" line="171"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/lines.py" line="201"/>
        <source>Change category</source>
        <translation>Change category</translation>
    </message>
</context>
<context>
    <name>ListReader</name>
    <message>
        <location filename="../../ui/main/list_reader.py" line="64"/>
        <source>Reading the list…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location filename="../../ui/main/list_reader.py" line="80"/>
        <source>Waiting for the file…</source>
        <translation>Waiting for the file…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main/actions.py" line="139"/>
        <source>&amp;Donor report…</source>
        <translation>&amp;Donor report…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="117"/>
        <source>R&amp;eports</source>
        <translation>R&amp;eports</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="112"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="113"/>
        <source>&amp;Shipment</source>
        <translation>&amp;Shipment</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="114"/>
        <source>Change &amp;status</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="115"/>
        <source>&amp;Directories</source>
        <translation>&amp;Directories</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="116"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="118"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="121"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="122"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="123"/>
        <source>Open &amp;demo data</source>
        <translation>Open &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="124"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="125"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="127"/>
        <source>&amp;New shipment</source>
        <translation>&amp;New shipment</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="128"/>
        <source>&amp;Open shipment (Enter)</source>
        <translation>&amp;Open shipment (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="129"/>
        <source>&amp;Duplicate as a new draft</source>
        <translation>&amp;Duplicate as a new draft</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="130"/>
        <source>&amp;Print documents…</source>
        <translation>&amp;Print documents…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="131"/>
        <source>Print the &amp;list as filtered…</source>
        <translation>Print the &amp;list as filtered…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="132"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="133"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="134"/>
        <source>&amp;Partner cities</source>
        <translation>&amp;Partner cities</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="135"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="136"/>
        <source>&amp;Needs and coverage</source>
        <translation>&amp;Needs and coverage</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="137"/>
        <source>Needs &amp;attention panel</source>
        <translation>Needs &amp;attention panel</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="138"/>
        <source>This &amp;week: what is due</source>
        <translation>This &amp;week: what is due</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="140"/>
        <source>&amp;Guide and shortcuts</source>
        <translation>&amp;Guide and shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main/actions.py" line="141"/>
        <source>&amp;About AidTracker</source>
        <translation>&amp;About AidTracker</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="160"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="162"/>
        <source>DEMO DATA — sample records in a separate file, not your office&apos;s records. File › New database… starts your own.</source>
        <translation>DEMO DATA — sample records in a separate file, not your office&apos;s records. File › New database… starts your own.</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="209"/>
        <source>Also open on: %1</source>
        <translation>Also open on: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="216"/>
        <source>no database</source>
        <translation>no database</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="217"/>
        <source>DEMO DATA</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="222"/>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/window.py" line="223"/>
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="224"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="336"/>
        <source>Open or create a database first (File menu).</source>
        <translation>Open or create a database first (File menu).</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="390"/>
        <source>About AidTracker</source>
        <translation>About AidTracker</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="391"/>
        <source>AidTracker keeps the records of humanitarian aid from partner cities: shipments, paperwork, border, receipt and distribution. Offline, one database file.</source>
        <translation>AidTracker keeps the records of humanitarian aid from partner cities: shipments, paperwork, border, receipt and distribution. Offline, one database file.</translation>
    </message>
</context>
<context>
    <name>ManifestPreview</name>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="83"/>
        <source>&amp;Lines to import:</source>
        <translation>&amp;Lines to import:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="84"/>
        <source>Ro&amp;ws with problems:</source>
        <translation>Ro&amp;ws with problems:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="101"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="101"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="110"/>
        <source>Header in row %1.</source>
        <translation>Header in row %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="111"/>
        <source>No header row.</source>
        <translation>No header row.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="113"/>
        <source>Sheet “%1”, header in row %2.</source>
        <translation>Sheet “%1”, header in row %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="116"/>
        <source>Sheet “%1”, no header row.</source>
        <translation>Sheet “%1”, no header row.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/manifest_preview.py" line="121"/>
        <source>Total: %n line(s) · quantity %1 · gross %2 kg · value %3</source>
        <translation>
            <numerusform>Total: %n line · quantity %1 · gross %2 kg · value %3</numerusform>
            <numerusform>Total: %n lines · quantity %1 · gross %2 kg · value %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/manifest_preview.py" line="128"/>
        <source>%n row(s) with problems: %1.</source>
        <translation>
            <numerusform>%n row with problems: %1.</numerusform>
            <numerusform>%n rows with problems: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/manifest_preview.py" line="131"/>
        <source>%n warning(s); nothing blocks the import.</source>
        <translation>
            <numerusform>%n warning; nothing blocks the import.</numerusform>
            <numerusform>%n warnings; nothing blocks the import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/manifest_preview.py" line="133"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="202"/>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="204"/>
        <source>Choose which field each column of the list holds. Description and quantity are required; columns left at “—” are not imported. A real import remembers the mapping for the partner city.</source>
        <translation>Choose which field each column of the list holds. Description and quantity are required; columns left at “—” are not imported. A real import remembers the mapping for the partner city.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="207"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="207"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="207"/>
        <source>&amp;Decimal separator:</source>
        <translation>&amp;Decimal separator:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="208"/>
        <source>&amp;Columns (F2 or type to choose a field):</source>
        <translation>&amp;Columns (F2 or type to choose a field):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="211"/>
        <source>none: data from the first row</source>
        <translation>none: data from the first row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="212"/>
        <source>detect from the numbers</source>
        <translation>detect from the numbers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="213"/>
        <source>comma: 1.640,5</source>
        <translation>comma: 1.640,5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="213"/>
        <source>point: 1,640.5</source>
        <translation>point: 1,640.5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="216"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="216"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="216"/>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="216"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="328"/>
        <source>Choose the column that holds “%1”.</source>
        <translation>Choose the column that holds “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mapping_editor.py" line="333"/>
        <source>“%1” is chosen for more than one column: %2.</source>
        <translation>“%1” is chosen for more than one column: %2.</translation>
    </message>
</context>
<context>
    <name>PaperworkTab</name>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="41"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="42"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="43"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="45"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="46"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="47"/>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="49"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="50"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="51"/>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="52"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="55"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="56"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="57"/>
        <source>Size, KB</source>
        <translation>Size, KB</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="59"/>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="60"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="113"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="114"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="115"/>
        <source>Tic&amp;k as done</source>
        <translation>Tic&amp;k as done</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="117"/>
        <source>R&amp;eopen</source>
        <translation>R&amp;eopen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="116"/>
        <source>O&amp;verride…</source>
        <translation>O&amp;verride…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="118"/>
        <source>Add &amp;file…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="119"/>
        <source>Open fi&amp;le</source>
        <translation>Open fi&amp;le</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="151"/>
        <source>Override %1</source>
        <translation>Override %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="152"/>
        <source>Why can this item be passed over? (kept in the event log)</source>
        <translation>Why can this item be passed over? (kept in the event log)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="163"/>
        <location filename="../../ui/editor/paperwork_tab.py" line="167"/>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../ui/editor/paperwork_tab.py" line="168"/>
        <source>What is this document?</source>
        <translation>What is this document?</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="53"/>
        <source>Printing is not available in this installation.</source>
        <translation>Printing is not available in this installation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="80"/>
        <source>Print — %1</source>
        <translation>Print — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="150"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="151"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="167"/>
        <source>&amp;Preview draft</source>
        <translation>&amp;Preview draft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="168"/>
        <source>&amp;Issue numbered document</source>
        <translation>&amp;Issue numbered document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="170"/>
        <source>Takes the next document number and keeps the PDF&apos;s fingerprint on record</source>
        <translation>Takes the next document number and keeps the PDF&apos;s fingerprint on record</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_dialog.py" line="260"/>
        <source>Issued No. %1 · %n page(s)</source>
        <translation>
            <numerusform>Issued No. %1 · %n page</numerusform>
            <numerusform>Issued No. %1 · %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_dialog.py" line="266"/>
        <source>Draft preview, not numbered · %n page(s)</source>
        <translation>
            <numerusform>Draft preview, not numbered · %n page</numerusform>
            <numerusform>Draft preview, not numbered · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="171"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="172"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="173"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="197"/>
        <location filename="../../ui/dialogs/print_dialog.py" line="199"/>
        <location filename="../../ui/dialogs/print_dialog.py" line="224"/>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="303"/>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="38"/>
        <source>&amp;Your name (kept with every change):</source>
        <translation>&amp;Your name (kept with every change):</translation>
    </message>
</context>
<context>
    <name>ShipmentEditor</name>
    <message>
        <location filename="../../ui/editor/editor.py" line="191"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="191"/>
        <source>&amp;Items</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="192"/>
        <source>&amp;Paperwork</source>
        <translation>&amp;Paperwork</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="192"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="193"/>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribution</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="195"/>
        <source>Move o&amp;n</source>
        <translation>Move o&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="199"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="200"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="201"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="202"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="203"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="220"/>
        <source>New shipment</source>
        <translation>New shipment</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="225"/>
        <source>locked: changes are amendments</source>
        <translation>locked: changes are amendments</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="278"/>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="279"/>
        <source>%1 is locked. Why is this record corrected? (kept with the change)</source>
        <translation>%1 is locked. Why is this record corrected? (kept with the change)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="297"/>
        <source>Someone else saved first</source>
        <translation>Someone else saved first</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="299"/>
        <source>Reload now? Your unsaved changes here will be discarded. Choose No to keep them on screen (nothing is saved).</source>
        <translation>Reload now? Your unsaved changes here will be discarded. Choose No to keep them on screen (nothing is saved).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/editor.py" line="318"/>
        <source>Not saved: %n problem(s) to correct (marked below).</source>
        <translation>
            <numerusform>Not saved: %n problem to correct (marked below).</numerusform>
            <numerusform>Not saved: %n problems to correct (marked below).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="328"/>
        <location filename="../../ui/editor/editor.py" line="401"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="328"/>
        <source>Save your changes first?</source>
        <translation>Save your changes first?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor.py" line="402"/>
        <source>Save the changes to this shipment before closing?</source>
        <translation>Save the changes to this shipment before closing?</translation>
    </message>
</context>
<context>
    <name>ShipmentTableModel</name>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="38"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="40"/>
        <source>Partner city</source>
        <translation>Partner city</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="41"/>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="42"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="43"/>
        <source>Crossing</source>
        <translation>Crossing</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="44"/>
        <source>Planned crossing</source>
        <translation>Planned crossing</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="45"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="46"/>
        <source>Gross, kg</source>
        <translation>Gross, kg</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="47"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../ui/models/shipment_table.py" line="48"/>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="25"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="26"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="27"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="28"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="29"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="30"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="31"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/editor/timeline_tab.py" line="32"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="60"/>
        <source>From “%1” to “%2”.</source>
        <translation>From “%1” to “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="65"/>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="71"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="74"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="153"/>
        <source>Enter the date as DD.MM.YYYY.</source>
        <translation>Enter the date as DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="193"/>
        <source>Not yet possible</source>
        <translation>Not yet possible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transition.py" line="209"/>
        <source>(select a shipment)</source>
        <translation>(select a shipment)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/editor/undo.py" line="31"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/undo.py" line="54"/>
        <source>Edit line %1</source>
        <translation>Edit line %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/undo.py" line="67"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../ui/editor/undo.py" line="79"/>
        <source>Remove line %1</source>
        <translation>Remove line %1</translation>
    </message>
</context>
<context>
    <name>WaitingDialog</name>
    <message>
        <location filename="../../ui/dialogs/waiting.py" line="16"/>
        <source>Waiting for the file…</source>
        <translation>Waiting for the file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/waiting.py" line="18"/>
        <source>Waiting for the file… Someone else is saving to it. Your action runs as soon as it is free; nothing has been written yet.</source>
        <translation>Waiting for the file… Someone else is saving to it. Your action runs as soon as it is free; nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/waiting.py" line="21"/>
        <source>Also open on: %1</source>
        <translation>Also open on: %1</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="57"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="58"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="58"/>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="59"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="60"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/week_dialog.py" line="68"/>
        <source>Checking deadlines and plans…</source>
        <translation>Checking deadlines and plans…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/week_dialog.py" line="71"/>
        <source>%n item(s) due in the next 7 days</source>
        <translation>
            <numerusform>%n item due in the next 7 days</numerusform>
            <numerusform>%n items due in the next 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/week_dialog.py" line="72"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <location filename="../../ui/models/import_tables.py" line="32"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="26"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="27"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="33"/>
        <source>HS code</source>
        <translation>HS code</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="28"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="29"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="31"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_tables.py" line="34"/>
        <source>Serial numbers / VINs</source>
        <translation>Serial numbers / VINs</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="167"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
