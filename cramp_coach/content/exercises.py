"""The prevention exercises as data: assets/exercises/*.toml, plus the user's own files."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_coach.content.assets import asset
from cramp_coach.content.errors import describe
from cramp_coach.content.reader import MAX_FILE_BYTES, Reader, read_toml
from cramp_coach.content.translation import ENGLISH, overlay_file, read_overlay
from cramp_coach.content.user_files import USER_FILES, USER_SECONDS, read_user_files

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

MAX_SECONDS = 60 * 60
MAX_MINUTES = 60

# What the user's own files may hold: far more than any exercise needs (the shipped ones, in
# every language, stay under half of each), and little enough that a hostile or broken file
# costs the app no time or memory to speak of.
USER_FILE_BYTES = 64 * 1024
PICTURE_BYTES = 256 * 1024
NAME_CHARACTERS = 120
LINE_CHARACTERS = 300  # the tempo
PARAGRAPH_CHARACTERS = 1500  # purpose, from_source, basis; one step, mistake or thing to avoid
LIST_ITEMS = 20  # steps, mistakes, things to avoid, a movement's stages
SPOKEN_CHARACTERS = 120  # one spoken word or stage of the cadence: a speech engine given a
# book-length cue crashes (espeak-ng through pyttsx3, on 20,000 words)


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


class Kind(StrEnum):
    """How one set of an exercise runs: the data file gives exactly one of reps, hold_seconds
    or move_minutes."""

    REPS = "reps"  # repeated to a spoken cadence (reps, cadence)
    HOLD = "hold"  # held still (hold_seconds): "Hold." ... "Release."
    MOVE = "move"  # easy continuous movement (move_minutes), e.g. the warm-up: never "hold"


@dataclass(frozen=True)
class Beat:
    """One spoken word of a rep's cadence and how many seconds it lasts ("Up", 2); for a moving
    exercise, one stage of it, said once ("Walk briskly.", 120)."""

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
    reps: int  # 0 unless kind is REPS
    seconds: int  # one timed set: a hold's seconds, or a moving exercise's whole time; 0 for reps
    rest_seconds: int
    tempo: str
    cadence: tuple[Beat, ...]  # one rep's beats (REPS), or the stages of the movement (MOVE)
    mistakes: tuple[str, ...]
    avoid: tuple[str, ...]
    kind: Kind = Kind.REPS
    each_leg: bool = False  # done one leg at a time: each set is every rep on the left, then right
    days_per_week: tuple[int, int] | None = None  # strength work: (2, 3) days, not consecutive
    basis: str = ""  # the published reference for the general guidance (never translated)
    picture: Path | Traversable | None = None
    users: bool = False  # from the user's own folder, not shipped with the app
    path: str = field(default="", compare=False)

    @property
    def rep_seconds(self) -> int:
        return sum(beat.seconds for beat in self.cadence) if self.kind is Kind.REPS else 0

    @property
    def hold_seconds(self) -> int:
        """The old name of `seconds` (a timed set's length), still read by the sheet's _dose:
        new code reads `kind` and `seconds`, or `dose`."""
        return self.seconds

    @property
    def dose(self) -> str:
        """Sets × reps ("each leg" when one leg at a time), sets × hold, or the minutes of
        movement, as plain words, in the installed language."""
        from PySide6.QtCore import QCoreApplication  # not at the top: --help must not load Qt

        # Not at the top either: i18n imports content, and content must load without it.
        from cramp_coach.i18n import fill

        if self.kind is Kind.REPS and self.each_leg:
            each = fill(QCoreApplication.translate("Exercise", "%1 reps each leg"), self.reps)
        elif self.kind is Kind.REPS:
            each = fill(QCoreApplication.translate("Exercise", "%1 reps"), self.reps)
        elif self.kind is Kind.MOVE:
            minutes = self.seconds // 60
            each = fill(QCoreApplication.translate("Exercise", "%1 minutes"), minutes)
        else:
            each = fill(QCoreApplication.translate("Exercise", "%1 seconds"), self.seconds)
        return f"{self.sets} × {each}" if self.sets > 1 else each

    @property
    def per_week(self) -> str:
        """How often a week ("2–3 days a week, not on consecutive days"), in the installed
        language; "" when the file gives no days_per_week."""
        if self.days_per_week is None:
            return ""
        from PySide6.QtCore import QCoreApplication  # not at the top: --help must not load Qt

        from cramp_coach.i18n import fill

        low, high = self.days_per_week
        if low == high:
            text = QCoreApplication.translate("Exercise", "%1 days a week, not on consecutive days")
            return fill(text, low)
        text = QCoreApplication.translate("Exercise", "%1–%2 days a week, not on consecutive days")
        return fill(text, low, high)


_FIELDS = {
    "id", "name", "family", "goals", "picture", "from_source", "purpose", "steps", "sets",
    "reps", "hold_seconds", "move_minutes", "rest_seconds", "tempo", "cadence", "mistakes",
    "avoid", "each_leg", "days_per_week", "basis",
}  # fmt: skip
# What a translation gives (assets/translations/<language>/exercises/): only the texts, and
# `cadence` as its spoken words alone (["Arriba", "y abajo"]); the seconds stay in English.
# `basis` is not translated: it names a published reference, by its own (English) title.
_TEXTS = ("name", "from_source", "purpose", "steps", "tempo", "mistakes", "avoid")


def load_exercise(
    source: Path | Traversable, users: bool = False, language: str = ENGLISH
) -> Exercise:
    """Reads and checks one exercise file; problems are ContentErrors naming file and field.

    `language`: a shipped exercise comes in its shipped translation into that language, checked
    as strictly; the user's own files, and languages with none, stay as written."""
    raw = read_toml(source, USER_FILE_BYTES if users else MAX_FILE_BYTES)
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
    """Every exercise that loaded, and one line for each file that did not (the files left
    unread, past the limits, share the last line)."""

    exercises: list[Exercise]
    problems: list[str]
    unread: int = 0

    @property
    def skipped(self) -> int:
        """How many of the user's files were skipped, read or not."""
        return len(self.problems) - (1 if self.unread else 0) + self.unread


def shipped_exercise_files() -> list[Traversable]:
    folder = asset("exercises")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)


def load_library(user_folder: Path | None = None, language: str = ENGLISH) -> Library:
    """The shipped exercises, then the user's own (marked as theirs); a bad user file is
    reported and skipped, the rest still load. A bad shipped file is a bug and raises.
    `language`: the shipped exercises' translation to use (the user's own stay as written)."""
    exercises = load_shipped(language)
    if user_folder is None:
        return Library(exercises, [])
    users = load_user_exercises(user_folder, {e.id for e in exercises})
    return Library(exercises + users.exercises, users.problems, users.unread)


def load_shipped(language: str = ENGLISH) -> list[Exercise]:
    """The exercises shipped with the app (a few KB: read in a few milliseconds)."""
    return [load_exercise(f, language=language) for f in shipped_exercise_files()]


def load_user_exercises(
    folder: Path, taken: set[str], most_files: int = USER_FILES, seconds: float = USER_SECONDS
) -> Library:
    """The user's own exercise files (*.toml in `folder`), in name order; a file that cannot be
    used is one line in `problems` and skipped (content.user_files). At most `most_files` files,
    for at most `seconds`: the rest are one line too. `taken`: the ids already used (the shipped
    exercises')."""
    read = read_user_files(
        folder, lambda path: load_exercise(path, users=True), taken, "exercise", most_files, seconds
    )
    return Library(read.items, read.problems, read.unread)


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
        kind, reps, seconds = self._kind(raw, where)
        sets = self.integer(raw, "sets", where, 1, 10)
        cadence: tuple[Beat, ...] = ()
        if kind is Kind.REPS:
            cadence = self._cadence(raw, 10)
            if not cadence:
                raise self.fail(
                    where,
                    "an exercise with reps needs a cadence, e.g. [['Up', 2], ['and down', 2]]",
                )
        elif kind is Kind.MOVE:
            cadence = self._stages(raw, seconds, sets)
        each_leg = self._flag(raw, "each_leg", where)
        if each_leg and kind is not Kind.REPS:
            raise self.fail(where, "each_leg is for an exercise with reps")
        return Exercise(
            id=self.text(raw, "id", where, NAME_CHARACTERS),
            name=self.text(raw, "name", where, NAME_CHARACTERS),
            family=family,
            goals=goals,
            from_source=self.text(raw, "from_source", where, PARAGRAPH_CHARACTERS),
            purpose=self.text(raw, "purpose", where, PARAGRAPH_CHARACTERS),
            steps=self._list(raw, "steps"),
            sets=sets,
            reps=reps,
            seconds=seconds,
            rest_seconds=self.integer(raw, "rest_seconds", where, 0, 600),
            tempo=self.text(raw, "tempo", where, LINE_CHARACTERS),
            cadence=cadence,
            mistakes=self._list(raw, "mistakes"),
            avoid=self._list(raw, "avoid"),
            kind=kind,
            each_leg=each_leg,
            days_per_week=self._days(raw, where),
            # The shipped files' guidance is not from the source: each names its basis. The
            # user's own files are theirs, and need not.
            basis=(
                self.text(raw, "basis", where, PARAGRAPH_CHARACTERS)
                if "basis" in raw or not users
                else ""
            ),
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
            raise self.fail(
                where, f"{name} must be one of {known}, got {describe(value)}"
            ) from None

    def _list(self, raw: dict[str, Any], name: str) -> tuple[str, ...]:
        value = raw.get(name)
        if not isinstance(value, list) or not value:
            raise self.fail(name, "must be a list of one or more texts")
        if len(value) > LIST_ITEMS:
            raise self.fail(name, f"has {len(value)} texts, at most {LIST_ITEMS}")
        return tuple(
            self.clean(item, "text", f"{name} {number}", PARAGRAPH_CHARACTERS)
            for number, item in enumerate(value, 1)
        )

    def _kind(self, raw: dict[str, Any], where: str) -> tuple[Kind, int, int]:
        """(kind, reps, seconds) from whichever one of reps, hold_seconds, move_minutes is given."""
        given = [name for name in ("reps", "hold_seconds", "move_minutes") if name in raw]
        if len(given) != 1:
            raise self.fail(
                where,
                "give exactly one of reps, hold_seconds or move_minutes, got "
                + (", ".join(given) or "none"),
            )
        if "reps" in raw:
            return Kind.REPS, self.integer(raw, "reps", where, 1, 100), 0
        if "hold_seconds" in raw:
            return Kind.HOLD, 0, self.integer(raw, "hold_seconds", where, 5, MAX_SECONDS)
        return Kind.MOVE, 0, 60 * self.integer(raw, "move_minutes", where, 2, MAX_MINUTES)

    def _flag(self, raw: dict[str, Any], name: str, where: str) -> bool:
        value = raw.get(name, False)
        if not isinstance(value, bool):
            raise self.fail(where, f"{name} must be true or false, got {describe(value)}")
        return value

    def _days(self, raw: dict[str, Any], where: str) -> tuple[int, int] | None:
        """days_per_week = [2, 3]: at least 2 and at most 3 days, never two days running (so
        at most 4 in a week)."""
        if "days_per_week" not in raw:
            return None
        value = raw["days_per_week"]
        ok = (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            and 1 <= value[0] <= value[1] <= 4
        )
        if not ok:
            raise self.fail(
                where,
                f"days_per_week must be [fewest, most] days, 1 to 4, got {describe(value)}",
            )
        return value[0], value[1]

    def _stages(self, raw: dict[str, Any], seconds: int, sets: int) -> tuple[Beat, ...]:
        """A moving exercise's stages, each said once: they fill its whole time."""
        if sets != 1:
            raise self.fail("exercise", f"an exercise with move_minutes has 1 set, got {sets}")
        stages = self._cadence(raw, MAX_SECONDS)
        if not stages:
            raise self.fail(
                "cadence",
                "an exercise with move_minutes needs its stages, e.g. "
                "[['Walk briskly.', 120], ['Now jog very easily.', 180]]",
            )
        total = sum(stage.seconds for stage in stages)
        if total != seconds:
            raise self.fail(
                "cadence", f"the stages must add up to move_minutes ({seconds} s), got {total} s"
            )
        return stages

    def _cadence(self, raw: dict[str, Any], longest: int) -> tuple[Beat, ...]:
        beats = []
        cadence = raw.get("cadence", [])
        if not isinstance(cadence, list):
            raise self.fail(
                "cadence", f"must be a list of [word, seconds], got {describe(cadence)}"
            )
        if len(cadence) > LIST_ITEMS:
            raise self.fail("cadence", f"has {len(cadence)} beats, at most {LIST_ITEMS}")
        for number, item in enumerate(cadence, 1):
            ok = (
                isinstance(item, list)
                and len(item) == 2
                and isinstance(item[0], str)
                and isinstance(item[1], int)
                and not isinstance(item[1], bool)
                and 1 <= item[1] <= longest
            )
            if not ok:
                raise self.fail(
                    f"cadence {number}",
                    f"must be [word, seconds 1 to {longest}], got {describe(item)}",
                )
            word = self.clean(item[0], "the word", f"cadence {number}", SPOKEN_CHARACTERS)
            beats.append(Beat(word, item[1]))
        return tuple(beats)

    def _picture(
        self, raw: dict[str, Any], source: Path | Traversable, users: bool
    ) -> Path | Traversable | None:
        if "picture" not in raw:
            if users:
                return None  # the user's own exercise may have no picture
            raise self.fail("exercise", "missing field 'picture'")
        name = self.text(raw, "picture", "exercise", NAME_CHARACTERS)
        if "/" in name or "\\" in name or not name.endswith(".svg"):
            raise self.fail("exercise", f"picture must be an .svg file name, got {describe(name)}")
        picture: Path | Traversable
        if users:
            assert isinstance(source, Path)
            picture = source.parent / name
            try:
                info = os.stat(picture)
            except OSError:
                raise self.fail("exercise", f"picture {name!r} not found") from None
            if not stat.S_ISREG(info.st_mode) or info.st_size > PICTURE_BYTES:
                raise self.fail(
                    "exercise",
                    f"picture {name!r} must be a file of at most {PICTURE_BYTES // 1024} KB",
                )
            return picture  # drawn by a process of its own (ui.user_pictures): never here
        picture = asset("illustrations", name)
        if not picture.is_file():
            raise self.fail("exercise", f"picture {name!r} not found")
        return picture
