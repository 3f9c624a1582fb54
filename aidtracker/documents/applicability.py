"""Which documents can be made for a shipment now (pure; no ReportLab, cheap for menus)."""

from __future__ import annotations

from aidtracker.domain import (
    Asset,
    AssetKind,
    Distribution,
    LineItem,
    ShipmentDetail,
    WriteOff,
)

_NEEDS_LINES = frozenset(
    {"donation", "specification", "cmr", "export-sheet", "handover", "report", "driver-letter"}
)


def vehicles(detail: ShipmentDetail, selector: str | None = None) -> list[tuple[LineItem, Asset]]:
    """Vehicle assets with their lines, in line order; ``selector`` keeps one VIN or serial."""
    found = [
        (line, asset)
        for line in detail.lines
        for asset in line.assets
        if asset.kind is AssetKind.VEHICLE
    ]
    if selector:
        found = [(line, a) for line, a in found if selector in (a.vin, a.serial_no)]
    return found


def distributions(detail: ShipmentDetail, selector: str | None = None) -> list[Distribution]:
    """The distributions to print; ``selector`` keeps one act number."""
    found = list(detail.distributions)
    if selector:
        found = [d for d in found if d.act_no == selector]
    return found


def write_offs(detail: ShipmentDetail, selector: str | None = None) -> list[WriteOff]:
    """The write-off acts (D9) to print; ``selector`` keeps one act number."""
    return [w for w in detail.write_offs if not selector or w.act_no == selector]


def _acts_reason(detail: ShipmentDetail, kind: str, selector: str | None) -> str | None:
    """No acts of the kind (D8 distributions, D9 write-offs), or none with that number."""
    if kind == "distribution":
        acts: list[object] = list(detail.distributions)
        chosen: list[object] = list(distributions(detail, selector))
    else:
        acts, chosen = list(detail.write_offs), list(write_offs(detail, selector))
    if not acts:
        return "no_distributions" if kind == "distribution" else "no_write_offs"
    return None if chosen else "no_match"


def why_not(detail: ShipmentDetail, kind: str, selector: str | None = None) -> str | None:
    """The reason code why ``kind`` cannot be printed for ``detail``, or None when it can."""
    if kind in _NEEDS_LINES and not detail.lines:
        return "no_lines"
    if kind in ("vehicle-sheet", "vehicle-handover"):
        if not vehicles(detail):
            return "no_vehicles"
        if not vehicles(detail, selector):
            return "no_match"
    if kind in ("distribution", "writeoff"):
        return _acts_reason(detail, kind, selector)
    if kind == "report" and detail.shipment.cleared_on is None:
        return "not_cleared"
    if kind == "checklist" and not detail.checklist:
        return "no_checklist"
    if kind == "labels" and detail.totals.packages <= 0:
        return "no_packages"
    return None
