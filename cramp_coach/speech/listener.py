"""Listens for voice commands off the GUI thread and reports each one heard as a Qt signal."""

from __future__ import annotations

import array
import importlib.util
import logging
import math
import threading
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtMultimedia import QMediaDevices

from cramp_coach.speech.microphone import AudioSource, NoMicrophoneError, QtMicrophone
from cramp_coach.speech.recognition import (
    HighPass,
    PocketsphinxRecognizer,
    Recognizer,
    RecognizerUnavailableError,
)

log = logging.getLogger(__name__)

#: A cue's echo outlasts it for a moment: ignore this much audio after unmuting.
UNMUTE_TAIL_SECONDS = 0.3

#: Speech longer than this is never a command; its audio is dropped as it arrives.
MAX_UTTERANCE_SECONDS = 4.0

#: Input that stays louder than its noise floor this long cannot be cut into words: too noisy.
TOO_NOISY_SECONDS = 6.0

# Faults of the engines (audio device, decoder) that turn voice commands off instead of crashing.
_ENGINE_FAULTS = (NoMicrophoneError, RecognizerUnavailableError, RuntimeError, OSError, ValueError)


class _Gate:
    """Whether audio may reach the recogniser: muted, or in the tail after unmuting."""

    def __init__(self, tail_seconds: float) -> None:
        self._lock = threading.Lock()
        self._muted = False
        self._tail_seconds = tail_seconds
        self._tail_left = 0.0  # seconds of audio still to drop
        self._generation = 0  # bumped on every mute, so a half-heard utterance is dropped

    def set_muted(self, muted: bool) -> None:
        with self._lock:
            if muted:
                self._generation += 1
            elif self._muted:
                self._tail_left = self._tail_seconds
            self._muted = muted

    def admit(self, pcm: bytes, sample_rate: int) -> tuple[bytes, int]:
        """The part of `pcm` to listen to (maybe empty), and the current mute generation."""
        with self._lock:
            if self._muted:
                return b"", self._generation
            if self._tail_left > 0:
                drop = min(len(pcm), int(self._tail_left * sample_rate) * 2)
                self._tail_left -= drop / 2 / sample_rate
                pcm = pcm[drop:]
            return pcm, self._generation


class _Segmenter:
    """Cuts a live stream into utterances: stretches clearly louder than the noise floor.

    The floor is the quietest 100 ms of the last NOISE_WINDOW_SECONDS, so steady noise (wind,
    traffic, a treadmill) becomes the floor within that time and words above it are still cut
    out (pocketsphinx's Endpointer never left "speech" in steady noise). An utterance starts
    when two 20 ms frames in a row are START_RATIO above the floor, with PRE_ROLL_SECONDS of
    what came before; it ends after HANGOVER_SECONDS below END_RATIO. `too_noisy` turns true
    when the input has stayed above the floor for TOO_NOISY_SECONDS: nothing can be heard.
    """

    FRAME_SECONDS = 0.02
    NOISE_WINDOW_SECONDS = 2.0
    SMOOTH_FRAMES = 5  # 100 ms
    START_RATIO = 8.0  # 9 dB
    END_RATIO = 3.0  # 5 dB
    PRE_ROLL_SECONDS = 0.3
    HANGOVER_SECONDS = 0.4
    MIN_FLOOR = 30.0**2  # mean square of a 16-bit signal: -61 dBFS, below any microphone's hiss

    def __init__(self, sample_rate: int) -> None:
        self._frame_bytes = 2 * max(1, int(sample_rate * self.FRAME_SECONDS))
        self._max_frames = int(MAX_UTTERANCE_SECONDS / self.FRAME_SECONDS)
        self._noisy_frames = int(TOO_NOISY_SECONDS / self.FRAME_SECONDS)
        self._pre_roll = int(self.PRE_ROLL_SECONDS / self.FRAME_SECONDS)
        self._hangover = int(self.HANGOVER_SECONDS / self.FRAME_SECONDS)
        self._recent: deque[float] = deque(maxlen=self.SMOOTH_FRAMES)
        self._window: deque[float] = deque(
            maxlen=int(self.NOISE_WINDOW_SECONDS / self.FRAME_SECONDS)
        )
        self._high_pass = HighPass(sample_rate)
        self._pending = b""
        self._before: deque[bytes] = deque(maxlen=self._pre_roll)
        self.too_noisy = False
        self.reset()

    @property
    def floor(self) -> float:
        """The noise floor now (mean square of a 16-bit sample)."""
        return max(self.MIN_FLOOR, min(self._window, default=self.MIN_FLOOR))

    def reset(self) -> None:
        """Drops a half-heard utterance (the app spoke over it); the noise floor is kept."""
        self._speech: list[bytes] = []
        self._in_speech = False
        self._loud_run = 0
        self._quiet_run = 0
        self._speech_frames = 0
        self._before.clear()

    def feed(self, pcm: bytes) -> list[bytes]:
        """Takes more audio; returns the utterances that ended in it."""
        self._pending += pcm
        ended: list[bytes] = []
        size = self._frame_bytes
        while len(self._pending) >= size:
            frame, self._pending = self._pending[:size], self._pending[size:]
            utterance = self._step(frame)
            if utterance is not None:
                ended.append(utterance)
        return ended

    def _step(self, frame: bytes) -> bytes | None:
        samples = array.array("h")
        samples.frombytes(frame)
        energy = math.fsum(x * x for x in self._high_pass(samples)) / len(samples)
        floor = self.floor
        self._recent.append(energy)
        self._window.append(math.fsum(self._recent) / len(self._recent))
        if not self._in_speech:
            self._loud_run = self._loud_run + 1 if energy > floor * self.START_RATIO else 0
            self._before.append(frame)
            if self._loud_run < 2:
                return None
            self._in_speech = True
            self._speech = list(self._before)
            self._speech_frames = len(self._speech)
            self._before.clear()
            return None
        self._speech_frames += 1
        if self._speech_frames <= self._max_frames:
            self._speech.append(frame)
        elif self._speech:
            self._speech = []  # longer than any command: its audio is not kept
        if self._speech_frames >= self._noisy_frames:
            self.too_noisy = True
        self._quiet_run = self._quiet_run + 1 if energy < floor * self.END_RATIO else 0
        if self._quiet_run < self._hangover:
            return None
        utterance = b"".join(self._speech) if self._speech_frames <= self._max_frames else None
        self.reset()
        return utterance


class _Worker(QObject):
    """Lives in the listener's thread: owns the audio source, the segmenter and the recogniser."""

    heard = Signal(object)  # Command
    unclear = Signal()  # an utterance that was not a command
    tooNoisy = Signal()  # noqa: N815 (Qt naming)
    listening = Signal()
    failed = Signal(str)

    def __init__(
        self,
        make_source: Callable[[], AudioSource],
        make_recognizer: Callable[[], Recognizer],
        gate: _Gate,
    ) -> None:
        super().__init__()
        self._make_source = make_source
        self._make_recognizer = make_recognizer
        self._gate = gate
        self._source: AudioSource | None = None
        self._recognizer: Recognizer | None = None
        self._segmenter: _Segmenter | None = None
        self._generation = 0
        self._said_too_noisy = False

    @Slot()
    def run(self) -> None:
        try:
            self._recognizer = self._make_recognizer()
            self._source = self._make_source()
            self._segmenter = _Segmenter(self._source.sample_rate)
            self._source.start(self._on_audio)
        except _ENGINE_FAULTS as error:
            log.warning("voice commands are off: %s", error)
            self.failed.emit(str(error))
            return
        self.listening.emit()

    def release(self) -> None:
        """Stops the audio source; runs in the worker's thread as that thread finishes."""
        if self._source is not None:
            try:
                self._source.stop()
            except _ENGINE_FAULTS:
                log.exception("the audio source did not stop cleanly")
            self._source = None

    def _on_audio(self, pcm: bytes) -> None:
        if self._source is None or self._segmenter is None or self._recognizer is None:
            return
        rate = self._source.sample_rate
        pcm, generation = self._gate.admit(pcm, rate)
        if generation != self._generation:
            # Muted since the last chunk: whatever was half-heard may be the app's own voice.
            self._generation = generation
            self._segmenter.reset()
        if not pcm:
            return
        utterances = self._segmenter.feed(pcm)
        if self._segmenter.too_noisy and not self._said_too_noisy:
            self._said_too_noisy = True  # once per run: the session says it once
            log.info("too noisy to hear commands")
            self.tooNoisy.emit()
        for utterance in utterances:
            try:
                command = self._recognizer.recognize(utterance, rate)
            except _ENGINE_FAULTS as error:
                log.warning("voice commands are off: the recogniser failed: %s", error)
                self.failed.emit(str(error))
                self._source = None
                thread = QThread.currentThread()
                if thread is not None:
                    thread.quit()
                return
            if command is not None:
                log.info("heard the command %r", command.value)
                self.heard.emit(command)
            else:
                self.unclear.emit()


class CommandListener(QObject):
    """Hears spoken commands off the GUI thread; `heard(Command)` arrives on the GUI thread.

    Off, with a one-line `reason`, when there is no microphone or no recognition engine. Mute it
    while the app speaks (`set_muted`); after unmuting a short tail of audio is ignored too.
    """

    heard = Signal(object)  # Command
    unclear = Signal()  # something was said (or sounded like speech) that was not a command
    tooNoisy = Signal()  # the input stays too loud to hear words in; once per start  # noqa: N815
    listening = Signal()
    unavailable = Signal(str)

    def __init__(
        self,
        make_source: Callable[[], AudioSource] | None = None,
        make_recognizer: Callable[[], Recognizer] = PocketsphinxRecognizer,
        tail_seconds: float = UNMUTE_TAIL_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_source = make_source
        self._make_recognizer = make_recognizer
        self._gate = _Gate(tail_seconds)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self.reason: str | None = None

    @property
    def active(self) -> bool:
        """Whether the listener is running (it may still be muted)."""
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> bool:
        """Starts listening; False (and `reason` says why) when voice commands cannot work."""
        if self.active:
            return True
        reason = self._missing_engine()
        if reason is not None:
            self._turn_off(reason)
            return False
        self.reason = None
        thread = QThread(self)
        thread.setObjectName("voice-commands")
        worker = _Worker(self._make_source or QtMicrophone, self._make_recognizer, self._gate)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # finished is emitted in the worker's thread, so the source stops in the thread it runs in.
        thread.finished.connect(worker.release, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(worker.deleteLater)
        worker.heard.connect(self.heard)
        worker.unclear.connect(self.unclear)
        worker.tooNoisy.connect(self.tooNoisy)
        worker.listening.connect(self.listening)
        worker.failed.connect(self._on_failed)
        self._thread, self._worker = thread, worker
        thread.start()
        return True

    def stop(self) -> None:
        """Stops listening and waits for the listening thread to end."""
        thread, self._thread, self._worker = self._thread, None, None
        if thread is None:
            return
        thread.quit()
        if not thread.wait(2000):
            log.warning("the voice command thread did not stop in time")

    def set_muted(self, muted: bool) -> None:
        """Mutes (the app is speaking) or unmutes (after a short tail) the recogniser."""
        self._gate.set_muted(muted)

    def _missing_engine(self) -> str | None:
        if self._make_recognizer is PocketsphinxRecognizer and (
            importlib.util.find_spec("pocketsphinx") is None
        ):
            return self.tr("Voice commands are off: pocketsphinx is not installed.")
        if self._make_source is None and not QMediaDevices.audioInputs():
            return self.tr("Voice commands are off: no microphone found.")
        return None

    def _turn_off(self, reason: str) -> None:
        self.reason = reason
        log.info("%s", reason)
        self.unavailable.emit(reason)

    @Slot(str)
    def _on_failed(self, error: str) -> None:
        self.stop()
        self._turn_off(self.tr("Voice commands are off: {error}.").format(error=error))
