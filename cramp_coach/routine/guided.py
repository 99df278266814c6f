"""A guided exercise: sets of reps (spoken cadence) or holds, with rest timers between sets, or
the warm-up's minutes of easy movement (its stages said as they start).

An exercise done one leg at a time (each_leg) runs each set as: the left leg's reps, a short
switch, the right leg's reps; then the rest.

Uses the routine's Ticker for every countdown and the same voice for every word, so timing and
speech behave exactly as in the cramp routine: drift-free, paused exactly, never talking late.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cramp_coach.content.exercises import Exercise, Kind
from cramp_coach.i18n import fill
from cramp_coach.routine.clock import Clock
from cramp_coach.routine.ticker import Ticker
from cramp_coach.routine.voice import Voice

log = logging.getLogger(__name__)

LEAD_SECONDS = 3  # "Set 1 of 3..." is said before the first rep starts
# General guidance, not from the source: time to change legs (lie or stand back in place) between
# the left leg's reps and the right leg's, in the same set. Short: it is not a rest.
SWITCH_SECONDS = 5
# Enter (or "skip") this soon after a set, a switch or a rest began does nothing: a second quick
# press meant for the same thing (ending the rest) must not end the set that just began.
NEXT_GUARD_SECONDS = 2.0

# The spoken words are translated in the "GuidedExercise" context (QCoreApplication.translate,
# written out at each call so lupdate finds them), in the language installed when they are said;
# with no translator installed they stay English. Qt-style %1, %2... are filled in by _fill.


class Phase(StrEnum):
    READY = "ready"  # not started
    WORK = "work"
    SWITCH = "switch"  # between the left leg's reps and the right leg's
    REST = "rest"
    DONE = "done"
    STOPPED = "stopped"


class Side(StrEnum):
    """The leg working now, in an exercise done one leg at a time."""

    LEFT = "left"
    RIGHT = "right"


class GuidedExercise(QObject):
    """Runs one exercise set by set on an injected clock, speaking its cues."""

    changed = Signal()  # phase, set or rep changed
    countdownChanged = Signal(int)  # noqa: N815 (Qt naming)
    caption = Signal(str)
    pausedChanged = Signal(bool)  # noqa: N815
    ended = Signal()
    # A set (one leg's part of it, one leg at a time) was left, done or not: its number, the
    # side (None: both legs), the reps counted in full and the seconds worked past the lead-in.
    # Not sent for a set left before one rep (or, held, one second) of it was done.
    workDone = Signal(int, object, int, int)  # noqa: N815

    def __init__(
        self, exercise: Exercise, clock: Clock, speaker: Voice, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.clock = clock
        self.speaker = speaker
        self.phase = Phase.READY
        self.set_number = 0
        self.rep = 0
        self.side: Side | None = None  # each_leg: the leg now working (or next, in the switch)
        self.paused = False
        self.ticker: Ticker | None = None
        starts, at = {}, 0
        for beat in exercise.cadence:
            starts[at] = beat.word
            at += beat.seconds
        self._beats: dict[int, str] = starts  # second within a rep (or the movement) -> word
        self._lead = 0  # seconds of lead-in at the start of the phase now running
        self._told = False
        self._phase_began = clock.now()

    # -- what the user asks for ------------------------------------------------------------

    def start(self) -> None:
        self._work(1)

    def next(self) -> None:
        """Enter: ends the set (or this leg's reps, the switch, the rest) early; not in the
        first NEXT_GUARD_SECONDS of it (a double press ends one thing, not two)."""
        if self.clock.now() - self._phase_began < NEXT_GUARD_SECONDS:
            return
        if self.phase is Phase.WORK and self.side is Side.LEFT:
            self._switch()
        elif self.phase is Phase.WORK:
            self._after_set()
        elif self.phase is Phase.SWITCH:
            self._right_leg()
        elif self.phase is Phase.REST:
            self._work(self.set_number + 1)

    def toggle_pause(self) -> None:
        if self.ticker is None or not self.running:
            return
        self.paused = not self.paused
        if self.paused:
            self.ticker.pause()
            self._safely(self.speaker.stop)
        else:
            self.ticker.start()
        self.pausedChanged.emit(self.paused)

    def stop(self) -> None:
        """Esc: ends at once."""
        if self.phase in (Phase.DONE, Phase.STOPPED):
            return
        self._end(Phase.STOPPED)
        self._safely(self.speaker.stop)

    @property
    def running(self) -> bool:
        return self.phase in (Phase.WORK, Phase.SWITCH, Phase.REST)

    @property
    def counting_reps(self) -> bool:
        """Reps are being counted now (past the lead-in of a set of reps): the rep is the
        number the user follows, more than the seconds left."""
        return self.phase is Phase.WORK and self.exercise.kind is Kind.REPS and self.rep > 0

    @property
    def work_seconds(self) -> int:
        """One whole set: the lead-in, then the reps (both legs and the switch between them,
        one leg at a time), the hold, or the movement."""
        sides = 2 if self.exercise.each_leg else 1
        return LEAD_SECONDS + sides * self._leg_seconds + (sides - 1) * SWITCH_SECONDS

    @property
    def _leg_seconds(self) -> int:
        """The reps of one leg (or of the set), the hold, or the movement."""
        ex = self.exercise
        return ex.reps * ex.rep_seconds if ex.kind is Kind.REPS else ex.seconds

    # -- phases ----------------------------------------------------------------------------

    def _work(self, number: int, before: str = "") -> None:
        ex = self.exercise
        self.set_number, self.rep = number, 0
        self.side = Side.LEFT if ex.each_leg else None
        self._enter(Phase.WORK, LEAD_SECONDS + self._leg_seconds, LEAD_SECONDS)
        if ex.kind is Kind.REPS and ex.each_leg:
            text = QCoreApplication.translate("GuidedExercise", "Set %1 of %2: %3 reps each leg.")
            left = QCoreApplication.translate("GuidedExercise", "Left leg.")
            self._say(before + fill(text, number, ex.sets, ex.reps) + " " + left)
        elif ex.kind is Kind.REPS:
            text = QCoreApplication.translate("GuidedExercise", "Set %1 of %2: %3 reps.")
            self._say(before + fill(text, number, ex.sets, ex.reps))
        elif ex.kind is Kind.MOVE:
            text = QCoreApplication.translate(
                "GuidedExercise", "%1 minutes of easy movement, at a pace you can talk at."
            )
            self._say(before + fill(text, ex.seconds // 60))
        else:
            text = QCoreApplication.translate(
                "GuidedExercise", "Set %1 of %2: hold for %3 seconds."
            )
            self._say(before + fill(text, number, ex.sets, ex.seconds))

    def _switch(self) -> None:
        """The left leg's reps are done: a short switch, then the right leg's."""
        self._leave_work()  # the left leg's, before the side changes
        self.side = Side.RIGHT
        self._enter(Phase.SWITCH, SWITCH_SECONDS)
        self._say(QCoreApplication.translate("GuidedExercise", "Switch to the right leg."))

    def _right_leg(self) -> None:
        """The right leg's reps, straight after the switch (it was their lead-in)."""
        self.side, self.rep = Side.RIGHT, 0
        self._enter(Phase.WORK, self._leg_seconds, 0)

    def _after_set(self, before: str = "") -> None:
        """What follows a set; `before` ("Release. ") is said in the same breath, not cut off."""
        ex = self.exercise
        if self.set_number >= ex.sets:
            self._end(Phase.DONE)
            if ex.sets > 1:
                done = QCoreApplication.translate("GuidedExercise", "Well done: all %1 sets.")
                self._say(before + fill(done, ex.sets))
            else:
                self._say(before + QCoreApplication.translate("GuidedExercise", "Well done."))
        elif ex.rest_seconds:
            self._enter(Phase.REST, ex.rest_seconds)
            rest = QCoreApplication.translate("GuidedExercise", "Rest. Next set in %1 seconds.")
            self._say(before + fill(rest, ex.rest_seconds))
        else:
            self._work(self.set_number + 1, before)

    def _leave_work(self) -> None:
        """A set (or one leg's reps) is left, done or cut short: workDone says how much."""
        if self.phase is not Phase.WORK or self.ticker is None or self._told:
            return
        self._told = True
        countdown = self.ticker.countdown
        worked = min(countdown.total, countdown.total - countdown.remaining()) - self._lead
        if worked < 1.0 - 1e-9:
            return
        ex = self.exercise
        reps = min(ex.reps, int(worked + 1e-9) // ex.rep_seconds) if ex.kind is Kind.REPS else 0
        seconds = 0 if ex.kind is Kind.REPS else round(worked)
        if reps == 0 and seconds == 0:
            return  # not one rep done: nothing to log
        self.workDone.emit(self.set_number, self.side, reps, seconds)

    def _enter(self, phase: Phase, seconds: int, lead: int = 0) -> None:
        self._leave_work()
        if self.ticker is not None:
            self.ticker.cancel()
        self.phase, self._lead = phase, lead
        self._told = False  # this phase's work not yet told (workDone)
        self._phase_began = self.clock.now()
        if self.paused:
            self.paused = False
            self.pausedChanged.emit(False)
        self.ticker = Ticker(self.clock, seconds, self._on_second, self._on_elapsed)
        self.ticker.start()  # the deadline is fixed before anyone hears of the phase
        self.changed.emit()
        self.ticker.announce()

    def _end(self, phase: Phase) -> None:
        self._leave_work()
        if self.ticker is not None:
            self.ticker.cancel()
        self.ticker = None
        self.phase = phase
        self.changed.emit()
        self.ended.emit()

    def _on_elapsed(self) -> None:
        if self.phase is Phase.WORK:
            if self.side is Side.LEFT:
                self._switch()
            elif self.exercise.kind is Kind.HOLD:  # "Release.", said with what follows
                self._after_set(QCoreApplication.translate("GuidedExercise", "Release.") + " ")
            else:
                self._after_set()
        elif self.phase is Phase.SWITCH:
            self._right_leg()
        elif self.phase is Phase.REST:
            self._work(self.set_number + 1)

    def _on_second(self, left: int) -> None:
        self.countdownChanged.emit(left)
        if self.phase is not Phase.WORK or left == 0 or self.ticker is None:
            return
        total = round(self.ticker.countdown.total)
        done = total - left - self._lead  # seconds since the lead-in ended
        ex = self.exercise
        if done < 0:
            return
        if ex.kind is Kind.HOLD:
            if done == 0:
                self._say(QCoreApplication.translate("GuidedExercise", "Hold."))
            return
        if ex.kind is Kind.MOVE:  # each stage is said once, as it starts
            stage = self._beats.get(done)
            if stage is not None:
                self._say(stage)
            return
        rep, offset = divmod(done, ex.rep_seconds)
        word = self._beats.get(offset)
        if word is not None:
            if offset == 0:
                self.rep = rep + 1
                self.changed.emit()
            self._say(word)

    def _say(self, text: str) -> None:
        self.caption.emit(text)
        self._safely(lambda: self.speaker.say(text))

    @staticmethod
    def _safely(call: Callable[[], None]) -> None:
        """A speech fault never stops or slows the exercise (or the session: session_player)."""
        try:
            call()
        except Exception:
            log.exception("the speech engine failed; the exercise goes on with captions")
