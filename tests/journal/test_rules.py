"""The "why" check and the physician rules: faithful to the seed, and exact at their boundaries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cramp_coach import i18n
from cramp_coach.content.exercises import load_library
from cramp_coach.journal.rules import (
    CAUSES,
    RECURRING_COUNT,
    RECURRING_DAYS,
    advised_exercises,
    cause_tally,
    check_answers,
    episodes_per_week,
    likely_contributors,
    physician_guidance,
)
from cramp_coach.journal.store import Episode

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday
SEED = Path("/work/shared/seed/hamstring-cramps.txt")


def episode(
    ago: timedelta,
    outcome: str = "eased",
    causes: tuple[str, ...] = (),
    manual: bool = False,
    number: int = 1,
) -> Episode:
    started = NOW - ago
    return Episode(
        number, started, started + timedelta(minutes=2), None, 1, outcome, "", manual, (),
        frozenset(causes),
    )  # fmt: skip


# -- the "why" check --


def test_the_check_asks_about_every_factor_the_seed_names() -> None:
    assert [cause.id for cause in CAUSES] == [
        "spread",
        "stayed",
        "hot_weather",
        "little_water",
        "alcohol",
        "poor_diet",
        "sudden_increase",
        "overtraining",
        "poor_conditioning",
        "tight_or_weak",
    ]
    for cause in CAUSES:
        assert cause.question.endswith("?")
        assert cause.contributor and cause.advice


def test_where_the_cramp_went_points_where_the_seed_says() -> None:
    spread, stayed = likely_contributors(["spread"])[0], likely_contributors(["stayed"])[0]
    assert "Dehydration" in spread.contributor and "electrolyte" in spread.contributor
    assert "fatigue" in stayed.contributor and "Dehydration" not in stayed.contributor


@pytest.mark.parametrize(
    ("cause", "advice"),
    [
        ("little_water", "Drink at least eight glasses of water a day."),
        ("sudden_increase", "Progress your runs gradually."),
        ("poor_diet", "Eat a well-rounded diet including fruit and vegetables."),
    ],
)
def test_advice_is_the_seeds(cause: str, advice: str) -> None:
    assert likely_contributors([cause])[0].advice == advice


def test_tight_or_weak_hamstrings_get_strength_work_and_stretching() -> None:
    (cause,) = likely_contributors(["tight_or_weak"])
    for word in ("bridges", "deadlifts", "knee curls", "stretch afterward", "Warm up"):
        assert word in cause.advice
    assert set(cause.exercises) == {
        "glute-bridge",
        "romanian-deadlift",
        "standing-knee-curl",
        "warm-up",
        "standing-hamstring-stretch",
    }


def test_every_advised_exercise_is_in_the_shipped_library() -> None:
    shipped = {exercise.id for exercise in load_library().exercises}
    advised = {name for cause in CAUSES for name in cause.exercises}
    assert advised and advised <= shipped


def test_nothing_reads_as_a_diagnosis() -> None:
    for cause in CAUSES:
        text = f"{cause.contributor} {cause.advice}".lower()
        assert "you have" not in text and "diagnos" not in text


@pytest.mark.skipif(not SEED.is_file(), reason="the seed text is not on this machine")
def test_the_seed_says_what_the_rules_rely_on() -> None:
    seed = " ".join(SEED.read_text().split())
    for phrase in (
        "Consult a physician about reoccurring or prolonged hamstring cramps",
        "rule out any undiagnosed medical conditions",
        "Drinking at least eight glasses of water daily",
        "Gradually progress your runs",
        "bridges, deadlifts and knee curls",
        "will continue to spread to other muscles",
        "Muscle fatigue, on the other hand, will only cause cramping within the affected muscle",
    ):
        assert phrase in seed


def test_check_answers_refuses_both_spread_and_stayed_and_unknown_ids() -> None:
    assert check_answers(["spread", "hot_weather"]) == {"spread", "hot_weather"}
    with pytest.raises(ValueError, match="not both"):
        check_answers(["spread", "stayed"])
    with pytest.raises(ValueError, match="'cold'"):
        check_answers(["cold"])


def test_contributors_and_exercises_follow_the_check_order() -> None:
    assert [c.id for c in likely_contributors(["tight_or_weak", "future_id", "spread"])] == [
        "spread",
        "tight_or_weak",
    ]
    assert advised_exercises(["stayed", "tight_or_weak"]) == [
        "glute-bridge",
        "romanian-deadlift",
        "standing-knee-curl",
        "warm-up",
        "standing-hamstring-stretch",
    ]
    assert advised_exercises(["little_water"]) == []


def test_cause_tally_counts_most_frequent_first() -> None:
    episodes = [
        episode(timedelta(days=1), causes=("little_water", "stayed")),
        episode(timedelta(days=2), causes=("little_water", "hot_weather")),
        episode(timedelta(days=3), causes=("little_water", "stayed", "someday_known")),
        episode(timedelta(days=4), causes=("hot_weather",)),
        episode(timedelta(days=5)),
    ]
    tally = [(cause.id, count) for cause, count in cause_tally(episodes)]
    assert tally == [("little_water", 3), ("stayed", 2), ("hot_weather", 2)]  # ties: check order
    assert cause_tally([]) == []


# -- when to see a physician --


def test_defaults_are_three_in_thirty_days() -> None:
    assert (RECURRING_COUNT, RECURRING_DAYS) == (3, 30)


def test_two_episodes_are_not_recurring_three_are() -> None:
    two = [episode(timedelta(days=d)) for d in (1, 10)]
    assert physician_guidance(two, NOW) == physician_guidance([], NOW)
    assert not physician_guidance(two, NOW).see_physician
    assert physician_guidance(two, NOW).message is None

    three = [*two, episode(timedelta(days=20))]
    guidance = physician_guidance(three, NOW)
    assert guidance.see_physician
    assert guidance.reasons == ("3 cramps in the last 30 days",)
    assert guidance.message is not None
    assert "Consult a physician" in guidance.message and "recurring" in guidance.message
    assert "rule out an undiagnosed medical condition" in guidance.message


@pytest.mark.parametrize(
    ("ago", "counts"),
    [
        (timedelta(days=29, hours=23), True),
        (timedelta(days=30), True),
        (timedelta(days=30, seconds=1), False),
    ],
)
def test_the_window_is_the_last_thirty_days(ago: timedelta, counts: bool) -> None:
    episodes = [episode(timedelta(days=1)), episode(timedelta(days=2)), episode(ago)]
    assert physician_guidance(episodes, NOW).see_physician is counts


def test_every_episode_counts_towards_recurring_whatever_its_outcome() -> None:
    episodes = [
        episode(timedelta(days=1), outcome="unfinished"),
        episode(timedelta(days=2), outcome="stopped", manual=True),
        episode(timedelta(days=3), outcome="unanswered", manual=True),
    ]
    assert physician_guidance(episodes, NOW).see_physician


def test_the_setting_changes_count_and_days() -> None:
    episodes = [episode(timedelta(days=d)) for d in (1, 5, 9)]
    assert not physician_guidance(episodes, NOW, count=4).see_physician
    assert not physician_guidance(episodes, NOW, days=7).see_physician
    assert physician_guidance(episodes, NOW, count=2, days=7).reasons == (
        "2 cramps in the last 7 days",
    )
    with pytest.raises(ValueError, match="count"):
        physician_guidance(episodes, NOW, count=0)


def test_one_prolonged_episode_is_enough() -> None:
    guidance = physician_guidance([episode(timedelta(hours=1), outcome="prolonged")], NOW)
    assert guidance.see_physician
    assert guidance.reasons == ("1 cramp in the last 30 days still there after the third hold",)
    assert guidance.message is not None
    assert guidance.message.startswith("Consult a physician about prolonged hamstring cramps")


def test_an_old_prolonged_episode_no_longer_prompts_on_its_own() -> None:
    old = episode(timedelta(days=30, seconds=1), outcome="prolonged")
    assert not physician_guidance([old], NOW).see_physician


def test_recurring_and_prolonged_together() -> None:
    episodes = [episode(timedelta(days=d), outcome="prolonged") for d in (1, 2, 3)]
    guidance = physician_guidance(episodes, NOW)
    assert len(guidance.reasons) == 2
    assert guidance.message is not None and "recurring and prolonged" in guidance.message
    assert "\n" not in guidance.message


def test_one_cramp_is_counted_as_one() -> None:
    guidance = physician_guidance([episode(timedelta(days=1))], NOW, count=1)
    assert guidance.reasons == ("1 cramp in the last 30 days",)


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="now"):
        physician_guidance([], datetime(2026, 11, 25))


# -- in the language installed (the texts are shown in the app's language) --


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[QApplication]:
    """The app; English again after the test, whatever it installed."""
    yield qapp
    i18n.install(qapp, "en")


def test_the_physician_guidance_is_in_spanish_with_the_spanish_translations(
    installed: QApplication,
) -> None:
    prolonged = [episode(timedelta(hours=1), outcome="prolonged")]
    both = [episode(timedelta(days=d), outcome="prolonged") for d in (1, 2, 3)]
    i18n.install(installed, "es")
    assert physician_guidance(prolonged, NOW).message == (
        "Consulta a un médico por los calambres prolongados en los isquiotibiales "
        "(1 calambre en los últimos 30 días que seguía después del tercer "
        "estiramiento), para descartar una enfermedad no diagnosticada."
    )
    guidance = physician_guidance(both, NOW)
    assert guidance.reasons == (
        "3 calambres en los últimos 30 días",
        "3 calambres en los últimos 30 días que seguían después del tercer estiramiento",
    )
    assert guidance.message is not None
    assert guidance.message.startswith(
        "Consulta a un médico por los calambres recurrentes y prolongados en los isquiotibiales"
    )
    i18n.install(installed, "de")
    message = physician_guidance(both, NOW).message
    assert message is not None and message.startswith(
        "Sprich mit einem Arzt über wiederkehrende und anhaltende Krämpfe im hinteren Oberschenkel"
    )
    assert "nicht diagnostizierte Erkrankung auszuschließen" in message
    i18n.install(installed, "en")
    assert physician_guidance(prolonged, NOW).message == (
        "Consult a physician about prolonged hamstring cramps (1 cramp in the last 30 days still "
        "there after the third hold), to rule out an undiagnosed medical condition."
    )


def test_the_why_check_is_in_spanish_with_the_spanish_translations(
    installed: QApplication,
) -> None:
    i18n.install(installed, "es")
    (stayed,) = likely_contributors(["stayed"])
    assert stayed.question == "¿Se quedó el calambre en los isquiotibiales?"
    assert stayed.short == "Fatiga muscular"
    assert stayed.advice.startswith("Aumenta tus carreras poco a poco")
    (little_water,) = likely_contributors(["little_water"])
    assert little_water.advice == "Bebe al menos ocho vasos de agua al día."
    i18n.install(installed, "en")
    assert stayed.question == "Did the cramp stay in your hamstring?"
    assert stayed.short == "Muscle fatigue"


@pytest.mark.parametrize("language", ["es", "de"])
def test_every_cause_is_translated_and_keeps_its_shape(
    installed: QApplication, language: str
) -> None:
    i18n.install(installed, language)
    for cause in CAUSES:
        for text, english in (
            (cause.question, cause.question_en),
            (cause.contributor, cause.contributor_en),
            (cause.advice, cause.advice_en),
        ):
            assert text and text != english, english
        assert cause.question.endswith("?")
        # the short form (tables, tallies) is the contributor's first words
        assert cause.short and cause.contributor.startswith(cause.short)
        assert len(cause.short) < len(cause.contributor), cause.id
        # the seed's eight glasses stay eight
        eight = {"es": "ocho vasos", "de": "acht Gläser"}[language]
        assert ("eight glasses" in cause.advice_en) == (eight in cause.advice), cause.id
        assert "diagn" not in f"{cause.contributor} {cause.advice}".lower(), cause.id


# -- the chart --


def test_episodes_per_week_oldest_first_with_empty_weeks() -> None:
    episodes = [
        episode(timedelta(days=0)),  # Wed 25 Nov: this week (Mon 23 Nov)
        episode(timedelta(days=2, hours=11)),  # Mon 23 Nov 01:00: this week
        episode(timedelta(days=2, hours=13)),  # Sun 22 Nov 23:00: last week
        episode(timedelta(days=15)),  # Tue 10 Nov: week of 9 Nov
        episode(timedelta(days=30)),  # Mon 26 Oct: outside four weeks
    ]
    assert episodes_per_week(episodes, NOW, weeks=4) == [
        (date(2026, 11, 2), 0),
        (date(2026, 11, 9), 1),
        (date(2026, 11, 16), 1),
        (date(2026, 11, 23), 2),
    ]
    assert len(episodes_per_week([], NOW)) == 12


def test_weeks_are_the_users_local_weeks() -> None:
    # Sunday 22 Nov 23:00 UTC is already Monday 23 Nov in UTC+2.
    sunday_night = episode(timedelta(days=2, hours=13))
    local_now = NOW.astimezone(timezone(timedelta(hours=2)))
    assert episodes_per_week([sunday_night], NOW, weeks=2)[0] == (date(2026, 11, 16), 1)
    assert episodes_per_week([sunday_night], local_now, weeks=2)[1] == (date(2026, 11, 23), 1)
