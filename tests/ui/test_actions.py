"""The command table: every key written once, and each one doing what the F1 list says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.settings import Settings
from cramp_coach.ui import actions
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context, on_screen
from tests.fakes import ManualClock
from tests.helpers import settle

# What each window-wide command calls on the window, with the argument it passes.
CALLS = {
    "start": ("start_routine", ()),
    "sound": ("set_sound", (False,)),  # the sound starts on: its key turns it off
    "hands_free": ("set_hands_free", (True,)),
    "library": ("open_library", ()),
    "plan": ("open_plan", ()),
    "journal": ("open_journal", ()),
    "undo": ("undo_delete", ()),
    "print": ("print_sheet", ()),
    "preview": ("preview_sheet", ()),
    "export": ("choose_pdf", ()),
    "send_to_phone": ("send_to_phone", ()),
    "full_screen": ("set_full_screen", (True,)),
    "zoom_in": ("zoom", (1,)),
    "zoom_out": ("zoom", (-1,)),
    "zoom_reset": ("zoom", (0,)),
    "settings": ("edit_settings", ()),
    "shortcuts": ("show_shortcuts", ()),
    "about": ("show_about", ()),
    "quit": ("quit_app", ()),
}


@pytest.fixture
def window(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> Iterator[MainWindow]:
    win = on_screen(qtbot, MainWindow(make_context(routine, settings, clock)))
    yield win
    win.close()


def test_no_window_key_is_written_twice_or_shadows_a_screen_key() -> None:
    shortcuts = [key for action in actions.ACTIONS for key in action.shortcuts]
    assert len(shortcuts) == len(set(shortcuts)), "a window-wide key with two meanings"
    screen = {key for action in actions.ACTIONS for key in action.keys}
    assert not screen & set(shortcuts), "a window-wide key would take a screen's key away"
    ids = [action.id for action in actions.ACTIONS]
    assert len(ids) == len(set(ids))


def test_every_command_in_a_menu_or_with_a_key_has_what_it_does() -> None:
    made = {a.id for a in actions.ACTIONS if a.text or a.shortcuts}
    assert made == set(CALLS)


def test_the_f1_list_is_built_from_the_table() -> None:
    rows = dict(actions.help_rows())
    for keys in (
        "Enter / E",
        "L / Ctrl+L",
        "N / Del / Ctrl+Z / X",
        "Ctrl+Plus / Ctrl+Minus / Ctrl+0",
    ):
        assert keys in rows, keys
    assert rows["Esc"].startswith("Stop the routine")
    assert rows["I"] == "Answer 'Could be an injury' (a cramp, or an injury?)"  # the triage
    assert rows["S"] == "Answer 'Still cramping'"
    assert all(what for what in rows.values())


@pytest.mark.parametrize("action_id", sorted(CALLS))
def test_each_menu_command_calls_what_it_says(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, action_id: str
) -> None:
    method, arguments = CALLS[action_id]
    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(window, method, lambda *args: calls.append(args))
    qaction = window.actions_by_id[action_id]
    qaction.trigger()
    assert calls == [arguments]


def test_the_menus_are_built_from_the_table(window: MainWindow) -> None:
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert titles == [title for _, title in actions.MENUS]
    in_menus = {action.objectName() for menu in bar.actions() for action in menu.menu().actions()}
    in_menus.discard("")  # separators
    assert in_menus == {a.id for a in actions.ACTIONS if a.menu}


def key_press(key: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    combination = QKeySequence(key)[0]
    return combination.key(), combination.keyboardModifiers()


@pytest.mark.parametrize(
    "action_id", sorted(a.id for a in actions.ACTIONS if a.shortcuts and a.id in CALLS)
)
def test_each_window_key_does_what_the_f1_list_says_on_every_screen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, action_id: str
) -> None:
    """The key itself, pressed on the first screen, the library, the plan and mid-routine:
    the command runs."""
    method, _ = CALLS[action_id]
    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(window, method, lambda *args: calls.append(args))
    screens = (
        window.go_home,
        lambda: window.library_controller.open(),
        lambda: window.plan_controller.open(),
        window.session.start_routine,  # the routine screen, mid-routine
    )
    for open_screen in screens:
        open_screen()
        settle()
        for key in actions.BY_ID[action_id].shortcuts:
            before = len(calls)
            code, modifiers = key_press(key)
            qtbot.keyClick(QApplication.focusWidget() or window, code, modifiers)
            settle()
            assert len(calls) == before + 1, f"{key} on {window.stack.currentWidget()}"


def bound_keys(screen: QWidget) -> set[str]:
    return {
        shortcut.key().toString()
        for shortcut in screen.findChildren(QShortcut)
        if shortcut.parent() is screen
    }


def test_the_screens_bind_the_keys_of_the_table(window: MainWindow) -> None:
    def keys(*ids: str) -> set[str]:
        return {QKeySequence(k).toString() for i in ids for k in actions.screen_keys(i)}

    assert bound_keys(window.home) == keys("confirm", "library", "plan", "journal")
    routine_keys = keys(
        "confirm", "eased", "still", "injury", "pause", "back", "came_back", "stop", "why"
    )
    assert "I" in keys("injury")
    assert routine_keys <= bound_keys(window.routine_screen)
    assert keys("confirm", "search", "stop", "back") == bound_keys(
        window.library_controller.library_screen
    )


def test_a_button_names_the_key_of_its_command(window: MainWindow) -> None:
    assert window.home.library_button.text() == "Exercise library   (L)"
    screen = window.routine_screen
    assert screen.stop_button.text() == "Stop   (Esc)"
    assert screen.back_button.text() == "Back   (Backspace)"
    assert actions.with_key("Could be an injury", "injury") == "Could be an injury   (I)"


def test_every_key_the_table_gives_is_in_the_f1_list() -> None:
    for action in actions.ACTIONS:
        if action.keys or action.shortcuts:
            assert action.help or action.with_previous, f"{action.id}: a key F1 does not list"


def test_the_journal_and_guided_screens_bind_the_keys_of_the_table(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from cramp_coach.ui.guided_screen import GuidedScreen
    from cramp_coach.ui.journal_screen import JournalScreen

    def keys(*ids: str) -> set[str]:
        return {QKeySequence(k).toString() for i in ids for k in actions.screen_keys(i)}

    guided = GuidedScreen()
    qtbot.addWidget(guided)
    assert bound_keys(guided) == keys("confirm", "pause", "stop")
    journal = JournalScreen(lambda: datetime(2026, 12, 3, tzinfo=UTC), lambda: (3, 30))
    qtbot.addWidget(journal)
    journal_keys = ("add_episode", "why", "delete_episode", "export_journal", "stop", "back")
    assert bound_keys(journal) == keys(*journal_keys)


def test_f1_and_the_buttons_name_a_key_alike_in_another_language(qapp: QApplication) -> None:
    from cramp_coach import i18n

    i18n.install(qapp, "de")
    try:
        rows = dict(actions.help_rows())
        assert "L / Strg+L" in rows and "Strg+Plus / Strg+Minus / Strg+0" in rows
        assert "Leertaste" in rows and actions.hint("pause") == "Leertaste"
        assert actions.with_key("Löschen", "delete_episode") == "Löschen   (Entf)"
    finally:
        i18n.install(qapp, "en")


def test_f1_lists_every_word_hands_free_understands() -> None:
    """Issue 16: the spoken word list is in F1, one row per word the recogniser knows."""
    from cramp_coach.speech.recognition import Command

    rows = actions.spoken_rows()
    said = " ".join(word for word, _ in rows[1:])
    assert all(f"{command.value}" in said for command in Command)
    assert all(what for _, what in rows[1:])
