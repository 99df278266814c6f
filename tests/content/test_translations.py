"""The content's translations: each shipped language is complete, says what the English says
(same structure, numbers and placeholders), and a broken translation file is one clear line."""

from __future__ import annotations

import dataclasses
import re
import string
from pathlib import Path
from typing import Any

import pytest

from cramp_coach.content import ContentError, Routine, load_routine
from cramp_coach.content import exercises as exercises_module
from cramp_coach.content import prevention as prevention_module
from cramp_coach.content import routine as routine_module
from cramp_coach.content.assets import asset, default_routine_file
from cramp_coach.content.exercises import Exercise, load_exercise, load_library
from cramp_coach.content.prevention import DOCTOR, load_plan
from cramp_coach.content.routine import Step

TRANSLATED = ["es", "de"]
ROUTINE_TEXTS = ("title", "prolonged", "prolonged_if", "unanswered", "prolonged_extra")
STEP_TEXTS = (
    "title", "text", "cue", "extra", "extra_cue", "confirm", "eased_label", "still_label",
    "doctor", "end_cue", "wait_cue", "wait_cue_last", "signs", "cramp_label", "injury_label",
    "unclear_cue", "start_label", "skip_label",
)  # fmt: skip
EXERCISE_TEXTS = ("name", "from_source", "purpose", "steps", "tempo", "mistakes", "avoid")


def english() -> Routine:
    return load_routine(default_routine_file())


def translated(language: str) -> Routine:
    return load_routine(default_routine_file(), language)


def fields(text: str) -> list[str]:
    return sorted({f for _, f, _, _ in string.Formatter().parse(text) if f is not None})


def numbers(text: str) -> list[str]:
    return sorted(re.findall(r"\d+", text))


def texts_of(step: Step) -> dict[str, str | tuple[str, ...]]:
    return {name: getattr(step, name) for name in STEP_TEXTS}


def test_these_tests_check_every_text_the_loader_translates() -> None:
    # a text field added to the routine format must be checked here too
    assert set(ROUTINE_TEXTS) == set(routine_module._HEAD_TEXTS)
    assert set(STEP_TEXTS) == set(routine_module._STEP_TEXTS)


# -- every shipped language is complete and keeps the English structure -----------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_routine_keeps_its_structure_and_numbers(language: str) -> None:
    base, routine = english(), translated(language)
    assert routine.language == language and base.language == "en"
    text_fields = set(ROUTINE_TEXTS) | {"steps", "marks", "language"}
    for name in (f.name for f in dataclasses.fields(Routine)):
        if name not in text_fields:  # prolonged_basis too: it names a reference
            assert getattr(routine, name) == getattr(base, name), name
    assert [m.left for m in routine.marks] == [m.left for m in base.marks]
    assert [s.id for s in routine.steps] == [s.id for s in base.steps]
    for ours, theirs in zip(routine.steps, base.steps, strict=True):
        for name in (f.name for f in dataclasses.fields(Step)):
            if name not in STEP_TEXTS:  # basis, guidance, warning_signs, cramp, injury...
                assert getattr(ours, name) == getattr(theirs, name), (ours.id, name)
    # so both ways through are the same steps
    assert [s.id for s in routine.injury_steps()] == [s.id for s in base.injury_steps()]
    for step in base.steps:
        assert [s.id for s in routine.path(step.id)] == [s.id for s in base.path(step.id)]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_routine_text_is_translated_with_the_same_placeholders_and_numbers(
    language: str,
) -> None:
    base, routine = english(), translated(language)
    pairs = [(getattr(base, n), getattr(routine, n), n) for n in ROUTINE_TEXTS]
    marks = zip(base.marks, routine.marks, strict=True)
    pairs += [(m.text, t.text, f"mark {m.left}") for m, t in marks]
    for theirs, ours in zip(base.steps, routine.steps, strict=True):
        for name, text in texts_of(theirs).items():
            mine = getattr(ours, name)
            if isinstance(text, tuple):  # signs: a list, item by item
                assert isinstance(mine, tuple) and len(mine) == len(text), (theirs.id, name)
                pairs += [
                    (one, other, f"{theirs.id}.{name} {number}")
                    for number, (one, other) in enumerate(zip(text, mine, strict=True), 1)
                ]
            else:
                pairs.append((text, mine, f"{theirs.id}.{name}"))
    assert len(routine.step("triage").signs) == 3
    for source, text, where in pairs:
        assert bool(text) == bool(source), where  # present exactly where the English has it
        if source:
            assert text != source, f"{where} is still English"
            assert fields(text) == fields(source), where
            assert numbers(text) == numbers(source), where


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_general_guidance_stays_marked_and_out_of_the_instructions(language: str) -> None:
    base, routine = english(), translated(language)
    # only the steps whose English `extra` holds the general guidance have one
    assert [s.id for s in routine.steps if s.extra] == [s.id for s in base.steps if s.extra]
    assert [s.id for s in routine.steps if s.extra_cue] == [s.id for s in base.steps if s.extra_cue]
    # the steps that are general guidance as a whole stay marked, with the English basis
    guidance = [s.id for s in base.steps if s.guidance]
    assert guidance == ["triage", "rest", "cool", "support", "injury-done"]
    assert [s.id for s in routine.steps if s.guidance] == guidance
    for ours, theirs in zip(routine.steps, base.steps, strict=True):
        assert ours.basis == theirs.basis, ours.id
        if ours.extra or ours.guidance:
            assert len(ours.basis) > 10, ours.id
    assert routine.prolonged_extra and routine.prolonged_extra != base.prolonged_extra
    assert routine.prolonged_basis == base.prolonged_basis
    # and out of the steps that follow the source: no durations, no cloth, no injury
    words = {
        "es": ("minutos", "paño", "lesión", "distensión", "sed"),
        "de": ("Minuten", "Tuch", "Verletzung", "Zerrung", "Durst"),
    }[language]
    for step in routine.steps:
        if step.guidance:
            continue
        for word in words:
            assert word not in step.text and word not in step.cue, (step.id, word)
    minutes, cloth, injury, strain, thirst = words
    assert minutes in routine.step("ice").extra and cloth in routine.step("ice").extra
    assert thirst in routine.step("rehydrate").extra
    assert injury in routine.step("triage").cue and strain in routine.step("triage").text
    assert cloth in routine.step("cool").text


@pytest.mark.parametrize(
    ("language", "step_id", "phrase"),
    [
        ("es", "stop", "deja de correr ahora"),
        ("es", "ease", "espera a que el calambre haya parado y luego estira ligeramente"),
        ("es", "position", "pies separados a la anchura de los hombros"),
        ("es", "position", "ligera tensión en los isquiotibiales"),
        ("es", "hold", "durante 30 segundos"),
        ("es", "check", "hasta 3 veces"),
        ("es", "rehydrate", "el jugo de pepinillos no es un tratamiento suficiente"),
        ("es", "rehydrate", "universidad brigham young"),
        ("es", "done", "al menos ocho vasos de agua al día"),
        ("es", "done", "puentes, pesos muertos y curls femorales"),
        ("es", "done", "descartar una enfermedad no diagnosticada"),
        ("de", "stop", "hör jetzt auf zu laufen"),
        ("de", "ease", "warte, bis der krampf aufgehört hat, und dehne dann leicht"),
        ("de", "position", "füße schulterbreit auseinander"),
        ("de", "position", "leichtes ziehen in der hinteren oberschenkelmuskulatur"),
        ("de", "hold", "30 sekunden"),
        ("de", "check", "bis zu 3-mal"),
        ("de", "rehydrate", "gurkenwasser ist keine ausreichende behandlung"),
        ("de", "rehydrate", "brigham young university"),
        ("de", "done", "mindestens acht gläser wasser am tag"),
        ("de", "done", "brücken, kreuzheben und beinbeugen"),
        ("de", "done", "nicht diagnostizierte erkrankung"),
    ],
)
def test_the_translation_says_what_the_source_says(
    language: str, step_id: str, phrase: str
) -> None:
    routine = translated(language)
    step = routine.step(step_id)
    assert not step.guidance
    shown = " ".join((routine.fill(step.text, step=step), step.doctor)).lower()
    assert phrase in shown


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_library_is_translated_and_keeps_its_numbers(language: str) -> None:
    base = {e.id: e for e in load_library().exercises}
    library = load_library(language=language)
    assert library.problems == []
    assert [e.id for e in library.exercises] == list(base)
    words = {"es": "calambre", "de": "krampf"}[language]
    for exercise in library.exercises:
        english_one = base[exercise.id]
        for field in dataclasses.fields(Exercise):
            name = field.name
            if name in EXERCISE_TEXTS or name == "cadence":
                continue
            assert getattr(exercise, name) == getattr(english_one, name), (exercise.id, name)
        assert [b.seconds for b in exercise.cadence] == [b.seconds for b in english_one.cadence]
        for name in EXERCISE_TEXTS:
            ours, theirs = getattr(exercise, name), getattr(english_one, name)
            assert ours != theirs, f"{exercise.id}.{name} is still English"
            for text, source in zip(
                ours if isinstance(ours, tuple) else [ours],
                theirs if isinstance(theirs, tuple) else [theirs],
                strict=True,
            ):
                assert numbers(text) == numbers(source), (exercise.id, name, text)
        assert any(words in line.lower() for line in exercise.avoid), exercise.id


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_plan_is_translated_section_by_section(language: str) -> None:
    base, plan = load_plan(), load_plan(language=language)
    assert plan.title != base.title
    assert [s.id for s in plan.sections] == [s.id for s in base.sections]
    for ours, theirs in zip(plan.sections, base.sections, strict=True):
        assert ours.exercises == theirs.exercises
        assert len(ours.points) == len(theirs.points)
        assert ours.heading != theirs.heading
    assert any(s.id == DOCTOR for s in plan.sections)


def test_a_language_with_no_translation_is_english_without_error() -> None:
    assert load_routine(default_routine_file(), "fr") == english()
    assert load_library(language="fr") == load_library()
    assert load_plan(language="fr") == load_plan()
    assert load_routine(default_routine_file(), "../es") == english()


def test_the_users_own_files_are_used_as_written(tmp_path: Path) -> None:
    mine = tmp_path / "hamstring-cramp.toml"
    mine.write_text(default_routine_file().read_text(encoding="utf-8"), encoding="utf-8")
    assert load_routine(mine, "es").title == english().title
    exercise = tmp_path / "glute-bridge.toml"
    shipped = asset("exercises", "glute-bridge.toml").read_text(encoding="utf-8")
    exercise.write_text(shipped.replace('picture = "glute-bridge.svg"', ""), encoding="utf-8")
    assert load_exercise(exercise, users=True, language="es").name == "Glute bridge"


# -- a broken translation: one line naming the translation file, the place and the field -------


def overlay_text(*parts: str) -> str:
    return asset("translations", "es", *parts).read_text(encoding="utf-8")


def use_overlay(monkeypatch: pytest.MonkeyPatch, module: Any, tmp_path: Path, text: str) -> Path:
    path = tmp_path / "overlay.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(module, "overlay_file", lambda *_: path)
    return path


SIGNS_ES = """signs = [
  "has sentido un dolor agudo y repentino o un «chasquido» mientras corrías",
  "hay un moratón o hinchazón en la parte de atrás del muslo",
  "no puedes caminar en absoluto con la pierna",
]
"""
ROUTINE_BREAKS = [
    ('cue = "Mantén durante {seconds} segundos."\n', "", "step 'hold': missing field 'cue'"),
    (
        'cue = "Mantén durante {seconds} segundos."',
        'cue = "Mantén durante {segundos} segundos."',
        "step 'hold': cue: placeholders must be the English ones ({seconds}), got {segundos}",
    ),
    (
        'cue = "Mantén durante {seconds} segundos."',
        'cue = "Mantén durante treinta segundos."',
        "step 'hold': cue: placeholders must be the English ones ({seconds}), got none",
    ),
    (
        'cue = "Mantén durante {seconds} segundos."',
        'cue = "Mantén durante {seconds segundos."',
        "step 'hold': cue: bad braces",
    ),
    ('cue = "Mantén durante {seconds} segundos."', 'cue = "  "', "cue must be non-empty text"),
    (
        'cue = "Mantén durante {seconds} segundos."',
        'cue = "Mantén durante {seconds} segundos."\nseconds = 45',
        "step 'hold': seconds is not translated (only texts are; it stays in the English file)",
    ),
    (
        'cue = "Mantén durante {seconds} segundos."',
        'cue = "Mantén durante {seconds} segundos."\nsubtitle = "x"',
        "step 'hold': unknown field 'subtitle'",
    ),
    ("[steps.hold]", "[steps.hodl]", "[steps]: unknown step 'hodl'"),
    ('1 = "Uno."\n', "", "[marks]: missing mark '1'"),
    ('3 = "Tres."', '3 = "Tres."\n5 = "Cinco."', "[marks]: unknown mark '5'"),
    (
        'title = "Calambre en los isquiotibiales: primeros auxilios"',
        'title = "x"\nmax_reps = 5',
        "[routine]: max_reps is not translated",
    ),
    ("[routine]", "[rutina]", ": unknown field 'rutina'"),
    ("[marks]", "[routine.marks]", "[marks]: missing table"),
    ('title = "Hielo"', 'title = "Hielo', "not valid TOML"),
    # the new texts: the signs keep their number, each text its placeholders
    (
        '  "hay un moratón o hinchazón en la parte de atrás del muslo",\n',
        "",
        "step 'triage': signs must be a list of 3 texts, as in English, got 2",
    ),
    (
        '  "hay un moratón o hinchazón en la parte de atrás del muslo",',
        '  "hay un moratón, {ready}",',
        "step 'triage': signs 2: placeholders must be the English ones (none), got {ready}",
    ),
    (
        SIGNS_ES,
        'signs = "un dolor agudo"\n',
        "step 'triage': signs must be a list of 3 texts, as in English, got 'un dolor agudo'",
    ),
    (
        "Si no quieres eso, {ready}.",
        "Si no quieres eso, pulsa Intro.",
        "step 'triage': unclear_cue: placeholders must be the English ones ({ready}), got none",
    ),
    (
        "o no puedes caminar: {injury}.",
        "o no puedes caminar: di lesión.",
        "step 'triage': wait_cue: placeholders must be the English ones ({injury}, {ready}, "
        "{wait}), got {ready}, {wait}",
    ),
    ('injury_label = "Podría ser una lesión"\n', "", "step 'triage': missing field 'injury_label'"),
    (
        'cramp_label = "Es un calambre"',
        'cramp_label = "Es un calambre"\ncramp = "rest"',
        "step 'triage': cramp is not translated (only texts are; it stays in the English file)",
    ),
    # the basis and the marks of general guidance stay in the English file
    (
        'cramp_label = "Es un calambre"',
        'cramp_label = "Es un calambre"\nbasis = "NHS"',
        "step 'triage': basis is not translated (only texts are; it stays in the English file)",
    ),
    (
        "[steps.rest]\n",
        "[steps.rest]\nguidance = false\n",
        "step 'rest': guidance is not translated (only texts are; it stays in the English file)",
    ),
    (
        "[steps.stop]\n",
        "[steps.stop]\nwarning_signs = false\n",
        "step 'stop': warning_signs is not translated",
    ),
    (
        "[steps.hold]\n",
        '[steps.hold]\nextra = "Estira más."\n',
        "step 'hold': unknown field 'extra'",
    ),
    (
        'prolonged_extra = "Si el dolor es intenso, o el calambre sigue sin ceder después del'
        ' hielo y el masaje, busca atención médica ya."\n',
        "",
        "[routine]: missing field 'prolonged_extra'",
    ),
    (
        'title = "Calambre en los isquiotibiales: primeros auxilios"',
        'title = "x"\nprolonged_basis = "x"',
        "[routine]: prolonged_basis is not translated",
    ),
    ("[steps.injury-done]", "[steps.injury-ready]", "[steps]: unknown step 'injury-ready'"),
]


@pytest.mark.parametrize(("old", "new", "expected"), ROUTINE_BREAKS)
def test_a_broken_routine_translation_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, old: str, new: str, expected: str
) -> None:
    text = overlay_text("routines", "hamstring-cramp.toml")
    assert old in text
    path = use_overlay(monkeypatch, routine_module, tmp_path, text.replace(old, new, 1))
    with pytest.raises(ContentError) as caught:
        load_routine(default_routine_file(), "es")
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


EXERCISE_BREAKS = [
    ('tempo = "2 segundos arriba, 2 segundos abajo"\n', "", "exercise: missing field 'tempo'"),
    (
        'cadence = ["Arriba", "y abajo"]',
        'cadence = ["Arriba"]',
        "exercise: cadence must be a list of 2 texts, as in English, got 1",
    ),
    (
        'cadence = ["Arriba", "y abajo"]',
        'cadence = [["Arriba", 2], ["y abajo", 2]]',
        "exercise: cadence 1 must be non-empty text, got ['Arriba', 2]",
    ),
    ('name = "Puente de glúteos"', 'name = "Puente"\nsets = 4', "exercise: sets is not translated"),
    ('name = "Puente de glúteos"', 'name = "Puente"\npicture = "x.svg"', "picture is not"),
]


@pytest.mark.parametrize(("old", "new", "expected"), EXERCISE_BREAKS)
def test_a_broken_exercise_translation_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, old: str, new: str, expected: str
) -> None:
    text = overlay_text("exercises", "glute-bridge.toml")
    assert old in text
    path = use_overlay(monkeypatch, exercises_module, tmp_path, text.replace(old, new, 1))
    with pytest.raises(ContentError) as caught:
        load_library(language="es")
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


PLAN_BREAKS = [
    ("[sections.eat]", "[sections.comer]", "[sections]: unknown section 'comer'"),
    ('heading = "Come bien"\n', "", "section 'eat': missing field 'heading'"),
    (
        '  "Calienta antes de correr.",\n',
        "",
        "section 'warm-up': points must be a list of 2 texts, as in English, got 1",
    ),
    (
        'heading = "Come bien"',
        'heading = "Come bien"\nexercises = ["glute-bridge"]',
        "section 'eat': unknown field 'exercises'",
    ),
    ('title = "Plan de prevención"\n', "", "plan: missing field 'title'"),
]


@pytest.mark.parametrize(("old", "new", "expected"), PLAN_BREAKS)
def test_a_broken_plan_translation_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, old: str, new: str, expected: str
) -> None:
    text = overlay_text("prevention.toml")
    assert old in text
    path = use_overlay(monkeypatch, prevention_module, tmp_path, text.replace(old, new, 1))
    with pytest.raises(ContentError) as caught:
        load_plan(language="es")
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message
