"""The screen that guides through the routine: where you are, what to do, and the countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.content.assets import asset
from cramp_coach.content.guidance import Guidance
from cramp_coach.content.routine import Step, StepKind
from cramp_coach.i18n import fill
from cramp_coach.routine.flow import Intent, Outcome
from cramp_coach.routine.machine import RoutineMachine, Summary
from cramp_coach.ui.access import describe, enter_or, scrolled, strip_key_hint, tab_chain
from cramp_coach.ui.actions import bind_action, hint, with_key
from cramp_coach.ui.announce import announce
from cramp_coach.ui.countdown_ring import BESIDE_WORDS, FULL, CountdownRing, ring_side
from cramp_coach.ui.flow_layout import FlowLayout, remeasure
from cramp_coach.ui.keys import bind_keys
from cramp_coach.ui.listening_indicator import ListeningIndicator
from cramp_coach.ui.texts import FitsOnResize, fit_type, plain_label, scaled_font, zoom_floor
from cramp_coach.ui.user_pictures import load_svg

HOLDING = (StepKind.POSITION, StepKind.HOLD)  # the stretch: its picture, and a large countdown


class RoutineScreen(FitsOnResize, QWidget):
    """Shows one run of the routine and turns keys and buttons into intents for the machine.

    For a screen reader: each step is announced once as it is entered (assertive: the last step
    is stale), and each caption spoken after it (the time marks, "three, two, one") politely;
    the countdown's seconds never are. The step's main answer has the focus, so Enter does what
    the focus ring shows; the other buttons take focus from Tab only, never from a click.
    """

    closed = Signal()  # the user finished at Done, or the run was stopped
    why_requested = Signal()  # "Why did it happen?" at Done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.machine: RoutineMachine | None = None
        self._toggles: list[QToolButton] = []  # sound, hands-free: added by the window
        self.listening = ListeningIndicator()  # after the toggles: voice commands heard or not

        self.where = plain_label("where", wrap=False)
        self.paused_label = plain_label("paused")
        self.paused_label.setText(self.tr("Paused: press Space to resume"))
        self.title = plain_label("title")
        self.ring = CountdownRing()
        self.ring.setObjectName("ring")
        self.ring.setAccessibleName(self.tr("Time left in this step"))
        # The stretch to hold, as the library shows it (position and hold steps).
        self.picture = QSvgWidget()
        self.picture.setObjectName("picture")
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setMinimumSize(80, 80)
        self.picture.hide()
        self._picture_file = ""
        self.instruction = plain_label("instruction")
        self.extra = plain_label("extra")
        self.summary = plain_label("summary")
        self.warning = plain_label("warning")
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.doctor = plain_label("doctor")
        # "Not medical advice…": one line at the start of the routine.
        self.notice = plain_label("notice")
        # The warning signs (assets/guidance.toml) on the steps that ask for them.
        self.signs = plain_label("signs")
        self.signs.setFrameShape(QFrame.Shape.StyledPanel)
        self.guidance: Guidance | None = None
        self.advice = plain_label("advice")  # from the journal: recurring, see a physician
        self.advice.hide()
        self.why_button = QPushButton(with_key(self.tr("Why did it happen?"), "why"))
        self.why_button.setObjectName("why")
        self.why_button.clicked.connect(self.why_requested)
        self.why_button.hide()
        describe(
            self.why_button,
            self.tr("Why did it happen?"),
            fill(self.tr("A few questions about what led to this cramp. Press %1."), hint("why")),
        )
        self.journal_enabled = False
        self.caption = plain_label("caption")
        describe(
            self.caption,
            self.tr("Spoken cue"),
            self.tr("The words just spoken, for anyone who cannot hear them."),
        )
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.primary = QPushButton()
        self.primary.setObjectName("primary")
        self.secondary = QPushButton()
        self.secondary.setObjectName("secondary")
        for button in (self.primary, self.secondary):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.primary.clicked.connect(lambda: self._send(Intent.NEXT))
        self.secondary.clicked.connect(self._secondary_answer)

        # Which leg? Asked once, out of the way, beside where the run is; never required.
        self.leg_question = plain_label("leg_question", wrap=False)
        self.leg_question.setText(self.tr("Which leg?"))
        self.left_button = QPushButton(with_key(self.tr("Left"), "leg_left"))
        self.right_button = QPushButton(with_key(self.tr("Right"), "leg_right"))
        for button, leg, name in (
            (self.left_button, "left", self.tr("Left leg")),
            (self.right_button, "right", self.tr("Right leg")),
        ):
            button.setObjectName(f"leg_{leg}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, leg=leg: self._set_leg(leg))
            describe(
                button,
                name,
                fill(
                    self.tr("The cramp is in this leg (for the journal). Press %1."),
                    hint(f"leg_{leg}"),
                ),
            )

        self.pause_button = QPushButton()
        self.back_button = QPushButton(with_key(self.tr("Back"), "back"))
        self.came_back_button = QPushButton(with_key(self.tr("The cramp came back"), "came_back"))
        self.stop_button = QPushButton(with_key(self.tr("Stop"), "stop"))
        self.pause_button.clicked.connect(self._toggle_pause)
        self.back_button.clicked.connect(lambda: self._send(Intent.BACK))
        self.came_back_button.clicked.connect(lambda: self._send(Intent.CAME_BACK))
        self.stop_button.clicked.connect(self.stop)
        # The answers' names follow each step (see _show_step); these are for before the first.
        describe(self.primary, self.tr("Go on"), fill(self.tr("Press %1."), hint("confirm")))
        describe(
            self.secondary, self.tr("Still cramping"), fill(self.tr("Press %1."), hint("still"))
        )
        describe(
            self.pause_button,
            self.tr("Pause"),
            fill(self.tr("Pauses or resumes the countdown. Press %1."), hint("pause")),
        )
        describe(
            self.back_button,
            self.tr("Back"),
            fill(self.tr("Goes back one step. Press %1."), hint("back")),
        )
        describe(
            self.came_back_button,
            self.tr("The cramp came back"),
            fill(self.tr("Returns to the stretch. Press %1."), hint("came_back")),
        )
        describe(
            self.stop_button,
            self.tr("Stop the routine"),
            fill(self.tr("Ends the routine at once. Press %1."), hint("stop")),
        )
        # Keyboard focus moves by Tab alone: a click leaves it on the answer Enter gives.
        for control in self._buttons():
            control.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        # One unit (question and both answers), so a layout for a narrow window can move it whole.
        self.leg_row = QWidget()
        self.leg_row.setObjectName("leg_row")
        leg = QHBoxLayout(self.leg_row)
        leg.setContentsMargins(0, 0, 0, 0)
        for widget in (self.leg_question, self.left_button, self.right_button):
            leg.addWidget(widget)
        # Rows that wrap: at a large text size or in a narrow window the buttons stack.
        self.top = FlowLayout()
        self.top.add(self.where)
        self.top.add(self.leg_row)
        self.top.add(self.listening)
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
        for label in (self.instruction, self.extra, self.signs):
            words.addWidget(label)
        self._words_layout = words
        words.addStretch(1)
        # Up, Down, PgUp and PgDown scroll the words from anywhere on the screen, so the area
        # is no Tab stop of its own between the user and the answers.
        self.words = scrolled(words_box, self.tr("Scroll the instructions"))
        self.words.setObjectName("words")
        describe(
            self.words,
            self.tr("Instructions"),
            self.tr("The Up and Down keys scroll these words."),
        )
        side = QVBoxLayout()  # the words, and under them the picture of the stretch
        side.addWidget(self.words, 1)
        side.addWidget(self.picture, 1)
        self._side = side
        middle = QHBoxLayout()
        middle.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignCenter)
        middle.addLayout(side, 1)
        self.answers = answers = FlowLayout(spacing=12)
        answers.add(self.primary)
        answers.add(self.secondary)
        self.tools = FlowLayout(spacing=8)
        for button in (self.pause_button, self.back_button, self.came_back_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self.tools.add(button)
        self.tools.add(self.stop_button, right=True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        outer.addLayout(self.top)
        outer.addWidget(self.title)
        # Under the title, not in the words that scroll: never cut off by a small window.
        outer.addWidget(self.notice)
        outer.addLayout(middle, 1)
        outer.addWidget(self.caption)  # beside the ring at a hold (see _place_caption)
        outer.addLayout(answers)
        outer.addLayout(self.tools)

        bar = self.words.verticalScrollBar()

        def scroll(by: int) -> None:
            bar.setValue(bar.value() + by * bar.pageStep() // 2)

        bind_action(
            self,
            [
                ("confirm", enter_or(self, lambda: self._send(Intent.NEXT))),
                ("eased", lambda: self._send(Intent.EASED)),
                ("still", lambda: self._send(Intent.STILL)),
                ("injury", lambda: self._send(Intent.INJURY)),
                ("pause", self._toggle_pause),
                ("back", lambda: self._send(Intent.BACK)),
                ("came_back", lambda: self._send(Intent.CAME_BACK)),
                ("leg_left", lambda: self._set_leg("left")),
                ("leg_right", lambda: self._set_leg("right")),
                ("stop", self.stop),
                ("why", self._why),
            ],
        )
        bind_keys(  # the words scroll, as in any text
            self,
            [
                ("PgDown", lambda: scroll(1)),
                ("Down", lambda: scroll(1)),
                ("PgUp", lambda: scroll(-1)),
                ("Up", lambda: scroll(-1)),
            ],
        )
        self._long_text = False
        self._secondary_key = "still"  # the key of the second answer: "still", or "injury"
        self._step_visit = 0  # how many steps of this run were announced
        self._cue_visit = 0  # the step whose entry cue was seen (it is not announced again)
        self._paused = False
        self._set_tab_order()
        self._apply_sizes()

    def _buttons(self) -> list[QAbstractButton]:
        """The controls, top to bottom and left to right: the order Tab visits them in."""
        return [
            self.left_button,
            self.right_button,
            *self._toggles,
            self.why_button,
            self.primary,
            self.secondary,
            self.pause_button,
            self.back_button,
            self.came_back_button,
            self.stop_button,
        ]

    def _set_tab_order(self) -> None:
        tab_chain(self._buttons())

    # -- wiring ----------------------------------------------------------------------------

    def add_toggle(self, action: QAction) -> None:
        """Shows a window-wide toggle (sound, hands-free) at the top, beside where you are."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.top.insert(self.top.indexOf(self.listening), button)
        self._toggles.append(button)
        self._name_toggles()
        action.changed.connect(self._name_toggles)  # let go of by Qt when this screen goes
        self._set_tab_order()

    def _name_toggles(self) -> None:
        """A toggle's name is its text without the key ("Sound on"), the key is in its
        description; both follow the window's renaming (on and off, another language)."""
        for button in self._toggles:
            action = button.defaultAction()
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            description = fill(self.tr("Turns this on or off. Press %1."), key)
            describe(button, strip_key_hint(action.text()), description)

    def show_advice(self, text: str) -> None:
        """The journal's word at Done: e.g. recurring cramps, consult a physician."""
        if text and text != self.advice.text():
            announce(self, text)
        self.advice.setText(text)
        self.advice.setVisible(bool(text))
        self._one_physician_line()
        self._apply_sizes()  # the words make room for it

    def _one_physician_line(self) -> None:
        """Done says to see a physician once: the journal's advice (it names the recurring and
        prolonged cramps), else the routine's line."""
        machine = self.machine
        if machine is not None and machine.step.kind is StepKind.DONE:
            self.doctor.setVisible(self.advice.isHidden())

    def _why(self) -> None:
        if self.why_button.isVisible():
            self.why_requested.emit()

    def show_caption(self, text: str) -> None:
        """The words just spoken, so nothing said is lost for someone who cannot hear it.

        A screen reader is told too, except for the cue said on entering a step: the step's
        own announcement (its title and instruction) already says it."""
        self._show_spoken(self.caption, text)
        if text and not self._is_entry_cue():
            announce(self, text)

    def _is_entry_cue(self) -> bool:
        """Whether a caption is the cue of the step just entered: the first one of the step,
        at the moment it began (whichever of the step and its cue reached the screen first)."""
        machine = self.machine
        if machine is None or not machine.visits or self._cue_visit == len(machine.visits):
            return False
        self._cue_visit = len(machine.visits)
        return machine.clock.now() - machine.visits[-1].at < self.ENTRY_CUE_SECONDS

    ENTRY_CUE_SECONDS = 0.5  # a cue is said as its step begins; a time mark comes much later

    def show_run(self, machine: RoutineMachine, guidance: Guidance | None = None) -> None:
        """Shows this run (the session starts it right after), with the warning signs and the
        notice of `guidance`."""
        self.machine = machine
        self.guidance = guidance
        self._step_visit = self._cue_visit = 0
        self._paused = False
        self.show_caption("")
        machine.stepEntered.connect(self._show_step)
        machine.countdownReplaced.connect(self._show_step)
        machine.countdownChanged.connect(self.ring.set_shown)
        machine.pausedChanged.connect(self._show_paused)
        machine.legChanged.connect(self._show_leg)
        machine.ended.connect(self._ended)
        self._show_paused(False)
        self._show_leg()
        self._focus_main()

    def _send(self, intent: Intent) -> None:
        if self.machine is not None:
            self.machine.send(intent)

    def _secondary_answer(self) -> None:
        """The second answer: "Still cramping" at the check, "Could be an injury" at the
        triage, "Skip the ice" while the ice is being fetched."""
        machine = self.machine
        if machine is None:
            return
        if machine.waiting_to_start:
            machine.skip_timer()
            return
        triage = machine.step.kind is StepKind.TRIAGE
        self._send(Intent.INJURY if triage else Intent.STILL)

    def _set_leg(self, leg: str) -> None:
        machine = self.machine
        if machine is not None and machine.running:
            machine.set_leg(leg)
        self._show_leg()

    def _show_leg(self, _leg: str = "") -> None:
        """The question until it is answered; then the answer, still changeable."""
        leg = self.machine.leg if self.machine is not None else None
        self.left_button.setChecked(leg == "left")
        self.right_button.setChecked(leg == "right")
        self.leg_question.setText(self.tr("Which leg?") if leg is None else self.tr("Leg:"))

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
        where = [fill(self.tr("Step %1 of %2"), machine.step_number, len(machine.path))]
        if machine.rep:
            where.append(fill(self.tr("Rep %1 of %2"), machine.rep, routine.max_reps))
        self.where.setText("   ·   ".join(where))
        self.title.setText(machine.text(step.title))
        done = step.kind is StepKind.DONE
        self.instruction.setText(self._instruction(step))
        guidance = self.guidance
        # The warning signs come after what to do now; at Done, before the prevention advice.
        words = self._words_layout
        words.removeWidget(self.signs)
        words.insertWidget(words.indexOf(self.why_button if done else self.extra), self.signs)
        self.signs.setText(self._warning_signs() if step.warning_signs else "")
        self.signs.setVisible(bool(self.signs.text()))
        first = machine.step_number == 1
        self.notice.setText(guidance.notice if guidance is not None and first else "")
        self.notice.setVisible(bool(self.notice.text()))

        countdown = machine.countdown
        self.ring.setVisible(countdown is not None)
        self._show_picture(step.picture)
        if countdown is not None:
            self.ring.set_total(round(countdown.total))
            self.ring.set_shown(countdown.shown())
            waits = machine.waiting_to_start  # the ice is being fetched
            self.ring.set_caption(
                self.tr("NOT STARTED") if waits else self._ring_caption(step.kind)
            )

        progress = machine.progress
        warning = routine.prolonged if progress.prolonged else ""
        warning = routine.unanswered if progress.unanswered else warning
        self.warning.setText(routine.fill(warning) if warning else "")
        # At Done the prolonged line is the doctor line (see _one_physician_line).
        self.warning.setVisible(bool(warning) and step.kind not in (StepKind.CHECK, StepKind.DONE))
        # After the prolonged line, "severe, or still not easing: get care now" leads the step's
        # general guidance; where the warning signs show, one of them says it already.
        urgent = warning and self.warning.isVisibleTo(self) and not step.warning_signs
        self.extra.setText(
            self._general_guidance(step, routine.fill(routine.prolonged_extra) if urgent else "")
        )
        self.extra.setVisible(bool(self.extra.text()))
        self.summary.setVisible(done)
        self.doctor.setVisible(done)
        # The cramp's causes are asked after a cramp, not after what could be an injury.
        injury = machine.progress.outcome is Outcome.INJURY
        self.why_button.setVisible(done and self.journal_enabled and not injury)
        if not done:
            self.show_advice("")
        if done:
            self.summary.setText(self.describe(machine.summary()))
            self.doctor.setText(self.warning.text() or step.doctor)
            self._one_physician_line()
        self._long_text = done or bool(step.signs)

        is_check = step.kind is StepKind.CHECK
        is_triage = step.kind is StepKind.TRIAGE
        waiting = machine.waiting_to_start  # the ice is being fetched: its timer waits
        answer = {StepKind.CHECK: step.eased_label, StepKind.TRIAGE: step.cramp_label}.get(
            step.kind, step.start_label if waiting else step.confirm
        )
        self.primary.setText(with_key(answer, "confirm"))
        self.primary.setAccessibleName(answer)
        self.primary.setVisible(bool(answer))
        self.secondary.setVisible(is_check or is_triage or waiting)
        self._secondary_key = "injury" if is_triage else "still"
        if is_check or is_triage:
            label = step.injury_label if is_triage else step.still_label
            self.secondary.setText(with_key(label, self._secondary_key))
            describe(self.secondary, label, fill(self.tr("Press %1."), hint(self._secondary_key)))
        elif waiting:  # no key of its own: Tab, or a click (hands-free: say skip)
            self.secondary.setText(step.skip_label)
            describe(self.secondary, step.skip_label, self.tr("Goes on without the ice."))
        self.pause_button.setEnabled(countdown is not None and not waiting)
        self.back_button.setEnabled(machine.allows(Intent.BACK))
        self.came_back_button.setEnabled(machine.allows(Intent.CAME_BACK))
        self._apply_sizes()  # with the step's words and answers in place
        self.words.verticalScrollBar().setValue(0)

        if len(machine.visits) != self._step_visit:  # a step entered, not just a new countdown
            self._step_visit = len(machine.visits)
            self._focus_answer()
            announce(self, self._step_news(where, done, is_check or is_triage), assertive=True)

    def _show_picture(self, name: str) -> None:
        if name and name != self._picture_file:
            load_svg(self.picture, str(asset("illustrations", name)))
        self._picture_file = name or self._picture_file
        self.picture.setVisible(bool(name))
        describe(self.picture, self.tr("Picture of the stretch") if name else "", "")

    def _instruction(self, step: Step) -> str:
        """The step's words; at the triage, with the signs of an injury, one to a line."""
        assert self.machine is not None
        text = self.machine.text(step.text)
        signs = [f"\u2022 {self.machine.text(sign)}" for sign in step.signs]
        return "\n".join((text, *signs))

    def _general_guidance(self, step: Step, first: str = "") -> str:
        """The line marking what is not from the source: `first` and the step's `extra`, or (a
        step that is all general guidance) the mark alone."""
        said = " ".join(text for text in (first, step.extra) if text)
        if said:
            return fill(self.tr("General guidance, not from the source article: %1"), said)
        if step.guidance:
            return self.tr("General guidance, not from the source article.")
        return ""

    def _warning_signs(self) -> str:
        """The warning signs box: its heading, each sign with what to do, and the mark."""
        guidance = self.guidance
        if guidance is None:
            return ""
        heading = guidance.marked_heading
        # The short form of each sign (what is noticed: what to do), as the voice says it: a
        # screen in pain is read in a glance; the sheet and the journal give the full lines.
        return "\n".join((heading, *(f"\u2022 {sign.cue}" for sign in guidance.signs)))

    def _focus_answer(self) -> None:
        """A new step: the focus goes to its main answer (unless it is outside this screen,
        e.g. on the notice bar), so Enter and the focus ring agree."""
        focused = self.window().focusWidget()
        if focused is None or focused is self or self.isAncestorOf(focused):
            self._focus_main()

    def _focus_main(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        if self.primary.isVisibleTo(self):
            self.primary.setFocus(reason)
        else:
            self.setFocus(reason)  # no answer to give: the keys still work on the screen

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        """The window gives the screen the focus (e.g. back from a dialog): the step's answer
        takes it. Not a focus proxy: Qt would then jump to the proxy whenever Tab enters the
        screen, skipping the sound and hands-free toggles before it."""
        super().focusInEvent(event)
        if self.primary.isVisibleTo(self):
            self.primary.setFocus(event.reason())

    def _step_news(self, where: list[str], done: bool, is_check: bool) -> str:
        """What a screen reader is told on entering a step: what to do first, then where the
        run is and which keys answer."""
        shown = [self.title.text()]
        if done:
            shown += [self.summary.text(), self.doctor.text()]
        shown.append(self.instruction.text())
        for label in (self.extra, self.warning, self.signs, self.notice):
            if label.isVisibleTo(self):
                shown.append(label.text())
        shown.append(", ".join(where))
        if self.primary.isVisibleTo(self):
            shown.append(fill(self.tr("%1: %2"), hint("confirm"), self.primary.accessibleName()))
        if is_check:
            shown.append(
                fill(self.tr("%1: %2"), hint(self._secondary_key), self.secondary.accessibleName())
            )
        if done and self.why_button.isVisibleTo(self):
            shown.append(fill(self.tr("%1: %2"), hint("why"), self.why_button.accessibleName()))
        return " ".join(_sentence(text) for text in shown if text.strip())

    def _ring_caption(self, kind: StepKind) -> str:
        """What the number counts: so the get-ready 5 is never mistaken for the hold."""
        return {
            StepKind.POSITION: self.tr("GET READY"),
            StepKind.HOLD: self.tr("HOLD"),
            StepKind.TIMER: "",
        }.get(kind, self.tr("ANSWER IN"))

    def _pause_texts(self) -> tuple[str, str]:
        return with_key(self.tr("Pause"), "pause"), with_key(self.tr("Resume"), "pause")

    def _fit_pause_button(self) -> None:
        """As wide as its longer text, so Pause turning into Resume moves no other button."""
        button = self.pause_button
        metrics = button.fontMetrics()

        def text_width(text: str) -> int:  # measured as QPushButton.sizeHint() measures it
            return metrics.size(Qt.TextFlag.TextShowMnemonic, text).width()

        frame = button.sizeHint().width() - text_width(button.text())
        button.setMinimumWidth(frame + max(text_width(text) for text in self._pause_texts()))

    def _show_paused(self, paused: bool) -> None:
        self.paused_label.setVisible(paused)
        self.ring.set_paused(paused)
        self._fit_pause_button()  # for the font it has now (the user may have zoomed)
        pause, resume = self._pause_texts()
        self.pause_button.setText(resume if paused else pause)
        self.pause_button.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        changed, self._paused = paused != self._paused, paused
        machine = self.machine
        # Resuming because a new step began is left to that step's announcement.
        if not changed or machine is None or len(machine.visits) != self._step_visit:
            return
        if paused:
            left = self.tr("Paused with %1 left. Press %2 to resume.")
            announce(self, fill(left, self._seconds(self.ring.seconds), hint("pause")))
        else:
            announce(self, self.tr("Resumed."))

    def _seconds(self, seconds: int) -> str:
        """Time left in words, as a screen reader should say it ("9 minutes 58 seconds")."""
        minutes, rest = divmod(seconds, 60)
        if minutes and rest:
            return fill(self.tr("%1 minutes %2 seconds"), minutes, rest)
        if minutes:
            return fill(self.tr("%1 minutes"), minutes)
        return fill(self.tr("%1 seconds"), seconds)

    def describe(self, summary: Summary) -> str:
        """One line for the Done screen: stretches, how it ended, and how long it took."""
        minutes, seconds = divmod(round(summary.seconds), 60)
        took = fill(self.tr("%1 min %2 s"), minutes, seconds)
        if summary.outcome is Outcome.INJURY:
            return "   ·   ".join((self.tr("could be an injury: no stretching"), took))
        one = summary.reps == 1
        outcome = {  # what happened, and after how many stretches: never "1 of 3", as if unfinished
            Outcome.EASED: self.tr("the cramp eased after 1 stretch")
            if one
            else self.tr("the cramp eased after %1 stretches"),
            Outcome.PROLONGED: self.tr("still cramping after %1 stretches"),
            Outcome.STOPPED: self.tr("stopped after 1 stretch")
            if one
            else self.tr("stopped after %1 stretches"),
            Outcome.UNANSWERED: self.tr("no answer after 1 stretch")
            if one
            else self.tr("no answer after %1 stretches"),
        }[summary.outcome]
        return "   ·   ".join((fill(outcome, summary.reps), took))

    # -- sizes: everything scales with the window, so it reads from two metres away ---------

    def _apply_sizes(self) -> None:
        unit = max(1.0, min(self.height() / 600, self.width() / 800))
        # A hold fills what is left with its countdown; a timer beside long words less.
        full = self.machine is not None and self.machine.step.kind in HOLDING
        side = ring_side(self.window(), FULL if full else BESIDE_WORDS)
        self.ring.setFixedSize(side, side)
        self._place_caption(full)

        # The user's text size (Ctrl+Plus) makes the routine's type bigger as far as the step,
        # its words too, still fits beside the ring (never smaller than at 100 % for it).
        def both(factor: float) -> None:
            self._size_fixed(unit * factor)
            self._size_words(unit * factor)

        fit = fit_type(
            both,
            lambda: self._needed_height() <= self.height() and self._words_fit(),
            zoom_floor(),
        )
        # A long spoken line in a small window: the parts that never scroll make room for it.
        if self._needed_height() > self.height():
            fit *= fit_type(
                lambda f: self._size_fixed(unit * fit * f),
                lambda: self._needed_height() <= self.height(),
                0.7,
            )
        # The words shrink (down to a floor) rather than scroll out of sight in a small window.
        fit_type(lambda f: self._size_words(unit * fit * f), self._words_fit, 0.6)

    def _place_caption(self, beside: bool) -> None:
        """At a hold the spoken line sits beside the ring, under the picture, so the ring can
        take the window's height; elsewhere it runs the whole width under the words."""
        outer = self.layout()
        if beside == (self._side.indexOf(self.caption) >= 0):
            return
        if beside:
            outer.removeWidget(self.caption)
            self._side.addWidget(self.caption)
        else:
            self._side.removeWidget(self.caption)
            outer.insertWidget(outer.indexOf(self.answers), self.caption)

    def _size_fixed(self, unit: float) -> None:
        """The parts that never scroll: where, title, the answers and the other buttons."""
        for button, size in ((self.primary, 28), (self.secondary, 28)):
            scaled_font(button, size * unit, bold=button is self.primary)
            button.setMinimumHeight(int(64 * unit))
        small = (self.pause_button, self.back_button, self.came_back_button, self.stop_button)
        scaled_font(self.listening, 18 * unit)
        scaled_font(self.leg_question, 17 * unit)
        for button in (*small, *self._toggles, self.left_button, self.right_button):
            # 17 px: Pause, Back, The cramp came back and Stop in one row at 800 px wide
            scaled_font(button, 17 * unit)
            button.setMinimumHeight(int(40 * unit))
        self._fit_pause_button()
        scaled_font(self.where, 20 * unit)
        scaled_font(self.why_button, 20 * unit)
        self.why_button.setMinimumHeight(int(44 * unit))
        scaled_font(self.title, 44 * unit, bold=True)
        least = 15 * zoom_floor()  # 15 px on screen at any zoom: never too small to read
        scaled_font(self.notice, max(least, 16 * unit))
        scaled_font(self.caption, max(least, 20 * unit), italic=True)

    def _needed_height(self) -> int:
        """The height the parts that never scroll take at this width, with the ring (or a few
        lines of words where no ring shows)."""
        return self._measure()[0]

    def _measure(self) -> tuple[int, int, int]:
        """The height the step needs with a few lines of words, and the width and height the
        words then have, at the fonts set now (Qt lays the screen out later)."""
        outer = self.layout()
        remeasure(outer)
        margins = outer.contentsMargins()
        gap = outer.spacing()
        width = self.width() - margins.left() - margins.right()
        parts = [self.top.heightForWidth(width), self.answers.heightForWidth(width)]
        parts.append(self.tools.heightForWidth(width))
        parts += [label.heightForWidth(width) for label in (self.title, self.notice)
                  if label.isVisibleTo(self)]  # fmt: skip
        ring = self.ring.height() if self.ring.isVisibleTo(self) else 0
        beside = width - self.ring.width() - gap if ring else width
        lines = 3 * self.instruction.fontMetrics().lineSpacing()
        words = max(lines, self.words.minimumSizeHint().height())
        caption = self.caption.heightForWidth(beside) + gap if self.caption.text() else 0
        inside = self._side.indexOf(self.caption) >= 0  # the caption beside the ring
        parts.append(max(ring, words + caption) if inside else max(ring, words))
        if not inside:
            parts.append(caption)
        slack = 8  # the rounding of a dozen widgets' heights
        needed = sum(parts) + gap * (len(parts) - 1) + margins.top() + margins.bottom() + slack
        middle = parts[5 if self.notice.isVisibleTo(self) else 4] + self.height() - needed
        room = middle - (caption if inside else 0)
        if self.picture.isVisibleTo(self):
            room = (room - gap) // 2  # the picture takes as much as the words
        bar = self.words.verticalScrollBar().sizeHint().width()
        return needed, beside - bar, room

    def _size_words(self, unit: float) -> None:
        sizes = {
            self.paused_label: 30,
            self.instruction: 22 if self._long_text else 30,
            self.extra: 18,
            self.signs: 18,
            self.summary: 24,
            self.warning: 24,
            self.doctor: 22,
            self.advice: 22,
        }
        for widget, size in sizes.items():
            scaled_font(
                widget,
                max(15 * zoom_floor(), size * unit),  # never so small it cannot be read
                bold=widget in (self.warning, self.paused_label, self.doctor, self.advice),
                italic=widget is self.extra,
            )

    def _words_fit(self) -> bool:
        """Whether the words show whole, without scrolling, in the room they would have."""
        if not self.isVisible():
            return True
        _, width, height = self._measure()
        layout = self.words.widget().layout()
        return layout.totalHeightForWidth(max(1, width)) <= height


def _sentence(text: str) -> str:
    """A text that ends like a sentence, so a screen reader pauses after it."""
    text = text.strip()
    return text if text[-1:] in ".!?:…" else text + "."
