"""The window (PySide6) over the core's services.

The core modules the first page needs load here, before any ``ui`` module imports Qt: PySide6's
import hook reads the source of every module imported after Qt (PYSIDE-2029, looking for
``__feature__`` use), a cost at every start that modules loaded first do not pay.
"""

import aidtracker.catalogue
import aidtracker.domain
import aidtracker.money
import aidtracker.resources
import aidtracker.services.pages  # noqa: F401
