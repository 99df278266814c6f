"""Finds the data files shipped inside the package (assets/ in the source tree)."""

from __future__ import annotations

from pathlib import Path

import cramp_coach.assets  # type: ignore[import-untyped]  # data only: no py.typed


def asset(*parts: str) -> Path:
    """The shipped asset at assets/<parts...>, from an installed wheel or the source tree.

    A plain path, not `importlib.resources.files()`: the package is never run from a zip file,
    and importlib.resources would be a dozen more modules to import before the first paint.
    """
    return Path(next(iter(cramp_coach.assets.__path__)), *parts)


def default_routine_file() -> Path:
    """The routine the app guides through by default."""
    return asset("routines", "hamstring-cramp.toml")
