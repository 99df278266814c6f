"""The phone page, walked in a real headless Chromium at 390×844 with its own buttons, on a
controlled clock: every path of the routine, the countdown's end and pause, the cues handed to
speech synthesis in the page's language, no network, a hostile exercise name shown as text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.chromium import Chromium
from cramp_coach.content import Routine, load_routine
from cramp_coach.content.assets import asset, default_routine_file
from cramp_coach.pocket.page import MAX_PAGE_BYTES
from tests.pocket.conftest import write_page

HOSTILE = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>'


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    data_home = folder / "data"
    exercises = data_home / "CrampCoach" / "cramp-coach" / "exercises"
    exercises.mkdir(parents=True)
    knee_curl = asset("exercises", "standing-knee-curl.toml").read_text()
    hostile = knee_curl.replace('id = "standing-knee-curl"', 'id = "mine"')
    hostile = hostile.replace('name = "Standing knee curl"', f"name = {json.dumps(HOSTILE)}")
    hostile = hostile.replace('picture = "standing-knee-curl.svg"\n', "")
    (exercises / "mine.toml").write_text(hostile)
    return {
        "en": write_page(folder / "en.html", "--language", "en", "--hold-seconds", "30"),
        "es": write_page(folder / "es.html", "--language", "es", "--hold-seconds", "30"),
        "hostile": write_page(folder / "hostile.html", "--language", "en", data_home=data_home),
    }


class Page:
    """One page open in the browser, driven through its own buttons."""

    def __init__(self, browser: Chromium, path: Path, language: str) -> None:
        self.browser = browser
        self.url = path.as_uri()
        self.since = browser.mark()
        browser.open(self.url)
        self.routine = load_routine(default_routine_file(), language).with_hold_seconds(30)

    def tap(self, action: str) -> None:
        self.browser.click(f'button[data-act="{action}"]')

    def state(self) -> dict[str, Any]:
        value: dict[str, Any] = self.browser.evaluate("CrampPocket.state()")
        return value

    @property
    def step(self) -> str | None:
        state = self.state()
        return None if state is None else str(state["step"])

    def advance(self, ms: float) -> None:
        self.browser.evaluate(f"__clock.advance({ms}); CrampPocket.tick()")

    def said(self) -> list[dict[str, str]]:
        value: list[dict[str, str]] = self.browser.evaluate("window.__said")
        return value

    def text(self) -> str:
        return str(self.browser.evaluate("document.body.textContent"))

    def run_down(self, step_ms: float) -> float:
        """Moves the clock on in `step_ms` strides to 100 ms before the deadline, then 20 ms at
        a time until the step moves on; how long after its deadline it ended."""
        state = self.state()
        step, deadline = state["step"], state["deadline"]
        assert state["running"] and not state["paused"]
        now = self.browser.evaluate("__clock.now()")
        while now + step_ms < deadline - 100:
            self.advance(step_ms)
            now += step_ms
            assert self.step == step
        self.advance(deadline - 100 - now)
        assert self.step == step, "ended before its deadline"
        while self.step == step:
            self.advance(20)
        ended = self.state()["endedAt"] if self.state() else None
        assert ended is not None
        return float(ended - deadline)

    def no_network(self) -> None:
        """Nothing asked for since the page was opened but the page itself (and its pictures,
        which are data: addresses inside it)."""
        asked = self.browser.requests(self.since)
        assert [u for u in asked if not u.startswith("data:")] == [self.url]


def cue(routine: Routine, step_id: str) -> str:
    """A step's cue as the routine file has it (no placeholders in the ones checked here)."""
    return routine.step(step_id).cue.replace("{seconds}", "30")


def test_the_cramp_steps_in_spanish_to_prolonged(browser: Chromium, pages: dict[str, Path]) -> None:
    page = Page(browser, pages["es"], "es")
    routine = page.routine
    assert page.state() is None
    page.tap("start")
    assert page.step == "stop"
    assert page.said()[-1] == {"text": cue(routine, "stop"), "lang": "es-ES"}
    assert "Paso 1 de 10" in page.text()
    assert "No es consejo médico." in page.text()
    page.tap("next")
    assert page.step == "triage"
    for sign in routine.step("triage").signs:
        assert sign in page.text()
    page.tap("next")  # "Es un calambre"
    assert page.step == "ease"
    page.tap("next")
    assert page.step == "position"
    assert 0 <= page.run_down(250) < 50  # the get-ready countdown
    assert page.step == "hold"
    assert page.said()[-1]["text"].startswith(cue(routine, "hold"))
    # Pause keeps the exact time, however long it lasts.
    page.advance(10_000)
    assert page.state()["left"] == 20_000
    page.tap("pause")
    assert page.state()["paused"] and page.state()["left"] == 20_000
    page.advance(7_000)
    assert page.state()["left"] == 20_000 and page.step == "hold"
    assert "Reanudar" in page.text()
    page.tap("pause")  # resume
    assert not page.state()["paused"] and page.state()["left"] == 20_000
    before = len(page.said())
    assert 0 <= page.run_down(250) < 50
    assert page.step == "check"
    marks = [m.text for m in routine.marks]
    assert [s["text"] for s in page.said()[before:-1]] == marks  # Diez segundos... Uno.
    assert len(browser.evaluate("window.__buzz")) >= len(marks)
    for rep in (2, 3):
        page.tap("still")
        assert page.step == "position"
        assert f"Repetición {rep} de 3" in page.text()
        assert 0 <= page.run_down(1000) < 50
        assert 0 <= page.run_down(1000) < 50
        assert page.step == "check" and page.state()["reps"] == rep
    page.tap("still")  # after the third: on to the ice, prolonged
    assert page.step == "ice" and page.state()["prolonged"]
    assert routine.fill(routine.prolonged) in page.said()[-1]["text"]
    assert page.state()["waiting"] and not page.state()["running"]  # waits for the ice
    page.tap("begin")
    assert page.state()["running"]
    assert 0 <= page.run_down(5000) < 50  # ten minutes in 5 s strides
    assert page.step == "massage"
    assert page.said()[-1]["text"].startswith(routine.step("ice").end_cue)
    page.tap("next")
    assert page.step == "rehydrate"
    page.tap("next")
    assert page.step == "done"
    assert "sigue el calambre tras 3 estiramientos" in page.text()
    assert routine.fill(routine.prolonged) in page.text()  # consult a physician, at Done too
    assert routine.step("done").doctor in page.text()
    assert {s["lang"] for s in page.said()} == {"es-ES"}
    page.tap("next")
    assert page.state() is None
    page.no_network()


def test_eased_with_back_and_the_cramp_coming_back(
    browser: Chromium, pages: dict[str, Path]
) -> None:
    page = Page(browser, pages["en"], "en")
    routine = page.routine
    page.tap("start")
    page.tap("next")
    page.tap("next")
    assert page.step == "ease"
    page.tap("back")
    assert page.step == "triage"
    page.tap("next")
    page.tap("next")
    assert page.step == "position"
    page.tap("next")  # skip the get-ready countdown
    assert page.step == "hold"
    page.tap("came_back")  # during the hold: wait for it to stop, the rep is done again
    assert page.step == "ease" and page.state()["reps"] == 0
    page.tap("next")
    assert 0 <= page.run_down(1000) < 50
    assert 0 <= page.run_down(1000) < 50
    assert page.step == "check" and page.state()["reps"] == 1
    page.tap("back")  # back to get into position: the rep is done again
    assert page.step == "position" and page.state()["reps"] == 0
    page.tap("next")
    page.tap("next")  # "Release early"
    assert page.step == "check" and page.state()["reps"] == 1
    assert "Rep 1 of 3" in page.text()  # as the window counts: the rep just done
    page.tap("eased")
    assert page.step == "ice" and page.state()["eased"]
    page.tap("next")  # skip the ice
    assert page.step == "massage" and page.state()["running"]
    page.tap("came_back")
    assert page.step == "ease"
    page.tap("next")
    page.tap("next")
    page.tap("next")
    assert page.step == "check" and page.state()["reps"] == 2
    page.tap("eased")
    page.tap("next")
    assert 0 <= page.run_down(5000) < 50
    assert page.step == "rehydrate"
    assert page.said()[-1]["text"].startswith(routine.step("massage").end_cue)
    page.tap("next")
    assert "the cramp eased after 2 stretches" in page.text()
    assert {s["lang"] for s in page.said()} == {"en-GB"}
    page.tap("next")
    assert page.state() is None
    page.no_network()


def test_the_injury_steps_never_stretch(browser: Chromium, pages: dict[str, Path]) -> None:
    page = Page(browser, pages["en"], "en")
    routine = page.routine
    page.tap("start")
    page.tap("next")
    page.tap("injury")
    visited = [page.step]
    assert page.state()["injury"]
    page.tap("next")
    visited.append(page.step)
    assert page.state()["waiting"]
    page.tap("begin")
    assert 0 <= page.run_down(5000) < 50
    visited.append(page.step)
    assert page.said()[-1]["text"].startswith(routine.step("cool").end_cue)
    page.tap("next")
    visited.append(page.step)
    assert visited == ["rest", "cool", "support", "injury-done"]
    assert routine.step("injury-done").doctor in page.text()
    assert "could be an injury: no stretching" in page.text()
    page.tap("next")
    assert page.state() is None
    # Stop, from the middle of the cramp steps: back to the first screen at once.
    page.tap("start")
    page.tap("stop")
    assert page.state() is None
    page.no_network()


def test_a_hostile_exercise_name_shows_as_text(browser: Chromium, pages: dict[str, Path]) -> None:
    page = Page(browser, pages["hostile"], "en")
    names = browser.evaluate("[...document.querySelectorAll('h3')].map(h => h.textContent)")
    assert HOSTILE in names
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
    assert browser.evaluate("document.scripts.length") == 2  # the data and the page's own
    page.no_network()


def test_the_page_is_light(pages: dict[str, Path]) -> None:
    for path in pages.values():
        assert path.stat().st_size < MAX_PAGE_BYTES
