"""The app's icon: one SVG, drawn like the exercise pictures, sharp at every size."""

from __future__ import annotations

from importlib.resources.abc import Traversable

from PySide6.QtGui import QIcon

from cramp_coach.content.assets import asset

ICON_NAME = "cramp-coach"  # the freedesktop icon name (the .desktop file's Icon=)


def icon_file() -> Traversable:
    """The shipped SVG (assets/icons/cramp-coach.svg)."""
    return asset("icons", f"{ICON_NAME}.svg")


def app_icon() -> QIcon:
    """The icon for the windows and the task bar (null only if the file is missing)."""
    return QIcon(str(icon_file()))
