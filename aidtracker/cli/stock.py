"""``receive``, ``distribute``, ``write-off``, ``load`` and ``rates`` from the command line.

Thin commands over :mod:`aidtracker.services.progress`, :mod:`~aidtracker.services.stock`,
:mod:`~aidtracker.services.loads` and :mod:`~aidtracker.services.rates`.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from aidtracker.cli.records import date_value, db_arg, opened, pairs, set_arg
from aidtracker.domain import DistributionKind, DistributionLine, WriteOffReason
from aidtracker.money import NumberFormatError, parse_decimal, to_milli
from aidtracker.services.entry import find_party
from aidtracker.services.loads import add_load, assign, update_load
from aidtracker.services.progress import add_distribution, record_receipt
from aidtracker.services.rates import add_rate, import_rates, list_rates
from aidtracker.services.stock import add_write_off


def _qty(text: str) -> int:

    try:
        return to_milli(text)
    except NumberFormatError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a quantity") from None


def cmd_receive(args: argparse.Namespace) -> int:

    surplus = {args.line: (args.surplus, args.reason or "")} if args.surplus else None
    with opened(args.db) as db:
        record_receipt(db, args.reference, {args.line: (args.good, args.damaged, args.missing)},
                       actor=args.actor, on=args.date, surplus=surplus)
    print(f"{args.reference} line {args.line}: received")
    return 0


def cmd_distribute(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        acquirer = find_party(db, args.to, "acquirer")
        act = add_distribution(
            db, args.reference, on=args.date or date.today(), kind=DistributionKind.ACT,
            lines=[DistributionLine(args.line, args.quantity, tuple(args.serial or ()))],
            actor=args.actor, acquirer_id=acquirer.id, settlement=acquirer.settlement)
    print(act)
    return 0


def cmd_write_off(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        act = add_write_off(db, args.reference, line_no=args.line, qty_milli=args.quantity,
                            reason=args.reason, on=args.date, actor=args.actor,
                            note=args.note or "", commission=args.commission or "")
    print(act)
    return 0


def cmd_load_add(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        print(add_load(db, args.reference, pairs(args.set), actor=args.actor))
    return 0


def cmd_load_edit(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        update_load(db, args.reference, args.load, pairs(args.set), actor=args.actor)
    print(f"{args.reference} load {args.load}: saved")
    return 0


def cmd_load_assign(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        assign(db, args.reference, args.load, args.line, args.quantity, actor=args.actor,
               serials=args.serial or ())
    print(f"{args.reference} line {args.line}: on load {args.load}")
    return 0


def cmd_rates_import(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        done = import_rates(db, args.file, actor=args.actor)
    skipped = f"; skipped {', '.join(done.skipped)}" if done.skipped else ""
    print(f"rates: {done.added} added, {done.changed} changed, {done.unchanged} unchanged"
          f"{skipped}")
    return 0


def cmd_rates_add(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        rate = add_rate(db, args.currency, args.date, parse_decimal(args.rate), actor=args.actor)
    print(f"{rate.currency} {rate.on.isoformat()} {rate.uah_per_unit} UAH")
    return 0


def cmd_rates_list(args: argparse.Namespace) -> int:

    with opened(args.db) as db:
        rates = list_rates(db)
    if args.json:
        print(json.dumps([{"currency": r.currency, "date": r.on.isoformat(),
                           "rate": format(r.uah_per_unit, "f"), "source": r.source}
                          for r in rates], indent=2))
        return 0
    for r in rates:
        print(f"{r.on.isoformat()} {r.currency} {format(r.uah_per_unit, 'f'):>14} {r.source}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("receive", help="record what arrived of one line (good/damaged/missing)")
    p.add_argument("reference")
    db_arg(p)
    p.add_argument("--line", type=int, required=True, metavar="N", help="line number")
    p.add_argument("--good", type=_qty, required=True, metavar="Q", help="received in order")
    p.add_argument("--damaged", type=_qty, default=0, metavar="Q", help="received damaged")
    p.add_argument("--missing", type=_qty, default=0, metavar="Q", help="shipped, not arrived")
    p.add_argument("--surplus", type=_qty, default=0, metavar="Q",
                   help="arrived beyond what was shipped (needs --reason)")
    p.add_argument("--reason", help="why there is a surplus")
    p.add_argument("--date", type=date_value, help="receipt date (default today; not before "
                                              "clearance, not after today)")
    p.set_defaults(handler=cmd_receive)
    p = sub.add_parser("distribute", help="hand goods to an acquirer (D8); prints the act no.")
    p.add_argument("reference")
    db_arg(p)
    p.add_argument("--to", required=True, metavar="ACQUIRER", help="acquirer name or EDRPOU")
    p.add_argument("--line", type=int, required=True, metavar="N", help="line number")
    p.add_argument("--quantity", type=_qty, required=True, metavar="Q",
                   help="at most what is on hand")
    p.add_argument("--serial", action="append", metavar="S",
                   help="VIN/serial handed over (one per unit on serialised lines; repeat)")
    p.add_argument("--date", type=date_value, help="act date (default today; not before receipt)")
    p.set_defaults(handler=cmd_distribute)
    p = sub.add_parser("write-off", help="write goods off with an act (D9); prints the act no.")
    p.add_argument("reference")
    db_arg(p)
    p.add_argument("--line", type=int, required=True, metavar="N", help="line number")
    p.add_argument("--quantity", type=_qty, required=True, metavar="Q",
                   help="at most what is held (damaged on receipt + on hand for 'damaged')")
    p.add_argument("--reason", type=WriteOffReason, required=True, choices=list(WriteOffReason),
                   metavar="REASON", help=", ".join(WriteOffReason))
    p.add_argument("--date", type=date_value, required=True, help="act date (YYYY-MM-DD)")
    p.add_argument("--note", help="what happened")
    p.add_argument("--commission", help="commission members (chair first)")
    p.set_defaults(handler=cmd_write_off)
    _load(sub)
    _rates(sub)


def _load(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    fields = ("mode (road_truck, road_van, self_propelled, rail, other), carrier, truck_plate, "
              "trailer_plate, driver, driver_phone, cmr_no (CIM for rail), seals, "
              "planned_loading, loaded_on, crossing (from the list), planned_crossing, "
              "crossed_on, arrived_on")
    p = sub.add_parser("load", help="the loads (vehicle trips) of a shipment")
    lsub = p.add_subparsers(dest="load_command", metavar="ACTION", required=True)
    p = lsub.add_parser("add", help="add a load; prints its number")
    p.add_argument("reference")
    db_arg(p)
    set_arg(p, fields)
    p.set_defaults(handler=cmd_load_add)
    p = lsub.add_parser("edit", help="change a load's fields")
    p.add_argument("reference")
    p.add_argument("load", type=int, metavar="LOAD")
    db_arg(p)
    set_arg(p, fields)
    p.set_defaults(handler=cmd_load_edit)
    p = lsub.add_parser("assign", help="put a line (or part of it) on a load; the line's "
                                       "VINs/serials follow (one per whole unit each load "
                                       "carries)")
    p.add_argument("reference")
    p.add_argument("load", type=int, metavar="LOAD")
    p.add_argument("--line", type=int, required=True, metavar="N")
    p.add_argument("--quantity", type=_qty, metavar="Q",
                   help="default: one unit per --serial, else the whole line")
    p.add_argument("--serial", action="append", metavar="S",
                   help="a VIN/serial of the line that travels on this load (repeat; refused "
                        "when more than the whole units the load carries)")
    db_arg(p)
    p.set_defaults(handler=cmd_load_assign)


def _rates(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rates", help="exchange rates (UAH per unit), offline")
    rsub = p.add_subparsers(dest="rates_command", metavar="ACTION", required=True)
    p = rsub.add_parser("import", help="import the NBU exchange-rate file (JSON, XML or CSV "
                                       "with r030, txt, rate, cc, exchangedate DD.MM.YYYY)")
    p.add_argument("file", type=Path)
    db_arg(p)
    p.set_defaults(handler=cmd_rates_import)
    p = rsub.add_parser("add", help="type one rate in")
    db_arg(p)
    p.add_argument("--currency", required=True, help="ISO 4217 code, e.g. PLN")
    p.add_argument("--date", type=date_value, required=True, help="the rate's day")
    p.add_argument("--rate", required=True, help="UAH per one unit, exact decimal")
    p.set_defaults(handler=cmd_rates_add)
    p = rsub.add_parser("list", help="stored rates, newest first")
    db_arg(p)
    p.add_argument("--json", action="store_true", help="[{currency, date, rate, source}]")
    p.set_defaults(handler=cmd_rates_list)
