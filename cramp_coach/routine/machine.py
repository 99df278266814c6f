"""The QStateMachine that runs a routine: one state per step, one transition per flow rule.

This is the one place where routine logic and Qt meet. Widgets only call `send()` and
`toggle_pause()` and listen to the signals; the clock is injected, so tests move time by hand.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtStateMachine import QAbstractTransition, QFinalState, QState, QStateMachine

from cramp_coach.content.routine import Routine, Step, StepKind
from cramp_coach.routine.clock import Clock
from cramp_coach.routine.countdown import Countdown
from cramp_coach.routine.flow import FINISHED, Intent, Outcome, Progress, Rule, build_rules
from cramp_coach.routine.ticker import Ticker

log = logging.getLogger(__name__)

# One Qt event type per intent: the type alone says what was asked, so no Python object has to
# survive the trip through Qt's event queue.
_EVENT_TYPES: dict[Intent, QEvent.Type] = {
    intent: QEvent.Type(QEvent.registerEventType()) for intent in Intent
}


@dataclass(frozen=True)
class StepVisit:
    """A step entered at a time on the routine's clock."""

    step_id: str
    at: float


@dataclass(frozen=True)
class Summary:
    """What the Done screen and the journal report about one run."""

    reps: int
    max_reps: int
    outcome: Outcome
    seconds: float
    came_back: int


class _RuleTransition(QAbstractTransition):
    """A flow Rule as a Qt transition: fires on its intent's event when the rule's guard allows."""

    def __init__(self, run: RoutineMachine, rule: Rule, source: QState) -> None:
        super().__init__(source)
        self._run = run
        self.rule = rule

    def eventTest(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != _EVENT_TYPES[self.rule.intent]:
            return False
        if self.rule.needs_elapsed and not self._run.countdown_elapsed():
            return False  # a stale "time is up" from a countdown that is no longer running
        return self.rule.guard(self._run.progress)

    def onTransition(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        self._run.last_intent = self.rule.intent
        self.rule.effect(self._run.progress)


class RoutineMachine(QObject):
    """One run of a routine, driven by a QStateMachine built from the routine's rules."""

    stepEntered = Signal(str)  # step id  # noqa: N815 (Qt signal naming)
    countdownChanged = Signal(int)  # whole seconds shown  # noqa: N815
    pausedChanged = Signal(bool)  # noqa: N815
    countdownReplaced = Signal()  # hands-free switched, or a waiting timer started  # noqa: N815
    legChanged = Signal(str)  # "left" or "right": the leg the cramp is in  # noqa: N815
    ended = Signal()  # finished at Done or stopped

    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        parent: QObject | None = None,
        hands_free: bool = False,
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        self.clock = clock
        self.hands_free = hands_free
        self.progress = Progress()
        self.visits: list[StepVisit] = []
        self.ticker: Ticker | None = None
        self.paused = False
        self.step: Step = routine.steps[0]
        self.ended_at: float | None = None
        self.last_intent: Intent | None = None  # what caused the latest move
        self.leg: str | None = None  # which leg, once the user said (asked once, skippable)
        # A timer with a start answer ("I have the ice") waits for it before counting down;
        # hands-free, for its `wait` at most (the fetch below), then it starts by itself.
        self.waiting_to_start = False
        # Hands-free, a question's wait starts once the question has been said (question_said),
        # when whoever says it (the CueCaller) asks for that with `defer_waits`.
        self.defer_waits = False
        self.asking = False
        self._fetch: Ticker | None = None
        self._started = False
        self._early: list[Intent] = []  # asked for between start() and Qt's machine running

        self._machine = QStateMachine(self)
        self._states: dict[str, QState] = {}
        for step in routine.steps:
            state = QState(self._machine)
            state.setObjectName(step.id)
            state.entered.connect(lambda step=step: self._enter(step))
            self._states[step.id] = state
        final = QFinalState(self._machine)
        final.setObjectName(FINISHED)
        self._transitions: list[_RuleTransition] = []
        for rule in build_rules(routine):
            transition = _RuleTransition(self, rule, self._states[rule.source])
            transition.setTargetState(
                final if rule.target == FINISHED else self._states[rule.target]
            )
            self._transitions.append(transition)
        self._machine.setInitialState(self._states[routine.steps[0].id])
        self._machine.started.connect(self._post_early)
        self._machine.finished.connect(self._finish)

    # -- what the window (or a test) asks for -------------------------------------------------

    def start(self) -> None:
        """Enters the first step (on the next turn of the event loop, as Qt's machine does)."""
        self._started = True
        self._machine.start()

    @property
    def running(self) -> bool:
        return self._started and self.ended_at is None

    def send(self, intent: Intent) -> None:
        """Asks for a move; the machine takes it if a rule of the current step allows it.
        At a timer that waits for its start answer, Enter starts the countdown instead."""
        if not self.running:
            return
        if intent is Intent.NEXT and self.waiting_to_start:
            self._start_timer()
            return
        if self._machine.isRunning():
            self._machine.postEvent(QEvent(_EVENT_TYPES[intent]))
        else:
            self._early.append(intent)  # a key pressed in the instant before the first step

    def _post_early(self) -> None:
        early, self._early = self._early, []
        for intent in early:
            self.send(intent)

    def toggle_pause(self) -> None:
        """Space: freezes the countdown exactly where it is, or resumes it (steps without one
        have nothing to pause)."""
        if not self.running or self.ticker is None or self.waiting_to_start:
            return
        if self.asking:
            self.question_said()  # paused over the question: its wait starts, frozen
        self.paused = not self.paused
        if self.paused:
            self.ticker.pause()
        else:
            self.ticker.start()
        self.pausedChanged.emit(self.paused)

    def stop(self) -> None:
        """Esc: ends the routine at once, whatever step it is in."""
        self.send(Intent.STOP)

    def question_said(self) -> None:
        """The step's question has been said (or cannot be): its hands-free wait starts now, so
        the whole window is left to answer in."""
        if self.running and self.asking and self.ticker is not None:
            self.asking = False
            self.ticker.start()

    def skip_timer(self) -> None:
        """ "Skip the ice": past a timer that waits for its start answer, without starting it."""
        if self.running and self.waiting_to_start:
            self.waiting_to_start = False
            self._stop_fetch()
            self.send(Intent.NEXT)

    def set_leg(self, leg: str) -> None:
        """Which leg the cramp is in ("left" or "right"); said once, changed if said again."""
        if leg not in ("left", "right"):
            raise ValueError(f"leg must be 'left' or 'right', got {leg!r}")
        if self.running and leg != self.leg:
            self.leg = leg
            self.legChanged.emit(leg)

    @property
    def nothing_happened(self) -> bool:
        """Stopped before anything happened: no question was answered, so the run never got
        past "a cramp, or an injury?" (the first step, in a routine without that question).
        An accidental start and Esc; such a run is no cramp to count."""
        if self.progress.outcome is not Outcome.STOPPED:
            return False
        triage = self.routine.triage
        last = self.routine.index(triage.id) if triage is not None else 0
        return all(self.routine.index(visit.step_id) <= last for visit in self.visits)

    def _start_timer(self) -> None:
        self.waiting_to_start = False
        self._stop_fetch()
        if self.ticker is not None:
            self.ticker.start()
        self.countdownReplaced.emit()
        if self.ticker is not None:
            self.ticker.announce()

    def set_hands_free(self, on: bool) -> None:
        """Hands-free: questions time out to their safe default. Switching mid-step starts (or
        drops) the current question's wait; a running hold or timer is not touched."""
        if on == self.hands_free:
            return
        self.hands_free = on
        if self.running and self.waiting_to_start:  # the ice is being fetched
            self._wait_for_fetch(self.step)
            self.countdownReplaced.emit()  # the cue again: it says when the timer starts
            return
        if not self.running or self.step.timed:
            return
        self._begin_countdown(self.step)
        if self.paused:
            self.paused = False
            self.pausedChanged.emit(False)
        self.countdownReplaced.emit()
        if self.ticker is not None:
            self.ticker.announce()

    def _begin_countdown(self, step: Step) -> None:
        """A fresh countdown for the step (none if nothing counts down), already running unless
        it waits for its start answer or, hands-free, for its question to be said."""
        if self.ticker is not None:
            self.ticker.cancel()
        seconds = self._countdown_seconds(step)
        self.ticker = None
        self.asking = False
        self.waiting_to_start = bool(step.start_label)
        if seconds:
            self.ticker = Ticker(
                self.clock, seconds, self.countdownChanged.emit, lambda: self.send(Intent.ELAPSED)
            )
            self.asking = not step.timed and self.defer_waits
            if not self.waiting_to_start and not self.asking:
                self.ticker.start()
        self._wait_for_fetch(step)

    def _wait_for_fetch(self, step: Step) -> None:
        """Hands-free, a timer waiting for its start answer ("I have the ice": Enter, or
        "ready" said) starts by itself after the step's `wait` (the time to fetch the ice),
        as its cue says; with hands-free off, it waits for the answer alone."""
        self._stop_fetch()
        if self.waiting_to_start and self.hands_free and step.wait:
            self._fetch = Ticker(self.clock, step.wait, lambda _shown: None, self._start_timer)
            self._fetch.start()

    def _stop_fetch(self) -> None:
        if self._fetch is not None:
            self._fetch.cancel()
            self._fetch = None

    @property
    def countdown(self) -> Countdown | None:
        """The current step's countdown (None when nothing counts down)."""
        return self.ticker.countdown if self.ticker is not None else None

    def _countdown_seconds(self, step: Step) -> int:
        if step.timed:
            return step.seconds
        return step.wait if self.hands_free else 0

    # -- what the window shows --------------------------------------------------------------

    @property
    def step_number(self) -> int:
        """1-based position of the current step on its way through (cramp or injury steps),
        for "step k of n"."""
        return [s.id for s in self.path].index(self.step.id) + 1

    @property
    def path(self) -> tuple[Step, ...]:
        """The steps of the way through the current step is on (n of "step k of n")."""
        return self.routine.path(self.step.id)

    def allows(self, intent: Intent) -> bool:
        """Whether the current step has a way out on `intent` (Back, "the cramp came back"),
        so the window can offer only what works."""
        return self.running and any(
            t.rule.source == self.step.id and t.rule.intent is intent for t in self._transitions
        )

    def heard_unclear(self) -> bool:
        """Hands-free, at the triage: something was said that was not an answer, so no answer
        in time now means the injury steps. True when that changed the default."""
        if not self.running or self.step.kind is not StepKind.TRIAGE or self.progress.unclear:
            return False
        self.progress.unclear = True
        return True

    @property
    def rep(self) -> int:
        """The rep being stretched (1..max) or just checked; 0 outside the stretch."""
        kind = self.step.kind
        if kind in (StepKind.POSITION, StepKind.HOLD):
            return min(self.progress.reps + 1, self.routine.max_reps)
        if kind is StepKind.CHECK:
            return self.progress.reps
        return 0

    def remaining(self) -> float:
        return self.countdown.remaining() if self.countdown is not None else 0.0

    def countdown_elapsed(self) -> bool:
        return self.countdown is not None and self.countdown.finished

    def summary(self) -> Summary:
        start = self.visits[0].at if self.visits else self.clock.now()
        end = self.ended_at if self.ended_at is not None else self.clock.now()
        return Summary(
            reps=self.progress.reps,
            max_reps=self.routine.max_reps,
            outcome=self.progress.outcome,
            seconds=end - start,
            came_back=self.progress.came_back,
        )

    def text(self, template: str) -> str:
        """A text of the current step with its placeholders filled in."""
        return self.routine.fill(template, reps=self.progress.reps, step=self.step)

    # -- inside ---------------------------------------------------------------------------

    def _enter(self, step: Step) -> None:
        self.step = step
        self.visits.append(StepVisit(step.id, self.clock.now()))
        was_paused, self.paused = self.paused, False
        # The deadline is fixed before anyone hears of the step: a slow listener (speech, the
        # window) can delay the news, never the end of the countdown.
        self._begin_countdown(step)
        log.debug("step %s (rep %d)", step.id, self.rep)
        if was_paused:
            self.pausedChanged.emit(False)
        self.stepEntered.emit(step.id)
        if self.ticker is not None:
            self.ticker.announce()

    def _finish(self) -> None:
        self._stop_fetch()
        if self.ticker is not None:
            self.ticker.cancel()
        self.ended_at = self.clock.now()
        self.paused = False
        self.ended.emit()
