"""Real desktop services for the plan's tests, each started by the test and ended with it: a
virtual X screen (Xvfb), a private session bus (dbus-daemon), a notification daemon (dunst)
and a tray host (trayer)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def need(*programs: str) -> None:
    """Fails (not skips) when the set-up did not install a program: make test installs them."""
    missing = [program for program in programs if shutil.which(program) is None]
    if missing:
        pytest.fail(f"missing {', '.join(missing)}: run make test (it installs them)")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def xvfb() -> Iterator[str]:
    """A virtual screen; yields its DISPLAY (":N", the first free number, told by Xvfb)."""
    need("Xvfb")
    read, write = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        _stop(process)


@contextmanager
def session_bus() -> Iterator[str]:
    """A private session bus; yields its address."""
    need("dbus-daemon")
    process = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().decode().strip()
        assert address, "dbus-daemon did not start"
        yield address
    finally:
        _stop(process)


def environment(display: str, bus: str) -> dict[str, str]:
    env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=bus)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def wait_for(check: object, what: str, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"{what} within {seconds:.0f} s")
        time.sleep(0.05)


def owned(env: dict[str, str], name: str) -> bool:
    result = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return "boolean true" in result.stdout


DUNSTRC = """\
[global]
    font = DejaVu Sans 12
    origin = top-left
    offset = 10x10
    width = 420
    # a click does the notification's chosen action, as a user would pick "Start now"
    mouse_left_click = do_action, close_current
[cramp-coach]
    appname = "Cramp Coach"
    action_name = "start"
"""


@contextmanager
def dunst(env: dict[str, str], folder: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The dunst notification daemon on the bus and screen in `env`, clicking does "start"."""
    need("dunst", "dbus-send")
    config = folder / "dunstrc"
    config.write_text(DUNSTRC, encoding="utf-8")
    process = subprocess.Popen(
        ["dunst", "-config", str(config)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: owned(env, "org.freedesktop.Notifications"), "dunst on the bus")
        yield process
    finally:
        _stop(process)


@contextmanager
def trayer(env: dict[str, str]) -> Iterator[str]:
    """The trayer system-tray host on the screen in `env`; yields its panel's window id."""
    need("trayer", "xdotool")
    process = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    panels: list[str] = []

    def found() -> bool:
        result = subprocess.run(
            ["xdotool", "search", "--name", "^panel$"],
            env=env,
            capture_output=True,
            text=True,
            timeout=10,
        )
        panels[:] = result.stdout.split()
        return bool(panels)

    try:
        wait_for(found, "trayer's panel on the screen")
        yield panels[0]
    finally:
        _stop(process)
