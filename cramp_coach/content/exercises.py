"""The prevention exercises as data: assets/exercises/*.toml, plus the user's own files."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_coach.content.assets import asset
from cramp_coach.content.errors import ContentError
from cramp_coach.content.reader import Reader, read_toml
from cramp_coach.content.translation import ENGLISH, overlay_file, read_overlay

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

MAX_SECONDS = 60 * 60


class Family(StrEnum):
    """The kinds of exercise the source names."""

    BRIDGES = "bridges"
    DEADLIFTS = "deadlifts"
    KNEE_CURLS = "knee-curls"
    WARM_UP = "warm-up"
    STRETCH = "stretch"


class Goal(StrEnum):
    """What an exercise is for, in the source's terms."""

    STRENGTH = "strength"  # "strength exercises targeting your hamstrings"
    BALANCE = "balance"  # "strength imbalances between your hamstrings and quadriceps"
    LOOSE = "loose"  # "to keep your hamstrings loose"


@dataclass(frozen=True)
class Beat:
    """One spoken word of a rep's cadence and how many seconds it lasts ("Up", 2)."""

    word: str
    seconds: int


@dataclass(frozen=True)
class Exercise:
    """One exercise: what it is for, how to do it, and how a guided set runs."""

    id: str
    name: str
    family: Family
    goals: tuple[Goal, ...]
    from_source: str
    purpose: str
    steps: tuple[str, ...]
    sets: int
    reps: int  # 0 for an exercise that is held (hold_seconds) rather than repeated
    hold_seconds: int
    rest_seconds: int
    tempo: str
    cadence: tuple[Beat, ...]
    mistakes: tuple[str, ...]
    avoid: tuple[str, ...]
    picture: Path | Traversable | None = None
    users: bool = False  # from the user's own folder, not shipped with the app
    path: str = field(default="", compare=False)

    @property
    def rep_seconds(self) -> int:
        return sum(beat.seconds for beat in self.cadence)

    @property
    def dose(self) -> str:
        """Sets × reps, or sets × hold, as plain words, in the installed language."""
        from PySide6.QtCore import QCoreApplication  # not at the top: --help must not load Qt

        # Not at the top either: i18n imports content, and content must load without it.
        from cramp_coach.i18n import fill

        if self.reps:
            each = fill(QCoreApplication.translate("Exercise", "%1 reps"), self.reps)
        else:
            each = fill(QCoreApplication.translate("Exercise", "%1 seconds"), self.hold_seconds)
        return f"{self.sets} × {each}" if self.sets > 1 else each


_FIELDS = {
    "id", "name", "family", "goals", "picture", "from_source", "purpose", "steps", "sets",
    "reps", "hold_seconds", "rest_seconds", "tempo", "cadence", "mistakes", "avoid",
}  # fmt: skip
# What a translation gives (assets/translations/<language>/exercises/): only the texts, and
# `cadence` as its spoken words alone (["Arriba", "y abajo"]); the seconds stay in English.
_TEXTS = ("name", "from_source", "purpose", "steps", "tempo", "mistakes", "avoid")


def load_exercise(
    source: Path | Traversable, users: bool = False, language: str = ENGLISH
) -> Exercise:
    """Reads and checks one exercise file; problems are ContentErrors naming file and field.

    `language`: a shipped exercise comes in its shipped translation into that language, checked
    as strictly; the user's own files, and languages with none, stay as written."""
    raw = read_toml(source)
    exercise = _ExerciseReader(str(source)).read(raw, source, users)
    overlay = None if users else overlay_file(source, "exercises", language)
    if overlay is None:
        return exercise
    return _ExerciseReader(str(overlay)).read(_translate(raw, overlay), source, users)


def _translate(raw: dict[str, Any], source: Traversable) -> dict[str, Any]:
    """The English exercise with the overlay's texts and cadence words in place."""
    checker, overlay = read_overlay(source)
    texts = _TEXTS + (("cadence",) if "cadence" in raw else ())
    words = {**raw, "cadence": [beat[0] for beat in raw.get("cadence", [])]}
    merged = checker.table(words, overlay, texts, "exercise")
    if "cadence" in raw:
        beats = zip(merged["cadence"], raw["cadence"], strict=True)
        merged["cadence"] = [[word, beat[1]] for word, beat in beats]
    return merged


@dataclass
class Library:
    """Every exercise that loaded, and one line for each file that did not."""

    exercises: list[Exercise]
    problems: list[str]


def shipped_exercise_files() -> list[Traversable]:
    folder = asset("exercises")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)


def load_library(user_folder: Path | None = None, language: str = ENGLISH) -> Library:
    """The shipped exercises, then the user's own (marked as theirs); a bad user file is
    reported and skipped, the rest still load. A bad shipped file is a bug and raises.
    `language`: the shipped exercises' translation to use (the user's own stay as written)."""
    exercises = [load_exercise(f, language=language) for f in shipped_exercise_files()]
    problems: list[str] = []
    if user_folder is not None and user_folder.is_dir():
        taken = {e.id for e in exercises}
        for path in sorted(user_folder.glob("*.toml")):
            try:
                exercise = load_exercise(path, users=True)
            except ContentError as error:
                problems.append(str(error))
                continue
            if exercise.id in taken:
                problems.append(f"{path}: id {exercise.id!r} is already used; file skipped")
                continue
            taken.add(exercise.id)
            exercises.append(exercise)
    return Library(exercises, problems)


class _ExerciseReader(Reader):
    def read(self, raw: dict[str, Any], source: Path | Traversable, users: bool) -> Exercise:
        where = "exercise"
        self.no_unknown(raw, _FIELDS, where)
        family = self._choice(raw, "family", Family, where)
        goals = tuple(
            self._choice({"goal": g}, "goal", Goal, "goals") for g in self._list(raw, "goals")
        )
        if not goals:
            raise self.fail("goals", "name at least one goal")
        reps = self.integer(raw, "reps", where, 1, 100) if "reps" in raw else 0
        hold = (
            self.integer(raw, "hold_seconds", where, 5, MAX_SECONDS) if "hold_seconds" in raw else 0
        )
        if bool(reps) == bool(hold):
            raise self.fail(where, "give either reps or hold_seconds, not both or neither")
        cadence = self._cadence(raw) if reps else ()
        if reps and not cadence:
            raise self.fail(
                where, "an exercise with reps needs a cadence, e.g. [['Up', 2], ['and down', 2]]"
            )
        return Exercise(
            id=self.text(raw, "id", where),
            name=self.text(raw, "name", where),
            family=family,
            goals=goals,
            from_source=self.text(raw, "from_source", where),
            purpose=self.text(raw, "purpose", where),
            steps=self._list(raw, "steps"),
            sets=self.integer(raw, "sets", where, 1, 10),
            reps=reps,
            hold_seconds=hold,
            rest_seconds=self.integer(raw, "rest_seconds", where, 0, 600),
            tempo=self.text(raw, "tempo", where),
            cadence=cadence,
            mistakes=self._list(raw, "mistakes"),
            avoid=self._list(raw, "avoid"),
            picture=self._picture(raw, source, users),
            users=users,
            path=str(source),
        )

    def _choice(
        self, raw: dict[str, Any], name: str, kind: type[Family] | type[Goal], where: str
    ) -> Any:
        value = self.text(raw, name, where)
        try:
            return kind(value)
        except ValueError:
            known = ", ".join(k.value for k in kind)
            raise self.fail(where, f"{name} must be one of {known}, got {value!r}") from None

    def _list(self, raw: dict[str, Any], name: str) -> tuple[str, ...]:
        value = raw.get(name)
        if not isinstance(value, list) or not value:
            raise self.fail(name, "must be a list of one or more texts")
        for number, item in enumerate(value, 1):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(f"{name} {number}", f"must be non-empty text, got {item!r}")
        return tuple(item.strip() for item in value)

    def _cadence(self, raw: dict[str, Any]) -> tuple[Beat, ...]:
        beats = []
        cadence = raw.get("cadence", [])
        if not isinstance(cadence, list):
            raise self.fail("cadence", f"must be a list of [word, seconds], got {cadence!r}")
        for number, item in enumerate(cadence, 1):
            ok = (
                isinstance(item, list)
                and len(item) == 2
                and isinstance(item[0], str)
                and item[0].strip()
                and isinstance(item[1], int)
                and not isinstance(item[1], bool)
                and 1 <= item[1] <= 10
            )
            if not ok:
                raise self.fail(
                    f"cadence {number}", f"must be [word, seconds 1 to 10], got {item!r}"
                )
            beats.append(Beat(item[0].strip(), item[1]))
        return tuple(beats)

    def _picture(
        self, raw: dict[str, Any], source: Path | Traversable, users: bool
    ) -> Path | Traversable | None:
        if "picture" not in raw:
            if users:
                return None  # the user's own exercise may have no picture
            raise self.fail("exercise", "missing field 'picture'")
        name = self.text(raw, "picture", "exercise")
        if "/" in name or "\\" in name or not name.endswith(".svg"):
            raise self.fail("exercise", f"picture must be an .svg file name, got {name!r}")
        picture: Path | Traversable
        if users:
            assert isinstance(source, Path)
            picture = source.parent / name
        else:
            picture = asset("illustrations", name)
        if not picture.is_file():
            raise self.fail("exercise", f"picture {name!r} not found")
        return picture
