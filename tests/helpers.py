"""Test helpers: letting Qt deliver queued events, and driving a routine as user and time would."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cramp_coach.routine.flow import Intent
from cramp_coach.routine.machine import RoutineMachine
from tests.fakes import ManualClock


def settle() -> None:
    """Lets Qt deliver what is queued (the state machine takes events on the next loop turn)."""
    for _ in range(3):
        QCoreApplication.processEvents()


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

    def finish_countdown(self) -> Driver:
        """Lets the current step's countdown run out."""
        self.wait(self.machine.remaining())
        return self
