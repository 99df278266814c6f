"""Prevention sessions in the window: started from the library's Sessions list or by id
(MainWindow.start_session), shown per side with the progress line, keys and buttons, and ended
by "I have a cramp now", which starts first aid and logs the session as interrupted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.journal.store import Journal
from cramp_coach.routine.guided import LEAD_SECONDS, SWITCH_SECONDS
from cramp_coach.routine.session_player import Stage
from cramp_coach.settings import Settings
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context, on_screen
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle


@pytest.fixture
def journal(qapp: QApplication, tmp_path: Path) -> Iterator[JournalWriter]:
    writer = JournalWriter(tmp_path / "journal.db")
    yield writer
    writer.close()


@pytest.fixture
def window(
    qtbot: QtBot,
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    journal: JournalWriter,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    context = make_context(
        routine,
        settings,
        clock,
        FakeSpeaker(clock, default_duration=0.4),
        journal=journal,
        user_exercises=tmp_path / "data" / "exercises",
    )
    win = on_screen(qtbot, MainWindow(context))
    yield win
    win.close()


def wait(clock: ManualClock, seconds: float) -> None:
    clock.advance(seconds, settle)
    settle()


def test_the_library_lists_the_sessions_and_enter_starts_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_library()
    settle()
    screen = window.library_controller.library_screen
    names = [screen.sessions.item(i).text().split("\n")[0] for i in range(screen.sessions.count())]
    assert "Strength A: bridge, deadlift, knee curl" in names and len(names) == 4
    assert not screen.sessions.isVisible()  # the exercises first
    screen.sessions_button.click()  # the sessions, in place of the exercises
    settle()
    screen.sessions.setCurrentRow(names.index("Strength B: one leg at a time"))
    settle()
    assert screen.start.text().startswith("Start session")
    assert "1. Single-leg bridge: 2 × 8 reps each leg" in screen.how.text()
    qtbot.keyClick(screen.sessions, Qt.Key.Key_Return)
    settle()
    player = window.session.player
    assert player is not None and player.session.id == "strength-b"
    assert window.stack.currentWidget() is window.library_controller.session_screen


def test_a_session_per_side_then_a_cramp_starts_first_aid_and_is_logged(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, journal: JournalWriter, tmp_path: Path
) -> None:
    assert window.start_session("strength-b")
    settle()
    screen = window.library_controller.session_screen
    assert window.stack.currentWidget() is screen
    assert screen.progress.text() == "Get ready · Exercise 1 of 3"
    assert screen.where.text() == "Get ready"
    assert screen.title.text() == "Single-leg bridge"
    assert window.cramp_now.isVisible()  # "I have a cramp now" is always there
    assert not window.start_session("strength-a")  # one at a time
    player = window.session.player
    assert player is not None
    rep = player.exercises[0].rep_seconds
    wait(clock, 10 + LEAD_SECONDS + 2 * rep + 0.5)
    assert screen.progress.text() == "Exercise 1 of 3 · Set 1 of 2 · Left leg · Rep 3 of 8"
    assert screen.rep.text() == "Left leg: rep 3 of 8"
    wait(clock, 6 * rep)
    assert screen.rep.text() == "Switch to the right leg"
    assert screen.caption.text() == "“Switch to the right leg.”"
    wait(clock, SWITCH_SECONDS + 0.5)
    assert screen.progress.text() == "Exercise 1 of 3 · Set 1 of 2 · Right leg · Rep 1 of 8"
    qtbot.keyClick(screen, Qt.Key.Key_Space)  # pause
    settle()
    assert player.paused and screen.pause_button.text().startswith("Resume")
    wait(clock, 300)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    settle()
    qtbot.keyClick(screen, Qt.Key.Key_K)  # skip the exercise
    settle()
    assert screen.progress.text().startswith("Exercise 2 of 3")
    qtbot.keyClick(screen, Qt.Key.Key_Backspace)  # back: the one before, from its start
    settle()
    assert screen.progress.text().startswith("Exercise 1 of 3 · Set 1 of 2 · Left leg")

    window.cramp_now.click()  # a cramp always wins
    settle()
    assert player.stage is Stage.INTERRUPTED
    assert window.session.routine_running
    assert window.stack.currentWidget() is window.routine_screen
    journal.flush()
    settle()
    with Journal.open(tmp_path / "journal.db") as reading:
        (logged,) = reading.preventions()
    assert logged.outcome == "interrupted"
    assert [(d.set_number, d.side, d.reps) for d in logged.sets] == [(1, "left", 8)]
    # the right leg's one rep was not finished when it was skipped: not a rep done


def test_spoken_commands_drive_a_session_and_again_means_a_cramp(
    window: MainWindow, clock: ManualClock
) -> None:
    from cramp_coach.speech.recognition import Command

    assert window.start_session("post-run")
    settle()
    player = window.session.player
    assert player is not None
    wait(clock, 3)
    window.session.on_command(Command.READY)  # start the exercise now
    assert player.stage is Stage.EXERCISE
    window.session.on_command(Command.PAUSE)
    assert player.paused
    window.session.on_command(Command.RESUME)
    assert not player.paused
    window.session.on_command(Command.AGAIN)  # a cramp, again: first aid wins
    settle()
    assert player.stage is Stage.INTERRUPTED and window.session.routine_running


def test_the_users_own_sessions_are_listed_and_a_bad_one_is_one_line(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, tmp_path: Path
) -> None:
    folder = tmp_path / "data" / "sessions"
    folder.mkdir(parents=True)
    (folder / "evening.toml").write_text(
        'id = "evening"\nname = "My evening"\npurpose = "Short."\nget_ready_seconds = 0\n'
        'rest_between_seconds = 0\n[[exercise]]\nid = "glute-bridge"\nsets = 1\nreps = 5\n'
    )
    (folder / "broken.toml").write_text('id = "broken"\nname = [')
    window.open_library()
    qtbot.waitUntil(lambda: not window.library_controller.reading, timeout=10000)
    settle()
    screen = window.library_controller.library_screen
    names = [screen.sessions.item(i).text() for i in range(screen.sessions.count())]
    assert names[-1] == "My evening  (yours)\n1 exercise"
    (line,) = [n for n in window.notice.lines if "session files" in n]
    assert "broken.toml" in line and "\n" not in line
    assert window.start_session("evening")
    player = window.session.player
    assert player is not None and player.stage is Stage.EXERCISE  # no get-ready: at once
    assert [(e.id, e.sets, e.reps) for e in player.exercises] == [("glute-bridge", 1, 5)]


def test_the_journal_counts_this_week_s_sessions_against_the_plan(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, journal: JournalWriter
) -> None:
    """Issue 19: adherence against the plan ("1 of 2 planned ... this week"): the plan's
    weekdays (Mon and Thu by default) against the sessions logged this week."""
    assert window.start_session("strength-b")
    settle()
    player = window.session.player
    assert player is not None
    rep = player.exercises[0].rep_seconds
    wait(clock, 10 + LEAD_SECONDS + 8 * rep + SWITCH_SECONDS + 1)  # the left leg's set done
    window.cramp_now.click()  # logged (interrupted, one set), and first aid starts
    settle()
    window.session.stop()
    settle()
    journal.flush()
    settle()
    window.open_journal()
    controller = window.journal_controller
    assert controller is not None and controller.screen is not None
    screen = controller.screen
    qtbot.waitUntil(
        lambda: screen.sessions_line.text() == "1 of 2 planned prevention sessions this week",
        timeout=10000,
    )
