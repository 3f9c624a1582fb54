"""``python -m ui [--db PATH] [--lang uk|en] [--screenshot OUT.png]``: open the window.

Without ``--db`` the last database is opened, else the default one in the user's data folder;
when that does not exist yet, the window asks (new database, demo data, or open a file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aidtracker.paths import default_database
from ui.app import run_app
from ui.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui", description=__doc__)
    parser.add_argument("--db", type=Path, metavar="PATH")
    parser.add_argument("--lang", choices=["uk", "en"])
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png")
    args = parser.parse_args(argv)
    path = args.db
    if path is None:
        last = Settings().last_database()
        path = last if last is not None and last.exists() else default_database()
    return run_app(path, lang=args.lang, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
