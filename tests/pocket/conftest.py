"""The phone page in a real headless Chromium (Debian's), one browser for the module."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.chromium import Chromium, executable

# What the tests put in the page before its own script: the test clock (performance.now swapped
# for a number the test moves; the page's CrampPocket.tick() then runs one wake-up at once), and
# speechSynthesis.speak and navigator.vibrate wrapped to record what the page hands them.
HOOKS = """
(() => {
  let t = 1000;
  performance.now = () => t;
  window.__clock = { advance: (ms) => { t += ms; }, now: () => t };
  window.__said = [];
  window.__buzz = [];
  if (window.speechSynthesis) {
    window.speechSynthesis.speak = (u) => { window.__said.push({ text: u.text, lang: u.lang }); };
  }
  navigator.vibrate = (pattern) => { window.__buzz.push(pattern); return true; };
})();
"""


def write_page(target: Path, *arguments: str, data_home: Path | None = None) -> Path:
    """`cramp-coach pocket -o target ...`, the real command, in a process of its own."""
    env = dict(os.environ)
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    subprocess.run(
        [sys.executable, "-m", "cramp_coach", "pocket", "-o", str(target), *arguments],
        check=True,
        env=env,
        capture_output=True,
    )
    return target


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    if executable() is None:
        pytest.fail("no chromium: `make test` installs Debian's chromium (see the Makefile)")
    chromium = Chromium(390, 844)
    chromium.before_each_page(HOOKS)
    yield chromium
    chromium.close()
