"""Spoken commands mean the right thing in each step."""

from __future__ import annotations

import pytest

from cramp_coach.content.routine import StepKind
from cramp_coach.routine.flow import Intent
from cramp_coach.session.commands import Control, meaning
from cramp_coach.speech.recognition import Command


@pytest.mark.parametrize(
    ("command", "kind", "expected"),
    [
        (Command.BETTER, StepKind.CHECK, Intent.EASED),
        (Command.BETTER, StepKind.STOP, Intent.NEXT),
        (Command.BETTER, StepKind.HOLD, None),
        (Command.READY, StepKind.STOP, Intent.NEXT),
        (Command.READY, StepKind.POSITION, Intent.NEXT),
        (Command.READY, StepKind.CHECK, None),  # never taken as "it has eased"
        (Command.SKIP, StepKind.CHECK, None),
        (Command.SKIP, StepKind.TIMER, Intent.NEXT),
        (Command.SKIP, StepKind.DONE, None),
        (Command.AGAIN, StepKind.TIMER, Intent.CAME_BACK),
        (Command.STOP, StepKind.HOLD, Intent.STOP),
        (Command.PAUSE, StepKind.HOLD, Control.PAUSE),
        (Command.RESUME, StepKind.HOLD, Control.RESUME),
        (Command.REPEAT, StepKind.INFO, Control.REPEAT),
    ],
)
def test_meaning(command: Command, kind: StepKind, expected: Intent | Control | None) -> None:
    assert meaning(command, kind) == expected
