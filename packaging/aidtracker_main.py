"""Entry point of the built program (``build_spec.spec``): the ``aidtracker`` command line.

With no arguments it opens the window; ``AidTracker --self-test`` checks the bundle; every
subcommand of ``aidtracker`` works too (``AidTracker demo --db x.db``, ``AidTracker print ...``).

Portable mode (a ``portable`` file beside the executable) keeps the settings with the data in
``<program folder>/data`` as well, unless ``AIDTRACKER_SETTINGS`` names another file.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    from aidtracker.paths import data_dir, is_portable

    if is_portable():
        os.environ.setdefault("AIDTRACKER_SETTINGS", str(data_dir() / "settings.ini"))
    from ui.launcher import main as launch

    return launch()


if __name__ == "__main__":
    sys.exit(main())
