"""Spoken cues: which words, in which state, on which second; pauses, mutes and faulty engines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cramp_coach.content import Mark, Routine
from cramp_coach.routine.cues import CueCaller, estimate, fit_marks, spoken_texts, step_cue
from cramp_coach.routine.flow import Intent
from tests.fakes import BusyClock, FakeSpeaker, ManualClock
from tests.helpers import Driver

DriveFn = Callable[..., Driver]
MARKS = (Mark(10, "Ten seconds."), Mark(3, "Three."), Mark(2, "Two."), Mark(1, "One."))


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
    # Run every path that makes a combined utterance (a timer running out, the prolonged and the
    # unanswered warnings) and check each exact text spoken was among those rendered ahead.
    for answers in ([Intent.EASED], [Intent.STILL] * 3, [None] * 3):
        speaker = FakeSpeaker(clock, default_duration=0.4)
        run = drive()
        run.machine.set_hands_free(hands_free or None in answers)
        CueCaller(run.machine, speaker)
        run.machine.stepEntered.emit(run.step)
        run.send(Intent.NEXT)
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
        assert speaker.spoken and set(speaker.spoken) <= set(speaker.prepared), set(
            speaker.spoken
        ) - set(speaker.prepared)


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
    drive: DriveFn, speaker: FakeSpeaker, clock: ManualClock
) -> None:
    run = drive()
    caller = CueCaller(run.machine, speaker)  # connected before the first step is entered
    run.machine.stepEntered.emit(run.step)  # the first cue, as if connected before start()
    run.send(Intent.NEXT)
    run.finish_countdown()
    hold_started = clock.now()
    run.finish_countdown()
    run.send(Intent.EASED)
    assert speaker.spoken[:9] == [
        "Stop running. Stand still and breathe. Wait for the cramp to stop.",
        "Once the cramp has stopped: feet shoulder-width apart. Slowly bend at the waist until "
        "you feel a light pull.",
        "Hold for 30 seconds.",
        "Ten seconds.",
        "Three.",
        "Two.",
        "One.",
        "Release. Has the cramp eased?",
        "Put ice on the back of your thigh. Wrap the ice in a cloth, never on bare skin, for ten "
        "minutes at most.",
    ]
    times = dict((text, at) for at, text in speaker.spoken_at())
    assert times["Ten seconds."] == pytest.approx(hold_started + 20, abs=0.05)
    assert times["Three."] == pytest.approx(hold_started + 27, abs=0.05)
    assert times["Two."] == pytest.approx(hold_started + 28, abs=0.05)
    assert times["One."] == pytest.approx(hold_started + 29, abs=0.05)
    assert times["Release. Has the cramp eased?"] == pytest.approx(hold_started + 30, abs=0.05)
    assert caller.marks == {}


def test_captions_show_the_same_words(drive: DriveFn, speaker: FakeSpeaker) -> None:
    run, _caller, captions = voiced(drive, speaker)
    run.send(Intent.NEXT)
    run.finish_countdown()
    run.finish_countdown()
    assert captions == speaker.spoken[-len(captions) :]
    assert captions[-1] == "Release. Has the cramp eased?"


def test_a_pause_cuts_the_countdown_speech(
    drive: DriveFn, speaker: FakeSpeaker, clock: ManualClock
) -> None:
    run, _caller, _captions = voiced(drive, speaker)
    run.send(Intent.NEXT)
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
    run.send(Intent.NEXT)
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
    drive: DriveFn, speaker: FakeSpeaker
) -> None:
    run, _caller, _captions = voiced(drive, speaker)
    run.send(Intent.NEXT)
    for _ in range(3):
        run.finish_countdown()
        run.finish_countdown()
        run.send(Intent.STILL)
    assert run.step == "ice"
    assert "Consult a physician" in speaker.spoken[-1]
    run.send(Intent.NEXT)
    assert "Consult a physician" not in speaker.spoken[-1]


def test_stop_silences_at_once(drive: DriveFn, speaker: FakeSpeaker) -> None:
    run, _caller, _captions = voiced(drive, speaker)
    run.send(Intent.NEXT, Intent.STOP)
    assert speaker.events[-1].what == "stop"


def test_speech_off_gives_beeps_on_the_marks_and_keeps_captions(
    drive: DriveFn, speaker: FakeSpeaker
) -> None:
    speaker.problem = "Speech is off: espeak-ng is not installed"
    run, _caller, captions = voiced(drive, speaker)
    run.send(Intent.NEXT)
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
    run.send(Intent.NEXT)
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
    run.send(Intent.NEXT)
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
    run.start().send(Intent.NEXT)
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
    CueCaller(machine, speaker)
    run.start()
    run.wait(30 + 3 * (5 + 30 + 10) + 600 + 120 + 20 + 1)
    assert run.steps == (
        ["stop"] + ["position", "hold", "check"] * 3 + ["ice", "massage", "rehydrate", "done"]
    )
    assert machine.summary().outcome.value == "unanswered"  # nobody said it eased or not
    assert machine.progress.reps == 3
    entry = [t for t in speaker.spoken if t not in {"Ten seconds.", "Three.", "Two.", "One."}]
    position = (
        "Once the cramp has stopped: feet shoulder-width apart. Slowly bend at the waist until "
        "you feel a light pull."
    )
    assert entry == [
        "Stop running. Stand still and breathe. When the cramp has stopped, press Enter. "
        "Otherwise the stretch starts in 30 seconds.",
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
        "No answer after 3 stretches. If the cramp is still there, consult a physician about "
        "prolonged hamstring cramps. Put ice on the back of your thigh. Wrap the ice in a "
        "cloth, never on bare skin, for ten minutes at most.",
        "Take the ice off. Gently massage the back of your thigh. Use light pressure, and stop "
        "if it hurts.",
        "That is enough massage. Rehydrate: a sports drink, a banana, and water.",
        "That is the end of the routine.",
    ]
    run.wait(3600)
    assert run.step == "done"  # the summary stays up


def test_hands_free_answer_still_counts(drive: DriveFn, routine: Routine) -> None:
    run = drive()
    run.machine.set_hands_free(True)
    assert run.machine.remaining() == 30  # the question now waits for an answer
    run.send(Intent.NEXT)  # "ready"
    run.finish_countdown()
    run.finish_countdown()
    run.send(Intent.EASED)  # "better"
    assert run.step == "ice"
    assert run.machine.progress.eased


def test_switching_hands_free_off_mid_question_waits_for_the_user(
    drive: DriveFn, speaker: FakeSpeaker
) -> None:
    run = drive()
    CueCaller(run.machine, speaker)
    run.machine.set_hands_free(True)
    assert "When the cramp has stopped, press Enter." in speaker.spoken[-1]
    run.wait(10)
    run.machine.set_hands_free(False)
    assert run.machine.countdown is None
    run.wait(600)
    assert run.step == "stop"


def test_switching_hands_free_off_mid_question_takes_the_default_back(
    drive: DriveFn, speaker: FakeSpeaker
) -> None:
    run = drive()
    cues = CueCaller(run.machine, speaker)
    captions: list[str] = []
    cues.caption.connect(captions.append)
    run.machine.set_hands_free(True)
    assert "Otherwise" in captions[-1]
    run.machine.set_hands_free(False)
    assert "Otherwise" not in captions[-1]  # nothing starts by itself any more
    assert captions[-1].startswith("Stop running")
    cues.repeat()
    assert "Otherwise" not in speaker.spoken[-1]


def test_pausing_a_hands_free_question_holds_its_default(drive: DriveFn) -> None:
    run = drive()
    run.machine.set_hands_free(True)
    run.wait(20)
    run.machine.toggle_pause()
    run.wait(600)
    assert run.step == "stop"
    run.machine.toggle_pause()
    run.wait(10)
    assert run.step == "position"


def test_cues_ask_for_a_voice_answer_only_when_voice_commands_work(routine: Routine) -> None:
    stop = routine.step("stop")
    heard = step_cue(routine, stop, reps=0, hands_free=True, voice=True)
    deaf = step_cue(routine, stop, reps=0, hands_free=True, voice=False)
    assert "say ready" in heard and "say" not in deaf.replace("Stop", "")
    assert "press Enter" in deaf
    assert heard in spoken_texts(routine, hands_free=True, voice=True)


def test_no_answer_after_the_last_stretch_shows_and_says_see_a_physician(
    drive: DriveFn, speaker: FakeSpeaker
) -> None:
    run = drive()
    run.machine.set_hands_free(True)
    CueCaller(run.machine, speaker)
    run.send(Intent.NEXT)
    for _ in range(3):
        run.finish_countdown()
        run.finish_countdown()
        run.finish_countdown()  # nobody answers
    assert run.step == "ice"
    assert run.machine.progress.unanswered and not run.machine.progress.prolonged
    assert speaker.spoken[-1].startswith("No answer after 3 stretches.")
