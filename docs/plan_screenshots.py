"""Renders the plan screen and the tray's menu into docs/screenshots/ (make screenshots): the
plan with reminders on, on a fixed day (Thursday 3 December 2026, 9:00)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from cramp_coach.app import make_application  # noqa: E402
from cramp_coach.content import load_routine  # noqa: E402
from cramp_coach.content.assets import default_routine_file  # noqa: E402
from cramp_coach.settings import REMINDERS, Settings  # noqa: E402
from cramp_coach.ui import theme  # noqa: E402
from cramp_coach.ui.main_window import MainWindow  # noqa: E402
from cramp_coach.ui.reminder_controller import ReminderController  # noqa: E402
from tests.contexts import make_context  # noqa: E402
from tests.fakes import FakeNotifier, ManualClock  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
THURSDAY = datetime(2026, 12, 3, 9, 0)


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def main() -> None:
    app = make_application()
    theme.apply(app, "light")
    folder = tempfile.mkdtemp()
    settings = Settings(QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat))
    settings.set(REMINDERS, True)
    window = MainWindow(make_context(load_routine(default_routine_file()), settings, ManualClock()))
    window.reminders = ReminderController(
        settings, window, notifier=FakeNotifier(), now=lambda: THURSDAY, tray_available=lambda: True
    )
    window.start_reminders()
    window.resize(1024, 700)
    window.show()
    window.open_plan()
    settle()
    window.grab().save(str(OUT / "plan.png"))
    tray = window.reminders.tray
    assert tray is not None
    tray.menu.adjustSize()
    tray.menu.grab().save(str(OUT / "tray-menu.png"))
    window.reminders.stop()


if __name__ == "__main__":
    main()
