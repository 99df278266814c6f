"""The app as a process: start-up, memory, timers, idle CPU and the sheet, each against a floor.

Every figure comes from fresh processes started through bench/launch.py, in a throw-away home,
and is set against a floor measured in the same run on the same machine: a bare PySide6 window
(a QLabel shown and painted) started the same way, or a bare precise QTimer under the same load.
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from typing import Any

from bench.figures import Figure, spread
from bench.process import Home, bench_home, other_core_busy

log = logging.getLogger("bench.app_process")

STARTUP_RUNS = 7  # pairs of starts (bare, app), after one pair that warms the caches
STARTUP_BOUND = 1.5  # × the bare window
MEMORY_BOUND = 1.5  # × the bare window's peak RSS
SOAK_ROUTINES = 50
SOAK_FROM = 5  # growth is counted from the 5th routine on: the first ones fill caches
# The journal gains an episode each routine and SQLite keeps up to 2000 KiB of its pages cached
# per connection, so up to 2 MiB of growth is the journal getting bigger, not a leak. Measured
# here: 0.45-0.55 MiB from routine 5 to 50 (about 7 kB a routine, still rising at routine 250);
# with nothing written to the journal, 0.28 MiB to routine 50 and then flat (0.04 MiB more to
# 100). A routine's objects kept alive (RoutineMachine, cue caller, recorder never deleted) grew
# 8.5 MiB over the same 45 routines: a leak of a quarter of that per run is still caught.
SOAK_TOLERANCE_MB = 2.0
TIMER_MEDIAN_BOUND_MS = 2.0
TIMER_MAX_BOUND_MS = 16.0
TIMER_DRIFT_BOUND_MS = 2.0  # the routine's later ends may not be later than its earlier ones
HOLD_CPU_BOUND = 2.0  # % of one core
SHEET_RUNS = 5
SHEET_BOUND = 3.0  # × the bare window's start-up
HOLD = ("--hold-seconds", "5")


def _startup(home: Home) -> tuple[list[float], list[float]]:
    """Process start to first paint, in seconds: bare windows and the app, interleaved so a
    slow moment of the machine hits both."""
    bare: list[float] = []
    app: list[float] = []
    for run in range(STARTUP_RUNS + 1):
        for target, times in (("bare", bare), ("app", app)):
            started, out = home.launch(target, "startup")
            if run:  # the first pair fills the OS file cache and the cue cache
                times.append(out["painted_at"] - started)
    return bare, app


def _idle_memory(home: Home) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Peak RSS, 3 s after the first paint, of the bare window and of the app's first screen:
    the very first start (every cue still to render, so the speech engine is loaded) and a
    usual one (the cues are in the cache on disk: the engine is never loaded)."""
    bare = home.launch("bare", "idle")[1]
    first = home.launch("app", "idle")[1]
    return bare, first, home.launch("app", "idle")[1]


def _routine_under_load(home: Home) -> tuple[list[float], dict[str, Any]]:
    """The bare timer floor, then one whole routine on the real clock, each with the other core
    busy."""
    with other_core_busy():
        floor = home.launch("bare", "timer_floor")[1]["late"]
        routine = home.launch("app", "routine", HOLD, timeout=150)[1]
    return floor, routine


def _drift_ms(alarms: list[list[float]]) -> float:
    """How much later the routine's later half of alarms fire than its earlier half (medians):
    an error that accumulates would grow along the routine; one that does not stays put."""
    late = [lateness for _when, lateness in sorted(alarms)]
    half = len(late) // 2
    if half == 0:
        return float("nan")
    return (statistics.median(late[half:]) - statistics.median(late[:half])) * 1000


def _sheet(home: Home) -> list[float]:
    output = home.root / "sheet.pdf"
    command = [sys.executable, "-m", "cramp_coach", "sheet", "-o", str(output)]
    home.wall_time(command)  # warm-up: fonts and Qt's PDF code read from disk once
    return [home.wall_time(command) for _ in range(SHEET_RUNS)]


def measure() -> list[Figure]:
    began = time.monotonic()
    with bench_home() as home:
        bare_starts, app_starts = _startup(home)
        bare_idle, first_idle, app_idle = _idle_memory(home)
        floor, routine = _routine_under_load(home)
        cpu = home.launch("app", "hold_cpu", ("--hold-seconds", "60"))[1]
        soak = home.launch("app", "soak", HOLD, routines=str(SOAK_ROUTINES))[1]
        sheets = _sheet(home)
    log.info("app process figures took %.0f s", time.monotonic() - began)

    bare_start = statistics.median(bare_starts)
    app_start = statistics.median(app_starts)
    pair_ratios = [a / b for a, b in zip(app_starts, bare_starts, strict=True)]
    bare_peak = bare_idle["peak_rss_kb"]
    ends = [abs(late) * 1000 for late in routine["ends"]]
    soak_rss = soak["rss_kb_after"]
    growth_mb = (soak_rss[SOAK_ROUTINES - 1] - soak_rss[SOAK_FROM - 1]) / 1024
    cpu_percent = 100 * cpu["cpu_seconds"] / cpu["wall_seconds"]
    sheet = statistics.median(sheets)
    speech = "speech on" if routine["speech_problem"] is None else "SPEECH OFF"
    listening = "listening" if routine["listening"] else "not listening"
    return [
        Figure(
            "startup_ratio",
            app_start / bare_start,
            STARTUP_BOUND,
            "x",
            f"app {spread(app_starts, 1000)} ms / bare window {spread(bare_starts, 1000)} ms, "
            f"median of {STARTUP_RUNS} runs; ratio of each pair {spread(pair_ratios, 1, 2)}",
        ),
        Figure(
            "idle_peak_rss_ratio",
            app_idle["peak_rss_kb"] / bare_peak,
            MEMORY_BOUND,
            "x",
            f"app {app_idle['peak_rss_kb'] / 1024:.1f} MiB / bare window "
            f"{bare_peak / 1024:.1f} MiB, peak RSS 3 s after the first paint (cues cached)",
        ),
        Figure(
            "first_start_peak_rss_ratio",
            first_idle["peak_rss_kb"] / bare_peak,
            MEMORY_BOUND,
            "x",
            f"app {first_idle['peak_rss_kb'] / 1024:.1f} MiB on its very first start, while "
            "every cue is rendered (the speech engine loaded)",
        ),
        Figure(
            "routine_peak_rss_ratio",
            routine["peak_rss_kb"] / bare_peak,
            MEMORY_BOUND,
            "x",
            f"app {routine['peak_rss_kb'] / 1024:.1f} MiB after a whole routine (5 s holds) / "
            f"bare window {bare_peak / 1024:.1f} MiB",
        ),
        Figure(
            "soak_rss_growth_mib",
            growth_mb,
            SOAK_TOLERANCE_MB,
            "MiB",
            f"RSS after routine {SOAK_ROUTINES} minus after routine {SOAK_FROM} "
            f"({soak_rss[SOAK_FROM - 1] / 1024:.1f} -> {soak_rss[-1] / 1024:.1f} MiB; "
            f"fast clock, 200x); the bare window idles at {bare_peak / 1024:.1f} MiB",
        ),
        Figure(
            "timer_end_median_ms",
            statistics.median(ends) if ends else float("nan"),
            TIMER_MEDIAN_BOUND_MS,
            "ms",
            f"{len(ends)} countdown ends vs their monotonic deadline, other core busy, "
            f"{speech}, {listening}; floor: a bare precise QTimer "
            f"{spread(floor, 1000, 2)} ms late",
        ),
        Figure(
            "timer_end_max_ms",
            max(ends) if ends else float("nan"),
            TIMER_MAX_BOUND_MS,
            "ms",
            f"every alarm of the routine (ticks and ends, {len(routine['alarms'])}): "
            f"{spread([late for _w, late in routine['alarms']], 1000, 2)} ms late; "
            f"floor max {max(floor) * 1000:.2f} ms",
        ),
        Figure(
            "timer_drift_ms",
            _drift_ms(routine["alarms"]),
            TIMER_DRIFT_BOUND_MS,
            "ms",
            "lateness of the later half of the routine's alarms minus the earlier half (medians)",
        ),
        Figure(
            "hold_idle_cpu_percent",
            cpu_percent,
            HOLD_CPU_BOUND,
            "%",
            f"{cpu['cpu_seconds'] * 1000:.0f} ms of CPU in {cpu['wall_seconds']:.1f} s of a "
            f"60 s hold (all threads), "
            f"{'listening' if cpu['listening'] else 'not listening'}",
        ),
        Figure(
            "sheet_ratio",
            sheet / bare_start,
            SHEET_BOUND,
            "x",
            f"`cramp-coach sheet` {spread(sheets, 1000)} ms to exit, {SHEET_RUNS} runs / "
            f"bare window start-up {bare_start * 1000:.0f} ms",
        ),
    ]
