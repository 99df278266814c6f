"""The window, driven by keys as a user would, on a manual clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.settings import Settings
from cramp_coach.ui.main_window import MainWindow
from tests.fakes import ManualClock
from tests.helpers import settle


@pytest.fixture
def window(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> Iterator[MainWindow]:
    win = MainWindow(routine, settings, lambda: clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, times: int = 1) -> None:
    target = QApplication.focusWidget() or window
    for _ in range(times):
        qtbot.keyClick(target, key)
        settle()


def wait(clock: ManualClock, seconds: float) -> None:
    clock.advance(seconds, settle)
    settle()


def shown(window: MainWindow) -> str:
    screen = window.routine_screen
    return " | ".join(
        label.text()
        for label in (screen.where, screen.title, screen.instruction)
        if label.isVisible()
    )


def step(window: MainWindow) -> str:
    assert window.machine is not None
    return window.machine.step.id


def test_first_screen_offers_the_cramp_button_focused(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.home
    assert window.home.start_button.text() == "I have a cramp now"
    assert window.home.start_button.hasFocus()


def test_walk_the_whole_routine_by_keys(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    press(qtbot, window, Qt.Key.Key_Return)  # I have a cramp now
    assert window.stack.currentWidget() is window.routine_screen
    assert step(window) == "stop"
    assert "Step 1 of 8" in shown(window)
    assert "Stop running" in shown(window)

    press(qtbot, window, Qt.Key.Key_Return)  # it has eased
    assert step(window) == "position"
    assert "Rep 1 of 3" in shown(window)
    assert "shoulder-width apart" in shown(window)
    wait(clock, 5)
    assert step(window) == "hold"
    assert window.routine_screen.ring.text == "30"
    wait(clock, 10)
    assert window.routine_screen.ring.text == "20"

    press(qtbot, window, Qt.Key.Key_Space)  # pause
    assert window.routine_screen.paused_label.isVisible()
    wait(clock, 100)
    assert window.routine_screen.ring.text == "20"
    press(qtbot, window, Qt.Key.Key_Space)  # resume
    assert not window.routine_screen.paused_label.isVisible()
    wait(clock, 20)
    assert step(window) == "check"

    press(qtbot, window, Qt.Key.Key_S)  # still cramping
    assert step(window) == "position"
    assert "Rep 2 of 3" in shown(window)
    press(qtbot, window, Qt.Key.Key_Return, times=2)  # skip get-ready, release the hold early
    assert step(window) == "check"

    press(qtbot, window, Qt.Key.Key_Return)  # it has eased
    assert step(window) == "ice"
    assert window.routine_screen.ring.text == "10:00"
    assert "not from the source" in window.routine_screen.extra.text()
    press(qtbot, window, Qt.Key.Key_C)  # the cramp came back
    assert step(window) == "position"
    assert "Rep 3 of 3" in shown(window)
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert step(window) == "stop"
    press(qtbot, window, Qt.Key.Key_Return, times=3)
    press(qtbot, window, Qt.Key.Key_S)  # still cramping after the third: prolonged
    assert step(window) == "ice"
    assert window.routine_screen.warning.isVisible()
    assert "physician" in window.routine_screen.warning.text()

    press(qtbot, window, Qt.Key.Key_Return, times=3)  # skip ice, skip massage, rehydrated
    assert step(window) == "done"
    summary = window.routine_screen.summary.text()
    assert "3 of 3 stretches" in summary and "prolonged" in summary
    assert "doctor" in window.routine_screen.doctor.text()
    press(qtbot, window, Qt.Key.Key_Return)  # finish
    assert window.stack.currentWidget() is window.home


def test_escape_stops_at_once_without_a_dialog(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    assert QApplication.activeModalWidget() is None
    assert "stopped after 0 of 3" in window.home.message.text()
    press(qtbot, window, Qt.Key.Key_Return)  # and a new run can start straight away
    assert step(window) == "stop"


def test_buttons_do_what_the_keys_do(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    screen = window.routine_screen
    qtbot.mouseClick(screen.primary, Qt.MouseButton.LeftButton)
    settle()
    wait(clock, 5)
    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    settle()
    assert screen.pause_button.text().startswith("Resume")
    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    wait(clock, 30)
    assert step(window) == "check"
    assert screen.secondary.isVisible()
    qtbot.mouseClick(screen.secondary, Qt.MouseButton.LeftButton)
    settle()
    assert step(window) == "position"
    qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    settle()
    assert window.stack.currentWidget() is window.home


def test_closing_mid_routine_asks_nothing(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Return, times=2)
    machine = window.machine
    assert machine is not None and machine.running
    assert window.close()
    settle()
    assert not machine.running
    assert QApplication.activeModalWidget() is None


def test_pause_is_only_offered_while_something_counts_down(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, window, Qt.Key.Key_Return)
    assert not window.routine_screen.pause_button.isEnabled()
    press(qtbot, window, Qt.Key.Key_Space)
    assert not window.routine_screen.paused_label.isVisible()
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.routine_screen.pause_button.isEnabled()


def test_data_file_text_is_shown_as_plain_text(window: MainWindow) -> None:
    for label in window.routine_screen.findChildren(QLabel):
        if label.objectName():
            assert label.textFormat() is Qt.TextFormat.PlainText, label.objectName()


def test_hold_seconds_setting_is_used_for_the_next_run(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    settings.set_hold_seconds(45)
    win = MainWindow(routine, settings, lambda: clock)
    qtbot.addWidget(win)
    win.start_routine()
    settle()
    assert win.machine is not None
    assert win.machine.routine.hold.seconds == 45


def test_command_line_hold_seconds_wins_over_the_setting(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    settings.set_hold_seconds(45)
    win = MainWindow(routine, settings, lambda: clock, hold_override=20)
    qtbot.addWidget(win)
    assert win.hold_seconds() == 20


@pytest.mark.parametrize("stored", ["600", "abc", "-3"])
def test_unusable_stored_setting_falls_back_and_says_so_in_one_line(
    qtbot: QtBot, routine: Routine, tmp_path: object, clock: ManualClock, stored: str
) -> None:
    store = QSettings(str(tmp_path) + "/s.ini", QSettings.Format.IniFormat)
    store.setValue(Settings.HOLD_SECONDS, stored)
    settings = Settings(store)
    win = MainWindow(routine, settings, lambda: clock)
    qtbot.addWidget(win)
    assert win.hold_seconds() == 30
    message = win.statusBar().currentMessage()
    assert "routine/hold_seconds must be 5 to 60" in message
    assert repr(stored) in message
    assert "\n" not in message


def test_shortcuts_list_names_every_key(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_text: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text: shown_text.append(text)
    )
    window.show_shortcuts()
    for key in ("Enter", "Space", "Backspace", "Esc", "C", "S"):
        assert f"{key}\t" in shown_text[0]
