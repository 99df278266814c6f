"""What is spoken when: each step's cue on entry and the hold's time marks, never overlapping.

`fit_marks` is plain Python: it decides, from each cue's known length, which time marks can be
spoken whole. `CueCaller` listens to a RoutineMachine and tells a voice what to say, and the
window what caption to show, so nothing spoken is lost for someone who cannot hear it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from cramp_coach.content.routine import Mark, Routine, Step, StepKind
from cramp_coach.routine.clock import Alarm
from cramp_coach.routine.flow import Intent
from cramp_coach.routine.machine import RoutineMachine
from cramp_coach.routine.voice import CueVoice

log = logging.getLogger(__name__)

#: A question's answer window starts when the speaker says the question has been heard; if it
#: never says so, this long after the question's known (or estimated) length.
SAID_MARGIN_SECONDS = 1.5
SECONDS_PER_WORD = 0.45  # a generous guess for a cue not rendered yet: skip rather than overlap
GAP = 0.15  # silence kept between two cues


def estimate(text: str) -> float:
    """How long a text takes to say when its audio is not known yet (deliberately long)."""
    return 0.3 + SECONDS_PER_WORD * len(text.split())


def fit_marks(
    total: float,
    opening: str,
    marks: Sequence[Mark],
    length: Callable[[str], float | None],
) -> list[Mark]:
    """The marks that fit: each starts after what was said before has ended, and ends before the
    next mark is due (or the step ends). Decided from lengths, so no word is ever cut in half."""
    due = sorted((m for m in marks if m.left < total), key=lambda m: -m.left)

    def seconds(text: str) -> float:
        known = length(text)
        return known if known is not None else estimate(text)

    busy_until = seconds(opening)  # time since the step began
    kept: list[Mark] = []
    for index, mark in enumerate(due):
        start = total - mark.left
        next_due = total - due[index + 1].left if index + 1 < len(due) else total
        end = start + seconds(mark.text)
        if start >= busy_until + GAP and end + GAP <= next_due:
            kept.append(mark)
            busy_until = end
    return kept


def step_cue(
    routine: Routine,
    step: Step,
    *,
    reps: int,
    hands_free: bool,
    voice: bool,
    after: Step | None = None,
    warning: str = "",
    signs: str = "",
) -> str:
    """Exactly what is said on entering `step`, as one utterance so nothing in it is cut off:
    the end of the timer that ran out (`after`), a warning said once, the cue (hands-free: the
    question with its default), the spoken general guidance, and (hands-free, at a Done with
    the warning signs) the warning signs, said once in a run."""
    cue = step.cue
    if hands_free and step.wait_cue:
        last = reps >= routine.max_reps
        cue = step.wait_cue_last if last and step.wait_cue_last else step.wait_cue
    parts = [after.end_cue if after is not None else "", warning]
    parts += [routine.fill(cue, reps=reps, step=step, voice=voice), step.extra_cue]
    if hands_free and step.warning_signs and step.kind is StepKind.DONE:
        parts.append(signs)
    return " ".join(part for part in parts if part)


def warnings(routine: Routine) -> tuple[str, str]:
    """What is said once on leaving the stretch: prolonged, or no answer after the last
    stretch, each followed by its general guidance (get care now if it is severe)."""
    extra = routine.fill(routine.prolonged_extra) if routine.prolonged_extra else ""

    def with_extra(text: str) -> str:
        return " ".join(part for part in (routine.fill(text), extra) if part)

    return with_extra(routine.prolonged), with_extra(routine.unanswered)


def spoken_texts(routine: Routine, hands_free: bool, voice: bool, signs: str = "") -> list[str]:
    """Every utterance a run can say, built as step_cue builds them, to render ahead of time."""
    said_once = ["", *warnings(routine)]
    check = routine.index(next(s.id for s in routine.steps if s.kind is StepKind.CHECK))
    texts: list[str] = []
    for index, step in enumerate(routine.steps):
        before = routine.steps[index - 1] if index else None
        afters = [None, before] if before is not None and before.end_cue else [None]
        for reps in range(routine.max_reps + 1):
            for after in afters:
                for warning in said_once if check < index else [""]:
                    for said in dict.fromkeys((signs, "")):  # the signs are said once a run
                        texts.append(
                            step_cue(
                                routine, step, reps=reps, hands_free=hands_free, voice=voice,
                                after=after, warning=warning, signs=said,
                            )
                        )  # fmt: skip
    texts += [mark.text for mark in routine.marks]
    triage = routine.triage
    if hands_free and triage is not None and triage.unclear_cue:
        texts.append(routine.fill(triage.unclear_cue, step=triage, voice=voice))
    return list(dict.fromkeys(texts))


class CueCaller(QObject):
    """Speaks a run of the routine: step cues on entry, time marks on their second."""

    caption = Signal(str)  # the words just spoken (or that would have been, when muted)

    def __init__(
        self,
        machine: RoutineMachine,
        speaker: CueVoice,
        time_marks: bool = True,
        voice: bool = False,
        signs: str = "",
    ) -> None:
        super().__init__(machine)  # lives as long as the run it speaks
        self.machine = machine
        self.speaker = speaker
        self.time_marks = time_marks
        self.voice = voice  # whether voice commands work, so cues can say "say ready"
        self.signs = signs  # the warning signs as spoken once, hands-free, at Done
        self.marks: dict[int, str] = {}
        self._last_step = ""
        self._warned = False  # the "prolonged: consult a physician" line is said once
        self._signs_said = False  # so are the warning signs (hands-free, at Done)
        self._last_said = ""
        self._question: Alarm | None = None  # the fallback for "the question has been said"
        self._question_playing = False  # the question's audio has started being heard
        self._playing = False  # a cue is being heard now
        self._cut = False  # a pause cut the step's question off: said again on resume
        machine.defer_waits = True  # hands-free answer windows start when the question ends
        speaker.playingChanged.connect(self._on_playing)
        machine.stepEntered.connect(self._on_step)
        machine.countdownChanged.connect(self._on_second)
        machine.pausedChanged.connect(self._on_paused)
        machine.ended.connect(self._on_ended)
        machine.countdownReplaced.connect(self._on_countdown_replaced)
        self._safely(
            lambda: speaker.prepare(spoken_texts(machine.routine, machine.hands_free, voice, signs))
        )

    def _on_step(self, _step_id: str) -> None:
        machine = self.machine
        step = machine.step
        routine = machine.routine
        previous = routine.step(self._last_step) if self._last_step else None
        ran_out = machine.last_intent is Intent.ELAPSED and previous is not None
        warning = ""
        if step.kind is not StepKind.CHECK and not self._warned:
            prolonged, unanswered = warnings(routine)
            if machine.progress.prolonged:
                warning = prolonged
            elif machine.progress.unanswered:
                warning = unanswered
            self._warned = bool(warning)
        signs = "" if self._signs_said else self.signs
        text = self._cue(step, after=previous if ran_out else None, warning=warning, signs=signs)
        if signs and signs in text:
            self._signs_said = True
        self._last_step = step.id
        self.marks = {}
        if step.kind is StepKind.HOLD and self.time_marks:
            fitted = fit_marks(step.seconds, text, routine.marks, self._length)
            self.marks = {m.left: m.text for m in fitted}
        self._say(text)

    def _cue(
        self, step: Step, after: Step | None = None, warning: str = "", signs: str = ""
    ) -> str:
        machine = self.machine
        return step_cue(
            machine.routine,
            step,
            reps=machine.progress.reps,
            hands_free=machine.hands_free,
            voice=self.voice,
            after=after,
            warning=warning,
            signs=signs,
        )

    def say_unclear(self) -> None:
        """Hands-free, at the triage: something was heard that was not an answer, so the
        default is now the injury steps; say so."""
        step = self.machine.step
        if step.unclear_cue:
            self._say(self.machine.routine.fill(step.unclear_cue, step=step, voice=self.voice))

    def repeat(self) -> None:
        """Says the last cue again ("repeat")."""
        if self._last_said:
            self._say(self._last_said)

    def _on_countdown_replaced(self) -> None:
        """Hands-free switched mid-question: the question again, as it now stands (with its
        default and the time left, or waiting for an answer): the caption and "repeat" must
        not promise a default that no longer comes."""
        step = self.machine.step
        started = step.timed and not self.machine.waiting_to_start  # the ice: on its way
        if step.wait_cue and not started:
            self._say(self._cue(step))
        elif self.machine.asking:
            self.machine.question_said()  # nothing new to say: the window starts now

    def _length(self, text: str) -> float | None:
        try:
            return self.speaker.duration(text)
        except Exception:
            return None

    def _on_second(self, left: int) -> None:
        text = self.marks.get(left)
        if text is not None and not self.machine.paused:
            self._say(text, mark=True)

    def _on_paused(self, paused: bool) -> None:
        if paused:
            # A question cut off by the pause ("Has the cramp eased? If so, ...") is said again
            # on resume, or its window would run with half of it heard; a hold's count is not.
            self._cut = self._playing and not self.machine.step.timed
            self._safely(self.speaker.stop)  # never "three, two, one" after a pause
        elif self._cut:
            self._cut = False
            self.repeat()

    def _on_ended(self) -> None:
        self._safely(self.speaker.stop)

    def _say(self, text: str, mark: bool = False) -> None:
        self._last_said = text
        self.caption.emit(text)
        self._safely(lambda: self._speak(text, mark))
        if not mark:
            self._forget_question()
            if self.machine.asking:
                self._wait_for_question(text)

    def _wait_for_question(self, text: str) -> None:
        """The question is on its way: its answer window starts when the speaker reports the
        end of its audio, or SAID_MARGIN_SECONDS after its length if it never does, or at once
        when nothing is heard (speech off or muted: the caption is the question)."""
        if self.speaker.problem is not None or self.speaker.muted:
            self.machine.question_said()
            return
        length = self._length(text)
        seconds = (length if length is not None else estimate(text)) + SAID_MARGIN_SECONDS
        clock = self.machine.clock
        self._question = clock.call_at(clock.now() + seconds, self._question_said)

    def _on_playing(self, playing: bool) -> None:
        self._playing = playing
        if self._question is None:
            return
        if playing:
            self._question_playing = True
        elif self._question_playing:
            self._question_said()  # its audio ended (or was cut: then nothing more is coming)

    def _question_said(self) -> None:
        self._forget_question()
        self.machine.question_said()

    def _forget_question(self) -> None:
        if self._question is not None:
            self._question.cancel()
        self._question = None
        self._question_playing = False

    def _speak(self, text: str, mark: bool) -> None:
        if self.speaker.problem is None:
            self.speaker.say(text)
        elif mark:
            self.speaker.beep()  # speech is off: a beep still marks the second

    def _safely(self, call: Callable[[], None]) -> None:
        """A speech engine fault must never stop or slow the routine: log it and go on."""
        try:
            call()
        except Exception:
            log.exception("the speech engine failed; the routine goes on with captions")
