"""The composition root: each part made when first asked, fakes handed in the same way, closed
newest first; this run's hold and hands-free; the language and its routine."""

from __future__ import annotations

import dataclasses
import logging
import sys
import threading
import types
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from cramp_coach import i18n
from cramp_coach.content import ContentError, Routine
from cramp_coach.context import AppContext
from cramp_coach.journal import recorder
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.journal.store import Journal
from cramp_coach.settings import Settings
from cramp_coach.speech import cached
from tests.fakes import FakeSpeaker, ManualClock

PARTS = ("clock", "speaker", "listener", "journal")
T0 = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)


class Engine(QObject):
    """Stands in for the speaker, the listener or the journal; records when it is closed."""

    playingChanged = Signal(bool)  # noqa: N815 (Qt naming): the speaker's, the listener hears it

    def __init__(self, name: str, closed: list[str]) -> None:
        super().__init__()
        self.name = name
        self.closed = closed

    def close(self) -> None:
        self.closed.append(self.name)

    def stop(self) -> None:
        self.closed.append(self.name)

    def set_voice(self, voice: str | None) -> None: ...

    def set_rate(self, rate: int) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def set_muted(self, muted: bool) -> None: ...


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The journal, speaker and listener the context makes are Engines: what they say when
    closed, in order. The real microphone module is never even imported."""
    closed: list[str] = []

    def make(name: str) -> Any:
        return lambda *_: Engine(name, closed)

    monkeypatch.setattr(recorder, "JournalWriter", make("journal"))
    monkeypatch.setattr(cached, "CachedSpeaker", lambda **_: Engine("speaker", closed))
    listener = types.ModuleType("cramp_coach.speech.listener")
    listener.CommandListener = make("listener")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cramp_coach.speech.listener", listener)
    return closed


# -- made when first asked ------------------------------------------------------------------------


def test_a_new_context_has_made_nothing(routine: Routine, settings: Settings) -> None:
    context = AppContext(routine, settings)
    assert [part for part in PARTS if context.made(part)] == []
    context.close()  # and closing it makes nothing either
    assert [part for part in PARTS if context.made(part)] == []


def test_a_fake_assigned_before_the_first_read_is_the_part(
    routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    context = AppContext(routine, settings)
    speaker = FakeSpeaker(clock)
    context.speaker = speaker
    context.clock = clock
    context.journal = None  # no journal at all
    assert context.speaker is speaker and context.clock is clock and context.journal is None
    assert context.made("speaker") and context.made("clock") and context.made("journal")
    assert not context.made("listener")


def test_each_part_is_made_once(qapp: object, routine: Routine, settings: Settings) -> None:
    context = AppContext(routine, settings)
    clock = context.clock
    assert context.made("clock") and context.clock is clock
    assert abs(clock.now() - context.clock.now()) < 60  # a real, monotonic clock
    assert [part for part in PARTS if context.made(part)] == ["clock"]


def test_the_journal_is_a_real_sqlite_file_in_the_data_folder(
    qapp: object,
    routine: Routine,
    settings: Settings,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    context = AppContext(routine, settings)
    writer = context.journal
    try:
        assert isinstance(writer, JournalWriter) and context.made("journal")
        assert writer.path.name == "journal.db"
        assert writer.path.is_relative_to(tmp_path / "xdg_data_home")  # the XDG data folder
        writer.submit(lambda journal: journal.start_episode(T0))
        writer.flush()
    finally:
        context.close()
    journal = Journal.open(writer.path)  # written before close() returned
    try:
        (episode,) = journal.episodes()
    finally:
        journal.close()
    assert episode.started_at == T0
    with caplog.at_level(logging.WARNING):
        writer.submit(lambda journal: journal.start_episode(T0))
    assert "journal already closed" in caplog.text  # close() closed it
    assert [part for part in PARTS if context.made(part)] == ["journal"]


def test_close_closes_what_was_made_newest_first(
    qapp: object, routine: Routine, settings: Settings, stand_ins: list[str]
) -> None:
    context = AppContext(routine, settings)
    assert isinstance(context.journal, Engine)
    assert isinstance(context.listener, Engine)  # made with the speaker, just before it
    assert context.made("speaker")
    context.close()
    assert stand_ins == ["listener", "speaker", "journal"]
    context.close()
    assert stand_ins == ["listener", "speaker", "journal"]  # nothing closed twice


def test_close_leaves_alone_what_was_not_made(
    qapp: object, routine: Routine, settings: Settings, stand_ins: list[str]
) -> None:
    context = AppContext(routine, settings)
    context.speaker = FakeSpeaker()
    assert isinstance(context.journal, Engine)
    context.close()
    assert stand_ins == ["journal"]
    assert not context.made("listener") and not context.made("clock")


# -- this run's hold and hands-free ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("override", "stored", "wins"),
    [(12, 20, "override"), (12, None, "override"), (None, 20, "setting"), (None, None, "file")],
)
def test_hold_seconds_the_command_line_then_the_setting_then_the_file(
    routine: Routine,
    settings: Settings,
    override: int | None,
    stored: int | None,
    wins: str,
) -> None:
    hold = routine.hold
    assert len({12, 20, hold.seconds}) == 3 and hold.min_seconds <= 12 < 20 <= hold.max_seconds
    if stored is not None:
        settings.set_hold_seconds(stored)
    context = AppContext(routine, settings, hold_override=override)
    expected = {"override": override, "setting": stored, "file": hold.seconds}[wins]
    assert context.hold_seconds() == expected
    assert settings.warnings == []


@pytest.mark.parametrize("stored", [600, "long"])
def test_a_bad_stored_hold_falls_back_to_the_file_with_a_warning(
    routine: Routine, settings: Settings, stored: object
) -> None:
    settings.store.setValue(Settings.HOLD_SECONDS, stored)
    context = AppContext(routine, settings)
    assert context.hold_seconds() == routine.hold.seconds
    (warning,) = settings.warnings
    assert Settings.HOLD_SECONDS in warning and str(stored) in warning
    assert context.hold_seconds() == routine.hold.seconds
    assert len(settings.warnings) == 1  # said once


@pytest.mark.parametrize(
    ("override", "stored", "expected"),
    [(True, False, True), (False, True, False), (None, True, True), (None, False, False)],
)
def test_hands_free_at_start_the_command_line_then_the_setting(
    routine: Routine, settings: Settings, override: bool | None, stored: bool, expected: bool
) -> None:
    settings.set_hands_free(stored)
    context = AppContext(routine, settings, hands_free=override)
    assert context.hands_free_at_start() is expected
    assert settings.hands_free() is stored  # the command line's is not saved


# -- the language and its routine -----------------------------------------------------------------


def test_set_language_brings_the_routine_in_that_language(
    routine: Routine, settings: Settings
) -> None:
    german = dataclasses.replace(routine, language="de")
    asked: list[str] = []

    def routine_for(language: str) -> Routine:
        asked.append(language)
        return german

    context = AppContext(routine, settings, routine_for=routine_for)
    assert context.set_language("de") is None
    assert context.routine is german and context.language == "de" and asked == ["de"]
    assert context.set_language("de") is None  # already in it: not read again
    assert asked == ["de"]


def test_a_routine_that_cannot_be_read_is_one_line_and_the_old_one_stays(
    routine: Routine, settings: Settings
) -> None:
    def broken(language: str) -> Routine:
        raise ContentError(f"translations/{language}/hamstring-cramp.toml", "step 'hold'", "no cue")

    context = AppContext(routine, settings, routine_for=broken)
    problem = context.set_language("de")
    assert problem == "translations/de/hamstring-cramp.toml: step 'hold': no cue"
    assert context.language == "de"  # the app's texts change all the same
    assert context.cue_voice() == i18n.espeak_voice(routine.language)  # the cues' stays
    assert context.routine is routine


def test_set_language_without_routine_for_changes_only_the_language(
    routine: Routine, settings: Settings
) -> None:
    context = AppContext(routine, settings)
    assert context.language == routine.language
    assert context.set_language("es") is None
    assert context.language == "es" and context.routine is routine


# -- the real speaker -----------------------------------------------------------------------------


@pytest.mark.parametrize("voice", ["de", ""])
def test_the_real_speaker_has_the_settings_voice_rate_and_volume(
    qapp: object,
    routine: Routine,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    voice: str,
) -> None:
    """Cheap to make: no speech engine opens until a cue is missing, and with no sound server
    (PULSE_SERVER points nowhere) nothing can be played; close() ends its threads."""
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/no-server")
    settings.set_voice(voice)
    settings.set_rate(200)
    settings.set_volume(40)
    threads_before = set(threading.enumerate())
    context = AppContext(routine, settings)
    try:
        speaker = context.speaker
        assert isinstance(speaker, cached.CachedSpeaker)
        assert speaker.voice == (voice or i18n.espeak_voice(context.language))
        assert speaker.rate == 200 and speaker.volume == pytest.approx(0.4)
        assert context.made("speaker") and not context.made("listener")
    finally:
        context.close()
    started = set(threading.enumerate()) - threads_before
    for thread in started:  # the render thread ends after close() let it go, not within it
        thread.join(timeout=5)
    assert [thread.name for thread in started if thread.is_alive()] == []
