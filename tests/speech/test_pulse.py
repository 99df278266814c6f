"""The PulseAudio player: its threads, cuts and volume on a fake stream; then one real sink."""

from __future__ import annotations

import array
import itertools
import os
import shutil
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bench.pulse_daemon import PrivatePulse, PulseError
from cramp_coach.speech import pulse, wav
from cramp_coach.speech.cached import CachedSpeaker
from cramp_coach.speech.playback import NO_AUDIO_OUTPUT
from cramp_coach.speech.pulse import CHUNK_SECONDS, AudioError, PulsePlayer, SoundCache
from tests.speech.engine_fakes import FakeRenderer

RATE = 22050


# -- a fake sound server ----------------------------------------------------------------------


class FakeOutput:
    """The open_stream of a PulsePlayer: every stream's calls go to one list, in order.

    A write records the value of its first sample (the test sounds hold one value each), then
    takes `pace` seconds, as a real stream takes one chunk's time once its buffer is full.
    Clearing `gate` holds every stream inside its next write.
    """

    def __init__(self, pace: float = 0.001) -> None:
        self.pace = pace
        self.events: list[tuple[str, str, int]] = []  # (stream name, what, value)
        self.opened: list[tuple[str, int, int]] = []  # (name, rate, channels)
        self.opened_at: list[tuple[str, float]] = []  # (name, monotonic time of the attempt)
        self.gate = threading.Event()
        self.gate.set()
        self.fail_open = False
        self.fail_writes_after: int | None = None  # the server goes away after this many
        self.threads: set[str] = set()
        self._lock = threading.Lock()
        self._writes = 0

    def __call__(self, rate: int, channels: int, name: str, sink: str | None) -> FakeStream:
        with self._lock:
            self.opened.append((name, rate, channels))
            self.opened_at.append((name, time.monotonic()))
        if self.fail_open:
            raise AudioError("Connection refused")
        return FakeStream(self, name)

    def record(self, name: str, what: str, value: int = 0) -> None:
        with self._lock:
            self.events.append((name, what, value))
            self.threads.add(threading.current_thread().name)

    def write(self, name: str, data: bytes) -> None:
        assert self.gate.wait(5), "a test left the gate closed"
        with self._lock:
            self._writes += 1
            failing = self.fail_writes_after is not None and self._writes > self.fail_writes_after
        if failing:
            raise AudioError("Connection terminated")
        samples = array.array("h", data)
        if sys.byteorder == "big":
            samples.byteswap()
        self.record(name, "write", samples[0])
        time.sleep(self.pace)

    def writes(self, name: str, value: int | None = None) -> list[int]:
        with self._lock:
            return [
                v
                for n, what, v in self.events
                if n == name and what == "write" and (value is None or v == value)
            ]

    def since(self, mark: int, name: str) -> list[tuple[str, int]]:
        with self._lock:
            return [(what, v) for n, what, v in self.events[mark:] if n == name]


class FakeStream:
    def __init__(self, output: FakeOutput, name: str) -> None:
        self._output = output
        self._name = name

    def write(self, data: bytes) -> None:
        self._output.write(self._name, data)

    def flush(self) -> None:
        self._output.record(self._name, "flush")

    def drain(self) -> None:
        self._output.record(self._name, "drain")

    def latency(self) -> float:
        return 0.0

    def close(self) -> None:
        self._output.record(self._name, "close")


def constant_wav(path: Path, value: int, chunks: int, rate: int = RATE, channels: int = 1) -> str:
    """A WAV file of whole chunks whose samples all hold `value`: each chunk written tells
    where it came from."""
    samples = array.array("h", [value]) * (chunks * int(rate * CHUNK_SECONDS) * channels)
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return str(path)


def pulse_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("pulse-")]


@pytest.fixture
def output() -> Iterator[FakeOutput]:
    fake = FakeOutput()
    yield fake
    fake.gate.set()


MakePlayer = Callable[..., PulsePlayer]


@pytest.fixture
def make_player(qapp: object, output: FakeOutput) -> Iterator[MakePlayer]:
    made: list[PulsePlayer] = []

    def make(capacity: int = 64, with_output: FakeOutput | None = None) -> PulsePlayer:
        player = PulsePlayer(capacity, open_stream=with_output or output)
        made.append(player)
        return player

    yield make
    output.gate.set()
    for player in made:
        player.close()
    assert pulse_threads() == []


def record_playing(player: PulsePlayer) -> list[bool]:
    changes: list[bool] = []
    player.playingChanged.connect(changes.append)
    return changes


# -- threads, cuts, tones, volume -------------------------------------------------------------


def test_streams_open_at_once_on_workers_in_the_cues_format(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput
) -> None:
    make_player()
    qtbot.waitUntil(lambda: len(output.opened) == 2, timeout=3000)
    assert sorted(output.opened) == [("cue", RATE, 1), ("tone", RATE, 1)]


def test_a_cue_is_written_in_chunks_off_the_gui_thread_and_ends(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput, tmp_path: Path
) -> None:
    player = make_player()
    changes = record_playing(player)
    cue = constant_wav(tmp_path / "cue.wav", 1000, 10)
    player.play(cue)
    qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
    assert output.writes("cue") == [1000] * 10  # 0.1 s in 10 ms chunks
    assert output.since(0, "cue")[-1] == ("drain", 0)  # the end waits for the last of it
    assert threading.current_thread().name not in output.threads
    assert output.threads == {"pulse-cue"}


def test_only_the_start_of_a_sound_is_kept_the_rest_is_read_as_it_plays(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput, tmp_path: Path
) -> None:
    cue = constant_wav(tmp_path / "cue.wav", 1000, 60)
    sound = pulse.decode(cue)
    assert len(sound.head) == 25 * int(RATE * CHUNK_SECONDS) * 2  # 0.25 s of 0.6 s
    assert sound.size == 60 * int(RATE * CHUNK_SECONDS) * 2
    player = make_player()
    changes = record_playing(player)
    player.play(cue)
    qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
    assert output.writes("cue") == [1000] * 60


def test_a_new_cue_cuts_the_one_playing_within_one_chunk(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput, tmp_path: Path
) -> None:
    player = make_player()
    changes = record_playing(player)
    long = constant_wav(tmp_path / "long.wav", 1000, 500)
    short = constant_wav(tmp_path / "short.wav", 2000, 5)
    player.play(long)
    qtbot.waitUntil(lambda: len(output.writes("cue", 1000)) >= 5, timeout=3000)
    output.gate.clear()  # the worker is held inside (or just before) one write of `long`
    mark = len(output.events)
    player.play(short)
    output.gate.set()
    qtbot.waitUntil(lambda: changes == [True, False, True, False], timeout=3000)
    after = output.since(mark, "cue")
    old = [event for event in after if event == ("write", 1000)]
    assert len(old) <= 1  # at most the chunk in flight when the cut came
    assert after[len(old) :] == [("flush", 0)] + [("write", 2000)] * 5 + [("drain", 0)]


def test_stop_silences_the_cue_and_the_tone(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput, tmp_path: Path
) -> None:
    player = make_player()
    changes = record_playing(player)
    player.play(constant_wav(tmp_path / "cue.wav", 1000, 500))
    player.tone(constant_wav(tmp_path / "tone.wav", 3000, 500))
    qtbot.waitUntil(
        lambda: bool(output.writes("cue", 1000)) and bool(output.writes("tone", 3000)),
        timeout=3000,
    )
    player.stop()
    qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
    qtbot.waitUntil(lambda: ("flush", 0) in output.since(0, "tone"), timeout=3000)
    mark = len(output.events)
    qtbot.wait(30)  # many chunks' time: nothing more is written
    assert output.events[mark:] == []
    assert ("flush", 0) in output.since(0, "cue")


def test_a_tone_plays_alongside_the_cue_without_cutting_it(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput, tmp_path: Path
) -> None:
    player = make_player()
    changes = record_playing(player)
    player.play(constant_wav(tmp_path / "cue.wav", 1000, 500))
    qtbot.waitUntil(lambda: len(output.writes("cue")) >= 3, timeout=3000)
    player.tone(constant_wav(tmp_path / "beep.wav", 3000, 5))
    qtbot.waitUntil(lambda: ("drain", 0) in output.since(0, "tone"), timeout=3000)
    cue_before = len(output.writes("cue"))
    qtbot.waitUntil(lambda: len(output.writes("cue")) > cue_before + 3, timeout=3000)
    assert output.writes("tone") == [3000] * 5
    assert ("flush", 0) not in output.since(0, "cue")
    assert changes == [True]  # the tone is no cue: the cue is still being heard


def test_volume_applies_to_the_cue_playing_and_to_the_next(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput, tmp_path: Path
) -> None:
    player = make_player()
    player.play(constant_wav(tmp_path / "cue.wav", 1000, 500))
    qtbot.waitUntil(lambda: len(output.writes("cue")) >= 3, timeout=3000)
    player.set_volume(0.5)
    qtbot.waitUntil(lambda: len(output.writes("cue", 500)) >= 2, timeout=3000)
    writes = output.writes("cue")
    first_quiet = writes.index(500)
    assert set(writes[:first_quiet]) == {1000} and set(writes[first_quiet:]) == {500}
    player.tone(constant_wav(tmp_path / "beep.wav", 3000, 2))
    qtbot.waitUntil(lambda: len(output.writes("tone")) == 2, timeout=3000)
    assert output.writes("tone") == [1500, 1500]
    player.set_volume(0.0)
    qtbot.waitUntil(lambda: output.writes("cue")[-1] == 0, timeout=3000)


def test_a_cue_in_another_format_reopens_the_stream(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput, tmp_path: Path
) -> None:
    player = make_player()
    changes = record_playing(player)
    player.play(constant_wav(tmp_path / "cue.wav", 1000, 2))
    qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
    player.play(constant_wav(tmp_path / "cd.wav", 2000, 2, rate=44100, channels=2))
    qtbot.waitUntil(lambda: changes == [True, False] * 2, timeout=3000)
    player.play(constant_wav(tmp_path / "again.wav", 3000, 2))
    qtbot.waitUntil(lambda: changes == [True, False] * 3, timeout=3000)
    cue_opens = [(rate, channels) for name, rate, channels in output.opened if name == "cue"]
    assert cue_opens == [(RATE, 1), (44100, 2), (RATE, 1)]
    events = output.since(0, "cue")
    assert events.count(("close", 0)) == 2  # each stream closed before the next opened
    assert events.count(("write", 2000)) == 2  # 20 ms of 44.1 kHz stereo: two chunks


def test_idle_streams_close_and_reopen_for_the_next_cue(
    qtbot: QtBot,
    make_player: MakePlayer,
    output: FakeOutput,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pulse, "IDLE_SECONDS", 0.05)
    player = make_player()
    changes = record_playing(player)
    qtbot.waitUntil(
        lambda: ("close", 0) in output.since(0, "cue") and ("close", 0) in output.since(0, "tone"),
        timeout=3000,
    )
    player.play(constant_wav(tmp_path / "cue.wav", 1000, 2))
    qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
    assert [name for name, _, _ in output.opened].count("cue") == 2


def test_methods_return_at_once_while_a_worker_is_held(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput, tmp_path: Path
) -> None:
    player = make_player()
    cue = constant_wav(tmp_path / "cue.wav", 1000, 500)
    player.play(cue)
    qtbot.waitUntil(lambda: bool(output.writes("cue")), timeout=3000)
    output.gate.clear()  # as if the sound server stalled
    started = time.perf_counter()
    for _ in range(50):
        player.play(cue)
        player.tone(cue)
        player.load(cue)
        player.set_volume(0.7)
        player.stop()
    assert time.perf_counter() - started < 0.05


def test_load_decodes_on_a_worker_and_play_reuses_it(
    qtbot: QtBot,
    make_player: MakePlayer,
    output: FakeOutput,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decoded: list[tuple[str, str]] = []
    real_decode = pulse.decode

    def counting_decode(path: str) -> pulse.Sound:
        decoded.append((Path(path).name, threading.current_thread().name))
        return real_decode(path)

    monkeypatch.setattr(pulse, "decode", counting_decode)
    player = make_player()
    changes = record_playing(player)
    cue = constant_wav(tmp_path / "cue.wav", 1000, 2)
    player.load(cue)
    qtbot.waitUntil(lambda: bool(decoded), timeout=3000)
    player.play(cue)
    qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
    assert decoded == [("cue.wav", "pulse-loader")]


def test_the_sound_cache_lets_go_of_the_least_recently_used(tmp_path: Path) -> None:
    cache = SoundCache(capacity=2)
    a, b, c = (constant_wav(tmp_path / f"{n}.wav", 100, 1) for n in "abc")
    first: dict[str, pulse.Sound] = {}
    for path in (a, b, a, c):
        sound = cache.get(path)
        assert sound is not None and sound.format == (RATE, 1)
        first.setdefault(path, sound)
    assert cache.get(str(tmp_path / "missing.wav")) is None
    (tmp_path / "bad.wav").write_bytes(b"not a wav file")
    assert cache.get(str(tmp_path / "bad.wav")) is None  # and not cached in a good one's place
    # a and c are still held (the very sounds, not decoded again); b was used least recently
    assert cache.get(a) is first[a] and cache.get(c) is first[c]
    assert cache.get(b) is not first[b]


def test_an_unplayable_file_is_skipped(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput, tmp_path: Path
) -> None:
    player = make_player()
    changes = record_playing(player)
    (tmp_path / "bad.wav").write_bytes(b"RIFF nonsense")
    player.play(str(tmp_path / "bad.wav"))
    player.play(constant_wav(tmp_path / "cue.wav", 1000, 2))
    qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
    assert player.problem() is None


# -- problems ---------------------------------------------------------------------------------


def test_a_missing_library_is_a_problem_known_at_once(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pulse, "LIBRARY", "libpulse-simple-not-here.so.0")
    player = PulsePlayer()
    assert player.problem() == NO_AUDIO_OUTPUT
    player.play("/nowhere.wav")  # harmless
    player.close()
    assert pulse_threads() == []


def test_no_server_is_found_on_a_worker_and_said_once(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput
) -> None:
    output.fail_open = True
    player = make_player()
    found: list[str] = []
    player.problemFound.connect(found.append)
    assert player.problem() is None  # not known yet: nothing waited for the server
    qtbot.waitUntil(lambda: found == [NO_AUDIO_OUTPUT], timeout=3000)
    qtbot.waitUntil(lambda: len(output.opened) == 2, timeout=3000)
    player.close()  # both outputs have said it by now
    qtbot.wait(10)
    assert found == [NO_AUDIO_OUTPUT] and player.problem() == NO_AUDIO_OUTPUT


def test_a_server_lost_mid_cue_is_said_once_and_the_cue_ends(
    qtbot: QtBot, make_player: MakePlayer, output: FakeOutput, tmp_path: Path
) -> None:
    output.fail_writes_after = 3
    player = make_player()
    changes = record_playing(player)
    with qtbot.waitSignal(player.problemFound, timeout=3000) as blocker:
        player.play(constant_wav(tmp_path / "cue.wav", 1000, 100))
    assert blocker.args == [NO_AUDIO_OUTPUT]
    qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
    player.play(constant_wav(tmp_path / "next.wav", 2000, 10))
    player.tone(constant_wav(tmp_path / "beep.wav", 3000, 10))  # the tone stream fails too
    qtbot.wait(30)
    assert output.writes("cue", 2000) == []
    assert player.problem() == NO_AUDIO_OUTPUT


SpeakerOnFakeServer = tuple[CachedSpeaker, FakeRenderer]


@pytest.fixture
def without_server(
    qapp: object, output: FakeOutput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SpeakerOnFakeServer]:
    """A speaker on a PulsePlayer whose server does not answer (yet: `output.fail_open`); it is
    tried again every 50 ms. Closed after the test, leaving no thread behind."""
    monkeypatch.setattr(pulse, "RETRY_SECONDS", 0.05)
    output.fail_open = True
    renderer = FakeRenderer()
    speaker = CachedSpeaker(tmp_path / "cues", renderer, PulsePlayer(open_stream=output))
    yield speaker, renderer
    speaker.close()
    assert pulse_threads() == []


def test_the_speaker_gives_up_on_a_problem_found_later(
    qtbot: QtBot, output: FakeOutput, tmp_path: Path
) -> None:
    output.fail_open = True
    renderer = FakeRenderer()
    player = PulsePlayer(open_stream=output)
    speaker = CachedSpeaker(tmp_path / "cues", renderer, player)
    assert speaker.problem is None
    with qtbot.waitSignal(speaker.unavailable, timeout=3000) as blocker:
        pass
    assert blocker.args == [NO_AUDIO_OUTPUT] and speaker.problem == NO_AUDIO_OUTPUT
    speaker.close()
    assert pulse_threads() == []


def test_the_speaker_gives_up_at_once_on_a_problem_known_already(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pulse, "LIBRARY", "libpulse-simple-not-here.so.0")
    renderer = FakeRenderer()
    speaker = CachedSpeaker(tmp_path / "cues", renderer)
    assert isinstance(speaker.player, PulsePlayer)
    assert speaker.problem == NO_AUDIO_OUTPUT
    with qtbot.waitSignal(speaker.unavailable, timeout=3000):
        pass
    speaker.close()
    assert renderer.opened == 0


def test_close_ends_every_thread_and_closes_the_streams(
    qtbot: QtBot, output: FakeOutput, tmp_path: Path
) -> None:
    player = PulsePlayer(open_stream=output)
    player.play(constant_wav(tmp_path / "cue.wav", 1000, 500))
    qtbot.waitUntil(lambda: bool(output.writes("cue")), timeout=3000)
    assert len(pulse_threads()) == 3
    player.close()
    assert pulse_threads() == []
    assert output.since(0, "cue")[-2:] == [("flush", 0), ("close", 0)]
    assert output.since(0, "tone")[-1] == ("close", 0)
    player.play(str(tmp_path / "cue.wav"))  # after close: ignored, never raises
    player.close()


# -- no Qt Multimedia -------------------------------------------------------------------------

_IMPORTS = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from cramp_coach.speech.cached import CachedSpeaker
app = QCoreApplication([])
speaker = CachedSpeaker(cache_dir=Path(tempfile.mkdtemp()))
speaker.say("Hold")
speaker.beep()
speaker.close()
print(type(speaker.player).__name__, "PySide6.QtMultimedia" in sys.modules)
"""


def test_the_speaker_never_loads_qt_multimedia(tmp_path: Path) -> None:
    env = dict(os.environ, PULSE_SERVER=f"unix:{tmp_path}/no-server")  # fast, and no daemon
    done = subprocess.run(
        [sys.executable, "-c", _IMPORTS],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["PulsePlayer", "False"]


# -- the real thing: a PulseAudio daemon with a null sink, recorded by parec ------------------


class PulseDaemon(PrivatePulse):
    """A private PulseAudio daemon with one null sink, "test", on a socket of its own; it can
    be stopped and started again on the same socket (the server going away, and coming back)."""

    def __init__(self) -> None:
        super().__init__(["module-null-sink sink_name=test rate=22050 channels=1"])

    def start(self, timeout: float = 10.0) -> None:
        try:
            super().start(timeout)
        except PulseError as error:
            pytest.fail(str(error))


@pytest.fixture
def pulse_daemon() -> Iterator[PulseDaemon]:
    """A private PulseAudio daemon, started."""
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        pytest.skip("pulseaudio is not installed (apt-get install pulseaudio pulseaudio-utils)")
    try:
        pulse.pulse_output()
    except AudioError as exc:
        pytest.skip(f"libpulse-simple cannot be loaded (apt-get install libpulse0): {exc}")
    running = PulseDaemon()
    try:
        running.start()
        yield running
    finally:
        running.remove()


@pytest.fixture
def pulse_server(pulse_daemon: PulseDaemon) -> str:
    """A private PulseAudio daemon with one null sink, "test"; its server string."""
    return pulse_daemon.server


class Recorder:
    """parec on the null sink's monitor, read on a thread."""

    def __init__(self, server: str) -> None:
        self.data = bytearray()
        self._lock = threading.Lock()
        self._process = subprocess.Popen(
            ["parec", "-s", server, "-d", "test.monitor", "--raw", "--format=s16le",
             "--rate=22050", "--channels=1", "--latency-msec=10"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        while chunk := self._process.stdout.read(441):
            with self._lock:
                self.data += chunk

    def peak(self) -> int:
        with self._lock:
            samples = array.array("h", bytes(self.data[: len(self.data) // 2 * 2]))
        if sys.byteorder == "big":
            samples.byteswap()
        return max((abs(s) for s in samples), default=0)

    def recorded(self) -> int:
        with self._lock:
            return len(self.data)

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(5)
        self._thread.join(5)


def test_a_lost_server_is_tried_again_and_sound_comes_back(
    qtbot: QtBot,
    make_player: MakePlayer,
    output: FakeOutput,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server goes away mid-cue, so sounds are dropped; it is tried again by itself, less
    and less often, said lost once only; once it answers, `recovered`, and both the cue and the
    tone output are heard again (the tone's stream, open since before, is not a stale one)."""
    monkeypatch.setattr(pulse, "RETRY_SECONDS", 0.05)
    monkeypatch.setattr(pulse, "RETRY_MAX_SECONDS", 0.2)
    player = make_player()
    qtbot.waitUntil(lambda: len(output.opened) == 2, timeout=3000)  # both open at start
    found: list[str] = []
    recovered: list[bool] = []
    player.problemFound.connect(found.append)
    player.recovered.connect(lambda: recovered.append(True))
    output.fail_open = True  # gone, and it stays gone for a while
    output.fail_writes_after = 3
    player.play(constant_wav(tmp_path / "cue.wav", 1000, 100))
    qtbot.waitUntil(lambda: found == [NO_AUDIO_OUTPUT], timeout=3000)
    qtbot.waitUntil(lambda: len([n for n, _ in output.opened_at if n == "cue"]) >= 7, timeout=5000)
    tries = [t for n, t in output.opened_at if n == "cue"][1:]
    gaps = [later - earlier for earlier, later in itertools.pairwise(tries)]
    assert gaps[-1] > 1.5 * gaps[0] and max(gaps) < 0.2 + 0.15  # backs off, up to the most
    player.play(constant_wav(tmp_path / "dropped.wav", 2000, 10))
    qtbot.wait(20)
    assert found == [NO_AUDIO_OUTPUT] and recovered == []  # said once
    assert player.problem() == NO_AUDIO_OUTPUT
    output.fail_writes_after = None
    output.fail_open = False  # back
    qtbot.waitUntil(lambda: player.problem() is None, timeout=3000)
    assert recovered == [True] and output.writes("cue", 2000) == []  # what came meanwhile: unsaid
    changes = record_playing(player)
    player.play(constant_wav(tmp_path / "next.wav", 3000, 10))
    player.tone(constant_wav(tmp_path / "beep.wav", 4000, 10))
    qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
    qtbot.waitUntil(lambda: len(output.writes("tone", 4000)) == 10, timeout=3000)
    assert len(output.writes("cue", 3000)) == 10 and found == [NO_AUDIO_OUTPUT]


def test_speech_comes_back_with_the_sound_server(
    qtbot: QtBot, output: FakeOutput, without_server: SpeakerOnFakeServer
) -> None:
    """No server at start: the speaker says speech is off, yet renders on; when the server
    answers, `available`, and a cue is heard."""
    speaker, renderer = without_server
    with qtbot.waitSignal(speaker.unavailable, timeout=3000):
        pass
    speaker.prepare(["Stand still."])
    qtbot.waitUntil(lambda: renderer.texts == ["Stand still."], timeout=3000)
    speaker.say("Stand still.")  # off: nothing is sent
    assert output.writes("cue") == []
    output.fail_open = False
    with qtbot.waitSignal(speaker.available, timeout=3000):
        pass
    assert speaker.problem is None
    assert isinstance(speaker.player, PulsePlayer)
    with qtbot.waitSignal(speaker.player.playingChanged, timeout=3000) as started:
        speaker.say("Stand still.")
    assert started.args == [True]


def test_an_engine_that_fails_while_the_sound_is_lost_keeps_speech_off(
    qtbot: QtBot, output: FakeOutput, without_server: SpeakerOnFakeServer
) -> None:
    """Sound lost, then the engine fails too: when the sound is back, speech stays off and the
    engine's problem is what is said now (never `available`)."""
    speaker, renderer = without_server
    said: list[str] = []
    back: list[bool] = []
    speaker.unavailable.connect(said.append)
    speaker.available.connect(lambda: back.append(True))
    qtbot.waitUntil(lambda: said == [NO_AUDIO_OUTPUT], timeout=3000)
    renderer.render_fails = RuntimeError("espeak crashed")
    speaker.prepare(["Stand still."])
    qtbot.waitUntil(lambda: speaker._engine_problem is not None, timeout=3000)
    assert speaker.problem == NO_AUDIO_OUTPUT  # still what the user was told
    output.fail_open = False
    qtbot.waitUntil(lambda: len(said) == 2, timeout=3000)
    assert "espeak crashed" in said[1] and speaker.problem == said[1]
    qtbot.wait(50)
    assert back == []


def test_a_real_wav_is_heard_at_a_real_sink(
    qtbot: QtBot, pulse_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse_server)
    recorder = Recorder(pulse_server)
    player = PulsePlayer()
    try:
        assert player.problem() is None
        qtbot.waitUntil(lambda: recorder.recorded() > 2000, timeout=5000)  # parec is listening
        assert recorder.peak() < 100  # silence so far
        tone = tmp_path / "tone.wav"
        wav.write_tone(tone, hertz=440.0, length=0.3)  # half of full scale
        found: list[str] = []
        player.problemFound.connect(found.append)
        with qtbot.waitSignal(player.playingChanged, timeout=3000) as started:
            player.play(str(tone))
        assert started.args == [True]
        with qtbot.waitSignal(player.playingChanged, timeout=3000) as ended:
            pass
        assert ended.args == [False]
        qtbot.waitUntil(lambda: recorder.peak() > 8000, timeout=3000)
        assert found == []
    finally:
        player.close()
        recorder.close()


def test_a_real_server_that_restarts_is_heard_again(
    qtbot: QtBot, pulse_daemon: PulseDaemon, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real daemon stops mid-session (problemFound) and starts again on the same socket:
    the player finds it by itself (recovered), and the next tone is heard at its sink."""
    monkeypatch.setenv("PULSE_SERVER", pulse_daemon.server)
    monkeypatch.setattr(pulse, "RETRY_SECONDS", 0.2)
    monkeypatch.setattr(pulse, "RETRY_MAX_SECONDS", 0.4)
    tone = tmp_path / "tone.wav"
    wav.write_tone(tone, hertz=440.0, length=0.3)
    player = PulsePlayer()
    recorder: Recorder | None = None
    try:
        with qtbot.waitSignal(player.playingChanged, timeout=3000):
            player.play(str(tone))
        pulse_daemon.stop()
        with qtbot.waitSignal(player.problemFound, timeout=5000) as lost:
            player.play(str(tone))  # written into a connection that is gone
        assert lost.args == [NO_AUDIO_OUTPUT] and player.problem() == NO_AUDIO_OUTPUT
        pulse_daemon.start()
        with qtbot.waitSignal(player.recovered, timeout=5000):
            pass
        assert player.problem() is None
        recorder = Recorder(pulse_daemon.server)
        qtbot.waitUntil(lambda: recorder is not None and recorder.recorded() > 2000, timeout=5000)
        player.play(str(tone))
        qtbot.waitUntil(lambda: recorder is not None and recorder.peak() > 8000, timeout=3000)
        # The tone output's stream was opened before the restart: it is not used stale.
        found: list[str] = []
        player.problemFound.connect(found.append)
        player.tone(str(tone))
        qtbot.wait(600)
        assert found == [] and player.problem() is None
    finally:
        player.close()
        if recorder is not None:
            recorder.close()
