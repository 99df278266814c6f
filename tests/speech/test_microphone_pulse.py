"""The real microphone: Qt's QAudioSource on a private PulseAudio daemon's source.

The app's listener runs in a child process, so that Qt's sound-server connection is made to
this daemon (Qt connects once per process): it prints what the listener says, one line each.
The daemon is killed (the stream stops, and Qt says nothing) and started again.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import time

import pytest

from tests.speech.test_pulse import PulseDaemon, pulse_daemon  # noqa: F401 (a fixture)

CHILD = """
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="log %(message)s")
from PySide6.QtCore import QCoreApplication
from cramp_coach.speech import listener as listener_module
from cramp_coach.speech.listener import CommandListener

listener_module.RETRY_SECONDS = 0.5
listener_module.RETRY_MAX_SECONDS = 1.0

class NoRecognizer:
    def recognize(self, pcm, sample_rate):
        return None

app = QCoreApplication(sys.argv)
listener = CommandListener(make_recognizer=NoRecognizer)
say = lambda *words: print(*words, flush=True)
listener.unavailable.connect(lambda line: say("unavailable", line))
listener.available.connect(lambda: say("available"))
listener.hearingChanged.connect(lambda state: say("state", state.value))
say("started", listener.start(), listener.reason)
sys.stdin.readline()  # read on no thread: the test closes stdin to end it
"""

# The child waits for stdin on the main thread: so its event loop runs in a thread of its own.
CHILD = CHILD.replace(
    "sys.stdin.readline()  # read on no thread: the test closes stdin to end it",
    "import threading\n"
    "threading.Thread(target=lambda: (sys.stdin.readline(), app.quit()), daemon=True).start()\n"
    "app.exec()\n"
    "listener.stop()\n"
    "say('done')",
)


class Microphone:
    """A private PulseAudio daemon (test_pulse's, with its null sink) with a microphone: a null
    sink, "mic", and a source remapped from its monitor, the default source (Qt lists no
    microphone when the default source is a monitor). The daemon can be killed and started
    again on the same socket: the sound server going away, and coming back."""

    def __init__(self, daemon: PulseDaemon) -> None:
        self.daemon = daemon
        self.env = dict(os.environ, PULSE_SERVER=daemon.server)

    def pactl(self, *args: str) -> None:
        command = ["pactl", "-s", self.daemon.server, *args]
        subprocess.run(command, check=True, timeout=10, capture_output=True)

    def mute(self, on: bool) -> None:
        """Suspends the source (or wakes it): its stream stops, the server still answers."""
        self.pactl("suspend-source", "microphone", "1" if on else "0")

    def plug_in(self) -> None:
        self.pactl("load-module", "module-null-sink", "sink_name=mic rate=16000 channels=1")
        self.pactl(
            "load-module", "module-remap-source", "master=mic.monitor source_name=microphone"
        )
        self.pactl("set-default-source", "microphone")

    def kill_server(self) -> None:
        self.daemon.stop()

    def restart_server(self) -> None:
        self.daemon.start()
        self.plug_in()


@pytest.fixture
def microphone(pulse_daemon: PulseDaemon) -> Microphone:  # noqa: F811 (the fixture)
    if shutil.which("pactl") is None:
        pytest.skip("pactl is not installed (apt-get install pulseaudio-utils)")
    pytest.importorskip("pocketsphinx")  # the listener's segmenter
    plugged = Microphone(pulse_daemon)
    plugged.plug_in()
    return plugged


class Child:
    """The listener in a child process; its lines arrive on a queue, read on a thread."""

    def __init__(self, env: dict[str, str], code: str = CHILD) -> None:
        env = dict(env, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.multimedia.*=false")
        self.process = subprocess.Popen(
            [sys.executable, "-c", code],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, start: str, seconds: float) -> str:
        """The next line starting with `start`, within `seconds` (the lines before it kept)."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(
                    f"no {start!r} within {seconds} s; seen: {self.seen}"
                ) from None
            self.seen.append(line)
            if line.startswith(start):
                return line

    def drain(self) -> None:
        """Takes every line that has come so far into `seen`."""
        while not self.lines.empty():
            self.seen.append(self.lines.get())

    def end(self) -> str:
        """Ends the child; its stderr."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        assert self.process.stderr is not None
        return self.process.stderr.read()


def test_a_real_microphone_is_heard_lost_and_found_again(microphone: Microphone) -> None:
    """Audio arrives from the real source, with no TypeError from stateChanged. The source
    stops sending (Qt reports nothing: the stream just stops): said within a bounded time, in
    one line, and found again when it sends again. The sound server killed: said, and found
    again once the server is back (the microphone is read through libpulse, not Qt, whose
    backend would abort the process). It listened through the server's echo canceller."""
    child = Child(microphone.env)
    try:
        assert child.wait_for("started", 10) == "started True None"
        child.wait_for("state listening", 10)  # audio came from the microphone
        stopped = time.monotonic()
        microphone.mute(True)
        line = child.wait_for("unavailable", 10)
        assert time.monotonic() - stopped < 6  # the stall limit (3 s) and a little
        assert line == (
            "unavailable Voice commands are off: the microphone was lost "
            "(no sound from it for 3 s)."
        )
        child.wait_for("log the microphone was lost", 10)  # looked for again: silent
        microphone.mute(False)
        child.wait_for("available", 30)  # a canceller loaded anew on a loaded machine: slower
        child.wait_for("state listening", 5)
        microphone.kill_server()
        gone = child.wait_for("unavailable", 10)
        assert "the microphone was lost (the sound server went away" in gone
        microphone.restart_server()
        child.wait_for("available", 30)  # read through libpulse: a new server can be asked
        child.wait_for("state listening", 5)
    finally:
        err = child.end()
    assert child.process.returncode == 0, err
    assert "TypeError" not in err and "Cannot call meta function" not in err, err
    assert "Traceback" not in err and "Assertion" not in err, err
    assert [seen for seen in child.seen if seen.startswith("unavailable")] == [line, gone]
    assert any(seen.startswith("log echo canceller loaded") for seen in child.seen), child.seen
