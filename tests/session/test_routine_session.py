"""The routine session without a window: runs and their cues, the journal, spoken commands,
sound, hands-free and the microphone, guided sets; on a manual clock and a fake speaker."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine, StepKind
from cramp_coach.content.exercises import Exercise, load_library
from cramp_coach.context import AppContext
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.journal.store import Journal
from cramp_coach.routine.cues import spoken_texts
from cramp_coach.routine.flow import Intent, Outcome
from cramp_coach.routine.guided import NEXT_GUARD_SECONDS, GuidedExercise, Phase
from cramp_coach.routine.machine import RoutineMachine
from cramp_coach.session.routine_session import RoutineSession
from cramp_coach.settings import Settings
from cramp_coach.speech.recognition import Command
from tests.contexts import make_context
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle, wait_until_asked

T0 = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)


def step_id(routine: Routine, kind: StepKind) -> str:
    """The id of the routine's first step of this kind (the ids are the routine file's own)."""
    return next(step.id for step in routine.steps if step.kind is kind)


class FakeListener(QObject):
    """The microphone's interface: records start and stop; `works` says whether it can listen."""

    heard = Signal(object)  # Command
    unclear = Signal()  # something heard that was not a command
    tooNoisy = Signal()  # noqa: N815 (Qt naming)
    unavailable = Signal(str)

    def __init__(self, works: bool = True) -> None:
        super().__init__()
        self.works = works
        self.calls: list[str] = []
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    def start(self) -> bool:
        self.calls.append("start")
        self._active = self.works
        return self.works

    def stop(self) -> None:
        self.calls.append("stop")
        self._active = False

    def set_muted(self, muted: bool) -> None:
        pass


class Coach:
    """A session on the test's clock and speaker, with everything it emitted."""

    def __init__(self, session: RoutineSession, clock: ManualClock, speaker: FakeSpeaker) -> None:
        self.session = session
        self.context = session.context
        self.clock = clock
        self.speaker = speaker
        self.started: list[RoutineMachine] = []
        self.guided_started: list[GuidedExercise] = []
        self.captions: list[str] = []
        self.heard: list[str] = []
        self.saved: list[int] = []
        self.start_asked: list[bool] = []
        self.microphone_off: list[str] = []
        session.started.connect(self.started.append)
        session.guidedStarted.connect(self.guided_started.append)
        session.caption.connect(self.captions.append)
        session.heard.connect(self.heard.append)
        session.saved.connect(self.saved.append)
        session.startAsked.connect(lambda: self.start_asked.append(True))
        session.microphoneOff.connect(self.microphone_off.append)

    @property
    def machine(self) -> RoutineMachine:
        assert self.session.machine is not None
        return self.session.machine

    @property
    def step(self) -> str:
        return self.machine.step.id

    def start(self) -> bool:
        started = self.session.start_routine()
        settle()  # Qt's state machine enters the first step on the next turn of the loop
        return started

    def say(self, command: Command) -> None:
        self.session.on_command(command)
        settle()

    def send(self, *intents: Intent) -> None:
        for intent in intents:
            self.machine.send(intent)
            settle()

    def wait(self, seconds: float) -> None:
        self.clock.advance(seconds, settle)
        settle()

    def asked(self) -> None:
        """Lets the step's question be said: its hands-free answer window starts after it."""
        wait_until_asked(self.machine, self.wait)

    def walk_to(self, kind: StepKind) -> None:
        """Enter through the routine (at the check: it has eased) up to the first step of `kind`."""
        for _ in range(len(self.machine.routine.steps)):
            if self.machine.step.kind is kind:
                return
            self.send(Intent.NEXT)
        raise AssertionError(f"no {kind} step reached by Enter")


MakeCoach = Callable[..., Coach]


@pytest.fixture
def make_coach(
    qapp: object, routine: Routine, settings: Settings, clock: ManualClock
) -> Iterator[MakeCoach]:
    made: list[Coach] = []

    def make(listener: FakeListener | None = None, **options: Any) -> Coach:
        """`options`: make_context's (journal, hands_free, wall, ...)."""
        speaker = FakeSpeaker(clock, default_duration=0.4)
        context = make_context(routine, settings, clock, speaker, **options)
        context.listener = listener  # type: ignore[assignment]  # the microphone's interface
        coach = Coach(RoutineSession(context), clock, speaker)
        made.append(coach)
        return coach

    yield make
    for coach in made:
        coach.session.stop()
    settle()


@pytest.fixture
def coach(make_coach: MakeCoach) -> Coach:
    return make_coach()


@pytest.fixture
def exercise(tmp_path: Path) -> Exercise:
    user_folder = tmp_path / "exercises"
    user_folder.mkdir()
    return load_library(user_folder).exercises[0]


# -- starting a run -------------------------------------------------------------------------------


def test_a_run_is_announced_before_it_starts_and_opens_with_stop_running(
    coach: Coach, routine: Routine
) -> None:
    seen: list[tuple[RoutineMachine, bool, list[str]]] = []
    coach.session.started.connect(lambda m: seen.append((m, m.running, list(coach.captions))))
    assert coach.session.start_routine()
    machine = coach.machine
    assert seen == [(machine, False, [])]  # the window is told before anything is said
    settle()
    first = routine.steps[0]
    assert first.kind is StepKind.INFO and first.cue.startswith("Stop running")
    assert machine.running and coach.step == first.id
    cue = routine.fill(first.cue, step=first, voice=False)
    assert coach.speaker.spoken == [cue]
    assert coach.captions == [cue]  # what is said is also shown
    assert coach.session.busy


def test_a_second_start_while_running_is_refused_and_keeps_the_run(
    coach: Coach, routine: Routine
) -> None:
    assert coach.start()
    machine = coach.machine
    coach.walk_to(StepKind.POSITION)
    assert not coach.start()
    assert coach.session.machine is machine
    assert coach.started == [machine]
    assert coach.step == step_id(routine, StepKind.POSITION)  # not back to the first step


def test_a_new_run_after_one_ended_is_a_new_machine(coach: Coach, routine: Routine) -> None:
    coach.start()
    first_run = coach.machine
    coach.session.stop()
    settle()
    assert not coach.session.busy
    assert coach.start()
    assert coach.machine is not first_run and coach.step == routine.steps[0].id


# -- the journal ----------------------------------------------------------------------------------


def test_a_whole_run_is_recorded_in_the_journal(
    qtbot: QtBot, make_coach: MakeCoach, routine: Routine, writer: JournalWriter
) -> None:
    coach = make_coach(journal=writer, wall=lambda: T0)
    position, check = step_id(routine, StepKind.POSITION), step_id(routine, StepKind.CHECK)
    get_ready, hold = routine.step(position).seconds, routine.hold.seconds
    coach.start()
    coach.walk_to(StepKind.POSITION)  # stopped running; a cramp; it has stopped
    for _ in range(2):  # two stretches by the clock alone
        assert coach.step == position
        coach.wait(get_ready + hold)
        assert coach.step == check
        coach.send(Intent.STILL if coach.machine.progress.reps == 1 else Intent.EASED)
    assert coach.step == routine.step(check).eased
    with qtbot.waitSignal(coach.session.saved, timeout=3000) as saved:
        coach.walk_to(StepKind.DONE)  # the summary is on screen: the episode is written
    visited = [visit.step_id for visit in coach.machine.visits]
    coach.send(Intent.NEXT)  # finish
    assert not coach.machine.running
    writer.flush()
    qtbot.wait(20)
    settle()

    assert coach.saved == [saved.args[0]]  # once, not again on leaving the summary
    journal = Journal.open(writer.path)
    try:
        (episode,) = journal.episodes()
    finally:
        journal.close()
    assert episode.id == saved.args[0]
    assert (episode.reps, episode.outcome) == (2, Outcome.EASED.value)
    assert episode.started_at == T0
    assert [step.step_id for step in episode.steps] == visited
    assert visited.count(position) == 2


def test_without_a_journal_a_run_saves_nothing(coach: Coach) -> None:
    coach.start()
    coach.walk_to(StepKind.DONE)
    assert coach.session.recorder is None and coach.saved == []


# -- a spoken "stop" ------------------------------------------------------------------------------


STOP_LINE = "Paused. Say resume to go on, or press Escape to end the routine."


def test_a_spoken_stop_pauses_and_says_how_to_end(coach: Coach, routine: Routine) -> None:
    coach.start()
    coach.walk_to(StepKind.POSITION)  # in position: something counts down
    coach.say(Command.STOP)
    assert coach.machine.running and coach.step == step_id(routine, StepKind.POSITION)
    assert coach.machine.paused and coach.heard == ["Heard: stop"]
    assert coach.captions[-1] == STOP_LINE == coach.speaker.spoken[-1]
    left = coach.machine.remaining()
    coach.wait(5)
    assert coach.machine.remaining() == left  # it waits for "resume" or Esc


@pytest.mark.parametrize("hands_free", [False, True])
def test_no_word_heard_ends_first_aid_however_often(
    coach: Coach, routine: Routine, hands_free: bool
) -> None:
    """Issue 16: everyday speech decodes as "stop" several times a minute, twice in a row too
    (the bench measured 29 "routine ended" per 10 minutes when two stops ended it). A spoken
    stop only pauses; Esc ends."""
    coach.session.set_hands_free(hands_free, save=False)
    coach.start()
    coach.walk_to(StepKind.HOLD)
    for _ in range(20):
        coach.say(Command.STOP)
        coach.wait(1.0)
    assert coach.machine.running and coach.machine.paused
    assert coach.machine.progress.outcome is not Outcome.STOPPED
    coach.wait(600)  # paused, hands-free too: nothing moves on by itself
    assert coach.machine.running and coach.step == step_id(routine, StepKind.HOLD)
    coach.send(Intent.STOP)  # Esc
    assert not coach.machine.running and coach.machine.progress.outcome is Outcome.STOPPED


def test_resume_after_a_spoken_stop_goes_on(coach: Coach) -> None:
    coach.start()
    coach.walk_to(StepKind.POSITION)
    left = coach.machine.remaining()
    coach.say(Command.STOP)
    coach.say(Command.RESUME)  # "...say resume to go on"
    assert not coach.machine.paused
    coach.wait(2)
    assert coach.machine.remaining() == pytest.approx(left - 2)


# -- too noisy -------------------------------------------------------------------------------------

TOO_NOISY = "It's too noisy to hear you: press Enter or say it louder"


def test_too_noisy_is_shown_and_said_once_per_run(coach: Coach) -> None:
    lines: list[str] = []
    coach.session.tooNoisy.connect(lines.append)
    coach.start()
    coach.session.on_too_noisy()
    coach.session.on_too_noisy()
    assert lines == [TOO_NOISY, TOO_NOISY]
    assert coach.speaker.spoken.count(TOO_NOISY) == 1 and coach.captions.count(TOO_NOISY) == 1
    coach.session.stop()
    settle()
    assert coach.start()  # a new run: said again
    coach.session.on_too_noisy()
    assert coach.speaker.spoken.count(TOO_NOISY) == 2


# -- releasing a hold early by voice ---------------------------------------------------------------

RELEASE_QUESTION = "Say skip again to end this stretch early."


@pytest.mark.parametrize("first", [Command.SKIP, Command.READY])
@pytest.mark.parametrize("after", [0.0, 6.0, RoutineSession.SKIP_AGAIN_SECONDS])
def test_skip_in_a_hold_asks_and_the_second_releases(
    coach: Coach, routine: Routine, first: Command, after: float
) -> None:
    coach.start()
    coach.walk_to(StepKind.HOLD)
    hold = coach.step
    coach.say(first)
    assert coach.step == hold and not coach.machine.paused  # the stretch goes on meanwhile
    assert coach.captions[-1] == RELEASE_QUESTION == coach.speaker.spoken[-1]
    assert coach.heard == []
    left = coach.machine.remaining()
    coach.wait(after)
    assert coach.machine.remaining() == pytest.approx(left - after)
    coach.say(Command.SKIP)
    assert coach.step == routine.steps[routine.index(hold) + 1].id
    assert coach.heard == ["Heard: skip"]


def test_skip_said_again_too_late_only_asks_again(coach: Coach) -> None:
    coach.start()
    coach.walk_to(StepKind.HOLD)
    hold = coach.step
    coach.say(Command.SKIP)
    coach.wait(RoutineSession.SKIP_AGAIN_SECONDS + 0.5)
    coach.say(Command.SKIP)
    assert coach.step == hold
    assert coach.captions.count(RELEASE_QUESTION) == 2


def test_another_command_takes_the_skip_question_back(coach: Coach) -> None:
    coach.start()
    coach.walk_to(StepKind.HOLD)
    hold = coach.step
    coach.say(Command.SKIP)
    coach.say(Command.PAUSE)  # instant, as ever
    assert coach.machine.paused and coach.heard == ["Heard: pause"]
    coach.say(Command.RESUME)
    coach.say(Command.SKIP)  # a first "skip" again
    assert coach.step == hold
    assert coach.captions.count(RELEASE_QUESTION) == 2


def test_a_skip_in_one_hold_does_not_confirm_one_in_the_next(
    coach: Coach, routine: Routine
) -> None:
    coach.start()
    coach.walk_to(StepKind.HOLD)
    coach.say(Command.SKIP)
    coach.send(Intent.NEXT)  # released by key: at once
    assert coach.machine.step.kind is StepKind.CHECK
    coach.send(Intent.STILL)  # still cramping: the next stretch
    coach.walk_to(StepKind.HOLD)
    hold = coach.step
    coach.say(Command.SKIP)
    assert coach.step == hold
    assert coach.captions.count(RELEASE_QUESTION) == 2


# -- what each spoken command does -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "command", "goes_to"),
    [
        (StepKind.INFO, Command.READY, "next"),  # stopped running
        (StepKind.INFO, Command.BETTER, "same"),  # "stop running" asks nothing about the cramp
        (StepKind.INFO, Command.INJURY, "same"),
        (StepKind.TRIAGE, Command.READY, "cramp"),  # "it is a cramp"
        (StepKind.TRIAGE, Command.INJURY, "injury"),  # "could be an injury"
        (StepKind.TRIAGE, Command.SKIP, "same"),  # no answer to the question
        (StepKind.TRIAGE, Command.BETTER, "same"),
        (StepKind.STOP, Command.BETTER, "next"),  # the cramp has stopped
        (StepKind.STOP, Command.READY, "next"),
        (StepKind.STOP, Command.SKIP, "next"),
        (StepKind.STOP, Command.INJURY, "same"),  # only the triage takes it
        (StepKind.POSITION, Command.READY, "next"),
        (StepKind.HOLD, Command.SKIP, "same"),  # release early: asks first (tests below)
        (StepKind.HOLD, Command.READY, "same"),
        (StepKind.HOLD, Command.BETTER, "same"),  # means nothing in a hold
        (StepKind.CHECK, Command.READY, "same"),  # never answers the check
        (StepKind.CHECK, Command.SKIP, "same"),
        (StepKind.CHECK, Command.BETTER, "eased"),
        (StepKind.TIMER, Command.SKIP, "next"),
        (StepKind.TIMER, Command.AGAIN, "wait"),  # it came back: wait for it to stop again
        (StepKind.CHECK, Command.INJURY, "same"),
        (StepKind.DONE, Command.READY, "same"),
        (StepKind.DONE, Command.SKIP, "same"),
        (StepKind.DONE, Command.INJURY, "same"),
    ],
)
def test_spoken_commands_move_as_commands_py_says(
    coach: Coach, routine: Routine, kind: StepKind, command: Command, goes_to: str
) -> None:
    coach.start()
    coach.walk_to(kind)
    here = coach.step
    expected = {
        "next": lambda: routine.steps[routine.index(here) + 1].id,
        "same": lambda: here,
        "eased": lambda: routine.step(here).eased,
        "cramp": lambda: routine.step(here).cramp,
        "injury": lambda: routine.step(here).injury,
        "wait": lambda: step_id(routine, StepKind.STOP),  # wait for the cramp to stop
    }[goes_to]()
    coach.say(command)
    assert coach.step == expected
    acted = goes_to != "same"
    assert coach.heard == ([f"Heard: {command.value}"] if acted else [])
    if goes_to == "eased":
        assert coach.machine.progress.outcome is Outcome.EASED
    if goes_to == "wait":
        assert coach.machine.progress.came_back == 1
    assert coach.machine.progress.injury is (goes_to == "injury")
    if goes_to == "injury":
        assert coach.machine.progress.outcome is Outcome.INJURY


@pytest.mark.parametrize("kind", [StepKind.INFO, StepKind.TRIAGE, StepKind.STOP])
def test_again_before_the_stretch_moves_nothing(
    coach: Coach, routine: Routine, kind: StepKind
) -> None:
    """ "It came back" before the cramp is known (stop running, the triage) or while it is being
    waited out: nothing to come back to."""
    coach.start()
    coach.walk_to(kind)
    here = coach.step
    coach.say(Command.AGAIN)
    assert coach.step == here
    assert coach.machine.progress.came_back == 0
    assert coach.heard == []  # nothing done, so no "Heard: again" either


def test_pause_and_resume_by_voice_freeze_and_free_the_countdown(
    coach: Coach, routine: Routine
) -> None:
    coach.start()
    coach.walk_to(StepKind.HOLD)
    coach.wait(10)
    coach.say(Command.PAUSE)
    assert coach.machine.paused
    left = coach.machine.remaining()
    coach.wait(100)
    coach.say(Command.PAUSE)  # said twice: still paused, not resumed
    assert coach.machine.paused and coach.machine.remaining() == left
    coach.say(Command.RESUME)
    assert not coach.machine.paused
    coach.wait(left)
    assert coach.step == step_id(routine, StepKind.CHECK)
    assert coach.heard == ["Heard: pause", "Heard: pause", "Heard: resume"]


def test_repeat_says_the_last_cue_again(coach: Coach, routine: Routine) -> None:
    coach.start()
    coach.walk_to(StepKind.CHECK)
    cue = coach.speaker.spoken[-1]
    assert coach.captions[-1] == cue
    coach.say(Command.REPEAT)
    assert coach.speaker.spoken[-2:] == [cue, cue]
    assert coach.captions[-1] == cue
    assert coach.heard == ["Heard: repeat"]
    assert coach.step == step_id(routine, StepKind.CHECK)


def test_ready_with_nothing_running_asks_for_a_start_and_starts_nothing(coach: Coach) -> None:
    coach.say(Command.READY)
    assert coach.start_asked == [True]
    assert coach.session.machine is None and coach.started == []
    for command in set(Command) - {Command.READY}:
        coach.say(command)
    assert coach.start_asked == [True] and coach.session.machine is None
    assert coach.heard == [] and coach.captions == []


def test_ready_after_a_run_ended_asks_for_a_new_start(coach: Coach) -> None:
    coach.start()
    coach.session.stop()
    settle()
    coach.say(Command.READY)
    assert coach.start_asked == [True] and not coach.machine.running


# -- sound and hands-free -------------------------------------------------------------------------


def test_sound_off_mutes_the_speaker_and_is_saved(coach: Coach, settings: Settings) -> None:
    coach.session.set_sound(False)
    assert coach.speaker.muted and settings.speech_on() is False
    coach.start()
    assert coach.speaker.spoken == []  # nothing heard...
    assert coach.captions  # ...but everything shown
    coach.session.set_sound(True, save=False)
    assert not coach.speaker.muted
    assert settings.speech_on() is False  # not saved


def test_sound_off_from_the_settings_mutes_the_first_run(
    make_coach: MakeCoach, settings: Settings
) -> None:
    settings.set_speech_on(False)
    coach = make_coach()
    assert not coach.session.sound_on
    coach.start()
    assert coach.speaker.muted and coach.speaker.spoken == [] and coach.captions


def test_hands_free_switched_on_mid_run_times_the_question_out_and_is_saved(
    coach: Coach, routine: Routine, settings: Settings
) -> None:
    first = routine.steps[0]
    coach.start()
    coach.wait(first.wait * 2)
    assert coach.step == first.id  # without hands-free the question waits for an answer
    coach.session.set_hands_free(True)
    assert coach.machine.hands_free and settings.hands_free() is True
    assert coach.captions[-1] == routine.fill(first.wait_cue, step=first, voice=False)
    coach.asked()
    coach.wait(first.wait)
    triage = routine.step(step_id(routine, StepKind.TRIAGE))
    assert coach.step == triage.id
    coach.asked()
    coach.wait(triage.wait)  # nothing heard: the cramp steps
    ease = routine.step(triage.cramp)
    assert coach.step == ease.id
    coach.asked()
    coach.wait(ease.wait)
    assert coach.step == step_id(routine, StepKind.POSITION)


def test_hands_free_not_saved_when_asked_not_to(coach: Coach, settings: Settings) -> None:
    coach.start()
    coach.session.set_hands_free(True, save=False)
    assert coach.machine.hands_free and settings.hands_free() is False


def test_hands_free_from_the_command_line_runs_a_run_hands_free_unsaved(
    make_coach: MakeCoach, settings: Settings
) -> None:
    coach = make_coach(hands_free=True)
    coach.start()
    assert coach.machine.hands_free and settings.hands_free() is False


def test_set_sound_never_makes_the_speaker(
    qapp: object,
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Muting before anything was said does not load the speech engine for it."""
    from cramp_coach.speech import cached

    monkeypatch.setattr(cached, "CachedSpeaker", lambda **_: FakeSpeaker())  # never the real one
    context = AppContext(routine, settings)
    context.clock = clock
    session = RoutineSession(context)
    session.set_sound(False)
    assert not context.made("speaker")
    assert settings.speech_on() is False


# -- the microphone -------------------------------------------------------------------------------


def test_the_microphone_opens_only_after_start_listening_and_only_hands_free(
    make_coach: MakeCoach,
) -> None:
    listener = FakeListener()
    coach = make_coach(listener=listener)
    session = coach.session
    session.start_listening()  # hands-free is off: stays closed
    assert listener.calls == []
    session.set_hands_free(True)
    assert listener.calls == ["start"]
    assert session.voice_commands_work()


def test_hands_free_before_the_first_paint_waits_for_start_listening(
    make_coach: MakeCoach,
) -> None:
    listener = FakeListener()
    coach = make_coach(listener=listener)
    coach.session.set_hands_free(True)
    assert listener.calls == []  # not before the first paint
    coach.session.start_listening()
    assert listener.calls == ["start"]
    coach.session.set_hands_free(False)
    assert listener.calls == ["start", "stop"]
    assert not coach.session.voice_commands_work()


def test_the_microphone_is_routed_to_the_commands(make_coach: MakeCoach, routine: Routine) -> None:
    listener = FakeListener()
    coach = make_coach(listener=listener)
    coach.session.set_hands_free(True)
    coach.session.start_listening()
    coach.session.set_hands_free(False)
    coach.session.set_hands_free(True)  # connected once, however often it is opened
    listener.heard.emit(Command.READY)
    assert coach.start_asked == [True]
    coach.start()
    listener.heard.emit(Command.READY)  # stopped running
    settle()
    assert coach.step == step_id(routine, StepKind.TRIAGE)
    listener.unclear.emit()  # something that was not an answer
    settle()
    assert coach.machine.progress.unclear
    listener.heard.emit(Command.READY)  # "it is a cramp" after all
    settle()
    listener.heard.emit(Command.BETTER)  # it has stopped
    settle()
    assert coach.step == step_id(routine, StepKind.POSITION)
    assert coach.heard[0] == "Heard: ready" and coach.heard[2:] == ["Heard: ready", "Heard: better"]
    listener.unavailable.emit("Voice commands are off: no microphone found.")
    assert coach.microphone_off == ["Voice commands are off: no microphone found."]


def test_cues_ask_for_spoken_answers_while_the_microphone_listens(
    make_coach: MakeCoach, routine: Routine
) -> None:
    first = routine.steps[0]
    triage = routine.step(step_id(routine, StepKind.TRIAGE))
    listening = make_coach(listener=FakeListener(), hands_free=True)
    listening.session.start_listening()
    listening.start()
    assert listening.captions == [routine.fill(first.wait_cue, step=first, voice=True)]
    listening.asked()
    listening.wait(first.wait)
    assert listening.captions[-1] == routine.fill(triage.wait_cue, step=triage, voice=True)
    assert "say ready" in listening.captions[-1] and "say injury" in listening.captions[-1]


def test_cues_ask_for_keys_without_a_microphone(make_coach: MakeCoach, routine: Routine) -> None:
    first = routine.steps[0]
    triage = routine.step(step_id(routine, StepKind.TRIAGE))
    deaf = make_coach(listener=FakeListener(works=False), hands_free=True)
    deaf.session.start_listening()
    deaf.start()
    assert deaf.captions == [routine.fill(first.wait_cue, step=first, voice=False)]
    deaf.asked()
    deaf.wait(first.wait)
    assert deaf.captions[-1] == routine.fill(triage.wait_cue, step=triage, voice=False)
    assert "say " not in deaf.captions[-1]
    assert "press Enter" in deaf.captions[-1] and "press I" in deaf.captions[-1]


def test_hands_free_switched_on_mid_question_asks_for_a_spoken_answer(
    make_coach: MakeCoach, routine: Routine
) -> None:
    triage = routine.step(step_id(routine, StepKind.TRIAGE))
    coach = make_coach(listener=FakeListener())
    coach.session.start_listening()
    coach.start()
    coach.send(Intent.NEXT)
    assert coach.step == triage.id
    coach.session.set_hands_free(True)  # the microphone opens now
    assert coach.session.voice_commands_work()
    assert coach.captions[-1] == routine.fill(triage.wait_cue, step=triage, voice=True)
    assert "say injury" in coach.captions[-1]


def test_hands_free_off_never_makes_the_microphone(
    qapp: object,
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Should the session make it after all, it gets this stand-in, never the real microphone.
    stand_in = types.ModuleType("cramp_coach.speech.listener")
    stand_in.CommandListener = FakeListener  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cramp_coach.speech.listener", stand_in)
    context = AppContext(routine, settings)
    context.clock = clock
    context.speaker = FakeSpeaker(clock)
    context.journal = None
    session = RoutineSession(context)
    session.set_hands_free(False)
    session.start_listening()
    session.set_hands_free(False, save=False)
    session.start_routine()
    settle()
    assert not session.voice_commands_work()
    session.stop()
    settle()
    assert not context.made("listener")


# -- guided sets ----------------------------------------------------------------------------------


def test_a_guided_set_is_announced_and_runs_on_the_clock(coach: Coach, exercise: Exercise) -> None:
    phases: list[Phase] = []
    coach.session.guidedStarted.connect(lambda guided: phases.append(guided.phase))
    coach.session.start_guided(exercise)
    guided = coach.session.guided
    assert guided is not None and coach.guided_started == [guided]
    assert phases == [Phase.READY]  # announced before it starts
    assert (guided.phase, guided.set_number) == (Phase.WORK, 1)
    assert coach.session.busy and not coach.session.routine_running
    assert coach.speaker.spoken  # the set is announced aloud
    coach.wait(guided.work_seconds)
    if exercise.rest_seconds:
        assert guided.phase is Phase.REST
        coach.wait(exercise.rest_seconds)
    assert (guided.phase, guided.set_number) == (Phase.WORK, 2)
    if exercise.reps:
        assert exercise.cadence[0].word in coach.speaker.spoken


def test_spoken_commands_drive_a_guided_set(coach: Coach, exercise: Exercise) -> None:
    coach.session.start_guided(exercise)
    guided = coach.session.guided
    assert guided is not None
    coach.say(Command.PAUSE)
    assert guided.paused
    coach.say(Command.RESUME)
    assert not guided.paused
    coach.say(Command.BETTER)  # means nothing in a set: ignored
    coach.wait(NEXT_GUARD_SECONDS)  # (a "skip" as the set begins would be a double press)
    coach.say(Command.SKIP)  # the set ends early
    assert guided.phase is (Phase.REST if exercise.rest_seconds else Phase.WORK)
    coach.say(Command.STOP)  # no question: nothing urgent is cut short
    assert guided.phase is Phase.STOPPED and not coach.session.busy
    assert coach.heard == ["Heard: pause", "Heard: resume", "Heard: skip", "Heard: stop"]
    assert coach.start_asked == []


def test_the_cramp_comes_before_a_guided_set(
    coach: Coach, exercise: Exercise, routine: Routine
) -> None:
    coach.session.start_guided(exercise)
    guided = coach.session.guided
    assert guided is not None
    assert coach.start()
    assert guided.phase is Phase.STOPPED
    assert coach.session.routine_running and coach.session.busy
    assert coach.step == routine.steps[0].id
    coach.say(Command.READY)  # spoken commands now go to the routine: stopped running
    assert coach.step == step_id(routine, StepKind.TRIAGE)
    assert guided.phase is Phase.STOPPED


def test_not_busy_before_or_after(coach: Coach, exercise: Exercise) -> None:
    assert not coach.session.busy
    coach.start()
    coach.session.stop()
    settle()
    assert not coach.session.busy
    coach.session.start_guided(exercise)
    coach.session.stop()
    assert not coach.session.busy


# -- the triage: a cramp, or an injury? -----------------------------------------------------------


UNCLEAR_LINE = "Heard something that was not an answer: with no answer, the injury steps follow."


def at_triage(coach: Coach, routine: Routine) -> None:
    coach.start()
    coach.send(Intent.NEXT)  # stopped running
    assert coach.step == step_id(routine, StepKind.TRIAGE)


def test_injury_said_at_the_triage_takes_the_injury_steps(
    make_coach: MakeCoach, routine: Routine
) -> None:
    coach = make_coach(listener=FakeListener(), hands_free=True)
    coach.session.start_listening()
    at_triage(coach, routine)
    coach.say(Command.INJURY)
    triage = routine.step(coach.machine.visits[-2].step_id)
    assert coach.step == triage.injury
    assert coach.heard == ["Heard: injury"]
    assert coach.machine.progress.outcome is Outcome.INJURY
    coach.wait(3600 * 2)  # hands-free, nobody answers: on to the end of the injury steps
    assert coach.machine.step.kind is StepKind.DONE
    assert [s.id for s in coach.machine.path][-1] == coach.step  # the injury steps' own Done
    assert not {StepKind.POSITION, StepKind.HOLD, StepKind.CHECK} & {
        routine.step(v.step_id).kind for v in coach.machine.visits
    }


def test_ready_at_the_triage_means_a_cramp(coach: Coach, routine: Routine) -> None:
    at_triage(coach, routine)
    triage = routine.step(coach.step)
    coach.say(Command.READY)
    assert coach.step == triage.cramp
    assert not coach.machine.progress.injury
    assert coach.heard == ["Heard: ready"]


def test_skip_at_the_triage_does_nothing(coach: Coach, routine: Routine) -> None:
    at_triage(coach, routine)
    here = coach.step
    coach.say(Command.SKIP)
    assert coach.step == here and coach.heard == []
    assert not coach.machine.progress.injury


def test_unclear_at_the_triage_hands_free_turns_the_default_to_the_injury_steps(
    make_coach: MakeCoach, routine: Routine
) -> None:
    listener = FakeListener()
    coach = make_coach(listener=listener, hands_free=True)
    coach.session.start_listening()
    coach.start()
    coach.asked()
    coach.wait(routine.steps[0].wait)  # stopped running
    triage = routine.step(step_id(routine, StepKind.TRIAGE))
    assert coach.step == triage.id
    listener.unclear.emit()
    settle()
    unclear = routine.fill(triage.unclear_cue, step=triage, voice=True)
    assert coach.heard == [UNCLEAR_LINE]  # the status line
    assert coach.speaker.spoken[-1] == coach.captions[-1] == unclear  # said, and shown
    listener.unclear.emit()  # said again: no second line, no second cue
    settle()
    assert coach.heard == [UNCLEAR_LINE] and coach.speaker.spoken.count(unclear) == 1
    coach.asked()
    coach.wait(triage.wait)  # nobody answers: the injury steps, to be safe
    assert coach.step == triage.injury
    assert coach.machine.progress.outcome is Outcome.INJURY


def test_unclear_then_ready_at_the_triage_still_means_a_cramp(
    make_coach: MakeCoach, routine: Routine
) -> None:
    coach = make_coach(listener=FakeListener(), hands_free=True)
    coach.session.start_listening()
    at_triage(coach, routine)
    coach.session.on_unclear()
    coach.say(Command.READY)
    assert coach.step == routine.step(step_id(routine, StepKind.TRIAGE)).cramp
    assert not coach.machine.progress.injury


def test_unclear_means_nothing_when_not_hands_free(coach: Coach, routine: Routine) -> None:
    at_triage(coach, routine)
    said = list(coach.speaker.spoken)
    coach.session.on_unclear()
    assert coach.heard == [] and coach.speaker.spoken == said
    assert not coach.machine.progress.unclear
    coach.wait(3600)
    assert coach.step == step_id(routine, StepKind.TRIAGE)  # still waits for an answer
    coach.send(Intent.NEXT)  # and the answer is still "a cramp"
    assert not coach.machine.progress.injury


def test_unclear_means_nothing_off_the_triage(make_coach: MakeCoach, routine: Routine) -> None:
    coach = make_coach(listener=FakeListener(), hands_free=True)
    coach.session.start_listening()
    coach.session.on_unclear()  # nothing running
    assert coach.heard == []
    coach.start()
    coach.session.on_unclear()  # at "stop running"
    at_ease = step_id(routine, StepKind.STOP)
    coach.send(Intent.NEXT, Intent.NEXT)
    assert coach.step == at_ease
    said = list(coach.speaker.spoken)
    coach.session.on_unclear()  # waiting for the cramp to ease
    assert coach.heard == [] and coach.speaker.spoken == said
    assert not coach.machine.progress.unclear and not coach.machine.progress.injury


# -- how a run ended ------------------------------------------------------------------------------


def test_stopped_line_is_empty_after_done(coach: Coach) -> None:
    assert coach.session.stopped_line() == ""
    coach.start()
    coach.walk_to(StepKind.DONE)
    coach.send(Intent.NEXT)
    assert not coach.machine.running
    assert coach.session.stopped_line() == ""


def test_stopped_line_names_the_stretches_done(coach: Coach, routine: Routine) -> None:
    coach.start()
    coach.walk_to(StepKind.CHECK)  # one stretch done
    assert coach.session.stopped_line() == ""  # still going
    coach.session.stop()
    settle()
    assert f"stopped after 1 of {routine.max_reps} stretches" in coach.session.stopped_line()


def test_stopped_line_after_stop_before_any_stretch(coach: Coach, routine: Routine) -> None:
    coach.start()
    coach.send(Intent.STOP)
    assert f"stopped after 0 of {routine.max_reps} stretches" in coach.session.stopped_line()


# -- cues rendered ahead --------------------------------------------------------------------------


def test_every_cue_of_the_routine_is_prepared_with_this_runs_hold(
    coach: Coach, routine: Routine, settings: Settings
) -> None:
    settings.set_hold_seconds(20)
    coach.session.prepare_cues()
    prepared = set(coach.speaker.prepared)
    held = routine.with_hold_seconds(20)
    for hands_free in (False, True):
        assert set(spoken_texts(held, hands_free=hands_free, voice=False)) <= prepared
    signs = coach.context.guidance.spoken
    for hands_free in (False, True):  # exactly as the run's cue caller says them
        wanted = spoken_texts(held, hands_free=hands_free, voice=False, signs=signs)
        assert set(wanted) <= prepared
    hold = held.hold
    assert held.fill(hold.cue, step=hold) in prepared
    assert routine.fill(routine.hold.cue, step=routine.hold) not in prepared  # not the file's 30
    first = routine.steps[0]
    assert routine.fill(first.wait_cue, step=first, voice=False) in prepared  # hands-free's too
    triage = routine.step(step_id(routine, StepKind.TRIAGE))
    assert routine.fill(triage.wait_cue, step=triage, voice=False) in prepared
    assert routine.fill(triage.unclear_cue, step=triage, voice=False) in prepared
    assert any(text.endswith(signs) for text in prepared)  # the warning signs at a Done


def test_prepared_cues_include_the_spoken_answers_while_the_microphone_listens(
    make_coach: MakeCoach, routine: Routine
) -> None:
    coach = make_coach(listener=FakeListener(), hands_free=True)
    coach.session.start_listening()
    coach.session.prepare_cues()
    for step in (routine.steps[0], routine.step(step_id(routine, StepKind.TRIAGE))):
        assert routine.fill(step.wait_cue, step=step, voice=True) in coach.speaker.prepared
        assert routine.fill(step.wait_cue, step=step, voice=False) in coach.speaker.prepared
    triage = routine.step(step_id(routine, StepKind.TRIAGE))
    for voice in (False, True):
        unclear = routine.fill(triage.unclear_cue, step=triage, voice=voice)
        assert unclear in coach.speaker.prepared


def test_prepare_cues_replace_keeps_only_the_new_ones(
    coach: Coach, routine: Routine, settings: Settings
) -> None:
    def hold_cue(seconds: int) -> str:
        held = routine.with_hold_seconds(seconds)
        return held.fill(held.hold.cue, step=held.hold)

    settings.set_hold_seconds(20)
    coach.session.prepare_cues()
    settings.set_hold_seconds(25)
    coach.session.prepare_cues()
    assert {hold_cue(20), hold_cue(25)} <= set(coach.speaker.prepared)  # added to
    settings.set_hold_seconds(40)
    coach.session.prepare_cues(replace=True)
    assert hold_cue(40) in coach.speaker.prepared
    assert hold_cue(20) not in coach.speaker.prepared
    assert hold_cue(25) not in coach.speaker.prepared


@pytest.mark.parametrize("word", [Command.BETTER, Command.SKIP, Command.AGAIN])
def test_a_command_word_that_is_no_answer_at_the_triage_counts_as_heard(
    coach: Coach, routine: Routine, word: Command
) -> None:
    """The grammar is closed: "it hurts" may come out as "better", "skip" or "again". At the
    triage, hands-free, such a word turns the default to the injury steps, as any speech does."""
    coach.session.set_hands_free(True, save=False)
    coach.start()
    coach.walk_to(StepKind.TRIAGE)
    coach.say(word)
    assert coach.step == "triage"
    assert coach.machine.progress.unclear
    coach.asked()
    coach.wait(routine.step("triage").wait + 1)
    assert coach.step == "rest"


# -- which leg, the ice, and a start that was no cramp ------------------------------------------


@pytest.mark.parametrize(("command", "leg"), [(Command.LEFT, "left"), (Command.RIGHT, "right")])
def test_left_or_right_said_anywhere_in_the_routine_says_which_leg(
    coach: Coach, command: Command, leg: str
) -> None:
    coach.start()
    coach.walk_to(StepKind.HOLD)
    hold = coach.step
    coach.say(command)
    assert coach.machine.leg == leg
    assert coach.step == hold  # the leg moves nothing on
    assert coach.heard == [f"Heard: {leg}"]


def test_skip_said_while_the_ice_is_fetched_skips_the_ice_and_ready_starts_it(
    coach: Coach, routine: Routine
) -> None:
    coach.start()
    coach.walk_to(StepKind.TIMER)
    assert (coach.step, coach.machine.waiting_to_start) == ("ice", True)
    coach.say(Command.READY)  # "I have the ice"
    assert (coach.step, coach.machine.waiting_to_start) == ("ice", False)
    coach.send(Intent.STOP)
    assert coach.start()
    coach.walk_to(StepKind.TIMER)
    assert (coach.step, coach.machine.waiting_to_start) == ("ice", True)
    coach.say(Command.SKIP)
    assert coach.step == "massage"


def test_a_run_stopped_before_anything_happened_is_discarded_and_can_be_kept(
    make_coach: MakeCoach, tmp_path: Path, clock: ManualClock
) -> None:
    from cramp_coach.journal.recorder import JournalWriter

    writer = JournalWriter(tmp_path / "journal.db")
    coach = make_coach(journal=writer)
    discarded: list[bool] = []
    coach.session.discarded.connect(lambda: discarded.append(True))
    assert not coach.session.keep_run()  # nothing to keep yet
    coach.start()
    coach.send(Intent.STOP)
    assert coach.session.run_discarded
    assert coach.session.stopped_line()  # "stopped after 0 of 3": the window words it anew
    writer.flush()
    settle()
    assert discarded == [True]
    assert coach.session.keep_run()
    assert not coach.session.keep_run()  # once
    writer.flush()
    writer.close()
    from cramp_coach.journal.store import Journal

    with Journal.open(tmp_path / "journal.db") as journal:
        (episode,) = journal.episodes()
    assert episode.outcome == "stopped"
