"""A guided exercise: sets of reps (spoken cadence) or holds, with rest timers between sets.

Uses the routine's Ticker for every countdown and the same voice for every word, so timing and
speech behave exactly as in the cramp routine: drift-free, paused exactly, never talking late.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cramp_coach.content.exercises import Exercise
from cramp_coach.i18n import fill
from cramp_coach.routine.clock import Clock
from cramp_coach.routine.ticker import Ticker
from cramp_coach.routine.voice import Voice

log = logging.getLogger(__name__)

LEAD_SECONDS = 3  # "Set 1 of 3..." is said before the first rep starts

# The spoken words are translated in the "GuidedExercise" context (QCoreApplication.translate,
# written out at each call so lupdate finds them), in the language installed when they are said;
# with no translator installed they stay English. Qt-style %1, %2... are filled in by _fill.


class Phase(StrEnum):
    READY = "ready"  # not started
    WORK = "work"
    REST = "rest"
    DONE = "done"
    STOPPED = "stopped"


class GuidedExercise(QObject):
    """Runs one exercise set by set on an injected clock, speaking its cues."""

    changed = Signal()  # phase, set or rep changed
    countdownChanged = Signal(int)  # noqa: N815 (Qt naming)
    caption = Signal(str)
    pausedChanged = Signal(bool)  # noqa: N815
    ended = Signal()

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
        self.paused = False
        self.ticker: Ticker | None = None
        starts, at = {}, 0
        for beat in exercise.cadence:
            starts[at] = beat.word
            at += beat.seconds
        self._beats: dict[int, str] = starts  # second within a rep -> word said then

    # -- what the user asks for ------------------------------------------------------------

    def start(self) -> None:
        self._work(1)

    def next(self) -> None:
        """Enter: ends the set (or the rest) early."""
        if self.phase is Phase.WORK:
            self._after_set()
        elif self.phase is Phase.REST:
            self._work(self.set_number + 1)

    def toggle_pause(self) -> None:
        if self.ticker is None or self.phase not in (Phase.WORK, Phase.REST):
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
        return self.phase in (Phase.WORK, Phase.REST)

    @property
    def work_seconds(self) -> int:
        ex = self.exercise
        return LEAD_SECONDS + (ex.reps * ex.rep_seconds if ex.reps else ex.hold_seconds)

    # -- phases ----------------------------------------------------------------------------

    def _work(self, number: int, before: str = "") -> None:
        ex = self.exercise
        self.set_number, self.rep = number, 0
        self._enter(Phase.WORK, self.work_seconds)
        if ex.reps:
            text = QCoreApplication.translate("GuidedExercise", "Set %1 of %2: %3 reps.")
            self._say(before + fill(text, number, ex.sets, ex.reps))
        else:
            text = QCoreApplication.translate(
                "GuidedExercise", "Set %1 of %2: hold for %3 seconds."
            )
            self._say(before + fill(text, number, ex.sets, ex.hold_seconds))

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

    def _enter(self, phase: Phase, seconds: int) -> None:
        if self.ticker is not None:
            self.ticker.cancel()
        self.phase = phase
        if self.paused:
            self.paused = False
            self.pausedChanged.emit(False)
        self.ticker = Ticker(self.clock, seconds, self._on_second, self._on_elapsed)
        self.ticker.start()  # the deadline is fixed before anyone hears of the phase
        self.changed.emit()
        self.ticker.announce()

    def _end(self, phase: Phase) -> None:
        if self.ticker is not None:
            self.ticker.cancel()
        self.ticker = None
        self.phase = phase
        self.changed.emit()
        self.ended.emit()

    def _on_elapsed(self) -> None:
        if self.phase is Phase.WORK:
            if self.exercise.reps:
                self._after_set()
            else:  # a hold ends with "Release.", said with what follows
                self._after_set(QCoreApplication.translate("GuidedExercise", "Release.") + " ")
        elif self.phase is Phase.REST:
            self._work(self.set_number + 1)

    def _on_second(self, left: int) -> None:
        self.countdownChanged.emit(left)
        if self.phase is not Phase.WORK or left == 0:
            return
        done = self.work_seconds - left - LEAD_SECONDS  # seconds since the lead-in ended
        ex = self.exercise
        if done < 0:
            return
        if not ex.reps:
            if done == 0:
                self._say(QCoreApplication.translate("GuidedExercise", "Hold."))
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

    def _safely(self, call: Callable[[], None]) -> None:
        """A speech fault never stops or slows the exercise."""
        try:
            call()
        except Exception:
            log.exception("the speech engine failed; the exercise goes on with captions")
