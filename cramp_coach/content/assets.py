"""Finds the data files shipped inside the package (assets/ in the source tree)."""

from __future__ import annotations

import importlib
from pathlib import Path


def asset(*parts: str) -> Path:
    """The shipped asset at assets/<parts...>, from an installed wheel or the source tree.

    A plain path, not `importlib.resources.files()`: the package is never run from a zip file,
    and importlib.resources would be a dozen more modules to import before the first paint.
    """
    # Imported by name: the package is data only (assets/ mapped in by pyproject.toml), and a
    # type checker looking for it in the source tree would not find it.
    package = importlib.import_module("cramp_coach.assets")
    return Path(next(iter(package.__path__)), *parts)


def default_routine_file() -> Path:
    """The routine the app guides through by default."""
    return asset("routines", "hamstring-cramp.toml")
