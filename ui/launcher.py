"""The ``aidtracker`` command: the core command line plus the window's ``run`` and ``gui``.

``aidtracker`` with no command opens the window on the last database used (a first start asks
what to do and writes nothing before the choice); every other command is the core's
(``aidtracker.cli``). The core never imports ``ui``: this launcher adds the window's commands
to the core's parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aidtracker.cli.main import main as cli_main


def cmd_run(args: argparse.Namespace) -> int:
    """Open the window on the database (the last one used when --db is omitted); with none
    yet, the first-start dialog asks, and nothing is written before the choice."""
    # lazy: Qt and the window load only for the window, not for CLI commands
    from ui.app import run_app

    return run_app(args.db, lang=args.lang, screenshot=args.screenshot)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``run`` and ``gui`` to the core's parser."""
    for name in ("run", "gui"):
        p = sub.add_parser(
            name, help="open the window (the last database used when --db is omitted)")
        p.add_argument("--db", type=Path, metavar="PATH", help="the AidTracker database file")
        p.add_argument("--lang", choices=["uk", "en"])
        p.add_argument("--screenshot", type=Path, metavar="OUT.png",
                       help="render what the window shows at start (the first-start dialog when "
                       "there is no database) to a PNG and exit, writing nothing else")
        p.set_defaults(handler=cmd_run)


def main(argv: list[str] | None = None) -> int:
    return cli_main(argv, extra=[register], default_command="run")


if __name__ == "__main__":
    sys.exit(main())
