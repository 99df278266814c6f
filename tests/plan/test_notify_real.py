"""ONE REAL TEST of the reminders' notifications (issue 19): a reminder reaches a real
notification daemon (dunst) on a private session bus, on a virtual screen; a click on it does
its "Start now" action (ActionInvoked), and the window starts the planned session."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.plan.notify import DBusNotifier
from cramp_coach.plan.schedule import Reminder
from cramp_coach.settings import Settings
from cramp_coach.ui.main_window import MainWindow
from cramp_coach.ui.reminder_controller import ReminderController
from tests.contexts import make_context, on_screen
from tests.fakes import ManualClock
from tests.plan.desktop_services import dunst, environment, need, session_bus, xvfb


def dunst_windows(env: dict[str, str]) -> list[str]:
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--class", "dunst"],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return result.stdout.split()


def test_start_now_on_a_real_notification_starts_the_session(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock, tmp_path: Path
) -> None:
    need("xdotool")
    with xvfb() as display, session_bus() as bus:
        env = environment(display, bus)
        with dunst(env, tmp_path):
            window = on_screen(qtbot, MainWindow(make_context(routine, settings, clock)))
            notifier = DBusNotifier(bus)
            window.reminders = ReminderController(
                settings,
                window,
                notifier=notifier,
                now=lambda: datetime(2026, 12, 3, 18, 0),
                tray_available=lambda: False,
            )
            window.start_reminders()
            asked: list[str] = []
            window.reminders.startSessionRequested.connect(asked.append)
            window.reminders.remind(Reminder(datetime(2026, 12, 3, 18, 0), "strength-b"))
            qtbot.waitUntil(lambda: bool(notifier._shown), timeout=10000)  # the daemon's id
            assert notifier.problem is None
            qtbot.waitUntil(lambda: bool(dunst_windows(env)), timeout=10000)  # on its screen
            (shown,) = dunst_windows(env)
            subprocess.run(
                ["xdotool", "mousemove", "--window", shown, "30", "20", "click", "1"],
                env=env,
                check=True,
                timeout=10,
            )
            qtbot.waitUntil(lambda: asked == ["strength-b"], timeout=10000)
            # The planned session runs, on its screen.
            assert window.stack.currentWidget() is window.library_controller.session_screen
            player = window.session.player
            assert player is not None and player.session.id == "strength-b"
            notifier.close()
            window.close()


def test_no_notification_service_is_said_once_and_the_reminder_shows_in_the_window(
    qtbot: QtBot, settings: Settings
) -> None:
    with session_bus() as bus:  # a bus with no notification daemon on it
        notifier = DBusNotifier(bus)
        controller = ReminderController(
            settings, notifier=notifier, now=datetime.now, tray_available=lambda: False
        )
        said: list[str] = []
        controller.said.connect(said.append)
        for _ in range(2):
            controller.remind(Reminder(datetime(2026, 12, 3, 18, 0), "strength-a"))
            qtbot.waitUntil(lambda: notifier.problem is not None, timeout=10000)
        notifier.close()
    assert said[0] == "Time for Strength A: bridge, deadlift, knee curl"
    assert sum("No desktop notifications" in line for line in said) == 1, said
    assert said.count("Time for Strength A: bridge, deadlift, knee curl") == 2
