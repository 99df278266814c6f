"""The Speaker interface: what the routine asks of speech, from the GUI thread, never blocking."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from cramp_coach.speech.render import Voice


class Speaker(Protocol):
    """Spoken cues and beeps; every call returns at once and a speech fault never raises."""

    @property
    def muted(self) -> bool:
        """True while everything (cues and beeps) is silenced."""

    @property
    def problem(self) -> str | None:
        """Why speech is off, as one line with the fix; None while speech works."""

    def say(self, text: str) -> None:
        """Starts speaking text now, cutting off whatever is playing; stale cues are dropped."""

    def stop(self) -> None:
        """Silences the current cue and drops any cue still waiting to be spoken (pause)."""

    def duration(self, text: str) -> float | None:
        """Seconds the spoken text lasts, once it has been rendered; None until then."""

    def prepare(self, texts: Iterable[str], replace: bool = False) -> None:
        """Renders texts in the background, so a later say() starts at once; they are rendered
        again when the voice or rate changes. `replace`: the texts prepared before are no longer
        wanted ready (another language)."""

    def beep(self) -> None:
        """A short tone: the fallback at time marks when speech is off."""

    def set_muted(self, muted: bool) -> None:
        """Mutes (and silences at once) or unmutes cues and beeps."""

    @property
    def voices(self) -> list[Voice]:
        """The voices the engine offers (empty until it has started, or when it cannot)."""

    def set_voice(self, voice: str | None) -> None:
        """Speaks with this voice id from now on (None or empty: the engine's default)."""

    def set_rate(self, rate: int) -> None:
        """Speaks at this many words a minute from now on."""

    def set_volume(self, volume: float) -> None:
        """Volume 0..1 for cues and beeps."""
