"""The real app in a process of its own, as `cramp-coach` starts it (cli.main), with a probe:
once `ready` holds for the window, it presses Enter ("I have a cramp now") and prints, as one
JSON line, what it saw (the notice's lines, the screen and its step), then quits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[1]
XDG_KINDS = ("config", "data", "cache", "state")

_SCRIPT = """
import json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from cramp_coach import app as app_module, cli
from cramp_coach.ui.main_window import MainWindow

make_application = app_module.make_application

def probe():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = windows[0] if windows else None
    if window is None or not (READY):
        QTimer.singleShot(20, probe)
        return
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
    QTimer.singleShot(100, lambda: report(window))

def report(window):
    seen = {
        "notice": window.notice.lines,
        "screen": type(window.stack.currentWidget()).__name__,
        "step": window.routine_screen.title.text(),
    }
    print(json.dumps(seen), flush=True)
    QApplication.quit()

def patched(argv=None):
    made = make_application(argv)
    QTimer.singleShot(0, probe)
    return made

app_module.make_application = patched
sys.exit(cli.main([]))
"""


def fresh_home(folder: Path, **more: str) -> dict[str, str]:
    """This environment with the app's folders (config, data, cache, state, runtime) in
    `folder`, offscreen; `more` adds or replaces variables."""
    folders = {f"XDG_{kind.upper()}_HOME": str(folder / kind) for kind in XDG_KINDS}
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **folders,
            "XDG_RUNTIME_DIR": str(folder), **more}  # fmt: skip


def run_first_aid(
    env: dict[str, str], ready: str = "window.context.made('speaker')", timeout: float = 120
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any] | None]:
    """Runs the app until `ready` (a Python expression on `window`), presses Enter; returns the
    process and what the probe saw (None if it printed nothing: the app never got there)."""
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT.replace("READY", ready)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=REPOSITORY,
    )
    lines = done.stdout.strip().splitlines()
    seen = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else None
    return done, seen
