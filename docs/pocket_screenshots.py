"""Screenshots of the phone page at 390×844 in a real headless Chromium: every step of both
paths, in the light and the dark theme, and in Spanish, into docs/screenshots/pocket/.

    python docs/pocket_screenshots.py      (make screenshots runs it)

The page is made by the real command (`cramp-coach pocket`); its clock is the test clock of
tests/pocket/conftest.py, so a countdown is shown part-way, at the same second every time.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.chromium import Chromium
from tests.pocket.conftest import HOOKS, write_page

OUT = Path(__file__).parent / "screenshots" / "pocket"

# (name, what to tap to get there, ms to move the clock on after), in order down each path.
CRAMP = [
    ("0-home", [], 0),
    ("1-stop", ["start"], 0),
    ("2-triage", ["next"], 0),
    ("3-ease", ["next"], 0),
    ("4-position", ["next"], 2_000),
    ("5-hold", ["next"], 12_400),
    ("6-check", ["next"], 0),
    ("7-ice-waiting", ["eased"], 0),
    ("8-ice", ["begin"], 95_000),
    ("9-massage", ["next"], 30_000),
    ("10-rehydrate", ["next"], 0),
    ("11-done", ["next"], 0),
]
INJURY = [
    ("12-injury-rest", ["start", "next", "injury"], 0),
    ("13-injury-ice", ["next"], 0),
    ("14-injury-support", ["next", "next"], 0),
    ("15-injury-done", ["next"], 0),
]


def shoot(browser: Chromium, page: Path, prefix: str) -> list[Path]:
    browser.open(page.as_uri())
    made = []
    for path in (CRAMP, INJURY):
        if path is INJURY:
            browser.open(page.as_uri())
        for name, taps, later in path:
            for action in taps:
                browser.click(f'button[data-act="{action}"]')
            if later:
                browser.evaluate(f"__clock.advance({later}); CrampPocket.tick()")
            browser.evaluate("window.scrollTo(0, 0)")
            target = OUT / f"{prefix}{name}.png"
            browser.screenshot(target)
            made.append(target)
    return made


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        english = write_page(Path(folder, "en.html"), "--language", "en", "--hold-seconds", "30")
        spanish = write_page(Path(folder, "es.html"), "--language", "es", "--hold-seconds", "30")
        browser = Chromium(390, 844)
        try:
            browser.before_each_page(HOOKS)
            made = shoot(browser, english, "en-light-")
            made += shoot(browser, spanish, "es-light-")
            browser.color_scheme("dark")
            made += shoot(browser, english, "en-dark-")
        finally:
            browser.close()
    print(f"{len(made)} screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
