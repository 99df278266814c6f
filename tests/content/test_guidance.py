"""The general guidance file: every item has its basis, the signs are in order, the shipped
translations are complete, and a bad file is one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from cramp_coach.content import ContentError
from cramp_coach.content.assets import asset
from cramp_coach.content.guidance import Urgency, load_guidance

TRANSLATED = ["es", "de"]


def test_every_sign_and_note_names_its_basis_and_says_what_to_do() -> None:
    guidance = load_guidance()
    assert guidance.signs and guidance.notes
    for item in (*guidance.signs, *guidance.notes):
        assert len(item.basis) > 10, item.id
    for sign in guidance.signs:
        assert sign.action.strip() and sign.cue.strip()
    assert guidance.signs[0].urgency is Urgency.EMERGENCY
    assert "emergency number" in guidance.signs[0].action
    assert {"hydration", "supplements"} <= {note.id for note in guidance.notes}


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_ids_urgency_and_basis(language: str) -> None:
    english, translated = load_guidance(), load_guidance(language=language)
    assert [s.id for s in translated.signs] == [s.id for s in english.signs]
    assert [s.urgency for s in translated.signs] == [s.urgency for s in english.signs]
    assert [s.basis for s in translated.signs] == [s.basis for s in english.signs]
    assert translated.notice != english.notice
    for mine, theirs in zip(translated.signs, english.signs, strict=True):
        assert mine.sign != theirs.sign and mine.action != theirs.action


def _copy_without(tmp_path: Path, line_start: str) -> Path:
    text = asset("guidance.toml").read_text(encoding="utf-8")
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(line_start))
    del lines[index]
    path = tmp_path / "guidance.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_sign_without_basis_is_a_clear_error(tmp_path: Path) -> None:
    path = _copy_without(tmp_path, "basis =")
    with pytest.raises(ContentError, match=r"sign 'heat'.*missing field 'basis'"):
        load_guidance(path)


def test_a_note_without_basis_is_a_clear_error(tmp_path: Path) -> None:
    text = asset("guidance.toml").read_text(encoding="utf-8")
    head, notes = text.split("[[notes]]", 1)
    notes = notes.replace("basis =", "# basis =", 1)
    path = tmp_path / "guidance.toml"
    path.write_text(head + "[[notes]]" + notes, encoding="utf-8")
    with pytest.raises(ContentError, match=r"note 'hydration'.*missing field 'basis'"):
        load_guidance(path)


def test_signs_out_of_urgency_order_are_refused(tmp_path: Path) -> None:
    text = asset("guidance.toml").read_text(encoding="utf-8")
    path = tmp_path / "guidance.toml"
    path.write_text(text.replace('urgency = "emergency"', 'urgency = "doctor"'), encoding="utf-8")
    with pytest.raises(ContentError, match="most urgent first"):
        load_guidance(path)


def test_a_broken_translation_falls_back_to_the_english_signs_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cramp_coach.content import guidance as module

    broken = tmp_path / "guidance.toml"
    broken.write_text('notice = "Keine medizinische Beratung."\n', encoding="utf-8")
    monkeypatch.setattr(
        module,
        "overlay_file",
        lambda _source, _folder, language: broken if language == "de" else None,
    )
    module.shipped_guidance.cache_clear()
    try:
        signs, problem = module.shipped_guidance("de")
    finally:
        module.shipped_guidance.cache_clear()
    assert signs == load_guidance()  # the English, whole
    assert problem is not None and "\n" not in problem
    assert str(broken) in problem and "[signs]" in problem
