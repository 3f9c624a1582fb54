"""``python -m aidtracker``: the same as the ``aidtracker`` command."""

import sys

from aidtracker.cli.main import main

sys.exit(main())
