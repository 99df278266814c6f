"""The screen that guides through the routine: where you are, what to do, and the countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
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
from cramp_coach.ui.countdown_ring import (
    BESIDE_WORDS,
    FULL,
    CountdownRing,
    height_at_100,
    ring_side,
)
from cramp_coach.ui.flow_layout import FlowLayout, remeasure
from cramp_coach.ui.keys import bind_keys
from cramp_coach.ui.listening_indicator import ListeningIndicator
from cramp_coach.ui.texts import (
    FitsOnResize,
    fit_type,
    plain_label,
    scale_by,
    scaled_font,
    widest_word,
    zoom_floor,
    zoom_kept,
)
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
        self.title = plain_label("title")
        self.ring = CountdownRing()
        self.ring.setObjectName("ring")
        self.ring.setAccessibleName(self.tr("Time left in this step"))
        # The stretch to hold, as the library shows it (position and hold steps).
        self.picture = QSvgWidget()
        self.picture.setObjectName("picture")
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setMinimumSize(60, 60)
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

        # Rows that wrap: at a large text size or in a narrow window the buttons stack.
        self.top = FlowLayout()
        for widget in (self.where, self.leg_question, self.left_button, self.right_button):
            self.top.add(widget)
        self.top.add(self.listening)
        # The words take the room they need: what does not fit the window scrolls with the whole
        # step (the page below), the most important first; the type never shrinks to make room.
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
        self.words = scrolled(words_box, self.tr("Scroll the instructions"))
        self.words.setObjectName("words")
        self.words.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Beside the ring: the title, the words, and under them the picture of the stretch.
        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addWidget(self.notice)  # under the title, before the words: read next
        side.addWidget(self.words, 1)
        side.addWidget(self.picture, 1)
        side.addWidget(self.caption)
        self._middle = middle = QHBoxLayout()  # its column under the ring where too narrow
        middle.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        middle.addLayout(side, 1)
        self.answers = answers = FlowLayout(spacing=12)
        answers.add(self.primary)
        answers.add(self.secondary)
        self.tools = FlowLayout(spacing=8)
        for button in (self.pause_button, self.back_button, self.came_back_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self.tools.add(button)
        self.tools.add(self.stop_button, right=True)
        side.addLayout(self.tools)  # beside the ring too: it takes the height of the screen
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(24, 16, 24, 8)
        inner.setSpacing(10)
        inner.addLayout(self.top)
        inner.addLayout(middle, 1)
        self._inner = inner
        # Up, Down, PgUp and PgDown scroll the step from anywhere on the screen, so the page is
        # no Tab stop of its own between the user and the answers.
        self.page = scrolled(body, self.tr("Scroll the instructions"))
        self.page.setObjectName("page")
        describe(
            self.page,
            self.tr("Instructions"),
            self.tr("The Up and Down keys scroll these words."),
        )
        outer = QVBoxLayout(self)  # the answers stay in view under the page
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.page, 1)
        answers.setContentsMargins(24, 8, 24, 16)
        outer.addLayout(answers)

        bar = self.page.verticalScrollBar()

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
        self.page.verticalScrollBar().setValue(0)

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
        if self.listening.hears:  # what the voice says too ("Say resume to go on")
            self.paused_label.setText(self.tr("Paused: say resume or press Space"))
        else:
            self.paused_label.setText(self.tr("Paused: press Space to resume"))
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
        # The ring: its share of the window, as far as the step's other parts leave room with
        # their type as at 100 %: the same at every zoom, so larger text never makes it smaller.
        self._size_all(unit * zoom_floor())
        ring = 0
        if self.ring.isVisibleTo(self):
            room = height_at_100(self) - sum(self._heights(0, words=False))
            room -= self._inner.spacing()
            ring = max(120, min(ring_side(self.window(), FULL if full else BESIDE_WORDS), room))
            self.ring.setFixedSize(ring, ring)
        # The user's text size (Ctrl+Plus) makes the type larger as far as the step still fits
        # the window, never less than half way to the zoom (zoom_kept): the rest scrolls.
        factor = fit_type(
            lambda factor: self._size_all(unit * factor),
            lambda: sum(self._heights(ring)) <= self.height() and self._widest() <= self.width(),
            zoom_kept(),
        )
        if self._widest() > self.width():  # a long word (German) at 300 %: it must show whole
            fit_type(
                lambda f: self._size_all(unit * factor * f),
                lambda: self._widest() <= self.width(),
                0.3,
            )
        scrolls = sum(self._heights(ring)) > self.height()
        # What scrolls, the step first: where the run is, the leg and the toggles go under it.
        inner = self._inner
        if (inner.indexOf(self.top) == 0) == scrolls:
            inner.removeItem(self.top)
            inner.insertLayout(inner.count() if scrolls else 0, self.top)
        self._narrow_buttons(scrolls)
        body, answers = self._heights(ring, bar=scrolls)
        # The page's body exactly as tall as measured (Qt would size it by its parts' hints).
        self.page.widget().setFixedHeight(body if scrolls else self.height() - answers)

    def _narrow_buttons(self, bar: bool) -> None:
        """A button wider than the window at this type (a long answer at 300 % in 800 px)
        takes the largest type that shows its words whole: a button cannot wrap them."""
        room = self.width() - 48 - (self.page.verticalScrollBar().sizeHint().width() if bar else 0)
        buttons = (self.primary, self.secondary, *self._toggles, self.pause_button)
        for button in (*buttons, self.back_button, self.came_back_button, self.stop_button):
            if button.sizeHint().width() > room:
                fit_type(
                    lambda f, b=button: scale_by([b], f),
                    lambda b=button: b.sizeHint().width() <= room,
                    0.3,
                )

    def _size_all(self, unit: float) -> None:
        self._size_fixed(unit)
        self._size_words(unit)

    def _size_fixed(self, unit: float) -> None:
        """The parts around the words: where, title, the answers and the other buttons."""
        for button, size in ((self.primary, 28), (self.secondary, 28)):
            scaled_font(button, size * unit, bold=button is self.primary)
            button.setMinimumHeight(int(64 * unit))
        small = (self.pause_button, self.back_button, self.came_back_button, self.stop_button)
        # 18 px and up (times the window's size and the zoom): read from two metres away
        scaled_font(self.listening, 18 * unit)
        scaled_font(self.leg_question, 18 * unit)
        for button in (*small, *self._toggles, self.left_button, self.right_button):
            scaled_font(button, 18 * unit)
            button.setMinimumHeight(int(40 * unit))
        self._fit_pause_button()
        scaled_font(self.where, 20 * unit)
        scaled_font(self.why_button, 20 * unit)
        self.why_button.setMinimumHeight(int(44 * unit))
        scaled_font(self.title, 44 * unit, bold=True)
        scaled_font(self.notice, 18 * unit)
        scaled_font(self.caption, 20 * unit, italic=True)

    def _heights(self, ring: int, words: bool = True, bar: bool = False) -> tuple[int, int]:
        """The height the page needs at the fonts set now, with a ring of `ring` px (0: none)
        and the words whole (`words` false: without the ring's row, the room left for it);
        and the answers' under it.
        `bar`: beside the page's scroll bar. Qt lays the screen out later: measured here."""
        for layout in (self.layout(), self._inner, self._words_layout):
            remeasure(layout)
        inner = self._inner
        margins = inner.contentsMargins()
        gap = inner.spacing()
        width = self.width() - margins.left() - margins.right()
        if bar:
            width -= self.page.verticalScrollBar().sizeHint().width()
        parts = [self.top.heightForWidth(width)]
        beside = width - ring - gap if ring else width  # the column beside the ring
        under = bool(ring) and self._widest_in_column() > beside
        if under:  # a word or button wider than the room beside the ring: under it
            beside = width
        if words:  # else the ring's row, words, picture and all, is what is measured for
            told = max(0, self._words_layout.totalHeightForWidth(max(1, beside)))
            self.words.setMinimumHeight(told)  # never scrolls itself: the page does
            column = [told, self.tools.heightForWidth(beside)]
            column += [label.heightForWidth(beside) for label in (self.title, self.notice)
                       if label.isVisibleTo(self)]  # fmt: skip
            if self.caption.text():
                column.append(max(0, self.caption.heightForWidth(beside)))
            if self.picture.isVisibleTo(self):
                column.append(self.picture.minimumHeight())
            column_height = sum(column) + gap * (len(column) - 1)
            parts += [ring, column_height] if under else [max(ring, column_height)]
        # Stacked, the words come before the ring where they warn (the physician line, the
        # warning signs); the ring first at a hold.
        safety = (self.warning, self.signs, self.doctor, self.advice)
        first = any(label.isVisibleTo(self) for label in safety)
        self._middle.setDirection(
            QBoxLayout.Direction.LeftToRight
            if not under
            else QBoxLayout.Direction.BottomToTop
            if first
            else QBoxLayout.Direction.TopToBottom
        )
        slack = 8  # the rounding of a dozen widgets' heights
        body = sum(parts) + gap * (len(parts) - 1) + margins.top() + margins.bottom() + slack
        answers = self.answers.contentsMargins()
        room = self.width() - answers.left() - answers.right()
        below = self.answers.heightForWidth(room) if self.primary.isVisibleTo(self) else 0
        return body, below + answers.top() + answers.bottom()

    def _widest(self) -> int:
        """The width the page needs for its widest word or control, margins and bar with."""
        top = [self.where, self.leg_question, self.left_button, self.right_button, *self._toggles]
        return (
            48
            + self.page.verticalScrollBar().sizeHint().width()
            + max(
                self._widest_in_column(),
                max(widget.sizeHint().width() for widget in top),
                self.primary.sizeHint().width()
                // 2,  # an answer narrowed at last (_narrow_buttons)
            )
        )

    def _widest_in_column(self) -> int:
        """The widest word or button of the column beside the ring (it cannot be narrower)."""
        labels = [self.title, self.notice, self.caption, *self._words_labels()]
        shown = [label for label in labels if label.isVisibleTo(self)]
        return max(
            max((widest_word(label) for label in shown), default=0),
            max(b.sizeHint().width() for b in self._tool_buttons() if b.isVisibleTo(self)),
        )

    def _words_labels(self) -> tuple[QLabel, ...]:
        return (self.paused_label, self.summary, self.warning, self.advice, self.doctor,
                self.instruction, self.extra, self.signs)  # fmt: skip

    def _tool_buttons(self) -> tuple[QAbstractButton, ...]:
        return (self.pause_button, self.back_button, self.came_back_button, self.stop_button)

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
                size * unit,
                bold=widget in (self.warning, self.paused_label, self.doctor, self.advice),
                italic=widget is self.extra,
            )


def _sentence(text: str) -> str:
    """A text that ends like a sentence, so a screen reader pauses after it."""
    text = text.strip()
    return text if text[-1:] in ".!?:…" else text + "."
