"""Speech latency on the real engine: say() to playing, and the event loop's longest stall.

Run: .venv/bin/python -m bench.speech_latency   (needs an audio output; on a machine without a
sound card: pulseaudio --start && pactl load-module module-null-sink sink_name=rec). When
parec (pulseaudio-utils) is there, it also times when the cue is really heard on the default
sink's monitor. Not part of the test suite.
"""

from __future__ import annotations

import array
import logging
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer

from cramp_coach.content import load_routine
from cramp_coach.content.assets import default_routine_file
from cramp_coach.speech.cached import CachedSpeaker
from cramp_coach.speech.pulse import PulsePlayer

log = logging.getLogger("bench.speech_latency")

START_BOUND = 0.100  # a cue starts within 100 ms of its state
STALL_BOUND = 0.016  # the event loop never stalls more than one frame
ROUNDS = 3
GAP = 0.35  # seconds a cue plays before the next one cuts it
HEARD_LEVEL = 300  # a 16-bit sample above this on the monitor means the cue is heard


class StallMonitor:
    """A 1 ms precise timer; the longest gap between its ticks is the event loop's worst stall."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last)
        self._last = now

    def reset(self) -> None:
        self.worst, self._last = 0.0, time.perf_counter()


class MonitorRecorder:
    """Reads the default sink's monitor through parec; remembers when sound arrived."""

    def __init__(self) -> None:
        self.loud: list[float] = []  # arrival times of 5 ms chunks holding sound
        self.listening = threading.Event()  # set once parec delivers
        self._proc = subprocess.Popen(
            ["parec", "-d", "@DEFAULT_MONITOR@", "--raw", "--format=s16le", "--rate=22050",
             "--channels=1", "--latency-msec=5"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        while chunk := self._proc.stdout.read(220):  # 5 ms at 22 050 Hz
            now = time.perf_counter()
            self.listening.set()
            if max(abs(s) for s in array.array("h", chunk[: len(chunk) // 2 * 2])) > HEARD_LEVEL:
                self.loud.append(now)

    def wait_listening(self, timeout: float = 5.0) -> None:
        """Waits for parec's first data. An idle null sink renders in blocks of up to 2 s and
        takes a new reader's low latency only at the end of the current block: until then, what
        is played is heard late, which is the bench's set-up and not a late cue."""
        self.listening.wait(timeout)

    def heard_after(self, moment: float, within: float = 1.0) -> float | None:
        return next((t - moment for t in self.loud if moment <= t <= moment + within), None)

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(2)


def run_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def run_until(done: Callable[[], bool], timeout: float = 10.0) -> bool:
    end = time.perf_counter() + timeout
    while not done() and time.perf_counter() < end:
        run_for(0.002)
    return done()


def grew(items: list[float], count: int) -> Callable[[], bool]:
    return lambda: len(items) > count


def cue_texts() -> list[str]:
    routine = load_routine(default_routine_file())
    texts: list[str] = []
    for step in routine.steps:
        for template in (step.cue, step.end_cue):
            if template:
                texts.append(routine.fill(template, reps=1, step=step))
    texts += [mark.text for mark in routine.marks]
    return list(dict.fromkeys(texts))


def row(name: str, values: list[float], bound: float) -> str:
    if not values:
        return f"{name:<42} {'-':>8} {'-':>8} {bound * 1000:>7.0f}  no data"
    median, worst = statistics.median(values), max(values)
    verdict = "ok" if worst <= bound else "OVER"
    return f"{name:<42} {median * 1000:>8.1f} {worst * 1000:>8.1f} {bound * 1000:>7.0f}  {verdict}"


def main() -> int:
    logging.basicConfig(level=logging.WARNING)
    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    cache = Path(tempfile.mkdtemp(prefix="cramp-bench-cues-"))
    # Listening starts first, so the recorder's own start-up is never mistaken for a late cue.
    recorder = MonitorRecorder() if shutil.which("parec") else None
    if recorder is not None:
        recorder.wait_listening()
    player = PulsePlayer()
    speaker = CachedSpeaker(cache_dir=cache, player=player)
    run_for(0.05)
    if speaker.problem is not None:
        print(speaker.problem)
        if recorder is not None:
            recorder.close()
        return 1
    started: list[float] = []
    player.playingChanged.connect(
        lambda playing: started.append(time.perf_counter()) if playing else None
    )
    stalls = StallMonitor()
    texts = cue_texts()

    # 1. Rendering every cue of the routine ahead, as the app does when a routine starts.
    stalls.reset()
    begun = time.perf_counter()
    speaker.prepare(texts)
    run_until(lambda: all(speaker.duration(t) is not None for t in texts))
    render_all = time.perf_counter() - begun
    stall_render = stalls.worst

    # 2. Saying pre-rendered cues, each cut by the next after GAP seconds.
    stalls.reset()
    ready, ready_heard = [], []
    for _ in range(ROUNDS):
        for text in texts:
            count = len(started)
            said = time.perf_counter()
            speaker.say(text)
            if run_until(grew(started, count), 1.0):
                ready.append(started[-1] - said)
            run_for(GAP)
            speaker.stop()
            run_for(0.15)  # a moment of silence, so the next onset is heard apart
            if recorder is not None and (heard := recorder.heard_after(said)) is not None:
                ready_heard.append(heard)
    stall_play = stalls.worst

    # 3. Saying cues never rendered before (render on demand, then play).
    fresh, fresh_heard = [], []
    for n in range(10):
        count = len(started)
        said = time.perf_counter()
        speaker.say(f"Rep {n + 1} done. {n + 2} to go.")
        if run_until(grew(started, count), 3.0):
            fresh.append(started[-1] - said)
        run_for(GAP)
        speaker.stop()
        run_for(0.15)
        if recorder is not None and (heard := recorder.heard_after(said)) is not None:
            fresh_heard.append(heard)
    stall_play = max(stall_play, stalls.worst)
    if recorder is not None:
        recorder.close()
    speaker.close()

    print(f"{len(texts)} cues of the routine rendered ahead in {render_all * 1000:.0f} ms")
    print(f"{'':<42} {'median':>8} {'max':>8} {'bound':>7}   (ms)")
    print(row("say -> playing, cue rendered ahead", ready, START_BOUND))
    print(row("say -> playing, cue rendered on demand", fresh, START_BOUND))
    if recorder is not None:
        print(row("say -> heard on monitor, rendered ahead", ready_heard, START_BOUND))
        print(row("say -> heard on monitor, on demand", fresh_heard, START_BOUND))
    print(row("event loop stall while rendering ahead", [stall_render], STALL_BOUND))
    print(row("event loop stall while cues play", [stall_play], STALL_BOUND))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
