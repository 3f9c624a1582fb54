"""One load of a shipment as its own paper (DOMAIN.md §4.6): the goods specification (D2), the
CMR and the driver letter per vehicle trip, "load 2 of 3".

``--select load:N`` narrows the record to what load N carries: each line's share of the
quantity (weights, packages and an entered total value in proportion, half-up), the VINs or
serials that travel on it, and the load's vehicle, driver, CMR and dates in place of the
header's. Pure: no ReportLab, no store.
"""

from __future__ import annotations

import dataclasses

from aidtracker.domain import LineItem, Load, ShipmentDetail

#: The kinds printed per load when asked (``--select load:N``).
LOAD_KINDS = frozenset({"specification", "cmr", "driver-letter"})
PREFIX = "load:"


def load_number(selector: str | None) -> int | None:
    """N of ``load:N`` (None for any other selector)."""
    if not selector or not selector.startswith(PREFIX):
        return None
    text = selector[len(PREFIX):].strip()
    return int(text) if text.isdigit() else None


def find_load(detail: ShipmentDetail, selector: str | None) -> Load | None:
    seq = load_number(selector)
    return next((ld for ld in detail.loads if ld.seq == seq), None)


def load_serials(detail: ShipmentDetail) -> dict[tuple[int, int], tuple[str, ...]]:
    """(load, line) → the VINs/serials that load carries, as the record keeps them (each asset
    its ``load_seq``); a line whose serials have none (a record not read from a store) has its
    units go to its loads in load order, one per unit."""
    out: dict[tuple[int, int], tuple[str, ...]] = {}
    for line in detail.lines:
        if any(a.load_seq is not None for a in line.assets):
            for a in line.assets:
                if a.load_seq is not None:
                    key = (a.load_seq, line.line_no)
                    out[key] = (*out.get(key, ()), a.identifier)
            continue
        ids = [a.identifier for a in line.assets]
        start = 0
        for load in sorted(detail.loads, key=lambda ld: ld.seq):
            qty = sum(s.qty_milli for s in load.shares if s.line_no == line.line_no)
            if qty and ids:
                count = qty // 1000
                out[(load.seq, line.line_no)] = tuple(ids[start:start + count])
                start += count
    return out


def package_split(detail: ShipmentDetail) -> dict[tuple[int, int], int]:
    """(load, line) → the packages of the line that load carries: the line's packages in
    proportion to the quantity, rounded on the running total so the loads add up exactly."""
    out: dict[tuple[int, int], int] = {}
    loads = sorted(detail.loads, key=lambda ld: ld.seq)
    for line in detail.lines:
        carried = done = 0
        for load in loads:
            qty = sum(s.qty_milli for s in load.shares if s.line_no == line.line_no)
            if qty:
                carried += qty
                upto = _part(line.packages, min(carried, line.qty_milli), line.qty_milli)
                out[(load.seq, line.line_no)] = upto - done
                done = upto
    return out


def _part(total: int, share: int, whole: int) -> int:
    """``total`` × share / whole, half-up."""
    return (total * share * 2 + whole) // (2 * whole) if whole else 0


def _line_share(line: LineItem, qty: int, carried: tuple[str, ...], packages: int) -> LineItem:
    value = None if line.value_minor is None else _part(line.value_minor, qty, line.qty_milli)
    return dataclasses.replace(
        line, qty_milli=qty, net_g=_part(line.net_g, qty, line.qty_milli),
        gross_g=_part(line.gross_g, qty, line.qty_milli),
        packages=packages, value_minor=value,
        assets=tuple(a for a in line.assets if a.identifier in carried) if carried else
        line.assets if qty == line.qty_milli else ())


def for_load(detail: ShipmentDetail, load: Load) -> ShipmentDetail:
    """The shipment as load ``load`` carries it."""
    carried = load_serials(detail)
    packages = package_split(detail)
    shares = {s.line_no: s.qty_milli for s in load.shares}
    lines = tuple(_line_share(ln, shares[ln.line_no], carried.get((load.seq, ln.line_no), ()),
                              packages.get((load.seq, ln.line_no), 0))
                  for ln in detail.lines if shares.get(ln.line_no))
    s = detail.shipment
    header = dataclasses.replace(
        s, transport_mode=load.mode, carrier=load.carrier or s.carrier,
        truck_plate=load.truck_plate, trailer_plate=load.trailer_plate,
        driver_name=load.driver_name, driver_phone=load.driver_phone,
        cmr_no=load.cmr_no or s.cmr_no, loaded_on=load.loaded_on or s.loaded_on,
        crossing=load.crossing or s.crossing, crossed_on=load.crossed_on or s.crossed_on,
        planned_loading=load.planned_loading or s.planned_loading,
        planned_crossing=load.planned_crossing or s.planned_crossing)
    return dataclasses.replace(detail, shipment=header, lines=lines)
