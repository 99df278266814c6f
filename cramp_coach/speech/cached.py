"""The real Speaker: each cue rendered once to a cached WAV off the GUI thread, then played."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

try:  # BLAKE2 is built into CPython; hashlib would load OpenSSL (3.6 MiB) for one cache key
    from _blake2 import blake2b
except ImportError:  # pragma: no cover (another Python)
    from hashlib import blake2b

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from cramp_coach.speech import wav
from cramp_coach.speech.playback import Player
from cramp_coach.speech.pulse import PulsePlayer
from cramp_coach.speech.render import Renderer, Voice
from cramp_coach.speech.render_process import ProcessRenderer
from cramp_coach.speech.worker import RenderWorker

if TYPE_CHECKING:
    from cramp_coach.speech.speaker import Speaker

log = logging.getLogger(__name__)

DEFAULT_RATE = 175  # espeak-ng's own default, words a minute
RATES = (80, 450)  # what espeak-ng accepts
_BEEP = "beep-880hz-150ms.wav"


def default_cache_dir() -> Path:
    """Where rendered cues are kept between runs (XDG_CACHE_HOME is honoured)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base) / "cues"


class CachedSpeaker(QObject):
    """A Speaker: pyttsx3 renders each cue once on a worker thread; a Player plays it.

    say() of a cue not yet rendered asks the worker for it first in line and plays it when it
    arrives only if it is still the cue wanted by then; otherwise it is dropped, never queued.

    Speech is off (unavailable) when the player has a problem at once (problem()), or finds one
    later (its problemFound signal, e.g. the sound server went away), or the engine fails. The
    engine failing is for good; the sound server answering again (the player's `recovered`)
    brings speech back (`available`).
    """

    unavailable = Signal(str)  # one line: why speech is off and how to fix it
    available = Signal()  # speech works again after `unavailable` (the sound server is back)
    voicesChanged = Signal()  # the engine's voice list is known  # noqa: N815 (Qt naming)
    # A cue started or stopped being heard: the voice-command listener is deaf meanwhile.
    playingChanged = Signal(bool)  # noqa: N815 (Qt naming)

    def __init__(
        self,
        cache_dir: Path | None = None,
        renderer: Renderer | None = None,
        player: Player | None = None,
        timeout: float = 3.0,
        parent: QObject | None = None,
        open_engine_early: bool = True,
    ) -> None:
        super().__init__(parent)
        self._open_engine_early = open_engine_early
        self.muted = False
        self.problem: str | None = None  # why speech is off: the engine's or the sound's problem
        self._engine_problem: str | None = None  # for good
        self._sound_problem: str | None = None  # until the player has recovered
        self.voices: list[Voice] = []
        self._voice: str | None = None
        self._rate = DEFAULT_RATE
        self._volume = 1.0
        self._ready: dict[str, str] = {}  # cue key -> WAV path, rendered and loaded
        self._durations: dict[str, float] = {}
        self._waiting_for: str | None = None  # the key of the one cue that may still play
        self._prepared: dict[str, None] = {}  # texts to render again when voice or rate change
        self.player: Player = player if player is not None else PulsePlayer(parent=self)
        self._cache = self._make_cache(cache_dir or default_cache_dir())
        self._spare: Path | None = None  # for the tones, when the cache refuses them
        beep = self._tone_file(_BEEP)
        self._beep_path = str(beep) if beep is not None else None
        self._worker = RenderWorker(
            renderer or ProcessRenderer(), self._still_wanted, timeout, self
        )
        self._worker.opened.connect(self._on_opened)
        self._worker.rendered.connect(self._on_rendered)
        self._worker.failed.connect(self._give_up)
        self.player.problemFound.connect(self._sound_lost)
        self.player.recovered.connect(self._sound_back)
        self.player.playingChanged.connect(self.playingChanged)
        audio_problem = self.player.problem()
        if audio_problem is not None:  # no sound library at all: nothing to render for
            self._give_up(audio_problem)
        else:
            # The app lets the engine wait until a cue is missing from the cache on disk, or
            # the voices are asked for: once every cue was rendered, pyttsx3 and espeak-ng are
            # not even loaded (about 4 MiB).
            self._worker.start(open_now=self._open_engine_early)

    def load_voices(self) -> None:
        """Asks the engine for its voices (`voicesChanged` says when they are known)."""
        if not self.voices and self._engine_problem is None:
            self._worker.open_engine()

    # -- the Speaker interface ----------------------------------------------------------------

    def say(self, text: str) -> None:
        self._waiting_for = None
        self.player.stop()
        if self.muted or self.problem is not None or not text.strip():
            return
        key = self._key(text)
        path = self._ready.get(key)
        if path is not None:
            self.player.play(path)
        else:
            self._waiting_for = key
            self._worker.submit(key, text, self._voice, self._rate, self._path(key), urgent=True)

    def stop(self) -> None:
        self._waiting_for = None
        self.player.stop()

    def duration(self, text: str) -> float | None:
        return self._durations.get(self._key(text))

    def prepare(self, texts: Iterable[str], replace: bool = False) -> None:
        if replace:
            self._prepared = {}
        for text in texts:
            if text.strip() and text not in self._prepared:
                self._prepared[text] = None
                self._render_ahead(text)

    def beep(self) -> None:
        if not self.muted and self._beep_path is not None:
            self.player.tone(self._beep_path)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if muted:
            self.stop()

    # -- settings -----------------------------------------------------------------------------

    @property
    def voice(self) -> str | None:
        """The chosen voice id (from `voices`), or None for the engine's default."""
        return self._voice

    def set_voice(self, voice: str | None) -> None:
        self._voice = voice or None
        self._render_prepared_again()

    @property
    def rate(self) -> int:
        return self._rate

    def set_rate(self, rate: int) -> None:
        self._rate = min(max(int(rate), RATES[0]), RATES[1])
        self._render_prepared_again()

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        # Applied at playback, so a new volume needs no new rendering and also sets the beep's.
        self._volume = min(max(float(volume), 0.0), 1.0)
        self.player.set_volume(self._volume)

    def warm_up(self) -> None:
        """Plays a moment of silence at start-up, so the tone output is set up and the file
        decoded now rather than at the first beep of a routine."""
        if self.problem is not None:
            return
        path = self._tone_file("silence-100ms.wav", hertz=0.0, length=0.1)
        if path is not None:
            self.player.tone(str(path))

    def close(self) -> None:
        """Silences, lets the worker thread end and frees the audio output (the app is quitting)."""
        self.stop()
        self._worker.close()
        self.player.close()

    # -- inside -------------------------------------------------------------------------------

    def _key(self, text: str) -> str:
        raw = f"{self._voice or ''}\0{self._rate}\0{text}".encode()
        return blake2b(raw, digest_size=16).hexdigest()

    def _path(self, key: str) -> Path:
        return self._cache / f"{key}.wav"

    def _still_wanted(self, key: str) -> bool:
        """Asked from the worker thread, just before rendering a cue asked for by say()."""
        return self._waiting_for == key

    def _render_ahead(self, text: str) -> None:
        key = self._key(text)
        if key not in self._ready and self._engine_problem is None:
            self._worker.submit(key, text, self._voice, self._rate, self._path(key), urgent=False)

    def _render_prepared_again(self) -> None:
        for text in self._prepared:
            self._render_ahead(text)

    def _on_opened(self, voices: list[Voice]) -> None:
        self.voices = voices
        self.voicesChanged.emit()

    def _on_rendered(self, key: str, path: str, seconds: float) -> None:
        self._ready[key] = path
        self._durations[key] = seconds
        self.player.load(path)
        if self._waiting_for == key:
            self._waiting_for = None
            if not self.muted and self.problem is None:
                self.player.play(path)

    def _give_up(self, reason: str) -> None:
        """The engine failed (or there is no sound library): speech is off for good."""
        if self._engine_problem is not None:
            return
        self._engine_problem = reason
        self._worker.close()
        if self.problem is not None:  # off already, for the sound: said when it is back
            log.warning("%s", reason)
        self._off(reason)

    def _sound_lost(self, reason: str) -> None:
        """The sound server went away: off until it is back (cues are still rendered)."""
        self._sound_problem = reason
        self._off(reason)

    def _sound_back(self) -> None:
        if self._sound_problem is None:
            return
        self._sound_problem = None
        if self._engine_problem is not None:
            if self.problem != self._engine_problem:  # the engine failed meanwhile: say that
                self.problem = None
                self._off(self._engine_problem)
            return
        if self.problem is not None:
            log.warning("speech is back: the sound server answers again")
            self.problem = None
            QTimer.singleShot(0, self, self.available.emit)  # after an `unavailable` queued

    def _off(self, reason: str) -> None:
        if self.problem is not None:
            return
        log.warning("%s", reason)
        self.problem = reason
        self._waiting_for = None
        self.player.stop()
        # Queued, so that a problem found while constructing reaches slots connected just after.
        QTimer.singleShot(0, self, lambda: self.unavailable.emit(reason))

    def _make_cache(self, wanted: Path) -> Path:
        try:
            wanted.mkdir(parents=True, exist_ok=True)
            return wanted  # read-only: the worker reads cues there and puts new ones elsewhere
        except OSError as exc:
            fallback = Path(tempfile.mkdtemp(prefix="cramp-coach-cues-"))
            log.warning("cannot use %s (%s); caching cues in %s", wanted, exc.strerror, fallback)
            return fallback

    def _tone_file(self, name: str, hertz: float = 880.0, length: float = 0.15) -> Path | None:
        """A tone's WAV file in the cache, written when missing or unreadable; in a temporary
        folder when the cache refuses it."""
        for folder in (self._cache, None):
            try:
                if folder is None:  # no usable temporary folder either (a full disk): OSError
                    folder = self._spare = self._spare or Path(tempfile.mkdtemp(prefix="cc-"))
                path = folder / name
                if wav.intact_seconds(path) is not None:
                    return path
                wav.write_tone(path, hertz=hertz, length=length)  # missing or broken: anew
                return path
            except OSError as exc:
                log.warning("cannot write %s in %s: %s", name, folder, exc.strerror or exc)
        return None


if TYPE_CHECKING:  # mypy --strict checks that the real speaker keeps to the whole interface
    _: type[Speaker] = CachedSpeaker
