"""The reminders on an injected clock with a fake notifier: due at the plan's time, "Start now"
asks for the session, "Later" reminds again in 15 minutes, a reminder missed while the app was
closed is said once at the next start; the tray's lines; closing keeps the app when asked."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.plan.notify import LATER, START
from cramp_coach.plan.schedule import WeeklyPlan
from cramp_coach.settings import KEEP_IN_TRAY, Settings
from cramp_coach.ui.main_window import MainWindow
from cramp_coach.ui.reminder_controller import ReminderController
from tests.contexts import make_context, on_screen
from tests.fakes import FakeNotifier, ManualClock

pytestmark = pytest.mark.usefixtures("qapp")  # timers and signals need the application

B = "Strength B: one leg at a time"  # the name in assets/sessions/strength-b.toml


class Wall:
    """A local wall clock moved by hand."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at


def controller(settings: Settings, wall: Wall, tray: bool = False) -> ReminderController:
    made = ReminderController(
        settings, notifier=FakeNotifier(), now=wall, tray_available=lambda: tray
    )
    made.set_plan(WeeklyPlan(), reminders=True)  # Mon and Thu 18:00, A and B by turns
    return made


def notifier(made: ReminderController) -> FakeNotifier:
    assert isinstance(made.notifier, FakeNotifier)
    return made.notifier


def test_due_at_its_time_start_now_asks_for_the_session(settings: Settings) -> None:
    wall = Wall(datetime(2026, 12, 3, 17, 59))
    made = controller(settings, wall)
    made.start()
    asked: list[str] = []
    made.startSessionRequested.connect(asked.append)
    made.scheduler.check()
    assert notifier(made).shown == []
    wall.at += timedelta(minutes=1, seconds=10)
    made.scheduler.check()
    ((session, title, _body, actions),) = notifier(made).shown
    assert session == "strength-b" and title == f"Time for {B}"
    assert list(actions) == [START, LATER] and list(actions.values()) == ["Start now", "Later"]
    notifier(made).answer(START)
    assert asked == ["strength-b"]
    made.scheduler.check()  # said once
    assert len(notifier(made).shown) == 1


def test_later_reminds_again_in_fifteen_minutes(settings: Settings) -> None:
    wall = Wall(datetime(2026, 12, 3, 17, 59))
    made = controller(settings, wall)
    made.start()
    wall.at = datetime(2026, 12, 3, 18, 0, 30)
    made.scheduler.check()
    notifier(made).answer(LATER)
    assert made.scheduler.next_reminder().at == datetime(2026, 12, 3, 18, 15, 30)  # type: ignore[union-attr]
    wall.at = datetime(2026, 12, 3, 18, 14)
    made.scheduler.check()
    assert len(notifier(made).shown) == 1
    wall.at = datetime(2026, 12, 3, 18, 16)
    made.scheduler.check()
    assert len(notifier(made).shown) == 2


def test_off_reminds_of_nothing(settings: Settings) -> None:
    wall = Wall(datetime(2026, 12, 3, 17, 0))
    made = controller(settings, wall)
    made.set_plan(WeeklyPlan(), reminders=False)
    made.start()
    wall.at = datetime(2026, 12, 3, 19, 0)
    made.scheduler.check()
    assert notifier(made).shown == [] and made.scheduler.next_reminder() is None


def test_a_reminder_missed_while_closed_is_said_once_at_the_next_start(
    settings: Settings,
) -> None:
    wall = Wall(datetime(2026, 12, 3, 12, 0))
    first = controller(settings, wall)
    first.start()
    first.stop()  # the app quits at noon
    wall.at = datetime(2026, 12, 3, 20, 0)  # and starts again at 8 pm
    again = ReminderController(settings, notifier=FakeNotifier(), now=wall)
    said: list[str] = []
    again.said.connect(said.append)
    again.start()
    assert said == [f"Missed while Cramp Coach was closed: {B}, today 18:00."]
    later = ReminderController(settings, notifier=FakeNotifier(), now=wall)
    later.said.connect(said.append)
    later.start()
    assert len(said) == 1


def test_the_tray_says_today_and_the_next_reminder(qtbot: QtBot, settings: Settings) -> None:
    wall = Wall(datetime(2026, 12, 3, 9, 0))
    made = controller(settings, wall, tray=True)
    made.start()
    assert made.tray is not None
    texts = [action.text() for action in made.tray.menu.actions() if action.isVisible()]
    assert texts[:3] == [
        "I have a cramp now",
        f"Today: {B}",
        "Next reminder: today 18:00",
    ]
    asked: list[str] = []
    made.startSessionRequested.connect(asked.append)
    made.tray.today_action.trigger()
    assert asked == ["strength-b"]
    wall.at = datetime(2026, 12, 4, 9, 0)  # Friday: nothing today
    made.scheduler.check()
    made.update_tray()
    assert not made.tray.today_action.isVisible()
    assert made.tray.next_action.text() == "Next reminder: Mon 18:00"


def test_closing_keeps_the_app_in_the_tray_only_when_asked(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    window = on_screen(qtbot, MainWindow(make_context(routine, settings, clock)))
    window.reminders = ReminderController(
        settings, window, notifier=FakeNotifier(), tray_available=lambda: True
    )
    window.start_reminders()
    window.close()  # off by default: closing closes
    assert not window.isVisible()
    settings.set(KEEP_IN_TRAY, True)
    window.show()
    window.reminders.update_tray()
    window.close()
    assert not window.isVisible() and window.reminders.tray is not None
    assert window.reminders.tray.icon.isVisible()
    window.reminders.tray.show_window.emit()
    assert window.isVisible()
    window.reminders.tray.quit.emit()  # the tray's Quit ends it, as Ctrl+Q does
    assert not window.isVisible() and not window.reminders.tray.icon.isVisible()


KEPT_IN_TRAY = """
import sys, tempfile
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cramp_coach.content import load_routine
from cramp_coach.content.assets import default_routine_file
from cramp_coach.settings import KEEP_IN_TRAY, Settings
from cramp_coach.ui.main_window import MainWindow
from cramp_coach.ui.reminder_controller import ReminderController
from tests.contexts import make_context
from tests.fakes import FakeNotifier, ManualClock
settings = Settings(QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
settings.set(KEEP_IN_TRAY, True)
window = MainWindow(make_context(load_routine(default_routine_file()), settings, ManualClock()))
window.reminders = ReminderController(
    settings, window, notifier=FakeNotifier(), tray_available=lambda: True
)
window.start_reminders()
window.show()
QTimer.singleShot(100, window.close)
QTimer.singleShot(600, lambda: print("running, shown:", window.isVisible(), flush=True))
QTimer.singleShot(700, window.reminders.tray.quit.emit)
QTimer.singleShot(10000, lambda: app.exit(3))  # Quit did not end it
sys.exit(app.exec())
"""


def test_the_app_runs_on_in_the_tray_until_its_quit() -> None:
    """In a process of its own, with its own event loop: closing the window leaves the app
    running; the tray's Quit ends it (a hidden window's close alone would not)."""
    import subprocess
    import sys
    from pathlib import Path

    result = subprocess.run(
        [sys.executable, "-c", KEPT_IN_TRAY],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "running, shown: False", result.stderr
    assert result.returncode == 0, result.stderr
