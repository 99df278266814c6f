"""Barge-in on a real sound server: the user says "pause" over a cue the app is playing.

A private PulseAudio daemon is a room: the null sink "room" is what the microphone hears (the
default source "microphone" is remapped from its monitor), and the app's output, the null sink
"speakers" (the default sink), reaches the room through module-loopback, as a loudspeaker in the
same room would. The app's listener and player run in a child process on that server; the
listener is muted while the cue plays, as the app mutes it. Through the server's echo canceller
the word reaches the recogniser anyway, and nothing of the cue itself (full of command words) does.
Every utterance that reaches it counts as "pause" here: how often one word said over a voice is
decoded right is the voice bench's figure (docs/voice-bench.md), not a test's.
"""

from __future__ import annotations

import shutil
import subprocess
import time
import wave
from pathlib import Path

import pytest

from tests.speech.test_microphone_pulse import Child, Microphone
from tests.speech.test_pulse import PulseDaemon, pulse_daemon  # noqa: F401 (a fixture)

CHILD = """
import logging, sys, time
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="log %(message)s")
from PySide6.QtCore import QCoreApplication, QTimer
from cramp_coach.speech.listener import CommandListener
from cramp_coach.speech.pulse import PulsePlayer

from cramp_coach.speech.recognition import Command, PocketsphinxRecognizer

class EveryUtterance:
    # What reaches the recogniser is the question here, not how well it decodes one word over
    # a voice (the voice bench measures that): every utterance is "pause", and what the real
    # recogniser made of it is logged.

    def __init__(self):
        self.real = PocketsphinxRecognizer()

    def recognize(self, pcm, sample_rate):
        say("decoded", self.real.recognize(pcm, sample_rate))
        return Command.PAUSE

app = QCoreApplication(sys.argv)
listener = CommandListener(make_recognizer=EveryUtterance)
player = PulsePlayer()
player.set_volume(0.5)  # the user 6 dB louder at the microphone than the app, as on the bench
player.playingChanged.connect(listener.set_muted)  # as the app's context does
say = lambda *words: print(*words, flush=True)
listener.heard.connect(lambda command: say("heard", command.value))
listener.hearingChanged.connect(lambda state: say("state", state.value))
player.playingChanged.connect(lambda on: say("playing", on))
say("started", listener.start(), listener.reason)

def command(line):
    word, _, path = line.strip().partition(" ")
    if word == "load":
        player.load(path)
    elif word == "play":
        player.play(path)
    elif word == "cancelled":
        say("cancelled", listener.echo_cancelled)

import threading
def read():
    for line in sys.stdin:
        QTimer.singleShot(0, app, lambda line=line: command(line))
    QTimer.singleShot(0, app, app.quit)
threading.Thread(target=read, daemon=True).start()
app.exec()
listener.stop()
player.close()
say("done")
"""

CUE = (
    "Stop running and stand still. When the cramp has stopped, stand up straight. "
    "Say ready when you are in position, or say stop to end. Hold the stretch, and breathe."
)


def _espeak(text: str, path: Path, rate: int) -> None:
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", str(rate), "-c", "1", "-b", "16", str(path)], check=True)


class Room(Microphone):
    """The microphone of test_microphone_pulse, and loudspeakers that it hears."""

    def plug_in(self) -> None:
        self.pactl("load-module", "module-null-sink", "sink_name=room rate=16000 channels=1")
        self.pactl("load-module", "module-remap-source", "master=room.monitor source_name=mic")
        self.pactl("load-module", "module-null-sink", "sink_name=speakers rate=16000 channels=1")
        self.pactl(
            "load-module", "module-loopback", "source=speakers.monitor", "sink=room",
            "latency_msec=20", "source_dont_move=true", "sink_dont_move=true",
        )  # fmt: skip
        self.pactl("set-default-source", "mic")
        self.pactl("set-default-sink", "speakers")

    def say(self, wav_path: Path) -> None:
        """Plays a WAV into the room (the user speaking)."""
        subprocess.run(
            ["paplay", "-s", self.daemon.server, "-d", "room", str(wav_path)],
            check=True,
            timeout=20,
        )


@pytest.fixture
def room(pulse_daemon: PulseDaemon) -> Room:  # noqa: F811 (the fixture)
    for tool in ("pactl", "paplay", "espeak-ng", "sox"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    pytest.importorskip("pocketsphinx")
    plugged = Room(pulse_daemon)
    plugged.plug_in()
    return plugged


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as opened:
        return opened.getnframes() / opened.getframerate()


def test_a_word_over_a_cue_reaches_the_recogniser_and_the_cue_alone_does_not(
    room: Room, tmp_path: Path
) -> None:
    cue, word = tmp_path / "cue.wav", tmp_path / "pause.wav"
    _espeak(CUE, cue, 22050)
    _espeak("pause", word, 16000)
    child = Child(room.env, CHILD)
    try:
        assert child.wait_for("started", 10) == "started True None"
        child.wait_for("state listening", 15)
        assert child.process.stdin is not None
        child.process.stdin.write(f"cancelled\nload {cue}\n")
        child.process.stdin.flush()
        assert child.wait_for("cancelled", 5) == "cancelled True"
        time.sleep(0.5)  # loaded
        # The first cue, while the canceller learns the room: muted, as without it.
        child.process.stdin.write(f"play {cue}\n")
        child.process.stdin.flush()
        child.wait_for("playing True", 5)
        child.wait_for("playing False", _seconds(cue) + 5)
        # The cue alone: said whole, and nothing in it heard as a command.
        child.process.stdin.write(f"play {cue}\n")
        child.process.stdin.flush()
        child.wait_for("playing True", 5)
        child.wait_for("playing False", _seconds(cue) + 5)
        time.sleep(1.0)  # a verdict on its last words
        child.drain()
        assert not [line for line in child.seen if line.startswith("heard")], " | ".join(child.seen)
        # Again, with the user saying "pause" into the room while it plays.
        child.process.stdin.write(f"play {cue}\n")
        child.process.stdin.flush()
        child.wait_for("playing True", 5)
        speaking_from = len(child.seen)
        time.sleep(2.0)
        room.say(word)
        time.sleep(1.5)  # its verdict comes about 0.6 s after the word
        child.drain()
        heard_now = [line for line in child.seen if line.startswith("heard")]
        assert heard_now == ["heard pause"], " | ".join(child.seen[speaking_from:])
        assert "playing False" not in child.seen[speaking_from:]  # heard while it still spoke
    finally:
        err = child.end()
    assert child.process.returncode == 0, err
    assert "Traceback" not in err, err
    child.drain()
    heard = [line for line in child.seen if line.startswith("heard")]
    assert heard == ["heard pause"], child.seen
