"""What a screen's controller needs of the window around it."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QWidget


class Host(Protocol):
    """The window, as its controllers see it: where screens are shown and lines are said."""

    def show_screen(self, screen: QWidget, focus: QWidget | None = None) -> None:
        """Makes `screen` the one in use (added to the window if new), `focus` focused."""

    def go_home(self) -> None:
        """Back to the first screen."""

    def start_session(self, session_id: str) -> bool:
        """Starts the prevention session with this id; False when it cannot."""

    def status(self, line: str, milliseconds: int = 0) -> None:
        """A passing line in the status bar (0: until the next one)."""

    def notify(self, line: str) -> None:
        """A line that stays until dismissed: something went wrong, and what to do."""

    def exercise_names(self) -> dict[str, str]:
        """Each library exercise's id and name, in the user's language."""

    def ask_save_path(self, title: str, name: str, filters: str) -> tuple[Path | None, str]:
        """The save dialog: the path and the chosen filter, or (None, "") if cancelled."""

    def refocus(self) -> None:
        """Keys go back to the screen in use (after a dialog)."""
