"""Guard against the PySide6 6.12.0 regression that leaks references to ``None``.

6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a ``void`` Qt method or a
call returning an invalid QVariant, and the process aborts with ``none_dealloc``. We pin 6.11.x;
this test fails if an upgrade brings the leak back.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget


def test_pyside_is_pinned_to_6_11() -> None:
    assert PySide6.__version__.startswith("6.11."), PySide6.__version__


def test_void_calls_and_invalid_variants_do_not_leak_none(qapp) -> None:
    widget = QWidget()
    settings = QSettings("AidTrackerTests", "none-leak")
    before = sys.getrefcount(None)
    for i in range(10_000):
        widget.setWindowTitle(f"t{i % 3}")  # a void method
        settings.value("never-set-key")  # returns an invalid QVariant → None
    after = sys.getrefcount(None)
    widget.deleteLater()
    assert after >= before - 50, f"None lost {before - after} references"
