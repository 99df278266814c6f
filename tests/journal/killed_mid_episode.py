"""Run by test_store: records half a routine, says "ready", then waits to be killed.

Usage: python killed_mid_episode.py JOURNAL_FILE
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cramp_coach.journal.store import Journal

STARTED = datetime(2026, 11, 25, 12, 5, 1, tzinfo=UTC)


def main() -> None:
    journal = Journal.open(Path(sys.argv[1]))
    episode = journal.start_episode(STARTED, leg="left")
    journal.add_step(episode, "stop", STARTED)
    journal.add_step(episode, "position", STARTED + timedelta(seconds=12))
    print("ready", episode, flush=True)
    sys.stdin.read()  # the test holds stdin open and kills us here, journal still open


if __name__ == "__main__":
    main()
