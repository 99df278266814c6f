"""Soak: many accelerated routines in one process leave no growth in Qt objects or threads."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from cramp_coach.content import Routine
from cramp_coach.routine.cues import SAID_MARGIN_SECONDS, CueCaller
from cramp_coach.routine.flow import Intent
from cramp_coach.routine.machine import RoutineMachine
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import Driver, settle


def live_qobjects() -> int:
    gc.collect()
    # A dead weak proxy (pyttsx3 leaves some) raises on isinstance(): it is no live QObject.
    objects = gc.get_objects()
    return sum(1 for o in objects if type(o) not in weakref.ProxyTypes and isinstance(o, QObject))


def one_routine(routine: Routine, clock: ManualClock, speaker: FakeSpeaker) -> None:
    machine = RoutineMachine(routine, clock, hands_free=True)
    CueCaller(machine, speaker)
    run = Driver(machine, clock).start()
    before = sum(routine.step(step).wait for step in ("stop", "triage", "ease"))
    said = 7 * (0.4 + SAID_MARGIN_SECONDS)  # each question's wait starts once it is said
    fetch = routine.step("ice").wait  # no "I have the ice": the timer starts by itself
    run.wait(before + 3 * (5 + 30 + routine.step("check").wait) + fetch + 600 + 120 + 20 + 1 + said)
    assert [visit.step_id for visit in machine.visits][:3] == ["stop", "triage", "ease"]
    assert machine.step.id == "done"
    run.send(Intent.NEXT)
    assert not machine.running
    assert clock.next_alarm is None  # no timer left behind
    machine.deleteLater()
    # deleteLater is carried out by the event loop; processEvents alone leaves it pending
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle()


def test_200_routines_leave_nothing_behind(
    qapp: object, routine: Routine, clock: ManualClock
) -> None:
    speaker = FakeSpeaker(clock, default_duration=0.4)
    for _ in range(10):  # warm up whatever Qt and Python create once
        one_routine(routine, clock, speaker)
    objects, threads = live_qobjects(), threading.active_count()
    for _ in range(200):
        one_routine(routine, clock, speaker)
        speaker.events.clear()
    assert live_qobjects() <= objects
    assert threading.active_count() <= threads
