"""Audio input for voice commands: the AudioSource interface and the Qt Multimedia microphone."""

from __future__ import annotations

import array
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QAudioSource,
    QMediaDevices,
    QtAudio,
)

from cramp_coach.speech.echo_cancel import EchoCanceller, EchoCancelUnavailableError
from cramp_coach.speech.pulse import ROUTE, AudioError, OutputRoute, PulseCapture, server_problem

log = logging.getLogger(__name__)

#: Receives 16-bit mono PCM chunks, in the thread the source runs in.
PcmSink = Callable[[bytes], None]

#: Told, once, in the source's thread, that its stream stopped for good (a detail: why).
LostSink = Callable[[str], None]

#: A started microphone that sends no audio for this long is lost. Qt does not always say so:
#: a PulseAudio server that dies (or a source whose sink is unloaded) leaves the QAudioSource
#: "active" with no error, and its stream simply stops.
STALL_SECONDS = 3.0
_WATCH_MS = 250

# Set once the sound server went away under a microphone. Qt's PulseAudio backend tries to
# reach it again once, 3 s later; after that it aborts the whole process (a libpulse assertion)
# at the next device or source asked for, even when the server is back, and nothing says which
# happened. So Qt is not asked again in this run.
_server_went_away = False


class AudioSource(Protocol):
    """A stream of 16-bit mono PCM at `sample_rate`, delivered to a sink until stopped."""

    sample_rate: int

    def start(self, sink: PcmSink) -> None: ...

    def stop(self) -> None: ...


@runtime_checkable
class WatchedSource(Protocol):
    """An AudioSource that tells when its stream is lost (the device or sound server is gone)."""

    def watch(self, lost: LostSink) -> None:
        """`lost(detail)` is called at most once per start, in the source's thread."""


class NoMicrophoneError(Exception):
    """There is no audio input device to listen with."""


def default_microphone() -> QAudioDevice:
    """The system's default audio input; raises NoMicrophoneError when there is none."""
    if not QMediaDevices.audioInputs():
        raise NoMicrophoneError("no microphone found")
    device = QMediaDevices.defaultAudioInput()
    if device.isNull():
        raise NoMicrophoneError("no default microphone")
    return device


def _to_mono_int16(data: bytes, audio_format: QAudioFormat) -> bytes:
    """Mixes interleaved Int16 or Float samples down to one 16-bit channel."""
    if audio_format.sampleFormat() == QAudioFormat.SampleFormat.Float:
        floats = array.array("f")
        floats.frombytes(data[: len(data) - len(data) % 4])
        samples = array.array("h", (max(-32768, min(32767, int(x * 32767))) for x in floats))
    else:
        samples = array.array("h")
        samples.frombytes(data[: len(data) - len(data) % 2])
    channels = max(1, audio_format.channelCount())
    if channels == 1:
        return samples.tobytes()
    frames = len(samples) // channels
    mixed = array.array(
        "h", (sum(samples[i * channels : (i + 1) * channels]) // channels for i in range(frames))
    )
    return mixed.tobytes()


class _StallWatch:
    """Calls `stalled(detail)` when no audio has come for STALL_SECONDS since `start()` or the
    last `heard()` (a stream can stop with no error said); `stop()` ends the watch."""

    def __init__(self, parent: QObject, stalled: Callable[[str], None]) -> None:
        self._stalled = stalled
        self._heard_at = 0.0  # time.monotonic() of the last chunk (or of the start)
        self._timer = QTimer(parent)
        self._timer.setInterval(_WATCH_MS)
        self._timer.timeout.connect(self._check)

    def start(self) -> None:
        self._heard_at = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def heard(self) -> None:
        self._heard_at = time.monotonic()

    def _check(self) -> None:
        silent_for = time.monotonic() - self._heard_at
        if silent_for > STALL_SECONDS:
            self._stalled(f"no sound from it for {silent_for:.0f} s")


class QtMicrophone(QObject):
    """The default microphone through QAudioSource; 16 kHz mono when the device allows it.

    Create and start it in the thread that should receive audio (that thread needs an event loop).
    """

    def __init__(self, device: QAudioDevice | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Qt's PulseAudio backend aborts the whole process (a libpulse assertion) when asked for
        # a device or a source while the sound server it lost is still gone: ask first.
        if _server_went_away:
            raise NoMicrophoneError("the sound server went away")
        problem = server_problem()
        if problem is not None:
            raise NoMicrophoneError(f"the sound server does not answer: {problem}")
        self._device = device if device is not None else default_microphone()
        wanted = QAudioFormat()
        wanted.setSampleRate(16000)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._format = (
            wanted if self._device.isFormatSupported(wanted) else (self._device.preferredFormat())
        )
        if self._format.sampleFormat() not in (
            QAudioFormat.SampleFormat.Int16,
            QAudioFormat.SampleFormat.Float,
        ):
            raise NoMicrophoneError(f"unsupported microphone format {self._format.sampleFormat()}")
        self.sample_rate = self._format.sampleRate()
        self._source: QAudioSource | None = None
        self._sink: PcmSink | None = None
        self._lost: LostSink | None = None
        self._watchdog = _StallWatch(self, self._lose)

    def watch(self, lost: LostSink) -> None:
        """`lost(detail)` when the stream stops with an error, or no audio comes for
        STALL_SECONDS; the source is stopped first."""
        self._lost = lost

    def start(self, sink: PcmSink) -> None:
        """Starts capturing; each chunk read is passed to `sink`."""
        self._sink = sink
        self._source = QAudioSource(self._device, self._format, self)
        # PySide6 6.10 delivers QAudio::State only to a slot declared with its type: a plain
        # method or a lambda gets 'TypeError: Cannot call meta function ... cannot be converted'.
        self._source.stateChanged.connect(self._on_state)
        io = self._source.start()
        if io is None:
            self.stop()
            raise NoMicrophoneError("the microphone could not be opened")
        io.readyRead.connect(lambda: self._read(io))
        self._watchdog.start()
        log.info("listening on %s at %d Hz", self._device.description(), self.sample_rate)

    def stop(self) -> None:
        """Stops capturing."""
        self._watchdog.stop()
        source, self._source = self._source, None
        if source is not None:
            source.stateChanged.disconnect(self._on_state)
            source.stop()

    def _read(self, io: object) -> None:
        data = bytes(io.readAll().data())  # type: ignore[attr-defined]
        if data and self._sink is not None:
            self._watchdog.heard()
            self._sink(_to_mono_int16(data, self._format))

    @Slot(QtAudio.State)
    def _on_state(self, state: QtAudio.State) -> None:
        source = self._source
        if source is None:
            return
        error = source.error()
        log.debug("microphone state %s (%s)", state.name, error.name)
        if state == QtAudio.State.StoppedState and error != QtAudio.Error.NoError:
            self._lose(f"{error.name}")

    def _lose(self, detail: str) -> None:
        global _server_went_away
        if server_problem() is not None:
            _server_went_away = True
            detail = "the sound server went away: restart Cramp Coach to use it again"
        log.warning("the microphone was lost: %s", detail)
        self.stop()
        if self._lost is not None:
            self._lost(detail)


class PulseMicrophone(QObject):
    """A microphone read through libpulse (speech/pulse.py's PulseCapture) from a named source.

    A reading thread blocks on the stream and hands each 20 ms chunk to the thread this object
    lives in (create and start it there; that thread needs an event loop). Unlike Qt's backend,
    a sound server that goes away and comes back can be asked again: the stream ends with an
    error, which is reported as lost, and a new PulseMicrophone opens on the server that is back.
    A stream that stops sending (a suspended source) is lost after STALL_SECONDS, as with Qt.
    """

    echo_cancelled = False
    _chunk = Signal(bytes)
    _ended = Signal(str)

    def __init__(
        self, source: str | None = None, rate: int = 16000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        try:
            self._capture = PulseCapture(rate, source)
        except AudioError as error:
            raise NoMicrophoneError(f"the microphone could not be opened: {error}") from error
        self.sample_rate = rate
        self._name = source or "the default microphone"
        self._sink: PcmSink | None = None
        self._lost: LostSink | None = None
        self._running = threading.Event()
        self._reader: threading.Thread | None = None
        self._watchdog = _StallWatch(self, self._lose)
        self._chunk.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._ended.connect(self._lose, Qt.ConnectionType.QueuedConnection)

    def watch(self, lost: LostSink) -> None:
        self._lost = lost

    def start(self, sink: PcmSink) -> None:
        self._sink = sink
        self._running.set()
        self._reader = threading.Thread(target=self._read, name="microphone", daemon=True)
        self._reader.start()
        self._watchdog.start()
        log.info("listening on %s at %d Hz", self._name, self.sample_rate)

    def stop(self) -> None:
        """Stops reading. The stream is freed by the reading thread when its read returns
        (within one chunk, or when a stalled source sends again or its server goes)."""
        self._watchdog.stop()
        self._running.clear()
        reader, self._reader = self._reader, None
        if reader is None:
            self._capture.close()
        else:
            reader.join(0.5)

    def _read(self) -> None:
        try:
            while self._running.is_set():
                try:
                    data = self._capture.read()
                except AudioError as error:
                    if self._running.is_set():
                        with contextlib.suppress(RuntimeError):  # deleted: nobody listens
                            self._ended.emit(str(error))
                    return
                with contextlib.suppress(RuntimeError):
                    self._chunk.emit(data)
        finally:
            self._capture.close()

    @Slot(bytes)
    def _deliver(self, data: bytes) -> None:
        if self._sink is not None and self._running.is_set():
            self._watchdog.heard()
            self._sink(data)

    @Slot(str)
    def _lose(self, detail: str) -> None:
        if not self._running.is_set():
            return
        if server_problem() is not None:
            detail = f"the sound server went away ({detail})"
        log.warning("the microphone was lost: %s", detail)
        self.stop()
        if self._lost is not None:
            self._lost(detail)


class EchoCancelledMicrophone(PulseMicrophone):
    """The microphone through the sound server's echo canceller (speech/echo_cancel.py): loaded
    when this is made, the app's sounds routed to its sink (`route`), and both undone when it
    stops or is lost. Raises NoMicrophoneError when there is no canceller to be had."""

    echo_cancelled = True

    def __init__(
        self,
        canceller: EchoCanceller | None = None,
        route: OutputRoute | None = None,
        parent: QObject | None = None,
    ) -> None:
        self._canceller = canceller if canceller is not None else EchoCanceller()
        self._route = route if route is not None else ROUTE
        try:
            cancelled = self._canceller.load()
        except EchoCancelUnavailableError as error:
            raise NoMicrophoneError(f"no echo canceller: {error}") from error
        try:
            super().__init__(cancelled.source, parent=parent)
        except NoMicrophoneError:
            self._canceller.unload()
            raise
        self._route.set_sink(cancelled.sink)

    def stop(self) -> None:
        super().stop()
        self._undo()

    def _lose(self, detail: str) -> None:
        self._undo()
        super()._lose(detail)

    def _undo(self) -> None:
        self._route.set_sink(None)
        self._canceller.unload()


def listening_microphone() -> AudioSource:
    """The microphone voice commands listen with: through the echo canceller when the sound
    server has one (the app can be interrupted while it speaks), else the default microphone
    (the listener is then muted while the app speaks)."""
    try:
        return EchoCancelledMicrophone()
    except NoMicrophoneError as error:
        log.info("listening without an echo canceller: %s", error)
    return QtMicrophone()
