"""A huge setting (issue 18, 12): a 5 MB voice name wrote 145 MB to stderr at each start (its
repr once per rendered cue). What is echoed of a setting is capped, and so long a voice name is
not a voice: the default voice is used, said once in one short line."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cramp_coach.settings import APPLICATION, ORGANIZATION, Settings
from cramp_coach.speech.render import Pyttsx3Renderer
from tests.app_probe import fresh_home, run_first_aid

HUGE = "v" * (5 * 1024 * 1024)


def test_a_huge_voice_setting_is_one_short_line(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "settings.conf"), QSettings.Format.IniFormat)
    store.setValue("speech/voice", HUGE)
    store.sync()
    settings = Settings(QSettings(str(tmp_path / "settings.conf"), QSettings.Format.IniFormat))
    assert settings.voice() == ""
    (warning,) = settings.warnings
    assert len(warning) < 400 and "(5242880 characters)" in warning


def test_an_unknown_voice_is_said_once_and_short(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    renderer = Pyttsx3Renderer()
    renderer.open()
    with caplog.at_level(logging.WARNING):
        for number in range(3):
            renderer.render("Hold.", HUGE, 175, tmp_path / f"{number}.wav")
    assert len(caplog.messages) == 1 and len(caplog.messages[0]) < 200


def test_the_app_with_a_huge_voice_setting_writes_little_to_stderr(tmp_path: Path) -> None:
    """The real app, first start (empty cache: every cue rendered)."""
    config = tmp_path / "config"
    store = QSettings(
        str(config / ORGANIZATION / f"{APPLICATION}.conf"), QSettings.Format.IniFormat
    )
    store.setValue("speech/voice", HUGE)
    store.sync()
    env = fresh_home(tmp_path)
    # Ready once a few cues are rendered (each of them said the voice again before).
    done, seen = run_first_aid(env, ready="len(window.context.speaker._ready) >= 5")
    assert done.returncode == 0, done.stderr[-2000:]
    assert seen is not None
    assert len(done.stderr) < 20_000, f"{len(done.stderr)} bytes on stderr"
