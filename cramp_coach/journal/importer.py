"""Reads a journal export (JSON, journal.export's shape, version 1 or 2) back, to merge it.

Everything is checked before anything is written: a file that is not an export, or any record in
it that is not what an export holds, is refused with one line naming the file and the field, and
the journal is left as it was (Journal.merge writes all in one transaction)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from cramp_coach.content.errors import ContentError, describe
from cramp_coach.content.reader import read_regular_file
from cramp_coach.journal.export import FORMAT, VERSION
from cramp_coach.journal.store import Episode, PreventionSession, SetDone, StepEntry

MAX_IMPORT_BYTES = 64 * 1024 * 1024  # years of daily sessions are a few MB


class ImportRefusedError(Exception):
    """The file cannot be imported; the message is one line naming the file and the field."""


def read_export(path: Path) -> tuple[list[Episode], list[PreventionSession]]:
    """The episodes and prevention sessions of an export file, checked (ImportRefusedError)."""
    try:
        data = read_regular_file(path, MAX_IMPORT_BYTES)
    except ContentError as error:
        raise ImportRefusedError(str(error)) from None
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ImportRefusedError(f"{path}: not a JSON file ({_line(error)})") from None
    return parse_export(document, str(path))


def parse_export(document: Any, name: str) -> tuple[list[Episode], list[PreventionSession]]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefusedError(f"{name}: not a Cramp Coach journal export (no format {FORMAT!r})")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
        raise ImportRefusedError(
            f"{name}: version {describe(version)}; this version reads 1 to {VERSION}"
        )
    episodes = [
        _checked(name, f"episodes {n}", _episode, item)
        for n, item in enumerate(_list(document, "episodes", name, required=True), 1)
    ]
    sessions = [
        _checked(name, f"sessions {n}", _session, item)
        for n, item in enumerate(_list(document, "sessions", name, required=version >= 2), 1)
    ]
    return episodes, sessions


def _list(document: dict[str, Any], key: str, name: str, required: bool) -> list[Any]:
    value = document.get(key, None if required else [])
    if not isinstance(value, list):
        raise ImportRefusedError(f"{name}: {key} must be a list, got {describe(value)}")
    return value


def _checked(name: str, where: str, read: Any, item: Any) -> Any:
    try:
        if not isinstance(item, dict):
            raise ValueError(f"must be an object, got {describe(item)}")
        return read(item)
    except KeyError as error:
        raise ImportRefusedError(f"{name}: {where}: missing field {error.args[0]!r}") from None
    except (TypeError, ValueError) as error:
        raise ImportRefusedError(f"{name}: {where}: {_line(error)}") from None


def _episode(item: dict[str, Any]) -> Episode:
    return Episode(
        id=_int(item, "id"),
        started_at=_time(item, "started_at"),
        ended_at=_time(item, "ended_at", optional=True),
        leg=item["leg"],
        reps=_int(item, "reps"),
        outcome=_str(item, "outcome"),
        note=_str(item, "note"),
        manual=_bool(item, "manual"),
        steps=tuple(
            StepEntry(_str(step, "step"), _time(step, "at")) for step in _items(item, "steps")
        ),
        causes=frozenset(_str({"cause": c}, "cause") for c in _items(item, "causes")),
    )


def _session(item: dict[str, Any]) -> PreventionSession:
    return PreventionSession(
        id=_int(item, "id"),
        session_id=_str(item, "session"),
        name=_str(item, "name"),
        started_at=_time(item, "started_at"),
        ended_at=_time(item, "ended_at", optional=True),
        outcome=_str(item, "outcome"),
        exercises=_int(item, "exercises"),
        sets=tuple(
            SetDone(
                exercise_number=_int(done, "exercise_number"),
                exercise_id=_str(done, "exercise"),
                set_number=_int(done, "set"),
                side=done["side"],
                reps=_int(done, "reps"),
                seconds=_int(done, "seconds"),
                at=_time(done, "at"),
            )
            for done in _items(item, "sets")
        ),
    )


def _items(item: dict[str, Any], key: str) -> list[Any]:
    value = item[key]
    if not isinstance(value, list):
        raise ValueError(f"{key} must be a list, got {describe(value)}")
    for entry in value:
        if key != "causes" and not isinstance(entry, dict):
            raise ValueError(f"{key}: each must be an object, got {describe(entry)}")
    return value


def _int(item: dict[str, Any], key: str) -> int:
    value = item[key]
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{key} must be a whole number, got {describe(value)}")
    return value


def _str(item: dict[str, Any], key: str) -> str:
    value = item[key]
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text, got {describe(value)}")
    return value


def _bool(item: dict[str, Any], key: str) -> bool:
    value = item[key]
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false, got {describe(value)}")
    return value


def _time(item: dict[str, Any], key: str, optional: bool = False) -> Any:
    value = item[key]
    if value is None and optional:
        return None
    try:
        when = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{key} must be an ISO-8601 time, got {describe(value)}") from None
    if when.utcoffset() is None:
        raise ValueError(f"{key} must have a time zone, got {describe(value)}")
    return when


def _line(error: BaseException) -> str:
    return " ".join(str(error).split())
