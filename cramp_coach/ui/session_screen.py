"""A prevention session on screen: the guided set's screen (ui.guided_screen), with the session's
progress over it ("Exercise 2 of 4 · Set 1 of 3 · Left leg · Rep 6 of 8"), the get-ready and the
rests between exercises, and Back / Skip exercise beside its buttons. "I have a cramp now" is
the window's own header button (and Ctrl+Enter, and the spoken "again"): first aid wins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from cramp_coach.i18n import fill
from cramp_coach.routine.guided import GuidedExercise
from cramp_coach.routine.session_player import SessionPlayer, Stage
from cramp_coach.ui.access import describe, tab_chain
from cramp_coach.ui.actions import bind_action, hint, with_key
from cramp_coach.ui.announce import announce
from cramp_coach.ui.guided_screen import GuidedScreen
from cramp_coach.ui.texts import plain_label, scaled_font
from cramp_coach.ui.user_pictures import show_picture


class SessionScreen(GuidedScreen):
    """Shows a SessionPlayer: each exercise as a guided set, and the session around it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.player: SessionPlayer | None = None
        self.progress = plain_label("progress")
        self.back_button = QPushButton()
        self.skip_button = QPushButton()
        super().__init__(parent)
        describe(
            self.progress,
            self.tr("Progress"),
            self.tr("Which exercise, set, leg and rep of the session this is."),
        )
        self.back_button.setText(with_key(self.tr("Previous exercise"), "back"))
        self.skip_button.setText(with_key(self.tr("Skip exercise"), "skip_exercise"))
        describe(
            self.back_button,
            self.tr("Previous exercise"),
            fill(
                self.tr("Back to the start of this exercise, or the one before. Press %1."),
                hint("back"),
            ),
        )
        describe(
            self.skip_button,
            self.tr("Skip exercise"),
            fill(self.tr("Goes on to the next exercise. Press %1."), hint("skip_exercise")),
        )
        describe(
            self.stop_button,
            self.tr("Stop the session"),
            fill(
                self.tr("Ends the session here (what you did is kept in the journal). Press %1."),
                hint("stop"),
            ),
        )
        for button in (self.back_button, self.skip_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self.buttons.add(button)
        self.back_button.clicked.connect(self._back)
        self.skip_button.clicked.connect(self._skip)
        self.column.insertWidget(0, self.progress)
        tab_chain(
            [self.pause_button, self.next_button, self.stop_button, self.back_button,
             self.skip_button]
        )  # fmt: skip
        bind_action(self, [("back", self._back), ("skip_exercise", self._skip)])
        self._apply_sizes()

    def _size(self, factor: float) -> None:
        super()._size(factor)
        scaled_font(self.progress, 22 * factor, bold=True)
        for button in (self.back_button, self.skip_button):
            scaled_font(button, 20 * factor)
            button.setMinimumHeight(int(52 * factor))

    def show_player(self, player: SessionPlayer) -> None:
        """Shows this session (started right after)."""
        self.player = player
        player.guidedChanged.connect(self._show_guided)
        player.changed.connect(self._show)
        player.caption.connect(self.show_caption)
        player.countdownChanged.connect(self.ring.set_shown)
        player.pausedChanged.connect(self._show_paused)
        self.caption.setText("")

    def _show_guided(self, guided: GuidedExercise, drawn: QPixmap | None = None) -> None:
        self.show_run(guided, drawn, captions=False)

    def show_drawn(self, path: str, pixmap: QPixmap) -> None:
        if self.run is not None and str(self.run.exercise.picture) == path:
            show_picture(self.picture, self.user_picture, self.run.exercise, pixmap)

    def _show(self) -> None:
        player = self.player
        if player is None:
            return
        self.progress.setText(player.progress())
        stage = player.stage
        if stage is Stage.EXERCISE and self.run is player.guided:
            super()._show()
        elif stage in (Stage.GET_READY, Stage.BETWEEN):
            get_ready = stage is Stage.GET_READY
            self.where.setText(self.tr("Get ready") if get_ready else self.tr("Rest"))
            self.ring.set_caption(self.tr("GET READY") if get_ready else self.tr("REST"))
            self.ring.show_instead(None)
            self.rep.setText(fill(self.tr("Next: %1"), player.exercise.name))
            if player.ticker is not None:
                self.ring.set_total(round(player.ticker.countdown.total))
                self.ring.set_shown(player.ticker.countdown.shown())
            self._name_next(self.tr("Start the exercise now"))
        elif stage is Stage.DONE:
            self.where.setText(self.tr("Session done"))
            self.rep.setText("")
            self.ring.set_caption("")
            self._name_next(self.tr("Back to the library"))
            announce(self, self.progress.text(), assertive=True)
        elif stage in (Stage.STOPPED, Stage.INTERRUPTED):
            self.closed.emit()
        for button in (self.back_button, self.skip_button):
            button.setEnabled(player.running)

    def _name_next(self, name: str) -> None:
        self.next_button.setText(with_key(name, "confirm"))
        self.next_button.setAccessibleName(name)

    def _controlled(self) -> SessionPlayer | None:
        return self.player

    def _back(self) -> None:
        if self.player is not None:
            self.player.back()

    def _skip(self) -> None:
        if self.player is not None:
            self.player.skip()
