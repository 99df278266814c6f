"""Random sequences of every user action and clock jumps against the routine's invariants."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path
from tempfile import mkdtemp

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtWidgets import QApplication

from cramp_coach.content import load_routine
from cramp_coach.content.assets import default_routine_file
from cramp_coach.journal.recorder import EpisodeRecorder, JournalWriter
from cramp_coach.journal.store import Journal
from cramp_coach.routine.cues import CueCaller
from cramp_coach.routine.flow import Intent
from cramp_coach.routine.machine import RoutineMachine
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import Driver, settle

ROUTINE = load_routine(default_routine_file())
IDS = {step.id for step in ROUTINE.steps}
INJURY_IDS = {step.id for step in ROUTINE.injury_steps()}
STRETCH_IDS = {"ease", "position", "hold", "check", "ice", "massage"}  # never after an injury
T0 = datetime(2026, 11, 1, tzinfo=UTC)


class RoutineActions(RuleBasedStateMachine):
    """A user (and time) doing anything, in any order."""

    def __init__(self) -> None:
        super().__init__()
        if QApplication.instance() is None:  # hypothesis runs this without pytest fixtures
            QApplication([])
        self.clock = ManualClock()
        self.speaker = FakeSpeaker(self.clock, default_duration=0.4)
        self.machine = RoutineMachine(ROUTINE, self.clock)
        CueCaller(self.machine, self.speaker)
        self.folder = Path(mkdtemp())
        self.writer = JournalWriter(self.folder / "journal.db")
        EpisodeRecorder(self.machine, self.writer, wall=lambda: T0)
        self.run = Driver(self.machine, self.clock).start()

    @precondition(lambda self: self.machine.running)
    @rule(
        intent=st.sampled_from(
            [
                Intent.NEXT,
                Intent.BACK,
                Intent.EASED,
                Intent.STILL,
                Intent.INJURY,
                Intent.CAME_BACK,
            ]
        )
    )
    def press(self, intent: Intent) -> None:
        self.run.send(intent)

    @precondition(lambda self: self.machine.running)
    @rule()
    def something_unclear_heard(self) -> None:
        at_triage = self.machine.step.id == "triage"
        changed = self.machine.heard_unclear()
        assert not changed or at_triage  # it changes the default only at the triage

    @precondition(lambda self: self.machine.running)
    @rule()
    def pause_or_resume(self) -> None:
        self.machine.toggle_pause()

    @precondition(lambda self: self.machine.running)
    @rule(on=st.booleans())
    def hands_free(self, on: bool) -> None:
        self.machine.set_hands_free(on)
        settle()

    @precondition(lambda self: self.machine.running)
    @rule(muted=st.booleans())
    def mute(self, muted: bool) -> None:
        self.speaker.set_muted(muted)

    @rule(seconds=st.floats(min_value=0.0, max_value=700.0))
    def time_passes(self, seconds: float) -> None:
        self.run.wait(seconds)

    @precondition(lambda self: self.machine.running)
    @rule()
    def stop(self) -> None:
        self.run.send(Intent.STOP)
        assert not self.machine.running  # Stop always ends it

    @invariant()
    def never_more_than_three_holds(self) -> None:
        assert 0 <= self.machine.progress.reps <= ROUTINE.max_reps

    @invariant()
    def never_negative_time(self) -> None:
        assert self.machine.remaining() >= 0

    @invariant()
    def always_a_step_of_the_routine(self) -> None:
        assert self.machine.step.id in IDS
        assert all(visit.step_id in IDS for visit in self.machine.visits)

    @invariant()
    def the_stretch_starts_only_after_stop_running_and_the_triage(self) -> None:
        steps = [visit.step_id for visit in self.machine.visits]
        assert steps[0] == "stop"
        if "hold" in steps:
            assert "position" in steps[: steps.index("hold")]
        if "position" in steps:  # it is a cramp, and it has eased (or had its time)
            before = steps[: steps.index("position")]
            assert "ease" in before
            assert "triage" in before[: before.index("ease")]

    @invariant()
    def an_injury_never_stretches(self) -> None:
        """From "could be an injury" on, only the injury steps, until Back to the triage."""
        on_injury_path = False
        for visit in self.machine.visits:
            if visit.step_id in INJURY_IDS:
                on_injury_path = True
            elif visit.step_id == "triage":
                on_injury_path = False
            else:
                assert not on_injury_path, [v.step_id for v in self.machine.visits]
        if self.machine.running:
            # The answer is known exactly while on the injury steps.
            assert self.machine.progress.injury is (self.machine.step.id in INJURY_IDS)
        assert not (self.machine.progress.injury and STRETCH_IDS & {self.machine.step.id})

    @invariant()
    def done_ends_the_run_never_leads_to_the_injury_steps(self) -> None:
        steps = [visit.step_id for visit in self.machine.visits]
        for before, after in itertools.pairwise(steps):
            if before == "done":
                assert after not in INJURY_IDS
            if after in INJURY_IDS and before not in INJURY_IDS:
                assert before == "triage"  # reached only by the triage's answer

    @invariant()
    def a_paused_countdown_stands_still(self) -> None:
        countdown = self.machine.countdown
        if self.machine.paused and countdown is not None:
            assert not countdown.running

    def teardown(self) -> None:
        if self.machine.running:
            self.run.send(Intent.STOP)
        self.writer.flush()
        settle()
        self.writer.close()
        # The journal's record matches what happened, step for step.
        with Journal.open(self.folder / "journal.db") as journal:
            episodes = journal.episodes()
        if self.machine.nothing_happened:  # an accidental start and Esc: not kept
            assert episodes == []
            self.machine.deleteLater()
            settle()
            return
        (episode,) = episodes
        assert [s.step_id for s in episode.steps] == [v.step_id for v in self.machine.visits]
        assert episode.reps == self.machine.progress.reps
        assert episode.outcome == self.machine.summary().outcome.value
        self.machine.deleteLater()
        settle()


RoutineActions.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestRoutineActions = RoutineActions.TestCase
