"""The app's icon: one SVG, drawn like the exercise pictures, and PNGs rendered from it.

The window uses the PNGs: loading Qt's SVG icon engine for the window icon alone would cost the
first screen about 5 MiB. The .desktop entry installs the SVG (see desktop.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from cramp_coach.content.assets import asset

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

ICON_NAME = "cramp-coach"  # the freedesktop icon name (the .desktop file's Icon=)


def icon_file() -> Traversable:
    """The shipped SVG (assets/icons/cramp-coach.svg)."""
    return asset("icons", f"{ICON_NAME}.svg")


PNG_SIZES = (16, 32, 48, 64, 128, 256)  # rendered from the SVG by `python -m cramp_coach.ui.icon`


def app_icon() -> QIcon:
    """The icon for the windows and the task bar (null only if the files are missing)."""
    icon = QIcon()
    for size in PNG_SIZES:
        icon.addFile(str(asset("icons", f"{ICON_NAME}-{size}.png")), QSize(size, size))
    return icon


def render_pngs() -> None:
    """Writes assets/icons/cramp-coach-N.png from the SVG (run from the repository)."""
    from pathlib import Path

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    svg = QIcon(str(icon_file()))
    for size in PNG_SIZES:
        svg.pixmap(size, size).save(str(Path("assets/icons") / f"{ICON_NAME}-{size}.png"))
    del app


if __name__ == "__main__":
    render_pngs()
