"""The real speaker's scheduling with a fake renderer and player: stale cues, mute, faults."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cramp_coach.speech import wav
from cramp_coach.speech.cached import CachedSpeaker
from cramp_coach.speech.render import SpeechUnavailable
from cramp_coach.speech.worker import HUNG
from tests.journal.test_unavailable import full_disk
from tests.other_user import as_other, python_for_other, shared_folder
from tests.speech.engine_fakes import SECONDS_PER_WORD, FakePlayer, FakeRenderer

MakeSpeaker = Callable[..., CachedSpeaker]


@pytest.fixture
def renderer() -> Iterator[FakeRenderer]:
    fake = FakeRenderer()
    yield fake
    fake.gate.set()  # never leave a worker thread waiting behind a test


@pytest.fixture
def player(renderer: FakeRenderer) -> FakePlayer:
    return FakePlayer(renderer)


@pytest.fixture
def make_speaker(
    qapp: object, tmp_path: Path, renderer: FakeRenderer, player: FakePlayer
) -> Iterator[MakeSpeaker]:
    made: list[CachedSpeaker] = []

    def make(timeout: float = 3.0, with_player: FakePlayer | None = None) -> CachedSpeaker:
        speaker = CachedSpeaker(tmp_path / "cues", renderer, with_player or player, timeout)
        made.append(speaker)
        return speaker

    yield make
    renderer.gate.set()
    for speaker in made:
        speaker.close()
        speaker.deleteLater()


def wait_rendered(qtbot: QtBot, speaker: CachedSpeaker, *texts: str) -> None:
    qtbot.waitUntil(lambda: all(speaker.duration(t) is not None for t in texts), timeout=3000)


def test_a_prepared_cue_starts_within_the_call(
    qtbot: QtBot, make_speaker: MakeSpeaker, player: FakePlayer
) -> None:
    speaker = make_speaker()
    speaker.prepare(["Hold the stretch"])
    wait_rendered(qtbot, speaker, "Hold the stretch")
    speaker.say("Hold the stretch")
    assert player.played == ["Hold the stretch"]  # no turn of the event loop needed


def test_a_cue_not_yet_rendered_plays_once_rendered(
    qtbot: QtBot, make_speaker: MakeSpeaker, player: FakePlayer
) -> None:
    speaker = make_speaker()
    speaker.say("Ease off slowly")
    qtbot.waitUntil(lambda: player.played == ["Ease off slowly"], timeout=3000)
    assert player.off_gui_thread == 0


def test_a_cue_overtaken_while_rendering_is_dropped(
    qtbot: QtBot, make_speaker: MakeSpeaker, renderer: FakeRenderer, player: FakePlayer
) -> None:
    speaker = make_speaker()
    qtbot.waitUntil(lambda: bool(speaker.voices), timeout=3000)
    renderer.gate.clear()
    speaker.say("three")
    assert renderer.entered.wait(3)  # the worker is busy with "three"
    speaker.say("two")  # queued behind it, then overtaken before its turn: never rendered
    speaker.say("one")
    renderer.gate.set()
    wait_rendered(qtbot, speaker, "one")
    assert player.played == ["one"]
    assert renderer.texts == ["three", "one"]


def test_a_pause_drops_the_cue_still_rendering(
    qtbot: QtBot, make_speaker: MakeSpeaker, renderer: FakeRenderer, player: FakePlayer
) -> None:
    speaker = make_speaker()
    renderer.gate.clear()
    speaker.say("three, two, one, release")
    assert renderer.entered.wait(3)  # rendering has begun, so the file will arrive
    speaker.stop()
    renderer.gate.set()
    wait_rendered(qtbot, speaker, "three, two, one, release")
    assert player.played == []
    assert player.calls[-1][0] in ("stop", "load")


def test_a_new_cue_cuts_the_one_playing(
    qtbot: QtBot, make_speaker: MakeSpeaker, player: FakePlayer
) -> None:
    speaker = make_speaker()
    speaker.prepare(["ten seconds", "five seconds"])
    wait_rendered(qtbot, speaker, "ten seconds", "five seconds")
    speaker.say("ten seconds")
    speaker.say("five seconds")
    heard = [call for call in player.calls if call[0] in ("play", "stop")]
    assert heard[-3:] == [("play", "ten seconds"), ("stop", ""), ("play", "five seconds")]


def test_muting_silences_at_once_and_keeps_cues_and_beeps_quiet(
    qtbot: QtBot, make_speaker: MakeSpeaker, player: FakePlayer
) -> None:
    speaker = make_speaker()
    speaker.prepare(["Hold"])
    wait_rendered(qtbot, speaker, "Hold")
    speaker.say("Hold")
    speaker.set_muted(True)
    assert player.calls[-1] == ("stop", "")
    speaker.say("Hold")
    speaker.beep()
    assert player.played == ["Hold"] and player.tones == []
    assert speaker.muted
    speaker.set_muted(False)
    speaker.say("Hold")
    speaker.beep()
    assert player.played == ["Hold", "Hold"] and len(player.tones) == 1


def test_a_cue_rendering_when_muted_stays_silent(
    qtbot: QtBot, make_speaker: MakeSpeaker, renderer: FakeRenderer, player: FakePlayer
) -> None:
    speaker = make_speaker()
    renderer.gate.clear()
    speaker.say("Release")
    assert renderer.entered.wait(3)
    speaker.set_muted(True)
    renderer.gate.set()
    wait_rendered(qtbot, speaker, "Release")
    assert player.played == []


def test_duration_is_known_once_rendered_and_is_the_audible_length(
    qtbot: QtBot, make_speaker: MakeSpeaker
) -> None:
    speaker = make_speaker()
    assert speaker.duration("Relax your foot now") is None
    speaker.prepare(["Relax your foot now"])
    wait_rendered(qtbot, speaker, "Relax your foot now")
    assert speaker.duration("Relax your foot now") == pytest.approx(4 * SECONDS_PER_WORD, abs=0.03)


def test_a_new_rate_renders_the_prepared_cues_again(
    qtbot: QtBot, make_speaker: MakeSpeaker, renderer: FakeRenderer
) -> None:
    speaker = make_speaker()
    speaker.prepare(["Hold"])
    wait_rendered(qtbot, speaker, "Hold")
    speaker.set_rate(220)
    speaker.set_voice("gmw/en-us")
    assert speaker.duration("Hold") is None  # the old rendering no longer matches
    wait_rendered(qtbot, speaker, "Hold")
    assert ("Hold", "gmw/en-us", 220) in renderer.rendered


def test_replaced_cues_are_not_rendered_again(
    qtbot: QtBot, make_speaker: MakeSpeaker, renderer: FakeRenderer
) -> None:
    """Another language: the texts prepared before are not rendered again in the new voice."""
    speaker = make_speaker()
    speaker.prepare(["Hold"])
    wait_rendered(qtbot, speaker, "Hold")
    speaker.prepare(["Mantenga"], replace=True)
    wait_rendered(qtbot, speaker, "Mantenga")
    speaker.set_voice("roa/es")
    wait_rendered(qtbot, speaker, "Mantenga")
    assert [r for r in renderer.rendered if r[1] == "roa/es"] == [
        ("Mantenga", "roa/es", speaker.rate)
    ]


def test_cues_rendered_in_an_earlier_run_are_reused(
    qtbot: QtBot, make_speaker: MakeSpeaker, renderer: FakeRenderer
) -> None:
    first = make_speaker()
    first.prepare(["Hold"])
    wait_rendered(qtbot, first, "Hold")
    first.close()
    second = make_speaker()
    second.prepare(["Hold"])
    wait_rendered(qtbot, second, "Hold")
    assert renderer.texts == ["Hold"]


def test_volume_is_applied_at_playback(make_speaker: MakeSpeaker, player: FakePlayer) -> None:
    speaker = make_speaker()
    speaker.set_volume(0.4)
    assert player.volume == pytest.approx(0.4)


def test_beep_plays_a_tone_file(make_speaker: MakeSpeaker, player: FakePlayer) -> None:
    speaker = make_speaker()
    speaker.beep()
    assert player.tones == ["beep-880hz-150ms.wav"]


def test_a_renderer_that_raises_turns_speech_off_with_one_line(
    qtbot: QtBot, make_speaker: MakeSpeaker, renderer: FakeRenderer, player: FakePlayer
) -> None:
    renderer.render_fails = OSError("espeak exploded")
    speaker = make_speaker()
    with qtbot.waitSignal(speaker.unavailable, timeout=3000) as blocker:
        speaker.say("Hold")
    reason = blocker.args[0]
    assert reason.startswith("Speech is off:") and "espeak exploded" in reason
    assert "\n" not in reason and speaker.problem == reason
    speaker.say("Hold")
    speaker.beep()  # the fallback still sounds
    assert player.played == [] and len(player.tones) == 1


def test_an_engine_that_cannot_start_reports_why(
    qtbot: QtBot, make_speaker: MakeSpeaker, renderer: FakeRenderer
) -> None:
    renderer.open_fails = SpeechUnavailable("Speech is off: espeak-ng is not installed (fix)")
    speaker = make_speaker()
    with qtbot.waitSignal(speaker.unavailable, timeout=3000) as blocker:
        pass
    assert blocker.args == ["Speech is off: espeak-ng is not installed (fix)"]
    assert speaker.problem == blocker.args[0]


@pytest.mark.parametrize("hangs_in", ["open", "render"])
def test_a_hung_engine_never_blocks_say_and_is_reported(
    qtbot: QtBot,
    make_speaker: MakeSpeaker,
    renderer: FakeRenderer,
    player: FakePlayer,
    hangs_in: str,
) -> None:
    renderer.gate.clear()  # never released until teardown: a hung engine
    renderer.open_waits = hangs_in == "open"
    speaker = make_speaker(timeout=0.3)
    with qtbot.waitSignal(speaker.unavailable, timeout=3000) as blocker:
        started = time.perf_counter()
        for _ in range(20):
            speaker.say("three")
            speaker.prepare(["two"])
            speaker.stop()
        took = time.perf_counter() - started
    assert took < 0.05
    assert blocker.args == [HUNG]
    speaker.say("one")
    speaker.beep()
    assert player.played == [] and len(player.tones) == 1


def test_no_audio_output_reports_it_and_leaves_the_engine_alone(
    qtbot: QtBot, make_speaker: MakeSpeaker, renderer: FakeRenderer
) -> None:
    silent = FakePlayer(renderer, problem="Speech is off: no audio output was found (fix)")
    speaker = make_speaker(with_player=silent)
    with qtbot.waitSignal(speaker.unavailable, timeout=3000) as blocker:
        pass
    assert blocker.args == ["Speech is off: no audio output was found (fix)"]
    speaker.say("Hold")
    speaker.prepare(["Hold"])
    qtbot.wait(50)  # nothing may arrive from an engine that should never have been started
    assert renderer.opened == 0 and renderer.rendered == []
    assert silent.played == []


def test_warm_up_plays_silence_once_speech_works(qapp: object, tmp_path: Path) -> None:
    renderer = FakeRenderer()
    player = FakePlayer(renderer)
    speaker = CachedSpeaker(cache_dir=tmp_path, renderer=renderer, player=player)
    speaker.warm_up()
    tones = [call for call in player.calls if call[0] == "tone"]
    assert tones == [("tone", "silence-100ms.wav")]
    speaker.close()


def test_the_speaker_says_when_a_cue_is_heard(
    make_speaker: Callable[..., CachedSpeaker], renderer: FakeRenderer
) -> None:
    """The voice-command listener is muted from this signal: it must come through the speaker,
    which is what the app holds, not only through its player."""
    from PySide6.QtCore import QObject, Signal

    class Playing(QObject):
        playingChanged = Signal(bool)  # noqa: N815 (Qt naming)

    playing = Playing()
    player = FakePlayer(renderer)
    player.playingChanged = playing.playingChanged  # type: ignore[attr-defined]
    speaker = make_speaker(with_player=player)
    heard: list[bool] = []
    speaker.playingChanged.connect(heard.append)
    playing.playingChanged.emit(True)
    playing.playingChanged.emit(False)
    assert heard == [True, False]


def test_an_app_whose_cues_are_all_cached_never_opens_the_engine(
    qtbot: QtBot, tmp_path: Path, renderer: FakeRenderer, player: FakePlayer
) -> None:
    """The second start: every cue is on disk, so pyttsx3/espeak-ng is not even loaded; a
    new cue, or the voices being asked for, open it then."""
    first = CachedSpeaker(tmp_path / "cues", renderer, player)
    first.prepare(["Stop running."])
    wait_rendered(qtbot, first, "Stop running.")
    first.close()
    opened_before = renderer.opened

    again = CachedSpeaker(tmp_path / "cues", renderer, player, open_engine_early=False)
    try:
        again.prepare(["Stop running."])
        wait_rendered(qtbot, again, "Stop running.")
        again.say("Stop running.")
        assert renderer.opened == opened_before  # played from the cache alone
        with qtbot.waitSignal(again.voicesChanged, timeout=3000):
            again.load_voices()
        assert renderer.opened == opened_before + 1 and again.voices
        again.prepare(["A new cue."])
        wait_rendered(qtbot, again, "A new cue.")
        assert renderer.opened == opened_before + 1  # opened once
        assert "A new cue." in renderer.texts
    finally:
        again.close()


def test_a_missing_cue_opens_the_engine_when_it_was_left_closed(
    qtbot: QtBot, tmp_path: Path, renderer: FakeRenderer, player: FakePlayer
) -> None:
    speaker = CachedSpeaker(tmp_path / "cues", renderer, player, open_engine_early=False)
    try:
        assert renderer.opened == 0
        speaker.prepare(["Hold."])
        wait_rendered(qtbot, speaker, "Hold.")
        assert renderer.opened == 1
    finally:
        speaker.close()


def test_an_engine_left_closed_that_cannot_start_is_reported_when_needed(
    qtbot: QtBot, tmp_path: Path, renderer: FakeRenderer, player: FakePlayer
) -> None:
    renderer.open_fails = SpeechUnavailable("Speech is off: espeak-ng is not installed")
    speaker = CachedSpeaker(tmp_path / "cues", renderer, player, open_engine_early=False)
    try:
        with qtbot.waitSignal(speaker.unavailable, timeout=3000) as told:
            speaker.say("Hold.")
        assert "espeak-ng" in told.args[0]
    finally:
        speaker.close()


# -- the cache folder: issue 18, 5 -----------------------------------------------------------


def test_a_corrupt_cached_cue_is_rendered_again_and_speech_stays_on(
    qtbot: QtBot, tmp_path: Path, renderer: FakeRenderer, player: FakePlayer
) -> None:
    """A cue file cut short or overwritten (wave.Error, not OSError) turned speech off for good,
    blaming espeak-ng; the beep file too is written again when it is broken."""
    first = CachedSpeaker(tmp_path / "cues", renderer, player)
    first.prepare(["Stop running."])
    wait_rendered(qtbot, first, "Stop running.")
    first.close()
    cues = [p for p in (tmp_path / "cues").glob("*.wav") if p.name in renderer.text_of]
    assert len(cues) == 1
    cues[0].write_bytes(b"RIFF\x24\x00\x00\x00WAVEjunk that is no wave at all")
    (tmp_path / "cues" / "beep-880hz-150ms.wav").write_bytes(b"garbage")
    renderer.rendered.clear()

    again = CachedSpeaker(tmp_path / "cues", renderer, player)
    try:
        again.prepare(["Stop running."])
        wait_rendered(qtbot, again, "Stop running.")
        assert again.problem is None
        assert renderer.texts == ["Stop running."]  # rendered anew
        assert wav.seconds(cues[0]) > 0
        again.beep()
        assert wav.seconds(tmp_path / "cues" / "beep-880hz-150ms.wav") > 0
    finally:
        again.close()


_READ_ONLY_CACHE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from cramp_coach.speech.cached import CachedSpeaker
from tests.speech.engine_fakes import FakePlayer, FakeRenderer

app = QCoreApplication([])
player = FakePlayer(FakeRenderer())
speaker = CachedSpeaker(Path(sys.argv[1]), player=player)  # the real engine, in its process
speaker.unavailable.connect(lambda line: (print(json.dumps({"off": line})), app.quit()))
speaker.prepare(["Hold the stretch."])
speaker.say("Hold the stretch.")

def done():
    if speaker.duration("Hold the stretch.") is None:
        QTimer.singleShot(20, done)
        return
    speaker.beep()
    print(json.dumps({"played": [c for c in player.calls if c[0] in ("play", "tone")]}))
    app.quit()

QTimer.singleShot(20, done)
QTimer.singleShot(60000, app.quit)
app.exec()
speaker.close()
"""


def test_a_read_only_cache_folder_keeps_speech_on() -> None:
    """As a real unprivileged user whose cache folder they may not write to: cues are rendered
    into a temporary folder, and played (speech went off, blaming espeak-ng)."""
    python, env = python_for_other()
    with shared_folder() as shared:
        cache = shared / "cues"  # root's, 0755: the other user may read it, not write in it
        cache.mkdir()
        env = dict(env, HOME=str(shared), QT_QPA_PLATFORM="offscreen")
        done = as_other([python, "-c", _READ_ONLY_CACHE, str(cache)], env, timeout=90)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert "off" not in seen, seen
    assert [what for what, _ in seen["played"]] == ["play", "tone"]
    assert "caching them in" in done.stderr


def test_a_full_disk_turns_speech_off_saying_so_not_blaming_espeak(
    qtbot: QtBot, tmp_path: Path, renderer: FakeRenderer, player: FakePlayer
) -> None:
    """No file may grow (the cache and every temporary folder): the speaker is still made (the
    beep's spare folder raised FileNotFoundError on the GUI thread), and the line says why."""
    with full_disk():
        speaker = CachedSpeaker(tmp_path / "cues", renderer, player)
        try:
            with qtbot.waitSignal(speaker.unavailable, timeout=3000) as told:
                speaker.prepare(["Hold."])
        finally:
            speaker.close()
    assert told.args[0].startswith("Speech is off: the spoken cues cannot be saved (")
    assert "espeak" not in told.args[0]
