"""The journal screen and the episode dialog with a suspected strain, and the warning signs
listed under the physician advice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cramp_coach import i18n
from cramp_coach.content.guidance import load_guidance
from cramp_coach.journal.store import Episode
from cramp_coach.routine.flow import Outcome
from cramp_coach.ui.journal_dialogs import EpisodeDialog
from cramp_coach.ui.journal_screen import JournalScreen

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
STRAIN = Episode(
    id=2,
    started_at=NOW - timedelta(days=1),
    ended_at=NOW - timedelta(days=1) + timedelta(minutes=4),
    leg="right",
    reps=0,
    outcome=Outcome.INJURY.value,
    note="felt a pull at the 8 km mark",
    manual=False,
    steps=(),
    causes=frozenset(),
)
CRAMP = Episode(
    id=1,
    started_at=NOW - timedelta(days=5),
    ended_at=NOW - timedelta(days=5) + timedelta(minutes=3),
    leg="left",
    reps=2,
    outcome=Outcome.EASED.value,
    note="",
    manual=False,
    steps=(),
    causes=frozenset({"hot_weather"}),
)


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.install(qapp, "en")


def screen_with(qtbot: QtBot, episodes: list[Episode]) -> JournalScreen:
    screen = JournalScreen(lambda: NOW)
    qtbot.addWidget(screen)
    screen.resize(1000, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_episodes(episodes)
    return screen


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "Suspected strain"), ("es", "Posible distensión"), ("de", "Vermutete Zerrung")],
)
def test_a_suspected_strain_is_named_and_advised_with_the_signs_under_it(
    qtbot: QtBot, installed: QApplication, language: str, name: str
) -> None:
    i18n.install(installed, language)
    screen = screen_with(qtbot, [STRAIN, CRAMP])
    assert screen.table.item(0, 3).text() == name
    assert screen.table.item(1, 3).text() != name
    texts = load_guidance(language=language)
    assert screen.guidance.isVisible()
    assert texts.note("strain").text in screen.guidance.text()
    assert screen.signs.isVisible()
    shown = screen.signs.text()
    assert shown.startswith(texts.heading)
    for sign in texts.signs:
        assert sign.line in shown, sign.id
    assert screen.signs.geometry().top() >= screen.guidance.geometry().bottom()
    assert not screen.grab().isNull()


def test_no_advice_no_signs(qtbot: QtBot) -> None:
    screen = screen_with(qtbot, [CRAMP])
    assert not screen.guidance.isVisible()
    assert not screen.signs.isVisible()


def test_a_past_episode_can_be_entered_as_a_suspected_strain(qtbot: QtBot) -> None:
    dialog = EpisodeDialog(None, NOW)
    qtbot.addWidget(dialog)
    index = dialog.outcome.findText("Suspected strain")
    assert index >= 0
    dialog.outcome.setCurrentIndex(index)
    assert dialog.fields().outcome == "injury"
    again = EpisodeDialog(STRAIN, NOW)  # an episode kept as one opens as one
    qtbot.addWidget(again)
    assert again.outcome.currentText() == "Suspected strain"
