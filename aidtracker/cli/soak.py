"""Soak writer for crash tests: saves multi-line shipments and prints ``ACK <ref>`` only after
COMMIT returned (the moment the window would say "Saved").

``python -m aidtracker.cli.soak DB [--saves N] [--lines N]``; the database must exist and hold
at least one partnership, donor and recipient (``--seed`` adds them when it is new).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aidtracker.domain import LineItem, Organisation, OrgKind, Partnership, Shipment, Status, Unit
from aidtracker.services.shipments import create_shipment
from aidtracker.store import create_database, open_database, parties, unit_of_work


def seed(path: Path) -> None:
    db = create_database(path)
    try:
        with unit_of_work(db):
            parties.insert_partnership(db, Partnership(
                id=None, own_city="Kyiv", partner_city="Soak", partner_country="DE"), "soak")
            for name in ("Soak donor", "Soak recipient"):
                parties.insert_organisation(db, Organisation(
                    id=None, kind=OrgKind.CITY_AUTHORITY, name_en=name), "soak")
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="soak")
    parser.add_argument("db", type=Path)
    parser.add_argument("--saves", type=int, default=1_000_000)
    parser.add_argument("--lines", type=int, default=5)
    parser.add_argument("--seed", action="store_true", help="create and seed a new database")
    args = parser.parse_args(argv)
    if args.seed:
        seed(args.db)
    db = open_database(args.db)
    header = Shipment(id=None, reference="", status=Status.DRAFT, partnership_id=1, donor_id=1,
                      recipient_id=2)
    lines = [LineItem(id=None, line_no=0, category="hygiene", description=f"Soak line {i}",
                      qty_milli=1000 * (i + 1), unit=Unit.PCS, currency="EUR",
                      unit_value_minor=100 + i, gross_g=500) for i in range(args.lines)]
    try:
        for _ in range(args.saves):
            ref = create_shipment(db, header, lines, actor="soak")
            print(f"ACK {ref}", flush=True)
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
