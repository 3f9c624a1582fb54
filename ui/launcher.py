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

from aidtracker.errors import AidTrackerError

WINDOW_COMMANDS = ("run", "gui")
WINDOW_OPTIONS = {"--db": Path, "--lang": str, "--screenshot": Path}
LANGUAGES = ("uk", "en")


def cmd_run(args: argparse.Namespace) -> int:
    """Open the window on the database (the last one used when --db is omitted); with none
    yet, the first-start dialog asks, and nothing is written before the choice."""
    # lazy: Qt and the window load only for the window, not for CLI commands
    from ui.app import run_app

    return run_app(args.db, lang=args.lang, screenshot=args.screenshot)


def _window_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, metavar="PATH", help="the AidTracker database file")
    p.add_argument("--lang", choices=LANGUAGES)
    p.add_argument("--screenshot", type=Path, metavar="OUT.png",
                   help="render what the window shows at start (the first-start dialog when "
                   "there is no database) to a PNG and exit, writing nothing else")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``run`` and ``gui`` to the core's parser."""
    for name in WINDOW_COMMANDS:
        p = sub.add_parser(
            name, help="open the window (the last database used when --db is omitted)")
        _window_options(p)
        p.set_defaults(handler=cmd_run)


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """The window's options when the command line asks for the window and nothing else
    (``aidtracker``, ``aidtracker run --db X``), else None: the full command line decides
    (help, a bad value, any other command). Read by hand: building an ``argparse`` parser
    looks up its translations, a cost the window's start need not pay."""
    if argv and argv[0] not in WINDOW_COMMANDS:
        return None
    values: dict[str, object] = {"db": None, "lang": None, "screenshot": None}
    words = list(argv[1:])
    while words:
        option, _, value = words.pop(0).partition("=")
        if option not in WINDOW_OPTIONS or (not value and not words):
            return None
        value = value or words.pop(0)
        if not value or value.startswith("-") or (option == "--lang" and value not in LANGUAGES):
            return None
        values[option[2:]] = WINDOW_OPTIONS[option](value)
    return argparse.Namespace(**values)


def main(argv: list[str] | None = None) -> int:
    """Open the window straight away when that is all that is asked (the core's command line,
    with every command's modules, is not loaded then: start-up stays fast); else run it."""
    args = window_args(list(sys.argv[1:] if argv is None else argv))
    if args is not None:
        try:  # the window sweeps temporary files itself, after its first paint
            return cmd_run(args)
        except AidTrackerError as exc:
            # lazy: the wording of a refusal, only when there is one
            from aidtracker.cli.words import error_words

            print(f"aidtracker: {error_words(exc)}", file=sys.stderr)
            return 2
    # lazy: the core's command line and all its commands, only when a command is given
    from aidtracker.cli.main import main as cli_main

    return cli_main(argv, extra=[register], default_command="run")


if __name__ == "__main__":
    sys.exit(main())
