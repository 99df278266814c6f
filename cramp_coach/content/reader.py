"""Checked reading of parsed TOML tables: every problem names the file, the place and the field."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_coach.content.errors import ContentError, describe

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def read_toml(source: Path | Traversable) -> dict[str, Any]:
    """The parsed file; a missing, unreadable or malformed file is a ContentError."""
    try:
        return tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(source, "", "file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(source, "", f"cannot read the file ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(source, "", f"not valid TOML ({error})") from None


class Reader:
    """Typed field access on one file's tables."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> ContentError:
        return ContentError(self.path, where, problem)

    def no_unknown(self, table: Mapping[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise self.fail(where, f"unknown field {unknown[0]!r}")

    def text(self, table: Mapping[str, Any], name: str, where: str) -> str:
        if name not in table:
            raise self.fail(where, f"missing field {name!r}")
        value = table[name]
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"{name} must be non-empty text, got {describe(value)}")
        return value.strip()

    def integer(self, table: Mapping[str, Any], name: str, where: str, low: int, high: int) -> int:
        if name not in table:
            raise self.fail(where, f"missing field {name!r}")
        value = table[name]
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(where, f"{name} must be a whole number, got {describe(value)}")
        if not low <= value <= high:
            raise self.fail(where, f"{name} must be {low} to {high}, got {value}")
        return value
