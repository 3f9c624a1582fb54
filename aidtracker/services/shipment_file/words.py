"""What an import will do or did, in words (the command line and the window's preview)."""

from __future__ import annotations

from aidtracker.catalogue import Lang, field_label, say
from aidtracker.catalogue.shipment_file import SHIPMENT_FILE
from aidtracker.services.shipment_file.apply import Imported
from aidtracker.services.shipment_file.plan import Change


def change_text(c: Change, office: str, lang: Lang) -> str:
    """One change: ``route: old → new``, ``line 4 added``, ``document … received from KYV``."""
    if c.what == "field":
        return say(SHIPMENT_FILE["field"], lang, field=field_label(c.subject, lang),
                   old=c.old or "—", new=c.new or "—")
    if c.what == "load":
        return say(SHIPMENT_FILE["load_changed"], lang, load=c.subject)
    if c.what in ("check", "receipt"):
        return say(SHIPMENT_FILE[c.what], lang, rule=c.subject, line=c.subject,
                   old=c.old or "—", new=c.new or "—")
    if c.what == "line_added":
        return say(SHIPMENT_FILE["line_added"], lang, line=c.subject, what=c.new)
    if c.what == "document_status":
        return say(SHIPMENT_FILE["document_status"], lang, number=c.subject, old=c.old,
                   new=c.new)
    if c.what == "line_changed":
        return say(SHIPMENT_FILE["line_changed"], lang, line=c.subject,
                   fields=f"{c.old} → {c.new}")
    if c.what == "document_added":
        return say(SHIPMENT_FILE["document_added"], lang, number=c.subject, office=office,
                   sha=c.new[:16])
    if c.what == "act_added":
        return say(SHIPMENT_FILE["act_added"], lang, act=c.subject)
    return say(SHIPMENT_FILE[c.what], lang, line=c.subject)


def result_lines(done: Imported, lang: Lang) -> list[str]:
    """What an import did, one line each; the last word is the shipment's reference here."""
    plan = done.plan
    if done.unchanged:
        return [f"{say(SHIPMENT_FILE['unchanged'], lang)} {done.reference}"]
    out = [say(SHIPMENT_FILE["party_created"], lang, name=name)
           for name in done.created_parties]
    out += ["  " + change_text(c, plan.office, lang) for c in plan.changes]
    head = "created" if done.created else "updated"
    out.append(f"{say(SHIPMENT_FILE[head], lang, office=plan.office, count=len(plan.changes))}"
               f" {done.reference}")
    return out
