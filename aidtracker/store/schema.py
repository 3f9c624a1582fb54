"""Schema steps as a sqlite-utils ``Migrations`` set; ``user_version`` = number of steps applied.

Every table is STRICT: a float sneaking into an INTEGER column is an error, not a silent change.
Money is INTEGER minor units, quantities INTEGER thousandths, weights INTEGER grams, dates ISO TEXT.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from aidtracker.store.balance import sync_serials
from aidtracker.store.exchange import MIGRATION as EXCHANGE_MIGRATION
from aidtracker.store.issued import MIGRATION
from aidtracker.store.search import reindex_all

migrations = Migrations("aidtracker")

_STAMPS = """
    version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL"""

_CORE = f"""
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE number_series (
    series TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL CHECK (last >= 0),
    PRIMARY KEY (series, year)) STRICT;
CREATE TABLE partnership (
    id INTEGER PRIMARY KEY, own_city TEXT NOT NULL, partner_city TEXT NOT NULL,
    partner_city_uk TEXT NOT NULL DEFAULT '', partner_country TEXT NOT NULL,
    relation TEXT NOT NULL, doc_language TEXT NOT NULL DEFAULT 'en',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), notes TEXT NOT NULL DEFAULT '',
    {_STAMPS}, UNIQUE (own_city, partner_city)) STRICT;
CREATE TABLE organisation (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name_en TEXT NOT NULL,
    name_uk TEXT NOT NULL DEFAULT '', name_native TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', settlement TEXT NOT NULL DEFAULT '',
    edrpou TEXT NOT NULL DEFAULT '', eori TEXT NOT NULL DEFAULT '',
    national_reg_no TEXT NOT NULL DEFAULT '', ahars_recipient_no TEXT NOT NULL DEFAULT '',
    is_charity INTEGER NOT NULL DEFAULT 0 CHECK (is_charity IN (0, 1)),
    signatory_name TEXT NOT NULL DEFAULT '', signatory_position TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', {_STAMPS}) STRICT;
CREATE TABLE shipment (
    id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, status TEXT NOT NULL,
    partnership_id INTEGER NOT NULL REFERENCES partnership(id) ON DELETE RESTRICT,
    donor_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    recipient_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL, priority TEXT NOT NULL, currency TEXT NOT NULL,
    consignee_address TEXT NOT NULL, route TEXT NOT NULL, crossing TEXT NOT NULL,
    transport_mode TEXT NOT NULL, carrier TEXT NOT NULL, truck_plate TEXT NOT NULL,
    trailer_plate TEXT NOT NULL, driver_name TEXT NOT NULL, driver_phone TEXT NOT NULL,
    planned_loading TEXT, planned_crossing TEXT, planned_arrival TEXT, pledged_on TEXT,
    consent_date TEXT, consent_signer TEXT NOT NULL, loaded_on TEXT, crossed_on TEXT,
    cleared_on TEXT, clearance_ref TEXT NOT NULL, delivered_on TEXT,
    handover_act_no TEXT NOT NULL, ahars_code TEXT NOT NULL, ahars_created_on TEXT,
    declaration_no TEXT NOT NULL, declaration_created_on TEXT, export_route TEXT NOT NULL,
    export_mrn TEXT NOT NULL, cmr_no TEXT NOT NULL, council_decision TEXT NOT NULL,
    report_filed_on TEXT, report_ref TEXT NOT NULL, hold_reason TEXT NOT NULL,
    resume_status TEXT, cancel_reason TEXT NOT NULL, notes TEXT NOT NULL,
    line_count INTEGER NOT NULL DEFAULT 0, gross_g_total INTEGER NOT NULL DEFAULT 0,
    {_STAMPS}) STRICT;
CREATE TABLE line_item (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,
    line_no INTEGER NOT NULL CHECK (line_no > 0), category TEXT NOT NULL,
    description TEXT NOT NULL, description_en TEXT NOT NULL, hs_code TEXT NOT NULL,
    national_code TEXT NOT NULL, qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
    unit TEXT NOT NULL, packages INTEGER NOT NULL CHECK (packages >= 0), marks TEXT NOT NULL,
    net_g INTEGER NOT NULL CHECK (net_g >= 0), gross_g INTEGER NOT NULL CHECK (gross_g >= 0),
    unit_value_minor INTEGER NOT NULL CHECK (unit_value_minor >= 0), value_minor INTEGER,
    currency TEXT NOT NULL, condition TEXT NOT NULL, wear_pct INTEGER, expiry_date TEXT,
    shelf_life_months INTEGER, lot TEXT NOT NULL, received_good_milli INTEGER,
    received_damaged_milli INTEGER NOT NULL DEFAULT 0,
    received_missing_milli INTEGER NOT NULL DEFAULT 0,
    UNIQUE (shipment_id, line_no)) STRICT;
CREATE TABLE asset (
    id INTEGER PRIMARY KEY, line_id INTEGER NOT NULL REFERENCES line_item(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, vin TEXT NOT NULL, serial_no TEXT NOT NULL, make TEXT NOT NULL,
    model TEXT NOT NULL, year INTEGER, body_type TEXT NOT NULL, plates TEXT NOT NULL,
    export_plate_valid_until TEXT, odometer_km INTEGER, rating_kva TEXT, rating_kw TEXT) STRICT;
CREATE TABLE status_event (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,
    event TEXT NOT NULL, from_status TEXT NOT NULL, to_status TEXT NOT NULL,
    occurred_at TEXT NOT NULL, recorded_at TEXT NOT NULL, actor TEXT NOT NULL,
    note TEXT NOT NULL, reason TEXT NOT NULL) STRICT;
CREATE TABLE checklist_entry (
    shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,
    rule_id TEXT NOT NULL, state TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL,
    note TEXT NOT NULL, PRIMARY KEY (shipment_id, rule_id)) STRICT;
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL, sha256 TEXT NOT NULL, original_name TEXT NOT NULL,
    size INTEGER NOT NULL, added_at TEXT NOT NULL, added_by TEXT NOT NULL,
    note TEXT NOT NULL) STRICT;
CREATE TABLE distribution (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,
    act_no TEXT NOT NULL UNIQUE, on_date TEXT NOT NULL, kind TEXT NOT NULL,
    acquirer_id INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    person_name TEXT NOT NULL, settlement TEXT NOT NULL, actor TEXT NOT NULL,
    created_at TEXT NOT NULL) STRICT;
CREATE TABLE distribution_line (
    distribution_id INTEGER NOT NULL REFERENCES distribution(id) ON DELETE RESTRICT,
    line_id INTEGER NOT NULL REFERENCES line_item(id) ON DELETE RESTRICT,
    qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
    PRIMARY KEY (distribution_id, line_id)) STRICT;
CREATE TABLE need (
    id INTEGER PRIMARY KEY,
    recipient_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    description TEXT NOT NULL, category TEXT NOT NULL,
    qty_milli INTEGER NOT NULL CHECK (qty_milli > 0), unit TEXT NOT NULL,
    priority TEXT NOT NULL, requested_on TEXT, needed_by TEXT, status TEXT NOT NULL,
    {_STAMPS}) STRICT;
CREATE TABLE need_cover (
    need_id INTEGER NOT NULL REFERENCES need(id) ON DELETE CASCADE,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,
    PRIMARY KEY (need_id, shipment_id)) STRICT;
CREATE TABLE issued_document (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL, number TEXT NOT NULL UNIQUE, lang TEXT NOT NULL,
    sha256 TEXT NOT NULL, issued_at TEXT NOT NULL, issued_by TEXT NOT NULL,
    copy_of TEXT) STRICT;
CREATE TABLE audit (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL,
    entity_id TEXT NOT NULL, action TEXT NOT NULL, before TEXT, after TEXT) STRICT;
CREATE TABLE session (
    id INTEGER PRIMARY KEY, host TEXT NOT NULL, pid INTEGER NOT NULL, user TEXT NOT NULL,
    since TEXT NOT NULL, heartbeat TEXT NOT NULL) STRICT;
CREATE TABLE backup_log (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, made_at TEXT NOT NULL, size INTEGER NOT NULL,
    reason TEXT NOT NULL, verified INTEGER NOT NULL CHECK (verified IN (0, 1))) STRICT;
"""

_SEARCH_AND_INDEXES = """
CREATE VIRTUAL TABLE shipment_search USING fts5(
    shipment_id UNINDEXED, body, tokenize = 'trigram case_sensitive 0');
CREATE INDEX shipment_status_updated ON shipment(status, updated_at, id);
CREATE INDEX shipment_updated ON shipment(updated_at, id);
CREATE INDEX shipment_partnership ON shipment(partnership_id);
CREATE INDEX shipment_donor ON shipment(donor_id);
CREATE INDEX shipment_recipient ON shipment(recipient_id);
CREATE INDEX line_item_shipment ON line_item(shipment_id, line_no);
CREATE INDEX asset_line ON asset(line_id);
CREATE INDEX asset_vin ON asset(vin) WHERE vin != '';
CREATE INDEX status_event_shipment ON status_event(shipment_id, id);
CREATE INDEX attachment_shipment ON attachment(shipment_id);
CREATE INDEX distribution_shipment ON distribution(shipment_id);
CREATE INDEX distribution_line_line ON distribution_line(line_id);
CREATE INDEX issued_document_shipment ON issued_document(shipment_id, kind);
CREATE INDEX audit_entity ON audit(entity, entity_id);
"""

_APPEND_ONLY = """
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER status_event_no_update BEFORE UPDATE ON status_event
BEGIN SELECT RAISE(ABORT, 'status events are append-only'); END;
CREATE TRIGGER status_event_no_delete BEFORE DELETE ON status_event
BEGIN SELECT RAISE(ABORT, 'status events are append-only'); END;
CREATE TRIGGER issued_document_no_delete BEFORE DELETE ON issued_document
BEGIN SELECT RAISE(ABORT, 'issued documents are never deleted'); END;
"""


def _run(db: Database, script: str) -> None:
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_core_tables")
def _core(db: Database) -> None:
    _run(db, _CORE)


@migrations(name="0002_search_and_indexes")
def _search(db: Database) -> None:
    _run(db, _SEARCH_AND_INDEXES)

    reindex_all(db)


@migrations(name="0003_append_only_records")
def _append_only(db: Database) -> None:
    # Triggers hold BEGIN…END bodies with ';' inside: run them one by one.
    for trigger in _APPEND_ONLY.split("END;"):
        if trigger.strip():
            db.execute(trigger + "END")


@migrations(name="0004_issued_document_register")
def _issued_register(db: Database) -> None:

    for statement in MIGRATION:
        db.execute(statement)


@migrations(name="0005_party_names")
def _party_names(db: Database) -> None:
    # Names as people type them (services/names.py): a partner city's English name and exonyms,
    # an organisation's other names.
    db.execute("ALTER TABLE partnership ADD COLUMN partner_city_en TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE partnership ADD COLUMN aliases TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE organisation ADD COLUMN aliases TEXT NOT NULL DEFAULT ''")


_BALANCE = f"""
ALTER TABLE line_item ADD COLUMN received_surplus_milli INTEGER NOT NULL DEFAULT 0;
ALTER TABLE line_item ADD COLUMN surplus_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE line_item ADD COLUMN received_on TEXT;
ALTER TABLE line_item ADD COLUMN voided_at TEXT;
ALTER TABLE line_item ADD COLUMN voided_by TEXT NOT NULL DEFAULT '';
ALTER TABLE line_item ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN role TEXT NOT NULL DEFAULT '';
ALTER TABLE distribution_line ADD COLUMN serials TEXT NOT NULL DEFAULT '';
CREATE TABLE write_off (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,
    act_no TEXT NOT NULL UNIQUE, on_date TEXT NOT NULL, reason TEXT NOT NULL,
    note TEXT NOT NULL, commission TEXT NOT NULL, actor TEXT NOT NULL,
    created_at TEXT NOT NULL) STRICT;
CREATE TABLE write_off_line (
    write_off_id INTEGER NOT NULL REFERENCES write_off(id) ON DELETE RESTRICT,
    line_id INTEGER NOT NULL REFERENCES line_item(id) ON DELETE RESTRICT,
    qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
    from_damaged_milli INTEGER NOT NULL DEFAULT 0 CHECK (from_damaged_milli >= 0),
    PRIMARY KEY (write_off_id, line_id)) STRICT;
CREATE INDEX write_off_shipment ON write_off(shipment_id);
CREATE INDEX write_off_line_line ON write_off_line(line_id);
CREATE TABLE exchange_rate (
    currency TEXT NOT NULL, on_date TEXT NOT NULL, uah_per_unit TEXT NOT NULL,
    source TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,
    PRIMARY KEY (currency, on_date)) STRICT;
CREATE TABLE load (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE RESTRICT,
    seq INTEGER NOT NULL CHECK (seq > 0), mode TEXT NOT NULL, carrier TEXT NOT NULL,
    truck_plate TEXT NOT NULL, trailer_plate TEXT NOT NULL, driver_name TEXT NOT NULL,
    driver_phone TEXT NOT NULL, cmr_no TEXT NOT NULL, seals TEXT NOT NULL,
    planned_loading TEXT, loaded_on TEXT, crossing TEXT NOT NULL, planned_crossing TEXT,
    crossed_on TEXT, arrived_on TEXT, {_STAMPS}, UNIQUE (shipment_id, seq)) STRICT;
CREATE TABLE load_line (
    load_id INTEGER NOT NULL REFERENCES load(id) ON DELETE RESTRICT,
    line_id INTEGER NOT NULL REFERENCES line_item(id) ON DELETE RESTRICT,
    qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
    PRIMARY KEY (load_id, line_id)) STRICT;
CREATE INDEX load_line_line ON load_line(line_id);
INSERT INTO load (shipment_id, seq, mode, carrier, truck_plate, trailer_plate, driver_name,
    driver_phone, cmr_no, seals, planned_loading, loaded_on, crossing, planned_crossing,
    crossed_on, arrived_on, version, created_at, created_by, updated_at, updated_by)
    SELECT id, 1, transport_mode, carrier, truck_plate, trailer_plate, driver_name,
    driver_phone, cmr_no, '', planned_loading, loaded_on, crossing, planned_crossing,
    crossed_on, delivered_on, 0, updated_at, 'migration', updated_at, 'migration'
    FROM shipment;
INSERT INTO load_line (load_id, line_id, qty_milli)
    SELECT load.id, line_item.id, line_item.qty_milli FROM line_item
    JOIN load ON load.shipment_id = line_item.shipment_id AND load.seq = 1
"""


@migrations(name="0006_loads_write_offs_rates")
def _balance(db: Database) -> None:
    """Loads (every existing shipment gets one with all its lines), receipt surplus and voiding,
    write-offs, exchange rates, serials handed over, the role a party was added in."""
    _run(db, _BALANCE)


@migrations(name="0007_session_program")
def _session_program(db: Database) -> None:
    db.execute("ALTER TABLE session ADD COLUMN program TEXT NOT NULL DEFAULT ''")


@migrations(name="0008_shipment_exchange")
def _shipment_exchange(db: Database) -> None:
    """A stable identifier for every shipment (the shipment file, services/shipment_file), the
    log of shipment files imported, and the other office's originals kept as received."""
    for statement in EXCHANGE_MIGRATION:
        db.execute(statement)


@migrations(name="0009_attachment_publish")
def _attachment_publish(db: Database) -> None:
    # A photo the user marked for the donor's report (services/attachments.set_published).
    db.execute("ALTER TABLE attachment ADD COLUMN published INTEGER NOT NULL DEFAULT 0")


_REVERSALS = """
ALTER TABLE distribution ADD COLUMN reversed_at TEXT;
ALTER TABLE distribution ADD COLUMN reversed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE distribution ADD COLUMN reverse_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE write_off ADD COLUMN reversed_at TEXT;
ALTER TABLE write_off ADD COLUMN reversed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE write_off ADD COLUMN reverse_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE asset ADD COLUMN load_seq INTEGER CHECK (load_seq > 0);
ALTER TABLE asset ADD COLUMN load_pinned INTEGER NOT NULL DEFAULT 0 CHECK (load_pinned IN (0, 1));
DROP TRIGGER issued_document_status;
CREATE TRIGGER issued_document_status BEFORE UPDATE OF status ON issued_document
    WHEN NOT (OLD.status = 'valid' AND NEW.status IN ('superseded', 'void'))
    BEGIN SELECT RAISE(ABORT, 'only a valid original can be superseded or voided'); END
"""


@migrations(name="0010_act_reversals_serial_loads")
def _reversals(db: Database) -> None:
    """Distribution and write-off acts can be reversed (who, when, why; kept, out of the
    balance); an issued original can be voided (its act reversed); every VIN/serial records
    the load that carries it (``load_pinned`` when a person chose it), assigned as the
    documents derived it until now (in load order, one per whole unit each load carries)."""
    statements = _REVERSALS.split(";\n")
    for statement in statements[:-1]:
        db.execute(statement)
    db.execute(statements[-1])  # the trigger (its body holds a ';')
    for (shipment_id,) in db.execute("SELECT id FROM shipment ORDER BY id").fetchall():
        sync_serials(db, int(shipment_id))


@migrations(name="0011_search_rows")
def _search_rows(db: Database) -> None:
    """The search index rebuilt with a row per shipment at its id's rowid, and a long
    shipment's text cut into several rows (store/search.py)."""
    reindex_all(db)


STEPS: tuple[str, ...] = tuple(m.name for m in migrations._migrations)
SCHEMA_VERSION = len(STEPS)
