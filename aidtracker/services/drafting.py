"""Starting and checking drafts: duplicate a shipment as a new draft, and every problem of a
draft at once (what a Save would refuse), without writing anything."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from sqlite_utils import Database

from aidtracker import validate
from aidtracker.domain import LineItem, Problem, Severity, Shipment, Status
from aidtracker.errors import ValidationFailed
from aidtracker.services.edits import parse_header_edit
from aidtracker.services.shipments import create_shipment, get_detail

# What a new draft takes over from the shipment it copies: the parties and the route.
COPIED_FIELDS = ("partnership_id", "donor_id", "recipient_id", "kind", "priority", "currency",
                 "consignee_address", "route", "crossing", "transport_mode", "carrier")


def copied_line(line: LineItem, line_no: int) -> LineItem:
    """The goods of ``line`` for a new draft: no serials/VINs, no lot, nothing received."""
    return dataclasses.replace(
        line, id=None, line_no=line_no, assets=(), lot="", received_good_milli=None,
        received_damaged_milli=0, received_missing_milli=0)


def duplicate_shipment(db: Database, reference: str, *, actor: str,
                       today: date | None = None) -> str:
    """A new draft with the parties, route and goods lines of ``reference`` (without serial
    numbers or VINs); returns the new reference. The original is not touched."""
    detail = get_detail(db, reference, today=today)
    source = detail.shipment
    header = Shipment(id=None, reference="", status=Status.DRAFT, partnership_id=0, donor_id=0,
                      recipient_id=0)
    header = dataclasses.replace(header, **{f: getattr(source, f) for f in COPIED_FIELDS})
    lines = [copied_line(ln, n) for n, ln in enumerate(detail.lines, start=1)]
    return create_shipment(db, header, lines, actor=actor, today=today)


def draft_problems(base: Shipment, changes: dict[str, object],
                   lines: Sequence[LineItem]) -> list[Problem]:
    """Every blocking problem of header ``changes`` on ``base`` and of ``lines`` (numbered
    by ``line_no``), all at once, so a refused Save can mark each field."""
    problems: list[Problem] = []
    try:
        header = parse_header_edit(changes).apply_to(base)
    except ValidationFailed as exc:
        problems += exc.problems
    else:
        problems += validate.validate_shipment(header)
    for line in lines:
        problems += validate.validate_line(line, row=line.line_no)
    return [p for p in problems if p.severity is Severity.BLOCKING]
