"""Locate files under ``resources/``, from a source checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


def resources_root() -> Path:
    """The ``resources`` folder: beside the package in source, in ``sys._MEIPASS`` when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(relative: str) -> Path:
    """Absolute path of ``resources/<relative>``; raises FileNotFoundError when missing."""
    path = resources_root() / relative
    if not path.exists():
        raise FileNotFoundError(f"resource missing: {relative} (looked in {path})")
    return path


@cache
def load_json(relative: str) -> object:
    """Parse a JSON resource once per process."""
    import json  # lazy: the window's first page needs no JSON; start-up skips loading it

    return json.loads(resource_path(relative).read_text(encoding="utf-8"))
