"""A real routine, spoken: state entry to cue start, time marks on their second, loop stalls.

Runs the routine's QStateMachine on the real clock (holds of 5 s) with the real speaker, and
answers like a user would. Not part of the test suite; needs an audio output (see bench/audio.sh).
"""

from __future__ import annotations

import logging
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from bench.speech_latency import STALL_BOUND, MonitorRecorder, StallMonitor, run_for
from cramp_coach.content import load_routine
from cramp_coach.content.assets import default_routine_file
from cramp_coach.routine.cues import CueCaller
from cramp_coach.routine.flow import Intent
from cramp_coach.routine.machine import RoutineMachine
from cramp_coach.routine.qtclock import QtClock
from cramp_coach.speech.cached import CachedSpeaker
from cramp_coach.speech.pulse import PulsePlayer

log = logging.getLogger("bench.routine_speech")

CUE_MEDIAN_BOUND = 0.050
CUE_MAX_BOUND = 0.100
MARK_BOUND = 0.050  # each "three, two, one" starts within 50 ms of its second
ANSWERS = {"stop": Intent.NEXT, "triage": Intent.NEXT, "ease": Intent.NEXT, "ice": Intent.NEXT,
           "massage": Intent.NEXT, "rehydrate": Intent.NEXT, "done": Intent.NEXT}  # fmt: skip


def measure() -> dict[str, float]:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    # Listening starts first, so the recorder's own start-up is never mistaken for a late cue.
    recorder = MonitorRecorder() if shutil.which("parec") else None
    if recorder is not None:
        recorder.wait_listening()
    player = PulsePlayer()
    cache = Path(tempfile.mkdtemp(prefix="cramp-bench-"))  # a fresh cache: every cue rendered
    speaker = CachedSpeaker(cache_dir=cache, player=player)
    run_for(2.0)  # the app makes its speaker at start-up, well before the first cramp
    if speaker.problem is not None:
        raise SystemExit(f"bench: {speaker.problem}")
    routine = load_routine(default_routine_file()).with_hold_seconds(5)
    machine = RoutineMachine(routine, QtClock())
    cues = CueCaller(machine, speaker)
    run_for(1.0)  # the cues render ahead while the runner reads the first screen

    asked: list[tuple[float, str]] = []  # when each cue was asked for
    playing: list[float] = []
    checks = [0]
    seconds_of = {mark.text: mark.left for mark in routine.marks}

    def on_caption(text: str) -> None:
        # The reference for a step's cue is now (state entry); for a time mark, its exact second
        # on the countdown's monotonic deadline, so lateness of the timer itself counts too.
        countdown = machine.countdown
        if text in seconds_of and countdown is not None and countdown.deadline is not None:
            asked.append((countdown.deadline - seconds_of[text], text))
        else:
            asked.append((time.monotonic(), text))

    cues.caption.connect(on_caption)
    player.playingChanged.connect(lambda on: playing.append(time.monotonic()) if on else None)
    entered: dict[str, float] = {}
    due: list[tuple[float, str]] = []  # each mark the hold will say, with the second it is due

    def on_step(step_id: str) -> None:
        entered[step_id] = time.monotonic()
        countdown = machine.countdown  # the cues' own listener has run: their marks are fitted
        if cues.marks and countdown is not None and countdown.deadline is not None:
            due.extend((countdown.deadline - left, text) for left, text in cues.marks.items())
        if step_id == "check":
            checks[0] += 1
            intent = Intent.STILL if checks[0] < 3 else Intent.EASED
            QTimer.singleShot(1500, lambda: machine.send(intent))
        elif step_id in ANSWERS:
            QTimer.singleShot(1500, lambda: machine.send(ANSWERS[step_id]))

    machine.stepEntered.connect(on_step)
    stalls = StallMonitor()
    machine.start()
    deadline = time.monotonic() + 120
    while machine.running and time.monotonic() < deadline:
        run_for(0.01)
    worst_stall = stalls.worst
    speaker.close()
    shutil.rmtree(cache, ignore_errors=True)  # about 6 MB of WAV files a run

    latencies = []
    marks = []
    heard = []
    for said, text in asked:
        start = next((t for t in playing if t >= said), None)
        # A cue that never started counts as infinitely late, never as missing data.
        late = start - said if start is not None and start - said <= 5.0 else float("inf")
        latencies.append(late)
        if text in seconds_of:
            marks.append(late)
        if recorder is not None:
            at_sink = recorder.heard_after(said - 0.001, within=5.0)
            heard.append(at_sink if at_sink is not None else float("inf"))
            log.info("heard %.0f ms after asking: %s", heard[-1] * 1000, text)
    if recorder is not None:
        recorder.close()
    # A mark fitted for its second but never asked for on it (a skipped second) is missed; one
    # skipped by design, because it would talk over the cue before it, was never due.
    said_marks = {(said, text) for said, text in asked if text in seconds_of}
    missed = [text for when, text in due if (when, text) not in said_marks]
    if missed:
        log.warning("marks due but never said on their second: %s", ", ".join(missed))
    del app
    return {
        "cue_start_median_ms": statistics.median(latencies) * 1000,
        "cue_start_max_ms": max(latencies) * 1000,
        "mark_start_max_ms": max(marks) * 1000 if marks else float("nan"),
        "marks_missed": float(len(missed)),
        "cues_measured": float(len(latencies)),
        # When the cue's sound reaches the sink (parec on its monitor): what a user hears.
        "heard_median_ms": statistics.median(heard) * 1000 if heard else float("nan"),
        "heard_max_ms": max(heard) * 1000 if heard else float("nan"),
        "largest_stall_ms": worst_stall * 1000,
    }


BOUNDS = {
    "cue_start_median_ms": CUE_MEDIAN_BOUND * 1000,
    "cue_start_max_ms": CUE_MAX_BOUND * 1000,
    "mark_start_max_ms": MARK_BOUND * 1000,
    "marks_missed": 0.0,
    "heard_median_ms": CUE_MEDIAN_BOUND * 1000,
    "heard_max_ms": CUE_MAX_BOUND * 1000,
    "largest_stall_ms": STALL_BOUND * 1000,
}
