"""A private PulseAudio daemon for the voice bench: its own runtime dir and socket, so it never
touches a user's sound server, with one "room" per simulated speaker.

Room k is a null sink `room<k>` (16 kHz mono) that everything audible is played into; its monitor
feeds a real source `mic<k>` (module-remap-source: Qt lists no microphone when the default source
is a monitor), which the app records from; and the app's own output sink `out<k>` reaches the room
through module-loopback, as a loudspeaker in the same room would. `mic0` and `out0` are the
defaults."""

from __future__ import annotations

import shutil
import subprocess

from bench.pulse_daemon import PrivatePulse, PulseError

RATE = 16000

__all__ = ["RATE", "PrivateRooms", "PulseError"]


class PrivateRooms(PrivatePulse):
    """`rooms` rooms on a private daemon; use as a context manager (stops it, removes its dir)."""

    def __init__(self, rooms: int) -> None:
        if shutil.which("pacat") is None:
            raise PulseError(
                "pulseaudio is not installed (apt-get install pulseaudio pulseaudio-utils)"
            )
        modules = []
        for k in range(rooms):
            modules += [
                f"module-null-sink sink_name=room{k} rate={RATE} channels=1",
                f"module-null-sink sink_name=out{k} rate={RATE} channels=1",
                f"module-remap-source master=room{k}.monitor source_name=mic{k} channels=1",
                f"module-loopback source=out{k}.monitor sink=room{k} latency_msec=20"
                " source_dont_move=true sink_dont_move=true",
            ]
        super().__init__(modules, prefix="cc-voice-")
        self.rooms = rooms

    def __enter__(self) -> PrivateRooms:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def start(self, timeout: float = 15.0) -> None:
        super().start(timeout)
        self.pactl("set-default-source", "mic0")
        self.pactl("set-default-sink", "out0")

    def play(self, sink: str) -> subprocess.Popen[bytes]:
        """A pacat that plays 16 kHz mono 16-bit PCM written to its stdin into `sink`."""
        return subprocess.Popen(
            ["pacat", "--playback", "-s", self.server, "-d", sink, "--raw", "--format=s16le",
             f"--rate={RATE}", "--channels=1", "--latency-msec=30", "--client-name=voice-bench"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def close(self) -> None:
        self.remove()
