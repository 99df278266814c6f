"""Checked reading of parsed TOML tables: every problem names the file, the place and the field."""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_coach.content.errors import ContentError, describe

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


MAX_FILE_BYTES = 1024 * 1024  # a data file is a few KB: far more is not one

# Bidirectional controls (U+202E turns "evil.toml" round on screen) and the other control
# characters: never shown or spoken from a file; a line break and a tab stay.
_CONTROLS = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f"
                       "\u202a-\u202e\u2066-\u2069]")  # fmt: skip


def clean_text(text: str) -> str:
    """`text` without bidirectional or other control characters, trimmed."""
    return _CONTROLS.sub("", text).strip()


def read_regular_file(path: Path, most_bytes: int) -> bytes:
    """The bytes of a regular file of at most `most_bytes`; anything else (a pipe, a device, a
    folder, a link to one, a bigger file) is a ContentError, found without waiting: the file is
    opened without blocking and checked before a byte is read."""
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise ContentError(path, "", "file not found") from None
    except OSError as error:
        raise ContentError(path, "", f"cannot read the file ({error.strerror})") from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise ContentError(path, "", "not a regular file (a pipe, device or folder)")
        if info.st_size > most_bytes:
            raise ContentError(
                path, "", f"too large ({_size(info.st_size)}, at most {_size(most_bytes)})"
            )
        data = os.read(handle, most_bytes + 1)
        if len(data) > most_bytes:  # it grew while being read
            raise ContentError(path, "", f"too large (over {_size(most_bytes)})")
        return data
    except OSError as error:
        raise ContentError(path, "", f"cannot read the file ({error.strerror})") from None
    finally:
        os.close(handle)


def _size(count: int) -> str:
    return f"{count // 1024} KB" if count >= 1024 else f"{count} bytes"


def read_toml(source: Path | Traversable, most_bytes: int = MAX_FILE_BYTES) -> dict[str, Any]:
    """The parsed file; a missing, unreadable, special, too large, too deeply nested or
    malformed file is a ContentError."""
    try:
        if isinstance(source, Path):
            text = read_regular_file(source, most_bytes).decode("utf-8")
        else:
            text = source.read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(source, "", f"cannot read the file ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(source, "", f"not valid TOML ({error})") from None
    except RecursionError:
        raise ContentError(source, "", "not valid TOML (nested too deeply)") from None


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

    def text(
        self, table: Mapping[str, Any], name: str, where: str, longest: int | None = None
    ) -> str:
        """A non-empty text without control characters, of at most `longest` characters."""
        if name not in table:
            raise self.fail(where, f"missing field {name!r}")
        return self.clean(table[name], name, where, longest)

    def clean(self, value: Any, name: str, where: str, longest: int | None = None) -> str:
        text = clean_text(value) if isinstance(value, str) else ""
        if not text:
            raise self.fail(where, f"{name} must be non-empty text, got {describe(value)}")
        if longest is not None and len(text) > longest:
            raise self.fail(
                where, f"{name} is too long ({len(text)} characters, at most {longest})"
            )
        return text

    def integer(self, table: Mapping[str, Any], name: str, where: str, low: int, high: int) -> int:
        if name not in table:
            raise self.fail(where, f"missing field {name!r}")
        value = table[name]
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(where, f"{name} must be a whole number, got {describe(value)}")
        if not low <= value <= high:
            raise self.fail(where, f"{name} must be {low} to {high}, got {value}")
        return value
