"""Where the app keeps the user's data, through QStandardPaths (so XDG variables are honoured)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from cramp_coach.settings import APPLICATION, ORGANIZATION


def data_folder() -> Path:
    """The app's data folder, e.g. ~/.local/share/CrampCoach/cramp-coach."""
    if not QCoreApplication.applicationName() or not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def user_exercise_folder() -> Path:
    """Where the user's own exercise files go."""
    return data_folder() / "exercises"


def journal_file() -> Path:
    return data_folder() / "journal.db"
