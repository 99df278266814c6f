"""The speech engine in a process of its own (speech/render_process.py): real child processes,
the real espeak-ng, and the real app started with espeak-ng's data missing."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
import wave
from pathlib import Path

import pytest

from bench.pulse_daemon import PrivatePulse, PulseError
from cramp_coach.speech.render import NO_ESPEAK_DATA, SpeechUnavailable
from cramp_coach.speech.render_process import ProcessRenderer
from tests.app_probe import run_first_aid


@pytest.fixture
def no_espeak_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """espeak-ng pointed at a data folder with nothing in it (as when espeak-ng-data is gone):
    the library prints "Error processing file" and ends the process that loaded it."""
    folder = tmp_path / "espeak"
    (folder / "espeak-ng-data").mkdir(parents=True)
    monkeypatch.setenv("ESPEAK_DATA_PATH", str(folder))
    return folder


def test_the_engine_renders_in_its_own_process(tmp_path: Path) -> None:
    renderer = ProcessRenderer()
    try:
        voices = renderer.open()
        assert any(voice.id.startswith("gmw/en") for voice in voices)
        path = tmp_path / "cue.wav"
        renderer.render("Hold the stretch.", None, 175, path)
        with wave.open(str(path), "rb") as cue:
            assert cue.getnframes() / cue.getframerate() > 0.3
    finally:
        renderer.close()


def test_missing_espeak_data_turns_speech_off_and_this_process_lives(no_espeak_data: Path) -> None:
    renderer = ProcessRenderer()
    with pytest.raises(SpeechUnavailable) as raised:
        renderer.open()
    assert str(raised.value) == NO_ESPEAK_DATA
    renderer.close()


# A stand-in engine that answers the opening, then crashes at its first render: SIGSEGV.
_CRASHES_AT_RENDER = """
import json, os, signal, sys
print(json.dumps({"voices": [["gmw/en", "English", ["en"]]]}), flush=True)
sys.stdin.readline()
os.kill(os.getpid(), signal.SIGSEGV)
"""

# One that answers the opening, then never answers again.
_HANGS_AT_RENDER = """
import json, sys, time
print(json.dumps({"voices": []}), flush=True)
sys.stdin.readline()
time.sleep(600)
"""


def test_an_engine_crash_while_rendering_is_one_line(tmp_path: Path) -> None:
    renderer = ProcessRenderer([sys.executable, "-c", _CRASHES_AT_RENDER])
    assert [voice.id for voice in renderer.open()] == ["gmw/en"]
    with pytest.raises(RuntimeError, match=r"^espeak-ng crashed \(killed by SIGSEGV\)$"):
        renderer.render("Hold", None, 175, tmp_path / "cue.wav")
    renderer.close()


def test_closing_ends_a_hung_engine_at_once(tmp_path: Path) -> None:
    renderer = ProcessRenderer([sys.executable, "-c", _HANGS_AT_RENDER])
    renderer.open()
    failed: list[Exception] = []

    def render() -> None:
        try:
            renderer.render("Hold", None, 175, tmp_path / "cue.wav")
        except RuntimeError as exc:
            failed.append(exc)

    thread = threading.Thread(target=render)
    thread.start()
    time.sleep(0.2)  # the request is in: the child sleeps
    started = time.monotonic()
    renderer.close()
    thread.join(10)
    assert not thread.is_alive()
    assert time.monotonic() - started < 5
    assert len(failed) == 1


def test_the_app_starts_and_first_aid_works_without_espeak_data(
    tmp_path: Path, no_espeak_data: Path
) -> None:
    """Issue 18, 1: with espeak-ng's data missing and no cue cached, the app died at start
    (rc 139). Now speech is off with its line, and Enter opens first aid."""
    if shutil.which("pulseaudio") is None:
        pytest.skip("pulseaudio is not installed (apt-get install pulseaudio pulseaudio-utils)")
    pulse = PrivatePulse(["module-null-sink sink_name=test rate=22050 channels=1"])
    try:
        pulse.start()
    except PulseError as error:
        pytest.fail(str(error))
    env = dict(
        os.environ,
        PULSE_SERVER=pulse.server,
        XDG_RUNTIME_DIR=str(pulse.home),
        **{name: str(tmp_path / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")},
        XDG_CACHE_HOME=str(tmp_path / "empty-cache"),
    )
    try:
        done, seen = run_first_aid(env, ready="window.notice.lines")
    finally:
        pulse.remove()
    assert done.returncode == 0, done.stderr[-3000:]
    assert seen is not None
    assert seen["notice"] == [NO_ESPEAK_DATA]
    assert seen["screen"] == "RoutineScreen"
    assert seen["step"]  # the first step is shown
    assert "Error processing file" in done.stderr  # espeak-ng's own line, kept for the log
