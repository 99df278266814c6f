"""Test helpers: letting Qt deliver queued events, and driving a routine as user and time would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from cramp_coach.routine.flow import Intent
from cramp_coach.routine.machine import RoutineMachine
from tests.fakes import ManualClock


def settle() -> None:
    """Lets Qt deliver what is queued (the state machine takes events on the next loop turn)."""
    for _ in range(3):
        QCoreApplication.processEvents()


@contextmanager
def look_kept(app: QApplication) -> Iterator[QApplication]:
    """For a test that re-themes the shared test app.

    Before: the hidden windows other tests left behind (menus, dialogs, a closed main window)
    are deleted, as re-polishing them all now and then crashed Qt. After: the palette, style
    sheet and attribute are put back. The style is left as it is: setting another would make
    Qt delete the theme's style under the widgets still using it.
    """
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    palette, sheet = QPalette(app.palette()), app.styleSheet()
    propagation = Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles
    propagates = app.testAttribute(propagation)
    yield app
    app.setStyleSheet(sheet)
    app.setAttribute(propagation, propagates)
    app.setPalette(palette)


class Driver:
    """Drives a RoutineMachine on a manual clock, as a user and time would."""

    def __init__(self, machine: RoutineMachine, clock: ManualClock) -> None:
        self.machine = machine
        self.clock = clock
        self.steps: list[str] = []
        machine.stepEntered.connect(self.steps.append)

    def start(self) -> Driver:
        self.machine.start()
        settle()
        return self

    @property
    def step(self) -> str:
        return self.machine.step.id

    def send(self, *intents: Intent) -> Driver:
        for intent in intents:
            self.machine.send(intent)
            settle()
        return self

    def wait(self, seconds: float) -> Driver:
        self.clock.advance(seconds, settle)
        settle()
        return self

    def asked(self) -> Driver:
        """Lets the step's question be said: its hands-free answer window starts after it."""
        wait_until_asked(self.machine, self.wait)
        return self

    def to_stretch(self) -> Driver:
        """From "Stop running" to getting into position: on, "it is a cramp", "it has eased"."""
        assert self.step == "stop"
        self.send(Intent.NEXT)
        assert self.step == "triage"
        self.send(Intent.NEXT)
        assert self.step == "ease"
        self.send(Intent.NEXT)
        assert self.step == "position"
        return self

    def finish_countdown(self) -> Driver:
        """Lets the current step's countdown run out (a timer that waits for its start
        answer, "I have the ice", is given it first; a hands-free wait that starts once its
        question has been said, after that)."""
        if self.machine.waiting_to_start:
            self.send(Intent.NEXT)
        visits = len(self.machine.visits)
        self.wait(self.machine.remaining())
        if self.machine.running and len(self.machine.visits) == visits:
            self.wait(self.machine.remaining())  # the question took part of the first wait
        return self


def wait_until_asked(machine: RoutineMachine, wait: Callable[[float], object]) -> None:
    """Lets time pass, a tenth of a second at a time, until the machine's question has been
    said (hands-free: its answer window has started)."""
    for _ in range(1200):
        if not machine.asking:
            return
        wait(0.1)
    raise AssertionError(f"the question at {machine.step.id!r} was never said")
