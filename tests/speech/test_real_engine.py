"""The real engine, no fakes: pyttsx3 with espeak-ng renders a cue to an audible WAV file."""

from __future__ import annotations

import array
import math
import subprocess
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


FIRST_CUE = """
import sys
from pathlib import Path
from cramp_coach.speech.render import Pyttsx3Renderer
renderer = Pyttsx3Renderer()
renderer.open()
renderer.render(sys.argv[2], None, 175, Path(sys.argv[1]))
"""


def test_the_first_cue_after_the_engine_starts_is_written_whole(tmp_path: Path) -> None:
    """pyttsx3's first loop after the engine is made returns while espeak-ng is still speaking
    into the file; the render waits for the whole file (a long first cue, or any on a slow
    machine, was reported as "no audio" and speech went off). In a process of its own, as the
    app starts: the engine must be new."""
    path = tmp_path / "first.wav"
    result = subprocess.run(
        [sys.executable, "-c", FIRST_CUE, str(path), " ".join([CUE] * 8)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with wave.open(str(path), "rb") as wav:
        seconds = wav.getnframes() / wav.getframerate()
    assert seconds > 8 * 1.5, f"{seconds:.2f} s: not the whole cue"
