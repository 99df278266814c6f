"""The phone page as made (without a browser): the command's one-line errors, the escaping, and
that the page's script knows every rule routine/flow.py gives it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from cramp_coach.content import Routine
from cramp_coach.content.assets import asset
from cramp_coach.pocket import page as pocket
from cramp_coach.routine import flow


def pocket_command(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cramp_coach", "pocket", *arguments],
        capture_output=True,
        text=True,
        check=False,
    )


def test_bad_output_paths_are_one_line(tmp_path: Path) -> None:
    cases = {
        str(tmp_path / "no" / "page.html"): "cannot write there",
        str(tmp_path): "is a folder",
        "/proc/page.html": "cannot write there",
    }
    for target, words in cases.items():
        done = pocket_command("-o", target)
        assert done.returncode == 2, target
        assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"cramp-coach: {target}")
        assert words in done.stderr and "Traceback" not in done.stderr
    done = pocket_command("-o", str(tmp_path / "p.html"), "--hold-seconds", "600")
    assert done.returncode == 2
    assert done.stderr == "cramp-coach: --hold-seconds: hold seconds must be 5 to 60, got 600\n"


def test_it_writes_the_page_and_says_where(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    done = pocket_command("-o", str(target), "--language", "de", "--hold-seconds", "20")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Wrote the phone page (") and str(target) in done.stdout
    text = target.read_text()
    assert '<html lang="de">' in text
    data = json.loads(re.search(r'type="application/json">(.*?)</script>', text, re.S)[1])
    assert next(s for s in data["steps"] if s["kind"] == "hold")["seconds"] == 20
    assert data["speech"] == "de-DE"


def test_the_data_cannot_close_its_script_element() -> None:
    text = pocket.json_for_script({"name": "</script><!-- <script>&amp;\u2028"})
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == {"name": "</script><!-- <script>&amp;\u2028"}


def test_the_script_knows_every_guard_and_effect(routine: Routine, qapp: QCoreApplication) -> None:
    script = asset("pocket", "page.js").read_text()
    for name in pocket.GUARDS - {"_always"} | pocket.EFFECTS - {"_nothing"}:
        assert re.search(rf"\b{name}(\(p\)|:)", script), name
    data = pocket.page_data(routine, pocket.PageOptions())
    assert all("{" not in step["text"] + step["cue"] for step in data["steps"])
    assert {rule["on"] for rule in data["rules"]} >= {"next", "back", "came_back", "elapsed"}


def test_a_rule_the_page_does_not_know_stops_the_page(
    routine: Routine, qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def teleport(p: flow.Progress) -> None:
        p.reps = 99

    rules = [
        *flow.build_rules(routine),
        flow.Rule("hold", flow.Intent.NEXT, "done", effect=teleport),
    ]
    monkeypatch.setattr(pocket, "build_rules", lambda _routine: rules)
    with pytest.raises(pocket.PageError, match="teleport"):
        pocket.build_page(pocket.PageOptions(), routine)
