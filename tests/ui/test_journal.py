"""The journal in the app: a guided run lands in it step by step; the view, the "why" check,
editing, deleting with undo, export, and the physician guidance at Done."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.journal.recorder import EpisodeRecorder, JournalWriter
from cramp_coach.journal.store import Journal
from cramp_coach.routine.flow import Intent
from cramp_coach.routine.machine import RoutineMachine
from cramp_coach.settings import Settings
from cramp_coach.ui.journal_dialogs import EpisodeDialog, ResultDialog, WhyDialog
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import Driver, settle

T0 = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)


def wait_for(qtbot: QtBot, writer: JournalWriter) -> None:
    writer.flush()
    qtbot.wait(10)  # let the results reach the GUI thread
    settle()


def read(path: Path) -> list:  # type: ignore[type-arg]
    journal = Journal.open(path)
    try:
        return journal.episodes()
    finally:
        journal.close()


def recorded_run(routine: Routine, clock: ManualClock, writer: JournalWriter) -> Driver:
    """A routine on the manual clock whose episode is written to `writer` as it goes."""
    machine = RoutineMachine(routine, clock)
    EpisodeRecorder(machine, writer, wall=lambda: T0)
    return Driver(machine, clock).start()


def stretch_once(run: Driver, answer: Intent) -> Driver:
    """Gets ready, holds, and answers the check."""
    run.finish_countdown()
    run.finish_countdown()
    return run.send(answer)


def test_a_guided_run_lands_with_its_timeline(
    qtbot: QtBot, routine: Routine, clock: ManualClock, writer: JournalWriter, tmp_path: Path
) -> None:
    run = recorded_run(routine, clock, writer).to_stretch()
    stretch_once(run, Intent.STILL)
    stretch_once(run, Intent.EASED).send(Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT)
    wait_for(qtbot, writer)
    (episode,) = read(tmp_path / "journal.db")
    assert episode.outcome == "eased" and episode.reps == 2
    assert [s.step_id for s in episode.steps] == [
        "stop", "triage", "ease", "position", "hold", "check", "position", "hold", "check",
        "ice", "massage", "rehydrate", "done",
    ]  # fmt: skip
    offsets = [(s.at - T0).total_seconds() for s in episode.steps]
    assert offsets[:6] == pytest.approx([0, 0, 0, 0, 5, 35])
    assert offsets[6:9] == pytest.approx([35, 40, 70])
    assert episode.started_at == T0
    assert episode.ended_at == T0 + timedelta(seconds=70)


def test_a_run_stopped_part_way_is_saved_as_stopped(
    qtbot: QtBot, routine: Routine, clock: ManualClock, writer: JournalWriter, tmp_path: Path
) -> None:
    recorded_run(routine, clock, writer).to_stretch().send(Intent.STOP)
    wait_for(qtbot, writer)
    (episode,) = read(tmp_path / "journal.db")
    assert episode.outcome == "stopped"
    assert [s.step_id for s in episode.steps] == ["stop", "triage", "ease", "position"]


def test_a_run_down_the_injury_steps_is_saved_as_a_possible_injury(
    qtbot: QtBot, routine: Routine, clock: ManualClock, writer: JournalWriter, tmp_path: Path
) -> None:
    run = recorded_run(routine, clock, writer).send(Intent.NEXT, Intent.INJURY)
    assert run.step == "rest"
    run.send(Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT)  # the ice takes two answers
    assert run.step == "injury-done"
    wait_for(qtbot, writer)
    (episode,) = read(tmp_path / "journal.db")
    assert (episode.outcome, episode.reps) == ("injury", 0)
    assert [s.step_id for s in episode.steps] == [
        "stop", "triage", "rest", "cool", "support", "injury-done",
    ]  # fmt: skip


@pytest.fixture
def window(
    qtbot: QtBot,
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    writer: JournalWriter,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    now = [T0]
    win = MainWindow(
        make_context(
            routine,
            settings,
            clock,
            FakeSpeaker(),
            user_exercises=tmp_path / "none",
            journal=writer,
            wall=lambda: now[0],
        )
    )
    win.now_box = now  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def prolonged_run(window: MainWindow, clock: ManualClock) -> None:
    window.start_routine()
    settle()
    machine = window.session.machine
    assert machine is not None
    for _ in range(3):  # stopped running, it is a cramp, it has eased
        machine.send(Intent.NEXT)
        settle()
    assert machine.step.id == "position"
    for _ in range(3):
        clock.advance(35, settle)
        machine.send(Intent.STILL)
        settle()
    for _ in range(4):  # the ice ("I have the ice", "Done icing"), massage, rehydrate
        machine.send(Intent.NEXT)
        settle()
    assert machine.step.id == "done"


def test_done_says_to_see_a_physician_when_cramps_recur(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, writer: JournalWriter
) -> None:
    for day in (1, 10):
        writer.submit(lambda j, day=day: j.add_manual(T0 - timedelta(days=day), None, 1, "eased"))
    prolonged_run(window, clock)
    wait_for(qtbot, writer)
    wait_for(qtbot, writer)
    advice = window.routine_screen.advice
    assert advice.isVisible()
    assert "physician" in advice.text().lower()
    assert window.routine_screen.why_button.isVisible()


def test_why_did_it_happen_is_saved_with_the_episode(
    qtbot: QtBot,
    window: MainWindow,
    clock: ManualClock,
    writer: JournalWriter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prolonged_run(window, clock)
    wait_for(qtbot, writer)

    def answer(dialog: WhyDialog) -> int:
        dialog.where_buttons["spread"].setChecked(True)
        dialog.boxes["hot_weather"].setChecked(True)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(WhyDialog, "exec", answer)
    shown: list[str] = []
    monkeypatch.setattr(ResultDialog, "exec", lambda d: shown.append(d.label.text()) or 0)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_W)
    wait_for(qtbot, writer)
    wait_for(qtbot, writer)
    (episode,) = read(tmp_path / "journal.db")
    assert episode.causes == frozenset({"spread", "hot_weather"})
    assert "not a diagnosis" in shown[0]
    assert "From the exercise library" not in shown[0]  # spread + heat: water, not exercises


def test_journal_view_add_edit_delete_undo_and_export(
    qtbot: QtBot,
    window: MainWindow,
    writer: JournalWriter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill(dialog: EpisodeDialog) -> int:
        dialog.reps.setValue(2)
        dialog.note.setText("<b>hot</b> day")
        dialog.leg.setCurrentIndex(dialog.leg.findData("left"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(EpisodeDialog, "exec", fill)
    window.open_journal()
    wait_for(qtbot, writer)
    screen = window.journal_controller.screen
    assert screen is not None and screen.empty.isVisible()
    qtbot.keyClick(screen.table, Qt.Key.Key_N)
    wait_for(qtbot, writer)
    wait_for(qtbot, writer)
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 5).text() == "<b>hot</b> day"  # plain text, never HTML
    assert screen.table.item(0, 1).text() == "Left"
    assert screen.chart is not None
    bars = screen.chart.chart().series()[0].barSets()[0]  # the bars drawn, one a week
    assert sum(bars.at(week) for week in range(bars.count())) == 1

    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    wait_for(qtbot, writer)
    wait_for(qtbot, writer)
    assert screen.table.rowCount() == 0
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_delete()
    wait_for(qtbot, writer)
    wait_for(qtbot, writer)
    assert screen.table.rowCount() == 1

    target = tmp_path / "export.json"
    window._journal().export(target, "json")
    wait_for(qtbot, writer)
    data = json.loads(target.read_text())
    assert len(data["episodes"] if isinstance(data, dict) else data) == 1


def test_the_recurring_rule_is_a_setting(
    qtbot: QtBot, window: MainWindow, writer: JournalWriter, settings: Settings
) -> None:
    import dataclasses

    for day in (1, 10, 20):
        writer.submit(lambda j, day=day: j.add_manual(T0 - timedelta(days=day), None, 1, "eased"))
    window.open_journal()
    wait_for(qtbot, writer)
    screen = window.journal_controller.screen
    assert screen is not None and screen.guidance.isVisible()
    window.preferences.apply(
        dataclasses.replace(window.preferences.current_choices(), recurring_count=4)
    )
    wait_for(qtbot, writer)
    assert settings.recurring() == (4, 30)
    assert not screen.guidance.isVisible()


def test_a_run_cut_short_keeps_its_stretch_count(
    qtbot: QtBot, routine: Routine, clock: ManualClock, writer: JournalWriter, tmp_path: Path
) -> None:
    run = recorded_run(routine, clock, writer).to_stretch()
    stretch_once(run, Intent.STILL)  # the process dies here: no end is ever written
    wait_for(qtbot, writer)
    (episode,) = read(tmp_path / "journal.db")
    assert (episode.outcome, episode.reps) == ("unfinished", 1)


def test_the_journal_is_usable_by_keys_alone(
    qtbot: QtBot, window: MainWindow, writer: JournalWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer.submit(lambda j: j.add_manual(T0 - timedelta(days=2), None, 1, "eased"))
    window.open_journal()
    wait_for(qtbot, writer)
    screen = window.journal_controller.screen
    assert screen is not None
    assert not screen.table.tabKeyNavigation()  # Tab leaves the table for the buttons
    asked: list[str] = []

    def ask_save_path(title: str, name: str, filters: str) -> tuple[None, str]:
        asked.append(name)
        return None, ""  # cancelled

    monkeypatch.setattr(window, "ask_save_path", ask_save_path)
    qtbot.keyClick(screen.table, Qt.Key.Key_X)
    assert asked == ["cramp-journal.csv"]
    monkeypatch.setattr(EpisodeDialog, "exec", lambda self: 0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)  # edit, cancelled
    assert screen.table.hasFocus() or QApplication.focusWidget() is screen.table
    qtbot.keyClick(screen.table, Qt.Key.Key_Backspace)  # back to the first screen, as Esc
    assert window.stack.currentWidget() is window.home


def test_why_answers_point_to_library_exercises(
    qtbot: QtBot, window: MainWindow, writer: JournalWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer.submit(lambda j: j.add_manual(T0 - timedelta(days=2), None, 1, "eased"))
    writer.flush()

    def answer(dialog: WhyDialog) -> int:
        dialog.where_buttons["stayed"].setChecked(True)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(WhyDialog, "exec", answer)
    shown: list[str] = []
    monkeypatch.setattr(ResultDialog, "exec", lambda d: shown.append(d.label.text()) or 0)
    writer.submit(lambda j: j.episodes()[0], window._journal().ask_why)
    wait_for(qtbot, writer)
    assert "Muscle fatigue" in shown[0]
    assert "From the exercise library (L): " in shown[0] and "Glute bridge" in shown[0]


def test_a_cramp_that_comes_back_after_done_updates_the_episode(
    qtbot: QtBot, routine: Routine, clock: ManualClock, writer: JournalWriter, tmp_path: Path
) -> None:
    run = recorded_run(routine, clock, writer).to_stretch()
    stretch_once(run, Intent.EASED).send(Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT)
    assert run.step == "done"
    wait_for(qtbot, writer)
    assert read(tmp_path / "journal.db")[0].outcome == "eased"
    run.send(Intent.CAME_BACK)  # at Done: wait for it to stop, then the stretch
    assert run.step == "ease"
    run.send(Intent.NEXT)
    run.finish_countdown()
    run.finish_countdown()
    run.send(Intent.STOP)
    wait_for(qtbot, writer)
    (episode,) = read(tmp_path / "journal.db")
    assert episode.reps == 2
    assert episode.steps[-1].step_id == "check"


def test_the_injury_done_says_the_strain_advice_once_and_asks_no_cramp_causes(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, writer: JournalWriter
) -> None:
    window.start_routine()
    settle()
    machine = window.session.machine
    assert machine is not None
    # the ice takes two answers: "I have the ice", "Done icing"
    for intent in (Intent.NEXT, Intent.INJURY, Intent.NEXT, Intent.NEXT, Intent.NEXT, Intent.NEXT):
        machine.send(intent)
        settle()
    assert machine.step.id == "injury-done"
    wait_for(qtbot, writer)
    wait_for(qtbot, writer)
    screen = window.routine_screen
    # The injury Done says when to see a doctor or physiotherapist itself: the journal's strain
    # note would say it twice; with no recurring or prolonged cramps it has nothing else to add.
    assert screen.doctor.isVisible() and "physiotherapist" in screen.doctor.text()
    assert not screen.advice.isVisible()
    assert not screen.why_button.isVisible()  # "why did it happen?" asks about cramps


def test_a_cramp_done_after_a_recent_strain_speaks_of_cramps_only(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, writer: JournalWriter
) -> None:
    for day in (1, 10):  # two recent cramps, and a suspected strain
        writer.submit(lambda j, day=day: j.add_manual(T0 - timedelta(days=day), None, 1, "eased"))
    writer.submit(lambda j: j.add_manual(T0 - timedelta(days=3), None, 0, "injury"))
    prolonged_run(window, clock)
    wait_for(qtbot, writer)
    wait_for(qtbot, writer)
    advice = window.routine_screen.advice.text()
    assert "recurring" in advice and "3 cramps" in advice  # the strain is not a cramp
    assert "physiotherapist" not in advice  # the strain note is the journal screen's


def key(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None
) -> None:
    target = QApplication.focusWidget() or window
    if modifier is None:
        qtbot.keyClick(target, key)
    else:
        qtbot.keyClick(target, key, modifier)
    settle()


def test_accidental_starts_are_not_saved_and_never_make_cramps_recur(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, writer: JournalWriter, tmp_path: Path
) -> None:
    """Enter then Esc, three times in three minutes, then a real cramp: the Done screen does not
    say "recurring, consult a physician" (three starts used to count as three cramps)."""
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Return)  # I have a cramp now (by mistake)
        clock.advance(2, settle)
        key(qtbot, window, Qt.Key.Key_Escape)
        wait_for(qtbot, writer)
        assert window.stack.currentWidget() is window.home
        assert "not saved in the journal" in window.home.message.text()
        clock.advance(60, settle)
    assert read(tmp_path / "journal.db") == []
    prolonged_run(window, clock)  # the real one, a prolonged cramp
    wait_for(qtbot, writer)
    wait_for(qtbot, writer)
    advice = window.routine_screen.advice.text()
    assert "prolonged" in advice  # its own reason to see a physician...
    assert "recurring" not in advice and "cramps in the last" not in advice  # ...but only that
    assert len(read(tmp_path / "journal.db")) == 1


def test_ctrl_z_on_the_first_screen_saves_a_discarded_start(
    qtbot: QtBot, window: MainWindow, writer: JournalWriter, tmp_path: Path
) -> None:
    key(qtbot, window, Qt.Key.Key_Return)
    key(qtbot, window, Qt.Key.Key_Escape)
    wait_for(qtbot, writer)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, writer)
    assert window.home.message.text() == "Saved in the journal."
    (episode,) = read(tmp_path / "journal.db")
    assert episode.outcome == "stopped"


def test_l_and_r_say_which_leg_and_the_journal_keeps_it(
    qtbot: QtBot, window: MainWindow, writer: JournalWriter, tmp_path: Path
) -> None:
    key(qtbot, window, Qt.Key.Key_Return)
    screen = window.routine_screen
    assert screen.leg_question.text() == "Which leg?" and screen.left_button.isVisible()
    key(qtbot, window, Qt.Key.Key_R)
    assert screen.right_button.isChecked() and screen.leg_question.text() == "Leg:"
    key(qtbot, window, Qt.Key.Key_Return)  # on to the triage: it is still there to change
    key(qtbot, window, Qt.Key.Key_L)
    assert screen.left_button.isChecked() and not screen.right_button.isChecked()
    key(qtbot, window, Qt.Key.Key_Return)  # it is a cramp
    key(qtbot, window, Qt.Key.Key_Escape)
    wait_for(qtbot, writer)
    (episode,) = read(tmp_path / "journal.db")
    assert episode.leg == "left"
