"""The phone page (`cramp-coach pocket`): its weight, and how soon it is interactive in a real
headless Chromium (Debian's) at a phone's size, against a floor measured in the same run: a bare
page (one heading and one button) opened the same way by the same browser.

Interactive: the navigation's domContentLoadedEventEnd (the page's inline script has run, its
first screen is built and its buttons answer), from Navigation Timing; each page is opened
RUNS times, interleaved with the floor, after one warm-up of each.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.chromium import Chromium
from bench.figures import Figure, spread

RUNS = 7
WEIGHT_BOUND_KB = 300.0  # the bound
INTERACTIVE_BOUND_MS = 1000.0  # the bound, on this machine
INTERACTIVE_RATIO_BOUND = 4.0  # × the bare page
BARE = (
    "<!DOCTYPE html><html lang='en'><meta charset='utf-8'>"
    "<meta name='viewport' content='width=device-width'><title>bare</title>"
    "<h1>Bare</h1><button>Start</button></html>"
)
TIMING = "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"


def _interactive(browser: Chromium, url: str) -> float:
    browser.open(url)
    return float(browser.evaluate(TIMING))


def figures() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder, "pocket.html")
        subprocess.run(
            [sys.executable, "-m", "cramp_coach", "pocket", "-o", str(page), "--language", "en"],
            check=True,
            capture_output=True,
        )
        bare = Path(folder, "bare.html")
        bare.write_text(BARE)
        browser = Chromium(390, 844)
        try:
            floor: list[float] = []
            times: list[float] = []
            for run in range(RUNS + 1):
                bare_ms = _interactive(browser, bare.as_uri())
                page_ms = _interactive(browser, page.as_uri())
                if run:  # the first pair warms the browser's caches
                    floor.append(bare_ms)
                    times.append(page_ms)
            clickable = browser.evaluate("!!document.querySelector('button[data-act=start]')")
        finally:
            browser.close()
        weight = page.stat().st_size / 1024
    ratio = statistics.median(times) / max(statistics.median(floor), 0.1)
    return [
        Figure("pocket_page_kb", round(weight, 1), WEIGHT_BOUND_KB, "kB", "cramp-coach pocket, en"),
        Figure(
            "pocket_interactive_ms",
            round(statistics.median(times), 1) if clickable else float("nan"),
            INTERACTIVE_BOUND_MS,
            "ms",
            f"headless Chromium 390x844, DOMContentLoaded end, {spread(times, digits=1)}",
        ),
        Figure(
            "pocket_interactive_ratio",
            round(ratio, 2),
            INTERACTIVE_RATIO_BOUND,
            "×",
            f"over a bare page in the same browser, {spread(floor, digits=1)} ms",
        ),
    ]


if __name__ == "__main__":
    from bench.figures import table

    print(table(figures()))
