"""The library, a guided exercise and the prevention plan, driven as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.content.exercises import Exercise, Goal
from cramp_coach.routine.guided import NEXT_GUARD_SECONDS, SWITCH_SECONDS, Phase
from cramp_coach.settings import Settings
from cramp_coach.ui.library_screen import LibraryScreen
from cramp_coach.ui.main_window import MainWindow
from tests.content.test_exercises import GOOD
from tests.contexts import make_context
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "exercises"
    folder.mkdir()
    return folder


@pytest.fixture
def speaker(clock: ManualClock) -> FakeSpeaker:
    return FakeSpeaker(clock, default_duration=0.4)


@pytest.fixture
def window(
    qtbot: QtBot,
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    speaker: FakeSpeaker,
    user_folder: Path,
) -> Iterator[MainWindow]:
    win = MainWindow(make_context(routine, settings, clock, speaker, user_exercises=user_folder))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def shown(screen: LibraryScreen) -> list[Exercise]:
    """The exercises a user sees in the library's list: the rows the filter has not hidden."""
    rows = (screen.list.item(row) for row in range(screen.list.count()))
    return [item.data(Qt.ItemDataRole.UserRole) for item in rows if not item.isHidden()]


def read_users(qtbot: QtBot, window: MainWindow) -> LibraryScreen:
    """The library's screen once the user's own files are read (on a thread of their own)."""
    qtbot.waitUntil(lambda: not window.library_controller.reading, timeout=10000)
    return window.library_controller.library_screen


def key(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)
        settle()


def test_l_opens_the_library_with_every_exercise_and_its_picture(
    qtbot: QtBot, window: MainWindow
) -> None:
    key(qtbot, Qt.Key.Key_L)
    screen = window.library_controller.library_screen
    assert window.stack.currentWidget() is screen
    names = [e.name for e in shown(screen)]
    assert "Glute bridge" in names and "Warm-up before running" in names
    assert len(names) == 8
    assert screen.picture.renderer().isValid()
    assert "General guidance, not from the source" in screen.how_heading.text()


def test_search_and_goal_filter(qtbot: QtBot, window: MainWindow) -> None:
    window.open_library()
    screen = window.library_controller.library_screen
    qtbot.keyClicks(screen.search, "bridge")
    assert [e.id for e in shown(screen)] == ["glute-bridge", "single-leg-bridge"]
    screen.search.clear()
    screen.goal.setCurrentIndex(screen.goal.findData(Goal.LOOSE))
    assert {e.id for e in shown(screen)} == {"warm-up", "standing-hamstring-stretch"}
    qtbot.keyClicks(screen.search, "zzz")
    assert shown(screen) == []
    assert screen.empty.isVisible() and not screen.start.isEnabled()


def test_a_search_that_finds_nothing_shows_no_exercise_from_before(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_library("glute-bridge")
    screen = window.library_controller.library_screen
    assert screen.details.isVisible() and screen.name.isVisible()
    qtbot.keyClicks(screen.search, "zzz")
    assert screen.empty.isVisible()
    assert not screen.name.isVisible() and not screen.picture.isVisible()  # not the bridge
    screen.search.clear()
    assert screen.details.isVisible() and screen.name.text() == "Glute bridge"


def test_user_exercise_with_html_is_shown_as_plain_text(
    qtbot: QtBot, window: MainWindow, user_folder: Path
) -> None:
    sneaky = GOOD.replace('purpose = "Mine."', 'purpose = "<b>bold</b><script>alert(1)</script>"')
    (user_folder / "mine.toml").write_text(sneaky, encoding="utf-8")
    window.open_library("calf-friendly-curl")
    screen = read_users(qtbot, window)
    assert screen.current() is not None and screen.current().users
    assert "<b>bold</b><script>" in screen.purpose.text()
    for label in screen.findChildren(QLabel):
        if label.objectName():
            assert label.textFormat() is Qt.TextFormat.PlainText
    assert screen.badge.isVisible() and "Your own exercise" in screen.badge.text()


def test_a_bad_user_file_is_reported_once_and_the_rest_load(
    qtbot: QtBot, window: MainWindow, user_folder: Path
) -> None:
    (user_folder / "bad.toml").write_text("sets = [", encoding="utf-8")
    window.open_library()
    read_users(qtbot, window)
    assert window.notice.isVisible()
    assert "bad.toml: not valid TOML" in window.notice.label.text()
    assert len(shown(window.library_controller.library_screen)) == 8


def test_enter_starts_a_guided_set_that_runs_to_done(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    window.open_library("standing-knee-curl")
    key(qtbot, Qt.Key.Key_Return)
    screen = window.library_controller.guided_screen
    assert window.stack.currentWidget() is screen
    assert screen.dose.text() == "2 × 12 reps each leg"
    assert screen.where.text() == "Set 1 of 2"
    clock.advance(3 + 4 * 2 + 1, settle)
    assert screen.rep.text() == "Left leg: rep 3 of 12"
    # The big number is the rep the user counts, not the seconds left in the set.
    assert (screen.ring.text, screen.ring._caption) == ("3", "REP 3 OF 12")
    key(qtbot, Qt.Key.Key_Space)
    assert window.session.guided is not None and window.session.guided.paused
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)  # end the left leg early: the switch
    assert (screen.where.text(), screen.rep.text()) == ("Set 1 of 2", "Switch to the right leg")
    assert screen.ring._caption == "SWITCH" and "Start the right leg" in screen.next_button.text()
    assert screen.ring.text == str(SWITCH_SECONDS)  # the switch counts its seconds
    key(qtbot, Qt.Key.Key_Return)  # at once: a double press does not skip the switch too
    assert screen.rep.text() == "Switch to the right leg"
    clock.advance(NEXT_GUARD_SECONDS, settle)
    key(qtbot, Qt.Key.Key_Return)  # the right leg now
    assert screen.rep.text() == "Right leg: rep 1 of 12"
    clock.advance(NEXT_GUARD_SECONDS, settle)
    key(qtbot, Qt.Key.Key_Return)  # end the set early
    assert screen.where.text() == "Rest"
    clock.advance(NEXT_GUARD_SECONDS, settle)
    key(qtbot, Qt.Key.Key_Return)  # skip the rest
    clock.advance(3 + 12 * 4 + SWITCH_SECONDS + 12 * 4, settle)
    assert window.session.guided.phase is Phase.DONE
    assert screen.caption.text() == "\u201cWell done: all 2 sets.\u201d"
    key(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library_controller.library_screen


def test_esc_stops_a_guided_set_and_the_cramp_button_still_wins(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_library("glute-bridge")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.library_controller.library_screen
    key(qtbot, Qt.Key.Key_Return)
    window.start_routine()  # a cramp during a guided set: the routine takes over
    settle()
    assert window.session.guided is not None and window.session.guided.phase is Phase.STOPPED
    assert window.stack.currentWidget() is window.routine_screen


def details_in_order(screen: LibraryScreen) -> list[QLabel]:
    """The detail column's labels that show, top to bottom."""
    column = screen.how_heading.parentWidget().layout()
    items = (column.itemAt(i).widget() for i in range(column.count()))
    return [w for w in items if isinstance(w, QLabel) and not w.isHidden()]


def test_the_general_guidance_shows_each_leg_how_often_and_its_basis(
    window: MainWindow,
) -> None:
    window.open_library("single-leg-deadlift")
    screen = window.library_controller.library_screen
    assert screen.dose.text().startswith("2 × 8 reps each leg, 60 s rest between sets")
    assert screen.per_week.text() == "How often: 2–3 days a week, not on consecutive days"
    assert screen.basis.text().startswith("Basis of this guidance: ACSM position stand")
    assert "If your hamstring starts to cramp: stop" in screen.avoid.text()
    shown_labels = details_in_order(screen)
    heading = shown_labels.index(screen.how_heading)
    # the source's words above the heading; the guidance, then its basis, below it
    assert shown_labels.index(screen.source) < heading
    for label in (screen.dose, screen.per_week, screen.how, screen.avoid, screen.basis):
        assert shown_labels.index(label) > heading
    assert shown_labels[-1] is screen.basis
    window.open_library("standing-hamstring-stretch")
    assert screen.per_week.isHidden()  # not strength work
    assert "ACSM" in screen.basis.text() and not screen.basis.isHidden()


def test_a_users_own_exercise_with_no_basis_shows_none(
    qtbot: QtBot, window: MainWindow, user_folder: Path
) -> None:
    (user_folder / "mine.toml").write_text(GOOD, encoding="utf-8")
    window.open_library("calf-friendly-curl")
    screen = read_users(qtbot, window)
    assert screen.basis.isHidden() and screen.per_week.isHidden()
    assert screen.dose.text().startswith("2 × 5 reps")


def test_the_warm_up_runs_as_minutes_of_movement_on_screen(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    window.open_library("warm-up")
    key(qtbot, Qt.Key.Key_Return)
    screen = window.library_controller.guided_screen
    assert screen.dose.text() == "5 minutes"
    assert screen.where.text() == "Easy movement" and screen.ring._caption == "MOVE"
    assert screen.ring.text == "5:03"  # the lead-in, then 5 minutes
    clock.advance(3 + 1, settle)
    assert screen.caption.text() == "“Walk briskly.”"
    texts = " ".join(label.text() for label in screen.findChildren(QLabel)).lower()
    assert "hold" not in texts and "rep " not in texts


def test_prevention_plan_opens_and_links_to_the_library(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, Qt.Key.Key_P)
    screen = window.plan_controller.screen
    assert screen is not None and window.stack.currentWidget() is screen
    texts = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "eight glasses of water" in texts and "Hot weather" in texts
    bridge = next(b for b in screen.links if "Glute bridge" in b.text())
    qtbot.mouseClick(bridge, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.library_controller.library_screen
    assert window.library_controller.library_screen.current() is not None
    assert window.library_controller.library_screen.current().id == "glute-bridge"


def test_voice_commands_drive_a_guided_set(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    from cramp_coach.speech.recognition import Command

    window.open_library("glute-bridge")
    key(qtbot, Qt.Key.Key_Return)
    guided = window.session.guided
    assert guided is not None
    window.session.on_command(Command.PAUSE)
    assert guided.paused
    window.session.on_command(Command.RESUME)
    assert not guided.paused
    clock.advance(NEXT_GUARD_SECONDS, settle)
    window.session.on_command(Command.SKIP)
    assert guided.phase is Phase.REST
    window.session.on_command(Command.STOP)
    assert guided.phase is Phase.STOPPED


def test_backspace_goes_back_but_still_edits_the_search(qtbot: QtBot, window: MainWindow) -> None:
    """In the library and plan (and journal) Backspace goes back to the first screen, like Esc
    (Backspace is "back one step" in the routine); in the search field it deletes a letter."""
    key(qtbot, Qt.Key.Key_L)
    screen = window.library_controller.library_screen
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "brid")
    key(qtbot, Qt.Key.Key_Backspace)
    assert screen.search.text() == "bri" and window.stack.currentWidget() is screen
    screen.search.clear()
    screen.goal.setFocus()
    screen.goal.showPopup()  # the goals' list is open: the key is the list's, not "back"
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Backspace)
    settle()
    assert window.stack.currentWidget() is screen
    screen.goal.hidePopup()
    window.library_controller.library_screen.list.setFocus()
    key(qtbot, Qt.Key.Key_Backspace)
    assert window.stack.currentWidget() is window.home
    key(qtbot, Qt.Key.Key_P)  # the journal's own test: tests/ui/test_journal.py
    assert window.stack.currentWidget() is window.plan_controller.screen
    key(qtbot, Qt.Key.Key_Backspace)
    assert window.stack.currentWidget() is window.home
