"""Keyboard and screen readers (issue 8): every control is named and described, Tab visits every
control in order and comes back round, every action works from the keyboard, and a screen
reader is told of each step and each spoken time mark, never of each second."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.journal.store import Episode
from cramp_coach.routine.flow import Intent
from cramp_coach.routine.guided import SWITCH_SECONDS, Phase
from cramp_coach.settings import Settings
from cramp_coach.ui import announce as announcing
from cramp_coach.ui.announce import Announcement, announce, listen
from cramp_coach.ui.journal_dialogs import EpisodeDialog, WhyDialog
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle

T0 = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)
INTERACTIVE = (QAbstractButton, QAbstractSlider, QComboBox, QLineEdit, QAbstractItemView)
# Parts of a composite control: a screen reader gets the composite (its name), not the part.
COMPOSITES = (QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)
# a key hint ending a name: "(Enter)", "(Esc)", "(L)"; not "(after running)" in an exercise's
KEY_HINT = re.compile(r"\((Enter|Esc|Space|Backspace|Del|[A-Z]|Ctrl\+\S+)\)\s*$")


# -- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def heard() -> Iterator[list[Announcement]]:
    """Every announcement made during the test, as a screen reader would have been told."""
    said: list[Announcement] = []
    stop = listen(said.append)
    yield said
    stop()


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
    writer: JournalWriter,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    win = MainWindow(
        make_context(
            routine,
            settings,
            clock,
            speaker,
            user_exercises=tmp_path / "none",
            journal=writer,
            wall=lambda: T0,
        )
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


# -- helpers ---------------------------------------------------------------------------------


def wait(clock: ManualClock, seconds: float) -> None:
    clock.advance(seconds, settle)
    settle()


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        target = QApplication.focusWidget()
        assert target is not None, "the keyboard focus is nowhere"
        qtbot.keyClick(target, key)
        settle()


def flush(qtbot: QtBot, writer: JournalWriter) -> None:
    for _ in range(2):
        writer.flush()
        qtbot.wait(10)
        settle()


def part_of_composite(widget: QWidget, root: QWidget) -> bool:
    """A part a screen reader gets as the whole: a spin box's editor, a list's header, a
    scroll area's viewport (which hands its focus to the area)."""
    proxy = widget.focusProxy()
    if proxy is not None and proxy.isAncestorOf(widget):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def controls(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets a user or a screen reader can act on."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and not part_of_composite(w, root)
        and (takes_tab(w) or isinstance(w, INTERACTIVE))
    ]


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader gets (Qt falls back to a button's text, a label buddy's...)."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.isValid(), widget
    return face.text(QAccessible.Text.Name)


def spoken_description(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Description)


def tab_stops(root: QWidget) -> set[QWidget]:
    """Where Tab must stop: each visible, enabled control that takes Tab focus (of a group of
    radio buttons only the checked one, as in every toolkit: the arrows choose within it)."""
    stops = set()
    for w in controls(root):
        if not takes_tab(w) or w.focusProxy() is not None:
            continue
        if isinstance(w, QRadioButton) and w.autoExclusive() and not w.isChecked():
            continue
        stops.add(w)
    return stops


def tab_round(qtbot: QtBot, limit: int = 60) -> list[QWidget]:
    """Presses Tab until the focus is back where it started; the widgets it was on, in order,
    starting with the first. (In a date field Tab first walks its day, month, year...: the
    focus stays a few presses.)"""
    start = QApplication.focusWidget()
    assert start is not None
    visited = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, "Tab left the focus nowhere"
        if now is visited[-1]:
            continue
        if now is start:
            return visited
        visited.append(now)
    raise AssertionError(f"Tab never came back round to {start}: {[name(w) for w in visited]}")


def name(widget: QWidget | None) -> str:
    if widget is None:
        return "<nothing>"
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})"


def check_names(root: QWidget) -> None:
    """Every control has a spoken name; ours are named on purpose, without a key hint, and
    described (what it does, and its key)."""
    found = controls(root)
    assert found, root
    missing = [name(w) for w in found if not spoken_name(w).strip()]
    assert not missing, f"no accessible name: {missing}"
    for w in found:
        if isinstance(w.parentWidget(), QDialogButtonBox):
            assert spoken_description(w), name(w)  # Save, Cancel: named by their text
            continue
        assert w.accessibleName(), f"no explicit accessible name: {name(w)} {spoken_name(w)!r}"
        assert not KEY_HINT.search(w.accessibleName()), f"key hint in the name: {name(w)}"
        if takes_tab(w):
            assert w.accessibleDescription(), f"no accessible description: {name(w)}"


def check_tab_round(qtbot: QtBot, root: QWidget, expected: Sequence[QWidget]) -> None:
    """From the focus the screen opened with, Tab visits `expected` in order (the screen's
    every stop) and comes back round."""
    assert QApplication.focusWidget() is expected[0], name(QApplication.focusWidget())
    visited = tab_round(qtbot)
    # The window's header over the library, plan, journal and a guided set ("I have a cramp
    # now") is one more stop, between the screen's last control and its first.
    header = getattr(root.window(), "cramp_now", None)
    if header is not None and header.isVisible():
        first = next(i for i, w in enumerate(visited) if w is expected[0])
        assert visited.count(header) == 1, [name(w) for w in visited]
        assert visited.index(header) != first
        visited.remove(header)
    assert [name(w) for w in visited] == [name(w) for w in expected]
    assert set(visited) == tab_stops(root)


# -- reaching each screen --------------------------------------------------------------------


def to_triage(window: MainWindow) -> None:
    window.start_routine()
    settle()
    assert window.session.machine is not None
    window.session.machine.send(Intent.NEXT)  # stopped running
    settle()
    assert window.session.machine.step.id == "triage"


def to_position(window: MainWindow) -> None:
    to_triage(window)
    machine = window.session.machine
    assert machine is not None
    for intent, then in ((Intent.NEXT, "ease"), (Intent.NEXT, "position")):  # a cramp; eased
        machine.send(intent)
        settle()
        assert machine.step.id == then


def to_hold(window: MainWindow, clock: ManualClock) -> None:
    to_position(window)
    wait(clock, 5)
    assert window.session.machine is not None
    assert window.session.machine.step.id == "hold"


def to_check(window: MainWindow, clock: ManualClock) -> None:
    to_hold(window, clock)
    wait(clock, 30)
    assert window.session.machine is not None and window.session.machine.step.id == "check"


def to_done(window: MainWindow, clock: ManualClock) -> None:
    to_check(window, clock)
    machine = window.session.machine
    assert machine is not None
    # eased; the ice ("I have the ice", "Done icing"); massage; rehydrated
    for intent in (Intent.EASED, Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT):
        machine.send(intent)
        settle()
    assert machine.step.id == "done"


def guided(window: MainWindow) -> None:
    window.open_library("standing-knee-curl")
    current = window.library_controller.library_screen.current()
    assert current is not None
    window.session.start_guided(current)
    settle()


def journal_with_an_episode(qtbot: QtBot, window: MainWindow, writer: JournalWriter) -> None:
    writer.submit(lambda j: j.add_manual(T0 - timedelta(days=2), None, 1, "eased"))
    window.open_journal()
    flush(qtbot, writer)
    screen = window.journal_controller.screen
    assert screen is not None and screen.table.rowCount() == 1


def routine_stops(window: MainWindow, *names: str) -> list[QWidget]:
    screen = window.routine_screen
    toggles = list(screen._toggles)
    ahead = [getattr(screen, n) for n in names]
    return [*ahead, screen.left_button, screen.right_button, *toggles]


# -- names and descriptions ------------------------------------------------------------------


def test_home_controls_are_named_and_tab_goes_round(qtbot: QtBot, window: MainWindow) -> None:
    home = window.home
    check_names(home)
    assert home.library_button.accessibleName() == "Exercise library"  # "(L)" went...
    assert "Press L" in home.library_button.accessibleDescription()  # ...here
    expected = [home.start_button, home.library_button, home.plan_button, home.journal_button]
    check_tab_round(qtbot, home, expected)


def test_routine_at_a_hold(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    to_hold(window, clock)
    screen = window.routine_screen
    check_names(screen)
    assert screen.primary.accessibleName() == "Release early"
    assert "Enter" in screen.primary.accessibleDescription()
    toggle_names = [b.accessibleName() for b in screen._toggles]
    assert toggle_names == ["Sound on", "Hands-free off"]
    assert next(b.accessibleDescription() for b in screen._toggles).endswith("Press M.")
    stops = ["primary", "pause_button", "back_button", "came_back_button", "stop_button"]
    check_tab_round(qtbot, screen, routine_stops(window, *stops))


def test_routine_at_the_check(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    to_check(window, clock)
    screen = window.routine_screen
    check_names(screen)
    assert (screen.primary.accessibleName(), screen.secondary.accessibleName()) == (
        "It has eased",
        "Still cramping",
    )
    stops = ["primary", "secondary", "back_button", "came_back_button", "stop_button"]
    check_tab_round(qtbot, screen, routine_stops(window, *stops))


def test_routine_at_the_stop(qtbot: QtBot, window: MainWindow) -> None:
    window.start_routine()
    settle()
    screen = window.routine_screen
    check_names(screen)
    assert screen.primary.accessibleName() == "Next"
    assert not screen.back_button.isEnabled() and not screen.came_back_button.isEnabled()
    check_tab_round(qtbot, screen, routine_stops(window, "primary", "stop_button"))


def test_routine_at_the_triage(qtbot: QtBot, window: MainWindow) -> None:
    to_triage(window)
    screen = window.routine_screen
    check_names(screen)
    assert (screen.primary.accessibleName(), screen.secondary.accessibleName()) == (
        "It is a cramp",
        "Could be an injury",
    )
    stops = ["primary", "secondary", "back_button", "stop_button"]  # no countdown, no stretch
    check_tab_round(qtbot, screen, routine_stops(window, *stops))
    press(qtbot, Qt.Key.Key_I)
    assert window.session.machine is not None
    assert window.session.machine.step.id == "rest"
    assert QApplication.focusWidget() is screen.primary  # a new step: focus on its answer
    assert screen.primary.accessibleName() == "Next"


def test_each_answer_describes_its_own_key(window: MainWindow, clock: ManualClock) -> None:
    """A screen reader on a button hears its key: I at the triage, S at the check."""
    to_triage(window)
    screen = window.routine_screen
    assert screen.primary.accessibleDescription() == "Press Enter."
    assert screen.secondary.accessibleDescription() == "Press I."
    machine = window.session.machine
    assert machine is not None
    for intent in (Intent.NEXT, Intent.NEXT):  # a cramp; it has eased
        machine.send(intent)
        settle()
    wait(clock, 5 + 30)
    assert machine.step.id == "check"
    assert screen.secondary.accessibleDescription() == "Press S."


def test_routine_at_done(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, writer: JournalWriter
) -> None:
    to_done(window, clock)
    flush(qtbot, writer)
    screen = window.routine_screen
    assert screen.why_button.isVisible()
    check_names(screen)
    assert screen.primary.accessibleName() == "Finish"
    stops = ["primary", "came_back_button", "stop_button"]
    expected = routine_stops(window, *stops)
    check_tab_round(qtbot, screen, [*expected, screen.why_button])  # Why sits above Finish


def test_the_countdown_ring_and_caption_are_named(window: MainWindow, clock: ManualClock) -> None:
    to_hold(window, clock)
    screen = window.routine_screen
    for widget in (screen.ring, screen.caption):
        assert widget.accessibleName() and widget.accessibleDescription(), widget
        assert spoken_name(widget) == widget.accessibleName()
    assert "Time left" in screen.ring.accessibleName()
    assert not re.search(r"\d", screen.ring.accessibleName() + screen.ring.accessibleDescription())


def test_library(qtbot: QtBot, window: MainWindow) -> None:
    window.open_library()
    screen = window.library_controller.library_screen
    check_names(screen)
    qtbot.keyClicks(screen.search, "bridge")  # the clear button shows: still all named
    check_names(screen)
    screen.search.clear()
    screen.list.setFocus()
    expected = [screen.list, screen.back, screen.sessions_button, screen.details, screen.start]
    expected += [screen.search, screen.goal]  # Sessions: beside Back
    check_tab_round(qtbot, screen, expected)


def test_guided_exercise(qtbot: QtBot, window: MainWindow) -> None:
    guided(window)
    screen = window.library_controller.guided_screen
    check_names(screen)
    # the standing knee curl goes one leg at a time: Enter first ends the left leg's reps
    assert screen.next_button.accessibleName() == "End the left leg"
    assert screen.picture.accessibleName() == "Picture: Standing knee curl"
    expected = [screen.next_button, screen.stop_button, screen.pause_button]
    check_tab_round(qtbot, screen, expected)


def test_prevention_plan(qtbot: QtBot, window: MainWindow) -> None:
    window.open_plan()
    screen = window.plan_controller.screen
    assert screen is not None
    check_names(screen)
    page: QWidget = screen.scroll  # type: ignore[assignment]  # (shadows QWidget.scroll())
    form = window.plan_controller.form  # the user's plan (issue 19), then the advice's links
    assert form is not None
    check_tab_round(qtbot, screen, [page, *form.controls, *screen.links, screen.back])


def test_journal(qtbot: QtBot, window: MainWindow, writer: JournalWriter) -> None:
    journal_with_an_episode(qtbot, window, writer)
    screen = window.journal_controller.screen
    assert screen is not None
    check_names(screen)
    assert screen.chart is not None
    assert "week of" in screen.chart.accessibleDescription()  # the chart, in words
    check_tab_round(qtbot, screen, [screen.table, *screen.buttons.values()])


def show_dialog(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def dialog_buttons(dialog: QDialog) -> list[QWidget]:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return sorted(box.buttons(), key=lambda b: b.mapTo(dialog, b.rect().topLeft()).x())


def test_episode_dialog(qtbot: QtBot) -> None:
    dialog = EpisodeDialog(None, T0)
    show_dialog(qtbot, dialog)
    check_names(dialog)
    fields = [dialog.when, dialog.leg, dialog.reps, dialog.outcome, dialog.note]
    check_tab_round(qtbot, dialog, [*fields, *dialog_buttons(dialog)])
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_why_dialog(qtbot: QtBot) -> None:
    dialog = WhyDialog({"hot_weather"})
    show_dialog(qtbot, dialog)
    check_names(dialog)
    assert dialog.accessibleDescription().startswith("Tick what fits")
    check_tab_round(
        qtbot, dialog, [dialog.not_sure, *dialog.boxes.values(), *dialog_buttons(dialog)]
    )
    # The arrows choose within the "where" group; Space ticks a box; Enter saves.
    qtbot.keyClick(dialog.not_sure, Qt.Key.Key_Up)
    assert dialog.where_buttons["stayed"].isChecked() and dialog.where_buttons["stayed"].hasFocus()
    box = dialog.boxes["hot_weather"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.causes() == {"stayed"}


def test_the_notice_bar(qtbot: QtBot, window: MainWindow, heard: list[Announcement]) -> None:
    window.notice.show_text("Speech is off: espeak-ng is not installed.")
    window.notice.show_text("Speech is off: espeak-ng is not installed.")  # the same again
    assert [a.text for a in heard] == ["Speech is off: espeak-ng is not installed."]
    check_names(window.notice)
    window.notice.dismiss.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert not window.notice.isVisible()


# -- announcements ---------------------------------------------------------------------------


def test_a_hold_is_announced_once_then_only_at_its_time_marks(
    window: MainWindow, clock: ManualClock, speaker: FakeSpeaker, heard: list[Announcement]
) -> None:
    to_position(window)
    assert window.session.machine is not None
    heard.clear()
    wait(clock, 5)
    assert window.session.machine.step.id == "hold"
    ring = window.routine_screen.ring
    (entry,) = heard
    assert entry.assertive and entry.text.startswith("Hold the stretch.")
    assert "30 seconds" in entry.text and "Enter: Release early." in entry.text
    heard.clear()
    faces = set()
    for _ in range(29):
        wait(clock, 1)
        faces.add((ring.accessibleName(), ring.accessibleDescription(), spoken_name(ring)))
    assert window.session.machine.step.id == "hold"
    assert len(faces) == 1  # the ring told a screen reader nothing new, second after second
    marks = ["Ten seconds.", "Three.", "Two.", "One."]
    assert [a.text for a in heard] == marks  # exactly the spoken marks, politely
    assert not any(a.assertive for a in heard)
    assert len(heard) <= len(window.session.machine.routine.marks) + 1
    assert speaker.spoken[-4:] == marks
    wait(clock, 1)
    assert window.session.machine.step.id == "check"
    (check,) = heard[4:]
    assert check.assertive and check.text.startswith("Is the cramp still there?")
    assert "Enter: It has eased. S: Still cramping." in check.text


def test_each_step_is_announced_once_and_its_spoken_cue_is_not_repeated(
    qtbot: QtBot,
    window: MainWindow,
    clock: ManualClock,
    speaker: FakeSpeaker,
    heard: list[Announcement],
) -> None:
    to_done(window, clock)
    machine = window.session.machine
    assert machine is not None
    steps = [a for a in heard if a.assertive]
    assert len(steps) == len(machine.visits)  # stop, triage, ease, position, ..., done
    assert [v.step_id for v in machine.visits][:4] == ["stop", "triage", "ease", "position"]
    titles = [machine.routine.step(v.step_id).title for v in machine.visits]
    for announced, title in zip(steps, titles, strict=True):
        assert announced.text.startswith(title), (title, announced.text)  # what to do first
    assert "See a doctor" in steps[-1].text  # Done: the doctor line comes with the step
    # the cue said on entering a step is in the step's announcement, not announced again
    marks = {mark.text for mark in machine.routine.marks}
    cues = {said for said in speaker.spoken if said not in marks}
    assert {
        "Stop running. Stand still and breathe.",
        "Is it a cramp, or could it be an injury?",
        "Hold for 30 seconds.",
        "Release. Has the cramp eased?",
    } <= cues
    assert not cues & {a.text for a in heard}


def test_the_triage_is_announced_with_the_signs_and_both_answers_and_their_keys(
    window: MainWindow, heard: list[Announcement]
) -> None:
    to_triage(window)
    machine = window.session.machine
    assert machine is not None
    triage = machine.routine.step("triage")
    entry = [a for a in heard if a.assertive][-1]
    assert entry.text.startswith("A cramp, or an injury?")
    for sign in triage.signs:
        assert sign in entry.text, sign
    assert "Step 2 of 10." in entry.text
    cramp, injury = "Enter: It is a cramp.", "I: Could be an injury."
    assert cramp in entry.text and injury in entry.text
    assert entry.text.index(cramp) < entry.text.index(injury)  # as on screen, left to right
    assert entry.text.endswith(injury)


def test_the_stop_step_is_announced_with_the_warning_signs_and_the_notice(
    window: MainWindow, heard: list[Announcement]
) -> None:
    window.start_routine()
    settle()
    guidance = window.context.guidance
    (entry,) = [a for a in heard if a.assertive]
    assert entry.text.startswith("Stop running.")
    assert guidance.heading in entry.text
    for sign in guidance.signs:
        assert sign.cue in entry.text, sign.id
    assert guidance.notice in entry.text
    assert entry.text.endswith("Step 1 of 10. Enter: Next.")


def test_pause_and_resume_are_announced(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, heard: list[Announcement]
) -> None:
    to_hold(window, clock)
    wait(clock, 10)
    heard.clear()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Space)
    assert [a.text for a in heard] == [
        "Paused with 20 seconds left. Press Space to resume.",
        "Resumed.",
    ]


def test_a_caption_said_later_in_a_step_is_announced(
    window: MainWindow, clock: ManualClock, heard: list[Announcement]
) -> None:
    to_hold(window, clock)
    wait(clock, 2)
    heard.clear()
    window.routine_screen.show_caption("Say stop again to end the routine.")
    assert [(a.text, a.assertive) for a in heard] == [("Say stop again to end the routine.", False)]


def test_a_guided_set_announces_sets_and_rests_never_its_rhythm(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, heard: list[Announcement]
) -> None:
    guided(window)
    run = window.session.guided
    assert run is not None
    # the lead-in, twelve reps of set 1 on the left leg, the switch, twelve on the right, the rest
    wait(clock, 3 + 12 * 4 + SWITCH_SECONDS + 12 * 4)
    assert run.phase is Phase.REST
    assert [(a.text, a.assertive) for a in heard] == [
        ("Set 1 of 2: 12 reps each leg. Left leg.", True),
        ("Switch to the right leg.", True),
        ("Rest. Next set in 45 seconds.", True),
    ]


def test_announcements_reach_qt_with_or_without_a_screen_reader(
    qtbot: QtBot, heard: list[Announcement]
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    was = QAccessible.isActive()
    try:
        for active in (False, True):
            QAccessible.setActive(active)
            announce(widget, "  Ten   seconds. ", assertive=active)
    finally:
        QAccessible.setActive(was)
    announce(widget, "   ")  # nothing to say: nothing said
    assert [(a.text, a.assertive) for a in heard] == [
        ("Ten seconds.", False),
        ("Ten seconds.", True),
    ]
    assert not announcing._listeners[1:]  # only this test's listener


# -- the keyboard alone ----------------------------------------------------------------------
# (test_main_window walks the whole routine by its keys, test_journal and test_library the
# journal's and library's; here: Enter presses the control the focus ring is on)


def test_home_enter_presses_the_focused_button(qtbot: QtBot, window: MainWindow) -> None:
    for times, opened in (
        (1, lambda: window.library_controller.library_screen),
        (2, lambda: window.plan_controller.screen),
    ):
        window.go_home()
        press(qtbot, Qt.Key.Key_Tab, times)
        press(qtbot, Qt.Key.Key_Return)
        assert window.stack.currentWidget() is opened()
    window.go_home()
    press(qtbot, Qt.Key.Key_Tab, 3)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.journal_controller.screen
    window.go_home()
    press(qtbot, Qt.Key.Key_Return)  # the cramp button, focused as the app opens
    assert window.stack.currentWidget() is window.routine_screen


def test_routine_focus_follows_the_step_and_enter_presses_what_it_shows(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    to_hold(window, clock)
    screen = window.routine_screen
    machine = window.session.machine
    assert machine is not None
    assert QApplication.focusWidget() is screen.primary
    press(qtbot, Qt.Key.Key_Tab, 2)
    assert QApplication.focusWidget() is screen.back_button
    press(qtbot, Qt.Key.Key_Return)  # back, as the focus ring shows, not "release early"
    assert machine.step.id == "position"
    assert QApplication.focusWidget() is screen.primary  # a new step: focus on its answer
    press(qtbot, Qt.Key.Key_Space)  # Space still pauses with the focus on a button
    assert machine.paused
    press(qtbot, Qt.Key.Key_Space)
    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)  # a click...
    assert QApplication.focusWidget() is screen.primary  # ...leaves the focus on the answer
    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Return)
    assert machine.step.id == "hold"
    press(qtbot, Qt.Key.Key_Tab, 3)
    assert QApplication.focusWidget() is screen.came_back_button
    press(qtbot, Qt.Key.Key_Return)
    assert machine.step.id == "ease" and machine.progress.came_back == 1
    assert QApplication.focusWidget() is screen.primary
    press(qtbot, Qt.Key.Key_Return)  # it has stopped again
    assert machine.step.id == "position"
    press(qtbot, Qt.Key.Key_Tab, 4)
    assert QApplication.focusWidget() is screen.stop_button
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home
    assert QApplication.focusWidget() is window.home.start_button


def test_routine_toggles_work_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, speaker: FakeSpeaker
) -> None:
    to_hold(window, clock)
    press(qtbot, Qt.Key.Key_Tab, 7)  # past the answers and tools, then left, right
    sound = window.routine_screen._toggles[0]
    assert QApplication.focusWidget() is sound
    press(qtbot, Qt.Key.Key_Return)
    assert speaker.muted and sound.accessibleName() == "Sound off"


def test_library_enter_on_back_goes_back(qtbot: QtBot, window: MainWindow) -> None:
    window.open_library()
    screen = window.library_controller.library_screen
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.back
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home
    window.open_library()
    press(qtbot, Qt.Key.Key_Tab, 5)  # Back, Sessions, the details, Start, the header
    assert QApplication.focusWidget() is window.cramp_now  # the header, before the search
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.search
    qtbot.keyClicks(screen.search, "glute")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.goal
    press(qtbot, Qt.Key.Key_Return)  # Enter on the filters starts the chosen exercise
    assert window.stack.currentWidget() is window.library_controller.guided_screen
    assert window.session.guided is not None and window.session.guided.exercise.id == "glute-bridge"


def test_guided_stop_and_back_by_keys(qtbot: QtBot, window: MainWindow) -> None:
    guided(window)
    screen = window.library_controller.guided_screen
    assert QApplication.focusWidget() is screen.next_button
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.stop_button
    press(qtbot, Qt.Key.Key_Return)
    assert window.session.guided is not None and window.session.guided.phase is Phase.STOPPED
    assert window.stack.currentWidget() is window.library_controller.library_screen


def test_prevention_links_open_by_enter(qtbot: QtBot, window: MainWindow) -> None:
    window.open_plan()
    screen = window.plan_controller.screen
    form = window.plan_controller.form
    assert screen is not None and form is not None
    # Past the plan's own controls (Tab in the time goes from the hour to the minutes first).
    press(qtbot, Qt.Key.Key_Tab, len(form.controls) + 2)
    link = QApplication.focusWidget()
    assert link is screen.links[0]
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library_controller.library_screen
    current = window.library_controller.library_screen.current()
    assert current is not None and current.name in link.text()
    press(qtbot, Qt.Key.Key_Escape)
    window.open_plan()
    press(qtbot, Qt.Key.Key_Tab, len(form.controls) + 2 + len(screen.links))
    assert QApplication.focusWidget() is screen.back
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home


def test_journal_buttons_work_by_tab_and_enter(
    qtbot: QtBot, window: MainWindow, writer: JournalWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal_with_an_episode(qtbot, window, writer)
    screen = window.journal_controller.screen
    assert screen is not None
    opened: list[Episode | None] = []

    def add(dialog: EpisodeDialog) -> int:
        opened.append(None)
        return 0

    monkeypatch.setattr(EpisodeDialog, "exec", add)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.buttons["add"]
    press(qtbot, Qt.Key.Key_Return)
    assert opened == [None]
    screen.buttons["back"].setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home


def test_every_screen_opens_with_the_focus_on_a_control(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, writer: JournalWriter
) -> None:
    """The focus ring is drawn on a control, so it shows where the keys go."""
    opened: list[tuple[Callable[[], object], Callable[[], QWidget]]] = [
        (lambda: None, lambda: window.home.start_button),
        (window.open_library, lambda: window.library_controller.library_screen.list),
        (window.open_plan, lambda: window.plan_controller.screen.scroll),  # type: ignore
        (window.open_journal, lambda: window.journal_controller.screen.table),  # type: ignore[union-attr]
        (lambda: guided(window), lambda: window.library_controller.guided_screen.next_button),
    ]
    for open_it, control in opened:
        window.go_home()
        open_it()
        settle()
        assert QApplication.focusWidget() is control(), name(QApplication.focusWidget())
        assert takes_tab(control())
    window.session.guided.stop()  # type: ignore[union-attr]
    window.start_routine()
    settle()
    assert QApplication.focusWidget() is window.routine_screen.primary
