"""A private PulseAudio daemon for the voice bench: its own runtime dir and socket, so it never
touches a user's sound server, with one "room" per simulated speaker.

Room k is a null sink `room<k>` (16 kHz mono) that everything audible is played into; its monitor
feeds a real source `mic<k>` (module-remap-source: Qt lists no microphone when the default source
is a monitor), which the app records from; and the app's own output sink `out<k>` reaches the room
through module-loopback, as a loudspeaker in the same room would. `mic0` and `out0` are the
defaults."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

RATE = 16000


class PulseError(Exception):
    """The private daemon could not be started."""


def _answers(path: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(path)
        except OSError:
            return False
    return True


class PrivateRooms:
    """`rooms` rooms on a private daemon; use as a context manager (stops it, removes its dir)."""

    def __init__(self, rooms: int) -> None:
        daemon = shutil.which("pulseaudio")
        if daemon is None or shutil.which("pacat") is None:
            raise PulseError(
                "pulseaudio is not installed (apt-get install pulseaudio pulseaudio-utils)"
            )
        self.rooms = rooms
        self.home = Path(tempfile.mkdtemp(prefix="cc-voice-"))  # short: a socket has 108 bytes
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
        args = [
            daemon, "--daemonize=no", "-n", "--use-pid-file=no", "--exit-idle-time=-1",
            "--disallow-exit", "--disallow-module-loading=no", "--log-target=stderr",
            "--log-level=error", "--realtime=no", "--high-priority=no",
            "-L", f"module-native-protocol-unix socket={self.socket} auth-anonymous=1",
        ]  # fmt: skip
        for k in range(rooms):
            args += [
                "-L", f"module-null-sink sink_name=room{k} rate={RATE} channels=1",
                "-L", f"module-null-sink sink_name=out{k} rate={RATE} channels=1",
                "-L", f"module-remap-source master=room{k}.monitor source_name=mic{k} channels=1",
                "-L", f"module-loopback source=out{k}.monitor sink=room{k} latency_msec=20"
                " source_dont_move=true sink_dont_move=true",
            ]  # fmt: skip
        self._args = args
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PrivateRooms:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def start(self) -> None:
        log = self.home / "daemon.log"
        with log.open("ab") as out:
            self._process = subprocess.Popen(self._args, env=self._env, stdout=out, stderr=out)
        deadline = time.monotonic() + 15
        while not _answers(self.socket):
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise PulseError(f"pulseaudio did not start: {log.read_text()[-2000:]}")
            time.sleep(0.05)
        self.pactl("set-default-source", "mic0")
        self.pactl("set-default-sink", "out0")

    def pactl(self, *args: str) -> str:
        return subprocess.run(
            ["pactl", "-s", self.server, *args], check=True, capture_output=True, text=True
        ).stdout

    def play(self, sink: str) -> subprocess.Popen[bytes]:
        """A pacat that plays 16 kHz mono 16-bit PCM written to its stdin into `sink`."""
        return subprocess.Popen(
            ["pacat", "--playback", "-s", self.server, "-d", sink, "--raw", "--format=s16le",
             f"--rate={RATE}", "--channels=1", "--latency-msec=30", "--client-name=voice-bench"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        shutil.rmtree(self.home, ignore_errors=True)
