"""Voice commands through the real audio path (issue 16): recall per word x voice x condition and
false actions per minute, on a private PulseAudio (bench/voice_pulse.py).

Each simulated speaker has a room of its own and one long-lived `CommandListener` (the app's,
with its `QtMicrophone` on the room's microphone and its `PocketsphinxRecognizer`), which hears
all of that speaker's words, condition after condition, so the decoder's history counts. Words
are played into the room with pacat; steady noise by a second pacat; in the "cue" condition one
of the routine's cues plays into the app's output sink, which reaches the room by loopback, at
the same time as the word (the listener is not muted, as the app would mute it: this measures what
the recogniser hears; the app as it is today hears nothing while it speaks).

    .venv/bin/python -m bench.voice            # the full run, about 10 minutes
    .venv/bin/python -m bench.voice --quick    # 3 voices, 1 try per word, a short false-speech set

Writes bench/results/voice.json; `python -m bench` runs it and adds its figures to the table.
"""

from __future__ import annotations

import argparse
import array
import datetime
import json
import logging
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench import voice_audio
from bench.figures import Figure, table
from bench.voice_audio import RATE, Voice, silence
from bench.voice_pulse import PrivateRooms

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioDevice

    from cramp_coach.speech.microphone import AudioSource
    from cramp_coach.speech.recognition import Command

log = logging.getLogger("bench.voice")

RESULTS = Path(__file__).parent / "results" / "voice.json"
ROUTINE = Path(__file__).parent.parent / "assets" / "routines" / "hamstring-cramp.toml"

#: Listen through the sound server's echo canceller, as the app does when it has one
#: (--no-canceller: the microphone itself, muted while a cue plays).
CANCELLER = True

WORDS = ("ready", "better", "again", "pause", "resume", "repeat", "skip", "stop", "injury")
CONDITIONS = ("quiet", "pink", "brown", "breaths", "cue")

#: The word's active level at the microphone; noise 10 dB below it (10 dB SNR); breaths 12 dB
#: below it; a cue 6 dB below it (the user a little closer to the microphone than the speaker).
SPEECH_DBFS = -20.0
SNR_DB = 10.0
BREATH_BELOW_DB = 12.0
CUE_BELOW_DB = 6.0
BREATH_SECONDS = 0.4
BREATH_GAP_SECONDS = 0.08
#: Silence after each word, then before the next: long enough for the endpointer to end the
#: utterance (0.3 s of non-speech) and for the verdict to come back.
GAP_SECONDS = 1.0
LEAD_SECONDS = 0.2
CUE_BEFORE_SECONDS = 0.9
CUE_AFTER_SECONDS = 0.8
NOISE_PREROLL_SECONDS = 2.0
#: After the last word of a track: wait this long for its verdict.
TAIL_SECONDS = 1.5
#: An utterance's verdict comes at least this long after its audio ended (the endpointer waits
#: for 0.3 s of non-speech; measured: 0.45-0.5 s after the word in quiet).
MIN_LATENCY_SECONDS = 0.1

#: Everyday speech and near-miss words for the false-action count (spoken by every voice).
NEAR_MISSES = (
    "step", "top", "shop", "spot", "stock", "stomp", "stuff", "no", "yes", "help", "pose",
    "paws", "pours", "cause", "because", "better not", "bed", "letter", "hello", "okay",
    "thank you", "four", "ten", "two", "eight", "seventeen", "forty", "ship", "sip", "tip",
    "keep", "repair", "receipt", "remove", "result", "reading", "red", "Eddie", "agenda",
    "again and again", "energy", "enquiry", "power", "sleep", "stopwatch",
)  # fmt: skip
EVERYDAY = (
    "my leg hurts", "hold on a second", "where are my keys", "I'm fine", "let me see",
    "oh no", "come on", "good job", "what time is it", "I need some water", "wait", "go",
    "next", "done", "right", "left", "sorry", "excuse me", "see you later", "keep going",
    "almost there", "how far is it", "one more mile", "let's go", "slow down",
    "take a break", "it's okay", "all good", "ouch", "easy", "great", "nice weather today",
    "I should have stretched", "is it getting better", "stop it", "please",
)  # fmt: skip


@dataclass
class Decode:
    """One utterance the listener's recogniser decided on."""

    at: float  # time.monotonic() when decided
    seconds: float  # length of the utterance's audio
    command: str | None


@dataclass
class Slot:
    """One thing said in a track: its text and where it is in the track (seconds)."""

    text: str
    start: float
    end: float
    verdicts: list[str | None] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)  # verdict time after the word's end

    @property
    def first_command(self) -> str | None:
        return next((v for v in self.verdicts if v is not None), None)


def cue_texts() -> list[str]:
    """The routine's spoken cues, placeholders filled as the app fills them."""
    fill = {"ready": "say ready", "better": "say better", "injury": "say injury", "wait": "10"}
    fill |= {"seconds": "30", "rep": "2", "reps": "3"}
    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("cue", "wait_cue", "end_cue", "extra_cue") and isinstance(value, str):
                    texts.append(re.sub(r"\{(\w+)\}", lambda m: fill.get(m[1], "3"), value))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(tomllib.loads(ROUTINE.read_text()))
    return [text for text in texts if len(text) > 25]


class Speech:
    """The words, phrases, cues and noises of a run, synthesised once, at their levels."""

    def __init__(self, cache: Path, voices: Sequence[Voice], phrases: Sequence[str]) -> None:
        self.cache = cache
        self._words: dict[tuple[Voice, str], array.array[int]] = {}
        voice_audio.prepare(voices, [*WORDS, *phrases], cache)
        cue_voice = Voice("espeak-ng", "en-us")
        voice_audio.prepare([cue_voice], cue_texts(), cache)
        self.cues = [
            voice_audio.at_level(
                voice_audio.synthesise(cue_voice, text, cache), SPEECH_DBFS - CUE_BELOW_DB
            )
            for text in cue_texts()
        ]
        rng = random.Random(16)
        self.breaths = [
            voice_audio.breath(BREATH_SECONDS, SPEECH_DBFS - BREATH_BELOW_DB, rng) for _ in range(8)
        ]
        self.noises = {
            kind: voice_audio.noise(f"{kind}noise", 7.0, SPEECH_DBFS - SNR_DB)
            for kind in ("pink", "brown")
        }

    def said(self, voice: Voice, text: str) -> array.array[int]:
        key = (voice, text)
        if key not in self._words:
            samples = voice_audio.synthesise(voice, text, self.cache)
            self._words[key] = voice_audio.at_level(samples, SPEECH_DBFS)
        return self._words[key]


@dataclass
class Track:
    """What one speaker says into the room in one condition; `cue` plays into the app's output."""

    voice: Voice
    condition: str
    words: array.array[int]
    cue: array.array[int] | None
    slots: list[Slot]
    #: (start, end) seconds in which a cue plays: the app mutes its listener then (the listener
    #: hears on through an echo canceller once it has learnt the room).
    cue_spans: list[tuple[float, float]] = field(default_factory=list)


def word_track(
    speech: Speech, voice: Voice, condition: str, tries: int, rng: random.Random
) -> Track:
    """Every command word `tries` times, each round in a new order; over a cue, the words that
    can be said over the app's voice (listener.BARGE_IN: "pause", "stop"; anything else heard
    while it speaks is ignored by design), as many times in all."""
    from cramp_coach.speech.listener import BARGE_IN

    words = array.array("h")
    cue = array.array("h") if condition == "cue" else None
    slots: list[Slot] = []
    spans: list[tuple[float, float]] = []
    if cue is not None:
        # As in the app, a long cue first ("Stop running and stand still..."), unscored: the
        # echo canceller learns the room from it.
        first = max(speech.cues, key=len)
        cue += first
        spans.append((0.0, len(first) / RATE))
        words += silence(len(first) / RATE + GAP_SECONDS)
        cue += silence((len(words) - len(cue)) / RATE)
    barge_in = sorted(command.value for command in BARGE_IN)
    for _ in range(tries):
        order = list(WORDS) if cue is None else barge_in * (len(WORDS) // len(barge_in))
        rng.shuffle(order)
        for word in order:
            said = speech.said(voice, word)
            before = LEAD_SECONDS
            if condition == "breaths":
                words += rng.choice(speech.breaths)
                words += silence(BREATH_GAP_SECONDS)
            if condition == "cue":
                before = CUE_BEFORE_SECONDS
            words += silence(before)
            start = len(words) / RATE
            words += said
            slots.append(Slot(word, start, len(words) / RATE))
            if condition == "breaths":
                words += silence(BREATH_GAP_SECONDS)
                words += rng.choice(speech.breaths)
            if cue is not None:
                length = len(words) + round(CUE_AFTER_SECONDS * RATE) - len(cue)
                spoken = rng.choice(speech.cues)
                offset = rng.randrange(max(1, len(spoken) - length))
                spans.append((len(cue) / RATE, (len(cue) + length) / RATE))
                cue += spoken[offset : offset + length]
                cue += silence(length / RATE - len(spoken[offset : offset + length]) / RATE)
            words += silence(GAP_SECONDS + (CUE_AFTER_SECONDS if cue is not None else 0))
            if cue is not None:
                cue += silence((len(words) - len(cue)) / RATE)
    return Track(voice, condition, words, cue, slots, spans)


def phrase_track(speech: Speech, voice: Voice, phrases: Sequence[str]) -> Track:
    """Everyday speech and near misses, one after another with a pause between."""
    words = array.array("h")
    slots: list[Slot] = []
    for text in phrases:
        words += silence(LEAD_SECONDS)
        start = len(words) / RATE
        words += speech.said(voice, text)
        slots.append(Slot(text, start, len(words) / RATE))
        words += silence(GAP_SECONDS)
    return Track(voice, "everyday", words, None, slots)


class _Recording:
    """The app's recogniser, noting when it decided what about how long an utterance."""

    def __init__(self, decodes: list[Decode], lock: threading.Lock) -> None:
        from cramp_coach.speech.recognition import PocketsphinxRecognizer

        self._inner = PocketsphinxRecognizer()
        self._decodes = decodes
        self._lock = lock

    def recognize(self, pcm: bytes, sample_rate: int) -> Command | None:
        command = self._inner.recognize(pcm, sample_rate)
        decode = Decode(time.monotonic(), len(pcm) / 2 / sample_rate, command and command.value)
        with self._lock:
            self._decodes.append(decode)
        return command


class Room:
    """One speaker's room: its microphone, its long-lived listener and what that decided."""

    def __init__(self, index: int, device: QAudioDevice, server: str) -> None:
        from cramp_coach.speech.echo_cancel import EchoCanceller
        from cramp_coach.speech.listener import CommandListener
        from cramp_coach.speech.microphone import EchoCancelledMicrophone, QtMicrophone
        from cramp_coach.speech.pulse import OutputRoute

        self.index = index
        self.decodes: list[Decode] = []
        self.lock = threading.Lock()
        self.signals: Counter[str] = Counter()
        self.failed: str | None = None
        # As the app does: through the sound server's echo canceller (its master: the room's
        # microphone and the app's output), or, without one (--no-canceller), room 0 from the
        # default source and the others from theirs.
        self.canceller: EchoCanceller | None = None
        if CANCELLER:
            canceller = EchoCanceller(server, f"mic{index}", f"out{index}", suffix=f"_room{index}")
            self.canceller = canceller
            route = OutputRoute()

            def make_source() -> AudioSource:
                return EchoCancelledMicrophone(canceller, route)

        else:

            def make_source() -> AudioSource:
                return QtMicrophone() if index == 0 else QtMicrophone(device)

        self.listener = CommandListener(
            make_source=make_source,
            make_recognizer=lambda: _Recording(self.decodes, self.lock),
        )
        self.listener.heard.connect(lambda _command: self.signals.update(["heard"]))
        self.listener.unclear.connect(lambda: self.signals.update(["unclear"]))
        self.listener.listening.connect(lambda: self.signals.update(["listening"]))
        self.listener.unavailable.connect(self._unavailable)

    def _unavailable(self, reason: str) -> None:
        self.failed = reason

    def play(self, pulse: PrivateRooms, track: Track, noise: array.array[int] | None) -> None:
        """Plays `track` (and `noise` all the while) into the room; each slot gets the verdicts
        of the utterances that ended in it."""
        stop = threading.Event()
        noise_player = None
        if noise is not None:
            noise_player = pulse.play(f"room{self.index}")
            threading.Thread(target=_loop, args=(noise_player, noise.tobytes(), stop)).start()
            time.sleep(NOISE_PREROLL_SECONDS)
        players = [pulse.play(f"room{self.index}")]
        if track.cue is not None:
            loaded = self.canceller.loaded if self.canceller is not None else None
            players.append(pulse.play(loaded.sink if loaded is not None else f"out{self.index}"))
        started = time.monotonic()
        if track.cue_spans:
            threading.Thread(target=self._mute, args=(track.cue_spans, started)).start()
        writers = [
            threading.Thread(target=_write, args=(player, pcm.tobytes()))
            for player, pcm in zip(players, [track.words, track.cue], strict=False)
            if pcm is not None
        ]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()
        for player in players:
            player.wait()
        time.sleep(TAIL_SECONDS)
        stop.set()
        if noise_player is not None:
            noise_player.wait()
        with self.lock:
            decodes = [d for d in self.decodes if d.at >= started]
            self.decodes.clear()
        for decode in decodes:
            # The verdict on a word comes after it ends (about 0.5 s, measured), and long
            # before the next word ends.
            end = decode.at - started - MIN_LATENCY_SECONDS
            slot = next((s for s in reversed(track.slots) if s.end <= end), None)
            if slot is not None:
                slot.verdicts.append(decode.command)
                slot.latencies.append(decode.at - started - slot.end)

    def _mute(self, spans: list[tuple[float, float]], started: float) -> None:
        """Mutes the listener while each cue plays, as the app does (playingChanged)."""
        for start, end in spans:
            for at, muted in ((start, True), (end, False)):
                time.sleep(max(0.0, started + at - time.monotonic()))
                self.listener.set_muted(muted)


def _write(player: subprocess.Popen[bytes], pcm: bytes) -> None:
    assert player.stdin is not None
    try:
        player.stdin.write(pcm)
        player.stdin.close()
    except BrokenPipeError:
        log.warning("pacat stopped early")


def _loop(player: subprocess.Popen[bytes], pcm: bytes, stop: threading.Event) -> None:
    assert player.stdin is not None
    try:
        while not stop.is_set():
            for start in range(0, len(pcm), RATE):  # half a second at a time
                if stop.is_set():
                    break
                player.stdin.write(pcm[start : start + RATE])
        player.stdin.close()
    except BrokenPipeError:
        log.warning("pacat stopped early")
    finally:
        player.terminate()


@dataclass
class Plan:
    """What a run measures."""

    voices: Sequence[Voice]
    conditions: Sequence[str]
    tries: int
    phrases: Sequence[str]


#: How many speakers talk at once, each to a listener of its own (see _run_rooms).
ROOMS_AT_ONCE = 4

FULL = Plan(voice_audio.VOICES, CONDITIONS, 2, (*NEAR_MISSES, *EVERYDAY))
QUICK = Plan(
    (Voice("espeak-ng", "en-gb"), Voice("flite", "slt"), Voice("festival", "kal_diphone")),
    CONDITIONS,
    1,
    (*NEAR_MISSES[:20], *EVERYDAY[:8]),
)


def _speaker(pulse: PrivateRooms, room: Room, speech: Speech, tracks: list[Track],
             done: list[Track]) -> None:  # fmt: skip
    """Everything one speaker says, in order, through one listener."""
    try:
        for track in tracks:
            room.play(pulse, track, speech.noises.get(track.condition))
            done.append(track)
            heard = sum(s.first_command == s.text for s in track.slots)
            log.info("%s %s: %d/%d", track.voice.label, track.condition, heard, len(track.slots))
    except Exception:
        log.exception("room %d failed", room.index)


def tracks_of(speech: Speech, voice: Voice, plan: Plan) -> list[Track]:
    """What `voice` says in a run, made ahead (so that no Python work competes for the GIL with
    the listeners while they listen)."""
    rng = random.Random(voice.label)
    tracks = [
        word_track(speech, voice, condition, plan.tries, rng) for condition in plan.conditions
    ]
    if plan.phrases:
        tracks.append(phrase_track(speech, voice, plan.phrases))
    return tracks


def run(plan: Plan) -> dict[str, object]:
    """Runs `plan` on a private PulseAudio; the results as written to voice.json."""
    voices = [v for v in plan.voices if not voice_audio.engine_missing(v)]
    skipped = [v.label for v in plan.voices if voice_audio.engine_missing(v)]
    began = time.monotonic()
    cache = Path(tempfile.mkdtemp(prefix="cc-voice-words-"))
    try:
        speech = Speech(cache, voices, plan.phrases)
        synthesised = time.monotonic() - began
        with PrivateRooms(len(voices)) as pulse:
            tracks, rooms = _run_rooms(pulse, speech, voices, plan)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return _results(plan, voices, skipped, tracks, rooms, synthesised, time.monotonic() - began)


def _run_rooms(pulse: PrivateRooms, speech: Speech, voices: Sequence[Voice], plan: Plan
               ) -> tuple[list[Track], list[Room]]:  # fmt: skip
    # Qt's PulseAudio backend reads PULSE_SERVER when it first connects: before any Qt audio.
    os.environ["PULSE_SERVER"] = pulse.server
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtMultimedia import QMediaDevices

    app = QCoreApplication.instance() or QCoreApplication([])
    devices = {bytes(d.id().data()).decode(): d for d in QMediaDevices.audioInputs()}
    rooms = [Room(k, devices[f"mic{k}"], pulse.server) for k in range(len(voices))]
    planned = [tracks_of(speech, voice, plan) for voice in voices]
    tracks: list[Track] = []
    # A few speakers at a time: each listener runs the voice activity detector on every 32 ms
    # (about 8 % of a core), and eleven at once on two cores fell behind real time (every
    # verdict came too late to be matched: 0/495 in quiet, 2026-12-03).
    for first in range(0, len(rooms), ROOMS_AT_ONCE):
        batch = slice(first, first + ROOMS_AT_ONCE)
        _listen_in(app, pulse, speech, rooms[batch], planned[batch], tracks)
    return tracks, rooms


def _listen_in(app: Any, pulse: PrivateRooms, speech: Speech, rooms: list[Room],
               planned: list[list[Track]], tracks: list[Track]) -> None:  # fmt: skip
    """Starts the rooms' listeners, has each room's speaker say its tracks, stops them."""
    for room in rooms:
        room.listener.start()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(
        not room.signals["listening"] and room.failed is None for room in rooms
    ):
        app.processEvents()
        time.sleep(0.02)
    failed = [f"room{room.index}: {room.failed}" for room in rooms if room.failed]
    if failed:
        raise RuntimeError(f"voice commands are off: {failed}")
    speakers = [
        threading.Thread(target=_speaker, args=(pulse, room, speech, mine, tracks))
        for room, mine in zip(rooms, planned, strict=True)
    ]
    for speaker in speakers:
        speaker.start()
    while any(speaker.is_alive() for speaker in speakers):
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()
    for room in rooms:
        room.listener.stop()
    return tracks, rooms


def _ratio(heard: int, tries: int) -> float:
    return round(100 * heard / tries, 1) if tries else float("nan")


def _results(plan: Plan, voices: Sequence[Voice], skipped: list[str], tracks: list[Track],
             rooms: list[Room], synthesised: float, seconds: float
             ) -> dict[str, object]:  # fmt: skip
    """Recall per voice x condition x word (with what each try was heard as), sums, and the
    commands heard in everyday speech per minute."""
    recall: dict[str, dict[str, dict[str, dict[str, object]]]] = defaultdict(dict)
    summary: dict[str, dict[str, float]] = {}
    by_word: dict[str, dict[str, float]] = {}
    latencies: list[float] = []
    false: Counter[str] = Counter()
    false_by_phrase: dict[str, Counter[str]] = defaultdict(Counter)
    actions: Counter[str] = Counter()
    speech_minutes = 0.0
    for track in tracks:
        if track.condition == "everyday":
            speech_minutes += len(track.words) / RATE / 60
            actions.update(confirmed_actions(track))
            for slot in track.slots:
                for verdict in slot.verdicts:
                    if verdict is not None:
                        false[verdict] += 1
                        false_by_phrase[slot.text][f"{verdict} ({track.voice.label})"] += 1
            continue
        cells: dict[str, dict[str, object]] = {}
        for word in WORDS:
            slots = [s for s in track.slots if s.text == word]
            heard = Counter(s.first_command or "-" for s in slots)
            cells[word] = {"tries": len(slots), "heard": heard[word], "as": dict(heard)}
            latencies += [s.latencies[0] for s in slots if s.first_command == word]
        recall[track.voice.label][track.condition] = cells
    for condition in plan.conditions:
        cells_here = [recall[v][condition] for v in recall if condition in recall[v]]
        tries = sum(int(c[w]["tries"]) for c in cells_here for w in WORDS)  # type: ignore[call-overload]
        heard = sum(int(c[w]["heard"]) for c in cells_here for w in WORDS)  # type: ignore[call-overload]
        summary[condition] = {"tries": tries, "heard": heard, "recall_pct": _ratio(heard, tries)}
        by_word[condition] = {
            word: _ratio(
                sum(int(c[word]["heard"]) for c in cells_here),  # type: ignore[call-overload]
                sum(int(c[word]["tries"]) for c in cells_here),  # type: ignore[call-overload]
            )
            for word in WORDS
        }
    latencies.sort()
    return {
        "machine": f"{platform.platform()}, {os.cpu_count()} cores",
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "run_seconds": round(seconds, 1),
        "synthesis_seconds": round(synthesised, 1),
        "settings": {
            "voices": [v.label for v in voices],
            "voices_skipped": skipped,
            "tries_per_word": plan.tries,
            "speech_dbfs": SPEECH_DBFS,
            "snr_db": SNR_DB,
            "breath_below_speech_db": BREATH_BELOW_DB,
            "cue_below_speech_db": CUE_BELOW_DB,
        },
        "summary": summary,
        "recall_by_word_pct": by_word,
        "recall_by_voice_pct": {
            voice: {
                condition: _ratio(
                    sum(int(c["heard"]) for c in cells.values()),  # type: ignore[call-overload]
                    sum(int(c["tries"]) for c in cells.values()),  # type: ignore[call-overload]
                )
                for condition, cells in conditions.items()
            }
            for voice, conditions in recall.items()
        },
        "verdict_seconds_after_word": {
            "median": latencies[len(latencies) // 2] if latencies else None,
            "max": latencies[-1] if latencies else None,
        },
        "false_actions": {
            "speech_minutes": round(speech_minutes, 2),
            "phrases": len(plan.phrases),
            "commands": dict(false),
            "actions": dict(actions),
            "per_minute": {w: round(false[w] / speech_minutes, 3) for w in WORDS}
            if speech_minutes
            else {},
            "by_phrase": {text: dict(c) for text, c in sorted(false_by_phrase.items())},
        },
        "listener_signals": {f"room{r.index}": dict(r.signals) for r in rooms},
        "recall": recall,
    }


def confirmed_actions(track: Track) -> Counter[str]:
    """What the words heard in `track` would have done in the app, where ending a hold early
    ("ready" or "skip") needs the word twice within RoutineSession.SKIP_AGAIN_SECONDS ("hold
    released" counts one) and no word ends the routine: a spoken "stop" pauses, only Esc ends
    ("routine ended" stays 0; `test_no_word_heard_ends_first_aid_however_often` checks it)."""
    from cramp_coach.session.routine_session import RoutineSession

    window = RoutineSession.SKIP_AGAIN_SECONDS
    heard = sorted(
        (slot.end + latency, verdict)
        for slot in track.slots
        for verdict, latency in zip(slot.verdicts, slot.latencies, strict=False)
        if verdict is not None
    )
    done: Counter[str] = Counter()
    asked: float | None = None
    for at, verdict in heard:
        if verdict not in {"ready", "skip"}:
            continue
        if asked is not None and at - asked <= window:
            done["hold released"] += 1
            asked = None
        else:
            asked = at
    return done


def actions_per_ten_minutes(results: dict[str, object], action: str) -> float:
    false = results["false_actions"]
    assert isinstance(false, dict)
    minutes = false["speech_minutes"]
    if not minutes:
        return float("nan")
    return round(false.get("actions", {}).get(action, 0) / minutes * 10, 2)


def per_ten_minutes(results: dict[str, object], *words: str) -> float:
    false = results["false_actions"]
    assert isinstance(false, dict)
    minutes = false["speech_minutes"]
    if not minutes:
        return float("nan")
    return round(sum(false["commands"].get(w, 0) for w in words) / minutes * 10, 2)


def figures(results: dict[str, object]) -> list[Figure]:
    """The voice figures of `make bench`, with the bounds of issue 16's "Done when"."""
    summary = results["summary"]
    assert isinstance(summary, dict)
    out = []
    for condition, bound, how in (
        ("quiet", 95.0, "all voices x 9 words, through PulseAudio's echo canceller, the listener"),
        ("pink", 90.0, "steady pink noise, 10 dB SNR"),
        ("brown", 90.0, "steady brown noise, 10 dB SNR"),
        ("breaths", 90.0, "a 0.4 s breath before and after the word"),
        ("cue", 90.0, "'pause' and 'stop' over a cue played to the canceller's sink (barge-in)"),
    ):
        if condition in summary:
            cell = summary[condition]
            detail = f"{cell['heard']}/{cell['tries']}; {how}"
            out.append(Figure(f"voice_recall_{condition}_pct", cell["recall_pct"], bound, "%",
                              detail, at_least=True))  # fmt: skip
    false = results["false_actions"]
    assert isinstance(false, dict)
    minutes = f"{false['speech_minutes']:.1f} min of everyday speech and near misses"
    out += [
        Figure(
            "voice_false_routine_ended_per_10min",
            actions_per_ten_minutes(results, "routine ended"),
            0.0,
            "",
            f"no word ends it: a spoken 'stop' pauses, Esc ends; {minutes}",
        ),
        Figure(
            "voice_false_hold_released_per_10min",
            actions_per_ten_minutes(results, "hold released"),
            0.0,
            "",
            "'ready' or 'skip' twice within 10 s",
        ),
        Figure("voice_false_pause_per_10min", per_ten_minutes(results, "pause"), 1.0, "", minutes),
        Figure("voice_false_stop_per_10min", per_ten_minutes(results, "stop"), None, "", "(once)"),
        Figure(
            "voice_false_release_per_10min",
            per_ten_minutes(results, "ready", "skip"),
            None,
            "",
            "'ready' or 'skip' (once)",
        ),
        Figure(
            "voice_false_better_per_10min",
            per_ten_minutes(results, "better"),
            None,
            "",
            "'better' (the check jumps to ice)",
        ),
    ]
    return out


def markdown(results: dict[str, Any]) -> str:
    """The tables of docs/voice-bench.md from a voice.json."""
    conditions = list(results["summary"])
    lines = ["| word | " + " | ".join(conditions) + " |", "|---" * (len(conditions) + 1) + "|"]
    for word in WORDS:
        cells = [f"{results['recall_by_word_pct'][c][word]:.0f} %" for c in conditions]
        lines.append(f"| {word} | " + " | ".join(cells) + " |")
    total = [
        f"**{results['summary'][c]['recall_pct']:.0f} %** "
        f"({results['summary'][c]['heard']}/{results['summary'][c]['tries']})"
        for c in conditions
    ]
    lines += ["| all | " + " | ".join(total) + " |", ""]
    lines += ["| voice | " + " | ".join(conditions) + " |", "|---" * (len(conditions) + 1) + "|"]
    for voice, row in results["recall_by_voice_pct"].items():
        lines.append(f"| {voice} | " + " | ".join(f"{row[c]:.0f} %" for c in conditions) + " |")
    lines += ["", "Quiet, what each missed word was heard as ('-': nothing), per voice:", ""]
    for voice, by_condition in results["recall"].items():
        misses = [
            f"{word} → " + ", ".join(f"{k} ×{n}" for k, n in cell["as"].items() if k != word)
            for word, cell in by_condition.get("quiet", {}).items()
            if cell["heard"] < cell["tries"]
        ]
        if misses:
            lines.append(f"- {voice}: " + "; ".join(misses))
    false = results["false_actions"]
    lines += ["", f"False actions in {false['speech_minutes']} min of speech:", ""]
    lines += ["| command | count | per minute | per 10 min |", "|---|---|---|---|"]
    for word in WORDS:
        count = false["commands"].get(word, 0)
        per = false["per_minute"].get(word, 0.0)
        lines.append(f"| {word} | {count} | {per:.2f} | {per * 10:.1f} |")
    lines += ["", "What set them off:", ""]
    for text, heard in false["by_phrase"].items():
        lines.append(f'- "{text}": ' + ", ".join(f"{k} ×{n}" for k, n in heard.items()))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.voice", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 voices, 1 try, short false set")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the JSON goes")
    parser.add_argument(
        "--no-canceller", action="store_true", help="listen without the echo canceller"
    )
    parser.add_argument("--markdown", type=Path, help="print the tables of a voice.json; no run")
    args = parser.parse_args(argv)
    if args.markdown:
        print(markdown(json.loads(args.markdown.read_text())))
        return 0
    # A terminated run still stops its daemon (PrivateRooms' exit) and removes its files.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global CANCELLER
    CANCELLER = not args.no_canceller
    results = run(QUICK if args.quick else FULL)
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n")
    print(table(figures(results)))
    print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
