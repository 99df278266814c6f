"""Prevention sessions as data: assets/sessions/*.toml, plus the user's own files.

A session is an ordered list of exercises from the library, by id, each with its dose (sets, and
reps, hold_seconds or move_minutes as the exercise's kind takes; what a file leaves out is the
exercise's own), its rest between sets, a get-ready before the first and a rest between
exercises. An exercise done one leg at a time stays so: each set is the left leg, then the right.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_coach.content.assets import asset
from cramp_coach.content.exercises import (
    MAX_MINUTES,
    MAX_SECONDS,
    NAME_CHARACTERS,
    PARAGRAPH_CHARACTERS,
    USER_FILE_BYTES,
    Exercise,
    Kind,
)
from cramp_coach.content.reader import MAX_FILE_BYTES, Reader, read_toml
from cramp_coach.content.translation import ENGLISH, overlay_file, read_overlay
from cramp_coach.content.user_files import USER_FILES, USER_SECONDS, UserFiles, read_user_files

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

MAX_ITEMS = 20  # exercises in one session
MAX_READY_SECONDS = 120

_FIELDS = {"id", "name", "purpose", "basis", "get_ready_seconds", "rest_between_seconds",
           "exercise"}  # fmt: skip
_ITEM_FIELDS = {"id", "sets", "reps", "hold_seconds", "move_minutes", "rest_seconds"}
_TEXTS = ("name", "purpose")  # what a translation gives; `basis` names a reference: English


@dataclass(frozen=True)
class Item:
    """One exercise of a session and its dose here (None: the exercise's own)."""

    exercise_id: str
    sets: int | None = None
    reps: int | None = None
    seconds: int | None = None  # hold_seconds, or move_minutes × 60
    rest_seconds: int | None = None


@dataclass(frozen=True)
class Session:
    id: str
    name: str
    purpose: str
    items: tuple[Item, ...]
    get_ready_seconds: int
    rest_between_seconds: int
    basis: str = ""
    users: bool = False
    path: str = field(default="", compare=False)

    def exercises(self, library: dict[str, Exercise]) -> list[Exercise]:
        """Each item's exercise with this session's dose; KeyError naming an id not there."""
        return [dosed(library[item.exercise_id], item) for item in self.items]

    def missing(self, library: dict[str, Exercise]) -> list[str]:
        return [item.exercise_id for item in self.items if item.exercise_id not in library]


def dosed(exercise: Exercise, item: Item) -> Exercise:
    """The exercise with the item's dose in place of its own."""
    changes: dict[str, Any] = {}
    if item.sets is not None:
        changes["sets"] = item.sets
    if item.reps is not None:
        changes["reps"] = item.reps
    if item.seconds is not None:
        changes["seconds"] = item.seconds
    if item.rest_seconds is not None:
        changes["rest_seconds"] = item.rest_seconds
    return dataclasses.replace(exercise, **changes) if changes else exercise


def shipped_session_files() -> list[Path]:
    folder = asset("sessions")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)


def load_session(
    source: Path | Traversable, library: dict[str, Exercise], users: bool = False,
    language: str = ENGLISH,
) -> Session:  # fmt: skip
    """Reads and checks one session file against the library (every exercise id must be in
    it, and each dose must suit the exercise's kind); problems are ContentErrors naming file and
    field. A shipped session comes in its translation into `language`, if one is shipped."""
    raw = read_toml(source, USER_FILE_BYTES if users else MAX_FILE_BYTES)
    reader = _SessionReader(str(source))
    session = reader.read(raw, library, users)
    overlay = None if users else overlay_file(source, "sessions", language)
    if overlay is None:
        return session
    checker, texts = read_overlay(overlay)
    merged = checker.table(raw, texts, _TEXTS, "session")
    return _SessionReader(str(overlay)).read(merged, library, users)


def load_shipped_sessions(library: dict[str, Exercise], language: str = ENGLISH) -> list[Session]:
    """The sessions shipped with the app; a bad one is a bug and raises."""
    return [load_session(f, library, language=language) for f in shipped_session_files()]


def load_user_sessions(
    folder: Path,
    library: dict[str, Exercise],
    taken: set[str],
    most_files: int = USER_FILES,
    seconds: float = USER_SECONDS,
) -> UserFiles[Session]:
    """The user's own session files (*.toml in `folder`), read as their exercises are: a bad file
    is one line naming file and field, the rest load. `library`: every exercise, the user's own
    included; `taken`: the ids already used (the shipped sessions')."""
    return read_user_files(
        folder,
        lambda path: load_session(path, library, users=True),
        taken,
        "session",
        most_files,
        seconds,
    )


class _SessionReader(Reader):
    def read(self, raw: dict[str, Any], library: dict[str, Exercise], users: bool) -> Session:
        where = "session"
        self.no_unknown(raw, _FIELDS, where)
        entries = raw.get("exercise")
        if not isinstance(entries, list) or not entries:
            raise self.fail(where, "needs one or more [[exercise]] tables")
        if len(entries) > MAX_ITEMS:
            raise self.fail(where, f"has {len(entries)} exercises, at most {MAX_ITEMS}")
        items = tuple(
            self._item(entry, f"exercise {number}", library)
            for number, entry in enumerate(entries, 1)
        )
        return Session(
            id=self.text(raw, "id", where, NAME_CHARACTERS),
            name=self.text(raw, "name", where, NAME_CHARACTERS),
            purpose=self.text(raw, "purpose", where, PARAGRAPH_CHARACTERS),
            items=items,
            get_ready_seconds=self.integer(raw, "get_ready_seconds", where, 0, MAX_READY_SECONDS),
            rest_between_seconds=self.integer(raw, "rest_between_seconds", where, 0, 600),
            basis=(
                self.text(raw, "basis", where, PARAGRAPH_CHARACTERS)
                if "basis" in raw or not users
                else ""
            ),
            users=users,
        )

    def _item(self, entry: Any, where: str, library: dict[str, Exercise]) -> Item:
        if not isinstance(entry, dict):
            raise self.fail(where, "must be a table")
        self.no_unknown(entry, _ITEM_FIELDS, where)
        exercise_id = self.text(entry, "id", where, NAME_CHARACTERS)
        exercise = library.get(exercise_id)
        if exercise is None:
            raise self.fail(where, f"id {exercise_id!r} is no exercise in the library")
        kinds = {"reps": Kind.REPS, "hold_seconds": Kind.HOLD, "move_minutes": Kind.MOVE}
        for name, kind in kinds.items():
            if name in entry and exercise.kind is not kind:
                raise self.fail(
                    where, f"{name} does not suit {exercise_id!r} (its sets are {exercise.kind})"
                )
        optional = self._optional
        minutes = optional(entry, "move_minutes", where, 2, MAX_MINUTES)
        if minutes is not None and minutes != exercise.seconds // 60:
            # A moving exercise's stages fill its whole time: a session keeps its length.
            own = exercise.seconds // 60
            raise self.fail(
                where, f"move_minutes of {exercise_id!r} is its own {own}, got {minutes}"
            )
        sets = optional(entry, "sets", where, 1, 10)
        if sets is not None and exercise.kind is Kind.MOVE and sets != 1:
            raise self.fail(where, f"an exercise with move_minutes has 1 set, got {sets}")
        return Item(
            exercise_id,
            sets=sets,
            reps=optional(entry, "reps", where, 1, 100),
            seconds=optional(entry, "hold_seconds", where, 5, MAX_SECONDS),
            rest_seconds=optional(entry, "rest_seconds", where, 0, 600),
        )

    def _optional(
        self, entry: dict[str, Any], name: str, where: str, low: int, high: int
    ) -> int | None:
        return self.integer(entry, name, where, low, high) if name in entry else None
