"""Names vulture (`make lint`, dead code) cannot see used; keep this short and say why for each."""

# ruff: noqa: B018 (each line names what it allows: that is the point of the file)

from cramp_coach.app import FirstPaint
from cramp_coach.content.exercises import Family
from cramp_coach.content.guidance import Note, Urgency, WarningSign
from cramp_coach.crash import _LogFile
from cramp_coach.pocket.server import _Handler
from cramp_coach.routine.guided import GuidedExercise
from cramp_coach.routine.machine import _RuleTransition
from cramp_coach.ui.countdown_ring import CountdownRing
from cramp_coach.ui.dialog_fit import ChoiceBox
from cramp_coach.ui.flow_layout import FlowLayout
from cramp_coach.ui.main_window import MainWindow

# An exercise's family is read by value from assets/exercises/*.toml (Family("bridges")), never
# named in code; each member is still a family the data files may use.
Family.BRIDGES, Family.DEADLIFTS, Family.KNEE_CURLS, Family.WARM_UP, Family.STRETCH

# Overrides that Qt (or logging) calls by name: vulture sees no caller in Python.
FirstPaint.eventFilter
_LogFile.handleError
_RuleTransition.eventTest, _RuleTransition.onTransition
CountdownRing.paintEvent
ChoiceBox.minimumSizeHint  # (the routine screen, its one caller in Python, no longer asks)
MainWindow.closeEvent
FlowLayout.expandingDirections, FlowLayout.hasHeightForWidth

# How long one whole set of a guided exercise runs (both legs and the switch, one leg at a time):
# the tests move their clock through a set by it (tests/routine, tests/session).
GuidedExercise.work_seconds

# assets/guidance.toml: urgency is read by value (Urgency("emergency")), and every item's basis
# (its mainstream reference) is kept for the review and its test, never shown by the app.
Urgency.EMERGENCY, Urgency.URGENT
WarningSign.basis, Note.basis
# The routine's basis of `prolonged_extra`: read by tools/content_review.py (docs/content-review.md).
Routine.prolonged_basis

# Send to phone's server (pocket/server.py): http.server calls its handler's do_GET, do_HEAD and
# log_message by name, and reads the versions it names itself by.
_Handler.do_GET, _Handler.do_HEAD, _Handler.log_message
_Handler.server_version, _Handler.sys_version
