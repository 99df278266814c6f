"""The plan's controls on the prevention plan screen: an edit is kept at once (settings,
reminders, the start-at-login entry); a folder that takes no entry is one line."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.desktop import autostart_path
from cramp_coach.plan.schedule import WeeklyPlan
from cramp_coach.settings import KEEP_IN_TRAY, PLAN_LOG_PAGE, REMINDERS, START_AT_LOGIN, Settings
from cramp_coach.ui.main_window import MainWindow
from cramp_coach.ui.reminder_controller import ReminderController
from tests.contexts import make_context, on_screen
from tests.fakes import FakeNotifier, ManualClock


@pytest.fixture
def window(qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock) -> MainWindow:
    made = on_screen(qtbot, MainWindow(make_context(routine, settings, clock)))
    made.reminders = ReminderController(
        settings, made, notifier=FakeNotifier(), tray_available=lambda: False
    )
    made.start_reminders()
    made.open_plan()
    return made


def test_the_plan_shows_the_default_and_keeps_each_edit(
    window: MainWindow, settings: Settings
) -> None:
    form = window.plan_controller.form
    assert form is not None and form.isVisible()
    assert [box.isChecked() for box in form.days] == [True, False, False, True] + [False] * 3
    assert form.next_line.text() == "Reminders are off."
    form.days[3].setChecked(False)
    form.days[4].setChecked(True)  # Friday instead of Thursday
    form.time.setTime(QTime(7, 30))
    form.session.setCurrentIndex(form.session.findData("post-run"))
    form.reminders.setChecked(True)
    form.keep_in_tray.setChecked(True)
    form.log_page.setChecked(True)
    assert settings.plan() == WeeklyPlan((0, 4), time(7, 30), "post-run")
    assert settings.get(REMINDERS) and settings.get(KEEP_IN_TRAY) and settings.get(PLAN_LOG_PAGE)
    assert window.reminders is not None
    assert window.reminders.scheduler.plan == settings.plan()
    assert window.reminders.scheduler.enabled
    assert form.next_line.text().startswith("Next: ")
    assert form.next_line.text().endswith("After a run: hamstring stretch")  # its data file


def test_start_at_login_writes_and_removes_the_autostart_entry(
    window: MainWindow, settings: Settings, tmp_path: Path
) -> None:
    form = window.plan_controller.form
    assert form is not None
    entry = autostart_path()
    assert not entry.exists()
    form.start_at_login.setChecked(True)
    assert entry.is_file() and settings.get(START_AT_LOGIN)
    assert "Exec=" in entry.read_text(encoding="utf-8")
    form.start_at_login.setChecked(False)
    assert not entry.exists() and not settings.get(START_AT_LOGIN)


def test_an_autostart_folder_that_takes_no_entry_is_one_line(
    window: MainWindow, settings: Settings
) -> None:
    folder = autostart_path().parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder goes", encoding="utf-8")
    form = window.plan_controller.form
    assert form is not None
    form.start_at_login.setChecked(True)
    assert not settings.get(START_AT_LOGIN)
    (line,) = [text for text in window.notice.lines if "autostart" in text]
    assert "\n" not in line
