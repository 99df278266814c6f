"""Listens for voice commands off the GUI thread and reports each one heard as a Qt signal."""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtMultimedia import QMediaDevices

from cramp_coach.speech.microphone import AudioSource, NoMicrophoneError, QtMicrophone
from cramp_coach.speech.recognition import (
    PocketsphinxRecognizer,
    Recognizer,
    RecognizerUnavailableError,
)

log = logging.getLogger(__name__)

#: A cue's echo outlasts it for a moment: ignore this much audio after unmuting.
UNMUTE_TAIL_SECONDS = 0.3

#: Speech longer than this is never a command; its audio is dropped as it arrives.
MAX_UTTERANCE_SECONDS = 4.0

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
    """Cuts a live stream into utterances with pocketsphinx's voice-activity Endpointer."""

    def __init__(self, sample_rate: int) -> None:
        from pocketsphinx import Endpointer  # type: ignore[import-untyped]

        self._endpointer = Endpointer(sample_rate=sample_rate)
        self._frame_bytes: int = self._endpointer.frame_bytes
        self._max_bytes = int(MAX_UTTERANCE_SECONDS * sample_rate) * 2
        self._pending = b""
        self._speech: list[bytes] = []
        self._speech_bytes = 0
        self._too_long = False

    def feed(self, pcm: bytes) -> list[bytes]:
        """Takes more audio; returns the utterances that ended in it."""
        self._pending += pcm
        ended: list[bytes] = []
        while len(self._pending) >= self._frame_bytes:
            frame = self._pending[: self._frame_bytes]
            self._pending = self._pending[self._frame_bytes :]
            speech = self._endpointer.process(frame)
            if speech is None:
                continue
            if not self._too_long:
                self._speech.append(speech)
                self._speech_bytes += len(speech)
                if self._speech_bytes > self._max_bytes:
                    self._too_long = True
                    self._speech.clear()
            if not self._endpointer.in_speech:
                if not self._too_long:
                    ended.append(b"".join(self._speech))
                self._speech.clear()
                self._speech_bytes = 0
                self._too_long = False
        return ended


class _Worker(QObject):
    """Lives in the listener's thread: owns the audio source, the segmenter and the recogniser."""

    heard = Signal(object)  # Command
    unclear = Signal()  # an utterance that was not a command
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
            self._segmenter = _Segmenter(rate)
        if not pcm:
            return
        for utterance in self._segmenter.feed(pcm):
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
