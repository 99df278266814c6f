"""The exercise library's data: every shipped file loads with its picture; bad user files are
reported and skipped while the rest still load."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtSvg import QSvgRenderer

from cramp_coach.content.exercises import Family, Goal, load_exercise, load_library
from cramp_coach.content.prevention import load_plan

GOOD = """
id = "calf-friendly-curl"
name = "My knee curl"
family = "knee-curls"
goals = ["strength"]
from_source = "Knee curls."
purpose = "Mine."
steps = ["Curl."]
sets = 2
reps = 5
rest_seconds = 30
tempo = "slow"
cadence = [["Up", 2], ["and down", 2]]
mistakes = ["Rushing."]
avoid = ["During a cramp."]
"""


def test_every_shipped_exercise_loads_with_a_picture(qapp: object) -> None:
    library = load_library()
    assert library.problems == []
    ids = {e.id for e in library.exercises}
    assert len(ids) == len(library.exercises) == 8
    for exercise in library.exercises:
        assert exercise.picture is not None, exercise.id
        renderer = QSvgRenderer(str(exercise.picture))
        assert renderer.isValid(), exercise.picture
        assert not exercise.users


def test_the_library_covers_what_the_source_names() -> None:
    families = {e.family for e in load_library().exercises}
    assert families == set(Family)  # bridges, deadlifts, knee curls, warm-up, stretch
    goals = {g for e in load_library().exercises for g in e.goals}
    assert goals == set(Goal)


def test_every_exercise_warns_against_use_during_a_cramp() -> None:
    for exercise in load_library().exercises:
        assert any("cramp" in line.lower() for line in exercise.avoid), exercise.id


def test_reps_exercises_have_a_cadence_and_holds_do_not() -> None:
    for exercise in load_library().exercises:
        if exercise.reps:
            assert exercise.rep_seconds > 0
        else:
            assert exercise.hold_seconds and not exercise.cadence


def test_users_own_exercises_load_marked_as_theirs(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(GOOD, encoding="utf-8")
    library = load_library(tmp_path)
    mine = [e for e in library.exercises if e.users]
    assert [e.name for e in mine] == ["My knee curl"]
    assert mine[0].picture is None


def test_a_bad_user_file_is_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "a-good.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b-bad.toml").write_text(GOOD.replace("sets = 2", "sets = 99"), encoding="utf-8")
    (tmp_path / "c-broken.toml").write_text("name = ", encoding="utf-8")
    dup = GOOD.replace('name = "My knee curl"', 'name = "Copy"')
    (tmp_path / "d-dup.toml").write_text(dup, encoding="utf-8")
    library = load_library(tmp_path)
    assert len(library.exercises) == 9  # the 8 shipped and the one good file
    assert library.problems == [
        f"{tmp_path / 'b-bad.toml'}: exercise: sets must be 1 to 10, got 99",
        f"{tmp_path / 'c-broken.toml'}: not valid TOML (Invalid value (at end of document))",
        f"{tmp_path / 'd-dup.toml'}: id 'calf-friendly-curl' is already used; file skipped",
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('family = "knee-curls"', 'family = "squats"'), "family must be one of bridges"),
        (('goals = ["strength"]', 'goals = ["speed"]'), "goals: goal must be one of"),
        (("reps = 5", "hold_seconds = 30"), "hold_seconds"),
        (('cadence = [["Up", 2], ["and down", 2]]', 'cadence = [["Up"]]'), "cadence 1"),
        (('steps = ["Curl."]', "steps = []"), "steps: must be a list"),
        (('tempo = "slow"', 'tempo = "slow"\npicture = "../../etc/passwd"'), "picture must be"),
        (('tempo = "slow"', 'tempo = "slow"\nscript = "rm -rf"'), "unknown field 'script'"),
    ],
)
def test_bad_fields_are_named(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    path = tmp_path / "x.toml"
    text = GOOD.replace(*change)
    if change[1] == "hold_seconds = 30":
        text = text.replace("hold_seconds = 30", "reps = 5\nhold_seconds = 30")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Exception, match=message) as caught:
        load_exercise(path, users=True)
    assert str(caught.value).startswith(str(path))


def test_prevention_plan_links_only_to_exercises_that_exist() -> None:
    ids = {e.id for e in load_library().exercises}
    plan = load_plan()
    linked = {i for s in plan.sections for i in s.exercises}
    assert linked and linked <= ids
    text = " ".join(p for s in plan.sections for p in s.points).lower()
    for fact in ("eight glasses of water", "fruit and vegetables", "warm up", "gradually",
                 "hot weather", "alcohol", "overtraining", "physician"):  # fmt: skip
        assert fact in text
