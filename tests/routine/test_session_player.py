"""A whole prevention session on a manual clock: get-ready, exercises one leg at a time, rests,
pause, skip, back, and a cramp that ends it; and the log that lands in the journal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cramp_coach.content.exercises import Exercise, load_shipped
from cramp_coach.content.sessions import Session, load_shipped_sessions
from cramp_coach.journal.recorder import JournalWriter, SessionRecorder
from cramp_coach.journal.store import Journal
from cramp_coach.routine.guided import LEAD_SECONDS, SWITCH_SECONDS, Phase, Side
from cramp_coach.routine.session_player import SessionPlayer, Stage
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle


def shipped(session_id: str) -> tuple[Session, list[Exercise]]:
    library = {e.id: e for e in load_shipped()}
    session = next(s for s in load_shipped_sessions(library) if s.id == session_id)
    return session, session.exercises(library)


@pytest.fixture
def speaker(clock: ManualClock) -> FakeSpeaker:
    return FakeSpeaker(clock, default_duration=0.4)


@pytest.fixture
def writer(qapp: object, tmp_path: Path) -> Iterator[JournalWriter]:
    journal = JournalWriter(tmp_path / "journal.db")
    yield journal
    journal.close()


def said(speaker: FakeSpeaker) -> list[str]:
    return [e.text for e in speaker.events if e.what == "say"]


def logged(player: SessionPlayer) -> list[tuple[int, int, str | None, int]]:
    return [(d.exercise_number, d.set_number, d.side, d.reps) for d in player.log]


def test_a_whole_strength_session_with_sides_rests_pause_skip_back_and_a_cramp(
    qapp: object,
    clock: ManualClock,
    speaker: FakeSpeaker,
    writer: JournalWriter,
    tmp_path: Path,
) -> None:
    session, exercises = shipped("strength-b")
    bridge, deadlift, curl = exercises
    assert bridge.each_leg and deadlift.each_leg and not curl.each_leg
    player = SessionPlayer(session, exercises, clock, speaker)
    recorder = SessionRecorder(
        player, writer, lambda: __import__("datetime").datetime.now().astimezone()
    )
    captions: list[str] = []
    player.caption.connect(captions.append)
    player.start()
    assert player.stage is Stage.GET_READY
    assert player.progress() == "Get ready · Exercise 1 of 3"
    assert said(speaker)[-1].startswith("Get ready: Strength B: one leg at a time. First, Single")
    clock.advance(session.get_ready_seconds)

    # Exercise 1, set 1, left leg: the reps to the cadence, then the switch, then the right leg.
    guided = player.guided
    assert player.stage is Stage.EXERCISE and guided is not None and guided.side is Side.LEFT
    rep = bridge.rep_seconds
    clock.advance(LEAD_SECONDS + 5 * rep + 0.5)
    assert player.progress() == "Exercise 1 of 3 · Set 1 of 2 · Left leg · Rep 6 of 8"
    clock.advance(3 * rep - 0.5)
    assert guided.phase is Phase.SWITCH and said(speaker)[-1] == "Switch to the right leg."
    clock.advance(SWITCH_SECONDS + 8 * rep)
    assert logged(player) == [(1, 1, "left", 8), (1, 1, "right", 8)]
    assert guided.phase is Phase.REST and "Rest" in player.progress()

    # Paused in the rest: nothing moves however long; resumed, it goes on.
    player.toggle_pause()
    assert player.paused
    clock.advance(600)
    assert guided.phase is Phase.REST and guided.set_number == 1
    player.toggle_pause()
    clock.advance(bridge.rest_seconds + LEAD_SECONDS + 8 * rep + SWITCH_SECONDS + 8 * rep)

    # The last set's "Well done" and the rest before the next exercise: one breath, not cut off.
    assert player.stage is Stage.BETWEEN and player.index == 1
    assert player.progress() == "Rest before the next exercise · Exercise 2 of 3"
    last = said(speaker)[-1]
    assert last.startswith("Well done: all 2 sets. Rest. Next, Single-leg deadlift: 2 × 8 reps")
    assert captions[-1] == last
    assert logged(player)[2:] == [(1, 2, "left", 8), (1, 2, "right", 8)]

    # Enter starts the next exercise now; skip it; back (at once) brings it again.
    clock.advance(3)
    player.next()
    assert player.stage is Stage.EXERCISE and player.guided.exercise.id == deadlift.id  # type: ignore[union-attr]
    clock.advance(2)
    player.skip()
    assert player.index == 2 and player.guided.exercise.id == curl.id  # type: ignore[union-attr]
    assert player.skipped == {1}
    clock.advance(1)
    player.back()
    assert player.index == 1 and player.stage is Stage.EXERCISE and player.skipped == set()
    assert player.guided.phase is Phase.WORK  # type: ignore[union-attr]

    # Three reps and a half of the left leg, then a cramp: the session stops, interrupted.
    clock.advance(LEAD_SECONDS + 3.5 * deadlift.rep_seconds)
    assert player.progress() == "Exercise 2 of 3 · Set 1 of 2 · Left leg · Rep 4 of 8"
    player.cramp()
    assert player.stage is Stage.INTERRUPTED and not player.running
    assert player.outcome == "interrupted"
    assert logged(player)[4:] == [(2, 1, "left", 3)]
    clock.advance(600)  # nothing runs on
    assert len(player.log) == 5

    writer.flush()
    settle()
    del recorder
    writer.close()
    with Journal.open(tmp_path / "journal.db") as journal:
        (entry,) = journal.preventions()
    assert (entry.session_id, entry.outcome, entry.exercises) == ("strength-b", "interrupted", 3)
    assert [
        (d.exercise_number, d.exercise_id, d.set_number, d.side, d.reps) for d in entry.sets
    ] == [
        (1, "single-leg-bridge", 1, "left", 8),
        (1, "single-leg-bridge", 1, "right", 8),
        (1, "single-leg-bridge", 2, "left", 8),
        (1, "single-leg-bridge", 2, "right", 8),
        (2, "single-leg-deadlift", 1, "left", 3),
    ]
    assert entry.ended_at is not None
    assert (entry.ended_at - entry.started_at).total_seconds() == pytest.approx(
        clock.now() - 600 - player.started_at  # type: ignore[operator]
    )


def test_the_post_run_stretch_runs_to_the_end_and_is_complete(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    session, exercises = shipped("post-run")
    (stretch,) = exercises
    player = SessionPlayer(session, exercises, clock, speaker)
    player.start()
    clock.advance(session.get_ready_seconds)
    for _ in range(stretch.sets):
        clock.advance(LEAD_SECONDS + stretch.seconds + stretch.rest_seconds)
    assert player.stage is Stage.DONE and player.outcome == "complete"
    assert [(d.set_number, d.side, d.seconds) for d in player.log] == [
        (1, None, 30), (2, None, 30), (3, None, 30)
    ]  # fmt: skip
    assert said(speaker)[-1] == "Release. Well done: all 3 sets. Session done: all 1 exercises."
    assert player.progress() == "All 1 exercises done"


def test_stopping_keeps_what_was_done_as_partial(
    qapp: object, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    session, exercises = shipped("strength-a")
    player = SessionPlayer(session, exercises, clock, speaker)
    player.start()
    player.next()  # within the guard: the get-ready goes on
    assert player.stage is Stage.GET_READY
    clock.advance(session.get_ready_seconds + LEAD_SECONDS + 4 * exercises[0].rep_seconds)
    player.stop()
    assert player.stage is Stage.STOPPED and player.outcome == "partial"
    assert logged(player) == [(1, 1, None, 4)]
