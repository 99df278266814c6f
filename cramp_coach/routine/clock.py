"""Time as a dependency: a monotonic `now()` and one-shot alarms, so tests can move time by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Alarm(Protocol):
    """A pending call that can be called off."""

    def cancel(self) -> None:
        """Makes sure the callback will not run (harmless if it already has)."""


class Clock(Protocol):
    """Monotonic seconds and alarms at absolute times on the same scale."""

    def now(self) -> float:
        """Seconds on a monotonic scale; only differences mean anything."""

    def call_at(self, when: float, callback: Callable[[], None]) -> Alarm:
        """Runs callback once, as soon as possible after now() reaches `when`."""
