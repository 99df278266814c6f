"""Loading the user's exercise folder in a process of its own, with a time and memory limit:
how the tests see what a hostile file does to the loader without it taking the tests down."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

MEMORY_BYTES = 1024**3  # the loader's process may use 1 GB of address space at most
SECONDS = 60.0  # and this long (it takes well under a second)

_CHILD = """
import json, resource, sys, time
from pathlib import Path
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from cramp_coach.content.exercises import load_library
started = time.process_time()
library = load_library(Path(sys.argv[1]))
users = [e for e in library.exercises if e.users]
texts = [[e.name, e.purpose, e.tempo, *e.steps, *(b.word for b in e.cadence)] for e in users]
print(json.dumps({"problems": library.problems, "names": [e.name for e in users],
                  "texts": texts, "cpu": time.process_time() - started}))
"""


@dataclass
class Loaded:
    problems: list[str]
    names: list[str]  # of the user's exercises that loaded
    texts: list[list[str]]  # each one's texts, as shown and spoken
    cpu: float  # processor seconds the loading took


def load_in_child(folder: Path, seconds: float = SECONDS) -> Loaded:
    """load_library(folder) in a child process limited to MEMORY_BYTES; fails the test (never
    hangs it) when the loader raises, runs out of memory or takes longer than `seconds`."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(folder), str(MEMORY_BYTES)],
            capture_output=True,
            text=True,
            timeout=seconds,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"loading {folder} took over {seconds} s") from None
    assert done.returncode == 0, f"the loader failed (rc {done.returncode}): {done.stderr[-2000:]}"
    return Loaded(**json.loads(done.stdout))
