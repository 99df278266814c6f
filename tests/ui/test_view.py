"""The window as a finished desktop program: full screen, text size, language, About, geometry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cramp_coach import i18n
from cramp_coach.cli import _routine
from cramp_coach.content import Routine
from cramp_coach.routine.flow import Intent
from cramp_coach.settings import Settings
from cramp_coach.ui import texts
from cramp_coach.ui.about_dialog import AboutDialog
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context, on_screen
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle


@pytest.fixture
def window(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> Iterator[MainWindow]:
    win = MainWindow(
        make_context(
            routine,
            settings,
            clock,
            FakeSpeaker(clock),
            routine_for=lambda language: _routine(None, None, language),
        )
    )
    on_screen(qtbot, win)
    yield win
    win.close()
    app = QApplication.instance()
    assert app is not None
    i18n.install(app, "en")  # the other tests read English
    texts.set_zoom(100)


def visible_texts(widget: QWidget) -> set[str]:
    """What a user reads on a screen: its visible labels and buttons."""
    found = set()
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton) and child.text().strip():
            found.add(child.text().strip())
    return found


def views(window: MainWindow, clock: ManualClock) -> dict[str, set[str]]:
    """The visible text of every view: home, the routine at "stop running" (warning signs,
    notice), at the triage, at the stretch, at the first injury step and at its Done, library,
    prevention plan."""
    seen = {"home": visible_texts(window.home)}
    window.start_routine()
    settle()
    machine = window.session.machine
    assert machine is not None
    seen["stop"] = visible_texts(window.routine_screen)  # the warning signs and the notice
    machine.send(Intent.NEXT)
    settle()
    seen["triage"] = visible_texts(window.routine_screen)
    for _ in range(2):  # it is a cramp, it has eased: the stretch
        machine.send(Intent.NEXT)
        settle()
    assert machine.step.id == "position"
    seen["routine"] = visible_texts(window.routine_screen)
    machine.stop()
    settle()
    window.start_routine()  # and the injury steps
    settle()
    machine = window.session.machine
    assert machine is not None
    machine.send(Intent.NEXT)
    settle()
    machine.send(Intent.INJURY)
    settle()
    assert machine.step.id == "rest"
    seen["rest"] = visible_texts(window.routine_screen)
    for _ in range(4):  # rest, the ice ("I have the ice", "Done icing"), support
        machine.send(Intent.NEXT)
        settle()
    assert machine.step.id == "injury-done"
    seen["injury-done"] = visible_texts(window.routine_screen)
    machine.stop()
    settle()
    window.go_home()
    window.open_library()
    seen["library"] = visible_texts(window.library_controller.library_screen)
    window.open_plan()
    assert window.plan_controller.screen is not None
    seen["plan"] = visible_texts(window.plan_controller.screen)
    window.go_home()
    return seen


def test_f11_toggles_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.full_screen_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.full_screen_action.isChecked()


def test_ctrl_plus_and_minus_scale_every_text_and_are_remembered(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    window.open_library()
    name = window.library_controller.library_screen.name
    before = name.font().pixelSize()
    app_before = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert settings.zoom() == 125
    assert name.font().pixelSize() == pytest.approx(before * 1.25, abs=1)
    assert QApplication.font().pointSizeF() == pytest.approx(app_before * 1.25, abs=0.1)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.zoom() == 110
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert settings.zoom() == 100
    assert name.font().pixelSize() == before


def menu_titles(window: MainWindow) -> set[str]:
    return {action.text() for action in window.menuBar().actions()}


def test_switching_language_changes_the_text_of_every_view(
    window: MainWindow, clock: ManualClock
) -> None:
    english = views(window, clock)
    english["menus"] = menu_titles(window)
    # Words that are the same in the translation, checked by hand.
    same_word = {"es": set(), "de": {"&Routine"}}
    for language, word in (("es", "calambre"), ("de", "Krampf")):
        window.set_language(language)
        translated = views(window, clock)
        translated["menus"] = menu_titles(window)
        for view, texts_in_english in english.items():
            same = translated[view] & texts_in_english
            # Only what is the same in every language may stay: key names, numbers, the name.
            leftovers = {t for t in same if any(c.isalpha() for c in t)} - {"Cramp Coach"}
            leftovers -= same_word[language]
            assert not leftovers, f"{language} {view}: still English: {sorted(leftovers)}"
        everything = " ".join(" ".join(t) for t in translated.values()).lower()
        assert word.lower() in everything
    assert window.context.routine.language == "de"


def test_a_new_language_prepares_its_own_cues_ahead(window: MainWindow) -> None:
    """After a switch, the cues kept ready are the new routine's, so its first cue is heard at
    once; the old language's are no longer rendered again (in the new voice)."""
    window.start_engines()
    window.session.prepare_cues()
    speaker = window.context.speaker
    assert isinstance(speaker, FakeSpeaker)
    assert any("Stop running" in text for text in speaker.prepared)
    window.set_language("es")
    assert speaker.prepared and not any("Stop running" in t for t in speaker.prepared)
    spanish = {step.cue for step in window.context.routine.steps if step.cue}
    assert spanish and spanish & set(speaker.prepared)


def test_the_language_waits_for_a_running_routine(window: MainWindow) -> None:
    window.start_routine()
    settle()
    title = window.routine_screen.title.text()
    window.set_language("es")
    assert window.routine_screen.title.text() == title  # nothing rebuilt under the user
    assert window.session.machine is not None
    window.session.machine.stop()
    settle()
    assert window.context.language == "es"
    assert "calambre" in window.home.start_button.text().lower()


def test_about_and_safety_opens_from_every_screen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def record(dialog: QDialog) -> int:
        assert isinstance(dialog, AboutDialog)
        opened.append(type(window.stack.currentWidget()).__name__)
        return 0

    monkeypatch.setattr(AboutDialog, "exec", record)
    for open_screen in (
        window.go_home,
        window.open_library,
        window.open_plan,
        window.start_routine,
    ):
        open_screen()
        settle()
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["HomeScreen", "LibraryScreen", "PreventionScreen", "RoutineScreen"]


def test_window_size_and_position_are_remembered(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    from cramp_coach.ui.geometry import restore_geometry

    first = MainWindow(make_context(routine, settings, clock, FakeSpeaker(clock)))
    qtbot.addWidget(first)
    first.resize(700, 520)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(make_context(routine, settings, clock, FakeSpeaker(clock)))
    qtbot.addWidget(second)
    assert restore_geometry(second, settings.store)
    assert (second.width(), second.height()) == (700, 520)


def test_a_corrupt_saved_geometry_keeps_the_default_size(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    from cramp_coach.ui.geometry import GEOMETRY_KEY, restore_geometry

    settings.store.setValue(GEOMETRY_KEY, "not a geometry")
    window = MainWindow(make_context(routine, settings, clock, FakeSpeaker(clock)))
    qtbot.addWidget(window)
    size = window.size()
    assert not restore_geometry(window, settings.store)
    assert window.size() == size
    assert isinstance(settings.store, QSettings)


def test_normal_size_is_the_size_the_app_starts_with(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+0 goes back to what the user saw at start, never smaller (a small system font
    does not shrink the texts below their design size)."""
    window.apply_zoom(100)  # as at start-up
    start = window.home.start_button.font().pixelSize()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.home.start_button.font().pixelSize() > start
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.home.start_button.font().pixelSize() == start
    assert texts.system_text_factor(QApplication.font()) >= 1.0


def test_switching_language_leaves_no_old_menus_or_actions(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    def count() -> tuple[int, int]:
        qtbot.wait(20)  # an event loop runs the deleteLater()s
        return len(window.findChildren(QMenu)), len(window.findChildren(QAction))

    before = count()
    for language in ("es", "de", "en"):
        window.set_language(language)
    after = count()  # (the menu bar's own overflow menu may not be made again yet)
    assert after[0] <= before[0] and after[1] <= before[1]


def test_voices_that_arrive_while_settings_are_open_join_the_list(
    qtbot: QtBot, routine: Routine
) -> None:
    from PySide6.QtCore import QObject, Signal

    from cramp_coach.speech.render import Voice
    from cramp_coach.ui.settings_dialog import Choices, SettingsDialog

    class Engine(QObject):
        voicesChanged = Signal()  # noqa: N815 (Qt naming)

        def __init__(self) -> None:
            super().__init__()
            self.voices: list[Voice] = []

    engine = Engine()
    current = Choices(30, True, "roa/es", 175, 100, True)
    dialog = SettingsDialog(routine.hold, current, [], None)
    qtbot.addWidget(dialog)
    assert dialog.voice.count() == 1  # the default voice only, for now
    engine.voicesChanged.connect(lambda: dialog.voices_arrived(engine.voices))
    engine.voices = [Voice("gmw/en", "English", ("en",)), Voice("roa/es", "Spanish", ("es",))]
    engine.voicesChanged.emit()
    assert dialog.voice.count() == 3
    assert dialog.choices().voice == "roa/es"  # the saved choice is selected once it is known


def test_spanish_names_the_enter_key_intro_everywhere(
    window: MainWindow, clock: ManualClock
) -> None:
    """Spanish keyboards say "Intro": every view, the menus and the F1 list say so, never a
    leftover "(Enter)"."""
    from cramp_coach.ui import actions

    window.set_language("es")
    seen = views(window, clock)
    seen["menus"] = {
        a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
    }
    seen["keys"] = {f"{keys} {what}" for keys, what in actions.help_rows()}
    window.open_library("glute-bridge")
    library = window.library_controller.library_screen
    window.session.start_guided(library.current())
    settle()
    seen["guided"] = visible_texts(window.library_controller.guided_screen)
    seen["header"] = {window.cramp_now.text(), window.cramp_now.accessibleDescription()}
    with_enter = {view: sorted(t for t in texts if "Enter" in t) for view, texts in seen.items()}
    assert not any(with_enter.values()), with_enter
    assert any("Intro" in t for texts in seen.values() for t in texts)
