"""Which documents can be made for a shipment now (pure; no ReportLab, cheap for menus)."""

from __future__ import annotations

from aidtracker.domain import Asset, AssetKind, Distribution, LineItem, ShipmentDetail

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


def why_not(detail: ShipmentDetail, kind: str, selector: str | None = None) -> str | None:
    """The reason code why ``kind`` cannot be printed for ``detail``, or None when it can."""
    if kind in _NEEDS_LINES and not detail.lines:
        return "no_lines"
    if kind in ("vehicle-sheet", "vehicle-handover"):
        if not vehicles(detail):
            return "no_vehicles"
        if not vehicles(detail, selector):
            return "no_match"
    if kind == "distribution":
        if not detail.distributions:
            return "no_distributions"
        if not distributions(detail, selector):
            return "no_match"
    if kind == "report" and detail.shipment.cleared_on is None:
        return "not_cleared"
    if kind == "checklist" and not detail.checklist:
        return "no_checklist"
    if kind == "labels" and detail.totals.packages <= 0:
        return "no_packages"
    return None
