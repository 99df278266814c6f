"""Walks the window through every screen a user can reach, for the layout tests and the
screenshots: the first screen, each routine step (the prolonged and the injury paths too), the
library, a guided set, a prevention session (get-ready, each leg, the switch, the rest between
exercises), the plan and the journal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.journal.store import Journal, SetDone
from cramp_coach.routine.flow import Intent
from cramp_coach.ui.main_window import MainWindow
from tests.fakes import ManualClock

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def fill_journal(writer: JournalWriter, busy_week: int = 12) -> None:
    """A few weeks of episodes, one week with `busy_week` of them (the chart's tallest bar)."""
    plan = [
        (70, 1, "eased", {"stayed", "sudden_increase"}),
        (45, 2, "eased", {"hot_weather", "little_water"}),
        (20, 1, "eased", {"spread", "little_water"}),
        (12, 3, "prolonged", {"spread", "hot_weather", "little_water"}),
    ]
    plan += [(3 + n % 5, 2, "eased", {"stayed", "overtraining"}) for n in range(busy_week)]
    for days, reps, outcome, causes in plan:

        def add(
            j: Journal,
            days: int = days,
            reps: int = reps,
            outcome: str = outcome,
            causes: set[str] = causes,
        ) -> None:
            started = NOW - timedelta(days=days)
            episode = j.add_manual(started, started + timedelta(minutes=9), reps, outcome, "left")
            j.set_causes(episode, causes)

        writer.submit(add)
    for days, session_id, outcome in SESSIONS:
        writer.submit(lambda j, d=days, s=session_id, o=outcome: add_session(j, d, s, o))
    writer.flush()


# Prevention sessions over the same weeks: strength twice a week lately, one cut short by a cramp.
SESSIONS = [
    (66, "strength-a", "complete"), (52, "strength-b", "partial"), (38, "strength-a", "complete"),
    (35, "strength-b", "complete"), (24, "strength-a", "complete"), (21, "strength-b", "complete"),
    (17, "strength-a", "complete"), (14, "strength-b", "complete"), (10, "strength-a", "complete"),
    (7, "strength-b", "interrupted"), (3, "strength-a", "complete"), (1, "strength-b", "complete"),
]  # fmt: skip
SESSION_NAMES = {
    "strength-a": "Strength A: bridge, deadlift, knee curl",
    "strength-b": "Strength B: one leg at a time",
}


def add_session(journal: Journal, days: int, session_id: str, outcome: str) -> None:
    """A strength session `days` ago: two sets of each exercise (a cramp: the first only)."""
    started = NOW - timedelta(days=days, hours=1)
    logged = journal.start_prevention(session_id, SESSION_NAMES[session_id], started, 3)
    exercises = 1 if outcome == "interrupted" else 3 if outcome == "complete" else 2
    for number in range(1, exercises + 1):
        for set_number in (1, 2):
            at = started + timedelta(minutes=4 * number + 2 * set_number)
            done = SetDone(number, f"exercise-{number}", set_number, None, 8, 0, at)
            journal.add_set(logged, done)
    journal.finish_prevention(logged, started + timedelta(minutes=20), outcome)


def tour(window: MainWindow, clock: ManualClock) -> Iterator[str]:
    """Shows each screen in turn and yields its name while it is shown."""
    advance: Callable[[float], None] = lambda seconds: clock.advance(seconds, settle)  # noqa: E731
    window.go_home()
    settle()
    yield "home"

    def send(*intents: Intent) -> None:
        machine = window.session.machine
        assert machine is not None
        for intent in intents:
            machine.send(intent)
            settle()

    window.start_routine()
    settle()
    yield "stop"
    send(Intent.NEXT)
    yield "triage"
    send(Intent.NEXT)
    yield "let-it-ease"
    send(Intent.NEXT)
    advance(2)
    yield "get-into-position"
    advance(3)
    advance(12)
    yield "hold"
    for _ in range(3):  # still cramping after each hold: prolonged
        advance(20)
        if window.session.machine is not None and window.session.machine.step.id == "check":
            yield "check"
            send(Intent.STILL)
        advance(5)
        advance(30)
    settle()
    while window.session.machine is not None and window.session.machine.step.id == "check":
        send(Intent.STILL)
    yield "ice-prolonged"
    send(Intent.NEXT)
    advance(1)
    yield "massage"
    send(Intent.NEXT)
    yield "rehydrate"
    send(Intent.NEXT)
    settle()
    yield "done-prolonged"
    send(Intent.NEXT)
    window.start_routine()
    settle()
    send(Intent.NEXT, Intent.INJURY)
    yield "injury-rest"
    send(Intent.NEXT)
    advance(1)
    yield "injury-ice"
    send(Intent.NEXT)
    yield "injury-support"
    send(Intent.NEXT)
    advance(1)
    yield "injury-done"
    send(Intent.NEXT)
    settle()
    window.open_library("glute-bridge")
    settle()
    yield "library"
    screen = window.library_controller.library_screen
    screen.search.setText("zzz no such exercise")
    settle()
    yield "library-no-match"
    screen.search.setText("")
    settle()
    exercise = screen.current()
    assert exercise is not None
    window.session.start_guided(exercise)
    advance(3 + 4 * 3 + 2)
    yield "guided-set"
    assert window.session.guided is not None
    window.session.guided.stop()
    settle()
    window.start_session("strength-b")
    settle()
    yield "session-get-ready"
    advance(10 + 3 + 4 * 3 + 2)
    yield "session-left-leg"
    advance(4 * 5)
    yield "session-switch"
    advance(5 + 4 * 2)
    yield "session-right-leg"
    player = window.session.player
    assert player is not None
    player.skip()
    player.skip()
    player.skip()  # the last: the session is done
    settle()
    yield "session-done"
    window.open_library()
    settle()
    window.open_plan()
    settle()
    yield "plan"
    if window.context.journal is not None:
        window.open_journal()
        window.context.journal.flush()
        settle()
        yield "journal"
    window.go_home()
    window.start_routine()  # by accident, stopped at once: "not saved" on the first screen
    settle()
    window.routine_screen.stop()
    settle()
    yield "home-not-saved"
    window.go_home()
    settle()


def journal_at(folder: Path) -> JournalWriter:
    writer = JournalWriter(folder / "journal.db")
    fill_journal(writer)
    return writer
