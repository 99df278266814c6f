"""Issue 15 in the journal: a suspected strain (outcome "injury") is kept, named and advised on;
the physician advice comes with the warning signs; the why check's advice on drinks carries the
general-guidance notes. What is not from the source article is always marked as such."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cramp_coach import i18n
from cramp_coach.content.guidance import load_guidance
from cramp_coach.journal.export import to_csv, to_json, to_text
from cramp_coach.journal.rules import CAUSES, likely_contributors, physician_guidance
from cramp_coach.journal.store import Episode, Journal
from cramp_coach.routine.flow import Outcome

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
MARK = {
    "en": "General guidance, not from the source article: ",
    "es": "Orientación general, no del artículo de origen: ",
    "de": "Allgemeiner Hinweis, nicht aus dem Quellartikel: ",
}


def episode(days_ago: float, outcome: str = "eased", number: int = 1) -> Episode:
    started = NOW - timedelta(days=days_ago)
    return Episode(
        number, started, started + timedelta(minutes=3), "left", 0, outcome, "", False, (),
        frozenset(),
    )  # fmt: skip


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.install(qapp, "en")


# -- the physician advice ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_a_recent_suspected_strain_gets_the_strain_advice_marked_as_general_guidance(
    installed: QApplication, language: str
) -> None:
    i18n.install(installed, language)
    guidance = physician_guidance([episode(2, Outcome.INJURY.value)], NOW)
    strain = load_guidance(language=language).note("strain").text
    assert guidance.see_physician
    assert guidance.message == MARK[language] + strain
    assert guidance.reasons == ()  # one episode: not recurring, not prolonged


def test_the_strain_advice_says_doctor_or_physiotherapist_and_names_its_basis() -> None:
    note = load_guidance().note("strain")
    assert "see a doctor or physiotherapist" in note.text
    assert "cannot walk on the leg" in note.text and "does not get better" in note.text
    assert note.basis.startswith("NHS: Sprains and strains")


def test_an_old_suspected_strain_no_longer_prompts_the_advice() -> None:
    assert not physician_guidance([episode(31, Outcome.INJURY.value)], NOW).see_physician


def test_suspected_strains_do_not_make_cramps_recur() -> None:
    strains = [episode(day, Outcome.INJURY.value, number=day) for day in (1, 2, 3)]
    guidance = physician_guidance(strains, NOW)
    assert guidance.reasons == ()  # no "3 cramps in the last 30 days": none was a cramp
    assert guidance.message is not None and "recurring" not in guidance.message
    cramps = [episode(4, number=4), episode(5, number=5)]
    assert physician_guidance([*strains, *cramps], NOW).reasons == ()  # 2 cramps, not 5
    third = episode(6, number=6)
    assert physician_guidance([*strains, *cramps, third], NOW).reasons == (
        "3 cramps in the last 30 days",
    )


def test_the_strain_line_follows_the_physician_sentence_of_the_source() -> None:
    episodes = [
        episode(1, Outcome.INJURY.value),
        episode(2, number=2),
        episode(3, number=3),
        episode(4, number=4),
    ]
    guidance = physician_guidance(episodes, NOW)
    assert guidance.message is not None
    sentence, strain = guidance.message.split("\n")
    assert sentence.startswith("Consult a physician about recurring hamstring cramps (3 cramps")
    assert strain.startswith(MARK["en"] + "For a suspected strain, see a doctor or physio")


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_the_warning_signs_come_with_any_advice_and_never_without(
    installed: QApplication, language: str
) -> None:
    i18n.install(installed, language)
    prolonged = physician_guidance([episode(1, Outcome.PROLONGED.value)], NOW)
    texts = load_guidance(language=language)
    heading, *lines = prolonged.signs
    assert heading.startswith(texts.heading + " (")  # then the general-guidance mark
    assert lines == [f"\u2022 {sign.line}" for sign in texts.signs]
    assert prolonged.signs_text.splitlines() == [heading, *lines]
    quiet = physician_guidance([episode(1)], NOW)
    assert quiet.signs == () and quiet.signs_text == ""


def test_the_signs_heading_is_marked_as_general_guidance() -> None:
    guidance = physician_guidance([episode(1, Outcome.PROLONGED.value)], NOW)
    assert guidance.signs[0] == (
        "Get help if you notice any of these (general guidance, not from the source article):"
    )


# -- the why check's advice ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_drink_advice_keeps_the_source_sentences_then_the_marked_notes(
    installed: QApplication, language: str
) -> None:
    i18n.install(installed, language)
    texts = load_guidance(language=language)
    for cause in likely_contributors(["spread", "hot_weather"]):
        hydration = MARK[language] + texts.note("hydration").text
        supplements = MARK[language] + texts.note("supplements").text
        assert cause.full_advice == f"{cause.advice} {hydration} {supplements}", cause.id


def test_only_the_advice_that_names_water_drinks_or_bananas_carries_notes() -> None:
    for cause in CAUSES:
        names_drinks = "sports drinks" in cause.advice_en or "bananas" in cause.advice_en
        assert bool(cause.notes) == names_drinks, cause.id
        if not cause.notes:
            assert cause.full_advice == cause.advice


# -- kept, exported and shown ------------------------------------------------------------------


def test_the_journal_keeps_a_suspected_strain_and_exports_it(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal.db")
    try:
        guided = journal.start_episode(NOW - timedelta(minutes=5), leg="right")
        journal.add_step(guided, "stop", NOW - timedelta(minutes=5))
        journal.finish_episode(guided, NOW, 0, Outcome.INJURY.value)
        journal.add_manual(NOW - timedelta(days=2), None, 0, "injury", "left", "felt a pull")
        episodes = journal.episodes()
        assert [e.outcome for e in episodes] == ["injury", "injury"]
        data = json.loads(to_json(episodes))
        assert [e["outcome"] for e in data["episodes"]] == ["injury", "injury"]
        assert to_csv(episodes).count(",injury,") == 2
        table = to_text(episodes, UTC)
        assert table.count("suspected strain") == 2 and "injury" not in table
        gone = journal.delete(guided)  # undo puts it back as it was (the journal's round trip)
        journal.restore(gone)
        assert journal.episodes() == episodes
    finally:
        journal.close()


def test_an_unknown_outcome_is_still_refused_in_one_line(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal.db")
    try:
        with pytest.raises(ValueError, match=r"outcome must be one of .*injury.*; got 'strain'"):
            journal.add_manual(NOW, None, 0, "strain")
    finally:
        journal.close()
