"""Loading and validating the data files in assets/ into plain dataclasses."""

from cramp_coach.content.errors import ContentError
from cramp_coach.content.routine import Routine, Step, StepKind, load_routine

__all__ = ["ContentError", "Routine", "Step", "StepKind", "load_routine"]
