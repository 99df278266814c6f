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
        run.send(Intent.NEXT, Intent.NEXT, Intent.NEXT)  # ice, massage, rehydrate
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
