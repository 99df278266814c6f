"""Spoken cues: which words, in which state, on which second; pauses, mutes and faulty engines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cramp_coach.content import Mark, Routine
from cramp_coach.content.guidance import load_guidance
from cramp_coach.routine.cues import (
    SAID_MARGIN_SECONDS,
    CueCaller,
    estimate,
    fit_marks,
    spoken_texts,
    step_cue,
    warnings,
)
from cramp_coach.routine.flow import Intent
from tests.fakes import BusyClock, FakeSpeaker, ManualClock
from tests.helpers import Driver

DriveFn = Callable[..., Driver]
MARKS = (Mark(10, "Ten seconds."), Mark(3, "Three."), Mark(2, "Two."), Mark(1, "One."))
SIGNS = load_guidance().spoken  # the warning signs as said once, hands-free, at a Done


def said(routine: Routine, step_id: str, hands_free: bool = False) -> str:
    """A step's own cue as the file gives it (hands-free: its question with the default), with
    its spoken guidance after it; keys asked for, as without voice commands."""
    step = routine.step(step_id)
    cue = step.wait_cue if hands_free and step.wait_cue else step.cue
    return " ".join(t for t in (routine.fill(cue, step=step, voice=False), step.extra_cue) if t)


def lengths(**known: float) -> Callable[[str], float | None]:
    table = {"ten": 0.8, "three": 0.4, "two": 0.35, "one": 0.35, "opening": 1.5} | known
    return lambda text: table.get(text.lower().rstrip(".").split()[0])


# -- fitting marks between cues ------------------------------------------------------------


def test_all_marks_fit_a_30_second_hold() -> None:
    assert fit_marks(30, "opening", MARKS, lengths()) == list(MARKS)


def test_marks_beyond_the_hold_are_not_said() -> None:
    assert [m.left for m in fit_marks(5, "opening", MARKS, lengths())] == [3, 2, 1]


def test_a_mark_that_would_talk_over_the_opening_cue_is_skipped() -> None:
    # a 12-second hold: "ten seconds" is due 2 s in, while a 3-second opening is still playing
    fitted = fit_marks(12, "opening", MARKS, lengths(opening=3.0))
    assert [m.left for m in fitted] == [3, 2, 1]


def test_a_mark_too_long_for_its_second_is_skipped_not_cut() -> None:
    fitted = fit_marks(30, "opening", MARKS, lengths(two=0.95))
    assert [m.left for m in fitted] == [10, 3, 1]


def test_unknown_lengths_are_estimated_generously() -> None:
    assert 0.6 < estimate("Three.") < 1.0 - 0.15  # a one-word mark still fits its second
    wordy = (Mark(3, "Three seconds left now, get ready to let go."), *MARKS[2:])
    fitted = fit_marks(30, "Hold for 30 seconds.", wordy, lambda _: None)
    assert [m.left for m in fitted] == [2, 1]


@pytest.mark.parametrize("hands_free", [False, True])
def test_every_utterance_of_a_run_was_prepared_ahead(
    drive: DriveFn, routine: Routine, clock: ManualClock, hands_free: bool
) -> None:
    # Run every path that makes a combined utterance (a wait or a timer running out, the
    # prolonged and the unanswered warnings, the warning signs at either Done, "I did not catch
    # that") and check each exact text spoken was among those rendered ahead.
    for answers in ([Intent.EASED], [Intent.STILL] * 3, [None] * 3):
        speaker = FakeSpeaker(clock, default_duration=0.4)
        run = drive()
        run.machine.set_hands_free(hands_free or None in answers)
        CueCaller(run.machine, speaker, signs=SIGNS)
        run.machine.stepEntered.emit(run.step)
        if run.machine.hands_free:  # stop running, the triage, the cramp easing: all by time
            for step in ("stop", "triage", "ease"):
                assert run.step == step
                run.finish_countdown()
        else:
            run.to_stretch()
        for answer in answers:
            run.finish_countdown()
            run.finish_countdown()
            if answer is None:
                run.finish_countdown()
            else:
                run.send(answer)
            if run.step == "ice":
                break
            assert run.step == "position"
        run.finish_countdown()  # ice runs out
        run.finish_countdown()  # massage runs out
        run.send(Intent.NEXT)  # rehydrated
        assert run.step == "done"
        assert speaker.spoken and set(speaker.spoken) <= set(speaker.prepared), set(
            speaker.spoken
        ) - set(speaker.prepared)
    # The injury steps: hands-free, something unclear heard at the triage, and nobody answers.
    speaker = FakeSpeaker(clock, default_duration=0.4)
    run = drive()
    run.machine.set_hands_free(True)
    cues = CueCaller(run.machine, speaker, signs=SIGNS)
    run.machine.stepEntered.emit(run.step)
    run.send(Intent.NEXT)
    assert run.machine.heard_unclear()
    cues.say_unclear()
    run.wait(3600)
    assert run.steps[-1] == "injury-done"
    if not hands_free:  # and again, answered by key without hands-free
        run = drive()
        cues = CueCaller(run.machine, speaker, signs=SIGNS)
        run.send(Intent.NEXT, Intent.INJURY, Intent.NEXT)
        run.finish_countdown()  # the ice runs out
        run.send(Intent.NEXT)
        assert run.step == "injury-done"
    assert set(speaker.spoken) <= set(speaker.prepared), set(speaker.spoken) - set(speaker.prepared)
    assert any(text.endswith(SIGNS) for text in speaker.spoken)


# -- a run, spoken -------------------------------------------------------------------------


@pytest.fixture
def speaker(clock: ManualClock) -> FakeSpeaker:
    return FakeSpeaker(clock, default_duration=0.4, durations={"Hold for 30 seconds.": 1.4})


def voiced(drive: DriveFn, speaker: FakeSpeaker) -> tuple[Driver, CueCaller, list[str]]:
    run = drive()
    caller = CueCaller(run.machine, speaker)
    captions: list[str] = []
    caller.caption.connect(captions.append)
    return run, caller, captions


def test_each_state_speaks_its_cue_on_entry_with_time_marks_on_their_second(
    drive: DriveFn, routine: Routine, speaker: FakeSpeaker, clock: ManualClock
) -> None:
    run = drive()
    caller = CueCaller(run.machine, speaker)  # connected before the first step is entered
    run.machine.stepEntered.emit(run.step)  # the first cue, as if connected before start()
    run.to_stretch()
    run.finish_countdown()
    hold_started = clock.now()
    run.finish_countdown()
    run.send(Intent.EASED)
    stop, triage, ease = (routine.step(step) for step in ("stop", "triage", "ease"))
    assert speaker.spoken[:11] == [
        stop.cue,
        triage.cue,
        f"{ease.cue} {ease.extra_cue}",
        "Feet shoulder-width apart. Slowly bend at the waist until you feel a light pull.",
        "Hold for 30 seconds.",
        "Ten seconds.",
        "Three.",
        "Two.",
        "One.",
        "Release. Has the cramp eased?",
        "Put ice on the back of your thigh. Wrap the ice in a cloth, never on bare skin, for ten "
        "minutes at most.",
    ]
    assert stop.cue.startswith("Stop running")
    assert "cramp" in triage.cue and "injury" in triage.cue
    assert not any(SIGNS in text for text in speaker.spoken)  # not hands-free: shown, not said
    times = dict((text, at) for at, text in speaker.spoken_at())
    assert times["Ten seconds."] == pytest.approx(hold_started + 20, abs=0.05)
    assert times["Three."] == pytest.approx(hold_started + 27, abs=0.05)
    assert times["Two."] == pytest.approx(hold_started + 28, abs=0.05)
    assert times["One."] == pytest.approx(hold_started + 29, abs=0.05)
    assert times["Release. Has the cramp eased?"] == pytest.approx(hold_started + 30, abs=0.05)
    assert caller.marks == {}


def test_captions_show_the_same_words(drive: DriveFn, speaker: FakeSpeaker) -> None:
    run, _caller, captions = voiced(drive, speaker)
    run.to_stretch()
    run.finish_countdown()
    run.finish_countdown()
    assert captions == speaker.spoken[-len(captions) :]
    assert captions[-1] == "Release. Has the cramp eased?"


def test_a_pause_cuts_the_countdown_speech(
    drive: DriveFn, speaker: FakeSpeaker, clock: ManualClock
) -> None:
    run, _caller, _captions = voiced(drive, speaker)
    run.to_stretch()
    run.finish_countdown()
    run.wait(26.5)  # 3.5 s left
    run.machine.toggle_pause()
    assert speaker.events[-1].what == "stop"
    run.wait(60)
    assert "Three." not in speaker.spoken
    run.machine.toggle_pause()
    run.wait(0.6)
    assert speaker.spoken[-1] == "Three."  # on its own second once resumed
    assert speaker.spoken_at()[-1][0] == pytest.approx(clock.now() - 0.1, abs=0.01)


def test_timer_end_is_announced_before_the_next_cue(drive: DriveFn, speaker: FakeSpeaker) -> None:
    run, _caller, _captions = voiced(drive, speaker)
    run.to_stretch()
    run.finish_countdown()
    run.finish_countdown()
    run.send(Intent.EASED)
    run.finish_countdown()  # ice runs out
    assert speaker.spoken[-1] == (
        "Take the ice off. Gently massage the back of your thigh. "
        "Use light pressure, and stop if it hurts."
    )
    run.send(Intent.NEXT)  # massage skipped: no "that is enough" when it did not run out
    assert speaker.spoken[-1].startswith("Rehydrate")


def test_prolonged_is_said_once_on_leaving_the_stretch(
    drive: DriveFn, routine: Routine, speaker: FakeSpeaker
) -> None:
    run, _caller, _captions = voiced(drive, speaker)
    run.to_stretch()
    for _ in range(3):
        run.finish_countdown()
        run.finish_countdown()
        run.send(Intent.STILL)
    assert run.step == "ice"
    assert "Consult a physician" in speaker.spoken[-1]
    prolonged = routine.fill(routine.prolonged)
    assert routine.prolonged_extra  # general guidance: get care now if it is severe
    assert speaker.spoken[-1].startswith(f"{prolonged} {routine.fill(routine.prolonged_extra)} ")
    assert speaker.spoken[-1].endswith(said(routine, "ice"))
    run.send(Intent.NEXT, Intent.NEXT)  # "I have the ice", "Done icing"
    assert "Consult a physician" not in speaker.spoken[-1]
    assert routine.prolonged_extra not in speaker.spoken[-1]


def test_warnings_are_followed_by_their_general_guidance(routine: Routine) -> None:
    prolonged, unanswered = warnings(routine)
    extra = routine.fill(routine.prolonged_extra)
    assert prolonged == f"{routine.fill(routine.prolonged)} {extra}"
    assert unanswered == f"{routine.fill(routine.unanswered)} {extra}"


def test_stop_silences_at_once(drive: DriveFn, speaker: FakeSpeaker) -> None:
    run, _caller, _captions = voiced(drive, speaker)
    run.send(Intent.NEXT, Intent.STOP)
    assert speaker.events[-1].what == "stop"


def test_speech_off_gives_beeps_on_the_marks_and_keeps_captions(
    drive: DriveFn, speaker: FakeSpeaker
) -> None:
    speaker.problem = "Speech is off: espeak-ng is not installed"
    run, _caller, captions = voiced(drive, speaker)
    run.to_stretch()
    run.finish_countdown()
    run.finish_countdown()
    assert speaker.spoken == []
    assert [e.what for e in speaker.events].count("beep") == 4
    assert "Three." in captions


def test_a_speaker_that_raises_changes_nothing_in_the_routine(
    drive: DriveFn, speaker: FakeSpeaker, clock: ManualClock
) -> None:
    speaker.raises = RuntimeError("engine exploded")
    run, _caller, captions = voiced(drive, speaker)
    run.to_stretch()
    run.finish_countdown()
    started = clock.now()
    run.finish_countdown()
    assert run.step == "check"
    assert run.machine.visits[-1].at == pytest.approx(started + 30, abs=0.005)
    assert "One." in captions


def test_a_slow_speaker_does_not_move_the_deadlines(
    drive: DriveFn, speaker: FakeSpeaker, clock: ManualClock
) -> None:
    # A speaker that blocks 0.3 s per call (what the real one must never do) delays nothing:
    # each deadline is absolute, so the hold still ends 30 s after it began.
    speaker.on_say = lambda _text: clock.advance(0.3)
    run, _caller, _captions = voiced(drive, speaker)
    run.to_stretch()
    run.finish_countdown()
    started = run.machine.visits[-1].at
    run.wait(40)
    check = next(v for v in run.machine.visits if v.step_id == "check")
    assert check.at == pytest.approx(started + 30, abs=0.005)


@pytest.mark.parametrize("per_reading", [0.00002, 0.00004, 0.00005, 0.00007])
def test_marks_are_said_on_their_second_when_an_alarm_wakes_a_little_early(
    qapp: object, routine: Routine, per_reading: float
) -> None:
    # What the bench found on the real clock: an alarm that woke a fraction of a millisecond
    # before the second of "Three." (time moving on while the code runs) had "Three." said a
    # second late and "Two." cut off, or the hold never ending at all.
    from cramp_coach.routine.machine import RoutineMachine

    clock = BusyClock(early=0.0001, per_reading=per_reading)
    speaker = FakeSpeaker(clock, default_duration=0.3, durations={"Hold for 5 seconds.": 1.3})
    run = Driver(RoutineMachine(routine.with_hold_seconds(5), clock), clock)
    caller = CueCaller(run.machine, speaker)
    run.start().to_stretch()
    run.finish_countdown()
    assert run.step == "hold"
    assert caller.marks == {3: "Three.", 2: "Two.", 1: "One."}
    countdown = run.machine.countdown
    assert countdown is not None and countdown.deadline is not None
    deadline = countdown.deadline
    run.wait(5.5)
    assert run.step == "check"
    said = [
        (at, text) for at, text in speaker.spoken_at() if at is not None and at > deadline - 4.5
    ]
    assert [text for _, text in said] == ["Three.", "Two.", "One.", "Release. Has the cramp eased?"]
    for (at, text), left in zip(said, (3, 2, 1, 0), strict=True):
        assert at == pytest.approx(deadline - left, abs=0.001), text


# -- hands-free ------------------------------------------------------------------------------


def test_hands_free_runs_the_whole_routine_with_no_input(
    qapp: object, routine: Routine, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    from cramp_coach.routine.machine import RoutineMachine

    machine = RoutineMachine(routine, clock, hands_free=True)
    run = Driver(machine, clock)
    CueCaller(machine, speaker, signs=SIGNS)
    run.start()
    before = sum(routine.step(step).wait for step in ("stop", "triage", "ease"))
    check, rehydrate = routine.step("check").wait, routine.step("rehydrate").wait
    # Each of the 7 questions' waits starts once it has been said (lengths unknown to this
    # speaker are estimated, at most about 20 s for the longest cue).
    speaking = 7 * (20 + SAID_MARGIN_SECONDS)
    fetch = routine.step("ice").wait  # no "I have the ice": the timer starts by itself
    run.wait(before + 3 * (5 + 30 + check) + fetch + 600 + 120 + rehydrate + 1 + speaking)
    assert run.steps == (
        ["stop", "triage", "ease"]
        + ["position", "hold", "check"] * 3
        + ["ice", "massage", "rehydrate", "done"]
    )
    assert machine.summary().outcome.value == "unanswered"  # nobody said it eased or not
    assert machine.progress.reps == 3
    entry = [t for t in speaker.spoken if t not in {"Ten seconds.", "Three.", "Two.", "One."}]
    position = "Feet shoulder-width apart. Slowly bend at the waist until you feel a light pull."
    _prolonged, unanswered = warnings(routine)
    assert unanswered.startswith(
        "No answer after 3 stretches. If the cramp is still there, consult a physician about "
        "prolonged hamstring cramps. "
    )
    assert entry == [
        said(routine, "stop", hands_free=True),
        said(routine, "triage", hands_free=True),
        said(routine, "ease", hands_free=True),
        *[
            position,
            "Hold for 30 seconds.",
            "Release. Has the cramp eased? If so, press Enter. Otherwise the next stretch "
            "starts in 10 seconds.",
        ]
        * 2,
        position,
        "Hold for 30 seconds.",
        "Release. Has the cramp eased? If so, press Enter. In 10 seconds we go on to ice.",
        f"{unanswered} Put ice on the back of your thigh. When you have it, press Enter. If I "
        "hear nothing, the ice timer starts in 90 seconds. Wrap the ice in a cloth, never on "
        "bare skin, for ten minutes at most.",
        "Take the ice off. Gently massage the back of your thigh. Use light pressure, and stop "
        "if it hurts.",
        f"That is enough massage. {said(routine, 'rehydrate')}",
        f"That is the end of the routine. {SIGNS}",  # the warning signs, said once
    ]
    assert "press I" in entry[1] and "press Enter" in entry[1]  # cramp, or injury?
    assert "Otherwise" in entry[2]  # the light stretch starts by itself
    run.wait(3600)
    assert run.step == "done"  # the summary stays up
    assert sum(text.count(SIGNS) for text in speaker.spoken) == 1


def test_hands_free_injury_run_says_its_steps_and_the_warning_signs_once_at_its_done(
    qapp: object, routine: Routine, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    from cramp_coach.routine.machine import RoutineMachine

    machine = RoutineMachine(routine, clock, hands_free=True)
    run = Driver(machine, clock)
    cues = CueCaller(machine, speaker, signs=SIGNS)
    captions: list[str] = []
    cues.caption.connect(captions.append)
    run.start()
    run.finish_countdown()
    assert run.step == "triage"
    assert machine.heard_unclear()
    cues.say_unclear()
    triage = routine.step("triage")
    unclear = routine.fill(triage.unclear_cue, step=triage, voice=False)
    assert speaker.spoken[-1] == captions[-1] == unclear
    assert "injury" in unclear and "press Enter" in unclear
    run.wait(3600 * 2)
    assert run.steps == ["stop", "triage", "rest", "cool", "support", "injury-done"]
    assert speaker.spoken == [
        said(routine, "stop", hands_free=True),
        said(routine, "triage", hands_free=True),
        unclear,
        said(routine, "rest", hands_free=True),
        said(routine, "cool", hands_free=True),
        f"{routine.step('cool').end_cue} {said(routine, 'support', hands_free=True)}",
        f"{said(routine, 'injury-done')} {SIGNS}",
    ]
    assert not any(text in " ".join(speaker.spoken) for text in ("stretch lightly", "Hold for"))


def test_the_warning_signs_are_not_said_when_not_hands_free(
    drive: DriveFn, routine: Routine, speaker: FakeSpeaker
) -> None:
    # Not hands-free, someone is looking at the screen: the Done screens show the signs.
    run = drive()
    cues = CueCaller(run.machine, speaker, signs=SIGNS)
    # on, injury, rest, the ice ("I have the ice", "Done icing"), support
    run.send(Intent.NEXT, Intent.INJURY, Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT)
    assert run.step == "injury-done"
    assert speaker.spoken[-1] == said(routine, "injury-done")
    run.send(Intent.STOP)
    run = drive()
    cues = CueCaller(run.machine, speaker, signs=SIGNS)
    run.to_stretch().send(Intent.NEXT, Intent.NEXT, Intent.EASED)
    run.send(Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT)  # the ice takes two answers
    assert run.step == "done"
    assert speaker.spoken[-1] == said(routine, "done")
    assert not any(SIGNS in text for text in speaker.spoken)
    assert cues.signs == SIGNS


def test_the_warning_signs_are_said_only_at_a_done(routine: Routine) -> None:
    for step in routine.steps:
        for hands_free in (False, True):
            cue = step_cue(routine, step, reps=0, hands_free=hands_free, voice=False, signs=SIGNS)
            assert (SIGNS in cue) is (hands_free and step.id in {"done", "injury-done"}), step.id
    assert routine.step("stop").warning_signs  # shown at "stop running", never said there


def test_unclear_is_said_only_at_the_triage(
    drive: DriveFn, routine: Routine, speaker: FakeSpeaker
) -> None:
    run = drive()
    cues = CueCaller(run.machine, speaker, voice=True)
    cues.say_unclear()  # at "stop running": nothing to say
    assert speaker.spoken == []
    run.send(Intent.NEXT)
    cues.say_unclear()
    triage = routine.step("triage")
    assert speaker.spoken[-1] == routine.fill(triage.unclear_cue, step=triage, voice=True)
    assert "say ready" in speaker.spoken[-1]
    cues.repeat()  # "repeat" says it again
    assert speaker.spoken[-2] == speaker.spoken[-1]
    run.send(Intent.NEXT)
    cues.say_unclear()  # waiting for the cramp to ease: nothing
    assert speaker.spoken[-1] == said(routine, "ease")


def test_hands_free_answer_still_counts(drive: DriveFn, routine: Routine) -> None:
    run = drive()
    run.machine.set_hands_free(True)
    assert run.machine.remaining() == routine.step("stop").wait  # it now moves on by itself
    run.to_stretch()  # "ready", "ready", "better"
    run.finish_countdown()
    run.finish_countdown()
    run.send(Intent.EASED)  # "better"
    assert run.step == "ice"
    assert run.machine.progress.eased


def test_switching_hands_free_off_mid_question_waits_for_the_user(
    drive: DriveFn, routine: Routine, speaker: FakeSpeaker
) -> None:
    run = drive().send(Intent.NEXT, Intent.NEXT)
    assert run.step == "ease"
    CueCaller(run.machine, speaker)
    run.machine.set_hands_free(True)
    assert speaker.spoken[-1] == said(routine, "ease", hands_free=True)
    assert "When it has stopped, press Enter." in speaker.spoken[-1]
    run.wait(10)
    run.machine.set_hands_free(False)
    assert run.machine.countdown is None
    run.wait(600)
    assert run.step == "ease"


def test_switching_hands_free_off_mid_question_takes_the_default_back(
    drive: DriveFn, routine: Routine, speaker: FakeSpeaker
) -> None:
    run = drive().send(Intent.NEXT, Intent.NEXT)
    cues = CueCaller(run.machine, speaker)
    captions: list[str] = []
    cues.caption.connect(captions.append)
    run.machine.set_hands_free(True)
    assert "Otherwise" in captions[-1]
    run.machine.set_hands_free(False)
    assert "Otherwise" not in captions[-1]  # nothing starts by itself any more
    assert captions[-1] == said(routine, "ease")
    cues.repeat()
    assert "Otherwise" not in speaker.spoken[-1]


def test_switching_hands_free_off_at_the_triage_takes_its_default_back(
    drive: DriveFn, routine: Routine, speaker: FakeSpeaker
) -> None:
    run = drive().send(Intent.NEXT)
    cues = CueCaller(run.machine, speaker)
    captions: list[str] = []
    cues.caption.connect(captions.append)
    run.machine.set_hands_free(True)
    assert captions[-1] == said(routine, "triage", hands_free=True)
    run.machine.set_hands_free(False)
    assert captions[-1] == said(routine, "triage")  # the question, with no default
    run.wait(600)
    assert run.step == "triage"


def test_pausing_a_hands_free_question_holds_its_default(drive: DriveFn, routine: Routine) -> None:
    run = drive().send(Intent.NEXT, Intent.NEXT)
    assert run.step == "ease"
    wait = routine.step("ease").wait
    run.machine.set_hands_free(True)
    run.wait(wait - 10)
    run.machine.toggle_pause()
    run.wait(600)
    assert run.step == "ease"
    run.machine.toggle_pause()
    run.wait(10)
    assert run.step == "position"


def test_cues_ask_for_a_voice_answer_only_when_voice_commands_work(routine: Routine) -> None:
    for step_id, asks in (("triage", ("ready", "injury")), ("ease", ("ready",))):
        step = routine.step(step_id)
        heard = step_cue(routine, step, reps=0, hands_free=True, voice=True)
        deaf = step_cue(routine, step, reps=0, hands_free=True, voice=False)
        for word in asks:
            assert f"say {word}" in heard
        assert "say " not in deaf
        assert "press Enter" in deaf
        assert ("press I" in deaf) is ("injury" in asks)
        assert heard in spoken_texts(routine, hands_free=True, voice=True)
        assert deaf in spoken_texts(routine, hands_free=True, voice=False)


def test_spoken_texts_hold_the_signs_and_the_unclear_cue_only_hands_free(routine: Routine) -> None:
    triage = routine.step("triage")
    for voice in (False, True):
        unclear = routine.fill(triage.unclear_cue, step=triage, voice=voice)
        hands_free = spoken_texts(routine, hands_free=True, voice=voice, signs=SIGNS)
        not_hands_free = spoken_texts(routine, hands_free=False, voice=voice, signs=SIGNS)
        assert unclear in hands_free and unclear not in not_hands_free
        for done in ("done", "injury-done"):
            assert f"{said(routine, done)} {SIGNS}" in hands_free
            assert said(routine, done) in not_hands_free
        assert not any(SIGNS in text for text in not_hands_free)
        _prolonged, unanswered = warnings(routine)
        assert any(text.startswith(f"{unanswered} ") for text in hands_free)


def test_no_answer_after_the_last_stretch_shows_and_says_see_a_physician(
    drive: DriveFn, routine: Routine, speaker: FakeSpeaker
) -> None:
    run = drive()
    run.machine.set_hands_free(True)
    CueCaller(run.machine, speaker)
    run.to_stretch()
    for _ in range(3):
        run.finish_countdown()
        run.finish_countdown()
        run.finish_countdown()  # nobody answers
    assert run.step == "ice"
    assert run.machine.progress.unanswered and not run.machine.progress.prolonged
    assert speaker.spoken[-1].startswith("No answer after 3 stretches.")
    unanswered, extra = routine.fill(routine.unanswered), routine.fill(routine.prolonged_extra)
    assert speaker.spoken[-1].startswith(f"{unanswered} {extra} ")  # get care now, if severe


def test_the_warning_signs_are_said_once_even_when_done_comes_twice(
    qapp: object, routine: Routine, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    from cramp_coach.routine.machine import RoutineMachine

    machine = RoutineMachine(routine, clock, hands_free=True)
    run = Driver(machine, clock)
    CueCaller(machine, speaker, signs=SIGNS)
    run.start()
    run.to_stretch().send(Intent.NEXT, Intent.NEXT, Intent.EASED)
    run.send(Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT)  # the ice takes two
    assert run.step == "done"
    run.send(Intent.CAME_BACK)  # the cramp came back at Done: first aid again, Done again
    assert run.step == "ease"
    run.send(Intent.NEXT)
    run.send(Intent.NEXT, Intent.NEXT, Intent.EASED)
    run.send(Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT)
    assert run.steps.count("done") == 2
    assert sum(SIGNS in text for text in speaker.spoken) == 1
    assert set(speaker.spoken) <= set(speaker.prepared), set(speaker.spoken) - set(speaker.prepared)


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_every_warning_sign_is_said_at_done_hands_free_in_each_language(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker, language: str
) -> None:
    """Each sign by its own words (not by the app's joined text): the heading's cue, then every
    sign's cue, in the run's language, once, at the injury steps' Done."""
    from cramp_coach.content.assets import default_routine_file
    from cramp_coach.content.routine import load_routine
    from cramp_coach.routine.machine import RoutineMachine

    routine = load_routine(default_routine_file(), language)
    guidance = load_guidance(language=language)
    machine = RoutineMachine(routine, clock, hands_free=True)
    run = Driver(machine, clock)
    CueCaller(machine, speaker, signs=guidance.spoken)
    run.start()
    run.send(Intent.NEXT, Intent.INJURY, Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT)
    assert run.step == "injury-done"  # the ice took two: "I have the ice", "Done icing"
    said = speaker.spoken[-1]
    assert guidance.cue in said
    assert len(guidance.signs) == 5
    for sign in guidance.signs:
        assert sign.cue in said, sign.id
        assert sum(sign.cue in text for text in speaker.spoken) == 1, sign.id


def _asking_at_triage(
    routine: Routine, clock: ManualClock, speaker: FakeSpeaker
) -> tuple[Driver, float]:
    """A hands-free run just entered at the triage by Enter; its question's wait, in seconds."""
    from cramp_coach.routine.machine import RoutineMachine

    machine = RoutineMachine(routine, clock, hands_free=True)
    CueCaller(machine, speaker, signs=SIGNS)
    run = Driver(machine, clock).start()
    run.send(Intent.NEXT)
    assert run.step == "triage"
    return run, routine.step("triage").wait


def test_a_question_s_answer_window_starts_when_it_has_been_said(
    qapp: object, routine: Routine, clock: ManualClock
) -> None:
    """Issue 16: the triage question takes 12 s to say; its 30 s to answer start after it, so
    the whole window is left (it used to start on entry: 18 s were left)."""
    speaker = FakeSpeaker(clock, default_duration=12.0)
    run, wait = _asking_at_triage(routine, clock, speaker)
    assert run.machine.asking
    speaker.playingChanged.emit(True)
    run.wait(12.0)
    assert run.machine.remaining() == wait  # not started while the question is said
    speaker.playingChanged.emit(False)  # its audio ended
    assert not run.machine.asking
    run.wait(wait - 0.5)
    assert run.step == "triage"
    run.wait(0.5)
    assert run.step == "ease"  # nothing heard: the cramp steps


def test_a_question_whose_end_is_never_reported_opens_after_its_length(
    qapp: object, routine: Routine, clock: ManualClock
) -> None:
    speaker = FakeSpeaker(clock, default_duration=12.0)
    run, wait = _asking_at_triage(routine, clock, speaker)
    run.wait(12.0 + SAID_MARGIN_SECONDS - 0.1)
    assert run.machine.asking
    run.wait(0.1)
    assert not run.machine.asking
    run.wait(wait)
    assert run.step == "ease"


@pytest.mark.parametrize("why", ["muted", "speech off"])
def test_a_question_that_is_not_heard_opens_at_once(
    qapp: object, routine: Routine, clock: ManualClock, why: str
) -> None:
    speaker = FakeSpeaker(clock, default_duration=12.0)
    if why == "muted":
        speaker.muted = True
    else:
        speaker.problem = "espeak-ng is not installed"
    run, wait = _asking_at_triage(routine, clock, speaker)
    assert not run.machine.asking
    run.wait(wait)
    assert run.step == "ease"


def test_pause_over_a_question_freezes_its_whole_window(
    qapp: object, routine: Routine, clock: ManualClock
) -> None:
    speaker = FakeSpeaker(clock, default_duration=12.0)
    run, wait = _asking_at_triage(routine, clock, speaker)
    run.machine.toggle_pause()
    assert run.machine.paused and not run.machine.asking
    run.wait(3 * wait)
    assert run.step == "triage"
    run.machine.toggle_pause()
    run.wait(wait)
    assert run.step == "ease"


def test_hands_free_switched_on_at_a_step_with_nothing_to_ask_again_still_times_out(
    qapp: object, routine: Routine, clock: ManualClock
) -> None:
    """Rehydrate has a hands-free wait but no question of its own: switched on there, nothing
    is said again, so its window starts at once (it must not wait for a question forever)."""
    from cramp_coach.routine.machine import RoutineMachine

    machine = RoutineMachine(routine, clock)
    CueCaller(machine, FakeSpeaker(clock, default_duration=3.0), signs=SIGNS)
    run = Driver(machine, clock).start().to_stretch()
    while run.step != "rehydrate":
        run.send(Intent.EASED if run.step == "check" else Intent.NEXT)
    assert not routine.step("rehydrate").wait_cue
    machine.set_hands_free(True)
    assert not machine.asking
    run.wait(routine.step("rehydrate").wait)
    assert run.step == "done"


def test_a_question_cut_off_by_a_pause_is_said_again_on_resume(
    qapp: object, routine: Routine, clock: ManualClock
) -> None:
    """Seen walking by voice: "pause" over "Release. Has the cramp eased? ..." and then
    "resume" left the window running with half the question heard."""
    speaker = FakeSpeaker(clock, default_duration=6.0)
    run, _wait = _asking_at_triage(routine, clock, speaker)
    question = speaker.spoken[-1]
    speaker.playingChanged.emit(True)
    run.wait(2.0)
    run.machine.toggle_pause()  # cut off mid-question
    speaker.playingChanged.emit(False)
    run.machine.toggle_pause()
    assert speaker.spoken[-1] == question and speaker.spoken.count(question) == 2


def test_a_pause_between_cues_or_in_a_hold_says_nothing_again(
    qapp: object, routine: Routine, clock: ManualClock
) -> None:
    speaker = FakeSpeaker(clock, default_duration=2.0)
    run, _wait = _asking_at_triage(routine, clock, speaker)
    said = len(speaker.spoken)
    run.machine.toggle_pause()  # the question was heard whole: nothing playing
    run.machine.toggle_pause()
    assert len(speaker.spoken) == said
    run.send(Intent.NEXT).send(Intent.NEXT)
    while run.step != "hold":
        run.send(Intent.NEXT)
    speaker.playingChanged.emit(True)  # "Hold for 30 seconds." being said
    run.machine.toggle_pause()
    speaker.playingChanged.emit(False)
    said = len(speaker.spoken)
    run.machine.toggle_pause()
    assert len(speaker.spoken) == said
