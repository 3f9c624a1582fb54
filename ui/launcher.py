"""The ``aidtracker`` command: the core command line plus the window's ``run`` and ``gui``.

``aidtracker`` with no command opens the window on the default database (building the demo
there on first run); every other command is the core's (``aidtracker.cli``). The core never
imports ``ui``: this launcher adds the window's commands to the core's parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def cmd_run(args: argparse.Namespace) -> int:
    """Open the window on the database (a demo database is made when none exists)."""
    from aidtracker.paths import default_database

    db_path = args.db or default_database()
    if not db_path.exists():
        from aidtracker.demo.builder import build_demo

        db_path.parent.mkdir(parents=True, exist_ok=True)
        print(f"no database at {db_path}: creating demo data there")
        build_demo(db_path)
    from ui.app import run_app

    return run_app(db_path, lang=args.lang, screenshot=args.screenshot)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``run`` and ``gui`` to the core's parser."""
    for name in ("run", "gui"):
        p = sub.add_parser(name, help="open the window (default database when --db is omitted)")
        p.add_argument("--db", type=Path, metavar="PATH", help="the AidTracker database file")
        p.add_argument("--lang", choices=["uk", "en"])
        p.add_argument("--screenshot", type=Path, metavar="OUT.png",
                       help="render the main window to a PNG and exit")
        p.set_defaults(handler=cmd_run)


def main(argv: list[str] | None = None) -> int:
    from aidtracker.cli.main import main as cli_main

    return cli_main(argv, extra=[register], default_command="run")


if __name__ == "__main__":
    sys.exit(main())
