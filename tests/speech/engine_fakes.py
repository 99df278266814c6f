"""Fakes for the speech output parts: a renderer writing tones, a player recording calls."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from cramp_coach.speech import wav
from cramp_coach.speech.render import Voice

SECONDS_PER_WORD = 0.2


class FakeRenderer:
    """Writes a tone of 0.2 s a word instead of speech; can be held, made to raise, or to hang."""

    def __init__(self) -> None:
        self.rendered: list[tuple[str, str | None, int]] = []  # (text, voice, rate)
        self.text_of: dict[str, str] = {}  # final cue file name -> text
        self.gate = threading.Event()  # render() waits for it: clear() to hold the worker
        self.gate.set()
        self.entered = threading.Event()  # set when a render() has started
        self.open_fails: Exception | None = None
        self.render_fails: Exception | None = None
        self.open_waits = False
        self.opened = 0
        self.closed = False

    def open(self) -> list[Voice]:
        self.opened += 1
        if self.open_waits:
            self.gate.wait()
        if self.open_fails is not None:
            raise self.open_fails
        return [Voice("gmw/en", "English (Great Britain)", ("en-gb",)), Voice("gmw/en-us", "US")]

    def render(self, text: str, voice: str | None, rate: int, path: Path) -> None:
        self.entered.set()
        self.gate.wait()
        if self.render_fails is not None:
            raise self.render_fails
        self.rendered.append((text, voice, rate))
        self.text_of[path.name.replace(".raw", "")] = text
        wav.write_tone(path, length=SECONDS_PER_WORD * len(text.split()))

    def close(self) -> None:
        self.closed = True

    @property
    def texts(self) -> list[str]:
        return [text for text, _, _ in self.rendered]


class FakePlayer(QObject):
    """Records what would be heard; checks every call comes from the GUI (main) thread.

    Its signals are the real player's: a test emits them itself (e.g. `problemFound` for a
    sound server that went away).
    """

    playingChanged = Signal(bool)  # noqa: N815 (Qt naming)
    problemFound = Signal(str)  # noqa: N815 (Qt naming)
    recovered = Signal()

    def __init__(self, renderer: FakeRenderer, problem: str | None = None) -> None:
        super().__init__()
        self._renderer = renderer
        self._problem = problem
        self.calls: list[tuple[str, str]] = []  # ("play" | "stop" | "tone" | "load", what)
        self.volume = 1.0
        self.off_gui_thread = 0
        self.closed = False

    def _call(self, what: str, path: str = "") -> None:
        if threading.current_thread() is not threading.main_thread():
            self.off_gui_thread += 1
        name = Path(path).name
        self.calls.append((what, self._renderer.text_of.get(name, name)))

    def problem(self) -> str | None:
        return self._problem

    def load(self, path: str) -> None:
        self._call("load", path)

    def play(self, path: str) -> None:
        self._call("play", path)

    def stop(self) -> None:
        self._call("stop")

    def tone(self, path: str) -> None:
        self._call("tone", path)

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def close(self) -> None:
        self.closed = True

    @property
    def played(self) -> list[str]:
        """The cues heard, in order."""
        return [text for what, text in self.calls if what == "play"]

    @property
    def tones(self) -> list[str]:
        return [name for what, name in self.calls if what == "tone"]
