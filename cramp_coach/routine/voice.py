"""What the routine asks of a voice, owned here so the routine never imports speech.

speech's Speaker (and the tests' fake) satisfy these structurally: they are the few calls the
routine makes, not the whole engine (no voices, rate or volume: those are the window's business).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import SignalInstance


class Voice(Protocol):
    """Says words and falls silent: all a guided exercise asks; every call returns at once."""

    def say(self, text: str) -> None:
        """Starts saying text now, cutting off whatever is being said."""

    def stop(self) -> None:
        """Silences the current words and drops any still waiting (pause, end)."""


class CueVoice(Voice, Protocol):
    """A voice that also knows how long its cues last and beeps when it cannot speak."""

    @property
    def problem(self) -> str | None:
        """Why speech is off (time marks become beeps); None while it works."""

    @property
    def muted(self) -> bool:
        """Sound is off: cues are captions only."""

    @property
    def playingChanged(self) -> SignalInstance:  # noqa: N802 (Qt naming)
        """(bool) a cue started being heard, or ended or was cut."""

    def duration(self, text: str) -> float | None:
        """Seconds the text lasts when said, once known; None until then."""

    def prepare(self, texts: Iterable[str]) -> None:
        """Readies texts in the background, so saying them later starts at once."""

    def beep(self) -> None:
        """A short tone: marks a second when speech is off."""
