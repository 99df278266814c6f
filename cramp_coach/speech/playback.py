"""The Player interface: playing cue and tone WAV files without blocking the GUI thread.

Free of Qt Multimedia (whose FFmpeg plugin costs ~20 MiB): the real Player is
cramp_coach.speech.pulse.PulsePlayer.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance

# In English (the source text): it is translated where it is shown (speech.problems.translated).
from cramp_coach.speech.problems import NO_AUDIO_OUTPUT

__all__ = ["NO_AUDIO_OUTPUT", "Player"]


class Player(Protocol):
    """Plays WAV files without blocking the GUI thread: one cue at a time, tones alongside.

    Its signals: `playingChanged(bool)` when a cue starts being heard, or ends or is cut;
    `problemFound(str)` when a problem is found after problem() was asked (e.g. the sound
    server went away); `recovered()` when the sound server answers again after that.
    """

    @property
    def playingChanged(self) -> SignalInstance: ...  # noqa: N802 (Qt naming)

    @property
    def problemFound(self) -> SignalInstance: ...  # noqa: N802 (Qt naming)

    @property
    def recovered(self) -> SignalInstance: ...

    def problem(self) -> str | None:
        """Why nothing can be heard (one line with the fix), or None as far as is known yet."""

    def load(self, path: str) -> None:
        """Gets a file ready so that playing it later starts at once."""

    def play(self, path: str) -> None:
        """Plays a cue, cutting off the cue that is playing."""

    def stop(self) -> None:
        """Silences the cue and the tone that are playing."""

    def tone(self, path: str) -> None:
        """Plays a short tone without cutting the cue."""

    def set_volume(self, volume: float) -> None:
        """Volume 0..1 for everything played from now on, and what is playing."""

    def close(self) -> None:
        """Silences and frees the audio output for good (the app is quitting)."""
