"""A countdown that cannot drift: what is left always comes from a monotonic deadline."""

from __future__ import annotations

import math

from cramp_coach.routine.clock import Clock


class Countdown:
    """Counts `seconds` down on a clock; pausing freezes exactly what was left."""

    def __init__(self, clock: Clock, seconds: float) -> None:
        self.clock = clock
        self.total = float(seconds)
        self._left = float(seconds)  # meaningful while not running
        self._deadline: float | None = None

    @property
    def running(self) -> bool:
        return self._deadline is not None

    @property
    def deadline(self) -> float | None:
        """The clock time it reaches zero, while running."""
        return self._deadline

    def start(self) -> None:
        """Starts, or resumes with exactly the time that was left."""
        if self._deadline is None:
            self._deadline = self.clock.now() + self._left

    def pause(self) -> None:
        if self._deadline is not None:
            self._left = max(0.0, self._deadline - self.clock.now())
            self._deadline = None

    def remaining(self) -> float:
        if self._deadline is None:
            return self._left
        return max(0.0, self._deadline - self.clock.now())

    @property
    def finished(self) -> bool:
        return self.remaining() <= 0.0

    def shown(self) -> int:
        """Whole seconds as displayed: 30 at the start of a 30-second hold, 1 in its last second."""
        return shown_of(self.remaining())

    def next_change(self, shown: int | None = None) -> float | None:
        """When the displayed number next changes from `shown` (by default, from what is shown
        now); the deadline itself for the last one. None when not running or already at zero.

        A caller that has just read the time passes what it read as shown: reading the clock
        again could land past a second's edge and skip that whole second."""
        if self._deadline is None:
            return None
        if shown is None:
            left = self.remaining()  # one reading for both questions
            if left <= 0.0:
                return None
            shown = shown_of(left)
        return self._deadline - max(shown - 1, 0)


def shown_of(left: float) -> int:
    """Whole seconds as displayed for `left` seconds left (a nanosecond's rounding forgiven)."""
    return math.ceil(left - 1e-9)
