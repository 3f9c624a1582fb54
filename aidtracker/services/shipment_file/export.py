"""``export-shipment``: one shipment, its parties and its issued originals as a sealed file.

The data (``shipment.json``) is what :func:`shipment_data` returns: the same function also gives
the importing side's view of its own copy, so comparing the two shows exactly what a file would
change. Only this office's own originals travel; those received from the other office stay here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlite_utils import Database

from aidtracker.documents.load_view import load_serials
from aidtracker.domain import Organisation, ShipmentDetail
from aidtracker.paths import attachments_dir
from aidtracker.services import rates
from aidtracker.services.documents import database_path, read_original
from aidtracker.services.shipment_file import codec
from aidtracker.services.shipment_file.codec import Json
from aidtracker.services.shipment_file.container import FORMAT, VERSION, document_member, pack
from aidtracker.services.shipments import detail_of
from aidtracker.store import exchange, parties, tempfiles
from aidtracker.store import issued as register_repo
from aidtracker.store import shipments as repo
from aidtracker.store.rows import row_of

# Header columns that are not the shipment's data (ids, caches, stamps) or travel elsewhere.
HEADER_SKIP = frozenset({"id", "reference", "version", "updated_at", "updated_by",
                         "partnership_id", "donor_id", "recipient_id"})
RECEIVING_HEADER = ("cleared_on", "clearance_ref", "delivered_on", "handover_act_no",
                    "ahars_code", "ahars_created_on", "declaration_no",
                    "declaration_created_on", "report_filed_on", "report_ref")
"""Header fields only the recipient's office records (customs clearance, delivery, AHARS)."""


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    reference: str
    uuid: str
    documents: int
    size: int


def office(db: Database) -> tuple[str, str]:
    """(office code, side) of this database."""
    return repo.office_code(db), register_repo.office_side(db)


def export_shipment(db: Database, reference: str, out: str | Path, *,
                    now: datetime | None = None) -> Exported:
    """Write the shipment file of ``reference`` to ``out`` (atomically; nothing is recorded).

    Raises:
        NotFound: no such shipment. StoredOriginalBroken: an original is missing or altered.
        FileActionFailed: ``out`` could not be written (an earlier file there is unchanged).
    """
    outer = db.conn.in_transaction
    if not outer:
        db.conn.execute("BEGIN")  # one consistent read, no write lock
    try:
        shipment = repo.get_shipment(db, reference)
        sid = int(shipment.id or 0)
        data = shipment_data(db, sid)
        documents = {d.sha256: read_original(db, d) for d in register_repo.register(db, sid)
                     if register_repo.stored_size(db, d.number) is not None}
    finally:
        if not outer:
            db.conn.execute("COMMIT")
    code, side = office(db)
    at = (now or datetime.now(UTC)).isoformat(timespec="microseconds")
    head: Json = {"format": FORMAT, "version": VERSION, "exported_at": at,
                  "office": {"code": code, "side": side},
                  "shipment": {"uuid": data["shipment"]["uuid"], "reference": reference,
                               "origin_office": data["origin_office"]},
                  "generator": "AidTracker"}
    raw = pack(head, data, documents)
    target = Path(out)
    tempfiles.write_new_version(target, raw, action="export")
    return Exported(target, reference, str(data["shipment"]["uuid"]), len(documents), len(raw))


def shipment_data(db: Database, shipment_id: int) -> Json:
    """The JSON of one shipment as this office holds it (see docs/shipment-file.md)."""
    shipment = repo.get_shipment_by_id(db, shipment_id)
    detail = detail_of(db, shipment, today=date.today())
    uuid, origin = exchange.identity(db, shipment_id)
    every = repo.get_lines(db, shipment_id)
    keys = _Parties()
    header = row_of(shipment, skip=HEADER_SKIP)
    return {
        "format": FORMAT, "version": VERSION,
        "origin_office": origin or repo.office_code(db),
        "shipment": {"uuid": uuid, "reference": shipment.reference, **header},
        "partnership": codec.partnership_json(detail.partnership),
        "donor": keys.key(detail.donor), "recipient": keys.key(detail.recipient),
        "lines": [codec.line_json(line) for line in every],
        "loads": _loads(detail),
        "checklist": [{"rule": rule, "state": st.value, "by": by, "at": at, "note": note}
                      for rule, (st, by, at, note) in
                      sorted(repo.checklist_states(db, shipment_id).items())],
        "receiving": {
            "header": {k: header[k] for k in RECEIVING_HEADER},
            "lines": [codec.receipt_json(line) for line in every],
            "distributions": _distributions(db, detail, keys),
            "write_offs": _write_offs(detail),
        },
        "documents": _documents(db, shipment_id),
        "parties": keys.listed(),
        "rates": _rates(db, detail),
    }


def _rates(db: Database, detail: ShipmentDetail) -> list[Json]:
    """The exchange rates this office valued the shipment at, so the other office's hryvnia
    figures are the same (it adds a rate only where it has none for that currency and day)."""
    valuation = rates.value(db, detail.shipment, detail.lines)
    return [{"currency": r.currency, "date": r.on.isoformat(),
             "rate": format(r.uah_per_unit, "f"), "source": r.source}
            for c, r in sorted(valuation.rates.items()) if c != "UAH"]


class _Parties:
    """Parties in the order first named, each under a key ``p1``, ``p2``…"""

    def __init__(self) -> None:
        self._by_id: dict[int, Json] = {}

    def key(self, org: Organisation) -> str:
        oid = int(org.id or 0)
        if oid not in self._by_id:
            self._by_id[oid] = codec.org_json(org, f"p{len(self._by_id) + 1}")
        return str(self._by_id[oid]["key"])

    def listed(self) -> list[Json]:
        return list(self._by_id.values())


def _loads(detail: ShipmentDetail) -> list[Json]:
    serials = load_serials(detail)
    out: list[Json] = []
    for load in detail.loads:
        row = row_of(load, skip=frozenset({"id", "version"}))
        row["lines"] = [{"line": s.line_no, "quantity": codec.qty(s.qty_milli),
                         "serials": list(serials.get((load.seq, s.line_no), ()))}
                        for s in load.shares]
        out.append(row)
    return out


def _distributions(db: Database, detail: ShipmentDetail, keys: _Parties) -> list[Json]:
    out: list[Json] = []
    for d in detail.distributions:
        acquirer = None if d.acquirer_id is None else keys.key(
            parties.get_organisation(db, d.acquirer_id))
        out.append({"act_no": d.act_no, "date": d.on.isoformat(), "kind": d.kind.value,
                    "acquirer": acquirer, "person_name": d.person_name,
                    "settlement": d.settlement, "actor": d.actor,
                    "lines": [{"line": dl.line_no, "quantity": codec.qty(dl.qty_milli),
                               "serials": list(dl.serials)} for dl in d.lines]})
    return out


def _write_offs(detail: ShipmentDetail) -> list[Json]:
    return [{"act_no": w.act_no, "date": w.on.isoformat(), "reason": w.reason.value,
             "note": w.note, "commission": w.commission, "actor": w.actor,
             "lines": [{"line": wl.line_no, "quantity": codec.qty(wl.qty_milli),
                        "from_damaged": codec.qty(wl.from_damaged_milli)} for wl in w.lines]}
            for w in detail.write_offs]


def _documents(db: Database, shipment_id: int) -> list[Json]:
    """This office's originals (the bytes travel as ``documents/<sha256>.pdf``)."""
    out: list[Json] = []
    for d in register_repo.register(db, shipment_id):
        stored = register_repo.stored_size(db, d.number)
        out.append({"number": d.number, "kind": d.kind, "scope": d.scope, "lang": d.lang,
                    "date": codec.iso(d.date), "issued_at": d.issued_at,
                    "issued_by": d.issued_by, "status": d.status, "supersedes": d.supersedes,
                    "superseded_by": d.superseded_by, "sha256": d.sha256, "size": stored,
                    "file": document_member(d.sha256) if stored is not None else None})
    return out


def received_originals(db: Database, reference: str) -> list[tuple[exchange.ReceivedDocument,
                                                                   bool]]:
    """The other office's originals kept for shipment ``reference``, each with whether its
    stored bytes still match the SHA-256 it came with."""
    sid = int(repo.get_shipment(db, reference).id or 0)
    root = attachments_dir(database_path(db))
    out = []
    for doc in exchange.received_documents(db, sid):
        path = root / f"{doc.sha256}.pdf"
        try:
            ok = hashlib.sha256(path.read_bytes()).hexdigest() == doc.sha256
        except OSError:
            ok = False
        out.append((doc, ok))
    return out
