"""The real clock's alarms, on a real Qt event loop: never before their time, soon after it."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer

from cramp_coach.routine.qtclock import QtClock


def test_an_alarm_never_runs_before_its_time(qapp: object) -> None:
    # A precise QTimer may wake up to a millisecond early: the alarm sleeps the rest, so a
    # countdown never reads the second before the one it was woken for.
    clock = QtClock()
    loop = QEventLoop()
    lateness: list[float] = []
    alarms = []  # kept, as their owners keep them
    rounds = 25

    def arm() -> None:
        when = clock.now() + 0.0037  # not a whole number of milliseconds away

        def fired() -> None:
            lateness.append(clock.now() - when)
            if len(lateness) < rounds:
                arm()
            else:
                loop.quit()

        alarms.append(clock.call_at(when, fired))

    arm()
    # Only a stuck clock waits this long (on a loaded machine 5 s was too short for 25 rounds).
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    assert len(lateness) == rounds
    assert min(lateness) >= 0.0, f"ran {-min(lateness) * 1e6:.0f} us before its time"
    assert max(lateness) < 0.5  # soon after it (generous: a loaded test machine)
