"""Audio input for voice commands: the AudioSource interface and the Qt Multimedia microphone."""

from __future__ import annotations

import array
import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QAudioSource,
    QMediaDevices,
    QtAudio,
)

log = logging.getLogger(__name__)

#: Receives 16-bit mono PCM chunks, in the thread the source runs in.
PcmSink = Callable[[bytes], None]


class AudioSource(Protocol):
    """A stream of 16-bit mono PCM at `sample_rate`, delivered to a sink until stopped."""

    sample_rate: int

    def start(self, sink: PcmSink) -> None: ...

    def stop(self) -> None: ...


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


class QtMicrophone(QObject):
    """The default microphone through QAudioSource; 16 kHz mono when the device allows it.

    Create and start it in the thread that should receive audio (that thread needs an event loop).
    """

    def __init__(self, device: QAudioDevice | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
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

    def start(self, sink: PcmSink) -> None:
        """Starts capturing; each chunk read is passed to `sink`."""
        self._sink = sink
        self._source = QAudioSource(self._device, self._format, self)
        self._source.stateChanged.connect(self._on_state)
        io = self._source.start()
        if io is None:
            raise NoMicrophoneError("the microphone could not be opened")
        io.readyRead.connect(lambda: self._read(io))
        log.info("listening on %s at %d Hz", self._device.description(), self.sample_rate)

    def stop(self) -> None:
        """Stops capturing."""
        if self._source is not None:
            self._source.stop()
            self._source = None

    def _read(self, io: object) -> None:
        data = bytes(io.readAll().data())  # type: ignore[attr-defined]
        if data and self._sink is not None:
            self._sink(_to_mono_int16(data, self._format))

    def _on_state(self, state: QtAudio.State) -> None:
        if self._source is not None and self._source.error() != QtAudio.Error.NoError:
            log.warning("microphone error: %s", self._source.error())
