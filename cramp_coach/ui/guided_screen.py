"""A guided exercise on screen: set and rep, the countdown, the words spoken, the picture."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cramp_coach.i18n import fill
from cramp_coach.routine.guided import GuidedExercise, Phase
from cramp_coach.ui.access import describe, enter_or, tab_chain
from cramp_coach.ui.actions import bind_action, hint, with_key
from cramp_coach.ui.announce import announce
from cramp_coach.ui.countdown_ring import CountdownRing
from cramp_coach.ui.texts import plain_label, scaled_font


class GuidedScreen(QWidget):
    """Shows one guided exercise; Space pauses, Enter ends a set or a rest early, Esc stops.

    For a screen reader: each new set, rest and the end are announced once (assertive), with
    the words said then; other spoken words ("Hold.") politely; the rhythm of the reps and the
    countdown's seconds never (they come every second or two).
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run: GuidedExercise | None = None
        self.title = plain_label("title")
        self.where = plain_label("where")
        self.rep = plain_label("rep")
        self.ring = CountdownRing()
        self.ring.setAccessibleName(self.tr("Time left in this set or rest"))
        self.picture = QSvgWidget()
        self.picture.setMinimumSize(200, 150)
        self.caption = plain_label("caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        describe(
            self.caption,
            self.tr("Spoken cue"),
            self.tr("The words just spoken, for anyone who cannot hear them."),
        )
        self.next_button = QPushButton()
        self.pause_button = QPushButton(with_key(self.tr("Pause"), "pause"))
        self.stop_button = QPushButton(with_key(self.tr("Stop"), "stop"))
        self.next_button.clicked.connect(self._next)
        self.pause_button.clicked.connect(self._toggle_pause)
        self.stop_button.clicked.connect(self._stop)
        describe(
            self.next_button, self.tr("End this set"), fill(self.tr("Press %1."), hint("confirm"))
        )
        describe(
            self.pause_button,
            self.tr("Pause"),
            fill(self.tr("Pauses or resumes the countdown. Press %1."), hint("pause")),
        )
        describe(
            self.stop_button,
            self.tr("Stop the exercise"),
            fill(
                self.tr("Ends this exercise and goes back to the library. Press %1."), hint("stop")
            ),
        )
        # Keyboard focus moves by Tab alone: a click leaves it on the button Enter presses.
        for button in (self.pause_button, self.next_button, self.stop_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._news: tuple[Phase, int] | None = None  # the set or rest last announced
        self._news_due = False  # a new set or rest began: its words are announced
        self._paused = False

        side = QVBoxLayout()
        side.addWidget(self.where)
        side.addWidget(self.rep)
        side.addWidget(self.picture, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.ring, 1)
        middle.addLayout(side, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.next_button, 1)
        buttons.addWidget(self.stop_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.addWidget(self.title)
        column.addLayout(middle, 1)
        column.addWidget(self.caption)
        column.addLayout(buttons)
        tab_chain([self.pause_button, self.next_button, self.stop_button])
        bind_action(
            self,
            [
                ("confirm", enter_or(self, self._next)),
                ("pause", self._toggle_pause),
                ("stop", self._stop),
            ],
        )
        scaled_font(self.title, 40, bold=True)
        scaled_font(self.where, 30, bold=True)
        scaled_font(self.rep, 30)
        scaled_font(self.caption, 24, italic=True)
        for button in (self.next_button, self.pause_button, self.stop_button):
            scaled_font(button, 20)
            button.setMinimumHeight(52)

    def show_run(self, run: GuidedExercise) -> None:
        """Shows this exercise (the session starts it right after)."""
        self.run = run
        exercise = run.exercise
        self.title.setText(exercise.name)
        if exercise.picture is not None:
            self.picture.load(str(exercise.picture))
        self.picture.setVisible(exercise.picture is not None)
        describe(self.picture, fill(self.tr("Picture: %1"), exercise.name), exercise.purpose)
        self.caption.setText("")
        self._news, self._news_due, self._paused = None, False, False
        run.changed.connect(self._show)
        run.countdownChanged.connect(self.ring.set_shown)
        run.caption.connect(self.show_caption)
        run.pausedChanged.connect(self._show_paused)
        self.next_button.setFocus()

    def show_caption(self, text: str) -> None:
        """The words just spoken; a screen reader hears a new set's or rest's words at once,
        other words politely, and never the rhythm of the reps."""
        run = self.run
        self.caption.setText(f"\u201c{text}\u201d" if text else "")
        if self._news_due:
            self._news_due = False
            announce(self, text, assertive=True)
        elif run is not None and text not in {beat.word for beat in run.exercise.cadence}:
            announce(self, text)

    def _show(self) -> None:
        run = self.run
        assert run is not None
        exercise = run.exercise
        if run.phase is Phase.WORK:
            self.where.setText(fill(self.tr("Set %1 of %2"), run.set_number, exercise.sets))
            self.next_button.setText(with_key(self.tr("End this set"), "confirm"))
            self.ring.set_caption(self.tr("SET") if exercise.reps else self.tr("HOLD"))
        elif run.phase is Phase.REST:
            self.where.setText(self.tr("Rest"))
            self.next_button.setText(with_key(self.tr("Skip the rest"), "confirm"))
            self.ring.set_caption(self.tr("REST"))
        if exercise.reps and run.phase is Phase.WORK:
            self.rep.setText(fill(self.tr("Rep %1 of %2"), max(1, run.rep), exercise.reps))
        else:
            self.rep.setText("")
        if run.ticker is not None:
            self.ring.set_total(round(run.ticker.countdown.total))
            self.ring.set_shown(run.ticker.countdown.shown())
        if run.phase is Phase.DONE:
            self.where.setText(self.tr("Done"))
            self.next_button.setText(with_key(self.tr("Back to the library"), "confirm"))
            self.ring.set_caption("")
        elif run.phase is Phase.STOPPED:
            self.closed.emit()
            return
        self.next_button.setAccessibleName(
            {
                Phase.WORK: self.tr("End this set"),
                Phase.REST: self.tr("Skip the rest"),
                Phase.DONE: self.tr("Back to the library"),
            }.get(run.phase, self.tr("End this set"))
        )
        if (run.phase, run.set_number) != self._news:  # a new set, a rest or the end
            self._news, self._news_due = (run.phase, run.set_number), True

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        """The window gives the screen the focus: the next button takes it (not a focus proxy,
        which Tab would jump to, skipping Pause before it)."""
        super().focusInEvent(event)
        self.next_button.setFocus(event.reason())

    def _show_paused(self, paused: bool) -> None:
        self.ring.set_paused(paused)
        resume, pause = with_key(self.tr("Resume"), "pause"), with_key(self.tr("Pause"), "pause")
        self.pause_button.setText(resume if paused else pause)
        self.pause_button.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        changed, self._paused = paused != self._paused, paused
        run = self.run
        # Resuming because a new set or rest began is left to its announcement.
        if not changed or run is None or (run.phase, run.set_number) != self._news:
            return
        announce(
            self,
            fill(self.tr("Paused. Press %1 to resume."), hint("pause"))
            if paused
            else self.tr("Resumed."),
        )

    def _next(self) -> None:
        if self.run is not None and self.run.running:
            self.run.next()
        else:
            self.closed.emit()

    def _toggle_pause(self) -> None:
        if self.run is not None:
            self.run.toggle_pause()

    def _stop(self) -> None:
        if self.run is not None and self.run.running:
            self.run.stop()
        else:
            self.closed.emit()
