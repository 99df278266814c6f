"""Runs a countdown on a clock: says when the shown number changes and when time is up.

The one place that turns a Countdown into wake-ups: it sleeps until the displayed number next
changes (never polling, never counting ticks), so a screen repaints once a second and the end
lands on the deadline. Shared by the cramp routine and the guided exercises.
"""

from __future__ import annotations

from collections.abc import Callable

from cramp_coach.routine.clock import Alarm, Clock
from cramp_coach.routine.countdown import Countdown, shown_of


class Ticker:
    """A running countdown with callbacks: `on_second(shown)` on each change, `on_elapsed()`."""

    def __init__(
        self,
        clock: Clock,
        seconds: float,
        on_second: Callable[[int], None],
        on_elapsed: Callable[[], None],
    ) -> None:
        self.clock = clock
        self.countdown = Countdown(clock, seconds)
        self._on_second = on_second
        self._on_elapsed = on_elapsed
        self._alarm: Alarm | None = None
        self._shown = -1

    @property
    def running(self) -> bool:
        return self.countdown.running

    def start(self) -> None:
        """Starts (or resumes) counting: the deadline is fixed now, before anyone is told."""
        self.countdown.start()
        self._schedule()

    def pause(self) -> None:
        """Freezes exactly what is left, and sleeps no more until resumed."""
        self.countdown.pause()
        self._cancel()

    def cancel(self) -> None:
        """Stops for good (the step was left)."""
        self.pause()

    def announce(self) -> None:
        """Tells the shown number if it changed since last told (e.g. to a new listener)."""
        self._tell(self.countdown.shown())

    def _tell(self, shown: int) -> None:
        if shown != self._shown:
            self._shown = shown
            self._on_second(shown)

    def _schedule(self, shown: int | None = None) -> None:
        """Sleeps until the displayed number next changes from `shown` (by default, from what
        is shown now; not at all once the time is up)."""
        self._cancel()
        when = self.countdown.next_change(shown)
        if when is not None:
            self._alarm = self.clock.call_at(when, self._wake)

    def _wake(self) -> None:
        self._alarm = None
        if not self.countdown.running:
            return
        # One reading of the clock decides both what is told and when to wake next. Time moves
        # on while this runs: a wake a hair before a second's edge that read "4" here and "3"
        # there would tell 3 (and say its time mark) a whole second late, or at the end find
        # the time up with 1 still shown and no alarm left, so the step would never end.
        left = self.countdown.remaining()
        shown = shown_of(left)
        self._tell(shown)
        if left <= 0.0:
            self._on_elapsed()
        else:
            self._schedule(shown)  # woken early: the same edge again, never the one after

    def _cancel(self) -> None:
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
