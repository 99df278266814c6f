"""The guided routine as data: reading and validating assets/routines/*.toml."""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_coach.content.assets import asset
from cramp_coach.content.errors import describe
from cramp_coach.content.reader import Reader, read_toml
from cramp_coach.content.translation import ENGLISH, overlay_file, read_overlay

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

PLACEHOLDERS = frozenset({"seconds", "reps", "max_reps", "wait", "ready", "better", "injury"})


class StepKind(StrEnum):
    """What a step does, which decides how the routine moves on from it."""

    STOP = "stop"  # wait until the cramp has stopped, then go on (user confirms)
    TRIAGE = "triage"  # "a cramp, or an injury?": the cramp steps, or the injury steps
    POSITION = "position"  # get into the stretch; a short get-ready countdown
    HOLD = "hold"  # the timed stretch; one rep
    CHECK = "check"  # "is the cramp still there?": eased, or the next rep
    TIMER = "timer"  # an optional, skippable timer (ice, massage)
    INFO = "info"  # read, then go on
    DONE = "done"  # the summary; finishing ends the routine


TIMED_KINDS = frozenset({StepKind.POSITION, StepKind.HOLD, StepKind.TIMER})

_COMMON = {
    "id", "kind", "title", "text", "cue", "extra", "extra_cue", "confirm", "guidance", "basis",
    "warning_signs",
}  # fmt: skip
_BY_KIND: dict[StepKind, set[str]] = {
    StepKind.STOP: {"wait", "wait_cue"},
    StepKind.TRIAGE: {
        "signs",
        "cramp",
        "cramp_label",
        "injury",
        "injury_label",
        "wait",
        "wait_cue",
        "unclear_cue",
    },
    StepKind.POSITION: {"seconds", "picture"},
    StepKind.HOLD: {"seconds", "min_seconds", "max_seconds", "picture"},
    StepKind.CHECK: {
        "eased",
        "eased_label",
        "still",
        "still_label",
        "wait",
        "wait_cue",
        "wait_cue_last",
    },
    StepKind.TIMER: {"seconds", "end_cue", "start_label", "skip_label", "wait", "wait_cue"},
    StepKind.INFO: {"wait", "wait_cue"},
    StepKind.DONE: {"doctor"},
}
_OPTIONAL = {
    "extra", "extra_cue", "confirm", "end_cue", "wait_cue", "wait_cue_last", "basis",
    "unclear_cue", "start_label", "skip_label", "picture",
}  # fmt: skip
_FLAGS = {"guidance", "warning_signs"}  # true or false, false when left out
# What a translation gives (assets/translations/<language>/routines/): only the texts.
_HEAD_TEXTS = ("title", "prolonged", "prolonged_if", "unanswered", "prolonged_extra")
_STEP_TEXTS = (
    "title", "text", "cue", "extra", "extra_cue", "confirm", "eased_label", "still_label",
    "doctor", "end_cue", "wait_cue", "wait_cue_last", "signs", "cramp_label", "injury_label",
    "unclear_cue", "start_label", "skip_label",
)  # fmt: skip
MAX_TIMER_SECONDS = 60 * 60
MAX_REPS = 10  # the most stretches a routine file may ask for; the journal records up to this


@dataclass(frozen=True)
class Step:
    """One step of the routine, as the data file gives it."""

    id: str
    kind: StepKind
    title: str
    text: str
    cue: str
    extra: str = ""
    extra_cue: str = ""
    confirm: str = ""
    seconds: int = 0
    min_seconds: int = 0
    max_seconds: int = 0
    eased: str = ""
    eased_label: str = ""
    still: str = ""
    still_label: str = ""
    doctor: str = ""
    end_cue: str = ""
    wait: int = 0  # hands-free: seconds before the safe default is taken (0: wait for the user)
    wait_cue: str = ""
    wait_cue_last: str = ""
    guidance: bool = False  # the step's own text is general guidance, not from the source
    basis: str = ""  # the reference its general guidance (`extra`, or all of it) follows
    warning_signs: bool = False  # the warning signs (assets/guidance.toml) show with it
    signs: tuple[str, ...] = ()  # triage: the signs of an injury
    cramp: str = ""  # triage: the first cramp step
    cramp_label: str = ""
    injury: str = ""  # triage: the first injury step
    injury_label: str = ""
    unclear_cue: str = ""  # triage, hands-free: something heard that was not an answer
    # timer: the countdown waits for this answer (Enter) before it starts ("I have the ice")
    start_label: str = ""
    skip_label: str = ""  # timer, while it waits for its start: past it without starting it
    picture: str = ""  # position and hold: the stretch's illustration (assets/illustrations/)

    @property
    def timed(self) -> bool:
        """Whether the step counts down."""
        return self.kind in TIMED_KINDS


@dataclass(frozen=True)
class Mark:
    """A spoken time mark: `text` is said when `left` whole seconds of the hold remain."""

    left: int
    text: str


@dataclass(frozen=True)
class Routine:
    """A whole routine: its steps in order and the limits the source sets."""

    id: str
    title: str
    max_reps: int
    stretch: str
    prolonged: str
    unanswered: str
    prolonged_if: str  # the same advice before the fact, for the printed sheet
    steps: tuple[Step, ...]
    marks: tuple[Mark, ...] = ()  # latest first: 10, 3, 2, 1
    source: str = ""
    language: str = ENGLISH  # the language of its texts (a shipped translation, else English)
    prolonged_extra: str = ""  # general guidance after `prolonged`/`unanswered`/`prolonged_if`
    prolonged_basis: str = ""

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError for a name the file does not have)."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def index(self, step_id: str) -> int:
        """0-based position of the step in the routine."""
        return [s.id for s in self.steps].index(step_id)

    @property
    def triage(self) -> Step | None:
        """The "cramp or injury?" step, if the routine has one."""
        return next((s for s in self.steps if s.kind is StepKind.TRIAGE), None)

    def path(self, step_id: str) -> tuple[Step, ...]:
        """The steps of the way through that `step_id` is on, in order, for "step k of n": the
        cramp steps up to the first Done, or (past it) the steps up to the triage and then the
        injury steps."""
        first_done = next(i for i, s in enumerate(self.steps) if s.kind is StepKind.DONE)
        if self.index(step_id) <= first_done:
            return self.steps[: first_done + 1]
        triage = self.triage
        before = self.steps[: self.index(triage.id) + 1] if triage is not None else ()
        return (*before, *self.steps[first_done + 1 :])

    def injury_steps(self) -> tuple[Step, ...]:
        """The steps only the triage's "could be an injury" leads to (none without a triage)."""
        first_done = next(i for i, s in enumerate(self.steps) if s.kind is StepKind.DONE)
        return self.steps[first_done + 1 :]

    @property
    def hold(self) -> Step:
        """The timed stretch (every routine has exactly one)."""
        return next(s for s in self.steps if s.kind is StepKind.HOLD)

    def with_hold_seconds(self, seconds: int) -> Routine:
        """The same routine with the user's hold length, checked against the file's limits."""
        hold = self.hold
        if not hold.min_seconds <= seconds <= hold.max_seconds:
            raise ValueError(
                f"hold seconds must be {hold.min_seconds} to {hold.max_seconds}, got {seconds}"
            )
        steps = tuple(
            dataclasses.replace(s, seconds=seconds) if s is hold else s for s in self.steps
        )
        return dataclasses.replace(self, steps=steps)

    def fill(
        self, template: str, reps: int = 0, step: Step | None = None, voice: bool = True
    ) -> str:
        """A text or cue with its placeholders filled in; `voice`: whether voice commands work,
        so a cue asks for what the app can hear ("say ready") or else for a key."""
        seconds = step.seconds if step is not None and step.timed else self.hold.seconds
        wait = step.wait if step is not None else 0
        # The spoken command words stay English in every language: they are what the recognizer
        # hears. The translator installed for the app's language (cramp_coach.i18n) says the rest.
        # (Qt is imported here, not at the top: the command line's --help must not load it.)
        from PySide6.QtCore import QCoreApplication

        key = QCoreApplication.translate("Routine", "press Enter", "{ready}/{better} without voice")
        return template.format(
            seconds=seconds,
            reps=reps,
            max_reps=self.max_reps,
            wait=wait,
            ready=QCoreApplication.translate(
                "Routine", "say ready", "{ready}: the command word 'ready' stays English"
            )
            if voice
            else key,
            better=QCoreApplication.translate(
                "Routine", "say better", "{better}: the command word 'better' stays English"
            )
            if voice
            else key,
            injury=QCoreApplication.translate(
                "Routine", "say injury", "{injury}: the command word 'injury' stays English"
            )
            if voice
            else QCoreApplication.translate("Routine", "press I", "{injury} without voice"),
        )


def load_routine(source: Path | Traversable, language: str = ENGLISH) -> Routine:
    """Reads and validates a routine file; every problem is a ContentError naming file and field.

    `language`: for the shipped routine, its shipped translation into that language (checked as
    strictly); a language with none, and any other routine file, stay English.
    """
    raw = read_toml(source)
    routine = _RoutineReader(str(source)).read(raw)
    overlay = overlay_file(source, "routines", language)
    if overlay is None:
        return routine
    translated = _RoutineReader(str(overlay)).read(_translate(raw, overlay))
    return dataclasses.replace(translated, language=language.lower())


def _translate(raw: dict[str, Any], source: Traversable) -> dict[str, Any]:
    """The English routine's tables with the overlay's texts in place of the English ones."""
    checker, overlay = read_overlay(source)
    tables = ["routine", "steps"] + (["marks"] if raw.get("marks") else [])
    checker.no_unknown(overlay, set(tables), "")
    for name in tables:
        if name not in overlay:
            raise checker.fail(f"[{name}]", "missing table")
    merged = dict(raw)
    merged["routine"] = checker.table(raw["routine"], overlay["routine"], _HEAD_TEXTS, "[routine]")
    if "marks" in tables:
        marks = checker.keyed(list(raw["marks"]), overlay["marks"], "mark", "[marks]")
        merged["marks"] = {
            left: checker.text_like(raw["marks"][left], text, left, "[marks]")
            for left, text in marks.items()
        }
    ids = [step["id"] for step in raw["steps"]]
    steps = checker.keyed(ids, overlay["steps"], "step", "[steps]")
    merged["steps"] = [
        checker.table(step, steps[step["id"]], _STEP_TEXTS, f"step {step['id']!r}")
        for step in raw["steps"]
    ]
    return merged


class _RoutineReader(Reader):
    """Turns parsed TOML into a Routine, checking every field on the way."""

    def read(self, raw: dict[str, Any]) -> Routine:
        unknown = set(raw) - {"routine", "steps", "marks"}
        if unknown:
            raise self.fail("", f"unknown table {describe(sorted(unknown)[0])}")
        head = raw.get("routine")
        if not isinstance(head, dict):
            raise self.fail("[routine]", "missing table")
        steps_raw = raw.get("steps")
        if not isinstance(steps_raw, list) or not steps_raw:
            raise self.fail("[[steps]]", "the routine needs at least one step")

        where = "[routine]"
        known = {
            "id", "title", "max_reps", "stretch", "prolonged", "prolonged_if", "unanswered",
            "source", "prolonged_extra", "prolonged_basis",
        }  # fmt: skip
        self.no_unknown(head, known, where)
        max_reps = self.integer(head, "max_reps", where, 1, MAX_REPS)
        steps = tuple(self._step(item, number) for number, item in enumerate(steps_raw, 1))
        routine = Routine(
            id=self.text(head, "id", where),
            title=self.text(head, "title", where),
            max_reps=max_reps,
            stretch=self.text(head, "stretch", where),
            prolonged=self._template(head, "prolonged", where),
            unanswered=self._template(head, "unanswered", where),
            prolonged_if=self._template(head, "prolonged_if", where),
            steps=steps,
            marks=self._marks(raw.get("marks", {})),
            source=str(head.get("source", "")),
            **self._head_guidance(head, where),
        )
        self._check_links(routine)
        return routine

    def _marks(self, table: Any) -> tuple[Mark, ...]:
        where = "[marks]"
        if not isinstance(table, dict):
            raise self.fail(where, "must be a table of seconds left = words")
        marks = []
        for key in table:
            if not key.isdigit() or not 1 <= int(key) <= MAX_TIMER_SECONDS:
                raise self.fail(where, f"{key!r} must be whole seconds left, 1 or more")
            marks.append(Mark(int(key), self.text(table, key, where)))
        return tuple(sorted(marks, key=lambda m: -m.left))

    def _step(self, item: Any, number: int) -> Step:
        where = f"step {number}"
        if not isinstance(item, dict):
            raise self.fail(where, "must be a table")
        step_id = self.text(item, "id", where)
        where = f"step {step_id!r}"
        kind_name = self.text(item, "kind", where)
        try:
            kind = StepKind(kind_name)
        except ValueError:
            kinds = ", ".join(k.value for k in StepKind)
            raise self.fail(where, f"kind must be one of {kinds}, got {kind_name!r}") from None
        allowed = _COMMON | _BY_KIND[kind]
        self.no_unknown(item, allowed, where)
        fields: dict[str, Any] = {"id": step_id, "kind": kind}
        for name in sorted(allowed - {"id", "kind"}):
            if name in {"seconds", "min_seconds", "max_seconds", "wait"}:
                continue
            if name in _FLAGS:
                fields[name] = self._flag(item, name, where)
                continue
            if name == "signs":
                fields[name] = self._texts(item, name, where)
                continue
            if name in _OPTIONAL and name not in item:
                continue
            if name == "picture":
                fields[name] = self._picture(item, where)
                continue
            fields[name] = self._template(item, name, where)
        if kind is StepKind.HOLD:
            low = self.integer(item, "min_seconds", where, 1, MAX_TIMER_SECONDS)
            high = self.integer(item, "max_seconds", where, low, MAX_TIMER_SECONDS)
            fields.update(
                min_seconds=low,
                max_seconds=high,
                seconds=self.integer(item, "seconds", where, low, high),
            )
        elif "seconds" in allowed:
            fields["seconds"] = self.integer(item, "seconds", where, 1, MAX_TIMER_SECONDS)
        if "wait" in item:
            fields["wait"] = self.integer(item, "wait", where, 3, 120)
        if (fields.get("extra") or fields.get("guidance")) and not fields.get("basis"):
            what = "its text is general guidance" if fields.get("guidance") else "it has `extra`"
            raise self.fail(where, f"missing field 'basis': {what}, not from the source")
        return Step(**fields)

    def _picture(self, item: Mapping[str, Any], where: str) -> str:
        """An illustration's file name (assets/illustrations/), as the exercises name theirs."""
        name = self.text(item, "picture", where)
        if "/" in name or "\\" in name or not name.endswith(".svg"):
            raise self.fail(where, f"picture must be an .svg file name, got {name!r}")
        if not asset("illustrations", name).is_file():
            raise self.fail(where, f"picture {name!r} not found in assets/illustrations")
        return name

    def _flag(self, table: Mapping[str, Any], name: str, where: str) -> bool:
        value = table.get(name, False)
        if not isinstance(value, bool):
            raise self.fail(where, f"{name} must be true or false, got {describe(value)}")
        return value

    def _texts(self, table: Mapping[str, Any], name: str, where: str) -> tuple[str, ...]:
        value = table.get(name)
        if not isinstance(value, list) or not value:
            raise self.fail(where, f"{name} must be a list of texts, got {describe(value)}")
        return tuple(self._template({name: v}, name, where) for v in value)

    def _head_guidance(self, head: Mapping[str, Any], where: str) -> dict[str, str]:
        if "prolonged_extra" not in head:
            return {}
        if "prolonged_basis" not in head:
            raise self.fail(
                where, "missing field 'prolonged_basis': prolonged_extra is not from the source"
            )
        return {
            "prolonged_extra": self._template(head, "prolonged_extra", where),
            "prolonged_basis": self.text(head, "prolonged_basis", where),
        }

    def _check_links(self, routine: Routine) -> None:
        ids = [s.id for s in routine.steps]
        for step_id in ids:
            if ids.count(step_id) > 1:
                raise self.fail(f"step {step_id!r}", "id is used by more than one step")
        holds = [s for s in routine.steps if s.kind is StepKind.HOLD]
        checks = [s for s in routine.steps if s.kind is StepKind.CHECK]
        if len(holds) != 1 or len(checks) != 1:
            raise self.fail(
                "[[steps]]", "the routine needs exactly one 'hold' and one 'check' step"
            )
        if routine.index(checks[0].id) != routine.index(holds[0].id) + 1:
            raise self.fail(
                f"step {checks[0].id!r}", "the 'check' step must follow the 'hold' step"
            )
        self._check_paths(routine, holds[0])
        check = checks[0]
        for field in ("eased", "still"):
            target = getattr(check, field)
            if target not in ids:
                raise self.fail(f"step {check.id!r}", f"{field} names no step: {target!r}")
        # The check stays on the cramp steps: back to a stretch, or on towards their Done.
        first_done = [s.kind for s in routine.steps].index(StepKind.DONE)
        if routine.index(check.still) > routine.index(check.id):
            raise self.fail(f"step {check.id!r}", "still must name the check or a step before it")
        if not routine.index(check.id) < routine.index(check.eased) <= first_done:
            raise self.fail(
                f"step {check.id!r}",
                "eased must name a step after the check, up to the first 'done'",
            )
        if routine.stretch not in ids:
            raise self.fail("[routine]", f"stretch names no step: {routine.stretch!r}")
        if routine.index(routine.stretch) > routine.index(holds[0].id):
            raise self.fail("[routine]", "stretch must name the hold or a step before it")

    def _check_paths(self, routine: Routine, hold: Step) -> None:
        """The cramp steps end at the first Done; only a triage step may lead past it, to the
        injury steps, which end at the last step (a Done) and never stretch."""
        kinds = [s.kind for s in routine.steps]
        triages = [s for s in routine.steps if s.kind is StepKind.TRIAGE]
        dones = kinds.count(StepKind.DONE)
        if kinds[-1] is not StepKind.DONE or dones != (2 if triages else 1):
            raise self.fail(
                "[[steps]]",
                "the last step must be of kind 'done', and there must be one 'done' step, or "
                "two with a 'triage' step (the cramp steps' and the injury steps')",
            )
        if len(triages) > 1:
            raise self.fail("[[steps]]", "a routine has at most one 'triage' step")
        if not triages:
            return
        triage = triages[0]
        where = f"step {triage.id!r}"
        ids = [s.id for s in routine.steps]
        first_done = kinds.index(StepKind.DONE)
        if routine.index(triage.id) > routine.index(hold.id):
            raise self.fail(where, "the 'triage' step must come before the stretch")
        for field in ("cramp", "injury"):
            if getattr(triage, field) not in ids:
                raise self.fail(where, f"{field} names no step: {getattr(triage, field)!r}")
        if routine.index(triage.cramp) != routine.index(triage.id) + 1:
            raise self.fail(where, "cramp must name the step right after the triage")
        if routine.index(triage.injury) != first_done + 1:
            raise self.fail(where, "injury must name the step right after the first 'done'")
        for step in routine.steps[first_done + 1 :]:
            if step.kind in (StepKind.POSITION, StepKind.HOLD, StepKind.CHECK, StepKind.STOP):
                raise self.fail(
                    f"step {step.id!r}", f"an injury step cannot be of kind {step.kind.value!r}"
                )

    def _template(self, table: Mapping[str, Any], name: str, where: str) -> str:
        value = self.text(table, name, where)
        try:
            used = {
                field for _, field, _, _ in string.Formatter().parse(value) if field is not None
            }
        except ValueError as error:
            raise self.fail(where, f"{name}: bad braces in {value!r} ({error})") from None
        unknown = sorted(used - PLACEHOLDERS)
        if unknown:
            known = ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS))
            raise self.fail(where, f"{name}: unknown placeholder {{{unknown[0]}}} (known: {known})")
        return value
