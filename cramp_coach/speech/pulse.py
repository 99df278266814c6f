"""Playing cue and tone WAV files through PulseAudio (libpulse-simple through ctypes).

Loading Qt Multimedia for two short sounds cost ~20 MiB (its FFmpeg plugin); libpulse costs
almost nothing and is there wherever there is sound on Linux (PipeWire answers it too).

Every call into libpulse happens on a worker thread: the GUI thread only queues commands. Each
of the two outputs (the cue, and a tone alongside it) is a thread feeding one open stream in
chunks of 10 ms behind a 40 ms server buffer, and looking for a new command between chunks, so a
new cue cuts the old one (its buffered audio is flushed) within one chunk and is heard at once.
The streams open at start-up (so a missing server is known early) and close after a minute of
silence (so the sound card may sleep); a connection never spawns a PulseAudio daemon. A server
that is lost (or was never there) is tried again after 5 s, then less and less often (up to once
a minute), and sound comes back with it.
"""

from __future__ import annotations

import array
import contextlib
import ctypes
import functools
import logging
import queue
import sys
import threading
import time
import wave
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal

from cramp_coach.speech.playback import NO_AUDIO_OUTPUT

log = logging.getLogger(__name__)

LIBRARY = "libpulse-simple.so.0"  # Debian: libpulse0
CHUNK_SECONDS = 0.010  # written at a time: a cut or a new volume takes effect within one chunk
BUFFER_SECONDS = 0.040  # the server's target buffer (tlength): what may still play after a cut
DEFAULT_FORMAT = (22050, 1)  # espeak-ng's cues and the beep; streams open in it at start
IDLE_SECONDS = 60.0  # a stream unused this long is closed, so the sound card may sleep
RETRY_SECONDS = 5.0  # while the server is lost (or was never there): the first try again...
RETRY_MAX_SECONDS = 60.0  # ...then twice as long each time, up to this
HEAD_SECONDS = 0.25  # of each sound kept decoded: the rest is read from its file as it plays
_BIG_ENDIAN = sys.byteorder == "big"


class AudioError(Exception):
    """No sound server answers, or it dropped the stream."""


class Stream(Protocol):
    """One open playback stream of 16-bit little-endian PCM, used from one thread only."""

    def write(self, data: bytes) -> None:
        """Queues data for playing, blocking while the server's buffer is full."""

    def flush(self) -> None:
        """Drops what is queued and not yet played."""

    def drain(self) -> None:
        """Blocks until what is queued has been played."""

    def latency(self) -> float:
        """Seconds until the last sample written is heard."""

    def close(self) -> None:
        """Frees the stream and its connection."""


# Opens a Stream for (sample rate, channels, stream name); raises AudioError.
#: (rate, channels, name, sink): sink None is the server's default (see OutputRoute)
OpenStream = Callable[[int, int, str, str | None], Stream]


# -- sounds -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sound:
    """A WAV file ready to play: its format, its length, and its start decoded (16-bit
    little-endian PCM, channels interleaved); the rest is read from the file as it plays.

    So a sound starts at once, and 64 of them cost under 1 MiB rather than the ~6 MiB that a
    routine's cues take decoded whole.
    """

    path: str
    rate: int
    channels: int
    frames: int  # of the whole file
    head: bytes  # its first HEAD_SECONDS, in whole chunks

    @property
    def format(self) -> tuple[int, int]:
        return self.rate, self.channels

    @property
    def size(self) -> int:
        """Bytes of PCM in the whole file."""
        return self.frames * 2 * self.channels


def decode(path: str) -> Sound:
    """Reads a 16-bit mono or stereo PCM WAV file's format and start; raises OSError, EOFError
    or wave.Error."""
    with wave.open(path, "rb") as wav:
        rate, channels = wav.getframerate(), wav.getnchannels()
        if wav.getsampwidth() != 2 or channels not in (1, 2):
            raise wave.Error("not 16-bit mono or stereo PCM")
        chunk_frames = chunk_bytes(rate, channels) // (2 * channels)
        head = wav.readframes(chunk_frames * round(HEAD_SECONDS / CHUNK_SECONDS))
        return Sound(path, rate, channels, wav.getnframes(), head)


class SoundCache:
    """Sounds made ready by path; beyond `capacity`, the least recently used are let go.

    Used from several threads: a sound being played stays alive with its player after it is
    let go here.
    """

    def __init__(self, capacity: int = 64) -> None:
        self._capacity = capacity
        self._sounds: OrderedDict[str, Sound] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, path: str) -> Sound | None:
        """The sound, decoded now unless it is cached; None (and a warning) if unreadable."""
        with self._lock:
            sound = self._sounds.get(path)
            if sound is not None:
                self._sounds.move_to_end(path)
                return sound
        return self.load(path)

    def load(self, path: str) -> Sound | None:
        """Decodes the file again (it may have been written again) and caches it."""
        try:
            sound = decode(path)
        except (OSError, EOFError, wave.Error) as exc:
            log.warning("cannot play %s: %s", path, exc)
            return None
        with self._lock:
            self._sounds[path] = sound
            self._sounds.move_to_end(path)
            while len(self._sounds) > self._capacity:
                self._sounds.popitem(last=False)
        return sound


def chunk_bytes(rate: int, channels: int) -> int:
    """The bytes of 16-bit PCM written at a time: CHUNK_SECONDS of whole frames."""
    return max(1, int(rate * CHUNK_SECONDS)) * 2 * channels


def scaled(pcm: bytes, volume: float) -> bytes:
    """16-bit little-endian samples times volume (0..1)."""
    if volume >= 1.0:
        return pcm
    if volume <= 0.0:
        return bytes(len(pcm))
    samples = array.array("h", pcm)
    if _BIG_ENDIAN:
        samples.byteswap()
    out = array.array("h", [int(s * volume) for s in samples])
    if _BIG_ENDIAN:
        out.byteswap()
    return out.tobytes()


# -- libpulse through ctypes ------------------------------------------------------------------

_PA_SAMPLE_S16LE = 3
_PA_STREAM_PLAYBACK = 1
_PA_STREAM_RECORD = 2
_PA_CONTEXT_NOAUTOSPAWN = 1
_PA_CONTEXT_READY, _PA_CONTEXT_FAILED, _PA_CONTEXT_TERMINATED = 4, 5, 6
_UNSET = 0xFFFFFFFF  # (uint32_t) -1: the server chooses
_CONNECT_SECONDS = 5.0
_APP_NAME = b"Cramp Coach"


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [
        ("maxlength", ctypes.c_uint32),
        ("tlength", ctypes.c_uint32),
        ("prebuf", ctypes.c_uint32),
        ("minreq", ctypes.c_uint32),
        ("fragsize", ctypes.c_uint32),
    ]


_P = ctypes.c_void_p
_INT_P = ctypes.POINTER(ctypes.c_int)
_SIGNATURES: dict[str, tuple[type | None, list[type]]] = {
    # libpulse-simple
    "pa_simple_new": (
        _P,
        [
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.POINTER(_SampleSpec),
            _P,
            ctypes.POINTER(_BufferAttr),
            _INT_P,
        ],
    ),
    "pa_simple_write": (ctypes.c_int, [_P, ctypes.c_char_p, ctypes.c_size_t, _INT_P]),
    "pa_simple_read": (ctypes.c_int, [_P, ctypes.c_void_p, ctypes.c_size_t, _INT_P]),
    "pa_simple_drain": (ctypes.c_int, [_P, _INT_P]),
    "pa_simple_flush": (ctypes.c_int, [_P, _INT_P]),
    "pa_simple_get_latency": (ctypes.c_uint64, [_P, _INT_P]),
    "pa_simple_free": (None, [_P]),
    # libpulse, which libpulse-simple loads: one connection to find the server, never spawning it
    "pa_strerror": (ctypes.c_char_p, [ctypes.c_int]),
    "pa_mainloop_new": (_P, []),
    "pa_mainloop_get_api": (_P, [_P]),
    "pa_mainloop_prepare": (ctypes.c_int, [_P, ctypes.c_int]),
    "pa_mainloop_poll": (ctypes.c_int, [_P]),
    "pa_mainloop_dispatch": (ctypes.c_int, [_P]),
    "pa_mainloop_free": (None, [_P]),
    "pa_context_new": (_P, [_P, ctypes.c_char_p]),
    "pa_context_connect": (ctypes.c_int, [_P, ctypes.c_char_p, ctypes.c_int, _P]),
    "pa_context_get_state": (ctypes.c_int, [_P]),
    "pa_context_errno": (ctypes.c_int, [_P]),
    "pa_context_get_server": (ctypes.c_char_p, [_P]),
    "pa_context_disconnect": (None, [_P]),
    "pa_context_unref": (None, [_P]),
}


@functools.cache
def _load(name: str) -> ctypes.CDLL:
    """libpulse-simple with its functions typed (and libpulse's, found through it)."""
    try:
        lib = ctypes.CDLL(name)
        for function, (restype, argtypes) in _SIGNATURES.items():
            symbol = getattr(lib, function)
            symbol.restype = restype
            symbol.argtypes = argtypes
    except (OSError, AttributeError) as exc:
        raise AudioError(f"cannot load {name}: {exc}") from exc
    return lib


def _strerror(lib: ctypes.CDLL, code: int) -> str:
    text: bytes | None = lib.pa_strerror(code)
    return text.decode(errors="replace") if text else f"error {code}"


def _find_server(lib: ctypes.CDLL) -> bytes:
    """The server that answers a connection made without autospawn (libpulse-simple would start
    a PulseAudio daemon when none runs; with a server named, it never does)."""
    loop = lib.pa_mainloop_new()
    context = lib.pa_context_new(lib.pa_mainloop_get_api(loop), _APP_NAME)
    try:
        if lib.pa_context_connect(context, None, _PA_CONTEXT_NOAUTOSPAWN, None) < 0:
            raise AudioError(_strerror(lib, lib.pa_context_errno(context)))
        deadline = time.monotonic() + _CONNECT_SECONDS
        while True:
            state = lib.pa_context_get_state(context)
            if state == _PA_CONTEXT_READY:
                server: bytes | None = lib.pa_context_get_server(context)
                if not server:
                    raise AudioError("the sound server has no name")
                return server
            if state in (_PA_CONTEXT_FAILED, _PA_CONTEXT_TERMINATED):
                raise AudioError(_strerror(lib, lib.pa_context_errno(context)))
            if time.monotonic() > deadline:
                raise AudioError("the sound server did not answer")
            # One turn of the loop, waiting 0.1 s at most, so the deadline is kept.
            if (
                lib.pa_mainloop_prepare(loop, 100_000) < 0
                or lib.pa_mainloop_poll(loop) < 0
                or lib.pa_mainloop_dispatch(loop) < 0
            ):
                raise AudioError("the connection to the sound server failed")
    finally:
        lib.pa_context_disconnect(context)
        lib.pa_context_unref(context)
        lib.pa_mainloop_free(loop)


class OutputRoute:
    """Which sink the app's sounds go to: the default one, or (while voice commands listen
    through it) the echo canceller's, so that the microphone's signal has the app's own voice
    taken out. Read by the output threads before each sound; set from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sink: str | None = None

    @property
    def sink(self) -> str | None:
        with self._lock:
            return self._sink

    def set_sink(self, sink: str | None) -> None:
        with self._lock:
            self._sink = sink


#: The route of the app's players unless one is given (the listener sets it; see echo_cancel).
ROUTE = OutputRoute()


class PulseStream:
    """A Stream on libpulse-simple, with a small buffer so that a flush cuts at once."""

    def __init__(
        self, lib: ctypes.CDLL, rate: int, channels: int, name: str, sink: str | None = None
    ) -> None:
        self._lib = lib
        server = _find_server(lib)
        chunk = chunk_bytes(rate, channels)
        spec = _SampleSpec(_PA_SAMPLE_S16LE, rate, channels)
        attr = _BufferAttr(
            maxlength=_UNSET,
            tlength=chunk * round(BUFFER_SECONDS / CHUNK_SECONDS),
            prebuf=2 * chunk,  # playing starts once two chunks are in
            minreq=chunk,  # the server asks for one chunk at a time
            fragsize=_UNSET,
        )
        error = ctypes.c_int(0)
        self._simple = lib.pa_simple_new(
            server, _APP_NAME, _PA_STREAM_PLAYBACK, sink.encode() if sink else None,
            name.encode(), ctypes.byref(spec), None, ctypes.byref(attr), ctypes.byref(error),
        )  # fmt: skip
        if not self._simple:
            raise AudioError(_strerror(lib, error.value))

    def _check(self, result: int, error: ctypes.c_int) -> None:
        if result < 0:
            raise AudioError(_strerror(self._lib, error.value))

    def write(self, data: bytes) -> None:
        error = ctypes.c_int(0)
        self._check(
            self._lib.pa_simple_write(self._simple, data, len(data), ctypes.byref(error)), error
        )

    def flush(self) -> None:
        error = ctypes.c_int(0)
        self._check(self._lib.pa_simple_flush(self._simple, ctypes.byref(error)), error)

    def drain(self) -> None:
        error = ctypes.c_int(0)
        self._check(self._lib.pa_simple_drain(self._simple, ctypes.byref(error)), error)

    def latency(self) -> float:
        error = ctypes.c_int(0)
        usec: int = self._lib.pa_simple_get_latency(self._simple, ctypes.byref(error))
        if usec == 2**64 - 1:
            raise AudioError(_strerror(self._lib, error.value))
        return usec / 1e6

    def close(self) -> None:
        if self._simple:
            self._lib.pa_simple_free(self._simple)
            self._simple = None


class PulseCapture:
    """A record stream on libpulse-simple from `source` (None: the default source), 16-bit
    mono at `rate`; `read()` blocks until one chunk of CHUNK_SECONDS has come."""

    CHUNK_SECONDS = 0.02

    def __init__(self, rate: int, source: str | None = None, library: str | None = None) -> None:
        lib = _load(library or LIBRARY)
        self._lib = lib
        server = _find_server(lib)
        self.rate = rate
        self._chunk = 2 * max(1, int(rate * self.CHUNK_SECONDS))
        spec = _SampleSpec(_PA_SAMPLE_S16LE, rate, 1)
        attr = _BufferAttr(
            maxlength=_UNSET, tlength=_UNSET, prebuf=_UNSET, minreq=_UNSET, fragsize=self._chunk
        )
        error = ctypes.c_int(0)
        self._simple = lib.pa_simple_new(
            server, _APP_NAME, _PA_STREAM_RECORD, source.encode() if source else None,
            b"voice commands", ctypes.byref(spec), None, ctypes.byref(attr), ctypes.byref(error),
        )  # fmt: skip
        if not self._simple:
            raise AudioError(_strerror(lib, error.value))
        self._buffer = ctypes.create_string_buffer(self._chunk)

    def read(self) -> bytes:
        """The next chunk; AudioError when the stream is lost (the server or source is gone)."""
        if not self._simple:
            raise AudioError("the stream is closed")
        error = ctypes.c_int(0)
        if (
            self._lib.pa_simple_read(self._simple, self._buffer, self._chunk, ctypes.byref(error))
            < 0
        ):
            raise AudioError(_strerror(self._lib, error.value))
        return self._buffer.raw

    def close(self) -> None:
        if self._simple:
            self._lib.pa_simple_free(self._simple)
            self._simple = None


def server_problem(library: str | None = None) -> str | None:
    """Why no PulseAudio server answers now (one connection, never spawning one); None when one
    does, or when libpulse cannot be loaded (then nothing in this process talks PulseAudio)."""
    try:
        lib = _load(library or LIBRARY)
    except AudioError:
        return None
    try:
        _find_server(lib)
    except AudioError as exc:
        return str(exc)
    return None


def pulse_output(library: str | None = None) -> OpenStream:
    """Opens PulseStreams; loads libpulse-simple now (a few ms), raising AudioError if absent."""
    lib = _load(library or LIBRARY)
    return functools.partial(PulseStream, lib)


# -- the worker threads -----------------------------------------------------------------------

_PLAY, _STOP, _CLOSE, _CHECK = "play", "stop", "close", "check"
_FOUND = "found"  # with _CHECK: the other output reaches the server again
# (what: "playing" | "problem" | "recovered", which output, detail), from any thread
Report = Callable[[str, str, str], None]


class _Playing:
    """A sound being written: from its decoded head, then from its file, chunk by chunk."""

    def __init__(self, sound: Sound) -> None:
        self.sound = sound
        self.chunk = chunk_bytes(*sound.format)  # bytes written at a time
        self.size = sound.size
        self.written = 0
        self.started = False
        self.heard_by = 0.0  # when all of it will have been heard, once all is written
        self._reader: wave.Wave_read | None = None

    @property
    def unwritten(self) -> bool:
        return self.written < self.size

    def next_chunk(self) -> bytes:
        """The next chunk; empty when the file turned out shorter than it said."""
        head = self.sound.head
        if self.written < len(head):
            return head[self.written : self.written + self.chunk]
        frame = 2 * self.sound.channels
        try:
            if self._reader is None:
                self._reader = wave.open(self.sound.path, "rb")  # noqa: SIM115 (closed by close())
                self._reader.setpos(len(head) // frame)
            return self._reader.readframes(self.chunk // frame)
        except (OSError, EOFError, wave.Error) as exc:
            log.warning("cannot play the rest of %s: %s", self.sound.path, exc)
            return b""

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None


class _Output:
    """A thread feeding one stream: plays one sound at a time, each cut by the next command."""

    def __init__(
        self,
        name: str,
        open_stream: OpenStream,
        sounds: SoundCache,
        volume: Callable[[], float],
        report: Report,
        announce: bool,
        route: OutputRoute | None = None,
    ) -> None:
        self.name = name
        self._route = route if route is not None else ROUTE
        self._sink: str | None = None  # the sink the open stream plays to (None: the default)
        self._open_stream = open_stream
        self._sounds = sounds
        self._volume = volume
        self._report = report
        self._announce = announce  # reports when its sound starts and stops being heard
        self._commands: queue.SimpleQueue[tuple[str, str]] = queue.SimpleQueue()
        self._stream: Stream | None = None
        self._format: tuple[int, int] | None = None
        self._failed = False  # the server is lost: sounds are dropped until it answers again
        self._retry_at = 0.0
        self._retry_delay = RETRY_SECONDS
        self.thread = threading.Thread(target=self._run, name=f"pulse-{name}", daemon=True)
        self.thread.start()

    def send(self, what: str, path: str = "") -> None:
        self._commands.put((what, path))

    def _run(self) -> None:
        try:
            self._open(*DEFAULT_FORMAT)  # at once: a missing server is known before any cue
            self._serve()
        except Exception:  # a bug here must not pass silently, nor leave the stream open
            log.exception("the %s output failed", self.name)
        finally:
            self._close_stream()

    def _serve(self) -> None:
        playing: _Playing | None = None
        while True:
            # The server again (it answers, or is tried later), unless a command is waiting: a
            # close is never held up by a server that hangs.
            if self._failed and _now() >= self._retry_at and self._commands.empty():
                self._open(*DEFAULT_FORMAT)
            try:
                if playing is None:
                    what, path = self._commands.get(timeout=self._idle_timeout())
                elif playing.unwritten:
                    what, path = self._commands.get_nowait()
                else:
                    what, path = self._commands.get(timeout=max(0.0, playing.heard_by - _now()))
            except queue.Empty:
                if playing is None:
                    if not self._failed:  # idle: the sound card may sleep; reopened when needed
                        self._close_stream()
                elif playing.unwritten:
                    playing = self._write_chunk(playing)
                else:
                    self._finish(playing)
                    playing = None
                continue
            if what == _CHECK:  # the other output lost the server, or found it again
                if self._failed and path == _FOUND:
                    self._retry_at = _now()  # try it now, and soon again if it is still starting
                    self._retry_delay = RETRY_SECONDS
                elif not self._failed and playing is None and path != _FOUND:
                    self._close_stream()  # may be to a dead server: opened afresh when needed
                continue
            self._cut(playing)
            playing = None
            if what == _CLOSE:
                return
            if what == _PLAY:
                playing = self._start(path)

    def _idle_timeout(self) -> float | None:
        if self._failed:
            return max(0.0, self._retry_at - _now())
        return IDLE_SECONDS if self._stream is not None else None

    def _start(self, path: str) -> _Playing | None:
        if self._failed:
            return None  # dropped: a cue heard seconds late would be wrong
        sound = self._sounds.get(path)
        if sound is None:
            return None
        if self._stream is None or self._format != sound.format or self._sink != self._route.sink:
            self._open(*sound.format)
            if self._stream is None:
                return None
        return _Playing(sound)

    def _write_chunk(self, playing: _Playing) -> _Playing | None:
        assert self._stream is not None
        data = playing.next_chunk()
        if not data:
            playing.size = playing.written  # it ends here
        try:
            if data:
                self._stream.write(scaled(data, self._volume()))
                playing.written += len(data)
            if not playing.unwritten:
                playing.close()
                playing.heard_by = _now() + min(self._stream.latency(), 2.0)
        except AudioError as exc:
            self._fail(exc, playing)
            return None
        if playing.written and not playing.started:
            playing.started = True
            self._said_playing(True)
        return playing

    def _finish(self, playing: _Playing) -> None:
        """All of it was written and should have been heard: waits for the last of it."""
        playing.close()
        if self._stream is not None:
            try:
                self._stream.drain()  # also plays a sound shorter than the buffer
            except AudioError as exc:
                self._fail(exc, playing)
                return
        if playing.started:
            self._said_playing(False)

    def _cut(self, playing: _Playing | None) -> None:
        if playing is None:
            return
        playing.close()
        if playing.written and self._stream is not None:
            try:
                self._stream.flush()
            except AudioError as exc:
                self._fail(exc, playing)
                return
        if playing.started:
            self._said_playing(False)

    def _open(self, rate: int, channels: int) -> None:
        self._close_stream()
        sink = self._route.sink
        try:
            self._stream = self._open_stream(rate, channels, self.name, sink)
            self._format, self._sink = (rate, channels), sink
        except AudioError as exc:
            self._fail(exc, None)
            return
        if self._failed:
            self._failed = False
            self._retry_delay = RETRY_SECONDS
            log.warning("%s sound output: the sound server answers again", self.name)
            self._report("recovered", self.name, "")

    def _close_stream(self) -> None:
        stream, self._stream, self._format = self._stream, None, None
        if stream is not None:
            stream.close()

    def _fail(self, exc: AudioError, playing: _Playing | None) -> None:
        """The server is gone (or never was): silent until it answers again, and said once."""
        self._retry_at = _now() + self._retry_delay
        self._retry_delay = min(2 * self._retry_delay, RETRY_MAX_SECONDS)
        self._close_stream()
        if playing is not None:
            playing.close()
            if playing.started:
                self._said_playing(False)
        if not self._failed:  # said once, not at every try again
            self._failed = True
            log.warning("%s sound output: %s", self.name, exc)
            self._report("problem", self.name, NO_AUDIO_OUTPUT)

    def _said_playing(self, playing: bool) -> None:
        if self._announce:
            self._report("playing", self.name, "1" if playing else "")


def _now() -> float:
    return time.monotonic()


class _Loader:
    """A thread decoding the files asked for by load(), so playing them starts at once."""

    def __init__(self, sounds: SoundCache) -> None:
        self._sounds = sounds
        self._paths: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._run, name="pulse-loader", daemon=True)
        self.thread.start()

    def send(self, path: str | None) -> None:
        self._paths.put(path)

    def _run(self) -> None:
        while (path := self._paths.get()) is not None:
            self._sounds.load(path)


# -- the Player -------------------------------------------------------------------------------


class PulsePlayer(QObject):
    """A Player on PulseAudio: a cue output and a tone output, each with its own thread.

    Every method returns at once (it only queues a command). A missing library is known at
    construction (problem()); a missing server, or one lost mid-session, is found on a worker
    and said once through problemFound (problem() returns it from then on); when the server
    answers again, `recovered` says so and problem() is None again.
    """

    playingChanged = Signal(bool)  # a cue started being heard, or ended or was cut  # noqa: N815
    problemFound = Signal(str)  # one line: why nothing can be heard  # noqa: N815 (Qt naming)
    recovered = Signal()  # the sound server answers again after problemFound
    _reported = Signal(str, str, str)  # from the workers, delivered on this object's thread

    def __init__(
        self,
        capacity: int = 64,
        open_stream: OpenStream | None = None,
        parent: QObject | None = None,
        route: OutputRoute | None = None,
    ) -> None:
        super().__init__(parent)
        self._problem: str | None = None
        self._lost: set[str] = set()  # the outputs that cannot reach the server now
        self._volume = 1.0
        self._closed = False
        self._sounds = SoundCache(capacity)
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)
        self._cue: _Output | None = None
        self._tone: _Output | None = None
        self._loader: _Loader | None = None
        if open_stream is None:
            try:
                open_stream = pulse_output()
            except AudioError as exc:
                log.warning("%s", exc)
                self._problem = NO_AUDIO_OUTPUT
                return
        volume, report = self._current_volume, self._report
        sounds = self._sounds
        self._cue = _Output("cue", open_stream, sounds, volume, report, announce=True, route=route)
        self._tone = _Output(
            "tone", open_stream, sounds, volume, report, announce=False, route=route
        )
        self._loader = _Loader(self._sounds)

    # -- the Player interface (GUI thread) ----------------------------------------------------

    def problem(self) -> str | None:
        return self._problem

    def load(self, path: str) -> None:
        if self._loader is not None and not self._closed:
            self._loader.send(path)

    def play(self, path: str) -> None:
        if self._cue is not None and not self._closed:
            self._cue.send(_PLAY, path)

    def stop(self) -> None:
        if self._cue is not None and self._tone is not None and not self._closed:
            self._cue.send(_STOP)
            self._tone.send(_STOP)

    def tone(self, path: str) -> None:
        if self._tone is not None and not self._closed:
            self._tone.send(_PLAY, path)

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(float(volume), 0.0), 1.0)

    def close(self, timeout: float = 2.0) -> None:
        """Silences, ends the worker threads and frees the streams (the app is quitting)."""
        if self._closed:
            return
        self._closed = True
        threads = []
        for output in (self._cue, self._tone):
            if output is not None:
                output.send(_CLOSE)
                threads.append(output.thread)
        if self._loader is not None:
            self._loader.send(None)
            threads.append(self._loader.thread)
        end = _now() + timeout
        for thread in threads:
            # A worker stuck in a hung server is abandoned: it is a daemon thread.
            thread.join(max(0.0, end - _now()))

    # -- inside -------------------------------------------------------------------------------

    def _current_volume(self) -> float:
        return self._volume  # read by the workers before each chunk

    def _report(self, what: str, output: str, detail: str) -> None:
        # RuntimeError: the player was deleted under a worker, so nobody is listening.
        with contextlib.suppress(RuntimeError):
            self._reported.emit(what, output, detail)

    def _on_reported(self, what: str, output: str, detail: str) -> None:
        if what == "playing":
            self.playingChanged.emit(bool(detail))
            return
        if what == "problem":
            self._lost.add(output)
        elif what == "recovered":
            self._lost.discard(output)
        # One server behind both outputs: the other one tries it now too (or, if it was fine,
        # opens its stream afresh for its next sound, as the old one may be to a dead server).
        for other in (self._cue, self._tone):
            if other is not None and other.name != output and not self._closed:
                other.send(_CHECK, _FOUND if what == "recovered" else "")
        if self._lost and self._problem is None:
            self._problem = detail or NO_AUDIO_OUTPUT
            self.problemFound.emit(self._problem)
        elif not self._lost and self._problem is not None:
            self._problem = None  # both outputs reach the server again
            self.recovered.emit()
