"""Where the app keeps the user's data, through QStandardPaths (so XDG variables are honoured)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from cramp_coach.settings import APPLICATION, ORGANIZATION


def _app_folder(location: QStandardPaths.StandardLocation) -> Path:
    """The app's own folder of that kind (Qt puts the app's names in it, so they are set first)."""
    if not QCoreApplication.applicationName() or not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
    return Path(QStandardPaths.writableLocation(location))


def data_folder() -> Path:
    """The app's data folder, e.g. ~/.local/share/CrampCoach/cramp-coach."""
    return _app_folder(QStandardPaths.StandardLocation.AppDataLocation)


def state_folder() -> Path:
    """The app's state folder, e.g. ~/.local/state/CrampCoach/cramp-coach ($XDG_STATE_HOME).

    XDG's place for what is kept between runs but is not the user's data, such as a log; Qt
    (6.7 and later) knows it as StateLocation."""
    return _app_folder(QStandardPaths.StandardLocation.StateLocation)


def log_file() -> Path:
    """Where an unexpected error's details are written (see cramp_coach.crash)."""
    return state_folder() / "cramp-coach.log"


def user_exercise_folder() -> Path:
    """Where the user's own exercise files go."""
    return data_folder() / "exercises"


def journal_file() -> Path:
    return data_folder() / "journal.db"
