"""Runs the benchmarks, prints one table, writes bench/results/latest.json; exits 1 if a bound
is not met.

    python -m bench                  # everything, the voice commands' full run included (~10 min)
    python -m bench --voice quick    # the voice commands' short run (~3 min)
    python -m bench --voice off      # without the voice commands
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import os
import platform
import subprocess
import sys
from pathlib import Path

from bench import app_process, pocket, routine_speech, voice
from bench.figures import Figure, table


def speech_figures() -> list[Figure]:
    measured = routine_speech.measure()
    return [
        Figure(
            name,
            value,
            routine_speech.BOUNDS.get(name),
            "" if name in ("cues_measured", "marks_missed") else "ms",
            "real speaker, 5 s holds, in-process" if name == "cue_start_median_ms" else "",
        )
        for name, value in measured.items()
    ]


def voice_figures(mode: str) -> list[Figure]:
    """The voice commands' bench (bench/voice.py) in a process of its own: Qt's audio must
    connect to the bench's private PulseAudio, not to the one the speech figures played into."""
    if mode == "off":
        return []
    command = [sys.executable, "-m", "bench.voice", *(["--quick"] if mode == "quick" else [])]
    if subprocess.run(command, check=False).returncode != 0:
        return [Figure("voice_bench_ran", float("nan"), 1.0, "", "python -m bench.voice failed")]
    return voice.figures(json.loads(voice.RESULTS.read_text()))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--voice", choices=("full", "quick", "off"), default="full")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    # The app's own processes first, while nothing else of the bench is loaded or playing.
    figures = (
        app_process.measure() + pocket.figures() + speech_figures() + voice_figures(args.voice)
    )
    print(table(figures))
    out = Path(__file__).parent / "results" / "latest.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "machine": f"{platform.platform()}, {os.cpu_count()} cores",
                "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                "figures": {f.name: f.value for f in figures},
                "bounds": {f.name: f.bound for f in figures if f.bound is not None},
                "units": {f.name: f.unit for f in figures},
                "details": {f.name: f.detail for f in figures if f.detail},
            },
            indent=2,
        )
    )
    print(f"written: {out}")
    over = [f.name for f in figures if not f.ok]
    if over:
        print(f"bounds not met: {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
