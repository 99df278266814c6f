"""Every path through the QStateMachine built from the shipped routine, on a manual clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cramp_coach.routine.flow import Intent, Outcome
from tests.helpers import Driver

DriveFn = Callable[..., Driver]
AFTER_CHECK = ["ice", "massage", "rehydrate", "done"]


def stretch_once(run: Driver) -> Driver:
    """Gets into position and holds, letting both countdowns run out."""
    assert run.step == "position"
    run.finish_countdown()
    assert run.step == "hold"
    run.finish_countdown()
    assert run.step == "check"
    return run


def to_check(run: Driver) -> Driver:
    run.send(Intent.NEXT)  # "It has eased": the cramp has stopped, the stretch may start
    return stretch_once(run)


def through_to_done(run: Driver) -> Driver:
    for step in AFTER_CHECK[:-1]:
        assert run.step == step
        run.send(Intent.NEXT)
    assert run.step == "done"
    return run


def test_starts_at_stop_running_and_waits_for_the_cramp_to_stop(drive: DriveFn) -> None:
    run = drive()
    assert run.step == "stop"
    run.wait(600)  # no amount of waiting starts the stretch by itself
    assert run.step == "stop"
    assert run.steps == ["stop"]


@pytest.mark.parametrize("reps", [1, 2, 3])
def test_eased_after_rep_n(drive: DriveFn, reps: int) -> None:
    run = to_check(drive())
    for _ in range(reps - 1):
        run.send(Intent.STILL)
        stretch_once(run)
    assert run.machine.progress.reps == reps
    run.send(Intent.EASED)
    through_to_done(run)
    assert run.steps == ["stop"] + ["position", "hold", "check"] * reps + AFTER_CHECK
    summary = run.machine.summary()
    assert (summary.reps, summary.outcome) == (reps, Outcome.EASED)


def test_still_cramping_after_the_third_rep_is_prolonged_and_moves_on_to_ice(
    drive: DriveFn,
) -> None:
    run = to_check(drive())
    run.send(Intent.STILL)
    stretch_once(run)
    run.send(Intent.STILL)
    stretch_once(run)
    run.send(Intent.STILL)  # a fourth stretch is never offered
    assert run.step == "ice"
    assert run.machine.progress.prolonged
    through_to_done(run)
    assert run.steps.count("hold") == 3
    assert run.machine.summary().outcome is Outcome.PROLONGED


def test_enter_at_the_check_answers_it_has_eased(drive: DriveFn) -> None:
    run = to_check(drive()).send(Intent.NEXT)
    assert run.step == "ice"
    assert run.machine.progress.eased


def test_whole_routine_with_timers_running_out_ends_and_reports_time_taken(
    drive: DriveFn,
) -> None:
    run = to_check(drive()).send(Intent.EASED)
    run.finish_countdown()  # ice, 10 minutes
    assert run.step == "massage"
    run.finish_countdown()  # massage, 2 minutes
    assert run.step == "rehydrate"
    run.send(Intent.NEXT, Intent.NEXT)  # rehydrate, then Finish at Done
    assert not run.machine.running
    # 5 s get ready + 30 s hold + 600 s ice + 120 s massage
    assert run.machine.summary().seconds == pytest.approx(755)


@pytest.mark.parametrize("where", ["ice", "massage", "rehydrate", "done", "check"])
def test_cramp_came_back_waits_for_it_to_stop_then_stretches_keeping_the_rep_count(
    drive: DriveFn, where: str
) -> None:
    """The source: stretch only after the cramp has stopped. A cramp that comes back is first
    waited out on the "stop" step; Enter there (it has stopped) leads to the next stretch."""
    run = to_check(drive())
    if where != "check":
        run.send(Intent.EASED)
        while run.step != where:
            run.send(Intent.NEXT)
    run.send(Intent.CAME_BACK)
    assert run.step == "stop"
    run.wait(600)
    assert run.step == "stop"  # nothing starts by itself while the cramp is there
    run.send(Intent.NEXT)  # it has stopped
    assert run.step == "position"
    assert run.machine.progress.reps == 1
    assert run.machine.rep == 2
    assert not run.machine.progress.eased
    stretch_once(run)
    assert run.machine.progress.reps == 2


def test_cramp_came_back_during_the_hold_restarts_that_rep(drive: DriveFn) -> None:
    run = drive().send(Intent.NEXT)
    run.finish_countdown()
    assert run.step == "hold"
    run.wait(12)
    run.send(Intent.CAME_BACK)
    assert run.step == "stop"  # stop stretching; wait for the cramp to stop
    run.send(Intent.NEXT)
    assert run.step == "position"
    assert run.machine.rep == 1
    assert run.machine.remaining() == 5  # a fresh get-ready countdown


def test_cramp_came_back_after_all_reps_goes_to_ice_as_prolonged(drive: DriveFn) -> None:
    run = to_check(drive())
    for _ in range(2):
        run.send(Intent.STILL)
        stretch_once(run)
    run.send(Intent.EASED, Intent.NEXT)  # eased, then on from ice to massage
    assert run.step == "massage"
    run.send(Intent.CAME_BACK)
    assert run.step == "ice"
    assert run.machine.progress.prolonged
    assert run.machine.progress.reps == 3


def test_cramp_came_back_means_nothing_while_waiting_for_it_to_stop(drive: DriveFn) -> None:
    run = drive().send(Intent.CAME_BACK)
    assert run.steps == ["stop"]


@pytest.mark.parametrize(
    ("path", "expected_step", "expected_reps"),
    [
        ([Intent.NEXT, Intent.BACK], "stop", 0),  # position -> stop
        ([Intent.NEXT, Intent.NEXT, Intent.BACK], "position", 0),  # hold -> position
        ([Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.BACK], "position", 0),  # check -> redo rep
        ([Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.EASED, Intent.BACK], "check", 1),
        ([Intent.BACK], "stop", 0),  # nothing before the first step
    ],
)
def test_back(drive: DriveFn, path: list[Intent], expected_step: str, expected_reps: int) -> None:
    run = drive().send(*path)
    assert run.step == expected_step
    assert run.machine.progress.reps == expected_reps


def test_back_to_the_check_forgets_the_answer_so_it_can_be_given_again(drive: DriveFn) -> None:
    run = to_check(drive()).send(Intent.EASED, Intent.BACK)
    assert run.step == "check"
    assert not run.machine.progress.eased
    run.send(Intent.STILL)
    assert run.step == "position"


def test_back_is_not_offered_at_done(drive: DriveFn) -> None:
    run = through_to_done(to_check(drive()).send(Intent.EASED)).send(Intent.BACK)
    assert run.step == "done"


@pytest.mark.parametrize(
    "where", ["stop", "position", "hold", "check", "ice", "massage", "rehydrate", "done"]
)
def test_stop_anywhere_ends_the_routine_at_once(drive: DriveFn, where: str) -> None:
    run = drive()
    answers = {"check": Intent.EASED}
    while run.step != where:
        run.send(answers.get(run.step, Intent.NEXT))
    ended: list[bool] = []
    run.machine.ended.connect(lambda: ended.append(True))
    run.send(Intent.STOP)
    assert ended == [True]
    assert not run.machine.running
    run.send(Intent.NEXT)  # nothing moves once stopped
    assert run.steps[-1] == where
    # Esc on the summary just leaves it: the routine was complete, not stopped part-way.
    assert run.machine.progress.stopped is (where != "done")


def test_stopped_before_any_answer_is_recorded_as_stopped(drive: DriveFn) -> None:
    run = drive().send(Intent.NEXT, Intent.STOP)
    assert run.machine.summary().outcome is Outcome.STOPPED


# -- time ----------------------------------------------------------------------------------


def test_hold_ends_exactly_at_its_deadline(drive: DriveFn) -> None:
    run = drive().send(Intent.NEXT)
    run.finish_countdown()
    assert run.step == "hold"
    started = run.clock.now()
    run.wait(29.995)
    assert run.step == "hold"
    run.wait(0.01)
    assert run.step == "check"
    check_entered = run.machine.visits[-1].at
    assert abs(check_entered - (started + 30)) <= 0.005


def test_paused_hold_resumes_with_exactly_the_time_it_had(drive: DriveFn) -> None:
    run = drive().send(Intent.NEXT)
    run.finish_countdown()
    started = run.clock.now()
    run.wait(12.25)
    run.machine.toggle_pause()
    assert run.machine.paused
    assert run.machine.remaining() == pytest.approx(17.75)
    run.wait(300)  # a long pause changes nothing
    assert run.step == "hold"
    assert run.machine.remaining() == pytest.approx(17.75)
    run.machine.toggle_pause()
    run.wait(17.7)
    assert run.step == "hold"
    run.wait(0.06)
    assert run.step == "check"
    assert run.machine.visits[-1].at == pytest.approx(started + 30 + 300, abs=0.005)


def test_countdown_shows_each_whole_second_once_on_time(drive: DriveFn) -> None:
    run = drive().send(Intent.NEXT)
    run.finish_countdown()
    shown: list[tuple[int, float]] = []
    run.machine.countdownChanged.connect(lambda n: shown.append((n, run.clock.now())))
    start = run.clock.now()
    run.wait(31)
    numbers = [n for n, _ in shown]
    assert numbers[:30] == list(range(29, -1, -1))
    for n, at in shown[:30]:
        assert at == pytest.approx(start + 30 - n, abs=0.005)


def test_pausing_stops_the_ticking_alarms(drive: DriveFn) -> None:
    run = drive().send(Intent.NEXT)
    run.finish_countdown()
    run.machine.toggle_pause()
    assert run.clock.next_alarm is None


def test_leaving_a_paused_step_resumes(drive: DriveFn) -> None:
    run = drive().send(Intent.NEXT)
    run.machine.toggle_pause()
    run.send(Intent.NEXT)
    assert run.step == "hold"
    assert not run.machine.paused
    run.wait(30)
    assert run.step == "check"


def test_skipping_the_get_ready_countdown_never_skips_the_hold(drive: DriveFn) -> None:
    # Enter in the last instant of get-ready, while "time is up" is queued: the hold must run.
    run = drive().send(Intent.NEXT)
    run.machine.send(Intent.NEXT)
    run.clock.advance(5)  # the get-ready alarm posts "elapsed" behind the queued Enter
    from tests.helpers import settle

    settle()
    assert run.step == "hold"
    assert run.machine.remaining() == pytest.approx(30)


def test_custom_hold_seconds(drive: DriveFn, routine: object) -> None:
    from cramp_coach.content import Routine

    assert isinstance(routine, Routine)
    run = drive(routine.with_hold_seconds(45)).send(Intent.NEXT)
    run.finish_countdown()
    assert run.machine.remaining() == 45
    assert "45 seconds" in run.machine.text(run.machine.step.text)
