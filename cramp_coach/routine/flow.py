"""Where the routine goes next: the transition rules built from the routine data, free of Qt.

The QStateMachine (machine.py) is built from these rules, one transition per rule; the rules and
the Progress they read and change are plain Python so they can be checked on their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from cramp_coach.content.routine import Routine, Step, StepKind

FINISHED = "__finished__"  # target of a rule that ends the routine


class Intent(StrEnum):
    """What the user (or the clock) asks for."""

    NEXT = "next"  # Enter: confirm, or skip what is counting down
    BACK = "back"  # Backspace
    EASED = "eased"  # "It has eased" at the check
    STILL = "still"  # "Still cramping" at the check
    INJURY = "injury"  # "Could be an injury" at the triage
    CAME_BACK = "came_back"  # C: the cramp came back
    ELAPSED = "elapsed"  # the step's countdown reached zero
    STOP = "stop"  # Esc: end the routine now


class Outcome(StrEnum):
    """How an episode ended, in the words the summary uses: the names the journal stores, exports
    and shows (journal/store.py adds only its own "unfinished")."""

    EASED = "eased"
    PROLONGED = "prolonged"
    STOPPED = "stopped"
    UNANSWERED = "unanswered"
    INJURY = "injury"  # the triage answer "could be an injury": a suspected strain, no stretching


@dataclass
class Progress:
    """What has happened so far in one run of the routine."""

    reps: int = 0  # holds completed (never more than the routine's max_reps)
    eased: bool = False
    prolonged: bool = False
    unanswered: bool = False  # hands-free: nobody answered after the last stretch
    came_back: int = 0
    stopped: bool = False
    injury: bool = False  # triage: could be an injury (the injury path, never the stretch)
    unclear: bool = False  # triage, hands-free: something was said that was not an answer

    @property
    def outcome(self) -> Outcome:
        if self.injury:
            return Outcome.INJURY
        if self.prolonged:
            return Outcome.PROLONGED
        if self.eased:
            return Outcome.EASED
        if self.stopped:
            return Outcome.STOPPED
        return Outcome.UNANSWERED


Guard = Callable[[Progress], bool]
Effect = Callable[[Progress], None]


def _always(_: Progress) -> bool:
    return True


def _nothing(_: Progress) -> None:
    return None


@dataclass(frozen=True)
class Rule:
    """On `intent` in `source`, if `guard` allows, apply `effect` and go to `target`."""

    source: str
    intent: Intent
    target: str
    guard: Guard = _always
    effect: Effect = _nothing
    needs_elapsed: bool = field(default=False)  # only while the step's countdown is at zero


def build_rules(routine: Routine) -> list[Rule]:
    """Every transition of the routine, in the order they are tried."""
    steps = routine.steps
    max_reps = routine.max_reps
    stretch = routine.stretch
    check = next(s for s in steps if s.kind is StepKind.CHECK)
    triage = routine.triage
    # Before the triage answer there is no cramp to come back yet; on the injury steps the
    # stretch is never an answer.
    no_coming_back = {s.id for s in routine.injury_steps()}
    if triage is not None:
        no_coming_back |= {s.id for s in steps[: routine.index(triage.id) + 1]}
    # The cramp came back: first it has to stop again (the source: stretch only after the cramp
    # has stopped), so "came back" leads to the "stop" step, and from there to the stretch.
    wait_out = next((s.id for s in steps if s.kind is StepKind.STOP), stretch)
    rules: list[Rule] = []

    def count_rep(p: Progress) -> None:
        p.reps = min(max_reps, p.reps + 1)

    def eased(p: Progress) -> None:
        p.eased, p.prolonged, p.unanswered = True, False, False

    def prolonged(p: Progress) -> None:
        p.eased, p.prolonged, p.unanswered = False, True, False

    def reps_left(p: Progress) -> bool:
        return p.reps < max_reps

    def reps_used_up(p: Progress) -> bool:
        return p.reps >= max_reps

    def came_back(p: Progress) -> None:
        p.came_back += 1
        p.eased = False

    def came_back_too_often(p: Progress) -> None:
        p.came_back += 1
        prolonged(p)

    for index, step in enumerate(steps):
        following = steps[index + 1].id if index + 1 < len(steps) else FINISHED
        rules.extend(_forward_rules(step, following, count_rep, eased, prolonged))
        if step.kind is StepKind.CHECK:
            rules.append(Rule(step.id, Intent.STILL, step.still, reps_left))
            rules.append(Rule(step.id, Intent.STILL, step.eased, reps_used_up, prolonged))
        if step.kind is StepKind.TRIAGE:
            rules.extend(_triage_rules(step))
        elif step.wait and not step.timed:
            rules.extend(_default_rules(step, following, reps_left, reps_used_up, _no_answer))

        back = _back_target(routine, index)
        if back is not None:
            effect = _undo_for_back(step, routine.step(back))
            rules.append(Rule(step.id, Intent.BACK, back, effect=effect))

        if step.kind is StepKind.STOP or step.id in no_coming_back:
            pass  # the cramp is what this step waits out; "came back" means nothing yet
        elif routine.index(step.id) <= routine.index(stretch) or step.kind is StepKind.HOLD:
            # Interrupted before the hold finished: do this rep again, the count is unchanged.
            rules.append(Rule(step.id, Intent.CAME_BACK, wait_out, effect=came_back))
        else:
            rules.append(Rule(step.id, Intent.CAME_BACK, wait_out, reps_left, came_back))
            rules.append(
                Rule(step.id, Intent.CAME_BACK, check.eased, reps_used_up, came_back_too_often)
            )

        # Leaving the summary is not stopping part-way: the routine was already over.
        stopping = _nothing if step.kind is StepKind.DONE else _mark_stopped
        rules.append(Rule(step.id, Intent.STOP, FINISHED, effect=stopping))
    return rules


def _forward_rules(
    step: Step, following: str, count_rep: Effect, eased: Effect, prolonged: Effect
) -> list[Rule]:
    kind = step.kind
    if kind is StepKind.HOLD:
        return [
            Rule(step.id, Intent.NEXT, following, effect=count_rep),
            Rule(step.id, Intent.ELAPSED, following, effect=count_rep, needs_elapsed=True),
        ]
    if kind is StepKind.CHECK:
        return [
            Rule(step.id, Intent.EASED, step.eased, effect=eased),
            Rule(step.id, Intent.NEXT, step.eased, effect=eased),
        ]
    if kind is StepKind.DONE:
        return [Rule(step.id, Intent.NEXT, FINISHED)]  # the injury steps may follow in the file
    if kind is StepKind.TRIAGE:
        return [Rule(step.id, Intent.NEXT, step.cramp)]
    rules = [Rule(step.id, Intent.NEXT, following)]
    if step.timed:
        rules.append(Rule(step.id, Intent.ELAPSED, following, needs_elapsed=True))
    return rules


def _injury(p: Progress) -> None:
    p.injury = True


def _heard_nothing(p: Progress) -> bool:
    return not p.unclear


def _heard_something(p: Progress) -> bool:
    return p.unclear


def _triage_rules(step: Step) -> list[Rule]:
    """ "Could be an injury" leads to the injury steps. Hands-free, no answer in time takes the
    cramp steps only when nothing at all was heard; anything said that was not an answer takes
    the injury steps (see the triage step in the routine file for why)."""
    return [
        Rule(step.id, Intent.INJURY, step.injury, effect=_injury),
        Rule(step.id, Intent.ELAPSED, step.cramp, _heard_nothing, needs_elapsed=True),
        Rule(step.id, Intent.ELAPSED, step.injury, _heard_something, _injury, needs_elapsed=True),
    ]


def _no_answer(p: Progress) -> None:
    p.unanswered = True


def _default_rules(
    step: Step, following: str, reps_left: Guard, reps_used_up: Guard, no_answer: Effect
) -> list[Rule]:
    """Hands-free: what happens when nobody answers in time (the wait only runs hands-free).

    The safe default at the check is another stretch while reps are left; after the last one the
    routine moves on, recording no answer (it never claims the cramp eased or persisted) and
    saying that a cramp still there is a reason to consult a physician.
    """
    if step.kind is StepKind.CHECK:
        return [
            Rule(step.id, Intent.ELAPSED, step.still, reps_left, needs_elapsed=True),
            Rule(step.id, Intent.ELAPSED, step.eased, reps_used_up, no_answer, needs_elapsed=True),
        ]
    return [Rule(step.id, Intent.ELAPSED, following, needs_elapsed=True)]


def _back_target(routine: Routine, index: int) -> str | None:
    """The previous step, never landing straight in a hold (Back goes to getting into position)."""
    step = routine.steps[index]
    if index == 0 or step.kind is StepKind.DONE:
        return None
    previous = routine.steps[index - 1]
    if previous.kind is StepKind.DONE:  # the first injury step: back to the question
        triage = routine.triage
        return triage.id if triage is not None else None
    if previous.kind is StepKind.HOLD:
        return routine.steps[index - 2].id if index >= 2 else None
    return previous.id


def _undo_for_back(source: Step, target: Step) -> Effect:
    """Going back un-does what is being gone back over, so it can be done or answered again."""
    if source.kind is StepKind.CHECK:  # back to get into position: that rep is done again

        def redo_rep(p: Progress) -> None:
            p.reps = max(0, p.reps - 1)

        return redo_rep
    if target.kind is StepKind.CHECK:  # back to the question: its answer is given again

        def forget_answer(p: Progress) -> None:
            p.eased = p.prolonged = p.unanswered = False

        return forget_answer
    if StepKind.TRIAGE in (source.kind, target.kind):  # "cramp or injury?" is asked anew

        def forget_triage(p: Progress) -> None:
            p.injury = p.unclear = False

        return forget_triage
    return _nothing


def _mark_stopped(p: Progress) -> None:
    p.stopped = True
