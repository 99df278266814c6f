"""Bench-only launcher: starts the app (or a bare window) as a user would, measured from inside.

`python -m bench.launch app [ARGS...]` runs `cramp_coach.cli.main(ARGS)` unchanged;
`python -m bench.launch bare` shows a bare `QLabel`, the floor the app is compared with.
CRAMP_BENCH_MODE says what to do once the first window has been painted, CRAMP_BENCH_OUT where to
write what was measured (JSON). These hooks live here only: the app knows nothing of them.

The only thing added to the app's own start-up is an event filter, installed on the top-level
windows when the event loop starts (the app calls `QApplication.exec()` after `window.show()`),
that notices the first paint; nothing is imported early that the app would not import anyway,
and the app's modules are imported in the order its own script imports them.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET = (sys.argv[1:2] or ["app"])[0]
if TARGET == "app":
    # The `cramp-coach` script imports the command line first and Qt only once the arguments are
    # good: the same order here, or PySide's import hook would inspect modules it never sees.
    import cramp_coach.cli

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402 (after the app's first import)
from PySide6.QtWidgets import QApplication, QLabel, QWidget  # noqa: E402

MODE = os.environ.get("CRAMP_BENCH_MODE", "startup")
OUT = os.environ.get("CRAMP_BENCH_OUT", "")
IDLE_SECONDS = float(os.environ.get("CRAMP_BENCH_IDLE", "3"))
ROUTINES = int(os.environ.get("CRAMP_BENCH_ROUTINES", "50"))
WATCHDOG_SECONDS = float(os.environ.get("CRAMP_BENCH_WATCHDOG", "150"))
ANSWER_DELAY = float(os.environ.get("CRAMP_BENCH_ANSWER_DELAY", "0.5"))
FLOOR_TIMERS = 24
FAST_SPEED = 200.0  # the soak's routine time runs this many times faster than real time
CPU_SECONDS = 10.0  # how long the idle CPU of a hold is measured
# What a user answers at each question; position and hold count down on their own.
# Stopped running, it is a cramp (the triage), it has eased; then on through ice to Done.
ANSWERS = {
    "stop": "next", "triage": "next", "ease": "next", "ice": "next", "massage": "next",
    "rehydrate": "next", "done": "next",
}  # fmt: skip
CHECK_ANSWERS = ("still", "still", "eased")  # three stretches, the cramp eases after the third


def memory_kb() -> dict[str, int]:
    """Peak (VmHWM) and current (VmRSS) resident set size of this process, in kB."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            fields[key] = int(value.split()[0])
    return {"peak_rss_kb": fields["VmHWM"], "rss_kb": fields["VmRSS"]}


def finish(figures: dict[str, Any]) -> None:
    """Writes the figures and leaves at once: tearing the app down is not what is measured."""
    if OUT:
        Path(OUT).write_text(json.dumps(figures))
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class Runner:
    """Answers the routine's questions in the first window like a user, and keeps the records."""

    def __init__(self, window: QWidget, painted_at: float) -> None:
        from cramp_coach.routine.flow import Intent
        from cramp_coach.ui.main_window import MainWindow

        assert isinstance(window, MainWindow), f"the first window is a {type(window).__name__}"
        self.window = window
        self.intent = Intent
        self.painted_at = painted_at
        self.checks = 0
        self.answer_delay = ANSWER_DELAY
        self.answers: dict[str, str] = dict(ANSWERS)
        self.on_step: Callable[[str], None] | None = None
        self.on_ended: Callable[[], None] | None = None

    def state(self) -> dict[str, Any]:
        """What the figures depend on: whether speech works, and whether the app listens."""
        return {
            "speech_problem": self.window.context.speaker.problem,
            "listening": self.window.session.voice_commands_work(),
        }

    def start(self) -> None:
        self.checks = 0
        self.window.start_routine()
        machine = self.window.session.machine
        assert machine is not None
        machine.stepEntered.connect(self._step)
        if self.on_ended is not None:
            machine.ended.connect(self.on_ended)

    def _step(self, step_id: str) -> None:
        if self.on_step is not None:
            self.on_step(step_id)
        answer = self.answers.get(step_id)
        if step_id == "check":
            answer = CHECK_ANSWERS[min(self.checks, len(CHECK_ANSWERS) - 1)]
            self.checks += 1
        if answer is not None:
            machine = self.window.session.machine
            intent = self.intent(answer)
            assert machine is not None
            QTimer.singleShot(int(self.answer_delay * 1000), lambda: machine.send(intent))


def run_routine(runner: Runner) -> None:
    """One whole routine on the real clock: each alarm's lateness against the time it was for."""
    from cramp_coach.routine.qtclock import QtAlarm, QtClock

    fired: list[tuple[float, float]] = []  # (monotonic time the alarm was for, seconds late)
    deadlines: list[float] = []  # each countdown's end

    class RecordingClock(QtClock):
        def call_at(self, when: float, callback: Callable[[], None]) -> QtAlarm:
            def fire() -> None:
                fired.append((when, time.monotonic() - when))
                callback()

            return super().call_at(when, fire)

    def step(_step_id: str) -> None:
        countdown = (
            runner.window.session.machine.countdown if runner.window.session.machine else None
        )
        if countdown is not None and countdown.deadline is not None:
            deadlines.append(countdown.deadline)

    def ended() -> None:
        gc.collect()
        ends = [late for when, late in fired if when in deadlines]
        finish({"alarms": fired, "ends": ends, **runner.state(), **memory_kb()})

    runner.window.context.clock = RecordingClock()
    runner.on_step, runner.on_ended = step, ended
    runner.start()


def run_soak(runner: Runner) -> None:
    """ROUTINES whole routines back to back on a fast clock; the resident set after each."""
    from cramp_coach.routine.qtclock import QtClock

    class FastClock(QtClock):
        """Routine time running `speed` times faster than real time, for many routines in a row."""

        def __init__(self, speed: float = FAST_SPEED) -> None:
            super().__init__()
            self.speed = speed
            self._origin = time.monotonic()

        def now(self) -> float:
            return self._origin + (time.monotonic() - self._origin) * self.speed

        def real_seconds(self, seconds: float) -> float:
            return seconds / self.speed

    rss: list[int] = []
    runner.answer_delay = 0.02
    runner.window.context.clock = FastClock()

    def ended() -> None:
        QTimer.singleShot(50, next_one)  # after the Done screen closed and deleteLater() ran

    def next_one() -> None:
        gc.collect()
        rss.append(memory_kb()["rss_kb"])
        if len(rss) >= ROUTINES:
            finish({"rss_kb_after": rss, **memory_kb()})
        runner.start()

    runner.on_ended = ended
    runner.start()


def run_hold_cpu(runner: Runner) -> None:
    """A long hold counting down on the real clock: the process's CPU time over CPU_SECONDS."""
    runner.answers["position"] = "next"  # straight into the hold
    runner.answer_delay = 0.2

    def step(step_id: str) -> None:
        if step_id == "hold":
            QTimer.singleShot(2000, measure)  # once the hold's cue has been said

    def measure() -> None:
        start, cpu = time.monotonic(), time.process_time()
        QTimer.singleShot(int(CPU_SECONDS * 1000), lambda: done(start, cpu))

    def done(start: float, cpu: float) -> None:
        machine = runner.window.session.machine
        still_holding = machine is not None and machine.step.id == "hold"
        wall = time.monotonic() - start
        finish({"cpu_seconds": time.process_time() - cpu, "wall_seconds": wall,
                "still_holding": still_holding, **runner.state()})  # fmt: skip

    runner.on_step = step
    runner.start()


class FirstPaint(QObject):
    """Notices the first paint of a top-level window, then runs the mode once it is on screen."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self.seen = True
            # Runs after this paint (the window and all its children) has been done.
            QTimer.singleShot(0, lambda: painted(watched))
        return False


def run_timer_floor() -> None:
    """The floor for the app's timers: how late a bare precise QTimer fires, under the same load."""
    late: list[float] = []
    intervals = [137 + 61 * (n % 7) for n in range(FLOOR_TIMERS)]  # ms; varied, as the app's are
    timer = QTimer(QApplication.instance())
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    due = [0.0]

    def arm() -> None:
        if len(late) == len(intervals):
            finish({"late": late})
        interval = intervals[len(late)]
        due[0] = time.monotonic() + interval / 1000
        timer.start(interval)

    def fired() -> None:
        late.append(time.monotonic() - due[0])
        arm()

    timer.timeout.connect(fired)
    arm()


def painted(window: QWidget) -> None:
    painted_at = time.monotonic()
    if MODE == "timer_floor":
        run_timer_floor()
        return
    if MODE == "startup":
        finish({"painted_at": painted_at})
    if MODE == "idle":
        QTimer.singleShot(
            int(IDLE_SECONDS * 1000), lambda: finish({"painted_at": painted_at, **memory_kb()})
        )
        return
    runner = Runner(window, painted_at)
    modes = {"routine": run_routine, "soak": run_soak, "hold_cpu": run_hold_cpu}
    QTimer.singleShot(300, lambda: modes[MODE](runner))  # a user takes a moment to press Start


_exec = QApplication.exec
_filter = FirstPaint()


def exec_watched(app: QApplication) -> int:
    # On the windows only: a filter on the whole application would hand every event of every
    # object to Python, a cost the app itself never pays.
    for widget in QApplication.topLevelWidgets():
        widget.installEventFilter(_filter)
    QTimer.singleShot(int(WATCHDOG_SECONDS * 1000), lambda: finish({"error": "watchdog"}))
    return _exec()  # static in Qt: the instance is not passed on


def main() -> int:
    args = sys.argv[2:]
    QApplication.exec = exec_watched  # type: ignore[method-assign,assignment]
    if TARGET == "bare":
        app = QApplication(sys.argv[:1])
        label = QLabel("Cramp Coach")
        label.resize(1024, 700)
        label.show()
        return app.exec()
    code = cramp_coach.cli.main(args)
    finish({"error": f"the app exited with {code} before it was measured"})
    return code


if __name__ == "__main__":
    sys.exit(main())
