"""The Speaker interface: what the app asks of speech, from the GUI thread, never blocking."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import SignalInstance

from cramp_coach.speech.render import Voice


class Speaker(Protocol):
    """Spoken cues and beeps; every call returns at once and a speech fault never raises.

    Its signals: `unavailable(str)` when speech stops working (the line says why and how to
    fix it), `available()` when it works again, `voicesChanged()` when the voice list is
    known, `playingChanged(bool)` while a cue is heard (the microphone is deaf meanwhile).
    """

    @property
    def unavailable(self) -> SignalInstance: ...

    @property
    def available(self) -> SignalInstance: ...

    @property
    def voicesChanged(self) -> SignalInstance: ...  # noqa: N802 (Qt naming)

    @property
    def playingChanged(self) -> SignalInstance: ...  # noqa: N802 (Qt naming)

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

    def load_voices(self) -> None:
        """Starts finding the engine's voices, if not known yet (`voicesChanged` says when)."""

    def warm_up(self) -> None:
        """Sets the audio output up now, so the first cue does not wait for it."""

    def close(self) -> None:
        """Lets go of the engine and the audio output (the app is quitting)."""
