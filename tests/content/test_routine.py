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


CRAMP_STEPS = [
    "stop",
    "triage",
    "ease",
    "position",
    "hold",
    "check",
    "ice",
    "massage",
    "rehydrate",
    "done",
]
INJURY_STEPS = ["rest", "cool", "support", "injury-done"]
# Every step whose words are (partly) general guidance, not from the source: `extra` or
# `guidance = true`. Each must name its basis.
GUIDANCE_STEPS = ["triage", "rest", "cool", "support", "injury-done"]
EXTRA_STEPS = ["ease", "position", "ice", "massage", "rehydrate"]


def ids(steps: Any) -> list[str]:
    return [s.id for s in steps]


def test_shipped_routine_has_the_steps_in_order(routine: Routine) -> None:
    # the cramp steps up to the first Done, then the injury steps only the triage leads to
    assert ids(routine.steps) == CRAMP_STEPS + INJURY_STEPS
    assert routine.max_reps == 3
    assert routine.hold.seconds == 30
    assert (routine.hold.min_seconds, routine.hold.max_seconds) == (5, 60)
    assert routine.step("position").seconds == 5
    assert routine.stretch == "position"
    triage = routine.triage
    assert triage is not None and triage.id == "triage"
    assert (triage.cramp, triage.injury) == ("ease", "rest")
    assert routine.step("check").eased == "ice" and routine.step("check").still == "position"


def test_each_step_is_on_the_path_of_its_way_through(routine: Routine) -> None:
    # "step k of n": the cramp steps count the cramp way, the injury steps the injury way
    for step_id in CRAMP_STEPS:
        assert ids(routine.path(step_id)) == CRAMP_STEPS, step_id
    for step_id in INJURY_STEPS:
        assert ids(routine.path(step_id)) == ["stop", "triage", *INJURY_STEPS], step_id
    assert ids(routine.injury_steps()) == INJURY_STEPS
    assert routine.injury_steps()[0].id == routine.step("triage").injury


def test_a_routine_without_a_triage_has_one_path_and_no_injury_steps(tmp_path: Path) -> None:
    data = shipped()
    data["steps"] = [s for s in data["steps"] if s["id"] in CRAMP_STEPS and s["id"] != "triage"]
    routine = load_routine(write(tmp_path, data))
    assert routine.triage is None
    assert routine.injury_steps() == ()
    every = [s for s in CRAMP_STEPS if s != "triage"]
    for step_id in every:
        assert ids(routine.path(step_id)) == every, step_id


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
        ("stop", "stop running now", "immediately stop running"),
        (
            "ease",
            "wait until the cramp has stopped, then stretch lightly",
            "lightly stretch your hamstring after the cramp has stopped",
        ),
        ("position", "the standing hamstring stretch", "the standing hamstring stretch"),
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
    assert not step.guidance  # a step that follows the source is not marked as guidance
    shown = " ".join((routine.fill(step.text, step=step), step.doctor)).lower()
    assert in_routine in shown
    assert in_seed in seed


# Words of the general guidance that the source never uses: they may only be in an `extra`, or in
# a step marked `guidance = true`.
NOT_IN_SOURCE = [
    "cloth", "numb", "minute", "injur", "strain", "tear", "bruis", "swell", "bandage", "quinine",
    "thirst", "physio", "force", "pop", "sharp", "magnesium", "pillow", "elastic", "severe",
    "medical care",
]  # fmt: skip


def seed_text() -> str:
    return re.sub(r"\s+", " ", SEED.read_text(encoding="utf-8")).lower()


def test_what_the_source_does_not_say_is_only_in_extra_fields_or_guidance_steps(
    routine: Routine,
) -> None:
    # Durations of ice and massage, how to use ice, telling a cramp from an injury and what to do
    # for one are general guidance: marked as such, never in a step that follows the source.
    seed = seed_text()
    for word in NOT_IN_SOURCE:
        assert word not in seed, word
    source_steps = [s for s in routine.steps if not s.guidance]
    assert ids(source_steps) == [s for s in CRAMP_STEPS if s != "triage"]
    for step in source_steps:
        for name in ("title", "text", "cue", "doctor", "confirm", "eased_label", "still_label"):
            shown = getattr(step, name).lower()
            for word in NOT_IN_SOURCE:
                assert word not in shown, (step.id, name, word)
    assert "cloth" in routine.step("ice").extra
    assert "thirst" in routine.step("rehydrate").extra
    assert "quinine" in routine.step("rehydrate").extra
    assert "force" in routine.step("ease").extra and "force" in routine.step("position").extra
    assert routine.step("ice").seconds == 600
    assert routine.step("massage").seconds == 120
    # the source's order: stop running, let the cramp stop, then stretch lightly
    assert "stretch lightly" in routine.step("ease").text.lower()
    assert "wait until the cramp has stopped" in routine.step("ease").text.lower()
    assert "stretch" not in routine.step("stop").text.lower()
    assert "lightly" in routine.step("position").text.lower()
    assert "pickle juice is not a sufficient treatment" in routine.step("rehydrate").text.lower()
    assert "doctor" in routine.step("done").doctor.lower()


def test_the_guidance_steps_are_the_triage_and_the_injury_steps(routine: Routine) -> None:
    assert ids(s for s in routine.steps if s.guidance) == GUIDANCE_STEPS
    assert ids(s for s in routine.steps if s.extra) == EXTRA_STEPS
    # a spoken extra only where there is a shown one
    for step in routine.steps:
        if step.extra_cue:
            assert step.extra, step.id
    # the injury steps never stretch or massage, and say so
    for step in routine.injury_steps():
        assert step.guidance, step.id
        assert step.kind not in (StepKind.POSITION, StepKind.HOLD, StepKind.CHECK, StepKind.STOP)
    rest = routine.step("rest")
    assert "do not stretch it, massage it or run on it" in rest.text.lower()
    assert "no running, stretching or massage" in routine.step("injury-done").text.lower()
    assert "cloth" in routine.step("cool").text
    assert [s.id for s in routine.steps if s.warning_signs] == ["stop", "done", "injury-done"]


def test_every_piece_of_general_guidance_names_its_basis(routine: Routine) -> None:
    # the basis is there exactly where the words are not from the source
    for step in routine.steps:
        if step.extra or step.guidance:
            assert len(step.basis) > 10, step.id
        else:
            assert step.basis == "", step.id
    assert routine.prolonged_extra
    assert len(routine.prolonged_basis) > 10
    triage = routine.step("triage")
    assert len(triage.signs) == 3
    assert triage.unclear_cue and triage.cramp_label and triage.injury_label


def _without_line(text: str, step_id: str | None, key: str) -> str:
    """The routine file's text with the `key = ...` line of one step (or of [routine]) removed."""
    lines = text.splitlines()
    start = lines.index("[routine]" if step_id is None else f'id = "{step_id}"')
    index = next(i for i in range(start, len(lines)) if lines[i].startswith(f"{key} ="))
    # it must be the same table's line, not the next one's
    assert not any(line.startswith("[") for line in lines[start + 1 : index])
    del lines[index]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("step_id", GUIDANCE_STEPS + EXTRA_STEPS)
def test_a_step_whose_basis_is_removed_is_refused(tmp_path: Path, step_id: str) -> None:
    text = default_routine_file().read_text(encoding="utf-8")
    path = tmp_path / "hamstring-cramp.toml"
    path.write_text(_without_line(text, step_id, "basis"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_routine(path)
    message = str(caught.value)
    what = "its text is general guidance" if step_id in GUIDANCE_STEPS else "it has `extra`"
    assert message == (
        f"{path}: step {step_id!r}: missing field 'basis': {what}, not from the source"
    )


def test_prolonged_extra_whose_basis_is_removed_is_refused(tmp_path: Path) -> None:
    text = default_routine_file().read_text(encoding="utf-8")
    path = tmp_path / "hamstring-cramp.toml"
    path.write_text(_without_line(text, None, "prolonged_basis"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_routine(path)
    message = str(caught.value)
    assert message == (
        f"{path}: [routine]: missing field 'prolonged_basis': prolonged_extra is not from the "
        "source"
    )


def test_every_text_fills_its_placeholders(routine: Routine) -> None:
    names = (
        "title", "text", "cue", "extra", "extra_cue", "confirm", "eased_label", "still_label",
        "doctor", "end_cue", "wait_cue", "wait_cue_last", "cramp_label", "injury_label",
        "unclear_cue",
    )  # fmt: skip
    for voice in (True, False):
        for step in routine.steps:
            for template in (*(getattr(step, n) for n in names), *step.signs):
                filled = routine.fill(template, reps=2, step=step, voice=voice)
                assert "{" not in filled and "}" not in filled, (step.id, template)
        for template in (routine.prolonged, routine.prolonged_if, routine.unanswered):
            assert "3 stretches" in routine.fill(template, voice=voice)
        assert "{" not in routine.fill(routine.prolonged_extra, voice=voice)
    triage = routine.step("triage")
    assert "say injury" in routine.fill(triage.wait_cue, step=triage)
    assert "say ready" in routine.fill(triage.wait_cue, step=triage)
    assert "30 seconds" in routine.fill(triage.wait_cue, step=triage)
    assert "press I" in routine.fill(triage.wait_cue, step=triage, voice=False)
    assert "press Enter" in routine.fill(triage.unclear_cue, step=triage, voice=False)


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
    assert kinds.count(StepKind.CHECK) == 1
    assert kinds.count(StepKind.TRIAGE) == 1
    assert kinds.count(StepKind.STOP) == 1  # where "the cramp came back" waits for it to ease
    assert routine.step("ease").kind is StepKind.STOP
    assert routine.step("stop").kind is StepKind.INFO
    # one Done ends the cramp steps, one the injury steps
    assert [s.id for s in routine.steps if s.kind is StepKind.DONE] == ["done", "injury-done"]
    assert kinds[-1] is StepKind.DONE
    assert routine.index("triage") < routine.index("hold")


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
        data["steps"] = [s for s in data["steps"] if s["kind"] != "done"]
    elif change == "no cramp done":
        data["steps"] = [s for s in data["steps"] if s["id"] != "done"]
    elif change == "no injury done":
        data["steps"] = [s for s in data["steps"] if s["id"] != "injury-done"]
    elif change == "two dones, no triage":
        data["steps"] = [s for s in data["steps"] if s["id"] != "triage"]
    elif change == "one done with a triage":
        data["steps"] = [s for s in data["steps"] if s["id"] not in INJURY_STEPS]
    elif change == "empty text":
        step_named(data, "stop")["text"] = "  "
    elif change == "extra without basis":
        del step_named(data, "ice")["basis"]
    elif change == "guidance without basis":
        del step_named(data, "rest")["basis"]
    elif change == "empty basis":
        step_named(data, "ice")["basis"] = " "
    elif change == "guidance not a flag":
        step_named(data, "rest")["guidance"] = "yes"
    elif change == "warning signs not a flag":
        step_named(data, "stop")["warning_signs"] = 1
    elif change == "no signs":
        step_named(data, "triage")["signs"] = []
    elif change == "signs not a list":
        step_named(data, "triage")["signs"] = "a sharp pain"
    elif change == "signs on another kind":
        step_named(data, "stop")["signs"] = ["a sharp pain"]
    elif change == "two triages":
        second = dict(step_named(data, "triage"), id="triage-again")
        data["steps"].insert(data["steps"].index(step_named(data, "ease")), second)
    elif change == "triage after the hold":
        triage = step_named(data, "triage")
        data["steps"].remove(triage)
        data["steps"].insert(data["steps"].index(check) + 1, triage)
    elif change == "injury not after the first done":
        step_named(data, "triage")["injury"] = "cool"
    elif change == "injury names no step":
        step_named(data, "triage")["injury"] = "hurt"
    elif change == "cramp names no step":
        step_named(data, "triage")["cramp"] = "cramping"
    elif change == "cramp before the triage":
        step_named(data, "triage")["cramp"] = "stop"
    elif change == "cramp past the first done":
        step_named(data, "triage")["cramp"] = "cool"
    elif change == "cramp skips steps":
        step_named(data, "triage")["cramp"] = "position"
    elif change == "eased into the injury steps":
        step_named(data, "check")["eased"] = "cool"
    elif change == "still after the check":
        step_named(data, "check")["still"] = "ice"
    elif change == "injury step stretches":
        support = step_named(data, "support")
        support["kind"] = "position"
        del support["wait"]
        support["seconds"] = 5
    elif change == "injury step holds":
        # the one hold and its check moved into the injury steps
        data["steps"].remove(hold)
        data["steps"].remove(check)
        at = data["steps"].index(step_named(data, "rest")) + 1
        data["steps"][at:at] = [hold, check]
    elif change == "injury step waits for the cramp":
        step_named(data, "support")["kind"] = "stop"
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
        ("no done", "[[steps]]: the last step must be of kind 'done'"),
        ("no cramp done", "there must be one 'done' step, or two with a 'triage' step"),
        ("no injury done", "[[steps]]: the last step must be of kind 'done'"),
        ("two dones, no triage", "there must be one 'done' step, or two with a 'triage' step"),
        ("one done with a triage", "there must be one 'done' step, or two with a 'triage' step"),
        ("empty text", "step 'stop': text must be non-empty text"),
        (
            "extra without basis",
            "step 'ice': missing field 'basis': it has `extra`, not from the source",
        ),
        (
            "guidance without basis",
            "step 'rest': missing field 'basis': its text is general guidance, not from the source",
        ),
        ("empty basis", "step 'ice': basis must be non-empty text, got ' '"),
        ("guidance not a flag", "step 'rest': guidance must be true or false, got 'yes'"),
        ("warning signs not a flag", "step 'stop': warning_signs must be true or false, got 1"),
        ("no signs", "step 'triage': signs must be a list of texts, got []"),
        ("signs not a list", "step 'triage': signs must be a list of texts, got 'a sharp pain'"),
        ("signs on another kind", "step 'stop': unknown field 'signs'"),
        ("two triages", "[[steps]]: a routine has at most one 'triage' step"),
        (
            "triage after the hold",
            "step 'triage': the 'triage' step must come before the stretch",
        ),
        (
            "injury not after the first done",
            "step 'triage': injury must name the step right after the first 'done'",
        ),
        ("injury names no step", "step 'triage': injury names no step: 'hurt'"),
        ("cramp names no step", "step 'triage': cramp names no step: 'cramping'"),
        (
            "cramp before the triage",
            "step 'triage': cramp must name the step right after the triage",
        ),
        (
            "cramp skips steps",
            "step 'triage': cramp must name the step right after the triage",
        ),
        (
            "eased into the injury steps",
            "step 'check': eased must name a step after the check, up to the first 'done'",
        ),
        (
            "still after the check",
            "step 'check': still must name the check or a step before it",
        ),
        (
            "cramp past the first done",
            "step 'triage': cramp must name the step right after the triage",
        ),
        (
            "injury step stretches",
            "step 'support': an injury step cannot be of kind 'position'",
        ),
        ("injury step holds", "step 'hold': an injury step cannot be of kind 'hold'"),
        (
            "injury step waits for the cramp",
            "step 'support': an injury step cannot be of kind 'stop'",
        ),
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
