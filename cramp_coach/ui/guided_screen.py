"""A guided exercise on screen: set and rep, the countdown, the words spoken, the picture."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QPixmap
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from cramp_coach.content.exercises import Kind
from cramp_coach.i18n import fill
from cramp_coach.routine.guided import GuidedExercise, Phase, Side
from cramp_coach.ui.access import describe, enter_or, scrolled, tab_chain
from cramp_coach.ui.actions import bind_action, hint, with_key
from cramp_coach.ui.announce import announce
from cramp_coach.ui.countdown_ring import CountdownRing, height_at_100, ring_side
from cramp_coach.ui.flow_layout import FlowLayout, remeasure
from cramp_coach.ui.texts import (
    FitsOnResize,
    fit_type,
    plain_label,
    scaled_font,
    zoom_floor,
    zoom_kept,
)
from cramp_coach.ui.user_pictures import show_picture

if TYPE_CHECKING:
    from cramp_coach.routine.session_player import SessionPlayer


class GuidedScreen(FitsOnResize, QWidget):
    """Shows one guided exercise; Space pauses, Enter ends a set (one leg's reps, the switch
    between legs) or a rest early, Esc stops.

    For a screen reader: each new set, switch of legs, rest and the end are announced once
    (assertive), with the words said then; other spoken words ("Hold.", the warm-up's stages)
    politely; the rhythm of the reps and the countdown's seconds never (they come every second
    or two).
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run: GuidedExercise | None = None
        self.title = plain_label("title")
        self.dose = plain_label("dose")  # "2 × 8 reps each leg"
        self.where = plain_label("where")
        self.rep = plain_label("rep")
        self.ring = CountdownRing()
        self.ring.setAccessibleName(self.tr("Time left in this set or rest"))
        self.picture = QSvgWidget()
        self.picture.setMinimumSize(120, 90)
        self.user_picture = plain_label("user_picture", wrap=False)  # a user's, once drawn
        self.user_picture.setVisible(False)
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
        self._news: tuple[Phase, int, Side | None] | None = None  # the phase last announced
        self._news_due = False  # a new set or rest began: its words are announced
        self._paused = False

        side = QVBoxLayout()
        side.addWidget(self.where)
        side.addWidget(self.rep)
        side.addWidget(self.picture, 1)
        side.addWidget(self.user_picture, 1, Qt.AlignmentFlag.AlignCenter)
        middle = QHBoxLayout()
        middle.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignCenter)
        middle.addLayout(side, 1)
        self.buttons = buttons = FlowLayout(spacing=12)  # side by side, or stacked when large
        for button in (self.pause_button, self.stop_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.next_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        buttons.add(self.pause_button)
        buttons.add(self.next_button)
        buttons.add(self.stop_button)
        body = QWidget()
        self.column = column = QVBoxLayout(body)
        column.setContentsMargins(24, 16, 24, 16)
        column.addWidget(self.title)
        column.addWidget(self.dose)
        column.addLayout(middle, 1)
        self._middle = middle
        column.addWidget(self.caption)
        column.addLayout(buttons)
        self._buttons = buttons
        self._column = column
        # What does not fit the window (large text in a small one) scrolls: never drawn over.
        self.page = scrolled(body, self.tr("Scroll the instructions"))
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(self.page)
        tab_chain([self.pause_button, self.next_button, self.stop_button])
        bind_action(
            self,
            [
                ("confirm", enter_or(self, self._next)),
                ("pause", self._toggle_pause),
                ("stop", self._stop),
            ],
        )
        self._apply_sizes()

    # -- sizes: the ring a share of the window, the type as large as the room allows ---------

    def _apply_sizes(self) -> None:
        # The ring: its share of the window, as far as the other parts leave room with their
        # type as at 100 % (the same at every zoom); the type then fits around it.
        self._size(zoom_floor())
        layout = self._column
        remeasure(layout)
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        # Everything in the column but the ring's row (a session's progress line included).
        parts = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item.layout() is self._middle:
                continue
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            parts.append(item.heightForWidth(width) if item.hasHeightForWidth() else
                         item.sizeHint().height())  # fmt: skip
        spacing = layout.spacing() * len(parts)
        others = sum(parts) + spacing + margins.top() + margins.bottom() + 8
        side = max(120, min(ring_side(self.window()), height_at_100(self) - others))
        self.ring.setFixedSize(side, side)
        fits = fit_type(self._size, self._fits, zoom_kept()) and self._fits()
        bar = 0 if fits else self.page.verticalScrollBar().sizeHint().width()
        needed = self._column.totalHeightForWidth(self.width() - bar)
        self.page.widget().setFixedHeight(self.height() if fits else needed)

    def _fits(self) -> bool:
        remeasure(self._column)
        return self._column.totalHeightForWidth(self.width()) <= self.height()

    def _size(self, factor: float) -> None:
        scaled_font(self.title, 40 * factor, bold=True)
        scaled_font(self.dose, 22 * factor)
        scaled_font(self.where, 30 * factor, bold=True)
        scaled_font(self.rep, 30 * factor)
        scaled_font(self.caption, 24 * factor, italic=True)
        for button in (self.next_button, self.pause_button, self.stop_button):
            scaled_font(button, 20 * factor)
            button.setMinimumHeight(int(52 * factor))

    def show_run(
        self, run: GuidedExercise, drawn: QPixmap | None = None, captions: bool = True
    ) -> None:
        """Shows this exercise (the session starts it right after); `drawn`: the user's own
        picture, if drawn yet (ui.user_pictures); `captions`: its words are shown as it says
        them (a session player passes them on itself, with its own)."""
        self.run = run
        exercise = run.exercise
        self.title.setText(exercise.name)
        self.dose.setText(exercise.dose)
        show_picture(self.picture, self.user_picture, exercise, drawn)
        for picture in (self.picture, self.user_picture):
            describe(picture, fill(self.tr("Picture: %1"), exercise.name), exercise.purpose)
        self.caption.setText("")
        self._news, self._news_due, self._paused = None, False, False
        run.changed.connect(self._show)
        run.countdownChanged.connect(self.ring.set_shown)
        if captions:
            run.caption.connect(self.show_caption)
        run.pausedChanged.connect(self._show_paused)
        self._apply_sizes()  # its name and picture in place
        self.next_button.setFocus()

    def show_drawn(self, path: str, pixmap: QPixmap) -> None:
        """A user's picture, drawn while their exercise is shown."""
        if self.run is not None and str(self.run.exercise.picture) == path:
            show_picture(self.picture, self.user_picture, self.run.exercise, pixmap)

    def show_caption(self, text: str) -> None:
        """The words just spoken; a screen reader hears a new set's or rest's words at once,
        other words politely, and never the rhythm of the reps."""
        run = self.run
        self._show_spoken(self.caption, text)
        if self._news_due:
            self._news_due = False
            announce(self, text, assertive=True)
        elif run is not None and (
            run.exercise.kind is not Kind.REPS
            or text not in {beat.word for beat in run.exercise.cadence}
        ):
            announce(self, text)

    def _show(self) -> None:
        run = self.run
        assert run is not None
        exercise = run.exercise
        if run.phase in (Phase.WORK, Phase.SWITCH) and exercise.kind is Kind.MOVE:
            self.where.setText(self.tr("Easy movement"))
            self.ring.set_caption(self.tr("MOVE"))
        elif run.phase in (Phase.WORK, Phase.SWITCH):
            self.where.setText(fill(self.tr("Set %1 of %2"), run.set_number, exercise.sets))
            captions = {Kind.REPS: self.tr("SET"), Kind.HOLD: self.tr("HOLD")}
            switch = run.phase is Phase.SWITCH
            self.ring.set_caption(self.tr("SWITCH") if switch else captions[exercise.kind])
        elif run.phase is Phase.REST:
            self.where.setText(self.tr("Rest"))
            self.ring.set_caption(self.tr("REST"))
        if run.counting_reps:  # the big number is the rep the user counts, not the seconds
            self.ring.show_instead(str(run.rep))
            self.ring.set_caption(fill(self.tr("REP %1 OF %2"), run.rep, exercise.reps))
        else:
            self.ring.show_instead(None)
        next_name = self._next_name(run)
        self.next_button.setText(with_key(next_name, "confirm"))
        self.next_button.setAccessibleName(next_name)
        self.rep.setText(self._rep_text(run))
        if run.ticker is not None:
            self.ring.set_total(round(run.ticker.countdown.total))
            self.ring.set_shown(run.ticker.countdown.shown())
        if run.phase is Phase.DONE:
            self.where.setText(self.tr("Done"))
            self.ring.set_caption("")
        elif run.phase is Phase.STOPPED:
            self.closed.emit()
            return
        news = (run.phase, run.set_number, run.side)
        if news != self._news:  # a new set, a switch of legs, a rest or the end
            self._news = news
            # The right leg's reps follow the switch, whose words said so: nothing new to tell.
            self._news_due = not (run.phase is Phase.WORK and run.side is Side.RIGHT)

    def _next_name(self, run: GuidedExercise) -> str:
        """What Enter does now."""
        if run.phase is Phase.WORK and run.side is Side.LEFT:
            return self.tr("End the left leg")
        if run.phase is Phase.SWITCH:
            return self.tr("Start the right leg")
        if run.phase is Phase.REST:
            return self.tr("Skip the rest")
        if run.phase is Phase.DONE:
            return self.tr("Back to the library")
        return self.tr("End this set")

    def _rep_text(self, run: GuidedExercise) -> str:
        """The rep now (and the leg, one leg at a time), or what to do in the switch."""
        exercise = run.exercise
        if run.phase is Phase.SWITCH:
            return self.tr("Switch to the right leg")
        if run.phase is not Phase.WORK or exercise.kind is not Kind.REPS:
            return ""
        rep = max(1, run.rep)
        if run.side is Side.LEFT:
            return fill(self.tr("Left leg: rep %1 of %2"), rep, exercise.reps)
        if run.side is Side.RIGHT:
            return fill(self.tr("Right leg: rep %1 of %2"), rep, exercise.reps)
        return fill(self.tr("Rep %1 of %2"), rep, exercise.reps)

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
        if not changed or run is None or (run.phase, run.set_number, run.side) != self._news:
            return
        announce(
            self,
            fill(self.tr("Paused. Press %1 to resume."), hint("pause"))
            if paused
            else self.tr("Resumed."),
        )

    def _controlled(self) -> GuidedExercise | SessionPlayer | None:
        """What the buttons and keys act on: the guided set (a session screen: its player)."""
        return self.run

    def _next(self) -> None:
        run = self._controlled()
        if run is not None and run.running:
            run.next()
        else:
            self.closed.emit()

    def _toggle_pause(self) -> None:
        run = self._controlled()
        if run is not None:
            run.toggle_pause()

    def _stop(self) -> None:
        run = self._controlled()
        if run is not None and run.running:
            run.stop()
        else:
            self.closed.emit()
