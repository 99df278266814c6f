"""The listening indicator: its states from the real listener (a fake microphone), offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.settings import Settings
from cramp_coach.speech import listener as listener_module
from cramp_coach.speech.listener import CommandListener, Hearing
from cramp_coach.speech.microphone import NoMicrophoneError
from cramp_coach.ui import announce as announcing
from cramp_coach.ui.listening_indicator import indicator_view
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context, on_screen
from tests.fakes import ManualClock
from tests.speech.test_microphone import NoRecognizer, microphones

pytest.importorskip("pocketsphinx")  # the listener's segmenter


def test_each_state_shows_a_word_and_only_changes_that_matter_are_news() -> None:
    assert indicator_view("off", "listening", None).text == ""
    listening = indicator_view("listening", "starting", None)
    assert listening.text == "● Listening" and listening.news == "Listening for voice commands."
    speaking = indicator_view("muted", "listening", None)
    assert speaking.text == "Speaking…" and speaking.news == ""  # every cue: not news
    assert indicator_view("listening", "muted", None).news == ""
    assert indicator_view("listening", "unavailable", None).news == ""  # the window says back
    off = indicator_view("unavailable", "listening", "Voice commands are off: no microphone.")
    assert off.text == "Not listening"
    assert off.description == off.news == "Voice commands are off: no microphone."


plugged: list[bool] = []  # the test plugs a microphone in


@pytest.fixture
def window(
    qtbot: QtBot,
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    monkeypatch.setattr(listener_module, "RETRY_SECONDS", 0.02)
    monkeypatch.setattr(listener_module, "RETRY_MAX_SECONDS", 0.1)
    context = make_context(routine, settings, clock)
    make, _ = microphones((3, "the stream stopped"))

    def unplugged_until_asked() -> object:
        """The first microphone; after it is lost, none until the test plugs one in."""
        if made and not plugged:
            raise NoMicrophoneError("no microphone found")
        made.append(True)
        return make()

    made: list[bool] = []
    context.listener = CommandListener(
        make_source=unplugged_until_asked,  # type: ignore[arg-type]
        make_recognizer=NoRecognizer,  # type: ignore[arg-type]
    )
    win = on_screen(qtbot, MainWindow(context))
    plugged.clear()
    yield win
    context.listener.stop()
    win.close()


def test_the_indicator_follows_the_listener_on_both_screens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Hidden while hands-free is off; "Listening", then "Speaking…" while a cue plays; the
    microphone lost: "Not listening" with the line as its description, said to a screen reader
    once; found again: listening, and "Voice commands are back" in the status line."""
    news: list[str] = []
    stop = announcing.listen(lambda item: news.append(item.text))
    try:
        home = window.home.listening
        assert home.isHidden()
        listener = window.context.listener
        assert listener is not None
        window.session.start_listening()
        with qtbot.waitSignal(listener.unavailable, timeout=5_000):
            window.set_hands_free(True)
        assert home.text() == "Not listening"
        assert home.isVisible()
        assert home.accessibleName() == "Voice commands off"
        assert home.accessibleDescription() == listener.reason == home.toolTip()
        assert "the microphone was lost (the stream stopped)" in home.accessibleDescription()
        with qtbot.waitSignal(listener.available, timeout=5_000):
            plugged.append(True)
        assert home.text() == "● Listening" and home.accessibleName() == "Voice commands on"
        assert window.statusBar().currentMessage() == "Voice commands are back."
        listener.set_muted(True)
        assert home.text() == "Speaking…"
        listener.set_muted(False)
        qtbot.keyClick(window.home.start_button, Qt.Key.Key_Return)
        routine = window.routine_screen.listening
        assert routine.isVisible() and routine.text() == "● Listening"
        if os.environ.get("CRAMP_COACH_SHOTS"):
            window.grab().save(str(Path(os.environ["CRAMP_COACH_SHOTS"]) / "listening.png"))
        window.set_hands_free(False)
        assert routine.isHidden() and listener.state is Hearing.OFF
    finally:
        stop()
    assert news.count("Listening for voice commands.") == 1  # once, by the screen in use
    assert sum("microphone was lost" in line for line in news) == 1
    assert "Voice commands are back." in news
