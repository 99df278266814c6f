"""Walks the window through every screen a user can reach, for the layout tests and the
screenshots: the first screen, each routine step (the prolonged and the injury paths too), the
library, a guided set, the plan and the journal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.journal.store import Journal
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
    writer.flush()


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
