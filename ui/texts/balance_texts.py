"""Words of the goods-balance windows (loads, receipt, handover, write-off, void) in the
interface language; the wording lives in ``aidtracker/catalogue/balance_window.py``."""

from __future__ import annotations

from aidtracker import catalogue
from aidtracker.catalogue.balance_window import WINDOW
from ui.texts.messages import language


def say(key: str, **params: object) -> str:
    """``WINDOW[key]`` filled with ``params`` in the interface language."""
    return catalogue.say(WINDOW[key], language(), **params)
