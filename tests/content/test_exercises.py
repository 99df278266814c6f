"""The exercise library's data: every shipped file loads with its picture; bad user files are
reported and skipped while the rest still load."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from cramp_coach import i18n
from cramp_coach.content.errors import ContentError
from cramp_coach.content.exercises import (
    Family,
    Goal,
    Kind,
    load_exercise,
    load_library,
    shipped_exercise_files,
)
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
        if exercise.kind is Kind.REPS:
            assert exercise.reps and exercise.rep_seconds > 0 and not exercise.seconds
        elif exercise.kind is Kind.HOLD:
            assert exercise.seconds and not exercise.cadence and not exercise.reps
        else:  # moving: its stages fill its time
            assert sum(stage.seconds for stage in exercise.cadence) == exercise.seconds


# -- issue 15: the general guidance names its basis, and says what it must -----------------------


def test_every_shipped_exercise_names_the_basis_of_its_general_guidance() -> None:
    for exercise in load_library().exercises:
        assert exercise.from_source, exercise.id  # the source's own words stay
        assert len(exercise.basis) > 20, exercise.id
        # a real, mainstream reference: ACSM, NSCA, NHS, BJSM...
        assert any(body in exercise.basis for body in ("ACSM", "NSCA", "NHS", "BJSM")), exercise.id


def test_a_shipped_file_without_its_basis_is_one_line_naming_file_and_field(
    tmp_path: Path,
) -> None:
    for shipped in shipped_exercise_files():
        text = shipped.read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if not line.startswith("basis =")]
        assert len(lines) == len(text.splitlines()) - 1, shipped.name
        path = tmp_path / shipped.name
        path.write_text("\n".join(lines).replace('picture = "', '# picture = "'), encoding="utf-8")
        with pytest.raises(ContentError) as caught:
            load_exercise(path)  # as a shipped file is read
        assert str(caught.value) == f"{path}: exercise: missing field 'basis'"


def test_a_users_own_file_needs_no_basis_but_may_give_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_exercise(path, users=True).basis == ""
    path.write_text(GOOD + 'basis = "My physio."\n', encoding="utf-8")
    assert load_exercise(path, users=True).basis == "My physio."
    path.write_text(GOOD + 'basis = "  "\n', encoding="utf-8")
    with pytest.raises(ContentError, match="basis must be non-empty text"):
        load_exercise(path, users=True)


SINGLE_LEG = {"single-leg-bridge", "single-leg-deadlift", "standing-knee-curl"}


def test_the_exercises_done_one_leg_at_a_time_say_each_leg(qapp: object) -> None:
    library = {e.id: e for e in load_library().exercises}
    assert {i for i, e in library.items() if e.each_leg} == SINGLE_LEG
    for exercise_id in SINGLE_LEG:  # their steps say so too
        assert any("change legs" in s for s in library[exercise_id].steps), exercise_id
    assert library["single-leg-bridge"].dose == "2 × 8 reps each leg"
    assert library["standing-knee-curl"].dose == "2 × 12 reps each leg"
    assert library["glute-bridge"].dose == "3 × 10 reps"
    assert library["warm-up"].dose == "5 minutes"
    assert library["standing-hamstring-stretch"].dose == "3 × 30 seconds"


def test_bridges_and_deadlifts_say_stop_if_the_hamstring_starts_to_cramp() -> None:
    for exercise in load_library().exercises:
        if exercise.family in (Family.BRIDGES, Family.DEADLIFTS, Family.KNEE_CURLS):
            line = "If your hamstring starts to cramp: stop, and do the cramp first aid."
            assert line in exercise.avoid, exercise.id


def test_strength_work_says_how_often_a_week(qapp: object) -> None:
    for exercise in load_library().exercises:
        if Goal.STRENGTH in exercise.goals:
            assert exercise.days_per_week == (2, 3), exercise.id
            assert exercise.per_week == "2–3 days a week, not on consecutive days"
            assert "2–3 days a week" in exercise.basis, exercise.id
        else:
            assert exercise.days_per_week is None and exercise.per_week == "", exercise.id


def test_the_warm_up_is_easy_movement_for_minutes_not_a_hold() -> None:
    warm_up = next(e for e in load_library().exercises if e.id == "warm-up")
    assert (warm_up.kind, warm_up.seconds, warm_up.sets) == (Kind.MOVE, 300, 1)
    assert [s.word for s in warm_up.cadence] == ["Walk briskly.", "Now jog very easily."]
    assert "hold" not in " ".join([warm_up.tempo, *warm_up.steps]).lower()


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
        (("reps = 5", "hold_seconds = 30"), "give exactly one of reps, hold_seconds"),
        (("reps = 5", "reps = 5\nmove_minutes = 5"), "got reps, move_minutes"),
        (("reps = 5\n", ""), "give exactly one of reps, hold_seconds or move_minutes, got none"),
        (("reps = 5", "reps = 5\neach_leg = 2"), "each_leg must be true or false, got 2"),
        (("reps = 5", "hold_seconds = 30\neach_leg = true"), "each_leg is for an exercise with"),
        (("reps = 5", "reps = 5\ndays_per_week = [3, 2]"), "days_per_week must be .fewest"),
        (("reps = 5", "reps = 5\ndays_per_week = 2"), "days_per_week must be .fewest, most."),
        (("reps = 5", "reps = 5\ndays_per_week = [2, 7]"), "1 to 4, got .2, 7."),
        (("reps = 5", "reps = 5\nbasis = 3"), "basis must be non-empty text, got 3"),
        (("sets = 2\nreps = 5", "sets = 1\nmove_minutes = 5"), "cadence: the stages must add"),
        (("sets = 2\nreps = 5", "sets = 1\nmove_minutes = 1"), "move_minutes must be 2 to 60"),
        (("sets = 2\nreps = 5", "sets = 2\nmove_minutes = 2"), "move_minutes has 1 set, got 2"),
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


@pytest.mark.parametrize(
    ("code", "each_leg", "per_week", "warm_up"),
    [
        ("es", "2 × 8 repeticiones con cada pierna", "2–3 días a la semana, no en días seguidos",
         "5 minutos"),
        ("de", "2 × 8 Wiederholungen je Bein", "2–3 Tage pro Woche, nicht an aufeinanderfolgenden "
         "Tagen", "5 Minuten"),
    ],
)  # fmt: skip
def test_each_leg_how_often_and_the_minutes_are_translated(
    qapp: QApplication, code: str, each_leg: str, per_week: str, warm_up: str
) -> None:
    library = {e.id: e for e in load_library(language=code).exercises}
    i18n.install(qapp, code)
    try:
        assert library["single-leg-deadlift"].dose == each_leg
        assert library["glute-bridge"].per_week == per_week
        assert library["warm-up"].dose == warm_up
    finally:
        i18n.install(qapp, "en")
    # the basis names a published reference by its own title: the same in every language
    assert library["glute-bridge"].basis == next(
        e.basis for e in load_library().exercises if e.id == "glute-bridge"
    )
