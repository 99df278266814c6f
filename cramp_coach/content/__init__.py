"""Loading and validating the data files in assets/ into plain dataclasses."""

from cramp_coach.content.errors import ContentError
from cramp_coach.content.routine import Mark, Routine, Step, StepKind, load_routine

__all__ = ["ContentError", "Mark", "Routine", "Step", "StepKind", "load_routine"]
