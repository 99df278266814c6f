"""Guided exercises on a manual clock: sets, reps and rests, the right words at the right time."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from cramp_coach import i18n
from cramp_coach.content.exercises import Exercise, load_library
from cramp_coach.routine.guided import (
    LEAD_SECONDS,
    NEXT_GUARD_SECONDS,
    SWITCH_SECONDS,
    GuidedExercise,
    Phase,
    Side,
)
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle


def exercise(exercise_id: str, language: str = "en") -> Exercise:
    return next(e for e in load_library(language=language).exercises if e.id == exercise_id)


@pytest.fixture
def speaker(clock: ManualClock) -> FakeSpeaker:
    return FakeSpeaker(clock, default_duration=0.4)


def guided(qapp: object, ex: Exercise, clock: ManualClock, speaker: FakeSpeaker) -> GuidedExercise:
    run = GuidedExercise(ex, clock, speaker)
    run.start()
    return run


def test_reps_sets_and_rests_with_the_cadence_on_its_seconds(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    bridge = dataclasses.replace(exercise("glute-bridge"), sets=2, reps=2, rest_seconds=10)
    run = guided(qapp, bridge, clock, speaker)
    start = clock.now()
    assert (run.phase, run.set_number) == (Phase.WORK, 1)
    clock.advance(LEAD_SECONDS + 8 + 10 + LEAD_SECONDS + 8 + 1, settle)
    assert run.phase is Phase.DONE
    assert speaker.spoken == [
        "Set 1 of 2: 2 reps.",
        "Up", "and down", "Up", "and down",
        "Rest. Next set in 10 seconds.",
        "Set 2 of 2: 2 reps.",
        "Up", "and down", "Up", "and down",
        "Well done: all 2 sets.",
    ]  # fmt: skip
    times = [at - start for at, _ in speaker.spoken_at()]
    assert times == pytest.approx([0, 3, 5, 7, 9, 11, 21, 24, 26, 28, 30, 32])


def test_rep_count_follows_the_cadence(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    run = guided(qapp, exercise("romanian-deadlift"), clock, speaker)  # 3 s down, 2 s up
    clock.advance(LEAD_SECONDS, settle)
    assert run.rep == 1
    clock.advance(5, settle)
    assert run.rep == 2
    assert speaker.spoken[-2:] == ["and up", "Down"]


def test_held_exercise_says_hold_and_release(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    stretch = exercise("standing-hamstring-stretch")
    run = guided(qapp, stretch, clock, speaker)
    clock.advance(LEAD_SECONDS + 30, settle)
    assert run.phase is Phase.REST
    assert speaker.spoken == [
        "Set 1 of 3: hold for 30 seconds.",
        "Hold.",
        "Release. Rest. Next set in 15 seconds.",
    ]


def test_one_leg_at_a_time_each_set_is_left_leg_switch_right_leg_then_rest(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    bridge = dataclasses.replace(exercise("single-leg-bridge"), sets=2, reps=2, rest_seconds=10)
    assert bridge.each_leg
    run = guided(qapp, bridge, clock, speaker)
    start = clock.now()
    assert (run.phase, run.side) == (Phase.WORK, Side.LEFT)
    clock.advance(LEAD_SECONDS + 8, settle)
    assert (run.phase, run.side) == (Phase.SWITCH, Side.RIGHT)
    clock.advance(SWITCH_SECONDS, settle)
    assert (run.phase, run.side, run.rep) == (Phase.WORK, Side.RIGHT, 1)
    clock.advance(8 + 10 + LEAD_SECONDS + 8 + SWITCH_SECONDS + 8 + 1, settle)
    assert run.phase is Phase.DONE
    assert speaker.spoken == [
        "Set 1 of 2: 2 reps each leg. Left leg.",
        "Up", "and down", "Up", "and down",
        "Switch to the right leg.",
        "Up", "and down", "Up", "and down",
        "Rest. Next set in 10 seconds.",
        "Set 2 of 2: 2 reps each leg. Left leg.",
        "Up", "and down", "Up", "and down",
        "Switch to the right leg.",
        "Up", "and down", "Up", "and down",
        "Well done: all 2 sets.",
    ]  # fmt: skip
    times = [at - start for at, _ in speaker.spoken_at()]
    assert times == pytest.approx(
        [0, 3, 5, 7, 9, 11, 16, 18, 20, 22, 24, 34, 37, 39, 41, 43, 45, 50, 52, 54, 56, 58]
    )
    assert run.work_seconds == LEAD_SECONDS + 8 + SWITCH_SECONDS + 8


def test_enter_ends_the_left_leg_then_the_switch_then_the_set(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    run = guided(qapp, exercise("single-leg-deadlift"), clock, speaker)
    clock.advance(NEXT_GUARD_SECONDS, settle)
    run.next()
    assert (run.phase, run.side, run.set_number) == (Phase.SWITCH, Side.RIGHT, 1)
    assert speaker.spoken[-1] == "Switch to the right leg."
    clock.advance(NEXT_GUARD_SECONDS, settle)
    run.next()
    assert (run.phase, run.side, run.set_number) == (Phase.WORK, Side.RIGHT, 1)
    assert speaker.spoken[-1] == "Down"  # the right leg's first rep starts at once
    run.toggle_pause()
    assert run.paused
    run.toggle_pause()
    clock.advance(NEXT_GUARD_SECONDS, settle)
    run.next()
    assert run.phase is Phase.REST
    clock.advance(NEXT_GUARD_SECONDS, settle)
    run.next()
    assert (run.phase, run.side, run.set_number) == (Phase.WORK, Side.LEFT, 2)


def test_a_two_legged_exercise_has_no_sides(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    run = guided(qapp, exercise("glute-bridge"), clock, speaker)
    assert run.side is None
    clock.advance(run.work_seconds, settle)
    assert run.phase is Phase.REST
    assert not any("leg" in text for text in speaker.spoken)


def test_the_warm_up_is_minutes_of_easy_movement_with_no_hold(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    warm_up = exercise("warm-up")
    run = guided(qapp, warm_up, clock, speaker)
    start = clock.now()
    assert run.work_seconds == LEAD_SECONDS + 300
    clock.advance(LEAD_SECONDS + 120, settle)
    assert run.phase is Phase.WORK
    clock.advance(180, settle)
    assert run.phase is Phase.DONE
    assert speaker.spoken == [
        "5 minutes of easy movement, at a pace you can talk at.",
        "Walk briskly.",
        "Now jog very easily.",
        "Well done.",
    ]
    times = [at - start for at, _ in speaker.spoken_at()]
    assert times == pytest.approx([0, 3, 123, 303])
    assert not any("hold" in t.lower() or "release" in t.lower() for t in speaker.spoken)


def test_pause_freezes_the_set_and_cuts_speech(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    run = guided(qapp, exercise("glute-bridge"), clock, speaker)
    clock.advance(LEAD_SECONDS + 1, settle)
    run.toggle_pause()
    assert speaker.events[-1].what == "stop"
    left = run.ticker.countdown.remaining() if run.ticker else 0
    said = len(speaker.spoken)
    clock.advance(120, settle)
    assert len(speaker.spoken) == said
    assert run.ticker is not None and run.ticker.countdown.remaining() == left
    run.toggle_pause()
    clock.advance(1, settle)
    assert speaker.spoken[-1] == "and down"


def test_enter_skips_the_rest_and_esc_stops(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    run = guided(qapp, exercise("glute-bridge"), clock, speaker)
    clock.advance(NEXT_GUARD_SECONDS, settle)
    run.next()
    assert run.phase is Phase.REST
    clock.advance(NEXT_GUARD_SECONDS, settle)
    run.next()
    assert (run.phase, run.set_number) == (Phase.WORK, 2)
    run.stop()
    assert run.phase is Phase.STOPPED
    clock.advance(600, settle)
    assert run.phase is Phase.STOPPED


def test_a_speaker_that_raises_does_not_stop_the_sets(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    speaker.raises = RuntimeError("boom")
    run = guided(qapp, exercise("standing-knee-curl"), clock, speaker)
    captions: list[str] = []
    run.caption.connect(captions.append)
    clock.advance(10_000, settle)
    assert run.phase is Phase.DONE
    assert captions[-1] == "Well done: all 2 sets."
    assert captions.count("Switch to the right leg.") == 2  # each leg, in both sets


# -- in the language installed: the words come from the app's translations -----------------------


@pytest.fixture
def language(qapp: QApplication) -> Iterator[str]:
    """Spanish installed for the test (as the app installs it); English again afterwards."""
    i18n.install(qapp, "es")
    yield "es"
    i18n.install(qapp, "en")


def test_a_set_is_spoken_in_spanish_with_the_spanish_translations(
    language: str, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    bridge = dataclasses.replace(
        exercise("glute-bridge", language), sets=2, reps=2, rest_seconds=10
    )
    run = GuidedExercise(bridge, clock, speaker)
    run.start()
    clock.advance(LEAD_SECONDS + 8 + 10 + LEAD_SECONDS + 8 + 1, settle)
    assert run.phase is Phase.DONE
    assert speaker.spoken == [
        "Serie 1 de 2: 2 repeticiones.",
        "Arriba", "y abajo", "Arriba", "y abajo",
        "Descansa. Siguiente serie en 10 segundos.",
        "Serie 2 de 2: 2 repeticiones.",
        "Arriba", "y abajo", "Arriba", "y abajo",
        "Bien hecho: has completado las 2 series.",
    ]  # fmt: skip


def test_a_held_stretch_is_spoken_in_spanish(
    language: str, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    stretch = exercise("standing-hamstring-stretch", language)
    run = GuidedExercise(stretch, clock, speaker)
    run.start()
    clock.advance(LEAD_SECONDS + 30, settle)
    assert speaker.spoken == [
        "Serie 1 de 3: mantén 30 segundos.",
        "Mantén.",
        "Suelta. Descansa. Siguiente serie en 15 segundos.",
    ]
    one = GuidedExercise(dataclasses.replace(stretch, sets=1), clock, speaker)
    one.start()
    clock.advance(LEAD_SECONDS + 30, settle)
    assert speaker.spoken[-1] == "Suelta. Bien hecho."


def test_the_words_follow_the_language_installed_when_they_are_said(
    qapp: QApplication, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    stretch = dataclasses.replace(exercise("standing-hamstring-stretch"), sets=1)
    run = GuidedExercise(stretch, clock, speaker)
    run.start()  # no translator: English
    try:
        i18n.install(qapp, "de")
        clock.advance(LEAD_SECONDS + 30, settle)
    finally:
        i18n.install(qapp, "en")
    assert speaker.spoken == ["Set 1 of 1: hold for 30 seconds.", "Halten.", "Lösen. Gut gemacht."]


@pytest.mark.parametrize(
    ("code", "first", "switch"),
    [
        ("es", "Serie 1 de 2: 8 repeticiones con cada pierna. Pierna izquierda.",
         "Cambia a la pierna derecha."),
        ("de", "Satz 1 von 2: 8 Wiederholungen je Bein. Linkes Bein.", "Wechsel zum rechten Bein."),
    ],
)  # fmt: skip
def test_each_leg_is_spoken_in_spanish_and_german(
    qapp: QApplication, clock: ManualClock, code: str, first: str, switch: str
) -> None:
    i18n.install(qapp, code)
    try:
        speaker = FakeSpeaker(clock, default_duration=0.4)
        run = GuidedExercise(exercise("single-leg-bridge", code), clock, speaker)
        run.start()
        clock.advance(LEAD_SECONDS + 8 * 4, settle)
        assert speaker.spoken[0] == first
        assert speaker.spoken[-1] == switch
    finally:
        i18n.install(qapp, "en")


GUIDED_ENGLISH = {
    "set", "of", "reps", "hold", "seconds", "rest", "next", "well", "done", "release", "leg",
    "left", "right", "switch", "each", "minutes", "walk", "jog", "easy",
}  # fmt: skip


@pytest.mark.parametrize("code", ["es", "de"])
def test_no_guided_exercise_speaks_english_in_spanish_or_german(
    qapp: QApplication, clock: ManualClock, code: str
) -> None:
    i18n.install(qapp, code)
    try:
        for ex in load_library(language=code).exercises:
            speaker = FakeSpeaker(clock, default_duration=0.4)
            run = GuidedExercise(ex, clock, speaker)
            run.start()
            clock.advance(ex.sets * (run.work_seconds + ex.rest_seconds) + 1, settle)
            assert run.phase is Phase.DONE, ex.id
            for text in speaker.spoken:
                assert not set(re.findall(r"[a-z]+", text.lower())) & GUIDED_ENGLISH, text
    finally:
        i18n.install(qapp, "en")


def test_two_quick_enters_end_the_rest_not_the_set_that_follows(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    run = guided(qapp, exercise("glute-bridge"), clock, speaker)
    run.next()  # at once, as the set begins: nothing
    assert (run.phase, run.set_number) == (Phase.WORK, 1)
    clock.advance(LEAD_SECONDS + 10, settle)
    run.next()  # ends the set
    assert run.phase is Phase.REST
    clock.advance(5, settle)
    run.next()  # skips the rest...
    clock.advance(0.3, settle)
    run.next()  # ...and the second press of a double Enter does not end set 2 as it begins
    assert (run.phase, run.set_number) == (Phase.WORK, 2)
    clock.advance(NEXT_GUARD_SECONDS, settle)
    run.next()  # a deliberate Enter later still ends it
    assert run.phase is Phase.REST


def test_the_rep_is_counted_after_the_lead_in(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    run = guided(qapp, exercise("glute-bridge"), clock, speaker)
    assert not run.counting_reps  # "Set 1 of 3..." first
    clock.advance(LEAD_SECONDS, settle)
    assert run.counting_reps and run.rep == 1
    clock.advance(run.exercise.rep_seconds * 3, settle)
    assert run.rep == 4
