"""Finds the data files shipped inside the package (assets/ in the source tree)."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def asset(*parts: str) -> Traversable:
    """The shipped asset at assets/<parts...>, from an installed wheel or the source tree."""
    node = resources.files("cramp_coach.assets")
    for part in parts:
        node = node / part
    return node


def default_routine_file() -> Traversable:
    """The routine the app guides through by default."""
    return asset("routines", "hamstring-cramp.toml")
