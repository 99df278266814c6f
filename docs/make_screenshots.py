"""Renders the window at each step of the routine into docs/screenshots/ (make screenshots)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from cramp_coach import i18n  # noqa: E402
from cramp_coach.app import make_application  # noqa: E402
from cramp_coach.cli import _routine  # noqa: E402
from cramp_coach.content import load_routine  # noqa: E402
from cramp_coach.content.assets import default_routine_file  # noqa: E402
from cramp_coach.routine.flow import Intent  # noqa: E402
from cramp_coach.routine.machine import RoutineMachine  # noqa: E402
from cramp_coach.settings import Settings  # noqa: E402
from cramp_coach.ui import theme  # noqa: E402
from cramp_coach.ui.main_window import MainWindow  # noqa: E402
from tests.contexts import make_context  # noqa: E402
from tests.fakes import FakeSpeaker, ManualClock  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def main() -> None:
    app = make_application()
    theme.apply(app, "light")
    OUT.mkdir(parents=True, exist_ok=True)
    clock = ManualClock()
    settings = Settings(QSettings(str(OUT / ".unused.ini"), QSettings.Format.IniFormat))
    window = MainWindow(
        make_context(
            load_routine(default_routine_file()),
            settings,
            clock,
            FakeSpeaker(clock, default_duration=0.4),
            routine_for=lambda language: _routine(None, None, language),
        )
    )
    window.resize(1024, 700)
    window.show()
    settle()

    def prolonged() -> RoutineMachine:
        """A run still cramping after the third hold, at the ice."""
        window.start_routine()
        settle()
        machine = window.session.machine
        assert machine is not None
        for _ in range(3):  # stopped running, a cramp, it has eased
            machine.send(Intent.NEXT)
            settle()
        for _ in range(3):
            settle()
            clock.advance(5, settle)
            clock.advance(30, settle)
            machine.send(Intent.STILL)
        settle()
        return machine

    def shot(name: str) -> None:
        settle()
        window.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    shot("0-home")
    window.start_routine()
    settle()
    machine = window.session.machine
    assert machine is not None
    shot("1-stop-running")  # with the warning signs and the not-medical-advice line
    machine.send(Intent.NEXT)
    settle()
    shot("1a-triage")  # a cramp, or an injury?
    machine.send(Intent.NEXT)
    settle()
    shot("1b-let-it-ease")
    machine.send(Intent.NEXT)
    settle()
    clock.advance(2, settle)
    shot("2-get-into-position")
    clock.advance(3, settle)
    clock.advance(12, settle)
    shot("3-hold")
    machine.toggle_pause()
    shot("3-hold-paused")
    machine.toggle_pause()
    clock.advance(18, settle)
    shot("4-check")
    machine.send(Intent.EASED)
    settle()
    shot("5-ice-waiting")  # the timer waits for "I have the ice"
    machine.send(Intent.NEXT)
    clock.advance(61, settle)
    shot("5-ice")
    machine.send(Intent.NEXT)  # done icing
    clock.advance(30, settle)
    shot("6-massage")
    machine.send(Intent.NEXT)
    shot("7-rehydrate")
    machine.send(Intent.NEXT)
    shot("8-done")
    # the prolonged path: still cramping after three reps
    machine.send(Intent.NEXT)
    settle()
    machine = prolonged()
    shot("5-ice-prolonged")
    window.resize(800, 600)
    shot("5-ice-prolonged-800x600")
    window.resize(1024, 700)
    for _ in range(4):  # I have the ice, done icing, done massaging, drunk
        machine.send(Intent.NEXT)
    shot("8-done-prolonged")
    window.resize(800, 600)
    shot("8-done-prolonged-800x600")
    machine.send(Intent.BACK)
    machine.send(Intent.STOP)
    settle()
    window.resize(1024, 700)
    # the injury steps: "could be an injury" at the triage
    window.start_routine()
    settle()
    machine = window.session.machine
    assert machine is not None
    machine.send(Intent.NEXT)
    machine.send(Intent.INJURY)
    settle()
    shot("9-injury-rest")
    machine.send(Intent.NEXT)
    machine.send(Intent.NEXT)  # I have the ice
    clock.advance(60, settle)
    shot("9-injury-ice")
    machine.send(Intent.NEXT)
    settle()
    shot("9-injury-support")
    machine.send(Intent.NEXT)
    clock.advance(1, settle)
    shot("9-injury-done")
    window.resize(800, 600)
    shot("9-injury-done-800x600")
    window.resize(1024, 700)
    machine.send(Intent.STOP)
    settle()
    # the prevention library, a guided exercise, the plan
    window.open_library("glute-bridge")
    shot("library")
    window.session.start_guided(window.library_controller.library_screen.current())
    clock.advance(3 + 4 * 3 + 2, settle)
    shot("guided-exercise")
    window.session.guided.stop()
    settle()
    # a prevention session from the library's Sessions list: each leg in turn, the switch
    window.open_library()
    window.library_controller.library_screen.sessions_button.setChecked(True)
    window.library_controller.library_screen.sessions.setCurrentRow(2)  # Strength B
    settle()
    shot("library-sessions")
    window.start_session("strength-b")
    settle()
    shot("session-get-ready")
    rep = window.session.player.exercises[0].rep_seconds
    clock.advance(10 + 3 + 5 * rep + 1, settle)
    shot("session-left-leg")
    clock.advance(3 * rep, settle)
    shot("session-switch")
    clock.advance(5 + 2 * rep + 1, settle)
    shot("session-right-leg")
    window.resize(800, 600)
    shot("session-right-leg-800x600")
    window.resize(1024, 700)
    window.session.player.stop()
    settle()
    window.open_plan()
    shot("prevention-plan")
    # the journal, with a few weeks of episodes
    import tempfile
    from datetime import UTC, datetime, timedelta

    from cramp_coach.journal.recorder import JournalWriter

    now = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
    writer = JournalWriter(Path(tempfile.mkdtemp()) / "journal.db")
    for days, reps, outcome, causes in (
        (70, 1, "eased", {"stayed", "sudden_increase"}),
        (45, 2, "eased", {"hot_weather", "little_water"}),
        (20, 1, "eased", {"spread", "little_water"}),
        (12, 3, "prolonged", {"spread", "hot_weather", "little_water"}),
        (3, 2, "eased", {"stayed", "overtraining"}),
    ):

        def add(j, days=days, reps=reps, outcome=outcome, causes=causes):  # type: ignore[no-untyped-def]
            started = now - timedelta(days=days)
            episode = j.add_manual(started, started + timedelta(minutes=9), reps, outcome, "left")
            j.set_causes(episode, causes)

        writer.submit(add)
    from tests.screen_tour import SESSIONS, add_session

    for days, session_id, outcome in SESSIONS:  # the prevention log beside the cramps
        writer.submit(lambda j, d=days, s=session_id, o=outcome: add_session(j, d, s, o))
    writer.flush()
    window.context.journal = writer
    window.context.wall = lambda: now
    window.open_journal()
    writer.flush()
    settle()
    shot("journal")
    # Done after a prolonged cramp, with the journal's advice: one line to see a physician (it
    # was three alike, one in nested brackets)
    window.go_home()
    machine = prolonged()
    for _ in range(4):  # I have the ice, done icing, done massaging, drunk
        machine.send(Intent.NEXT)
    writer.flush()
    settle()
    writer.flush()
    shot("8-done-prolonged-recurring")
    machine.send(Intent.NEXT)
    settle()
    window.open_journal()
    writer.flush()
    settle()
    theme.apply(app, "dark")  # the chart follows the theme, the dates stay whole at 150 %
    window.apply_zoom(150)
    shot("journal-150-dark")
    window.apply_zoom(100)
    theme.apply(app, "light")
    # the main screen and a hold in each theme, in Spanish, and at 800x600
    window.go_home()

    def home_and_hold(name: str) -> None:
        window.go_home()
        shot(f"main-{name}")
        window.start_routine()
        settle()
        assert window.session.machine is not None
        for _ in range(3):  # stopped running, a cramp, it has eased
            window.session.machine.send(Intent.NEXT)
            settle()
        clock.advance(10, settle)
        shot(f"stretch-{name}")
        window.session.machine.stop()
        settle()

    for name in ("light", "dark", "high-contrast"):
        theme.apply(app, name)
        home_and_hold(name)
    theme.apply(app, "light")
    window.set_language("es")
    home_and_hold("spanish")
    window.open_library("glute-bridge")
    shot("library-spanish")
    window.set_language("en")
    i18n.install(app, "en")
    window.go_home()
    window.resize(800, 600)
    home_and_hold("800x600")
    writer.close()
    window.close()
    (OUT / ".unused.ini").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
