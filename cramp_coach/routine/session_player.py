"""A guided prevention session: its exercises one after another, each run as a guided set
(routine.guided: sets, reps to the cadence, holds, each leg in turn, rests), with a get-ready
before the first, a rest between exercises, pause, skip and back, and a log of every set done.

A cramp always wins: `cramp()` ends the session at once as interrupted (the caller starts the
first-aid routine). Times are the injected clock's, as in the routine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cramp_coach.content.exercises import Exercise, Kind
from cramp_coach.content.sessions import Session
from cramp_coach.i18n import fill
from cramp_coach.routine.clock import Clock
from cramp_coach.routine.guided import NEXT_GUARD_SECONDS, GuidedExercise, Phase, Side
from cramp_coach.routine.ticker import Ticker
from cramp_coach.routine.voice import Voice

# Back within this long after an exercise began goes to the one before; later, to its start.
BACK_TO_PREVIOUS_SECONDS = 5.0


class Stage(StrEnum):
    READY = "ready"  # not started
    GET_READY = "get-ready"  # before the first exercise
    EXERCISE = "exercise"  # a guided set runs (`guided`)
    BETWEEN = "between"  # the rest between two exercises
    DONE = "done"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"  # a cramp: first aid comes first


@dataclass(frozen=True)
class Done:
    """One set, or one leg's part of it, as done: `at` on the player's clock."""

    exercise_number: int  # from 1
    exercise_id: str
    set_number: int
    side: str | None
    reps: int
    seconds: int
    at: float


class _Relay:
    """The voice a guided set speaks through: its words go out through the player, which adds
    what comes next to its last ones ("Well done. Rest: next, ...") rather than cutting them."""

    def __init__(self, player: SessionPlayer) -> None:
        self.player = player

    def say(self, text: str) -> None:
        self.player.say_after(text)

    def stop(self) -> None:
        self.player.silence()


class SessionPlayer(QObject):
    """Runs a session end to end on an injected clock, speaking its cues."""

    changed = Signal()  # the stage, the exercise, or the guided set's phase, set or rep
    caption = Signal(str)  # every word said, the guided set's included
    countdownChanged = Signal(int)  # noqa: N815 (Qt naming)
    pausedChanged = Signal(bool)  # noqa: N815
    guidedChanged = Signal(object)  # noqa: N815 the GuidedExercise shown now (maybe not begun)
    setDone = Signal(object)  # noqa: N815 a Done
    ended = Signal()

    def __init__(
        self,
        session: Session,
        exercises: Sequence[Exercise],
        clock: Clock,
        speaker: Voice,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not exercises:
            raise ValueError("a session needs one or more exercises")
        self.session = session
        self.exercises = list(exercises)
        self.clock = clock
        self.speaker = speaker
        self.stage = Stage.READY
        self.index = 0  # the exercise shown (running, or next after a rest)
        self.guided: GuidedExercise | None = None
        self.ticker: Ticker | None = None  # the get-ready's or the rest's
        self.paused = False
        self.log: list[Done] = []
        self.skipped: set[int] = set()  # exercises (by index) skipped before they were done
        self.started_at: float | None = None
        self.ended_at: float | None = None
        self._stage_began = clock.now()
        self._then = ""  # words to say after the guided set's last ones
        self._finishing = False  # a guided set has ended and is about to say its last words
        self._relay = _Relay(self)

    # -- state ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.stage in (Stage.GET_READY, Stage.EXERCISE, Stage.BETWEEN)

    @property
    def exercise(self) -> Exercise:
        return self.exercises[self.index]

    @property
    def outcome(self) -> str:
        """As the journal keeps it: complete, partial (stopped, or an exercise skipped),
        interrupted (a cramp), or unfinished while it runs."""
        if self.stage is Stage.INTERRUPTED:
            return "interrupted"
        if self.stage is Stage.DONE and not self.skipped:
            return "complete"
        return "partial" if self.stage in (Stage.DONE, Stage.STOPPED) else "unfinished"

    def progress(self) -> str:
        """Where the session is, in one line: "Exercise 2 of 4 · Set 1 of 3 · Left leg · Rep 6
        of 8" (the set, leg and rep as far as the exercise has them)."""
        total = len(self.exercises)
        parts = [
            fill(
                QCoreApplication.translate("SessionPlayer", "Exercise %1 of %2"),
                self.index + 1,
                total,
            )
        ]
        guided = self.guided
        if self.stage is Stage.GET_READY:
            parts.insert(0, QCoreApplication.translate("SessionPlayer", "Get ready"))
        elif self.stage is Stage.BETWEEN:
            parts.insert(
                0, QCoreApplication.translate("SessionPlayer", "Rest before the next exercise")
            )
        elif self.stage is Stage.DONE:
            return fill(QCoreApplication.translate("SessionPlayer", "All %1 exercises done"), total)
        elif guided is not None and self.stage is Stage.EXERCISE:
            ex = guided.exercise
            if ex.kind is not Kind.MOVE and guided.set_number:
                parts.append(
                    fill(
                        QCoreApplication.translate("SessionPlayer", "Set %1 of %2"),
                        guided.set_number,
                        ex.sets,
                    )
                )
            if guided.side is Side.LEFT:
                parts.append(QCoreApplication.translate("SessionPlayer", "Left leg"))
            elif guided.side is Side.RIGHT:
                parts.append(QCoreApplication.translate("SessionPlayer", "Right leg"))
            if guided.phase is Phase.REST:
                parts.append(QCoreApplication.translate("SessionPlayer", "Rest"))
            elif guided.counting_reps:
                parts.append(
                    fill(
                        QCoreApplication.translate("SessionPlayer", "Rep %1 of %2"),
                        guided.rep,
                        ex.reps,
                    )
                )
        return " · ".join(parts)

    # -- what the user asks for -----------------------------------------------------------------

    def start(self) -> None:
        self.started_at = self.clock.now()
        if self.session.get_ready_seconds:
            self._between(0, Stage.GET_READY, self.session.get_ready_seconds)
        else:
            self._exercise(0)

    def next(self) -> None:
        """Enter: ends the set, leg, or rest early; in the get-ready or between exercises,
        starts the exercise now (not in the first NEXT_GUARD_SECONDS: a double press)."""
        if self.stage is Stage.EXERCISE and self.guided is not None:
            self.guided.next()
        elif (
            self.stage in (Stage.GET_READY, Stage.BETWEEN)
            and self.clock.now() - self._stage_began >= NEXT_GUARD_SECONDS
        ):
            self._exercise(self.index)

    def skip(self) -> None:
        """Skips the exercise shown (the one running, or the next after a rest)."""
        if not self.running:
            return
        self.skipped.add(self.index)  # done in part at most: the session is not complete
        self._drop_guided()
        self._after_exercise(announce=False)

    def back(self) -> None:
        """The exercise before, from its start; a few seconds into an exercise (or during its
        rest), this one from its start."""
        if not self.running:
            return
        here = self.stage is Stage.EXERCISE
        early = self.clock.now() - self._stage_began < BACK_TO_PREVIOUS_SECONDS
        target = self.index - 1 if (not here or early) and self.index > 0 else self.index
        self._drop_guided()
        self.skipped.discard(target)
        self._exercise(target)

    def toggle_pause(self) -> None:
        if self.stage is Stage.EXERCISE and self.guided is not None:
            self.guided.toggle_pause()  # its pausedChanged is passed on
            return
        if self.ticker is None or not self.running:
            return
        self._set_paused(not self.paused)
        if self.paused:
            self.ticker.pause()
            self._safely(self.speaker.stop)
        else:
            self.ticker.start()

    def stop(self) -> None:
        """Esc: ends the session here, logged as partial."""
        self._end(Stage.STOPPED)

    def cramp(self) -> None:
        """A cramp: the session ends at once, logged as interrupted; first aid follows."""
        self._end(Stage.INTERRUPTED)

    # -- stages ---------------------------------------------------------------------------------

    def _show(self, index: int) -> GuidedExercise:
        """The guided set of exercise `index`, made and shown, not started."""
        self.index = index
        guided = GuidedExercise(self.exercises[index], self.clock, self._relay, self)
        guided.changed.connect(self.changed)
        guided.countdownChanged.connect(self.countdownChanged)
        guided.pausedChanged.connect(self._guided_paused)
        guided.workDone.connect(lambda *work: self._work_done(index, *work))
        guided.ended.connect(lambda: self._guided_ended(guided))
        self.guided = guided
        self.guidedChanged.emit(guided)
        return guided

    def _between(self, index: int, stage: Stage, seconds: int) -> None:
        """The get-ready, or the rest before exercise `index`: it is shown, its time counts."""
        self._show(index)
        self._stage(stage)
        exercise = self.exercises[index]
        if stage is Stage.GET_READY:
            text = QCoreApplication.translate(
                "SessionPlayer", "Get ready: %1. First, %2: %3. Starting in %4 seconds."
            )
            words = fill(text, self.session.name, exercise.name, exercise.dose, seconds)
        else:
            text = QCoreApplication.translate(
                "SessionPlayer", "Rest. Next, %1: %2. Starting in %3 seconds."
            )
            words = fill(text, exercise.name, exercise.dose, seconds)
        self.ticker = Ticker(self.clock, seconds, self.countdownChanged.emit, self._rest_over)
        self.ticker.start()
        self.changed.emit()
        self.ticker.announce()
        self._say_or_after(words)

    def _rest_over(self) -> None:
        self._exercise(self.index)

    def _exercise(self, index: int) -> None:
        guided = self.guided
        if guided is None or self.index != index or guided.phase is not Phase.READY:
            guided = self._show(index)
        self._cancel_ticker()
        self._stage(Stage.EXERCISE)
        guided.start()

    def _guided_ended(self, guided: GuidedExercise) -> None:
        if guided is self.guided and guided.phase is Phase.DONE and self.running:
            # Its "Well done" is said right after this: what follows is said with it.
            self._finishing = True
            try:
                self._after_exercise(announce=True)
            finally:
                self._finishing = False

    def _after_exercise(self, announce: bool) -> None:
        """The next exercise, after the rest between; or the end."""
        following = self.index + 1
        if following >= len(self.exercises):
            self._end(Stage.DONE)
            return
        rest = self.session.rest_between_seconds
        if rest and announce:
            self._between(following, Stage.BETWEEN, rest)
        else:
            self._exercise(following)

    def _end(self, stage: Stage) -> None:
        if not self.running and self.stage is not Stage.READY:
            return
        ending = self.guided is not None and self.guided.running
        self._cancel_ticker()
        self._drop_guided()  # its set so far is logged (workDone)
        self.ended_at = self.clock.now()
        self._stage(stage)
        if stage is Stage.DONE:
            total = len(self.exercises)
            done = QCoreApplication.translate("SessionPlayer", "Session done: all %1 exercises.")
            self._say_or_after(fill(done, total))
        elif not ending:
            self._safely(self.speaker.stop)
        self.ended.emit()

    def _drop_guided(self) -> None:
        """Stops the guided set shown (quietly), keeping what it logged."""
        guided = self.guided
        self._cancel_ticker()
        if guided is not None and guided.running:
            guided.stop()
        if self.paused:
            self._set_paused(False)

    def _stage(self, stage: Stage) -> None:
        self.stage = stage
        self._stage_began = self.clock.now()
        if self.paused:
            self._set_paused(False)
        self.changed.emit()

    def _cancel_ticker(self) -> None:
        if self.ticker is not None:
            self.ticker.cancel()
            self.ticker = None

    def _set_paused(self, paused: bool) -> None:
        self.paused = paused
        self.pausedChanged.emit(paused)

    def _guided_paused(self, paused: bool) -> None:
        if self.stage is Stage.EXERCISE:
            self._set_paused(paused)

    def _work_done(
        self, index: int, set_number: int, side: Side | None, reps: int, seconds: int
    ) -> None:
        done = Done(
            index + 1,
            self.exercises[index].id,
            set_number,
            None if side is None else side.value,
            reps,
            seconds,
            self.clock.now(),
        )
        self.log.append(done)
        self.setDone.emit(done)

    # -- words ----------------------------------------------------------------------------------

    def _say_or_after(self, text: str) -> None:
        """Says `text`; when a guided set has just ended and is about to say its last words,
        after them, in the same breath."""
        if self._finishing:
            self._then = text
            return
        self._say(text)

    def say_after(self, text: str) -> None:
        """A guided set's words, with whatever the player has to add to them."""
        then, self._then = self._then, ""
        self._say(f"{text} {then}" if then else text)

    def silence(self) -> None:
        self._safely(self.speaker.stop)

    def _say(self, text: str) -> None:
        self.caption.emit(text)
        self._safely(lambda: self.speaker.say(text))

    _safely = staticmethod(GuidedExercise._safely)  # a speech fault never stops the session
