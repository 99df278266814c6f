"""The single-instance socket and other local users (issue 18, 8): a long $XDG_RUNTIME_DIR no
longer sends the socket to a shared /tmp name another user can take first, and each side checks
the other is the same user. The other user is a real unprivileged one (tests/other_user.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from cramp_coach.single_instance import SingleInstance, server_name
from tests.app_probe import fresh_home, run_first_aid
from tests.other_user import NAME, as_other, other_user, python_for_other, shared_folder

# The other user's program: listens on a socket (open to all) and swallows what it hears.
_SQUATTER = """
import os, socket, sys
server = socket.socket(socket.AF_UNIX)
server.bind(sys.argv[1])
os.chmod(sys.argv[1], 0o777)
server.listen(8)
print("ready", flush=True)
while True:
    client, _ = server.accept()
    client.recv(100)
    client.close()
"""

# The other user's client: says "raise" to the socket given.
_STRANGER = """
import socket, sys
client = socket.socket(socket.AF_UNIX)
client.connect(sys.argv[1])
try:
    client.sendall(b"raise\\n")
except OSError:  # hung up on: the listener saw who it was
    pass
client.close()
"""


@pytest.fixture
def long_runtime(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A private runtime folder whose socket path is longer than a socket address may be."""
    runtime = tmp_path / ("r" * 60) / ("u" * 60)
    runtime.mkdir(parents=True, mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return runtime


@pytest.fixture
def squatter() -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """Another local user's listener, on a socket in a folder of theirs that all may enter."""
    python, env = python_for_other()
    user = other_user()
    with shared_folder() as shared:
        theirs = shared / "theirs"
        theirs.mkdir()
        theirs.chmod(0o755)  # whatever the umask is
        subprocess.run(["chown", user, str(theirs)], check=True)
        path = theirs / "s"
        listener = subprocess.Popen(
            ["runuser", "-u", user, "--", "env", "-i", *(f"{k}={v}" for k, v in env.items()),
             python, "-c", _SQUATTER, str(path)],
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,  # runuser's child too is killed with its group
        )  # fmt: skip
        try:
            assert listener.stdout is not None and listener.stdout.readline() == "ready\n"
            yield path, listener
        finally:
            os.killpg(listener.pid, signal.SIGKILL)  # runuser alone left its python running
            listener.wait()


def test_a_long_runtime_path_keeps_the_socket_in_the_runtime_folder(
    qapp: QCoreApplication, qtbot: QtBot, long_runtime: Path
) -> None:
    """Before: /tmp/cramp-coach-<uid>-<crc32>.socket, a name any local user can bind first."""
    assert server_name() == str(long_runtime / "cramp-coach.socket")
    first, second = SingleInstance(parent=qapp), SingleInstance(parent=qapp)
    try:
        assert first.try_become_primary()
        assert (long_runtime / "cramp-coach.socket").is_socket()
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert not second.try_become_primary()  # found the first, through /proc/self/fd
    finally:
        first.close()
        second.close()
    assert not (long_runtime / "cramp-coach.socket").exists()


def test_a_squatter_on_the_old_shared_name_cannot_stop_the_app_starting(
    long_runtime: Path, squatter: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    """The real app with a long $XDG_RUNTIME_DIR, while another user listens on the /tmp name
    the app used then: it said "already running" and never opened."""
    path, _ = squatter
    old_name = Path(
        f"/tmp/cramp-coach-{os.getuid()}-{zlib.crc32(os.fsencode(str(long_runtime))):08x}.socket"
    )
    old_name.unlink(missing_ok=True)
    old_name.symlink_to(path)  # the squatter's listener, found under the old name
    try:
        done, seen = run_first_aid(fresh_home(tmp_path, XDG_RUNTIME_DIR=str(long_runtime)))
    finally:
        old_name.unlink(missing_ok=True)
    assert done.returncode == 0, done.stderr
    assert "already running" not in done.stdout
    assert seen is not None and seen["screen"] == "RoutineScreen"  # first aid opened


def test_a_listener_of_another_user_is_not_the_first_instance(
    qapp: QCoreApplication, squatter: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    """Reached through a link in the user's own folder: the peer's uid (SO_PEERCRED) is not
    this user's, so this launch runs, rather than handing over to a stranger and exiting."""
    path, _ = squatter
    folder = tmp_path / "mine"
    folder.mkdir(mode=0o700)
    (folder / "s").symlink_to(path)
    instance = SingleInstance(str(folder / "s"), parent=qapp)
    try:
        assert instance.try_become_primary()  # runs (without the single instance)
        assert instance.server is None
    finally:
        instance.close()


def test_a_raise_from_another_user_is_ignored(
    qapp: QCoreApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    python, env = python_for_other()
    with shared_folder() as shared:
        mine = shared / "mine"
        mine.mkdir()
        mine.chmod(0o755)  # whatever the umask is
        instance = SingleInstance(str(mine / "s"), parent=qapp)
        heard: list[str] = []
        instance.raise_requested.connect(heard.append)
        try:
            assert instance.try_become_primary() and instance.server is not None
            (mine / "s").chmod(0o777)  # as if anyone could reach it: the uid still decides
            sent = subprocess.Popen(
                ["runuser", "-u", NAME, "--", "env", "-i",
                 *(f"{k}={v}" for k, v in env.items()), python, "-c", _STRANGER,
                 str(mine / "s")],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            qtbot.waitUntil(lambda: sent.poll() is not None, timeout=10000)
            assert sent.returncode == 0, sent.stderr.read() if sent.stderr else ""  # connected
            qtbot.wait(200)  # what it sent reaches the listener
        finally:
            instance.close()
        assert heard == []
        assert as_other(["true"]).returncode == 0
