"""Loading the routine file: the shipped one is faithful; broken ones say what is wrong."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from cramp_coach.content import ContentError, Routine, StepKind, load_routine
from cramp_coach.content.assets import default_routine_file

ROOT = Path(__file__).resolve().parents[2]
# The source article, kept in the repository so the checks below always run; when the project's
# shared/ folder is beside the repository, the copy must be identical to it.
SEED = ROOT / "docs" / "source" / "hamstring-cramps.txt"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "hamstring-cramps.txt"


def shipped() -> dict[str, Any]:
    return tomllib.loads(default_routine_file().read_text(encoding="utf-8"))


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    """Writes a routine as TOML (only what the routine format needs)."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | float):
            return str(v)
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = []
    for key, table in data.items():
        if isinstance(table, list):
            for item in table:
                lines.append(f"[[{key}]]")
                lines += [f"{k} = {value(v)}" for k, v in item.items()]
        else:
            lines.append(f"[{key}]")
            lines += [f"{k} = {value(v)}" for k, v in table.items()]
    path = tmp_path / "routine.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def step_named(data: dict[str, Any], step_id: str) -> dict[str, Any]:
    return next(s for s in data["steps"] if s["id"] == step_id)


# -- the shipped routine -------------------------------------------------------------------


def test_shipped_routine_has_the_steps_in_order(routine: Routine) -> None:
    assert [s.id for s in routine.steps] == [
        "stop",
        "position",
        "hold",
        "check",
        "ice",
        "massage",
        "rehydrate",
        "done",
    ]
    assert routine.max_reps == 3
    assert routine.hold.seconds == 30
    assert (routine.hold.min_seconds, routine.hold.max_seconds) == (5, 60)
    assert routine.step("position").seconds == 5


def test_the_test_writer_writes_the_shipped_routine_unchanged(
    tmp_path: Path, routine: Routine
) -> None:
    # the error tests below break a copy written by write(); unbroken, it must equal the original
    assert load_routine(write(tmp_path, shipped())) == routine


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="no shared/ folder beside the repository")
def test_the_repository_copy_of_the_source_is_current() -> None:
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


@pytest.mark.parametrize(
    ("step_id", "in_routine", "in_seed"),
    [
        ("stop", "wait until the cramp has stopped", "after the cramp has stopped"),
        ("position", "feet shoulder-width apart", "feet shoulder width apart"),
        ("position", "slowly bend at your waist", "slowly bend at your waist"),
        ("position", "light pull on your hamstrings", "light pull on your hamstrings"),
        ("hold", "for 30 seconds", "hold for 30 seconds"),
        ("check", "up to 3 times", "repeat up to three times"),
        ("ice", "reduce soreness", "alleviate cramping and reduce soreness"),
        ("massage", "gentle", "gentle massage"),
        ("rehydrate", "a sports drink, a banana or other supplements", "sports drinks, bananas"),
        ("rehydrate", "brigham young university", "brigham young university study"),
        ("rehydrate", "not a sufficient treatment", "not a sufficient treatment"),
        ("done", "eight glasses of water", "at least eight glasses of water daily"),
        ("done", "fruit and vegetables", "fruits and vegetables"),
        ("done", "bridges, deadlifts and knee curls", "bridges, deadlifts and knee curls"),
        ("done", "undiagnosed medical condition", "undiagnosed medical conditions"),
    ],
)
def test_routine_says_what_the_seed_says(
    routine: Routine, step_id: str, in_routine: str, in_seed: str
) -> None:
    seed = re.sub(r"\s+", " ", SEED.read_text(encoding="utf-8")).lower()
    step = routine.step(step_id)
    shown = " ".join((routine.fill(step.text, step=step), step.doctor)).lower()
    assert in_routine in shown
    assert in_seed in seed


def test_what_the_source_does_not_say_is_only_in_extra_fields(routine: Routine) -> None:
    # Durations of ice and massage, and how to use ice, are general guidance: marked as such.
    for step in routine.steps:
        for field in (step.text, step.cue):
            assert "cloth" not in field and "numb" not in field and "minutes" not in field
    assert "cloth" in routine.step("ice").extra
    assert routine.step("ice").seconds == 600
    assert routine.step("massage").seconds == 120
    assert "stretch" in routine.step("stop").text.lower()  # "don't stretch yet"
    assert "pickle juice is not a sufficient treatment" in routine.step("rehydrate").text.lower()
    assert "doctor" in routine.step("done").doctor.lower()


def test_every_text_fills_its_placeholders(routine: Routine) -> None:
    for step in routine.steps:
        for template in (step.title, step.text, step.cue):
            assert "{" not in routine.fill(template, reps=2, step=step)
    assert "3 stretches" in routine.fill(routine.prolonged)


def test_hold_seconds_can_be_changed_within_the_files_limits(routine: Routine) -> None:
    assert routine.with_hold_seconds(5).hold.seconds == 5
    assert routine.with_hold_seconds(60).hold.seconds == 60
    assert routine.hold.seconds == 30  # the original is unchanged
    for bad in (4, 61):
        with pytest.raises(ValueError, match="5 to 60"):
            routine.with_hold_seconds(bad)


def test_routine_kinds_are_what_the_flow_expects(routine: Routine) -> None:
    kinds = [s.kind for s in routine.steps]
    assert kinds.count(StepKind.HOLD) == 1
    assert kinds[-1] is StepKind.DONE


# -- broken files: each gives one clear line naming file, place and field ---------------------


def _break(change: str) -> dict[str, Any]:
    data = shipped()
    hold = step_named(data, "hold")
    check = step_named(data, "check")
    if change == "hold 600":
        hold["seconds"] = 600
    elif change == "hold text":
        hold["seconds"] = "thirty"
    elif change == "no title":
        del step_named(data, "ice")["title"]
    elif change == "unknown field":
        step_named(data, "ice")["minutes"] = 10
    elif change == "bad kind":
        step_named(data, "ice")["kind"] = "freeze"
    elif change == "dangling target":
        check["still"] = "stretch-again"
    elif change == "bad placeholder":
        hold["text"] = "Hold for {secs} seconds"
    elif change == "max reps":
        data["routine"]["max_reps"] = 0
    elif change == "duplicate id":
        step_named(data, "massage")["id"] = "ice"
    elif change == "no done":
        data["steps"] = [s for s in data["steps"] if s["id"] != "done"]
    elif change == "empty text":
        step_named(data, "stop")["text"] = "  "
    return data


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("hold 600", "step 'hold': seconds must be 5 to 60, got 600"),
        ("hold text", "step 'hold': seconds must be a whole number, got 'thirty'"),
        ("no title", "step 'ice': missing field 'title'"),
        ("unknown field", "step 'ice': unknown field 'minutes'"),
        ("bad kind", "step 'ice': kind must be one of"),
        ("dangling target", "step 'check': still names no step: 'stretch-again'"),
        ("bad placeholder", "step 'hold': text: unknown placeholder {secs}"),
        ("max reps", "[routine]: max_reps must be 1 to 10, got 0"),
        ("duplicate id", "step 'ice': id is used by more than one step"),
        ("no done", "the last step, and only it, must be of kind 'done'"),
        ("empty text", "step 'stop': text must be non-empty text"),
    ],
)
def test_malformed_routine_names_file_step_and_field(
    tmp_path: Path, change: str, expected: str
) -> None:
    path = write(tmp_path, _break(change))
    with pytest.raises(ContentError) as caught:
        load_routine(path)
    message = str(caught.value)
    assert message.startswith(str(path) + ": ")
    assert expected in message
    assert "\n" not in message


def test_not_toml_at_all(tmp_path: Path) -> None:
    path = tmp_path / "routine.toml"
    path.write_text("[routine\nid = ", encoding="utf-8")
    with pytest.raises(ContentError, match=r"routine\.toml: not valid TOML"):
        load_routine(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="file not found"):
        load_routine(tmp_path / "nope.toml")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "routine.toml"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ContentError, match="cannot read the file"):
        load_routine(path)
