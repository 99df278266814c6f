"""The Ticker at a second's edge: each number told once, on its own second, and the end kept."""

from __future__ import annotations

import pytest

from cramp_coach.routine.ticker import Ticker
from tests.fakes import BusyClock, ManualClock


def run_ticker(clock: ManualClock, seconds: int) -> tuple[list[tuple[int, float]], list[float]]:
    """Runs a ticker of `seconds` to its end: (number, when told) and when time was up."""
    told: list[tuple[int, float]] = []
    ended: list[float] = []
    ticker = Ticker(
        clock,
        seconds,
        lambda shown: told.append((shown, clock.now())),
        lambda: ended.append(clock.now()),
    )
    ticker.start()
    ticker.announce()
    clock.advance(seconds + 2)
    return told, ended


def test_each_number_is_told_on_its_second_and_the_end_on_the_deadline() -> None:
    clock = ManualClock()
    start = clock.now()
    told, ended = run_ticker(clock, 5)
    assert told == [(5, start), (4, start + 1), (3, start + 2), (2, start + 3), (1, start + 4),
                    (0, start + 5)]  # fmt: skip
    assert ended == [start + 5]


# An alarm that wakes a fraction of a millisecond before a second's edge, with time moving on
# while the ticker runs, used to read "4" to decide what to tell and then "3" to decide when to
# wake next: "3" (and the "Three." said on it) came a whole second late, and at the end the
# ticker could find the time up with nothing told and no alarm left: the step never ended.
@pytest.mark.parametrize(
    ("early", "per_reading"),
    [(0.0001, 0.00002), (0.0001, 0.00004), (0.0001, 0.00005), (0.0002, 0.00007),
     (0.00005, 0.00003), (0.0004, 0.0001)],
)  # fmt: skip
def test_an_alarm_waking_a_little_early_never_costs_a_second(
    early: float, per_reading: float
) -> None:
    clock = BusyClock(early=early, per_reading=per_reading)
    start = clock.now()
    told, ended = run_ticker(clock, 5)
    assert [n for n, _ in told] == [5, 4, 3, 2, 1, 0]
    for shown, at in told:
        assert at == pytest.approx(start + 5 - shown, abs=0.001), shown
    assert len(ended) == 1
    assert ended[0] == pytest.approx(start + 5, abs=0.001)
