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


def describe(value: Any) -> str:
    """Shows a bad value the way the user wrote it in TOML."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
