"""The screen that guides through the routine: where you are, what to do, and the countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.content.routine import StepKind
from cramp_coach.routine.flow import Intent, Outcome
from cramp_coach.routine.machine import RoutineMachine, Summary
from cramp_coach.ui.countdown_ring import CountdownRing
from cramp_coach.ui.keys import bind_keys
from cramp_coach.ui.texts import plain_label, scaled_font


class RoutineScreen(QWidget):
    """Shows one run of the routine and turns keys and buttons into intents for the machine."""

    closed = Signal()  # the user finished at Done, or the run was stopped
    why_requested = Signal()  # "Why did it happen?" at Done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.machine: RoutineMachine | None = None

        self.where = plain_label("where", wrap=False)
        self.paused_label = plain_label("paused")
        self.paused_label.setText(self.tr("Paused: press Space to resume"))
        self.title = plain_label("title")
        self.ring = CountdownRing()
        self.ring.setObjectName("ring")
        self.instruction = plain_label("instruction")
        self.extra = plain_label("extra")
        self.summary = plain_label("summary")
        self.warning = plain_label("warning")
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.doctor = plain_label("doctor")
        self.advice = plain_label("advice")  # from the journal: recurring, see a physician
        self.advice.hide()
        self.why_button = QPushButton(self.tr("Why did it happen?   (W)"))
        self.why_button.setObjectName("why")
        self.why_button.clicked.connect(self.why_requested)
        self.why_button.hide()
        self.journal_enabled = False
        self.caption = plain_label("caption")
        self.caption.setAccessibleName(self.tr("Spoken cue"))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.primary = QPushButton()
        self.primary.setObjectName("primary")
        self.secondary = QPushButton()
        self.secondary.setObjectName("secondary")
        for button in (self.primary, self.secondary):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.primary.clicked.connect(lambda: self._send(Intent.NEXT))
        self.secondary.clicked.connect(lambda: self._send(Intent.STILL))

        self.pause_button = QPushButton()
        self.back_button = QPushButton(self.tr("Back  (Backspace)"))
        self.came_back_button = QPushButton(self.tr("The cramp came back  (C)"))
        self.stop_button = QPushButton(self.tr("Stop  (Esc)"))
        self.pause_button.clicked.connect(self._toggle_pause)
        self.back_button.clicked.connect(lambda: self._send(Intent.BACK))
        self.came_back_button.clicked.connect(lambda: self._send(Intent.CAME_BACK))
        self.stop_button.clicked.connect(self.stop)
        self.primary.setAccessibleName(self.tr("Next"))
        self.secondary.setAccessibleName(self.tr("Still cramping"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.came_back_button.setAccessibleName(self.tr("The cramp came back"))
        self.stop_button.setAccessibleName(self.tr("Stop the routine"))

        self.top = QHBoxLayout()
        self.top.addWidget(self.where, 1)
        # The words scroll rather than being cut off when a long text meets a small window.
        words_box = QWidget()
        words = QVBoxLayout(words_box)
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(12)
        # Most important first: on Done, the doctor line comes before the prevention advice.
        words_list = (self.paused_label, self.summary, self.warning, self.advice, self.doctor)
        for label in words_list:
            words.addWidget(label)
        words.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignLeft)  # in sight at Done
        for label in (self.instruction, self.extra):
            words.addWidget(label)
        words.addStretch(1)
        self.words = QScrollArea()
        self.words.setObjectName("words")
        self.words.setWidget(words_box)
        self.words.setWidgetResizable(True)
        self.words.setFrameShape(QFrame.Shape.NoFrame)
        self.words.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle = QHBoxLayout()
        middle.addWidget(self.ring, 2)
        middle.addWidget(self.words, 3)
        answers = QHBoxLayout()
        answers.addWidget(self.primary)
        answers.addWidget(self.secondary)
        self.tools = QHBoxLayout()
        for button in (self.pause_button, self.back_button, self.came_back_button):
            self.tools.addWidget(button)
        self.tools.addStretch(1)
        self.tools.addWidget(self.stop_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(14)
        outer.addLayout(self.top)
        outer.addWidget(self.title)
        outer.addLayout(middle, 1)
        outer.addWidget(self.caption)
        outer.addLayout(answers)
        outer.addLayout(self.tools)

        bar = self.words.verticalScrollBar()

        def scroll(by: int) -> None:
            bar.setValue(bar.value() + by * bar.pageStep() // 2)

        bind_keys(
            self,
            [
                ("Return", lambda: self._send(Intent.NEXT)),
                ("Enter", lambda: self._send(Intent.NEXT)),
                ("E", lambda: self._send(Intent.EASED)),
                ("S", lambda: self._send(Intent.STILL)),
                ("Space", self._toggle_pause),
                ("Backspace", lambda: self._send(Intent.BACK)),
                ("C", lambda: self._send(Intent.CAME_BACK)),
                ("Escape", self.stop),
                ("W", self._why),
                ("PgDown", lambda: scroll(1)),
                ("Down", lambda: scroll(1)),
                ("PgUp", lambda: scroll(-1)),
                ("Up", lambda: scroll(-1)),
            ],
        )
        self._long_text = False
        self._toggles: list[QToolButton] = []
        self._apply_sizes()

    # -- wiring ----------------------------------------------------------------------------

    def add_toggle(self, action: QAction) -> None:
        """Shows a window-wide toggle (sound, hands-free) at the top, beside where you are."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.top.addWidget(button)
        self._toggles.append(button)

    def show_advice(self, text: str) -> None:
        """The journal's word at Done: e.g. recurring cramps, consult a physician."""
        self.advice.setText(text)
        self.advice.setVisible(bool(text))

    def _why(self) -> None:
        if self.why_button.isVisible():
            self.why_requested.emit()

    def show_caption(self, text: str) -> None:
        """The words just spoken, so nothing said is lost for someone who cannot hear it."""
        self.caption.setText(f"\u201c{text}\u201d" if text else "")

    def run(self, machine: RoutineMachine) -> None:
        """Shows this run and starts it."""
        self.machine = machine
        self.show_caption("")
        machine.stepEntered.connect(self._show_step)
        machine.countdownReplaced.connect(self._show_step)
        machine.countdownChanged.connect(self.ring.set_shown)
        machine.pausedChanged.connect(self._show_paused)
        machine.ended.connect(self._ended)
        self._show_paused(False)
        machine.start()
        self.setFocus()

    def _send(self, intent: Intent) -> None:
        if self.machine is not None:
            self.machine.send(intent)

    def _toggle_pause(self) -> None:
        if self.machine is not None:
            self.machine.toggle_pause()

    def stop(self) -> None:
        """Esc: ends the run straight away; no question asked."""
        if self.machine is not None:
            self.machine.stop()

    def _ended(self) -> None:
        self.closed.emit()

    # -- showing ---------------------------------------------------------------------------

    def _show_step(self, _step_id: str = "") -> None:
        machine = self.machine
        assert machine is not None
        step = machine.step
        routine = machine.routine
        where = self.tr("Step %1 of %2").replace("%1", str(machine.step_number))
        where = where.replace("%2", str(len(routine.steps)))
        if machine.rep:
            rep = self.tr("Rep %1 of %2").replace("%1", str(machine.rep))
            where += "   ·   " + rep.replace("%2", str(routine.max_reps))
        self.where.setText(where)
        self.title.setText(machine.text(step.title))
        self.instruction.setText(machine.text(step.text))
        self.extra.setText(
            self.tr("General guidance, not from the source article: %1").replace("%1", step.extra)
            if step.extra
            else ""
        )
        self.extra.setVisible(bool(step.extra))

        countdown = machine.countdown
        self.ring.setVisible(countdown is not None)
        if countdown is not None:
            self.ring.set_total(round(countdown.total))
            self.ring.set_shown(countdown.shown())
            self.ring.set_caption(self._ring_caption(step.kind))

        progress = machine.progress
        warning = routine.prolonged if progress.prolonged else ""
        warning = routine.unanswered if progress.unanswered else warning
        self.warning.setText(routine.fill(warning))
        self.warning.setVisible(bool(warning) and step.kind is not StepKind.CHECK)
        done = step.kind is StepKind.DONE
        self.summary.setVisible(done)
        self.doctor.setVisible(done)
        self.why_button.setVisible(done and self.journal_enabled)
        if not done:
            self.show_advice("")
        if done:
            self.summary.setText(self.describe(machine.summary()))
            self.doctor.setText(step.doctor)
        self._long_text = done
        self._apply_sizes()
        self.words.verticalScrollBar().setValue(0)

        is_check = step.kind is StepKind.CHECK
        self.primary.setText(
            self._with_key(step.eased_label if is_check else step.confirm, "Enter")
        )
        self.primary.setVisible(bool(step.eased_label if is_check else step.confirm))
        self.secondary.setVisible(is_check)
        if is_check:
            self.secondary.setText(self._with_key(step.still_label, "S"))
        self.pause_button.setEnabled(countdown is not None)
        self.back_button.setEnabled(machine.step_number > 1 and not done)
        self.came_back_button.setEnabled(step.kind is not StepKind.STOP)

    def _ring_caption(self, kind: StepKind) -> str:
        """What the number counts: so the get-ready 5 is never mistaken for the hold."""
        return {
            StepKind.POSITION: self.tr("GET READY"),
            StepKind.HOLD: self.tr("HOLD"),
            StepKind.TIMER: "",
        }.get(kind, self.tr("ANSWER IN"))

    def _with_key(self, label: str, key: str) -> str:
        return f"{label}   ({key})"

    def _show_paused(self, paused: bool) -> None:
        self.paused_label.setVisible(paused)
        self.ring.set_paused(paused)
        self.pause_button.setText(
            self.tr("Resume  (Space)") if paused else self.tr("Pause  (Space)")
        )

    def describe(self, summary: Summary) -> str:
        """One line for the Done screen: stretches, how it ended, and how long it took."""
        stretches = self.tr("%1 of %2 stretches").replace("%1", str(summary.reps))
        stretches = stretches.replace("%2", str(summary.max_reps))
        outcome = {
            Outcome.EASED: self.tr("the cramp eased"),
            Outcome.PROLONGED: self.tr("the cramp was prolonged"),
            Outcome.STOPPED: self.tr("stopped early"),
            Outcome.UNANSWERED: self.tr("no answer given"),
        }[summary.outcome]
        minutes, seconds = divmod(round(summary.seconds), 60)
        took = self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(seconds))
        return "   ·   ".join((stretches, outcome, took))

    # -- sizes: everything scales with the window, so it reads from two metres away ---------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        unit = max(1.0, min(self.height() / 600, self.width() / 800))
        for button, size in ((self.primary, 28), (self.secondary, 28)):
            scaled_font(button, size * unit, bold=button is self.primary)
            button.setMinimumHeight(int(64 * unit))
        small = (self.pause_button, self.back_button, self.came_back_button, self.stop_button)
        for button in (*small, *self._toggles):
            scaled_font(button, 18 * unit)
            button.setMinimumHeight(int(40 * unit))
        scaled_font(self.where, 20 * unit)
        scaled_font(self.why_button, 20 * unit)
        self.why_button.setMinimumHeight(int(44 * unit))
        scaled_font(self.title, 44 * unit, bold=True)
        # The words shrink (down to a floor) rather than scroll out of sight in a small window.
        scale = 1.0
        while True:
            self._size_words(unit * scale)
            if scale <= 0.6 or not self._words_overflow():
                break
            scale -= 0.1

    def _size_words(self, unit: float) -> None:
        sizes = {
            self.paused_label: 30,
            self.instruction: 22 if self._long_text else 30,
            self.extra: 18,
            self.summary: 24,
            self.warning: 24,
            self.doctor: 22,
            self.advice: 22,
            self.caption: 20,
        }
        for widget, size in sizes.items():
            scaled_font(
                widget,
                max(15.0, size * unit),  # never so small it cannot be read
                bold=widget in (self.warning, self.paused_label, self.doctor, self.advice),
                italic=widget in (self.extra, self.caption),
            )

    def _words_overflow(self) -> bool:
        viewport = self.words.viewport()
        box = self.words.widget()
        if not self.isVisible() or viewport.height() <= 0:
            return False
        layout = box.layout()
        needed = layout.totalHeightForWidth(viewport.width())
        return needed > viewport.height()
