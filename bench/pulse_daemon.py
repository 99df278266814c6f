"""A private PulseAudio daemon: its own home, runtime dir and socket, so it never touches a
user's sound server. Used by the voice bench (bench/voice_pulse.py) and by the tests that play
into, or record from, a real sound server (tests/speech/test_pulse.py)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path


class PulseError(Exception):
    """The private daemon could not be started."""


def answers(path: str) -> bool:
    """Whether a server listens on the Unix socket at `path`."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(path)
        except OSError:
            return False
    return True


class PrivatePulse:
    """`pulseaudio` with the `modules` given (each a `-L` argument) on a socket of its own; it
    can be stopped and started again on the same socket (a server going away, coming back)."""

    def __init__(self, modules: Sequence[str], prefix: str = "cc-pulse-") -> None:
        daemon = shutil.which("pulseaudio")
        if daemon is None:
            raise PulseError(
                "pulseaudio is not installed (apt-get install pulseaudio pulseaudio-utils)"
            )
        self.home = Path(tempfile.mkdtemp(prefix=prefix))  # short: a socket has 108 bytes
        self.socket = str(self.home / "native")
        self.server = f"unix:{self.socket}"
        self._env = dict(
            os.environ,
            HOME=str(self.home),
            XDG_RUNTIME_DIR=str(self.home),
            XDG_CONFIG_HOME=str(self.home / "config"),
            PULSE_RUNTIME_PATH=str(self.home / "runtime"),
            PULSE_STATE_PATH=str(self.home / "state"),
        )
        self._env.pop("PULSE_SERVER", None)
        self._args = [
            daemon, "--daemonize=no", "-n", "--use-pid-file=no", "--exit-idle-time=-1",
            "--disallow-exit", "--disallow-module-loading=no", "--log-target=stderr",
            "--log-level=error", "--realtime=no", "--high-priority=no",
            "-L", f"module-native-protocol-unix socket={self.socket} auth-anonymous=1",
        ]  # fmt: skip
        for module in modules:
            self._args += ["-L", module]
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15.0) -> None:
        """Starts it and waits until it answers; PulseError (with its log) if it does not."""
        log = self.home / "daemon.log"
        with log.open("ab") as out:
            self._process = subprocess.Popen(self._args, env=self._env, stdout=out, stderr=out)
        deadline = time.monotonic() + timeout
        while not answers(self.socket):
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise PulseError(f"pulseaudio did not start: {log.read_text()[-2000:]}")
            time.sleep(0.05)

    def pactl(self, *args: str) -> str:
        return subprocess.run(
            ["pactl", "-s", self.server, *args], check=True, capture_output=True, text=True
        ).stdout

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)

    def remove(self) -> None:
        """Stops it and removes its folder."""
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
