"""Adding an episode by hand: as many stretches as any routine file allows; every outcome named."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from cramp_coach.content.routine import MAX_REPS
from cramp_coach.journal.store import OUTCOMES, UNFINISHED, Episode
from cramp_coach.routine.flow import Outcome
from cramp_coach.ui.journal_dialogs import OUTCOME_NAMES, EpisodeDialog

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
EPISODE = Episode(
    id=1,
    started_at=NOW,
    ended_at=NOW,
    leg="left",
    reps=7,
    outcome=Outcome.PROLONGED.value,
    note="",
    manual=False,
    steps=(),
    causes=frozenset(),
)


def test_a_hand_entry_takes_as_many_stretches_as_a_routine_file_may_ask_for(
    qtbot: QtBot,
) -> None:
    dialog = EpisodeDialog(None, NOW)
    qtbot.addWidget(dialog)
    dialog.reps.setValue(MAX_REPS + 5)  # the spin box keeps it within the bound
    assert dialog.fields().reps == MAX_REPS == 10
    assert dialog.reps.accessibleDescription() == "How many stretches were done, 0 to 10."


def test_an_episode_of_seven_stretches_opens_with_seven(qtbot: QtBot) -> None:
    dialog = EpisodeDialog(EPISODE, NOW)
    qtbot.addWidget(dialog)
    fields = dialog.fields()
    assert (fields.reps, fields.outcome) == (7, "prolonged")


def test_every_outcome_the_journal_keeps_has_a_name_and_unfinished_only_when_it_is(
    qtbot: QtBot,
) -> None:
    assert set(OUTCOME_NAMES) == set(OUTCOMES) == {*(o.value for o in Outcome), UNFINISHED}
    offered = EpisodeDialog(None, NOW)
    qtbot.addWidget(offered)
    choices = [offered.outcome.itemData(i) for i in range(offered.outcome.count())]
    assert choices == [o.value for o in Outcome]
    assert offered.fields().outcome == "eased"
    unfinished = EpisodeDialog(replace(EPISODE, outcome=UNFINISHED), NOW)
    qtbot.addWidget(unfinished)
    assert unfinished.fields().outcome == UNFINISHED


def test_editing_an_episode_keeps_its_outcome_whatever_it_is(qtbot: QtBot) -> None:
    """Opened and saved unchanged, an episode ends as it did: no outcome becomes "eased"."""
    for outcome in (*(o.value for o in Outcome), UNFINISHED):
        dialog = EpisodeDialog(replace(EPISODE, outcome=outcome), NOW)
        qtbot.addWidget(dialog)
        assert dialog.fields().outcome == outcome
        assert dialog.outcome.currentText() == OUTCOME_NAMES[outcome]
