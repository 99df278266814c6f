"""A microphone that stops is reported once and looked for again, through the listener's thread."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QThread, QTimer
from pytestqt.qtbot import QtBot

from cramp_coach.speech import listener as listener_module
from cramp_coach.speech.listener import CommandListener, Hearing
from cramp_coach.speech.microphone import LostSink, NoMicrophoneError, PcmSink, WatchedSource
from cramp_coach.speech.recognition import MODEL_RATE, Command

pytest.importorskip("pocketsphinx")  # the listener's segmenter


class NoRecognizer:
    """Never hears a command (these tests are about the audio, not the words)."""

    def recognize(self, pcm: bytes, sample_rate: int) -> Command | None:
        return None


class FakeMicrophone:
    """A WatchedSource: feeds `chunks` of silence when started; then, if `loses`, its stream
    stops, as a microphone unplugged or a sound server killed, and it says so (later, from its
    thread's event loop, as the real one's watchdog does)."""

    def __init__(self, chunks: int, loses: str | None, opened: list[str]) -> None:
        self.sample_rate = MODEL_RATE
        self._chunks = chunks
        self._loses = loses
        self._lost: LostSink | None = None
        self._opened = opened
        self.stopped = False

    def watch(self, lost: LostSink) -> None:
        self._lost = lost

    def start(self, sink: PcmSink) -> None:
        thread = QThread.currentThread()
        self._opened.append(thread.objectName() if thread is not None else "")
        for _ in range(self._chunks):
            sink(bytes(MODEL_RATE // 10 * 2))
        if self._loses is not None:
            QTimer.singleShot(0, self._lose)

    def _lose(self) -> None:
        if self._lost is not None and not self.stopped:
            self._lost(self._loses or "")

    def stop(self) -> None:
        self.stopped = True


def microphones(*plan: tuple[int, str | None] | None) -> tuple[Callable[[], object], list[str]]:
    """A make_source giving, one per call, a FakeMicrophone (chunks, loses) or, for None, no
    microphone at all; after the plan, microphones that work."""
    opened: list[str] = []
    calls = iter(plan)

    def make() -> FakeMicrophone:
        step = next(calls, (1, None))
        if step is None:
            raise NoMicrophoneError("no microphone found")
        return FakeMicrophone(*step, opened)

    return make, opened


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listener_module, "RETRY_SECONDS", 0.02)
    monkeypatch.setattr(listener_module, "RETRY_MAX_SECONDS", 0.1)


def record(listener: CommandListener) -> tuple[list[str], list[bool], list[Hearing]]:
    lines: list[str] = []
    back: list[bool] = []
    states: list[Hearing] = []
    listener.unavailable.connect(lines.append)
    listener.available.connect(lambda: back.append(True))
    listener.hearingChanged.connect(states.append)
    return lines, back, states


def test_the_fake_is_a_watched_source() -> None:
    assert isinstance(FakeMicrophone(0, None, []), WatchedSource)


def test_a_microphone_that_stops_is_reported_once_and_found_again(
    qtbot: QtBot, fast_retries: None, listeners: list[CommandListener]
) -> None:
    """It works, then its stream stops: one line; it is looked for again (in the listener's
    thread, not the GUI's), missing twice and silent once without a second line; when audio
    comes again, `available`, and the indicator's state follows."""
    make, opened = microphones((3, "the stream stopped"), None, None, (0, "no sound"), (2, None))
    listener = CommandListener(make_source=make, make_recognizer=NoRecognizer)  # type: ignore[arg-type]
    listeners.append(listener)
    lines, back, states = record(listener)
    with qtbot.waitSignal(listener.unavailable, timeout=5_000):
        assert listener.start()
    assert lines == ["Voice commands are off: the microphone was lost (the stream stopped)."]
    assert listener.reason == lines[0] and not listener.active
    with qtbot.waitSignal(listener.available, timeout=5_000):
        pass
    assert lines == [lines[0]] and back == [True]  # said once each, though lost three times
    assert listener.reason is None and listener.active
    assert states == [Hearing.STARTING, Hearing.LISTENING, Hearing.UNAVAILABLE, Hearing.LISTENING]
    assert len(opened) == 3 and set(opened) == {"voice-commands"}


def test_muted_and_off_states(qtbot: QtBot, listeners: list[CommandListener]) -> None:
    make, _ = microphones()
    listener = CommandListener(make_source=make, make_recognizer=NoRecognizer)  # type: ignore[arg-type]
    listeners.append(listener)
    _, _, states = record(listener)
    with qtbot.waitSignal(
        listener.hearingChanged, timeout=5_000, check_params_cb=lambda s: s is Hearing.LISTENING
    ):
        listener.start()
    listener.set_muted(True)
    listener.set_muted(False)
    listener.stop()
    assert states == [
        Hearing.STARTING,
        Hearing.LISTENING,
        Hearing.MUTED,
        Hearing.LISTENING,
        Hearing.OFF,
    ]
    assert listener.state is Hearing.OFF


def test_no_microphone_at_start_is_looked_for_again(
    qtbot: QtBot,
    fast_retries: None,
    monkeypatch: pytest.MonkeyPatch,
    listeners: list[CommandListener],
) -> None:
    """No microphone when hands-free starts: one line; one plugged in later is found (Qt's
    device list is asked again, on the GUI thread: it costs nothing); voice commands are back."""
    inputs: list[object] = []

    class Devices:
        @staticmethod
        def audioInputs() -> list[object]:  # noqa: N802 (Qt's name)
            return inputs

    make, _ = microphones()
    monkeypatch.setattr(listener_module, "QMediaDevices", Devices)
    monkeypatch.setattr(listener_module, "listening_microphone", make)
    listener = CommandListener(make_recognizer=NoRecognizer)  # type: ignore[arg-type]
    listeners.append(listener)
    lines, back, _ = record(listener)
    assert listener.start() is False
    assert lines == ["Voice commands are off: no microphone found."]
    assert listener.state is Hearing.UNAVAILABLE
    qtbot.wait(150)  # some looks that find nothing: no second line
    assert lines == ["Voice commands are off: no microphone found."] and not listener.active
    inputs.append(object())
    with qtbot.waitSignal(listener.available, timeout=5_000):
        pass
    assert listener.active and listener.state is Hearing.LISTENING and back == [True]


def test_stopping_stops_looking(
    qtbot: QtBot, fast_retries: None, listeners: list[CommandListener]
) -> None:
    make, opened = microphones((1, "gone"))
    listener = CommandListener(make_source=make, make_recognizer=NoRecognizer)  # type: ignore[arg-type]
    listeners.append(listener)
    with qtbot.waitSignal(listener.unavailable, timeout=5_000):
        listener.start()
    listener.stop()
    count = len(opened)
    qtbot.wait(150)
    assert len(opened) == count and listener.state is Hearing.OFF
