"""Every path through the QStateMachine built from the shipped routine, on a manual clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cramp_coach.content import Routine
from cramp_coach.routine.flow import Intent, Outcome
from tests.helpers import Driver, settle

DriveFn = Callable[..., Driver]
BEFORE_STRETCH = ["stop", "triage", "ease"]  # stop running, cramp or injury?, let it ease
AFTER_CHECK = ["ice", "massage", "rehydrate", "done"]
INJURY_STEPS = ["rest", "cool", "support", "injury-done"]
STRETCH_STEPS = {"ease", "position", "hold", "check", "ice", "massage", "rehydrate", "done"}


def stretch_once(run: Driver) -> Driver:
    """Gets into position and holds, letting both countdowns run out."""
    assert run.step == "position"
    run.finish_countdown()
    assert run.step == "hold"
    run.finish_countdown()
    assert run.step == "check"
    return run


def to_check(run: Driver) -> Driver:
    run.to_stretch()  # stop running, "it is a cramp", "it has eased": the stretch may start
    return stretch_once(run)


def to_injury(run: Driver) -> Driver:
    """Stop running, then "could be an injury" at the triage."""
    run.send(Intent.NEXT)
    assert run.step == "triage"
    run.send(Intent.INJURY)
    assert run.step == "rest"
    return run


def through_to_done(run: Driver) -> Driver:
    for step in AFTER_CHECK[:-1]:
        assert run.step == step
        if run.machine.waiting_to_start:
            run.send(Intent.NEXT)  # "I have the ice"; then "Done icing"
        run.send(Intent.NEXT)
    assert run.step == "done"
    return run


def test_starts_at_stop_running_then_asks_then_waits_for_the_cramp_to_stop(
    drive: DriveFn,
) -> None:
    run = drive()
    assert run.step == "stop"
    run.wait(600)  # without hands-free, nothing moves on by itself...
    assert run.step == "stop"
    run.send(Intent.NEXT)  # stopped running
    assert run.step == "triage"
    run.wait(600)  # ...nor does the question answer itself
    assert run.step == "triage"
    run.send(Intent.NEXT)  # "It is a cramp"
    assert run.step == "ease"
    run.wait(600)  # no amount of waiting starts the stretch by itself
    assert run.step == "ease"
    run.send(Intent.NEXT)  # "It has eased"
    assert run.step == "position"
    assert run.steps == [*BEFORE_STRETCH, "position"]
    assert not run.machine.progress.injury


def test_hands_free_defaults_move_on_at_their_times(drive: DriveFn, routine: Routine) -> None:
    """Hands-free, with nothing heard: stop running for a few seconds, then the triage's
    default is the cramp steps, then the light stretch starts once the cramp has had its time
    to ease; each after its own wait (the routine file's)."""
    run = drive()
    run.machine.set_hands_free(True)
    started = run.clock.now()
    stop, triage, ease = (routine.step(step).wait for step in BEFORE_STRETCH)
    assert 0 < stop < triage
    assert ease > 0
    run.wait(stop + triage + ease + 1)
    assert run.steps[: len(BEFORE_STRETCH) + 1] == [*BEFORE_STRETCH, "position"]
    entered = {visit.step_id: visit.at for visit in run.machine.visits}
    assert entered["triage"] == pytest.approx(started + stop, abs=0.005)
    assert entered["ease"] == pytest.approx(started + stop + triage, abs=0.005)
    assert entered["position"] == pytest.approx(started + stop + triage + ease, abs=0.005)
    assert not run.machine.progress.injury


@pytest.mark.parametrize("reps", [1, 2, 3])
def test_eased_after_rep_n(drive: DriveFn, reps: int) -> None:
    run = to_check(drive())
    for _ in range(reps - 1):
        run.send(Intent.STILL)
        stretch_once(run)
    assert run.machine.progress.reps == reps
    run.send(Intent.EASED)
    through_to_done(run)
    assert run.steps == BEFORE_STRETCH + ["position", "hold", "check"] * reps + AFTER_CHECK
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
    run.send(Intent.NEXT)  # "I have the ice"
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
    waited out on the "ease" step (not "stop running", and not the triage again); Enter there
    (it has stopped) leads to the next stretch."""
    run = to_check(drive())
    if where != "check":
        run.send(Intent.EASED)
        while run.step != where:
            run.send(Intent.NEXT)
    run.send(Intent.CAME_BACK)
    assert run.step == "ease"
    run.wait(600)
    assert run.step == "ease"  # nothing starts by itself while the cramp is there
    run.send(Intent.NEXT)  # it has stopped
    assert run.step == "position"
    assert run.machine.progress.reps == 1
    assert run.machine.rep == 2
    assert not run.machine.progress.eased
    stretch_once(run)
    assert run.machine.progress.reps == 2


def test_cramp_came_back_during_the_hold_restarts_that_rep(drive: DriveFn) -> None:
    run = drive().to_stretch()
    run.finish_countdown()
    assert run.step == "hold"
    run.wait(12)
    run.send(Intent.CAME_BACK)
    assert run.step == "ease"  # stop stretching; wait for the cramp to stop
    run.send(Intent.NEXT)
    assert run.step == "position"
    assert run.machine.rep == 1
    assert run.machine.remaining() == 5  # a fresh get-ready countdown


def test_cramp_came_back_after_all_reps_goes_to_ice_as_prolonged(drive: DriveFn) -> None:
    run = to_check(drive())
    for _ in range(2):
        run.send(Intent.STILL)
        stretch_once(run)
    run.send(Intent.EASED)
    run.machine.skip_timer()  # eased, then on past the ice to massage
    settle()
    assert run.step == "massage"
    run.send(Intent.CAME_BACK)
    assert run.step == "ice"
    assert run.machine.progress.prolonged
    assert run.machine.progress.reps == 3


def test_cramp_came_back_means_nothing_before_the_cramp_is_known_or_while_it_eases(
    drive: DriveFn,
) -> None:
    run = drive().send(Intent.CAME_BACK)
    assert run.steps == ["stop"]
    run.send(Intent.NEXT, Intent.CAME_BACK)  # at the triage: not known to be a cramp yet
    assert run.steps == ["stop", "triage"]
    run.send(Intent.NEXT, Intent.CAME_BACK)  # waiting for it to ease already
    assert run.steps == BEFORE_STRETCH
    assert run.machine.progress.came_back == 0


def test_cramp_came_back_means_nothing_on_the_injury_steps(drive: DriveFn) -> None:
    run = to_injury(drive())
    for step in INJURY_STEPS:
        assert run.step == step
        assert not run.machine.allows(Intent.CAME_BACK)
        run.send(Intent.CAME_BACK)
        assert run.step == step  # never back to the stretch
        if run.machine.waiting_to_start:
            run.send(Intent.NEXT)  # "I have the ice"
        run.send(Intent.NEXT)
    assert run.steps == ["stop", "triage", *INJURY_STEPS]
    assert run.machine.progress.came_back == 0


@pytest.mark.parametrize(
    ("path", "expected_step", "expected_reps"),
    [
        ([Intent.NEXT, Intent.BACK], "stop", 0),  # triage -> stop
        ([Intent.NEXT, Intent.NEXT, Intent.BACK], "triage", 0),  # ease -> triage
        ([Intent.NEXT] * 3 + [Intent.BACK], "ease", 0),  # position -> ease
        ([Intent.NEXT] * 4 + [Intent.BACK], "position", 0),  # hold -> position
        ([Intent.NEXT] * 5 + [Intent.BACK], "position", 0),  # check -> redo rep
        ([Intent.NEXT] * 5 + [Intent.EASED, Intent.BACK], "check", 1),
        ([Intent.NEXT, Intent.INJURY, Intent.BACK], "triage", 0),  # rest -> the question
        ([Intent.NEXT, Intent.INJURY, Intent.NEXT, Intent.BACK], "rest", 0),  # cool -> rest
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
    assert not run.machine.allows(Intent.BACK)


def test_back_is_not_offered_at_the_injury_done(drive: DriveFn) -> None:
    # rest, "I have the ice" and "Done icing", support
    run = to_injury(drive()).send(Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT)
    assert run.step == "injury-done"
    run.send(Intent.BACK)
    assert run.step == "injury-done"
    assert not run.machine.allows(Intent.BACK)


@pytest.mark.parametrize(
    "where",
    [
        "stop", "triage", "ease", "position", "hold", "check", "ice", "massage", "rehydrate",
        "done",
    ],
)  # fmt: skip
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
    run = drive().send(Intent.NEXT, Intent.STOP)  # stopped at the triage, before answering it
    assert run.machine.summary().outcome is Outcome.STOPPED


@pytest.mark.parametrize(
    ("answers", "nothing"),
    [
        ([], True),  # an accidental Enter, then Esc at "Stop running"
        ([Intent.NEXT], True),  # at "a cramp, or an injury?", not answered
        ([Intent.NEXT, Intent.NEXT], False),  # "it is a cramp": something happened
        ([Intent.NEXT, Intent.INJURY], False),  # "could be an injury"
        ([Intent.NEXT, Intent.NEXT, Intent.BACK], False),  # answered, then went back
    ],
)
def test_nothing_happened_only_when_stopped_before_any_question_was_answered(
    drive: DriveFn, answers: list[Intent], nothing: bool
) -> None:
    run = drive().send(*answers)
    run.wait(5)
    assert not run.machine.nothing_happened  # not while running
    run.send(Intent.STOP)
    assert run.machine.nothing_happened is nothing


def test_a_finished_run_is_never_nothing(drive: DriveFn) -> None:
    run = through_to_done(to_check(drive()).send(Intent.EASED, Intent.NEXT))
    run.send(Intent.NEXT)
    assert not run.machine.running
    assert not run.machine.nothing_happened


# -- the ice: the timer waits until the ice is there ---------------------------------------------


def test_the_ice_timer_waits_for_i_have_the_ice_then_counts_down(
    drive: DriveFn, routine: Routine
) -> None:
    run = to_check(drive()).send(Intent.EASED)
    assert run.step == "ice"
    assert run.machine.waiting_to_start
    run.wait(3600)  # fetching the ice: the ten minutes have not begun
    assert run.step == "ice"
    assert run.machine.remaining() == routine.step("ice").seconds
    run.machine.toggle_pause()  # nothing to pause yet
    assert not run.machine.paused
    run.send(Intent.NEXT)  # "I have the ice"
    assert run.step == "ice"
    assert not run.machine.waiting_to_start
    run.wait(60)
    assert run.machine.remaining() == pytest.approx(routine.step("ice").seconds - 60)
    run.send(Intent.NEXT)  # "Done icing"
    assert run.step == "massage"


def test_the_ice_can_be_skipped_without_starting_it(drive: DriveFn) -> None:
    run = to_check(drive()).send(Intent.EASED)
    run.machine.skip_timer()
    settle()
    assert run.step == "massage"


def test_hands_free_the_ice_timer_waits_for_the_ice_then_starts_by_itself(
    drive: DriveFn, routine: Routine
) -> None:
    """Hands-free, the timer waits for "ready" (or Enter) while the ice is fetched; with no
    answer it starts by itself after the step's `wait`, as its cue says (it started at once,
    while the runner was still fetching the ice)."""
    ice = routine.step("ice")
    run = to_check(drive()).send(Intent.EASED)
    run.machine.set_hands_free(True)  # switched on while the ice was being fetched
    assert run.machine.waiting_to_start
    run.wait(ice.wait - 1)
    assert run.machine.waiting_to_start and run.machine.remaining() == ice.seconds
    run.wait(2)  # no answer: it starts by itself
    assert not run.machine.waiting_to_start
    assert run.machine.remaining() == pytest.approx(ice.seconds - 1)
    run.wait(ice.seconds)
    assert run.step == "massage"


def test_hands_free_the_ice_timer_starts_on_i_have_the_ice(
    drive: DriveFn, routine: Routine
) -> None:
    ice = routine.step("ice")
    run = to_check(drive()).send(Intent.EASED)
    run.machine.set_hands_free(True)
    run.wait(10)
    run.send(Intent.NEXT)  # "ready" said, or Enter: "I have the ice"
    assert not run.machine.waiting_to_start
    run.wait(ice.wait)  # the fetch's fallback no longer counts
    assert run.machine.remaining() == pytest.approx(ice.seconds - ice.wait)


def test_the_injury_path_ice_waits_too(drive: DriveFn) -> None:
    run = to_injury(drive()).send(Intent.NEXT)
    assert run.step == "cool"
    assert run.machine.waiting_to_start


# -- which leg ------------------------------------------------------------------------------------


def test_the_leg_is_told_once_and_can_be_changed(drive: DriveFn) -> None:
    run = drive()
    legs: list[str] = []
    run.machine.legChanged.connect(legs.append)
    run.machine.set_leg("left")
    run.machine.set_leg("left")
    run.machine.set_leg("right")
    assert legs == ["left", "right"]
    assert run.machine.leg == "right"
    with pytest.raises(ValueError, match="leg"):
        run.machine.set_leg("both")


# -- the triage: a cramp, or an injury? ------------------------------------------------------


def test_triage_cramp_goes_on_to_the_cramp_steps(drive: DriveFn, routine: Routine) -> None:
    triage = routine.step("triage")
    assert (triage.cramp, triage.injury) == ("ease", "rest")
    run = drive().send(Intent.NEXT, Intent.NEXT)  # stopped running; "It is a cramp"
    assert run.step == "ease"
    assert not run.machine.progress.injury


def test_the_injury_path_runs_to_its_own_done_and_ends_as_injury(drive: DriveFn) -> None:
    run = to_injury(drive())
    assert run.machine.progress.injury
    run.send(Intent.NEXT)  # rested: now cool it
    assert run.step == "cool"
    assert run.machine.remaining() == 600
    run.finish_countdown()
    assert run.step == "support"
    run.send(Intent.NEXT)
    assert run.step == "injury-done"
    run.wait(3600)
    assert run.step == "injury-done"  # the summary stays up
    run.send(Intent.NEXT)  # Finish
    assert not run.machine.running
    assert run.steps == ["stop", "triage", *INJURY_STEPS]
    summary = run.machine.summary()
    assert (summary.outcome, summary.reps, summary.came_back) == (Outcome.INJURY, 0, 0)
    assert not run.machine.progress.stopped  # finished at its Done, not stopped part-way


def test_the_injury_path_hands_free_with_no_input(drive: DriveFn, routine: Routine) -> None:
    run = to_injury(drive())
    run.machine.set_hands_free(True)  # rest's own wait starts now
    fetch = routine.step("cool").wait  # no "I have the ice": the timer starts by itself
    run.wait(routine.step("rest").wait + fetch + 600 + routine.step("support").wait + 1)
    assert run.steps == ["stop", "triage", *INJURY_STEPS]
    run.wait(3600)
    assert run.step == "injury-done"
    assert run.machine.summary().outcome is Outcome.INJURY


def test_done_finishes_and_never_goes_on_to_the_injury_steps(drive: DriveFn) -> None:
    run = through_to_done(to_check(drive()).send(Intent.EASED)).send(Intent.NEXT)
    assert not run.machine.running
    assert run.steps[-1] == "done"
    assert not set(INJURY_STEPS) & set(run.steps)
    assert run.machine.summary().outcome is Outcome.EASED


@pytest.mark.parametrize("where", INJURY_STEPS)
def test_stopped_on_the_injury_path_is_still_an_injury(drive: DriveFn, where: str) -> None:
    run = to_injury(drive())
    while run.step != where:
        run.send(Intent.NEXT)
    run.send(Intent.STOP)
    assert not run.machine.running
    assert run.steps[-1] == where
    assert run.machine.progress.stopped is (where != "injury-done")
    assert run.machine.summary().outcome is Outcome.INJURY


def test_back_from_rest_asks_again_and_cramp_is_then_allowed(drive: DriveFn) -> None:
    run = to_injury(drive()).send(Intent.BACK)
    assert run.step == "triage"
    assert not run.machine.progress.injury  # the answer is given again
    run.send(Intent.NEXT)  # "It is a cramp" after all
    assert run.step == "ease"
    run.send(Intent.NEXT)  # it has eased: the stretch is allowed now
    stretch_once(run).send(Intent.EASED)
    through_to_done(run).send(Intent.NEXT)
    assert run.steps == [
        "stop", "triage", "rest", "triage", "ease", "position", "hold", "check", *AFTER_CHECK
    ]  # fmt: skip
    assert run.machine.summary().outcome is Outcome.EASED


def test_an_injury_never_reaches_the_stretch_whatever_is_pressed_or_waited(
    drive: DriveFn,
) -> None:
    """Every way on from "could be an injury", hands-free (so every wait can run out too): each
    state reached with `injury` set is on the injury steps (or ended), and the only way off them
    is Back to the triage, which forgets the answer. Explored exhaustively, by replaying each
    sequence on a fresh machine."""
    actions: list[Intent | None] = [i for i in Intent if i is not Intent.ELAPSED] + [None]

    def replay(sequence: tuple[Intent | None, ...]) -> Driver:
        run = drive()
        run.machine.set_hands_free(True)
        to_injury(run)
        for action in sequence:
            if action is None:  # time passes: whatever counts down runs out
                if run.machine.countdown is not None:
                    run.finish_countdown()
            else:
                run.send(action)
        return run

    def state(run: Driver) -> tuple[object, ...]:
        p = run.machine.progress
        where = run.step if run.machine.running else "ended"
        return (where, p.injury, p.unclear, p.reps, p.eased, p.stopped, p.came_back)

    seen = {state(replay(()))}
    frontier: list[tuple[Intent | None, ...]] = [()]
    explored = 0
    while frontier:
        sequence = frontier.pop()
        for action in actions:
            run = replay((*sequence, action))
            explored += 1
            progress = run.machine.progress
            visited = [v.step_id for v in run.machine.visits[2:]]  # from the first "rest" on
            assert not STRETCH_STEPS & set(visited), (sequence, action, visited)
            if run.machine.running and run.step == "triage":
                assert not progress.injury  # back at the question: answered afresh
                continue  # from here on, a cramp is allowed (the test above)
            assert progress.injury, (sequence, action)
            assert progress.outcome is Outcome.INJURY
            assert not run.machine.running or run.step in INJURY_STEPS
            key = state(run)
            if key not in seen and run.machine.running:
                seen.add(key)
                frontier.append((*sequence, action))
    assert {key[0] for key in seen} == set(INJURY_STEPS)
    assert explored >= len(INJURY_STEPS) * len(actions)


def test_hands_free_triage_default_is_the_cramp_steps_when_nothing_was_heard(
    drive: DriveFn, routine: Routine
) -> None:
    run = drive().send(Intent.NEXT)
    run.machine.set_hands_free(True)
    wait = routine.step("triage").wait
    assert run.machine.remaining() == wait
    run.wait(wait - 0.01)
    assert run.step == "triage"
    run.wait(0.02)
    assert run.step == "ease"
    assert not run.machine.progress.injury


def test_hands_free_triage_default_is_the_injury_steps_once_something_unclear_was_heard(
    drive: DriveFn, routine: Routine
) -> None:
    run = drive()
    run.machine.set_hands_free(True)
    assert not run.machine.heard_unclear()  # at "stop running" it means nothing
    run.send(Intent.NEXT)
    assert run.step == "triage"
    wait = routine.step("triage").wait
    run.wait(5)
    assert run.machine.heard_unclear()  # the default changes...
    assert not run.machine.heard_unclear()  # ...once
    assert run.machine.remaining() == pytest.approx(wait - 5)  # the wait is not started again
    run.wait(wait - 5)
    assert run.step == "rest"
    assert run.machine.progress.injury
    run.wait(3600)
    assert run.steps == ["stop", "triage", *INJURY_STEPS]
    assert run.machine.summary().outcome is Outcome.INJURY


def test_heard_unclear_is_forgotten_with_the_answer_on_going_back(drive: DriveFn) -> None:
    run = drive().send(Intent.NEXT)
    run.machine.set_hands_free(True)
    assert run.machine.heard_unclear()
    run.finish_countdown()
    assert run.step == "rest"
    run.send(Intent.BACK)
    assert run.step == "triage"
    assert not run.machine.progress.unclear
    run.finish_countdown()  # nothing heard this time: the cramp steps
    assert run.step == "ease"


def test_heard_unclear_means_nothing_off_the_triage(drive: DriveFn) -> None:
    run = drive().to_stretch()
    run.machine.set_hands_free(True)
    assert not run.machine.heard_unclear()
    assert not run.machine.progress.unclear
    run.send(Intent.STOP)
    assert not run.machine.heard_unclear()  # nor once it has ended


# -- "step k of n" and what the window may offer ---------------------------------------------


def test_step_k_of_n_counts_along_the_cramp_steps(drive: DriveFn, routine: Routine) -> None:
    cramp_path = [*BEFORE_STRETCH, "position", "hold", "check", *AFTER_CHECK]
    run = drive()
    numbers: list[tuple[int, int]] = []
    while run.machine.running:
        if run.machine.waiting_to_start:
            run.send(Intent.NEXT)  # "I have the ice": the same step
        assert [s.id for s in run.machine.path] == cramp_path
        numbers.append((run.machine.step_number, len(run.machine.path)))
        run.send(Intent.EASED if run.step == "check" else Intent.NEXT)
    assert numbers == [(k, len(cramp_path)) for k in range(1, len(cramp_path) + 1)]
    assert len(cramp_path) < len(routine.steps)  # never "of 14": the injury steps are not on it


def test_step_k_of_n_counts_along_the_injury_steps(drive: DriveFn) -> None:
    injury_path = ["stop", "triage", *INJURY_STEPS]
    run = to_injury(drive())
    numbers: list[tuple[int, int]] = []
    while run.machine.running:
        if run.machine.waiting_to_start:
            run.send(Intent.NEXT)  # "I have the ice": the same step
        assert [s.id for s in run.machine.path] == injury_path
        numbers.append((run.machine.step_number, len(run.machine.path)))
        run.send(Intent.NEXT)
    assert numbers == [(k, len(injury_path)) for k in range(3, len(injury_path) + 1)]


def test_step_k_of_n_is_the_same_on_each_rep(drive: DriveFn) -> None:
    run = to_check(drive())
    assert run.machine.step_number == 6
    run.send(Intent.STILL)
    assert (run.step, run.machine.step_number, len(run.machine.path)) == ("position", 4, 10)


@pytest.mark.parametrize(
    ("path", "offered", "not_offered"),
    [
        ([], {Intent.NEXT, Intent.STOP}, {Intent.BACK, Intent.CAME_BACK, Intent.INJURY}),
        (
            [Intent.NEXT],  # the triage
            {Intent.NEXT, Intent.INJURY, Intent.BACK, Intent.STOP},
            {Intent.CAME_BACK, Intent.EASED, Intent.STILL},
        ),
        ([Intent.NEXT] * 2, {Intent.NEXT, Intent.BACK}, {Intent.CAME_BACK, Intent.INJURY}),
        ([Intent.NEXT] * 3, {Intent.BACK, Intent.CAME_BACK}, {Intent.INJURY}),  # position
        ([Intent.NEXT] * 5, {Intent.EASED, Intent.STILL, Intent.CAME_BACK}, {Intent.INJURY}),
        ([Intent.NEXT, Intent.INJURY], {Intent.NEXT, Intent.BACK}, {Intent.CAME_BACK}),  # rest
    ],
)
def test_allows_offers_only_what_the_step_takes(
    drive: DriveFn, path: list[Intent], offered: set[Intent], not_offered: set[Intent]
) -> None:
    run = drive().send(*path)
    for intent in offered:
        assert run.machine.allows(intent), (run.step, intent)
    for intent in not_offered:
        assert not run.machine.allows(intent), (run.step, intent)
        before = (run.step, len(run.steps))
        run.send(intent)
        assert (run.step, len(run.steps)) == before  # and indeed it does nothing there


def test_allows_nothing_once_ended(drive: DriveFn) -> None:
    run = drive().send(Intent.STOP)
    assert not any(run.machine.allows(intent) for intent in Intent)


def test_allows_injury_only_at_the_triage(drive: DriveFn) -> None:
    run = drive()
    offered: list[str] = []
    while run.machine.running:
        if run.machine.allows(Intent.INJURY):
            offered.append(run.step)
        run.send(Intent.EASED if run.step == "check" else Intent.NEXT)
    assert offered == ["triage"]


# -- time ----------------------------------------------------------------------------------


def test_hold_ends_exactly_at_its_deadline(drive: DriveFn) -> None:
    run = drive().to_stretch()
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
    run = drive().to_stretch()
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
    run = drive().to_stretch()
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
    run = drive().to_stretch()
    run.finish_countdown()
    run.machine.toggle_pause()
    assert run.clock.next_alarm is None


def test_leaving_a_paused_step_resumes(drive: DriveFn) -> None:
    run = drive().to_stretch()
    run.machine.toggle_pause()
    run.send(Intent.NEXT)
    assert run.step == "hold"
    assert not run.machine.paused
    run.wait(30)
    assert run.step == "check"


def test_skipping_the_get_ready_countdown_never_skips_the_hold(drive: DriveFn) -> None:
    # Enter in the last instant of get-ready, while "time is up" is queued: the hold must run.
    run = drive().to_stretch()
    run.machine.send(Intent.NEXT)
    run.clock.advance(5)  # the get-ready alarm posts "elapsed" behind the queued Enter
    from tests.helpers import settle

    settle()
    assert run.step == "hold"
    assert run.machine.remaining() == pytest.approx(30)


def test_custom_hold_seconds(drive: DriveFn, routine: object) -> None:
    from cramp_coach.content import Routine

    assert isinstance(routine, Routine)
    run = drive(routine.with_hold_seconds(45)).to_stretch()
    run.finish_countdown()
    assert run.machine.remaining() == 45
    assert "45 seconds" in run.machine.text(run.machine.step.text)


def test_back_from_the_triage_forgets_what_was_heard_there(drive: DriveFn) -> None:
    """Hands-free, something unclear heard at the triage turns its default to the injury steps;
    going back to "stop running" and on again asks the question anew, with its first default."""
    run = drive()
    run.machine.set_hands_free(True)
    run.finish_countdown()
    assert run.step == "triage"
    assert run.machine.heard_unclear()
    run.send(Intent.BACK)
    assert run.step == "stop" and not run.machine.progress.unclear
    run.send(Intent.NEXT)
    run.finish_countdown()
    assert run.step == "ease"
