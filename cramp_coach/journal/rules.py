"""The "why did it happen?" check and when to see a physician, from the seed, free of Qt widgets.

Every text here comes from shared/seed/hamstring-cramps.txt ("Why It Happens", "Other Factors",
"Taking Care"); the answers name *likely contributors*, never a diagnosis. What is not from it
comes from assets/guidance.toml (the notes on drinks and supplements, the advice for a suspected
strain, the warning signs) and is always shown marked "General guidance, not from the source
article".

The texts are shown in the app's language: a Cause keeps its English words and translates them
(context "Cause") each time they are read, and physician_guidance writes its message (context
"Guidance") in the language installed when it is called. Only QtCore's translate is used, which
needs no QApplication and, with no translator installed, returns the English.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from cramp_coach.content import guidance as general
from cramp_coach.i18n import QT_TRANSLATE_NOOP, current_language, fill
from cramp_coach.journal.recurring import RECURRING_COUNT, RECURRING_DAYS
from cramp_coach.routine.flow import Outcome

if TYPE_CHECKING:  # the store imports this module to check cause ids
    from cramp_coach.journal.store import Episode

_STRENGTH = ("glute-bridge", "romanian-deadlift", "standing-knee-curl")
_LOOSE = ("warm-up", "standing-hamstring-stretch")


@dataclass(frozen=True)
class Cause:
    """One answer of the "why" check: what it points to, and the seed's advice for it.

    Holds the English (`*_en`, marked for lupdate); `question`, `contributor` and `advice` are
    those in the language installed now."""

    id: str
    question_en: str
    contributor_en: str
    advice_en: str
    exercises: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # ids of guidance.toml's notes that go with the advice

    @property
    def question(self) -> str:
        """The check's question for this answer ("Was the weather hot?")."""
        return QCoreApplication.translate("Cause", self.question_en)

    @property
    def contributor(self) -> str:
        """The likely contributor this answer points to."""
        return QCoreApplication.translate("Cause", self.contributor_en)

    @property
    def advice(self) -> str:
        """The seed's advice against this contributor."""
        return QCoreApplication.translate("Cause", self.advice_en)

    @property
    def guidance_notes(self) -> tuple[str, ...]:
        """The notes that go with the advice, each marked as general guidance."""
        texts = _general(current_language())
        return tuple(marked(texts.note(note).text) for note in self.notes)

    @property
    def full_advice(self) -> str:
        """The seed's advice as it is, then its notes: what the "why" check shows."""
        return " ".join((self.advice, *self.guidance_notes))

    @property
    def short(self) -> str:
        """The contributor in a few words, for tables and tallies ("Muscle fatigue"): up to its
        first ":", " (" or ", ", which the translations keep in the same place."""
        return re.split(r":| \(|, ", self.contributor, maxsplit=1)[0].rstrip(".")


CAUSES: tuple[Cause, ...] = (
    Cause(
        "spread",
        QT_TRANSLATE_NOOP("Cause", "Did the cramp spread to other muscles?"),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Dehydration or a mineral and electrolyte imbalance (such as low calcium, sodium or "
            "potassium): these cramps may start in the hamstrings and spread to other muscles.",
        ),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Drink at least eight glasses of water a day and eat a well-rounded diet including "
            "fruit and vegetables. To rehydrate and replenish minerals and electrolytes, have "
            "sports drinks or bananas.",
        ),
        notes=("hydration", "supplements"),
    ),
    Cause(
        "stayed",
        QT_TRANSLATE_NOOP("Cause", "Did the cramp stay in your hamstring?"),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Muscle fatigue: it only causes cramping within the affected muscle, such as your "
            "hamstrings.",
        ),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Progress your runs gradually to prevent muscle fatigue. Regular strength exercises "
            "for your hamstrings, such as bridges, deadlifts and knee curls, further reduce the "
            "risk.",
        ),
        _STRENGTH,
    ),
    Cause(
        "hot_weather",
        QT_TRANSLATE_NOOP("Cause", "Was the weather hot?"),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Hot weather, which contributes to dehydration and electrolyte and mineral imbalances.",
        ),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Drink at least eight glasses of water a day. To rehydrate and replenish minerals and "
            "electrolytes, have sports drinks or bananas.",
        ),
        notes=("hydration", "supplements"),
    ),
    Cause(
        "little_water",
        QT_TRANSLATE_NOOP("Cause", "Did you drink little water that day?"),
        QT_TRANSLATE_NOOP("Cause", "Too little water during the day, which leads to dehydration."),
        QT_TRANSLATE_NOOP("Cause", "Drink at least eight glasses of water a day."),
    ),
    Cause(
        "alcohol",
        QT_TRANSLATE_NOOP("Cause", "Had you drunk alcohol?"),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Alcohol, which contributes to dehydration and electrolyte and mineral imbalances.",
        ),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Drink at least eight glasses of water a day to reduce the risk of dehydration.",
        ),
    ),
    Cause(
        "poor_diet",
        QT_TRANSLATE_NOOP("Cause", "Had you been eating poorly?"),
        QT_TRANSLATE_NOOP(
            "Cause", "A poor diet, which contributes to mineral and electrolyte imbalances."
        ),
        QT_TRANSLATE_NOOP("Cause", "Eat a well-rounded diet including fruit and vegetables."),
    ),
    Cause(
        "sudden_increase",
        QT_TRANSLATE_NOOP("Cause", "Had you increased your pace or distance too quickly?"),
        QT_TRANSLATE_NOOP("Cause", "Increasing your pace or distance too quickly."),
        QT_TRANSLATE_NOOP("Cause", "Progress your runs gradually."),
    ),
    Cause(
        "overtraining",
        QT_TRANSLATE_NOOP("Cause", "Had you been overtraining?"),
        QT_TRANSLATE_NOOP("Cause", "Overtraining."),
        QT_TRANSLATE_NOOP(
            "Cause", "Progress your runs gradually to prevent muscle fatigue and overtraining."
        ),
    ),
    Cause(
        "poor_conditioning",
        QT_TRANSLATE_NOOP("Cause", "Are you out of condition for the running you do?"),
        QT_TRANSLATE_NOOP("Cause", "Poor conditioning."),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Progress your runs gradually, and do regular strength exercises for your "
            "hamstrings, such as bridges, deadlifts and knee curls.",
        ),
        _STRENGTH,
    ),
    Cause(
        "tight_or_weak",
        QT_TRANSLATE_NOOP(
            "Cause", "Are your hamstrings tight or weak, or weaker than your quadriceps?"
        ),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Tight or weak hamstrings, or a strength imbalance between your hamstrings and "
            "quadriceps.",
        ),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Do regular strength exercises for your hamstrings, such as bridges, deadlifts and "
            "knee curls. Warm up before running and stretch afterward to keep your hamstrings "
            "loose.",
        ),
        _STRENGTH + _LOOSE,
    ),
)

CAUSE_IDS: frozenset[str] = frozenset(cause.id for cause in CAUSES)
EXCLUSIVE: frozenset[str] = frozenset({"spread", "stayed"})  # one cramp cannot do both
_BY_ID = {cause.id: cause for cause in CAUSES}


def check_answers(causes: Iterable[str]) -> frozenset[str]:
    """The answer set, checked: known ids only, and not both "spread" and "stayed"."""
    answers = frozenset(causes)
    unknown = sorted(answers - CAUSE_IDS)
    if unknown:
        known = ", ".join(cause.id for cause in CAUSES)
        raise ValueError(f"causes: unknown cause {unknown[0]!r}; known: {known}")
    if answers >= EXCLUSIVE:
        raise ValueError("causes: the cramp either spread or stayed in the hamstring, not both")
    return answers


def likely_contributors(causes: Iterable[str]) -> list[Cause]:
    """The causes for these answers in the check's order; ids this version does not know are
    skipped (they may come from a newer journal)."""
    answers = set(causes)
    return [cause for cause in CAUSES if cause.id in answers]


def advised_exercises(causes: Iterable[str]) -> list[str]:
    """The library exercise ids advised for these answers, each once, in the check's order."""
    seen: dict[str, None] = {}
    for cause in likely_contributors(causes):
        seen.update(dict.fromkeys(cause.exercises))
    return list(seen)


def cause_tally(episodes: Sequence[Episode]) -> list[tuple[Cause, int]]:
    """How often each cause was answered, most frequent first (ties in the check's order);
    causes never answered are left out."""
    counts = Counter(cause_id for episode in episodes for cause_id in episode.causes)
    order = {cause.id: number for number, cause in enumerate(CAUSES)}
    known = [cause_id for cause_id in counts if cause_id in _BY_ID]
    known.sort(key=lambda cause_id: (-counts[cause_id], order[cause_id]))
    return [(_BY_ID[cause_id], counts[cause_id]) for cause_id in known]


def marked(text: str) -> str:
    """Advice that is not from the source article, marked as such (in the language installed)."""
    mark = QCoreApplication.translate(
        "Guidance", "General guidance, not from the source article: %1"
    )
    return fill(mark, text)


def _general(language: str) -> general.Guidance:
    return general.shipped_guidance(language)[0]  # a broken translation: the English


@dataclass(frozen=True)
class Guidance:
    """Whether to tell the user to see a physician, why, and the lines to show (`reasons`,
    `message` and `signs` in the language installed when physician_guidance made them).

    `message`: the seed's "consult a physician" sentence for recurring or prolonged cramps, and
    for a suspected strain the general-guidance line; `signs`: the warning signs (when to get
    help at once), for the journal screen to list under it; both empty when there is no advice.
    """

    see_physician: bool
    reasons: tuple[str, ...]
    message: str | None
    signs: tuple[str, ...] = ()

    @property
    def signs_text(self) -> str:
        """The warning signs as lines under their heading, marked as general guidance."""
        return "\n".join(self.signs)


def physician_guidance(
    episodes: Sequence[Episode],
    now: datetime,
    count: int = RECURRING_COUNT,
    days: int = RECURRING_DAYS,
    strain_note: bool = True,
) -> Guidance:
    """Consult a physician about recurring or prolonged cramps (the seed's words).

    `strain_note`: False at a Done (the injury steps' own Done says it; after a cramp it is
    beside the point).

    Only episodes started in the last `days` days count (started_at >= now - days; an episode
    dated after `now` counts too). Recurring: `count` or more such episodes, whatever their
    outcome, entered by hand or not: each is a real cramp. Prolonged: one or more of them with
    outcome "prolonged" (still cramping after the third hold). An old prolonged episode stays
    marked in the journal but no longer prompts the advice on its own. A suspected strain (outcome
    "injury") in the window adds guidance.toml's "strain" advice, marked as general guidance.
    Whenever there is advice, `signs` holds the warning signs.
    """
    _aware(now)
    if count < 1 or days < 1:
        raise ValueError(f"recurring: count and days must be 1 or more, got {count} and {days}")
    since = now - timedelta(days=days)
    recent = [episode for episode in episodes if episode.started_at >= since]
    prolonged = sum(1 for episode in recent if episode.outcome == Outcome.PROLONGED)
    strained = any(episode.outcome == Outcome.INJURY for episode in recent)
    # A suspected strain is no cramp: it has advice of its own, and does not make cramps recur.
    cramps = [episode for episode in recent if episode.outcome != Outcome.INJURY]
    recurring = len(cramps) >= count
    reasons: list[str] = []
    if recurring:
        if len(cramps) == 1:  # only with count=1: the settings ask for 2 or more
            text = QCoreApplication.translate("Guidance", "%1 cramp in the last %2 days")
        else:
            text = QCoreApplication.translate("Guidance", "%1 cramps in the last %2 days")
        reasons.append(fill(text, len(cramps), days))
    if prolonged:
        if prolonged == 1:
            text = QCoreApplication.translate(
                "Guidance",
                "%1 cramp in the last %2 days still there after the third hold",
            )
        else:
            text = QCoreApplication.translate(
                "Guidance",
                "%1 cramps in the last %2 days still there after the third hold",
            )
        reasons.append(fill(text, prolonged, days))
    lines = [_physician_sentence(reasons, recurring, prolonged)] if reasons else []
    texts = _general(current_language())
    if strained and strain_note:
        lines.append(marked(texts.note("strain").text))
    if not lines:
        return Guidance(False, (), None)
    signs = (texts.marked_heading, *(f"\u2022 {sign.line}" for sign in texts.signs))
    return Guidance(True, tuple(reasons), "\n".join(lines), signs)


def _physician_sentence(reasons: Sequence[str], recurring: bool, prolonged: int) -> str:
    # Whole sentences, not "recurring"/"prolonged" put in one, so each language can agree them.
    if recurring and prolonged:
        text = QCoreApplication.translate(
            "Guidance",
            "Consult a physician about recurring and prolonged hamstring cramps (%1), to rule "
            "out an undiagnosed medical condition.",
        )
    elif recurring:
        text = QCoreApplication.translate(
            "Guidance",
            "Consult a physician about recurring hamstring cramps (%1), to rule out an "
            "undiagnosed medical condition.",
        )
    else:
        text = QCoreApplication.translate(
            "Guidance",
            "Consult a physician about prolonged hamstring cramps (%1), to rule out an "
            "undiagnosed medical condition.",
        )
    return fill(text, "; ".join(reasons))


def week_start(day: date) -> date:
    """The Monday of the week that holds this day."""
    return day - timedelta(days=day.weekday())


class Started(Protocol):
    """An episode or a prevention session: anything the journal dates by its start."""

    @property
    def started_at(self) -> datetime: ...


def episodes_per_week(
    episodes: Sequence[Started], now: datetime, weeks: int = 12
) -> list[tuple[date, int]]:
    """Episodes (or prevention sessions) per week (Monday first) over the last `weeks` weeks up
    to and including the week of `now`, oldest first, empty weeks as 0. Days are counted in
    `now`'s time zone, so pass a local time to get the user's weeks; older or later episodes
    are left out."""
    _aware(now)
    if weeks < 1:
        raise ValueError(f"weeks must be 1 or more, got {weeks}")
    zone = now.tzinfo
    this_week = week_start(now.date())
    starts = [this_week - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    counts = dict.fromkeys(starts, 0)
    for episode in episodes:
        start = week_start(episode.started_at.astimezone(zone).date())
        if start in counts:
            counts[start] += 1
    return list(counts.items())


def _aware(now: datetime) -> None:
    if now.tzinfo is None:
        raise ValueError(f"now must be timezone-aware, got {now.isoformat()}")
