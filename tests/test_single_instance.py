"""One instance per user: a second launch raises the first; a crashed one's socket is reused."""

from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cramp_coach.single_instance import SingleInstance, launch_token, raise_window, server_name

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def name(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A socket of this test's own (short: a Unix socket path has ~100 bytes at most)."""
    for variable in ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID"):
        monkeypatch.delenv(variable, raising=False)
    folder = tempfile.mkdtemp(prefix="cc-")
    yield os.path.join(folder, "s")
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def instances(qapp: QCoreApplication) -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.close()


def make(instances: list[SingleInstance], name: str) -> SingleInstance:
    instance = SingleInstance(name)
    instances.append(instance)
    return instance


def test_the_second_launch_raises_the_first(
    qtbot: QtBot, instances: list[SingleInstance], name: str
) -> None:
    first, second = make(instances, name), make(instances, name)
    assert first.try_become_primary()
    with qtbot.waitSignal(first.raise_requested, timeout=2000) as raised:
        assert not second.try_become_primary()
    assert raised.args == [""]
    assert second.server is None  # it never listens: it is about to exit


def test_the_launchers_token_is_passed_on(
    qtbot: QtBot, instances: list[SingleInstance], name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make(instances, name)
    assert first.try_become_primary()
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "kwin-1234_TIME5678")
    assert launch_token() == "kwin-1234_TIME5678"
    with qtbot.waitSignal(first.raise_requested, timeout=2000) as raised:
        assert not make(instances, name).try_become_primary()
    assert raised.args == ["kwin-1234_TIME5678"]
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "two words")
    assert launch_token() == ""


def test_a_stale_socket_from_a_crash_is_taken_over(
    qtbot: QtBot, instances: list[SingleInstance], name: str
) -> None:
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)  # a socket file nobody listens on: what a killed instance leaves
    dead.close()
    assert Path(name).exists()
    started = time.perf_counter()
    first = make(instances, name)
    assert first.try_become_primary()
    assert time.perf_counter() - started < 0.15  # no waiting on the dead socket
    with qtbot.waitSignal(first.raise_requested, timeout=2000):
        assert not make(instances, name).try_become_primary()


def test_becoming_the_first_is_quick(instances: list[SingleInstance], name: str) -> None:
    started = time.perf_counter()
    assert make(instances, name).try_become_primary()
    assert time.perf_counter() - started < 0.15


def test_closing_frees_the_name(instances: list[SingleInstance], name: str) -> None:
    first = make(instances, name)
    assert first.try_become_primary()
    first.close()
    assert not Path(name).exists()
    assert make(instances, name).try_become_primary()


def test_other_messages_are_ignored(
    qtbot: QtBot, instances: list[SingleInstance], name: str
) -> None:
    first = make(instances, name)
    assert first.try_become_primary()
    heard: list[str] = []
    first.raise_requested.connect(heard.append)
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(1000)
    client.write(b"hello there\nraise bad token\nraise\n")
    assert client.waitForBytesWritten(1000)
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=2000)
    client.disconnectFromServer()
    assert heard == ["", ""]  # "hello" raised nothing; a malformed token is dropped


def test_the_socket_is_the_users_own() -> None:
    where = server_name()
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        assert where == os.path.join(runtime, "cramp-coach.socket")
    else:
        assert str(os.getuid()) in where or where.endswith(".socket")


PRIMARY = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from cramp_coach.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
assert instance.try_become_primary()
def raised(token):
    print("raised", token or "-", flush=True)
    app.quit()
instance.raise_requested.connect(raised)
QTimer.singleShot(20000, lambda: app.exit(3))  # never hang the test run
print("ready", flush=True)
sys.exit(app.exec())
"""


def test_a_real_second_process_raises_the_first(
    instances: list[SingleInstance], name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first instance in its own process; this test is the second launch."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    primary = subprocess.Popen(
        [sys.executable, "-c", PRIMARY, name],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert primary.stdout is not None
        ready, _, _ = select.select([primary.stdout], [], [], 20)
        assert ready, "the first instance did not start"
        assert primary.stdout.readline().strip() == "ready"
        monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "launch-42")
        assert not make(instances, name).try_become_primary()
        out, err = primary.communicate(timeout=20)
    finally:
        if primary.poll() is None:
            primary.kill()
            primary.wait(10)
    assert primary.returncode == 0, err
    assert out.strip() == "raised launch-42"


def test_raise_window_brings_back_a_minimised_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    raise_window(window, "token-1")
    qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized())
    qtbot.waitUntil(window.isActiveWindow)
    assert os.environ["XDG_ACTIVATION_TOKEN"] == "token-1"  # for Qt's Wayland activation


def test_raise_window_keeps_a_maximised_window_maximised(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMinimized)
    raise_window(window)
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isMaximized()
