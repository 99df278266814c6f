"""Sets up the QApplication and wires the parts together."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from cramp_coach import __version__
from cramp_coach.content.routine import Routine
from cramp_coach.routine.qtclock import QtClock
from cramp_coach.settings import APPLICATION, ORGANIZATION, Settings
from cramp_coach.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings and QStandardPaths use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Cramp Coach")
    app.setApplicationVersion(__version__)
    return app


def run_app(routine: Routine, hold_override: int | None = None) -> int:
    """Shows the main window and runs until it is closed."""
    app = make_application()
    window = MainWindow(routine, Settings(), QtClock, hold_override=hold_override)
    window.show()
    return app.exec()
