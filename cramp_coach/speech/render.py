"""Rendering cues to WAV files with pyttsx3's espeak-ng driver, on the speech worker thread only."""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)


def _to_log(*args: object, **_: object) -> None:
    """The espeak driver's print(): its "Audio saved to" is chatter, anything else a warning."""
    line = " ".join(str(arg) for arg in args)
    log.log(
        logging.DEBUG if line.startswith("Audio saved") else logging.WARNING, "espeak: %s", line
    )


# How long a render may take after pyttsx3's loop has returned (see `Pyttsx3Renderer.render`);
# the worker's watchdog gives up on a hung engine long before.
WRITTEN_WITHIN_SECONDS = 30.0

NO_PYTTSX3 = "Speech is off: pyttsx3 is not installed (pip install pyttsx3==2.99)"
NO_ESPEAK = "Speech is off: espeak-ng is not installed (sudo apt-get install espeak-ng)"
NO_ESPEAK_DATA = (
    "Speech is off: espeak-ng could not start (sudo apt-get install --reinstall espeak-ng-data)"
)


@dataclass(frozen=True)
class Voice:
    """One voice the engine offers, as shown in the settings."""

    id: str
    name: str
    languages: tuple[str, ...] = ()


class SpeechUnavailable(Exception):  # noqa: N818 (reads as the condition it reports)
    """Speech cannot work on this machine; the message is one line saying why and how to fix it."""


class Renderer(Protocol):
    """A text-to-speech engine that writes WAV files; all calls come from one worker thread."""

    def open(self) -> list[Voice]:
        """Starts the engine and lists its voices; raises SpeechUnavailable when it cannot."""

    def render(self, text: str, voice: str | None, rate: int, path: Path) -> None:
        """Writes text, spoken with voice (None: the default) at rate words a minute, to path."""

    def close(self) -> None:
        """Lets go of the engine; may be called from any thread, also while a call runs."""


class Pyttsx3Renderer:
    """pyttsx3 2.99 with its espeak driver, used only for save_to_file (its own playback blocks)."""

    def __init__(self) -> None:
        self._engine: Any = None
        self._voice_ids: set[str] = set()
        self._told: set[str] = set()  # unknown voices warned about
        self._default_voice: str | None = None
        self._voice: str | None = None
        self._rate: int | None = None
        self._errors: list[Exception] = []
        self._written = threading.Event()  # set on espeak-ng's thread once the WAV is closed

    def open(self) -> list[Voice]:
        try:
            import pyttsx3  # type: ignore[import-untyped]  # here: a missing engine degrades
        except ImportError as exc:
            raise SpeechUnavailable(NO_PYTTSX3) from exc
        try:
            engine = pyttsx3.init("espeak")
        except RuntimeError as exc:
            # pyttsx3 raises RuntimeError when libespeak-ng is missing and when it cannot start.
            missing = "not have eSpeak" in str(exc)
            raise SpeechUnavailable(NO_ESPEAK if missing else NO_ESPEAK_DATA) from exc
        except OSError as exc:
            raise SpeechUnavailable(NO_ESPEAK) from exc
        # pyttsx3 reports a failed command through this callback instead of raising it.
        engine.connect("error", self._on_error)
        engine.connect("finished-utterance", lambda **_: self._written.set())
        # Its driver prints "Audio saved to ..." for every file: sent to the log instead, so the
        # CLI's stdout stays clean. (Not redirect_stdout: that swaps sys.stdout for the whole
        # process, and what another thread printed during a render was lost.)
        driver = sys.modules.get("pyttsx3.drivers.espeak")
        if driver is not None:
            driver.print = _to_log  # type: ignore[attr-defined]  # shadows the builtin there
        self._engine = engine
        voices = [
            Voice(str(v.id), str(v.name), tuple(str(lang) for lang in v.languages or ()))
            for v in engine.getProperty("voices")
        ]
        self._voice_ids = {v.id for v in voices}
        self._default_voice = self._voice = engine.getProperty("voice")
        log.debug("pyttsx3 espeak driver ready with %d voices", len(voices))
        return voices

    def _on_error(self, name: object = None, exception: Exception | None = None) -> None:
        self._errors.append(exception or RuntimeError("unknown pyttsx3 error"))

    def render(self, text: str, voice: str | None, rate: int, path: Path) -> None:
        engine = self._engine
        if engine is None:
            raise RuntimeError("render() before open()")
        if voice is not None and voice not in self._voice_ids:
            if voice not in self._told:  # once, and only its start: a setting can be huge
                self._told.add(voice)
                shown = repr(voice[:60]) + ("…" if len(voice) > 60 else "")
                log.warning("voice %s is not offered by espeak-ng; using the default voice", shown)
            voice = None
        voice = voice or self._default_voice
        if voice != self._voice:
            engine.setProperty("voice", voice)
            self._voice = voice
        if rate != self._rate:
            engine.setProperty("rate", rate)
            self._rate = rate
        self._errors.clear()
        self._written.clear()
        path.unlink(missing_ok=True)
        engine.save_to_file(text, str(path))
        engine.runAndWait()
        # espeak-ng synthesises on a thread of its own. pyttsx3 2.99's first runAndWait after
        # the engine is made returns about 10 ms after the synthesis starts, not when the file
        # is written: a cue longer than that (or any, on a slow machine) was "no audio".
        self._written.wait(WRITTEN_WITHIN_SECONDS)
        if self._errors:
            raise self._errors[0]
        if not path.exists():
            raise RuntimeError(f"espeak-ng wrote no audio for {text!r}")

    def close(self) -> None:
        """Nothing to let go of: the engine ends with its process (see render_process.py)."""
