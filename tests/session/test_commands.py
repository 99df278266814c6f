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
        (Command.BETTER, StepKind.STOP, Intent.NEXT),  # waiting for it to ease: it has
        (Command.BETTER, StepKind.HOLD, None),
        (Command.BETTER, StepKind.TRIAGE, None),  # "better" says nothing of cramp or injury
        (Command.BETTER, StepKind.INFO, None),
        (Command.READY, StepKind.STOP, Intent.NEXT),
        (Command.READY, StepKind.POSITION, Intent.NEXT),
        (Command.READY, StepKind.CHECK, None),  # never taken as "it has eased"
        (Command.READY, StepKind.TRIAGE, Intent.NEXT),  # "it is a cramp"
        (Command.READY, StepKind.INFO, Intent.NEXT),  # stopped running
        (Command.INJURY, StepKind.TRIAGE, Intent.INJURY),  # "could be an injury"
        (Command.SKIP, StepKind.TRIAGE, None),  # no answer to "a cramp, or an injury?"
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


@pytest.mark.parametrize("kind", list(StepKind))
def test_injury_means_something_only_at_the_triage(kind: StepKind) -> None:
    assert meaning(Command.INJURY, kind) == (Intent.INJURY if kind is StepKind.TRIAGE else None)


@pytest.mark.parametrize("command", list(Command))
def test_only_injury_and_ready_answer_the_triage(command: Command) -> None:
    answers = {Command.READY: Intent.NEXT, Command.INJURY: Intent.INJURY}
    means = meaning(command, StepKind.TRIAGE)
    if command in answers:
        assert means is answers[command]
    else:  # no other word moves on from the question (stop, pause, repeat... still work)
        assert means not in (Intent.NEXT, Intent.INJURY, Intent.EASED)
