"""The one error type for a data file the app cannot use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


class ContentError(Exception):
    """A data file is missing, malformed or out of range; the message names file, place, value."""

    def __init__(self, path: Path | Traversable | str, where: str, problem: str) -> None:
        self.path = str(path)
        self.where = where
        self.problem = problem
        place = f"{self.path}: {where}: " if where else f"{self.path}: "
        super().__init__(place + problem)


SHOWN = 60  # characters of a bad value a message shows: the start says which one it is


def describe(value: Any) -> str:
    """Shows a bad value the way the user wrote it in TOML (its start, when long)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    try:
        shown = repr(value) if isinstance(value, str) else str(value)
    except RecursionError:  # a list nested hundreds deep
        shown = "[[[…"
    return shown if len(shown) <= SHOWN else shown[: SHOWN - 1] + "…"
