"""The window, driven by keys as a user would, on a manual clock."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.content.routine import StepKind
from cramp_coach.settings import Settings
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context, on_screen
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle, wait_until_asked


@pytest.fixture
def speaker(clock: ManualClock) -> FakeSpeaker:
    return FakeSpeaker(clock, default_duration=0.4)


@pytest.fixture
def window(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock, speaker: FakeSpeaker
) -> Iterator[MainWindow]:
    win = on_screen(qtbot, MainWindow(make_context(routine, settings, clock, speaker)))
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
    assert window.session.machine is not None
    return window.session.machine.step.id


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
    assert "Step 1 of 10" in shown(window)  # the cramp steps: stop ... done
    assert "Stop running" in shown(window)

    press(qtbot, window, Qt.Key.Key_Return)  # next
    assert step(window) == "triage"
    assert "Step 2 of 10" in shown(window)
    assert "A cramp, or an injury?" in shown(window)
    press(qtbot, window, Qt.Key.Key_Return)  # it is a cramp
    assert step(window) == "ease"
    assert "Step 3 of 10" in shown(window)
    press(qtbot, window, Qt.Key.Key_Return)  # it has eased
    assert step(window) == "position"
    assert "Step 4 of 10" in shown(window)
    assert "Rep 1 of 3" in shown(window)
    assert "shoulder-width apart" in shown(window)
    wait(clock, 5)
    assert step(window) == "hold"
    assert window.routine_screen.ring.text == "30"
    wait(clock, 10)
    assert window.routine_screen.ring.text == "20"

    press(qtbot, window, Qt.Key.Key_Space)  # pause
    assert window.routine_screen.paused_label.isVisible()
    assert window.routine_screen.paused_label.text() == "Paused: press Space to resume"
    wait(clock, 100)
    assert window.routine_screen.ring.text == "20"
    press(qtbot, window, Qt.Key.Key_Space)  # resume
    assert not window.routine_screen.paused_label.isVisible()
    window.routine_screen.listening.show_state("listening")  # voice commands are heard
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.routine_screen.paused_label.text() == "Paused: say resume or press Space"
    press(qtbot, window, Qt.Key.Key_Space)
    window.routine_screen.listening.show_state("off")
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
    press(qtbot, window, Qt.Key.Key_C)  # the cramp came back: first it has to stop again
    assert step(window) == "ease"  # not back to "stop running" and the question
    press(qtbot, window, Qt.Key.Key_Return)  # it has stopped
    assert step(window) == "position"
    assert "Rep 3 of 3" in shown(window)
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert step(window) == "ease"
    press(qtbot, window, Qt.Key.Key_Return, times=3)
    press(qtbot, window, Qt.Key.Key_S)  # still cramping after the third: prolonged
    assert step(window) == "ice"
    assert window.routine_screen.warning.isVisible()
    assert "physician" in window.routine_screen.warning.text()

    # The ice timer waits while the ice is fetched; "I have the ice" starts it.
    assert window.routine_screen.primary.text().startswith("I have the ice")
    assert window.routine_screen.secondary.text() == "Skip the ice"
    wait(clock, 60)
    assert window.routine_screen.ring.text == "10:00"
    assert window.routine_screen.ring._caption == "NOT STARTED"
    press(qtbot, window, Qt.Key.Key_Return)  # I have the ice
    assert step(window) == "ice"
    assert window.routine_screen.primary.text().startswith("Done icing")
    assert not window.routine_screen.secondary.isVisible()
    wait(clock, 60)
    assert window.routine_screen.ring.text == "9:00"
    press(qtbot, window, Qt.Key.Key_Return, times=3)  # done icing, done massaging, rehydrated
    assert step(window) == "done"
    assert "Step 10 of 10" in shown(window)
    summary = window.routine_screen.summary.text()
    assert "still cramping after 3 stretches" in summary
    assert " of " not in summary  # nothing left unfinished
    screen = window.routine_screen  # one line says to see a physician, not three alike
    lines = (screen.warning, screen.advice, screen.doctor)
    said = [label.text() for label in lines if label.isVisible()]
    assert len(said) == 1 and "physician" in said[0] and "prolonged" in said[0], said
    press(qtbot, window, Qt.Key.Key_Return)  # finish
    assert window.stack.currentWidget() is window.home


GUIDANCE = "General guidance, not from the source article"
STRETCHING = (StepKind.POSITION, StepKind.HOLD, StepKind.CHECK)


def test_the_injury_path_by_keys_never_shows_a_stretch(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, routine: Routine
) -> None:
    """ "Could be an injury" (I): rest, ice, support and get it checked, six steps in all;
    no stretch and no massage is ever shown."""
    screen = window.routine_screen
    seen: list[tuple[str, str]] = []  # (step, what the screen showed)
    press(qtbot, window, Qt.Key.Key_Return)  # I have a cramp now
    press(qtbot, window, Qt.Key.Key_I)  # no answer to "stop running"
    assert step(window) == "stop"
    press(qtbot, window, Qt.Key.Key_Return)  # next
    assert step(window) == "triage"
    press(qtbot, window, Qt.Key.Key_I)  # could be an injury
    for expected in ("rest", "cool", "support", "injury-done"):
        assert step(window) == expected
        seen.append((expected, shown(window)))
        assert f"Step {len(seen) + 2} of 6" in shown(window)
        assert routine.step(expected).title in shown(window)
        assert screen.extra.isVisible() and GUIDANCE in screen.extra.text()  # all of it
        assert not screen.came_back_button.isEnabled()  # no stretch to go back to
        if expected == "cool":
            assert screen.ring.isVisible() and screen.ring.text == "10:00"
            wait(clock, 60)  # fetching the ice: the timer waits
            assert screen.ring.text == "10:00"
            press(qtbot, window, Qt.Key.Key_Return)  # I have the ice
            wait(clock, 60)
            assert screen.ring.text == "9:00"
        press(qtbot, window, Qt.Key.Key_C)  # does nothing here
        assert step(window) == expected
        if expected != "injury-done":
            press(qtbot, window, Qt.Key.Key_Return)  # next, done icing, next
    machine = window.session.machine
    assert machine is not None
    assert [v.step_id for v in machine.visits] == [
        "stop", "triage", "rest", "cool", "support", "injury-done",
    ]  # fmt: skip
    assert not [v for v in machine.visits if routine.step(v.step_id).kind in STRETCHING]
    for stretch in (s for s in routine.steps if s.kind in STRETCHING or s.id == "massage"):
        assert not any(stretch.title in text for _, text in seen), stretch.id
    assert "Rep" not in " ".join(text for _, text in seen)
    assert "could be an injury" in screen.summary.text()
    assert "stretches" not in screen.summary.text()
    assert screen.doctor.isVisible() and "physiotherapist" in screen.doctor.text()
    press(qtbot, window, Qt.Key.Key_Return)  # finish
    assert window.stack.currentWidget() is window.home


def test_back_from_the_first_injury_step_asks_again(
    qtbot: QtBot, window: MainWindow, routine: Routine
) -> None:
    press(qtbot, window, Qt.Key.Key_Return, times=2)
    press(qtbot, window, Qt.Key.Key_I)
    assert step(window) == "rest"
    assert window.routine_screen.back_button.isEnabled()
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert step(window) == "triage"
    assert "Step 2 of 10" in shown(window)
    press(qtbot, window, Qt.Key.Key_Return)  # it is a cramp after all
    assert step(window) == "ease"


def test_back_and_came_back_are_offered_only_where_they_do_something(
    qtbot: QtBot, window: MainWindow
) -> None:
    """(back, the cramp came back) on each step, cramp steps then injury steps."""
    screen = window.routine_screen
    expected = [
        ("stop", False, False),  # the first step; no cramp to come back yet
        ("triage", True, False),
        ("ease", True, False),  # what "came back" leads to
        ("position", True, True),
    ]
    press(qtbot, window, Qt.Key.Key_Return)
    for name, back, came_back in expected:
        assert step(window) == name
        assert (screen.back_button.isEnabled(), screen.came_back_button.isEnabled()) == (
            back,
            came_back,
        ), name
        press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_Return)  # release the hold early
    # eased, I have the ice, done icing, done massaging, rehydrated
    press(qtbot, window, Qt.Key.Key_Return, times=5)
    assert step(window) == "done"
    assert not screen.back_button.isEnabled() and screen.came_back_button.isEnabled()
    press(qtbot, window, Qt.Key.Key_Return)  # finish; the injury steps
    press(qtbot, window, Qt.Key.Key_Return, times=2)
    press(qtbot, window, Qt.Key.Key_I)
    for name, back in (("rest", True), ("cool", True), ("support", True), ("injury-done", False)):
        assert step(window) == name
        assert (screen.back_button.isEnabled(), screen.came_back_button.isEnabled()) == (
            back,
            False,
        ), name
        press(qtbot, window, Qt.Key.Key_Return, times=2 if name == "cool" else 1)  # the ice
    assert window.stack.currentWidget() is window.home


def test_the_triage_shows_the_signs_of_an_injury_and_both_answers(
    qtbot: QtBot, window: MainWindow, routine: Routine
) -> None:
    press(qtbot, window, Qt.Key.Key_Return, times=2)
    assert step(window) == "triage"
    screen = window.routine_screen
    triage = routine.step("triage")
    lines = screen.instruction.text().splitlines()
    assert lines[0] == triage.text
    assert lines[1:] == [f"\u2022 {sign}" for sign in triage.signs]  # one to a line
    assert len(triage.signs) == 3
    assert screen.extra.isVisible() and GUIDANCE in screen.extra.text()
    assert screen.primary.isVisible() and screen.secondary.isVisible()
    assert screen.primary.text() == "It is a cramp   (Enter)"
    assert screen.secondary.text() == "Could be an injury   (I)"
    assert (screen.primary.accessibleName(), screen.secondary.accessibleName()) == (
        triage.cramp_label,
        triage.injury_label,
    )
    assert screen.primary.hasFocus()
    assert screen.back_button.isEnabled() and not screen.came_back_button.isEnabled()
    assert not screen.signs.isVisible() and not screen.notice.isVisible()
    press(qtbot, window, Qt.Key.Key_S)  # "still cramping" answers nothing here
    press(qtbot, window, Qt.Key.Key_E)  # nor does "it has eased"
    assert step(window) == "triage"
    qtbot.mouseClick(screen.secondary, Qt.MouseButton.LeftButton)  # the button does as I does
    settle()
    assert step(window) == "rest"


def test_the_notice_is_on_the_first_screen_and_at_the_start_of_the_routine(
    qtbot: QtBot, window: MainWindow
) -> None:
    notice = window.context.guidance.notice
    assert notice == "Not medical advice. In an emergency call your local emergency number."
    assert window.home.notice.isVisible() and window.home.notice.text() == notice
    assert "\n" not in notice
    press(qtbot, window, Qt.Key.Key_Return)
    assert step(window) == "stop"
    screen = window.routine_screen
    assert screen.notice.isVisible() and screen.notice.text() == notice
    for later in ("triage", "ease", "position"):
        press(qtbot, window, Qt.Key.Key_Return)
        assert step(window) == later
        assert not screen.notice.isVisible(), later


def check_warning_signs(window: MainWindow) -> None:
    """The warning signs box is shown, with every sign and what to do, marked as guidance."""
    guidance = window.context.guidance
    box = window.routine_screen.signs
    assert box.isVisible(), step(window)
    text = box.text()
    assert text.startswith(guidance.heading)
    assert len(guidance.signs) == 5
    for sign in guidance.signs:
        # one to a line, in the short form the voice says too (the sheet and the journal
        # print the long one): what is noticed, then what to do
        assert f"\u2022 {sign.cue}" in text.splitlines(), sign.id
    assert GUIDANCE.lower() in text.lower()  # marked, wherever the mark goes in the box


def test_the_warning_signs_show_at_the_stop_and_at_both_dones(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    screen = window.routine_screen
    press(qtbot, window, Qt.Key.Key_Return)
    assert step(window) == "stop"
    check_warning_signs(window)
    for later in ("triage", "ease", "position"):
        press(qtbot, window, Qt.Key.Key_Return)
        assert step(window) == later
        assert not screen.signs.isVisible(), later
    press(qtbot, window, Qt.Key.Key_Return, times=2)  # start the hold, release it early
    press(qtbot, window, Qt.Key.Key_Return)  # it has eased
    assert step(window) == "ice"
    assert not screen.signs.isVisible()
    press(qtbot, window, Qt.Key.Key_Return, times=4)  # the ice takes two answers
    assert step(window) == "done"
    check_warning_signs(window)
    press(qtbot, window, Qt.Key.Key_Return)  # finish, and the injury steps
    press(qtbot, window, Qt.Key.Key_Return, times=2)
    press(qtbot, window, Qt.Key.Key_I)
    assert step(window) == "rest"
    assert not screen.signs.isVisible()
    press(qtbot, window, Qt.Key.Key_Return, times=4)  # the ice takes two answers
    assert step(window) == "injury-done"
    check_warning_signs(window)


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
    for answer in ("triage", "ease", "position"):  # next, it is a cramp, it has eased
        qtbot.mouseClick(screen.primary, Qt.MouseButton.LeftButton)
        settle()
        assert step(window) == answer
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
    machine = window.session.machine
    assert machine is not None and machine.running
    assert window.close()
    settle()
    assert not machine.running
    assert QApplication.activeModalWidget() is None


def test_pause_is_only_offered_while_something_counts_down(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, window, Qt.Key.Key_Return)
    for question in ("stop", "triage", "ease"):  # nothing counts down until the stretch
        assert step(window) == question
        assert not window.routine_screen.pause_button.isEnabled()
        press(qtbot, window, Qt.Key.Key_Space)
        assert not window.routine_screen.paused_label.isVisible()
        press(qtbot, window, Qt.Key.Key_Return)
    assert step(window) == "position"
    assert window.routine_screen.pause_button.isEnabled()


def test_pausing_moves_no_button(qtbot: QtBot, window: MainWindow) -> None:
    """Pause becomes Resume (a longer word) in a button as wide as either: the buttons beside it
    stay where they were, also after a zoom."""
    press(qtbot, window, Qt.Key.Key_Return, times=4)  # stop, triage, ease: the countdown
    assert step(window) == "position"  # pause is offered
    screen = window.routine_screen
    for zoom in (100, 160):
        window.apply_zoom(zoom)
        settle()
        buttons = (screen.pause_button, screen.back_button, screen.came_back_button)
        before = [b.geometry() for b in buttons]
        press(qtbot, window, Qt.Key.Key_Space)
        settle()
        assert screen.paused_label.isVisible()
        assert [b.geometry() for b in buttons] == before
        press(qtbot, window, Qt.Key.Key_Space)
        settle()
        assert [b.geometry() for b in buttons] == before
    window.apply_zoom(100)


def test_data_file_text_is_shown_as_plain_text(window: MainWindow) -> None:
    for label in window.routine_screen.findChildren(QLabel):
        if label.objectName():
            assert label.textFormat() is Qt.TextFormat.PlainText, label.objectName()


def test_hold_seconds_setting_is_used_for_the_next_run(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    settings.set_hold_seconds(45)
    win = MainWindow(make_context(routine, settings, clock, FakeSpeaker()))
    qtbot.addWidget(win)
    win.start_routine()
    settle()
    assert win.session.machine is not None
    assert win.session.machine.routine.hold.seconds == 45


def test_command_line_hold_seconds_wins_over_the_setting(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    settings.set_hold_seconds(45)
    win = MainWindow(make_context(routine, settings, clock, FakeSpeaker(), hold_override=20))
    qtbot.addWidget(win)
    assert win.context.hold_seconds() == 20


@pytest.mark.parametrize("stored", ["600", "abc", "-3"])
def test_unusable_stored_setting_falls_back_and_says_so_in_one_line(
    qtbot: QtBot, routine: Routine, tmp_path: object, clock: ManualClock, stored: str
) -> None:
    store = QSettings(str(tmp_path) + "/s.ini", QSettings.Format.IniFormat)
    store.setValue(Settings.HOLD_SECONDS, stored)
    settings = Settings(store)
    win = MainWindow(make_context(routine, settings, clock, FakeSpeaker()))
    qtbot.addWidget(win)
    assert win.context.hold_seconds() == 30
    message = win.statusBar().currentMessage()
    assert "routine/hold_seconds must be 5 to 60" in message
    assert repr(stored) in message
    assert "\n" not in message


def test_shortcuts_list_names_every_key(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F1: a table of key and what it does, every row filled, closed by Enter."""
    from cramp_coach.ui.shortcuts_dialog import ShortcutsDialog

    shown: list[ShortcutsDialog] = []

    def exec_(dialog: ShortcutsDialog) -> int:
        shown.append(dialog)
        dialog.show()
        dialog.activateWindow()  # as exec() makes it: the window whose keys count
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", exec_)
    window.show_shortcuts()
    table = shown[0].table
    keys = [table.item(row, 0).text() for row in range(table.rowCount())]
    for key in ("Enter / E", "S", "I", "Space", "Backspace", "Esc", "C", "F1"):
        assert key in keys
    assert all(table.item(row, 1).text() for row in range(table.rowCount()))
    assert not shown[0].isVisible()  # Enter closed it


def test_m_mutes_and_unmutes_and_is_remembered(
    qtbot: QtBot, window: MainWindow, speaker: FakeSpeaker, settings: Settings
) -> None:
    press(qtbot, window, Qt.Key.Key_M)
    assert speaker.muted
    assert window.sound_action.text().startswith("Sound off")
    assert settings.speech_on() is False
    press(qtbot, window, Qt.Key.Key_Return)  # start: captions still show what is said
    assert "Stop running" in window.routine_screen.caption.text()
    assert speaker.spoken == []
    press(qtbot, window, Qt.Key.Key_M)
    assert not speaker.muted
    assert settings.speech_on() is True


def test_captions_follow_the_spoken_cues(
    qtbot: QtBot, window: MainWindow, speaker: FakeSpeaker, clock: ManualClock
) -> None:
    press(qtbot, window, Qt.Key.Key_Return, times=4)
    assert step(window) == "position"
    wait(clock, 5)
    assert window.routine_screen.caption.text() == "\u201cHold for 30 seconds.\u201d"
    wait(clock, 27)
    assert window.routine_screen.caption.text() == "\u201cThree.\u201d"
    assert speaker.spoken[-1] == "Three."


def test_h_switches_hands_free_mid_routine(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, settings: Settings, routine: Routine
) -> None:
    press(qtbot, window, Qt.Key.Key_Return)
    assert not window.routine_screen.ring.isVisible()
    press(qtbot, window, Qt.Key.Key_H)
    assert settings.hands_free() is True
    # Each question now counts down to its default: on, a cramp (nothing heard), it has eased.
    for question, then in (("stop", "triage"), ("triage", "ease"), ("ease", "position")):
        assert step(window) == question
        seconds = routine.step(question).wait
        assert window.routine_screen.ring.isVisible()
        assert window.routine_screen.ring.text == str(seconds)
        machine = window.session.machine
        assert machine is not None
        wait_until_asked(machine, lambda s: wait(clock, s))  # the wait starts once asked
        wait(clock, seconds)
        assert step(window) == then


def test_hands_free_from_the_command_line_runs_with_no_input(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    win = MainWindow(make_context(routine, settings, clock, FakeSpeaker(), hands_free=True))
    qtbot.addWidget(win)
    win.show()
    win.start_routine()
    settle()
    machine = win.session.machine
    assert machine is not None
    for _ in range(50):  # each step runs out: its timer, or its question's wait once asked
        if step(win) == "done":
            break
        wait_until_asked(machine, lambda seconds: wait(clock, seconds))
        wait(clock, machine.remaining())
    assert step(win) == "done"
    assert [v.step_id for v in machine.visits][-2:] == ["rehydrate", "done"]
    assert [v.step_id for v in win.session.machine.visits][:4] == [
        "stop",
        "triage",
        "ease",
        "position",
    ]  # fmt: skip  (silence at the triage: the cramp steps)
    assert settings.hands_free() is False  # a one-off from the command line is not saved


def test_speech_problem_is_one_dismissable_line(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    speaker = FakeSpeaker()
    speaker.problem = "Speech is off: espeak-ng is not installed (sudo apt-get install espeak-ng)"
    win = MainWindow(make_context(routine, settings, clock, speaker))
    qtbot.addWidget(win)
    win.show()
    assert win.notice.isVisible()
    assert win.notice.label.text() == speaker.problem
    qtbot.mouseClick(win.notice.dismiss, Qt.MouseButton.LeftButton)
    assert not win.notice.isVisible()
    win.start_routine()  # the routine runs all the same, with captions
    settle()
    assert "Stop running" in win.routine_screen.caption.text()


def test_the_speech_line_is_taken_back_when_sound_comes_back(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    """The sound server went away, and came back (CachedSpeaker's `available`): the notice's
    line about it goes, another line stays, and the status bar says sound is back."""
    from cramp_coach.speech.playback import NO_AUDIO_OUTPUT

    win = MainWindow(make_context(routine, settings, clock, FakeSpeaker()))
    qtbot.addWidget(win)
    win.show()
    win.notice.show_text("The journal cannot be written.")
    win.show_speech_problem(NO_AUDIO_OUTPUT)
    assert len(win.notice.lines) == 2
    win.speech_is_back()
    assert win.notice.lines == ["The journal cannot be written."] and win.notice.isVisible()
    assert "Sound is back" in win.statusBar().currentMessage()
    win.show_speech_problem(NO_AUDIO_OUTPUT)
    win.show_speech_problem("Speech is off: espeak-ng failed")  # what is wrong now replaces it
    assert win.notice.lines == ["The journal cannot be written.", "Speech is off: espeak-ng failed"]
    win.notice.withdraw("The journal cannot be written.")
    win.speech_is_back()
    assert not win.notice.isVisible()


def safety_in_view(window: MainWindow) -> str:
    """Why the summary, the warning, the doctor's line and the warning signs are not all in view
    without scrolling ("" when they are). What comes under them may need a scroll: the type
    keeps its size rather than shrinking to fit (issue 17)."""
    settle()
    screen = window.routine_screen
    viewport = screen.page.viewport()
    shown = [screen.summary, screen.warning, screen.doctor, screen.signs]
    for label in shown:
        if not label.isVisible():
            continue
        bottom = label.mapTo(viewport, label.rect().bottomLeft()).y()
        if bottom > viewport.height():
            return (
                f"{step(window)}: {label.objectName()} ends at {bottom} px of {viewport.height()}"
            )
    return ""


@pytest.mark.parametrize("size", [(800, 600), (1024, 700)])
def test_the_longest_screens_show_their_safety_text_without_scrolling(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, size: tuple[int, int]
) -> None:
    window.resize(*size)
    screen = window.routine_screen
    too_long: list[str] = []  # every screen that does not fit, so one run says them all
    press(qtbot, window, Qt.Key.Key_Return)
    assert step(window) == "stop"  # the warning signs box and the notice
    assert screen.signs.isVisible() and screen.notice.isVisible()
    too_long.append(safety_in_view(window))
    press(qtbot, window, Qt.Key.Key_Return)
    assert step(window) == "triage"  # the signs of an injury, one to a line
    too_long.append(safety_in_view(window))
    press(qtbot, window, Qt.Key.Key_Return, times=2)
    for _ in range(3):
        wait(clock, 35)
        press(qtbot, window, Qt.Key.Key_S)
    assert step(window) == "ice"  # prolonged: the physician line and the ice guidance
    assert screen.warning.isVisible() and screen.extra.isVisible()
    too_long.append(safety_in_view(window))
    press(qtbot, window, Qt.Key.Key_Return, times=4)  # the ice takes two answers
    assert step(window) == "done"  # the summary, the doctor, the prevention and the signs
    assert screen.signs.isVisible()
    too_long.append(safety_in_view(window))
    assert screen.doctor.isVisible() and screen.doctor.font().pixelSize() >= 15

    press(qtbot, window, Qt.Key.Key_Return)  # finish; then the injury steps' Done
    press(qtbot, window, Qt.Key.Key_Return, times=2)
    press(qtbot, window, Qt.Key.Key_I)
    press(qtbot, window, Qt.Key.Key_Return, times=4)  # the ice takes two answers
    assert step(window) == "injury-done"
    assert screen.signs.isVisible()
    too_long.append(safety_in_view(window))
    assert screen.doctor.isVisible() and screen.doctor.font().pixelSize() >= 15
    assert not [line for line in too_long if line], too_long


def test_left_or_right_said_answers_which_leg_on_the_screen(window: MainWindow) -> None:
    from cramp_coach.speech.recognition import Command

    window.start_routine()
    settle()
    screen = window.routine_screen
    assert screen.leg_question.text() == "Which leg?"
    window.session.on_command(Command.RIGHT)
    settle()
    assert screen.right_button.isChecked() and not screen.left_button.isChecked()
    assert screen.leg_question.text() == "Leg:"
    window.session.on_command(Command.LEFT)  # changed by saying the other
    settle()
    assert screen.left_button.isChecked() and not screen.right_button.isChecked()


def test_hands_free_the_ice_waits_on_screen_for_i_have_the_ice(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, routine: Routine
) -> None:
    """Hands-free, the ice's ten minutes do not start while the ice is fetched: the screen
    says NOT STARTED and offers "I have the ice"; with no answer they start after the step's
    `wait`."""
    window.set_hands_free(True, save=False)
    press(qtbot, window, Qt.Key.Key_Return)  # start
    press(qtbot, window, Qt.Key.Key_Return, times=2)  # stopped; a cramp
    press(qtbot, window, Qt.Key.Key_Return)  # it has stopped: the stretch
    wait(clock, 5 + 30 + 1)
    press(qtbot, window, Qt.Key.Key_Return)  # it has eased: ice
    assert step(window) == "ice"
    screen = window.routine_screen
    machine = window.session.machine
    assert machine is not None and machine.waiting_to_start
    assert screen.primary.accessibleName() == "I have the ice"
    wait(clock, routine.step("ice").wait + 1)
    assert not machine.waiting_to_start and screen.primary.accessibleName() == "Done icing"


def test_spoken_commands_walk_the_routine(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    from cramp_coach.speech.recognition import Command

    say = window.session.on_command
    say(Command.READY)  # on the first screen: start
    settle()
    assert step(window) == "stop"
    say(Command.READY)  # stopped running
    settle()
    assert step(window) == "triage"
    say(Command.SKIP)  # "skip" is no answer to "a cramp, or an injury?"
    settle()
    assert step(window) == "triage"
    say(Command.READY)  # it is a cramp
    settle()
    assert step(window) == "ease"
    say(Command.BETTER)  # the cramp has stopped
    settle()
    assert step(window) == "position"
    say(Command.SKIP)
    settle()
    assert step(window) == "hold"
    say(Command.PAUSE)
    assert window.session.machine is not None and window.session.machine.paused
    say(Command.PAUSE)  # saying it twice does not resume
    assert window.session.machine.paused
    say(Command.RESUME)
    assert not window.session.machine.paused
    wait(clock, 30)
    assert step(window) == "check"
    say(Command.READY)  # "ready" never answers the check
    settle()
    assert step(window) == "check"
    spoken = len(speaker.spoken)
    say(Command.REPEAT)
    assert speaker.spoken[spoken:] == ["Release. Has the cramp eased?"]
    say(Command.BETTER)
    settle()
    assert step(window) == "ice"
    say(Command.AGAIN)
    settle()
    assert step(window) == "ease"  # it came back: wait for it to stop
    say(Command.BETTER)
    settle()
    assert step(window) == "position"
    say(Command.STOP)  # a misheard "stop" must not end first aid: it pauses and says how
    settle()
    assert step(window) == "position"
    assert window.session.machine.paused
    assert speaker.spoken[-1].startswith("Paused. Say resume")
    say(Command.STOP)  # said again: still only paused
    settle()
    assert step(window) == "position" and window.session.machine.running
    press(qtbot, window, Qt.Key.Key_Escape)  # Esc ends it
    settle()
    assert window.stack.currentWidget() is window.home


def test_settings_dialog_choices_are_saved_and_applied(
    window: MainWindow, speaker: FakeSpeaker, settings: Settings
) -> None:
    from cramp_coach.ui.settings_dialog import Choices, SettingsDialog

    dialog = SettingsDialog(
        window.context.routine.hold, window.preferences.current_choices(), speaker.voices, window
    )
    assert dialog.voice.count() == 3  # the default, and the engine's two voices
    dialog.voice.setCurrentIndex(dialog.voice.findData("de"))
    dialog.rate.setValue(140)
    dialog.volume.setValue(60)
    dialog.time_marks.setChecked(False)
    dialog.hold_seconds.setValue(20)
    window.preferences.apply(dialog.choices())
    assert (speaker.voice, speaker.rate, speaker.volume) == ("de", 140, 0.6)
    assert window.preferences.current_choices() == Choices(20, True, "de", 140, 60, False)
    assert (settings.voice(), settings.rate(), settings.volume()) == ("de", 140, 60)
    assert settings.hold_seconds(30, 5, 60) == 20


def test_without_time_marks_only_step_cues_are_spoken(
    qtbot: QtBot, window: MainWindow, speaker: FakeSpeaker, clock: ManualClock
) -> None:
    window.preferences.apply(
        dataclasses.replace(window.preferences.current_choices(), time_marks=False)
    )
    press(qtbot, window, Qt.Key.Key_Return, times=4)
    assert step(window) == "position"
    wait(clock, 40)
    assert "Three." not in speaker.spoken
    assert speaker.spoken[-1] == "Release. Has the cramp eased?"


def test_export_writes_the_sheet_in_a_process_of_its_own(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, settings: Settings
) -> None:
    from PySide6.QtPdf import QPdfDocument

    settings.set_hold_seconds(25)
    target = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(window.sheet.exported, timeout=20000) as written:
        window.sheet.export_pdf(target, paper="letter")
    assert written.args == [str(target)]
    document = QPdfDocument()
    document.load(str(target))
    assert document.pageCount() == 1
    assert "25 s" in document.getAllText(0).text()
    assert str(target) in window.statusBar().currentMessage()


def test_export_to_an_unwritable_place_says_so_in_one_line(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "sheet.pdf"
    with qtbot.waitSignal(window.sheet.exported, timeout=20000) as written:
        window.sheet.export_pdf(target)
    assert written.args == [""]
    assert window.notice.isVisible()
    assert str(target) in window.notice.label.text()
    assert "\n" not in window.notice.label.text()
    assert not target.parent.exists()


def test_a_cramp_before_the_engines_start_still_hears_what_the_journal_says(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    """Enter pressed in the first moments, before start_engines (app.py, after the first
    paint): the routine makes the real journal; a damaged one is moved aside, and the window
    says so as it would have after start_engines."""
    from cramp_coach.context import AppContext
    from cramp_coach.paths import journal_file

    path = journal_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database at all" * 100)
    context = AppContext(routine, settings)
    context.clock, context.speaker, context.listener = clock, FakeSpeaker(clock), None
    window = on_screen(qtbot, MainWindow(context))
    assert not context.made("journal")  # nothing opened it before the first paint
    window.start_routine()
    assert context.made("journal")
    journal = context.journal
    assert journal is not None
    journal.flush()
    qtbot.waitUntil(window.notice.isVisible, timeout=3000)
    assert "was moved to" in window.notice.label.text()
    assert str(path) in window.notice.label.text()
    window.close()
    context.close()


def test_the_toggles_follow_the_session_whoever_switches_it(window: MainWindow) -> None:
    """A spoken or a settings change goes to the session; the menu and the routine screen's
    toggles show it all the same."""
    window.session.set_sound(False)
    assert not window.sound_action.isChecked()
    assert window.sound_action.text().startswith("Sound off")
    window.session.set_hands_free(True)
    assert window.hands_free_action.isChecked()
    assert window.hands_free_action.text().startswith("Hands-free on")


def test_the_save_dialog_starts_at_home_when_there_is_no_documents_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    started: list[str] = []

    def ask(_parent: object, _title: str, where: str, _filters: str) -> tuple[str, str]:
        started.append(where)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert window.ask_save_path("Export", "sheet.pdf", "PDF (*.pdf)") == (None, "")
    assert started == [str(home / "sheet.pdf")]  # not the folder the app was started from


@pytest.mark.parametrize("size", [(800, 600), (1024, 700)])
def test_the_notice_at_the_start_is_never_cut_off(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    """Hands-free (the ring takes width), with a notice bar above (no sound): the words may
    scroll, the not-medical-advice line never does: it sits under the title, whole."""
    window.resize(*size)
    window.set_hands_free(True)
    window.notify("Speech is off: no audio output was found (connect speakers or headphones)")
    press(qtbot, window, Qt.Key.Key_Return)
    settle()
    screen = window.routine_screen
    assert step(window) == "stop" and screen.ring.isVisible()
    notice = screen.notice
    assert notice.isVisible() and not screen.words.isAncestorOf(notice)
    assert notice.visibleRegion().boundingRect().height() == notice.height()
    assert notice.height() >= notice.fontMetrics().height()


def test_too_noisy_stays_on_the_status_line_and_is_captioned_during_a_run(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, window, Qt.Key.Key_Return)
    window.session.on_too_noisy()  # what the listener says when it cannot cut words out
    settle()
    line = "It's too noisy to hear you: press Enter or say it louder"
    assert window.statusBar().currentMessage() == line
    assert line in window.routine_screen.caption.text()


@pytest.mark.parametrize("where", ["library", "plan", "journal", "guided set", "home"])
def test_ctrl_enter_starts_the_routine_at_once_from_any_screen(
    qtbot: QtBot, window: MainWindow, where: str
) -> None:
    if where == "library":
        window.open_library()
    elif where == "plan":
        window.open_plan()
    elif where == "journal":
        window.open_journal()
    elif where == "guided set":
        window.open_library("glute-bridge")
        press(qtbot, window, Qt.Key.Key_Return)
        assert window.session.guided is not None and window.session.guided.running
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    settle()
    assert window.stack.currentWidget() is window.routine_screen
    assert window.session.routine_running and step(window) == "stop"
    assert not window.cramp_now.isVisible()  # the routine needs no button to start it


@pytest.mark.parametrize("where", ["library", "plan"])
def test_every_other_screen_has_the_cramp_button_in_its_header(
    qtbot: QtBot, window: MainWindow, where: str
) -> None:
    assert not window.cramp_now.isVisible()  # the first screen has its own big one
    getattr(window, f"open_{where}")()
    button = window.cramp_now
    assert button.isVisible() and button.text() == "I have a cramp now   (Ctrl+Enter)"
    assert button.font().pixelSize() >= 24
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert window.stack.currentWidget() is window.routine_screen


def test_f1_lists_ctrl_enter_and_undo_is_in_no_menu(window: MainWindow) -> None:
    from cramp_coach.ui import actions

    rows = dict(actions.help_rows())
    assert rows["Ctrl+Enter"] == "Start the cramp routine at once, from any screen"
    assert any(keys.startswith("L / R") for keys in rows)
    menus = {
        menu.title(): [a.text() for a in menu.actions()]
        for menu in (action.menu() for action in window.menuBar().actions())
        if menu is not None
    }
    assert not any("Undo" in text for texts in menus.values() for text in texts), menus


def test_done_says_after_how_many_stretches_it_eased(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    press(qtbot, window, Qt.Key.Key_Return, times=3)  # start, stopped running, a cramp
    press(qtbot, window, Qt.Key.Key_Return, times=3)  # eased; position; release the hold
    press(qtbot, window, Qt.Key.Key_Return)  # it has eased
    press(qtbot, window, Qt.Key.Key_Return, times=4)  # the ice (two answers), massage, drink
    assert step(window) == "done"
    summary = window.routine_screen.summary.text()
    assert summary.startswith("the cramp eased after 1 stretch   ·")
    assert "of 3" not in summary


def test_a_held_enter_acts_once(qtbot: QtBot, window: MainWindow) -> None:
    """Key auto-repeat (Enter held down) must not walk the routine: each step wants a press."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    press(qtbot, window, Qt.Key.Key_Return)
    assert step(window) == "stop"
    target = QApplication.focusWidget() or window
    for _ in range(30):
        QApplication.sendEvent(
            target,
            QKeyEvent(
                QEvent.Type.ShortcutOverride,
                Qt.Key.Key_Return,
                Qt.KeyboardModifier.NoModifier,
                "\r",
                True,
            ),
        )
        QApplication.sendEvent(
            target,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
            ),
        )
        settle()
    assert step(window) == "stop"
    press(qtbot, window, Qt.Key.Key_Return)  # a real press still goes on
    assert step(window) == "triage"
