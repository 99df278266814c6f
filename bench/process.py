"""Runs bench/launch.py in a fresh process, in a home of its own; reads back what it measured."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


class BenchError(Exception):
    """A measured process failed, or measured nothing."""


def _pulse_env() -> dict[str, str]:
    """Where PulseAudio is, said outright: the children have their own XDG_CONFIG_HOME, where
    libpulse would otherwise look for the server and its cookie."""
    if "PULSE_SERVER" in os.environ:
        return {}
    env = {}
    # Where libpulse looks by default: kept when pactl cannot say (the children's own
    # XDG_RUNTIME_DIR would hide it, and speech off would make every figure look better).
    default = Path(os.environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / "pulse" / "native"
    if default.exists():
        env["PULSE_SERVER"] = f"unix:{default}"
    try:
        info = subprocess.run(["pactl", "info"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.TimeoutExpired):
        info = ""
    for line in info.splitlines():
        if line.startswith("Server String:"):
            server = line.partition(":")[2].strip()
            env["PULSE_SERVER"] = server if ":" in server else f"unix:{server}"
    config = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    if (config / "pulse" / "cookie").exists():
        env["PULSE_COOKIE"] = str(config / "pulse" / "cookie")
    return env


class Home:
    """A throw-away user home (settings, journal, cue cache), shared by the runs of one bench so
    the cue cache is warm after the first start, as on a user's second day."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = dict(os.environ)
        for name in ("CONFIG", "DATA", "CACHE", "STATE"):
            folder = root / name.lower()
            folder.mkdir()
            self.env[f"XDG_{name}_HOME"] = str(folder)
        # Its own runtime folder too: the single-instance socket lives there, and a Cramp Coach
        # the user has open would otherwise take every measured start for a second launch.
        runtime = root / "runtime"
        runtime.mkdir(mode=0o700)
        self.env.update(_pulse_env())  # read before XDG_RUNTIME_DIR changes: it says where
        self.env["XDG_RUNTIME_DIR"] = str(runtime)
        self.env["QT_QPA_PLATFORM"] = "offscreen"

    def launch(
        self,
        target: str,
        mode: str,
        args: tuple[str, ...] = (),
        timeout: float = 120.0,
        **settings: str,
    ) -> tuple[float, dict[str, Any]]:
        """Starts `python -m bench.launch target args`; returns when it started (monotonic, just
        before the process was made) and what it wrote."""
        out = self.root / "out.json"
        out.unlink(missing_ok=True)
        env = dict(self.env, CRAMP_BENCH_MODE=mode, CRAMP_BENCH_OUT=str(out))
        env.update({f"CRAMP_BENCH_{key.upper()}": value for key, value in settings.items()})
        command = [sys.executable, "-m", "bench.launch", target, *args]
        started = time.monotonic()
        proc = subprocess.run(
            command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
        )
        if not out.exists():
            raise BenchError(f"{' '.join(command[2:])} ({mode}) wrote nothing:\n{proc.stderr}")
        figures: dict[str, Any] = json.loads(out.read_text())
        if "error" in figures:
            raise BenchError(f"{' '.join(command[2:])} ({mode}): {figures['error']}")
        return started, figures

    def wall_time(self, command: list[str], timeout: float = 60.0) -> float:
        """Seconds from starting `command` to its exit; it must succeed."""
        started = time.monotonic()
        proc = subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if proc.returncode != 0:
            raise BenchError(f"{' '.join(command)} failed:\n{proc.stderr}")
        return time.monotonic() - started


@contextmanager
def bench_home() -> Iterator[Home]:
    root = Path(tempfile.mkdtemp(prefix="cramp-bench-home-"))
    try:
        yield Home(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def other_core_busy() -> Iterator[None]:
    """A busy loop in another process, so the app competes for the machine."""
    proc = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.2)  # let it get going
        yield
    finally:
        proc.kill()
        proc.wait()
