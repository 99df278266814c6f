"""ONE REAL TEST of the tray (issue 19): the real app, with "keep in the tray" on, puts its icon
in a real tray host (trayer) on a virtual screen: found in the host's window tree. Without a
tray, the app says so once and goes on (tested on the offscreen platform, which has none)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cramp_coach.settings import Settings
from cramp_coach.ui.reminder_controller import ReminderController
from tests.fakes import FakeNotifier
from tests.plan.desktop_services import environment, need, session_bus, trayer, wait_for, xvfb

REPOSITORY = Path(__file__).resolve().parents[2]


def icons_in(panel: str, env: dict[str, str]) -> list[str]:
    """The tray host's embedded windows that are Cramp Coach's (WM_CLASS cramp-coach)."""
    tree = subprocess.run(
        ["xwininfo", "-tree", "-id", panel], env=env, capture_output=True, text=True, timeout=10
    ).stdout
    return [line for line in tree.splitlines() if '"cramp-coach")' in line]


def test_the_tray_icon_appears_in_a_real_tray_host(tmp_path: Path) -> None:
    need("xwininfo")
    config = tmp_path / "config" / "CrampCoach"
    config.mkdir(parents=True)
    (config / "cramp-coach.conf").write_text("[plan]\nkeep_in_tray=true\n", encoding="utf-8")
    with xvfb() as display, session_bus() as bus:
        env = environment(display, bus)
        env["QT_QPA_PLATFORM"] = "xcb"
        for kind in ("config", "data", "cache", "state"):
            env[f"XDG_{kind.upper()}_HOME"] = str(tmp_path / kind)
        with trayer(env) as panel:
            assert icons_in(panel, env) == []
            app = subprocess.Popen(
                [sys.executable, "-m", "cramp_coach"],
                env=env,
                cwd=REPOSITORY,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            try:
                wait_for(lambda: bool(icons_in(panel, env)), "Cramp Coach's icon in the tray", 30)
            finally:
                app.terminate()
                _, errors = app.communicate(timeout=10)
    assert b"No system tray" not in errors and b"Traceback" not in errors


def test_no_tray_is_said_once_and_the_rest_goes_on(qapp: object, settings: Settings) -> None:
    from cramp_coach.settings import KEEP_IN_TRAY

    settings.set(KEEP_IN_TRAY, True)
    controller = ReminderController(settings, notifier=FakeNotifier(), tray_available=lambda: False)
    said: list[str] = []
    controller.said.connect(said.append)
    controller.start()
    controller.update_tray()
    assert len(said) == 1 and "No system tray" in said[0]
    assert controller.tray is None and not controller.keep_in_tray()  # closing quits
