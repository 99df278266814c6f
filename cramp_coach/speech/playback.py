"""Playing cue and tone WAV files with Qt Multimedia's QSoundEffect (starts within milliseconds)."""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Protocol

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

log = logging.getLogger(__name__)

NO_AUDIO_OUTPUT = (
    "Speech is off: no audio output was found "
    "(connect speakers or headphones, or start PulseAudio: pulseaudio --start)"
)


class Player(Protocol):
    """Plays WAV files on the GUI thread without blocking: one cue at a time, tones alongside."""

    def problem(self) -> str | None:
        """Why nothing can be heard (one line with the fix), or None."""

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


class QtPlayer(QObject):
    """A Player keeping one loaded QSoundEffect per file (the least recently used are let go)."""

    playingChanged = Signal(bool)  # the current cue started or ended  # noqa: N815 (Qt naming)

    def __init__(self, capacity: int = 64, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._capacity = capacity
        self._effects: OrderedDict[str, QSoundEffect] = OrderedDict()
        self._current: QSoundEffect | None = None
        self._tone: QSoundEffect | None = None
        self._volume = 1.0

    def problem(self) -> str | None:
        return None if QMediaDevices.audioOutputs() else NO_AUDIO_OUTPUT

    def load(self, path: str) -> None:
        self._effect(path)

    def play(self, path: str) -> None:
        self.stop()
        effect = self._effect(path)
        self._current = effect
        effect.play()  # QSoundEffect plays as soon as it has loaded, if it has not yet

    def stop(self) -> None:
        current, self._current = self._current, None
        if self._tone is not None and self._tone.isPlaying():
            self._tone.stop()
        if current is not None and current.isPlaying():
            current.stop()
            self.playingChanged.emit(False)

    def tone(self, path: str) -> None:
        effect = self._effect(path)
        self._tone = effect
        effect.stop()
        effect.play()

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        for effect in self._effects.values():
            effect.setVolume(volume)

    def _effect(self, path: str) -> QSoundEffect:
        effect = self._effects.get(path)
        if effect is not None:
            self._effects.move_to_end(path)
            return effect
        effect = QSoundEffect(self)
        effect.setVolume(self._volume)
        effect.setSource(QUrl.fromLocalFile(path))
        effect.playingChanged.connect(lambda: self._on_playing(effect))
        effect.statusChanged.connect(lambda: self._on_status(effect, path))
        self._effects[path] = effect
        self._let_go_of_old()
        return effect

    def _let_go_of_old(self) -> None:
        for path, effect in list(self._effects.items()):
            if len(self._effects) <= self._capacity:
                return
            if effect is not self._current and effect is not self._tone:
                del self._effects[path]
                effect.deleteLater()

    def _on_playing(self, effect: QSoundEffect) -> None:
        if effect is self._current:
            playing = effect.isPlaying()
            if not playing:
                self._current = None
            self.playingChanged.emit(playing)

    def _on_status(self, effect: QSoundEffect, path: str) -> None:
        if effect.status() == QSoundEffect.Status.Error:
            log.warning("cannot play %s", path)
