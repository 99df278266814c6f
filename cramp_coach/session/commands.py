"""What a spoken command means in the step the routine is in (plain Python)."""

from __future__ import annotations

from enum import Enum

from cramp_coach.content.routine import StepKind
from cramp_coach.routine.flow import Intent
from cramp_coach.speech.recognition import Command


class Control(Enum):
    """Commands that act on the run itself rather than move it."""

    PAUSE = "pause"
    RESUME = "resume"
    REPEAT = "repeat"


def meaning(command: Command, kind: StepKind) -> Intent | Control | None:
    """The intent (or control) a command stands for here; None when it means nothing here.

    "ready" and "skip" never answer the check: only "better" says the cramp has eased, so a
    misheard word cannot end the stretching early. "better" while waiting for the cramp to stop
    is the same as "it has eased". At the triage, "ready" means "it is a cramp" and "injury"
    "could be an injury"; "skip" answers nothing there.
    """
    if command is Command.BETTER:
        answers = {StepKind.CHECK: Intent.EASED, StepKind.STOP: Intent.NEXT}
        return answers.get(kind)
    if command is Command.INJURY:
        return Intent.INJURY if kind is StepKind.TRIAGE else None
    if command is Command.SKIP and kind is StepKind.TRIAGE:
        return None  # "skip" is no answer to "a cramp, or an injury?"
    if command in (Command.READY, Command.SKIP):
        return None if kind in (StepKind.CHECK, StepKind.DONE) else Intent.NEXT
    others: dict[Command, Intent | Control] = {
        Command.AGAIN: Intent.CAME_BACK,
        Command.STOP: Intent.STOP,
        Command.PAUSE: Control.PAUSE,
        Command.RESUME: Control.RESUME,
        Command.REPEAT: Control.REPEAT,
    }
    return others.get(command)
