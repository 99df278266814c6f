"""The real clock: time.monotonic for now(), precise QTimers for alarms."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

# The wait is rounded down to whole milliseconds and any early wake re-arms for the rest, so an
# alarm lands just after its deadline rather than up to a millisecond late, and never before it
# (the Clock's promise): a countdown woken even a hair early still reads the second before.


class QtAlarm:
    """One pending callback on a precise single-shot QTimer."""

    def __init__(self, clock: QtClock, when: float, callback: Callable[[], None]) -> None:
        self._clock = clock
        self._when = when
        self._callback = callback
        timer = QTimer(clock.owner)  # owned by Qt, so deleteLater() is safe inside timeout
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(self._fire)
        self._timer: QTimer | None = timer
        self._arm(timer)

    def _arm(self, timer: QTimer) -> None:
        left = self._clock.real_seconds(self._when - self._clock.now())
        timer.start(max(0, math.floor(left * 1000)))

    def _fire(self) -> None:
        if self._timer is None:
            return
        if self._clock.now() < self._when:
            self._arm(self._timer)  # woke early: sleep the rest rather than report too soon
            return
        self.cancel()
        self._callback()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
            self._timer = None


class QtClock:
    """Monotonic time with alarms delivered on the Qt event loop of the calling thread."""

    def __init__(self) -> None:
        self.owner = QObject()

    def now(self) -> float:
        return time.monotonic()

    def real_seconds(self, seconds: float) -> float:
        """How long `seconds` of this clock's time last in real time (a faster clock: less)."""
        return seconds

    def call_at(self, when: float, callback: Callable[[], None]) -> QtAlarm:
        return QtAlarm(self, when, callback)
