"""``import-shipment``, step one: read and verify a shipment file and work out, without writing
anything, what it would change here (:class:`ImportPlan`).

Who owns what (docs/shipment-file.md, "Who owns which fields"):

- the **shipping record** (parties named, header, loads, goods lines, serials/VINs, checklist) is
  the origin office's, the one that made the shipment: a file from it updates our copy; a file
  from the other office never changes it here;
- the **receiving record** (receipt per line, customs clearance and delivery fields, AHARS,
  distribution acts, write-offs) is the recipient-side office's: it is taken only from a
  recipient-side file into a donor-side database, and never overwritten by anyone else's file;
- **documents**: each office's originals are its own; the other office's are kept as received;
- **status** follows the origin's file, and moves forward only on another office's file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from aidtracker.domain import Shipment, Status
from aidtracker.errors import NameAmbiguous, NameUnknown, ShipmentFileRefused
from aidtracker.services import names
from aidtracker.services.shipment_file import codec
from aidtracker.services.shipment_file.codec import Json
from aidtracker.services.shipment_file.container import Opened, open_file
from aidtracker.services.shipment_file.export import RECEIVING_HEADER, office, shipment_data
from aidtracker.services.shipment_file.schema import build_schema, problems
from aidtracker.store import exchange, parties
from aidtracker.store import shipments as repo

_MAIN_LINE = [Status.DRAFT, Status.PLEDGED, Status.ACCEPTED, Status.PREPARING, Status.READY,
              Status.DISPATCHED, Status.AT_BORDER, Status.CLEARED, Status.DELIVERED,
              Status.DISTRIBUTING, Status.DISTRIBUTED, Status.REPORTED, Status.CLOSED]
_OFFICE = re.compile(r"[A-Z0-9]{2,8}")


@dataclass(frozen=True, slots=True)
class PartyMatch:
    """A party of the file and the one it is here: ``how`` is edrpou, name or new."""

    key: str
    name: str
    edrpou: str
    how: str
    local_id: int | None
    local_name: str = ""


@dataclass(frozen=True, slots=True)
class Change:
    """One difference the import makes: ``what`` (field, line_added, line_changed, line_voided,
    load, check, receipt, act_added, document_added, document_status), its subject, old → new."""

    what: str
    subject: str
    old: str = ""
    new: str = ""


@dataclass(frozen=True, slots=True)
class ImportPlan:
    opened: Opened
    path: Path
    office: str
    side: str
    their_reference: str
    exported_at: str
    uuid: str
    shipment_id: int | None
    reference: str  # ours, "" until a new shipment is created
    parties: tuple[PartyMatch, ...]
    partnership_id: int | None
    takes_shipping: bool
    takes_receiving: bool
    changes: tuple[Change, ...]

    @property
    def is_new(self) -> bool:
        return self.shipment_id is None

    @property
    def unchanged(self) -> bool:
        return not self.is_new and not self.changes and not self.to_create

    @property
    def to_create(self) -> tuple[PartyMatch, ...]:
        return tuple(p for p in self.parties if p.local_id is None)

    @property
    def data(self) -> Json:
        return self.opened.data


def refuse(path: Path, reason: str, detail: str = "") -> ShipmentFileRefused:
    return ShipmentFileRefused(path=str(path), reason=reason, detail=detail)


def plan_import(db: Database, path: str | Path) -> ImportPlan:
    """What importing ``path`` would change here; nothing is written.

    Raises:
        ShipmentFileRefused: the file is damaged, altered, unsafe, of another format or
        version, exported by this office, or older than one already imported.
    """
    path = Path(path)
    opened = open_file(path)
    data = opened.data
    found = problems(data, build_schema())
    if found:
        raise refuse(path, "schema", found[0])
    _check_meaning(path, data)
    head = _manifest(path, opened)
    code, side = office(db)
    if head["office"] == code:
        raise refuse(path, "own_office", code)
    uuid = str(data["shipment"]["uuid"])
    sid = exchange.shipment_id_by_uuid(db, uuid)
    if sid is not None:
        last = exchange.last_import(db, sid, head["office"])
        if last is not None and last[0] > head["exported_at"]:
            raise refuse(path, "older", f"{head['exported_at']} < {last[0]}")
    origin = exchange.identity(db, sid)[1] if sid is not None else str(data["origin_office"])
    shipping = sid is None or origin == head["office"]
    receiving = head["side"] == "recipient" and side == "donor"
    matched = tuple(_match(db, p) for p in data["parties"])
    partnership = _partnership(db, data["partnership"])
    local = shipment_data(db, sid) if sid is not None else None
    changes = _changes(db, data, local, matched, shipping=shipping, receiving=receiving,
                       office_code=head["office"], sid=sid)
    reference = repo.get_shipment_by_id(db, sid).reference if sid is not None else ""
    return ImportPlan(opened, path, head["office"], head["side"], head["reference"],
                      head["exported_at"], uuid, sid, reference, matched, partnership,
                      shipping, receiving, tuple(changes))


def _manifest(path: Path, opened: Opened) -> dict[str, str]:
    m = opened.manifest
    office_ = m.get("office")
    ship = m.get("shipment")
    if not isinstance(office_, dict) or not isinstance(ship, dict):
        raise refuse(path, "schema", "manifest.json")
    head = {"office": str(office_.get("code", "")), "side": str(office_.get("side", "")),
            "reference": str(ship.get("reference", "")),
            "exported_at": str(m.get("exported_at", ""))}
    if not _OFFICE.fullmatch(head["office"]) or head["side"] not in ("recipient", "donor") \
            or ship.get("uuid") != opened.data["shipment"]["uuid"] or not head["exported_at"]:
        raise refuse(path, "schema", "manifest.json: office, side, uuid or exported_at")
    for doc in opened.data["documents"]:
        if doc["file"] is not None and doc["sha256"] not in opened.documents:
            raise refuse(path, "hash_mismatch", str(doc["file"]))
    return head


def _check_meaning(path: Path, data: Json) -> None:
    """What the schema cannot say: keys and line numbers that exist, values that decode."""
    keys = [p["key"] for p in data["parties"]]
    named = [data["donor"], data["recipient"], *(
        d["acquirer"] for d in data["receiving"]["distributions"] if d["acquirer"])]
    missing = [k for k in named if k not in keys]
    if missing or len(set(keys)) != len(keys):
        raise refuse(path, "schema", f"$.parties: {(missing or keys)[0]}")
    numbers = [ln["line"] for ln in data["lines"]]
    if len(set(numbers)) != len(numbers) or 0 in numbers:
        raise refuse(path, "schema", "$.lines: line numbers")
    for i, line in enumerate(data["lines"]):
        try:
            decoded = codec.line_of(line)
        except (ValueError, KeyError, ArithmeticError) as exc:
            raise refuse(path, "schema", f"$.lines[{i}]: {exc}"[:120]) from exc
        if decoded.qty_milli <= 0:
            raise refuse(path, "schema", f"$.lines[{i}].quantity: {line['quantity']}")
    used = [x["line"] for part in (data["loads"], data["receiving"]["distributions"],
                                   data["receiving"]["write_offs"]) for a in part
            for x in a["lines"]] + [r["line"] for r in data["receiving"]["lines"]]
    if any(n not in numbers for n in used):
        raise refuse(path, "schema", "$: a line number that is not in $.lines")


def _match(db: Database, party: Json) -> PartyMatch:
    """By EDRPOU, then by name as people type it (services/names.py), else to be created."""
    org = codec.org_of(party)
    name = org.display_name
    if org.edrpou:
        for o in parties.list_organisations(db):
            if o.edrpou == org.edrpou:
                return PartyMatch(party["key"], name, org.edrpou, "edrpou", o.id, o.display_name)
    for typed in (org.name_en, org.name_uk, org.name_native):
        if not typed:
            continue
        try:
            o = names.find_organisation(db, typed)
        except (NameUnknown, NameAmbiguous):
            continue
        if not (o.edrpou and org.edrpou and o.edrpou != org.edrpou):
            return PartyMatch(party["key"], name, org.edrpou, "name", o.id, o.display_name)
    return PartyMatch(party["key"], name, org.edrpou, "new", None)


def _partnership(db: Database, data: Json) -> int | None:
    try:
        return names.find_partner(db, str(data["partner_city"]),
                                  own_city=str(data["own_city"])).id
    except (NameUnknown, NameAmbiguous):
        return None


def _text(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


def _changes(db: Database, data: Json, local: Json | None, matched: tuple[PartyMatch, ...],
             *, shipping: bool, receiving: bool, office_code: str, sid: int | None
             ) -> list[Change]:
    out: list[Change] = []
    if local is None:
        return [Change("document_added", d["number"], "", d["sha256"])
                for d in data["documents"]]
    if shipping:
        out += _header(data, local, matched, repo.get_shipment_by_id(db, sid or 0))
        out += _lines(data["lines"], local["lines"])
        out += [Change("load", str(ld["seq"])) for ld in data["loads"]
                if ld not in local["loads"]]
        mine = {c["rule"]: c for c in local["checklist"]}
        out += [Change("check", c["rule"], mine[c["rule"]]["state"] if c["rule"] in mine else "",
                       c["state"]) for c in data["checklist"]
                if c["rule"] not in mine or (c["at"] > mine[c["rule"]]["at"] and c != mine[
                    c["rule"]])]
    if _status_moves(data, local, shipping):
        out.append(Change("field", "status", local["shipment"]["status"],
                          data["shipment"]["status"]))
    if receiving:
        out += _receiving(data["receiving"], local["receiving"])
    out += _documents(db, data["documents"], office_code, sid)
    return out


def _status_moves(data: Json, local: Json, shipping: bool) -> bool:
    new, old = Status(data["shipment"]["status"]), Status(local["shipment"]["status"])
    if new == old:
        return False
    if shipping:
        return True
    return new in _MAIN_LINE and old in _MAIN_LINE and _MAIN_LINE.index(new) > _MAIN_LINE.index(
        old)


def _header(data: Json, local: Json, matched: tuple[PartyMatch, ...], here: Shipment
            ) -> list[Change]:
    out = [Change("field", k, _text(local["shipment"].get(k)), _text(v))
           for k, v in data["shipment"].items()
           if k not in ("uuid", "reference", "status", *RECEIVING_HEADER)
           and local["shipment"].get(k) != v]
    by_key = {p.key: p for p in matched}
    mine = {p["key"]: p for p in local["parties"]}
    for role, now in (("donor", here.donor_id), ("recipient", here.recipient_id)):
        target = by_key[data[role]]
        if target.local_id != now:
            out.append(Change("field", role, codec.org_of(mine[local[role]]).display_name,
                              target.name))
    return out


def _lines(theirs: list[Json], ours: list[Json]) -> list[Change]:
    mine = {ln["line"]: ln for ln in ours}
    out: list[Change] = []
    for line in theirs:
        no = line["line"]
        old = mine.pop(no, None)
        if old is None:
            out.append(Change("line_added", str(no), "", line["description"]
                              or line["description_en"]))
            continue
        if line["voided"] and not old["voided"]:
            out.append(Change("line_voided", str(no), "", line["voided"]["reason"]))
            continue
        fields = [k for k in line if k != "voided" and line[k] != old[k]]
        if fields:
            out.append(Change("line_changed", str(no), ", ".join(
                f"{k}: {_text(old[k])}" for k in fields), ", ".join(
                f"{k}: {_text(line[k])}" for k in fields)))
    out += [Change("line_voided", str(no), "", "not in the file") for no, ln in mine.items()
            if not ln["voided"]]
    return out


def _receiving(theirs: Json, ours: Json) -> list[Change]:
    # A blank in the recipient's file means "not recorded yet": it never erases a value.
    out = [Change("field", k, _text(ours["header"][k]), _text(v))
           for k, v in theirs["header"].items() if v not in (None, "")
           and ours["header"][k] != v]
    mine = {r["line"]: r for r in ours["lines"]}
    out += [Change("receipt", str(r["line"]), _receipt(mine.get(r["line"])), _receipt(r))
            for r in theirs["lines"] if r["line"] in mine and r["good"] is not None
            and r != mine[r["line"]]]
    for part in ("distributions", "write_offs"):
        have = {a["act_no"] for a in ours[part]}
        out += [Change("act_added", a["act_no"], "", a["date"]) for a in theirs[part]
                if a["act_no"] not in have]
    return out


def _receipt(r: Json | None) -> str:
    if r is None or r["good"] is None:
        return "—"
    return f"good {r['good']}, damaged {r['damaged']}, missing {r['missing']}"


def _documents(db: Database, docs: list[Json], office_code: str, sid: int | None
               ) -> list[Change]:
    have = {d.number: d for d in exchange.received_documents(db, sid)} if sid else {}
    out: list[Change] = []
    for d in docs:
        old = have.get(d["number"])
        if old is None:
            out.append(Change("document_added", d["number"], office_code, d["sha256"]))
        elif old.status != d["status"]:
            out.append(Change("document_status", d["number"], old.status, d["status"]))
    return out
