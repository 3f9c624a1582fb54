"""``import-shipment``, step two: apply a plan in ONE transaction (all or nothing).

The plan is worked out again inside the write transaction; if it differs from the one previewed
(someone saved meanwhile), nothing is written. A file that changes nothing writes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from aidtracker.domain import (
    Distribution,
    DistributionKind,
    DistributionLine,
    ExchangeRate,
    Shipment,
    WriteOff,
    WriteOffLine,
    WriteOffReason,
)
from aidtracker.money import to_milli
from aidtracker.services.documents import database_path, store_original
from aidtracker.services.shipment_file import codec
from aidtracker.services.shipment_file.codec import Json
from aidtracker.services.shipment_file.export import RECEIVING_HEADER
from aidtracker.services.shipment_file.plan import ImportPlan, plan_import, refuse
from aidtracker.store import audit, balance, exchange, parties, unit_of_work
from aidtracker.store import shipments as repo
from aidtracker.store.rows import build


@dataclass(frozen=True, slots=True)
class Imported:
    reference: str
    plan: ImportPlan
    created: bool
    unchanged: bool
    created_parties: tuple[str, ...] = ()


def import_shipment(db: Database, path: str | Path, *, actor: str, confirm_parties: bool,
                    expected: ImportPlan | None = None) -> Imported:
    """Import the shipment file ``path``; ``expected`` is the plan the user saw (the window).

    Raises:
        ShipmentFileRefused: see :func:`plan_import`; also ``parties_unconfirmed`` when parties
        would be created without ``confirm_parties``, ``changed_meanwhile`` when the record
        moved since ``expected`` was shown, ``act_taken`` when an act number is used here.
    """
    first = plan_import(db, path)
    if first.unchanged:
        return Imported(first.reference, first, created=False, unchanged=True)
    for sha, body in first.opened.documents.items():  # content-addressed, outside the write
        store_original(database_path(db), body, sha)
    try:
        return _apply(db, path, actor=actor, confirm_parties=confirm_parties,
                      expected=expected)
    except (ValueError, LookupError, ArithmeticError, sqlite3.IntegrityError) as exc:
        # data the checks let through but the records refuse: the file, whole (rolled back)
        raise refuse(Path(path), "schema", f"{type(exc).__name__}: {exc}"[:160]) from exc


def _apply(db: Database, path: str | Path, *, actor: str, confirm_parties: bool,
           expected: ImportPlan | None) -> Imported:
    with unit_of_work(db):
        plan = plan_import(db, path)
        if expected is not None and (plan.changes, plan.parties) != (expected.changes,
                                                                    expected.parties):
            raise refuse(plan.path, "changed_meanwhile")
        if plan.to_create and not confirm_parties:
            raise refuse(plan.path, "parties_unconfirmed",
                         ", ".join(p.name for p in plan.to_create))
        ids = _parties(db, plan, actor)
        at = audit.stamp()
        if plan.is_new:
            sid, reference = _create(db, plan, ids, actor)
        else:
            sid, reference = int(plan.shipment_id or 0), plan.reference
            _update(db, plan, sid, ids, actor, at)
        _acts(db, plan, sid, ids)
        _documents(db, plan, sid, actor, at)
        _rates(db, plan, actor)
        repo.refresh_summary(db, sid)
        summary = [[c.what, c.subject, c.old, c.new] for c in plan.changes]
        exchange.log_import(db, sid, office=plan.office, side=plan.side,
                            reference=plan.their_reference, exported_at=plan.exported_at,
                            seal=plan.opened.seal, at=at, by=actor,
                            changes=json.dumps(summary, ensure_ascii=False))
        audit.record(db, actor=actor, entity="shipment", entity_id=reference,
                     action="import", after={"office": plan.office, "uuid": plan.uuid,
                                             "seal": plan.opened.seal,
                                             "changes": len(summary)})
    return Imported(reference, plan, created=plan.is_new, unchanged=False,
                    created_parties=tuple(p.name for p in plan.to_create))


def _parties(db: Database, plan: ImportPlan, actor: str) -> dict[str, int]:
    """Party key of the file → organisation id here (created when new)."""
    by_key = {p["key"]: p for p in plan.data["parties"]}
    return {m.key: m.local_id if m.local_id is not None else parties.insert_organisation(
        db, codec.org_of(by_key[m.key]), actor) for m in plan.parties}


def _create(db: Database, plan: ImportPlan, ids: dict[str, int], actor: str) -> tuple[int, str]:
    data = plan.data
    partnership = plan.partnership_id or parties.insert_partnership(
        db, codec.partnership_of(data["partnership"]), actor)
    header: Json = {k: v for k, v in data["shipment"].items() if k not in ("uuid", "reference")}
    if not plan.takes_receiving:
        header.update({k: None if k.endswith("_on") else "" for k in RECEIVING_HEADER})
    reference = repo.next_reference(db, date.today().year)
    shipment = build(Shipment, {**header, "id": None, "reference": reference,
                                "partnership_id": partnership, "donor_id": ids[data["donor"]],
                                "recipient_id": ids[data["recipient"]]})
    sid = repo.insert_shipment(db, shipment, actor)
    exchange.set_identity(db, sid, plan.uuid, str(data["origin_office"]))
    receipts = {r["line"]: r for r in data["receiving"]["lines"]} if plan.takes_receiving else {}
    repo.insert_lines(db, sid, [codec.line_of(ln, receipts.get(ln["line"]))
                                for ln in data["lines"]], actor)
    _loads(db, data, sid, actor)
    for c in data["checklist"]:
        exchange.put_check(db, sid, c["rule"], c["state"], c["by"], c["at"], c["note"])
    return sid, reference


def _loads(db: Database, data: Json, sid: int, actor: str) -> None:
    loads = [{k: v for k, v in ld.items() if k != "lines"} for ld in data["loads"]]
    shares = [(int(ld["seq"]), int(s["line"]), to_milli(s["quantity"]))
              for ld in data["loads"] for s in ld["lines"]]
    exchange.put_loads(db, sid, loads, shares, actor, audit.stamp())


def _update(db: Database, plan: ImportPlan, sid: int, ids: dict[str, int], actor: str,
            at: str) -> None:
    data = plan.data
    header: dict[str, object] = {}
    lines = {ln["line"]: ln for ln in data["lines"]}
    ours = {ln.line_no: ln for ln in repo.get_lines(db, sid)}
    for c in plan.changes:
        if c.what == "field" and c.subject in ("donor", "recipient"):
            header[f"{c.subject}_id"] = ids[data[c.subject]]
        elif c.what == "field" and c.subject in RECEIVING_HEADER:
            header[c.subject] = data["receiving"]["header"][c.subject]
        elif c.what == "field":
            header[c.subject] = data["shipment"][c.subject]
        elif c.what == "line_added":
            repo.insert_lines(db, sid, [codec.line_of(lines[int(c.subject)])], actor)
        elif c.what == "line_changed":
            mine = ours[int(c.subject)]
            line = codec.line_of(lines[int(c.subject)], codec.receipt_json(mine))
            repo.rewrite_line(db, balance.line_id(db, sid, mine.line_no), line, actor)
        elif c.what == "line_voided":
            repo.void_line(db, sid, int(c.subject), f"{c.new} ({plan.office})", actor)
        elif c.what == "check":
            tick = next(t for t in data["checklist"] if t["rule"] == c.subject)
            exchange.put_check(db, sid, c.subject, tick["state"], tick["by"], tick["at"],
                               tick["note"])
        elif c.what == "receipt":
            got = next(r for r in data["receiving"]["lines"] if r["line"] == int(c.subject))
            exchange.put_receipt(db, sid, int(c.subject), codec.receipt_values(got))
    if any(c.what == "load" for c in plan.changes):
        _loads(db, data, sid, actor)
    exchange.set_header(db, sid, header, actor=actor, at=at)


def _acts(db: Database, plan: ImportPlan, sid: int, ids: dict[str, int]) -> None:
    """Distribution acts and write-offs the recipient's file adds (never changes nor removes)."""
    if not plan.takes_receiving:
        return
    receiving = plan.data["receiving"]
    added = {c.subject for c in plan.changes if c.what == "act_added"} if not plan.is_new \
        else {a["act_no"] for part in ("distributions", "write_offs") for a in receiving[part]}
    taken = exchange.act_numbers(db, "distribution") | exchange.act_numbers(db, "write_off")
    if added & taken:
        raise refuse(plan.path, "act_taken", sorted(added & taken)[0])
    for d in receiving["distributions"]:
        if d["act_no"] in added:
            repo.insert_distribution(db, sid, Distribution(
                id=None, act_no=d["act_no"], on=date.fromisoformat(d["date"]),
                kind=DistributionKind(d["kind"]),
                acquirer_id=ids[d["acquirer"]] if d["acquirer"] else None,
                person_name=d["person_name"], settlement=d["settlement"],
                lines=tuple(DistributionLine(x["line"], to_milli(x["quantity"]),
                                             tuple(x["serials"])) for x in d["lines"])),
                d["actor"])
    for w in receiving["write_offs"]:
        if w["act_no"] in added:
            balance.insert_write_off(db, sid, WriteOff(
                id=None, act_no=w["act_no"], on=date.fromisoformat(w["date"]),
                reason=WriteOffReason(w["reason"]), note=w["note"], commission=w["commission"],
                lines=tuple(WriteOffLine(x["line"], to_milli(x["quantity"]),
                                         to_milli(x["from_damaged"])) for x in w["lines"])),
                w["actor"])


def _rates(db: Database, plan: ImportPlan, actor: str) -> None:
    """The rates the other office valued the shipment at, where this office has none for that
    currency and day (its own rates are never replaced), so both show the same hryvnias."""
    for r in plan.data.get("rates", ()):
        on = date.fromisoformat(r["date"])
        held = balance.latest_rate(db, r["currency"], on)
        if held is None or held.on != on:
            balance.put_rate(db, ExchangeRate(r["currency"], on, Decimal(r["rate"]),
                                              r["source"]), actor)


def _documents(db: Database, plan: ImportPlan, sid: int, actor: str, at: str) -> None:
    """The other office's originals, kept as received (hash and office); never ours."""
    for c in plan.changes:
        doc = next((d for d in plan.data["documents"] if d["number"] == c.subject), None)
        if doc is None:
            continue
        if c.what == "document_added":
            exchange.insert_received(db, sid, exchange.ReceivedDocument(
                office=plan.office, number=doc["number"], kind=doc["kind"], scope=doc["scope"],
                lang=doc["lang"], doc_date=doc["date"], issued_at=doc["issued_at"],
                issued_by=doc["issued_by"], status=doc["status"], supersedes=doc["supersedes"],
                superseded_by=doc["superseded_by"], sha256=doc["sha256"],
                size=int(doc["size"] or 0), received_at=at, received_by=actor))
        elif c.what == "document_status":
            exchange.mark_received_status(db, sid, plan.office, doc["number"],
                                          status=doc["status"],
                                          superseded_by=doc["superseded_by"])
