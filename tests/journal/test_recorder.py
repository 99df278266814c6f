"""What a run was lands in the journal: a routine file's own number of stretches, and a run
that took the injury steps; a real run, a real SQLite file."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine, load_routine
from cramp_coach.content.assets import default_routine_file
from cramp_coach.content.routine import MAX_REPS
from cramp_coach.journal.recorder import EpisodeRecorder, JournalWriter
from cramp_coach.journal.store import Episode, Journal
from cramp_coach.routine.flow import Intent, Outcome
from cramp_coach.routine.machine import RoutineMachine
from tests.fakes import ManualClock
from tests.helpers import Driver

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def routine_with(tmp_path: Path, max_reps: int) -> Routine:
    """The shipped routine file, changed only to allow `max_reps` stretches."""
    shipped = default_routine_file().read_text(encoding="utf-8")
    text, changed = re.subn(r"^max_reps = 3\b", f"max_reps = {max_reps}", shipped, flags=re.M)
    assert changed == 1, "the shipped routine no longer says max_reps = 3"
    path = tmp_path / "five-stretches.toml"
    path.write_text(text, encoding="utf-8")
    return load_routine(path)


def read_back(path: Path) -> Episode:
    """The one episode in the journal file, read through a fresh connection."""
    journal = Journal.open(path)
    try:
        (episode,) = journal.episodes()
    finally:
        journal.close()
    return episode


def stretch(run: Driver) -> None:
    """Gets into position and holds, letting both countdowns run out."""
    run.finish_countdown()
    run.finish_countdown()
    assert run.step == "check"


def test_a_routine_of_five_stretches_is_recorded_with_all_five(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, writer: JournalWriter
) -> None:
    machine = RoutineMachine(routine_with(tmp_path, 5), clock)
    recorder = EpisodeRecorder(machine, writer, wall=lambda: T0)
    failures: list[str] = []
    writer.failed.connect(failures.append)
    run = Driver(machine, clock).start().to_stretch()  # a cramp, and it has stopped
    for _ in range(4):
        stretch(run)
        run.send(Intent.STILL)
    stretch(run)
    assert machine.progress.reps == 5
    with qtbot.waitSignal(recorder.finished, timeout=5000):
        run.send(Intent.STILL)  # still cramping after the fifth: no sixth, on to ice
        assert run.step == "ice"
        # the ice ("I have the ice", "Done icing"), massage, rehydrate
        run.send(Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT)
        assert run.step == "done"
    writer.close()
    machine.deleteLater()

    episode = read_back(tmp_path / "journal.db")
    assert failures == []
    assert (episode.reps, episode.outcome) == (5, Outcome.PROLONGED.value)
    assert [s.step_id for s in episode.steps].count("hold") == 5
    assert episode.finished


def injury_run(
    qtbot: QtBot, machine: RoutineMachine, writer: JournalWriter, path: Path, until: str
) -> Episode:
    """Stop running, "could be an injury", then on by Enter up to `until`, where the run ends
    (at the injury steps' Done, Finish; elsewhere, Esc); the episode read back."""
    recorder = EpisodeRecorder(machine, writer, wall=lambda: T0)
    failures: list[str] = []
    writer.failed.connect(failures.append)
    clock = machine.clock
    assert isinstance(clock, ManualClock)
    run = Driver(machine, clock).start().send(Intent.NEXT, Intent.INJURY)
    assert run.step == "rest"
    last = "support" if until == "injury-done" else until
    while run.step != last:
        run.send(Intent.NEXT)
    with qtbot.waitSignal(recorder.finished, timeout=5000):
        if until == "injury-done":
            run.send(Intent.NEXT)  # the summary is on screen: the episode is written
            assert run.step == "injury-done"
            run.send(Intent.NEXT)  # Finish
        else:
            run.send(Intent.STOP)
    assert not machine.running
    writer.close()
    machine.deleteLater()
    assert failures == []
    return read_back(path)


def test_an_injury_run_is_recorded_as_injury(
    qtbot: QtBot,
    tmp_path: Path,
    routine: Routine,
    clock: ManualClock,
    writer: JournalWriter,
) -> None:
    machine = RoutineMachine(routine, clock)
    episode = injury_run(qtbot, machine, writer, tmp_path / "journal.db", "injury-done")
    assert Outcome.INJURY.value == "injury"
    assert (episode.reps, episode.outcome) == (0, "injury")
    assert [s.step_id for s in episode.steps] == [
        "stop", "triage", "rest", "cool", "support", "injury-done"
    ]  # fmt: skip
    assert episode.finished


def test_an_injury_run_stopped_part_way_is_still_recorded_as_injury(
    qtbot: QtBot,
    tmp_path: Path,
    routine: Routine,
    clock: ManualClock,
    writer: JournalWriter,
) -> None:
    machine = RoutineMachine(routine, clock)
    episode = injury_run(qtbot, machine, writer, tmp_path / "journal.db", "cool")
    assert (episode.reps, episode.outcome) == (0, "injury")  # not "stopped": a suspected strain
    assert [s.step_id for s in episode.steps] == ["stop", "triage", "rest", "cool"]
    assert episode.finished


def test_the_journal_takes_as_many_stretches_as_a_routine_file_may_ask_for(
    tmp_path: Path,
) -> None:
    assert routine_with(tmp_path, MAX_REPS).max_reps == MAX_REPS
    journal = Journal.open(tmp_path / "journal.db")
    try:
        episode = journal.add_manual(T0, None, MAX_REPS, Outcome.PROLONGED.value)
        assert journal.episode(episode).reps == MAX_REPS
        with pytest.raises(ValueError, match=f"reps must be a whole number 0..{MAX_REPS}"):
            journal.add_manual(T0, None, MAX_REPS + 1, Outcome.PROLONGED.value)
    finally:
        journal.close()


def episodes_in(path: Path) -> list[Episode]:
    journal = Journal.open(path)
    try:
        return journal.episodes()
    finally:
        journal.close()


def test_three_accidental_starts_leave_nothing_to_count_toward_a_physician(
    qtbot: QtBot, tmp_path: Path, routine: Routine, clock: ManualClock, writer: JournalWriter
) -> None:
    """Enter, then Esc, three times within three minutes: no episode stays in the journal, so
    "recurring: consult a physician" cannot come of it."""
    from cramp_coach.journal.rules import physician_guidance

    for answers in ([], [Intent.NEXT], [Intent.NEXT]):  # at "Stop running", at the triage
        machine = RoutineMachine(routine, clock)
        recorder = EpisodeRecorder(machine, writer, wall=lambda: T0)
        run = Driver(machine, clock).start().send(*answers)
        run.wait(2)
        with qtbot.waitSignal(recorder.discarded, timeout=5000):
            run.send(Intent.STOP)
        assert recorder.can_keep
        machine.deleteLater()
    writer.flush()
    left = episodes_in(tmp_path / "journal.db")
    assert left == []
    assert not physician_guidance(left, T0).see_physician


def test_a_discarded_start_can_be_kept_after_all(
    qtbot: QtBot, tmp_path: Path, routine: Routine, clock: ManualClock, writer: JournalWriter
) -> None:
    machine = RoutineMachine(routine, clock)
    recorder = EpisodeRecorder(machine, writer, wall=lambda: T0)
    run = Driver(machine, clock).start()
    with qtbot.waitSignal(recorder.discarded, timeout=5000):
        run.send(Intent.STOP)
    recorder.keep()
    assert not recorder.can_keep
    writer.flush()
    (episode,) = episodes_in(tmp_path / "journal.db")
    assert (episode.outcome, [s.step_id for s in episode.steps]) == ("stopped", ["stop"])
    machine.deleteLater()


def test_a_run_stopped_after_an_answer_is_kept_and_says_which_leg(
    qtbot: QtBot, tmp_path: Path, routine: Routine, clock: ManualClock, writer: JournalWriter
) -> None:
    machine = RoutineMachine(routine, clock)
    recorder = EpisodeRecorder(machine, writer, wall=lambda: T0)
    discarded: list[bool] = []
    recorder.discarded.connect(lambda: discarded.append(True))
    run = Driver(machine, clock).start()
    machine.set_leg("left")  # asked once, answered at once
    run.send(Intent.NEXT, Intent.NEXT)  # "it is a cramp"
    machine.set_leg("right")  # changed: the last word counts
    run.send(Intent.STOP)
    writer.flush()
    qtbot.wait(50)  # any result would have come back to this thread by now
    (episode,) = episodes_in(tmp_path / "journal.db")
    assert (episode.outcome, episode.leg) == ("stopped", "right")
    assert discarded == [] and not recorder.can_keep
    machine.deleteLater()
