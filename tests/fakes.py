"""Fakes for the engines: a clock that only moves when a test moves it."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(order=True)
class _Pending:
    when: float
    order: int
    callback: Callable[[], None] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)

    def cancel(self) -> None:
        self.cancelled = True


class ManualClock:
    """A Clock whose time moves only by advance(); due alarms run at exactly their time."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._pending: list[_Pending] = []
        self._order = itertools.count()
        self.fired: list[float] = []  # when each alarm ran, to check timing

    def now(self) -> float:
        return self._now

    def call_at(self, when: float, callback: Callable[[], None]) -> _Pending:
        pending = _Pending(when, next(self._order), callback)
        heapq.heappush(self._pending, pending)
        return pending

    def advance(self, seconds: float, settle: Callable[[], None] | None = None) -> None:
        """Moves time forward, running each due alarm at its own time, in order.

        `settle` runs after each alarm (e.g. to let Qt deliver the events the alarm posted).
        """
        end = self._now + seconds
        while self._pending and self._pending[0].when <= end:
            pending = heapq.heappop(self._pending)
            if pending.cancelled:
                continue
            self._now = max(self._now, pending.when)
            self.fired.append(self._now)
            pending.callback()
            if settle is not None:
                settle()
        self._now = end

    @property
    def next_alarm(self) -> float | None:
        live = [p.when for p in self._pending if not p.cancelled]
        return min(live) if live else None
