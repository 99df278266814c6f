"""The real engine, no fakes: pyttsx3 with espeak-ng renders a cue to an audible WAV file."""

from __future__ import annotations

import array
import math
import sys
import time
import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cramp_coach.speech.render import Pyttsx3Renderer
from cramp_coach.speech.worker import RenderWorker

CUE = "Hold the stretch, breathe out slowly."


def test_espeak_ng_renders_a_cue_to_audible_speech(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    worker = RenderWorker(Pyttsx3Renderer(), wanted=lambda key: True, timeout=5.0)
    with qtbot.waitSignal(worker.opened, timeout=5000) as opened:
        worker.start()
    assert any(voice.id.startswith("gmw/en") for voice in opened.args[0])
    path = tmp_path / "cue.wav"
    stdout = sys.stdout
    with qtbot.waitSignal(worker.rendered, timeout=5000) as rendered:
        worker.submit("cue", CUE, None, 175, path, urgent=True)
        swapped, deadline = False, time.monotonic() + 5
        while not path.exists() and time.monotonic() < deadline:  # this thread's stdout stays
            swapped = swapped or sys.stdout is not stdout
            time.sleep(0.001)  # the render thread gets the interpreter too
    worker.close()
    assert not swapped
    assert "Audio saved" not in capsys.readouterr().out  # the driver's chatter goes to the log

    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        seconds = wav.getnframes() / wav.getframerate()
        samples = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))
    assert 0.5 < seconds < 6.0, f"{seconds:.2f} s is not a plausible length for {CUE!r}"
    assert rms > 1000, f"RMS {rms:.0f}: the cue is (nearly) silent"
    assert rendered.args[2] == seconds  # the length the speaker reports is the file's
