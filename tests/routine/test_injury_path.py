"""Once "could be an injury" is answered, no way through the routine stretches or massages.

Every path: a breadth-first search over (step, progress) of the shipped routine's transition
rules (the QStateMachine has one transition per rule), with every intent at every step, hands-free
defaults included. Only answering the triage question again may lead back to the cramp steps.
Then the real machine, driven by random intents on a manual clock, must agree.
"""

from __future__ import annotations

import copy
import random
from collections import deque
from collections.abc import Callable

import pytest

from cramp_coach.content.assets import default_routine_file
from cramp_coach.content.routine import Routine, StepKind, load_routine
from cramp_coach.routine.flow import FINISHED, Intent, Outcome, Progress, Rule, build_rules
from tests.helpers import Driver

DriveFn = Callable[..., Driver]
STRETCHING = {StepKind.POSITION, StepKind.HOLD, StepKind.CHECK}


def _forbidden(routine: Routine) -> set[str]:
    """The steps an injury must never reach: the stretch (get ready, hold, check) and massage."""
    ids = {step.id for step in routine.steps if step.kind in STRETCHING}
    return ids | {"massage"}


def _moves(rules: list[Rule], step: str, progress: Progress) -> list[tuple[Rule, Progress]]:
    """What each intent does here: the first rule whose guard allows it (Qt tries a state's
    transitions in the order they were added), and the progress after its effect."""
    moves = []
    for intent in Intent:
        for rule in rules:
            if rule.source == step and rule.intent is intent and rule.guard(progress):
                after = copy.deepcopy(progress)
                rule.effect(after)
                moves.append((rule, after))
                break
    return moves


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_no_path_from_the_injury_answer_stretches_or_massages(language: str) -> None:
    routine = load_routine(default_routine_file(), language)
    triage = routine.triage
    assert triage is not None
    rules = build_rules(routine)
    forbidden = _forbidden(routine)
    assert forbidden >= {"position", "hold", "check", "massage"}
    (start_rule, start) = next(
        (rule, after)
        for rule, after in _moves(rules, triage.id, Progress())
        if rule.intent is Intent.INJURY
    )
    queue = deque([(start_rule.target, start)])
    seen: set[tuple[str, str]] = set()
    reached: set[str] = set()
    while queue:
        step, progress = queue.popleft()
        key = (step, repr(progress))
        if key in seen or step == FINISHED:
            continue
        seen.add(key)
        reached.add(step)
        assert step not in forbidden, f"the injury answer led to {step!r}"
        assert progress.injury, f"{step!r}: the run no longer counts as a suspected strain"
        for rule, after in _moves(rules, step, progress):
            if rule.target == triage.id:
                assert rule.intent is Intent.BACK  # only by going back to the question
                assert not after.injury  # ...which takes the answer back
                continue
            queue.append((rule.target, after))
    assert reached == {s.id for s in routine.injury_steps()}


def test_the_injury_steps_say_no_stretching_and_carry_their_basis() -> None:
    routine = load_routine(default_routine_file())
    steps = routine.injury_steps()
    assert [s.kind for s in steps][-1] is StepKind.DONE
    assert "Do not stretch" in steps[0].text
    for step in steps:
        assert step.guidance and step.basis, step.id
    assert any("cloth" in s.text for s in steps)  # ice through a cloth
    assert any("raised" in s.text for s in steps)  # elevation
    assert any("bandage" in s.text for s in steps)  # compression
    assert "cannot walk" in steps[-1].doctor


@pytest.mark.parametrize("seed", range(40))
def test_random_intents_after_the_injury_answer_never_stretch(drive: DriveFn, seed: int) -> None:
    chooser = random.Random(seed)
    run = drive()
    forbidden = _forbidden(run.machine.routine)
    run.send(Intent.NEXT)
    assert run.step == "triage"
    run.send(Intent.INJURY)
    assert run.step == "rest"
    for _ in range(25):
        if not run.machine.running:
            break
        if run.step == "triage":  # back at the question: answered "injury" again
            run.send(Intent.INJURY)
            continue
        move = chooser.choice([*Intent, "wait"])
        if move == "wait":
            run.wait(chooser.choice([1, 30, 601]))
        else:
            run.send(move)
    assert not forbidden & set(run.steps), run.steps
    assert run.machine.progress.outcome is Outcome.INJURY


def test_hands_free_triage_takes_the_cramp_steps_only_when_nothing_was_heard(
    drive: DriveFn,
) -> None:
    quiet = drive()
    quiet.machine.set_hands_free(True)
    quiet.finish_countdown()  # stop running: goes on by itself
    assert quiet.step == "triage"
    quiet.finish_countdown()
    assert quiet.step == "ease"

    spoken = drive()
    spoken.machine.set_hands_free(True)
    spoken.finish_countdown()
    assert spoken.step == "triage"
    assert spoken.machine.heard_unclear()
    assert not spoken.machine.heard_unclear()  # once is enough
    spoken.finish_countdown()
    assert spoken.step == "rest"
    assert spoken.machine.progress.outcome is Outcome.INJURY
