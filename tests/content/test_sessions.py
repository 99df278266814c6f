"""Prevention sessions as data: the shipped ones, their translations, the user's own files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cramp_coach.content.exercises import Exercise, Kind, load_shipped
from cramp_coach.content.sessions import load_shipped_sessions, load_user_sessions

SHIPPED_IDS = {"strength-a", "strength-b", "warm-up", "post-run"}  # part B's plan names them


def library(language: str = "en") -> dict[str, Exercise]:
    return {e.id: e for e in load_shipped(language)}


def test_the_shipped_sessions_are_the_ones_the_plan_names() -> None:
    sessions = {s.id: s for s in load_shipped_sessions(library())}
    assert set(sessions) == SHIPPED_IDS
    for session in sessions.values():
        assert session.basis  # guidance the source lacks names its basis


def test_strength_sessions_are_bridges_deadlifts_and_knee_curls_with_sides() -> None:
    lib = library()
    for session_id in ("strength-a", "strength-b"):
        session = next(s for s in load_shipped_sessions(lib) if s.id == session_id)
        exercises = session.exercises(lib)
        assert {e.family.value for e in exercises} == {"bridges", "deadlifts", "knee-curls"}
        for exercise in exercises:
            assert exercise.kind is Kind.REPS and 1 <= exercise.sets <= 3
            assert 8 <= exercise.reps <= 12  # the basis: 8-12 reps
    b = next(s for s in load_shipped_sessions(lib) if s.id == "strength-b")
    assert [e.each_leg for e in b.exercises(lib)] == [True, True, False]


def test_the_post_run_stretch_is_the_sources_dose() -> None:
    lib = library()
    post = next(s for s in load_shipped_sessions(lib) if s.id == "post-run")
    (stretch,) = post.exercises(lib)
    # "Hold for 30 seconds and repeat up to three times"
    assert (stretch.kind, stretch.seconds, stretch.sets) == (Kind.HOLD, 30, 3)


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_shipped_sessions_are_translated(language: str) -> None:
    english = {s.id: s for s in load_shipped_sessions(library())}
    for session in load_shipped_sessions(library(language), language):
        assert session.name != english[session.id].name
        assert session.items == english[session.id].items  # the doses stay the English file's


GOOD = """id = "mine"
name = "My evening"
purpose = "Short."
get_ready_seconds = 5
rest_between_seconds = 30

[[exercise]]
id = "glute-bridge"
sets = 1
reps = 5
"""


def test_users_own_sessions_load_and_a_bad_file_is_one_line_naming_file_and_field(
    tmp_path: Path,
) -> None:
    (tmp_path / "a-good.toml").write_text(GOOD)
    (tmp_path / "b-unknown.toml").write_text(GOOD.replace("glute-bridge", "no-such"))
    (tmp_path / "c-kind.toml").write_text(GOOD.replace("reps = 5", "hold_seconds = 30"))
    (tmp_path / "d-broken.toml").write_text("id = [")
    (tmp_path / "e-taken.toml").write_text(GOOD.replace('"mine"', '"strength-a"'))
    os.mkfifo(tmp_path / "f-pipe.toml")  # never waited on
    read = load_user_sessions(tmp_path, library(), {"strength-a"})
    assert [s.id for s in read.items] == ["mine"]
    assert read.items[0].users and not read.items[0].basis
    assert len(read.problems) == 5
    unknown, kind, broken, taken, pipe = read.problems
    assert "b-unknown.toml: exercise 1: id 'no-such' is no exercise in the library" in unknown
    assert "c-kind.toml: exercise 1: hold_seconds does not suit 'glute-bridge'" in kind
    assert "d-broken.toml" in broken and "not valid TOML" in broken
    assert "e-taken.toml: id 'strength-a' is already used" in taken
    assert "f-pipe.toml" in pipe and "not a regular file" in pipe
    assert all("\n" not in line for line in read.problems)
