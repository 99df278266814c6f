"""The README's first picture: the real app, as `make run` starts it, on a virtual X display.

    make screenshots   # runs it: a sound server to speak into, fresh settings, Xvfb

The window is grabbed once the engines have started, without the desktop around it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from cramp_coach import cli
from cramp_coach.app import make_application

OUT = sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/xvfb-first-screen.png"


def shoot() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            widget.grab().save(OUT)
            print(f"wrote {OUT} ({widget.width()}x{widget.height()})")
    QApplication.quit()


if __name__ == "__main__":
    make_application()
    QTimer.singleShot(4000, shoot)  # after the first paint and the engines
    sys.exit(cli.main([]))
