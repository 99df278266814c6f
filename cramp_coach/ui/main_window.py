"""The main window: the first screen, the routine screen, menus and messages."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, QStandardPaths, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.content.routine import Routine
from cramp_coach.paths import user_exercise_folder
from cramp_coach.settings import Settings
from cramp_coach.ui.announce import announce
from cramp_coach.ui.home_screen import HomeScreen
from cramp_coach.ui.notice_bar import NoticeBar

# Only the first screen is built before the window is first painted; everything else (the
# routine's state machine, the library's pictures, the journal's chart, printing, the
# microphone) is imported when it is first used, so the app starts as fast as a bare window.
if TYPE_CHECKING:
    from cramp_coach.content.exercises import Exercise, Library
    from cramp_coach.journal.recorder import EpisodeRecorder, JournalWriter
    from cramp_coach.journal.store import Episode
    from cramp_coach.routine.clock import Clock
    from cramp_coach.routine.cues import CueCaller
    from cramp_coach.routine.guided import GuidedExercise
    from cramp_coach.routine.machine import RoutineMachine
    from cramp_coach.speech.listener import CommandListener
    from cramp_coach.speech.recognition import Command
    from cramp_coach.speech.speaker import Speaker
    from cramp_coach.ui.guided_screen import GuidedScreen
    from cramp_coach.ui.journal_controller import JournalController
    from cramp_coach.ui.journal_screen import JournalScreen
    from cramp_coach.ui.library_screen import LibraryScreen
    from cramp_coach.ui.prevention_screen import PreventionScreen
    from cramp_coach.ui.routine_screen import RoutineScreen
    from cramp_coach.ui.settings_dialog import Choices


# QT_TRANSLATE_NOOP marks each text for lupdate; ShortcutsDialog translates it (F1).
SHORTCUTS = (
    ("Enter / E", QT_TRANSLATE_NOOP("MainWindow", "Start; confirm; answer 'It has eased'")),
    ("S", QT_TRANSLATE_NOOP("MainWindow", "Answer 'Still cramping'")),
    ("Space", QT_TRANSLATE_NOOP("MainWindow", "Pause or resume the countdown")),
    (
        "Backspace",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Back one step (library, plan, journal: back to the first screen)"
        ),
    ),
    (
        "C",
        QT_TRANSLATE_NOOP(
            "MainWindow", "The cramp came back: wait for it to stop, then stretch again"
        ),
    ),
    ("M", QT_TRANSLATE_NOOP("MainWindow", "Sound on or off (captions stay)")),
    (
        "H",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Hands-free: questions answer themselves with a safe default"
        ),
    ),
    (
        "Esc",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Stop the routine (library, plan, journal: back to the first screen)"
        ),
    ),
    ("L / Ctrl+L", QT_TRANSLATE_NOOP("MainWindow", "Exercise library")),
    ("P / Ctrl+Shift+P", QT_TRANSLATE_NOOP("MainWindow", "Prevention plan")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("MainWindow", "Search the library")),
    ("J / Ctrl+J", QT_TRANSLATE_NOOP("MainWindow", "Journal")),
    ("W", QT_TRANSLATE_NOOP("MainWindow", "Why did it happen? (at Done, and in the journal)")),
    (
        "N / Del / Ctrl+Z",
        QT_TRANSLATE_NOOP("MainWindow", "Journal: add a past episode / delete / undo the delete"),
    ),
    ("Ctrl+P", QT_TRANSLATE_NOOP("MainWindow", "Print the routine sheet")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("MainWindow", "Export the routine sheet as PDF")),
    ("F11", QT_TRANSLATE_NOOP("MainWindow", "Full screen on or off")),
    (
        "Ctrl+Plus / Ctrl+Minus / Ctrl+0",
        QT_TRANSLATE_NOOP("MainWindow", "Larger text / smaller text / normal size"),
    ),
    ("Ctrl+,", QT_TRANSLATE_NOOP("MainWindow", "Settings: hold, voice, language, theme")),
    (
        "Ctrl+I",
        QT_TRANSLATE_NOOP(
            "MainWindow", "About and safety: not medical advice, when to see a doctor"
        ),
    ),
    (
        "Tab / Shift+Tab",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Move between the controls; Enter presses the one with the focus ring"
        ),
    ),
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "This list")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Quit")),
)

ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent


class MainWindow(QMainWindow):
    """Switches between the first screen and the others; wires menus to actions."""

    sheet_exported = Signal(str)  # the path written ("" when it failed)

    def __init__(
        self,
        routine: Routine,
        settings: Settings,
        clock_factory: Callable[[], Clock],
        speaker: Speaker | Callable[[], Speaker],
        hold_override: int | None = None,
        hands_free: bool | None = None,
        listener: CommandListener | Callable[[], CommandListener] | None = None,
        user_exercises: Path | None = None,
        journal: JournalWriter | Callable[[], JournalWriter] | None = None,
        wall: Callable[[], datetime] = lambda: datetime.now(UTC),
        routine_for: Callable[[str], Routine] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.base_routine = routine
        self.language = routine.language
        self.routine_for = routine_for  # the routine in another language, for a switch
        self._pending_language: str | None = None
        self.settings = settings
        self.clock_factory = clock_factory
        # The speech engine and the journal may come as factories: they are then made on first
        # use, or just after the first paint (see app.py), never before the window is shown.
        self._speaker: Speaker | None = None
        self._speech_problem: str | None = None  # the line the notice shows about speech
        self._make_speaker: Callable[[], Speaker] | None = None
        if isinstance(speaker, type) or not hasattr(speaker, "say"):
            self._make_speaker = speaker  # type: ignore[assignment]
        else:
            self._speaker = speaker  # type: ignore[assignment]
        self.hold_override = hold_override
        self.machine: RoutineMachine | None = None
        self.cues: CueCaller | None = None
        self._stop_asked_at: float | None = None
        self._journal_writer: JournalWriter | None = None
        self._make_journal: Callable[[], JournalWriter] | None = None
        if journal is None or hasattr(journal, "submit"):
            self._journal_writer = journal  # type: ignore[assignment]
        else:
            self._make_journal = journal
        self.wall = wall
        self.recorder: EpisodeRecorder | None = None
        self.journal_controller: JournalController | None = None
        self.user_exercises = (
            user_exercises if user_exercises is not None else user_exercise_folder()
        )
        # The microphone is opened only in hands-free mode: a listener, or how to make one.
        self.listener: CommandListener | None = None
        self._make_listener: Callable[[], CommandListener] | None = None
        self._engines_started = False  # the listener is never made before the first paint
        if callable(listener) and not hasattr(listener, "heard"):
            self._make_listener = listener
        elif listener is not None:
            self._adopt_listener(listener)  # type: ignore[arg-type]

        self._routine_screen: RoutineScreen | None = None
        self._library_screen: LibraryScreen | None = None
        self._guided_screen: GuidedScreen | None = None
        self.prevention_screen: PreventionScreen | None = None
        self.guided: GuidedExercise | None = None
        self._library_loaded = False

        self.setWindowTitle(self.tr("Cramp Coach"))
        self.setMinimumSize(640, 480)
        self.resize(self._first_size())
        self.stack = QStackedWidget()
        self.home = self._make_home()
        self.notice = NoticeBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sound_action = self._toggle(self.tr("Sound"), "M", self.set_sound)
        self.hands_free_action = self._toggle(self.tr("Hands-free"), "H", self.set_hands_free)
        self._build_menus()
        self.hold_seconds()  # reads the setting now, so a bad value is reported at start
        self.set_sound(settings.speech_on(), save=False)
        # Never saved here: what was read is already stored, and --hands-free is for this run.
        self.set_hands_free(settings.hands_free() if hands_free is None else hands_free, save=False)
        if self._speaker is not None:
            self._adopt_speaker(self._speaker)
        if self._journal_writer is not None:
            self._adopt_journal(self._journal_writer)
        for warning in settings.warnings:
            self.statusBar().showMessage(warning)
        self.home.start_button.setFocus()

    def _make_home(self) -> HomeScreen:
        home = HomeScreen()
        self.stack.insertWidget(0, home)
        home.library_requested.connect(self.open_library)
        home.plan_requested.connect(self.open_plan)
        home.start_requested.connect(self.start_routine)
        home.journal_requested.connect(self.open_journal)
        return home

    # -- the engines, made when first needed ----------------------------------------------

    @property
    def speaker(self) -> Speaker:
        if self._speaker is None:
            assert self._make_speaker is not None
            self._speaker = self._make_speaker()
            self._adopt_speaker(self._speaker)
        return self._speaker

    def _adopt_speaker(self, speaker: Speaker) -> None:
        speaker.set_muted(not self.sound_action.isChecked())
        self.show_speech_problem()

    @property
    def journal(self) -> JournalWriter | None:
        if self._journal_writer is None and self._make_journal is not None:
            self._journal_writer = self._make_journal()
            self._make_journal = None
            self._adopt_journal(self._journal_writer)
        return self._journal_writer

    @journal.setter
    def journal(self, journal: JournalWriter) -> None:
        self._journal_writer, self._make_journal = journal, None
        self._adopt_journal(journal)

    def _adopt_journal(self, journal: JournalWriter) -> None:
        journal.failed.connect(self.notice.show_text)
        journal.opened.connect(lambda moved: moved and self.notice.show_text(moved))

    def prepare_cues(self, replace: bool = False) -> None:
        """Every cue of the routine rendered long before the first cramp, so the first one is
        heard at once (app.py: just after the first paint). `replace`: these are the cues to
        keep ready from now on (a new language); the old ones are not rendered again."""
        from cramp_coach.routine.cues import spoken_texts

        spoken = self.base_routine.with_hold_seconds(self.hold_seconds())
        wanted: list[str] = []
        for hands_free in (False, True):
            for voice in {False, self.voice_commands_work()}:
                wanted += spoken_texts(spoken, hands_free=hands_free, voice=voice)
        self.speaker.prepare(wanted, replace=replace)

    def start_engines(self) -> None:
        """Makes the speech engine and opens the journal now (app.py calls this just after the
        first paint), so neither is made in the middle of the first cramp; and, in hands-free
        mode, the microphone."""
        _ = self.speaker, self.journal
        self._engines_started = True
        if self.hands_free_action.isChecked():
            self._listen(True)

    # -- screens, made when first needed ----------------------------------------------------

    @property
    def routine_screen(self) -> RoutineScreen:
        if self._routine_screen is None:
            from cramp_coach.ui.routine_screen import RoutineScreen

            screen = RoutineScreen()
            self.stack.addWidget(screen)
            screen.closed.connect(self._routine_closed)
            screen.add_toggle(self.sound_action)
            screen.add_toggle(self.hands_free_action)
            screen.journal_enabled = self._journal_writer is not None or bool(self._make_journal)
            screen.why_requested.connect(self.why_for_last_run)
            self._routine_screen = screen
        return self._routine_screen

    @property
    def library_screen(self) -> LibraryScreen:
        if self._library_screen is None:
            from cramp_coach.ui.library_screen import LibraryScreen

            screen = LibraryScreen()
            self.stack.addWidget(screen)
            screen.guide_requested.connect(self.start_guided)
            screen.closed.connect(self.go_home)
            self._library_screen = screen
        return self._library_screen

    @property
    def guided_screen(self) -> GuidedScreen:
        if self._guided_screen is None:
            from cramp_coach.ui.guided_screen import GuidedScreen

            screen = GuidedScreen()
            self.stack.addWidget(screen)
            screen.closed.connect(self.open_library)
            self._guided_screen = screen
        return self._guided_screen

    def prepare_routine_screen(self) -> None:
        """Builds the routine screen ahead of time (after the first paint), so that pressing
        Enter with a cramp shows the first step at once."""
        _ = self.routine_screen

    def show_screen(self, screen: QWidget, focus: QWidget | None = None) -> None:
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        (focus or screen).setFocus()

    def status(self, line: str, milliseconds: int = 0) -> None:
        self.statusBar().showMessage(line, milliseconds)

    def exercise_names(self) -> dict[str, str]:
        return {e.id: e.name for e in self._library().exercises}

    def refocus(self) -> None:
        self._refocus()

    def _build_menus(self) -> None:
        """The menu bar; made again, in the new language, when the language changes."""
        for action in self.actions():
            if action not in (self.sound_action, self.hands_free_action):
                self.removeAction(action)
                action.deleteLater()
        for menu in self.menuBar().findChildren(QMenu):
            menu.deleteLater()  # clear() only takes them off the bar
        self.menuBar().clear()
        routine_menu = self.menuBar().addMenu(self.tr("&Routine"))
        start = QAction(self.tr("&Start the cramp routine"), routine_menu)  # goes with its menu
        start.triggered.connect(self.start_routine)
        settings = QAction(self.tr("S&ettings…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.edit_settings)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        routine_menu.addActions([start, self.sound_action, self.hands_free_action, settings])
        routine_menu.addSeparator()
        routine_menu.addAction(quit_action)

        prevent_menu = self.menuBar().addMenu(self.tr("&Prevent"))
        library = QAction(self.tr("Exercise &library"), self)
        library.setShortcut(QKeySequence("Ctrl+L"))
        library.triggered.connect(lambda: self.open_library())
        plan = QAction(self.tr("Prevention &plan"), self)
        plan.setShortcut(QKeySequence("Ctrl+Shift+P"))
        plan.triggered.connect(self.open_plan)
        prevent_menu.addActions([library, plan])
        self.addActions([library, plan])

        journal_action = QAction(self.tr("&Journal"), self)
        journal_action.setShortcut(QKeySequence("Ctrl+J"))
        journal_action.triggered.connect(self.open_journal)
        undo = QAction(self.tr("&Undo delete"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.undo_delete)
        prevent_menu.addActions([journal_action, undo])
        self.addActions([journal_action, undo])

        sheet_menu = self.menuBar().addMenu(self.tr("&Sheet"))
        print_action = QAction(self.tr("&Print the routine sheet…"), self)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(self.print_sheet)
        preview = QAction(self.tr("Print pre&view…"), sheet_menu)  # goes with its menu
        preview.triggered.connect(self.preview_sheet)
        export = QAction(self.tr("&Export the sheet as PDF…"), self)
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self.choose_pdf)
        sheet_menu.addActions([print_action, preview, export])
        self.addActions([print_action, export])

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.full_screen_action = QAction(self.tr("&Full screen"), self)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setChecked(self.isFullScreen())
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.triggered.connect(self.set_full_screen)
        zoom_in = QAction(self.tr("&Larger text"), self)
        zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        zoom_in.triggered.connect(lambda: self.zoom(+1))
        zoom_out = QAction(self.tr("&Smaller text"), self)
        zoom_out.setShortcut(QKeySequence("Ctrl+-"))
        zoom_out.triggered.connect(lambda: self.zoom(-1))
        zoom_reset = QAction(self.tr("&Normal text size"), self)
        zoom_reset.setShortcut(QKeySequence("Ctrl+0"))
        zoom_reset.triggered.connect(lambda: self.zoom(0))
        view_menu.addActions([self.full_screen_action, zoom_in, zoom_out, zoom_reset])
        self.addActions([self.full_screen_action, zoom_in, zoom_out, zoom_reset])

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        about = QAction(self.tr("&About and safety…"), self)
        about.setShortcut(QKeySequence("Ctrl+I"))
        about.triggered.connect(self.show_about)
        help_menu.addActions([keys, about])
        self.addActions([settings, quit_action, keys, about])

    def _first_size(self) -> QSize:
        """1024x700, or less on a smaller screen, so nothing starts off-screen."""
        screen = QGuiApplication.primaryScreen()
        wanted = QSize(1024, 700)
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() * 0.95
        return wanted.boundedTo(room).expandedTo(self.minimumSize())

    def _toggle(self, text: str, key: str, slot: Callable[[bool], None]) -> QAction:
        action = QAction(text + f"  ({key})", self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)  # the user's doing only, not setChecked()
        self.addAction(action)
        return action

    # -- sound and hands-free --------------------------------------------------------------

    def set_sound(self, on: bool, save: bool = True) -> None:
        """M: spoken cues on or off (captions stay)."""
        self.sound_action.setChecked(on)
        self._name_toggles()
        if self._speaker is not None:
            self._speaker.set_muted(not on)
        if save:
            self.settings.set_speech_on(on)

    def set_hands_free(self, on: bool, save: bool = True) -> None:
        """H: questions time out to their safe default, so the routine runs with no input; the
        microphone listens for spoken commands only while this is on."""
        self.hands_free_action.setChecked(on)
        self._name_toggles()
        if self.machine is not None:
            self.machine.set_hands_free(on)
        if self._engines_started or not on:
            self._listen(on)
        if self.cues is not None:
            self.cues.voice = self.voice_commands_work()
        if save:
            self.settings.set_hands_free(on)

    def _listen(self, on: bool) -> None:
        """The microphone on (hands-free) or off; made the first time it is wanted."""
        if on and self.listener is None and self._make_listener is not None:
            self._adopt_listener(self._make_listener())
        if self.listener is not None and self._make_listener is not None:
            if on:
                self.listener.start()  # off, with a status line saying why, without a microphone
            else:
                self.listener.stop()

    def _name_toggles(self) -> None:
        sound, hands_free = self.sound_action.isChecked(), self.hands_free_action.isChecked()
        self.sound_action.setText(self.tr("Sound on  (M)") if sound else self.tr("Sound off  (M)"))
        self.hands_free_action.setText(
            self.tr("Hands-free on  (H)") if hands_free else self.tr("Hands-free off  (H)")
        )

    def _adopt_listener(self, listener: CommandListener) -> None:
        self.listener = listener
        listener.heard.connect(self.on_command)
        listener.unavailable.connect(lambda reason: self.statusBar().showMessage(reason))

    def voice_commands_work(self) -> bool:
        return self.listener is not None and self.listener.active

    def show_speech_problem(self, problem: str | None = None) -> None:
        """One clear, dismissable line when speech cannot work, and how to fix it."""
        if self._speaker is not None:
            problem = problem or self._speaker.problem
        if problem:
            if self._speech_problem not in (None, problem):
                self.notice.withdraw(self._speech_problem)  # what is wrong now replaces it
            self._speech_problem = problem
            self.notice.show_text(problem)

    def speech_is_back(self) -> None:
        """The sound server answers again: the line saying it did not is taken back."""
        if self._speech_problem is not None:
            self.notice.withdraw(self._speech_problem)
            self._speech_problem = None
            back = self.tr("Sound is back.")
            self.statusBar().showMessage(back, 10000)
            announce(self, back)  # a screen reader heard the problem: it hears the all-clear

    def on_command(self, command: Command) -> None:
        """A spoken command: does what the same key would, where it means something."""
        from cramp_coach.routine.commands import Control, meaning
        from cramp_coach.routine.flow import Intent
        from cramp_coach.speech.recognition import Command

        machine = self.machine
        if self.guided is not None and self.guided.running:
            self._guided_command(command)
            return
        if machine is None or not machine.running:
            if command is Command.READY and self.stack.currentWidget() is self.home:
                self.start_routine()
            return
        action = meaning(command, machine.step.kind)
        if action is None:
            return
        if action is Intent.STOP and not self._stop_confirmed(machine):
            return
        self.statusBar().showMessage(self.tr("Heard: %1").replace("%1", command.value), 3000)
        if action is Control.PAUSE:
            if not machine.paused:
                machine.toggle_pause()
        elif action is Control.RESUME:
            if machine.paused:
                machine.toggle_pause()
        elif action is Control.REPEAT:
            if self.cues is not None:
                self.cues.repeat()
        else:
            machine.send(action)

    # -- the journal ----------------------------------------------------------------------

    @property
    def journal_screen(self) -> JournalScreen | None:
        return self.journal_controller.screen if self.journal_controller is not None else None

    def _journal(self) -> JournalController | None:
        if self.journal_controller is None and self.journal is not None:
            from cramp_coach.ui.journal_controller import JournalController

            self.journal_controller = JournalController(
                self, self, self.journal, self.settings, self.wall
            )
        return self.journal_controller

    def _episode_saved(self, _episode_id: int) -> None:
        controller = self._journal()
        if controller is not None:
            controller.guidance_after_run(self.routine_screen.show_advice)

    def why_for_last_run(self) -> None:
        controller = self._journal()
        recorder = self.recorder
        if controller is not None and recorder is not None and recorder.episode_id is not None:
            controller.why_for(recorder.episode_id)

    def ask_why(self, episode: Episode) -> None:
        controller = self._journal()
        if controller is not None:
            controller.ask_why(episode)

    def open_journal(self) -> None:
        if self._busy():
            return
        controller = self._journal()
        if controller is None:
            self.statusBar().showMessage(self.tr("The journal is not available."), 5000)
            return
        controller.open()

    def _refresh_journal(self) -> None:
        if self.journal_controller is not None:
            self.journal_controller.refresh()

    def undo_delete(self) -> None:
        if self.journal_controller is not None:
            self.journal_controller.undo_delete()

    def export_journal(self, path: Path, kind: str) -> None:
        controller = self._journal()
        if controller is not None:
            controller.export(path, kind)

    def ask_save_path(self, title: str, name: str, filters: str) -> tuple[Path | None, str]:
        return self._ask_save_path(title, name, filters)

    def _ask_save_path(self, title: str, name: str, filters: str) -> tuple[Path | None, str]:
        """The save dialog, starting in the user's Documents folder; (None, "") if cancelled."""
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, chosen = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filters)
        self._refocus()
        return (Path(path), chosen) if path else (None, "")

    # -- the printable sheet --------------------------------------------------------------

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from cramp_coach.sheet import print_sheet

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() and not print_sheet(
            printer, hold_seconds=self.hold_seconds(), language=self.language
        ):
            self.notice.show_text(self.tr("The sheet could not be sent to the printer."))
        self._refocus()

    def preview_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from cramp_coach.sheet import print_sheet

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(
            lambda p: print_sheet(p, hold_seconds=self.hold_seconds(), language=self.language)
        )
        dialog.exec()
        self._refocus()

    def choose_pdf(self) -> None:
        """Export…: asks where, then writes the PDF off the GUI thread."""
        path, _ = self._ask_save_path(
            self.tr("Export the routine sheet"), "cramp-coach-routine.pdf", self.tr("PDF (*.pdf)")
        )
        if path is not None:
            self.export_pdf(path)

    def export_pdf(self, path: Path, paper: str | None = None) -> None:
        """Writes the sheet to `path` in a `cramp-coach sheet` process of its own (painting a
        PDF takes longer than a frame, and painting text on a second thread of this process
        could deadlock with the window's); the outcome arrives as a status line, or a notice
        when it failed."""
        from PySide6.QtCore import QLocale, QProcess

        if paper is None:
            imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
            paper = "letter" if imperial else "a4"
        self.statusBar().showMessage(self.tr("Writing the sheet…"))
        process = QProcess(self)
        arguments = ["-m", "cramp_coach", "sheet", "-o", str(path), "--paper", paper]
        arguments += ["--hold-seconds", str(self.hold_seconds()), "--language", self.language]

        def finished(code: int, status: QProcess.ExitStatus) -> None:
            process.deleteLater()
            if code == 0 and status == QProcess.ExitStatus.NormalExit:
                self._on_exported(str(path), "")
                return
            lines = bytes(process.readAllStandardError().data()).decode(errors="replace")
            problem = (lines.strip().splitlines() or [""])[-1].removeprefix("cramp-coach: ")
            self._on_exported("", problem or self.tr("The sheet could not be written."))

        def failed(error: QProcess.ProcessError) -> None:
            if error == QProcess.ProcessError.FailedToStart:
                process.deleteLater()
                self._on_exported("", self.tr("The sheet could not be written."))

        process.finished.connect(finished)
        process.errorOccurred.connect(failed)
        process.start(sys.executable, arguments)

    def _on_exported(self, written: str, problem: str) -> None:
        if problem:
            self.statusBar().clearMessage()
            self.notice.show_text(problem)
        else:
            self.statusBar().showMessage(self.tr("Wrote the sheet to %1").replace("%1", written))
        self.sheet_exported.emit(written)

    # -- prevention: the library, guided sets, the plan --------------------------------------

    def _library(self) -> Library:
        """The library (loaded the first time it is needed; a bad user file is skipped)."""
        if not self._library_loaded:
            from cramp_coach.content.exercises import load_library

            library = load_library(self.user_exercises, language=self.language)
            self.library_screen.set_library(library)
            self._library_loaded = True
            if library.problems:
                count = len(library.problems)
                line = self.tr("%1 of your exercise files could not be read and were skipped: %2")
                self.notice.show_text(
                    line.replace("%1", str(count)).replace("%2", library.problems[0])
                )
        return self.library_screen.library

    def open_library(self, exercise_id: str | None = None) -> None:
        if self._busy():
            return
        self._library()
        if exercise_id:
            self.library_screen.select(exercise_id)
        self.show_screen(self.library_screen, self.library_screen.list)

    def open_plan(self) -> None:
        if self._busy():
            return
        if self.prevention_screen is None:
            from cramp_coach.content.prevention import load_plan
            from cramp_coach.ui.prevention_screen import PreventionScreen

            self.prevention_screen = PreventionScreen(
                load_plan(language=self.language), self.exercise_names()
            )
            self.prevention_screen.exercise_requested.connect(self.open_library)
            self.prevention_screen.closed.connect(self.go_home)
        self.show_screen(self.prevention_screen)

    def start_guided(self, exercise: Exercise) -> None:
        from cramp_coach.routine.guided import GuidedExercise

        if self.guided is not None:
            self.guided.stop()
            self.guided.deleteLater()
        self.guided = GuidedExercise(exercise, self.clock_factory(), self.speaker, self)
        self.stack.setCurrentWidget(self.guided_screen)
        self.guided_screen.show_run(self.guided)

    def go_home(self) -> None:
        if self._pending_language is not None and not self._busy():
            self.set_language(self._pending_language)  # chosen during a guided set
        self.stack.setCurrentWidget(self.home)
        self.home.start_button.setFocus()

    def _busy(self) -> bool:
        """A cramp routine or a guided set is running: it is not pulled away from under the user."""
        routine = self.machine is not None and self.machine.running
        guided = self.guided is not None and self.guided.running
        return routine or guided

    STOP_AGAIN_SECONDS = 10.0

    def _stop_confirmed(self, machine: RoutineMachine) -> bool:
        """A spoken "stop" ends first aid only when said twice: a misheard word must not.
        The first one pauses and asks; Esc still stops at once."""
        now = machine.clock.now()
        if self._stop_asked_at is not None and now - self._stop_asked_at <= self.STOP_AGAIN_SECONDS:
            self._stop_asked_at = None
            return True
        self._stop_asked_at = now
        if not machine.paused:
            machine.toggle_pause()
        ask = self.tr("Say stop again to end the routine, or resume to go on.")
        self.routine_screen.show_caption(ask)
        self.speaker.say(ask)
        return False

    def _guided_command(self, command: Command) -> None:
        """During a guided set: pause, resume, skip (end the set or rest), stop."""
        from cramp_coach.speech.recognition import Command

        guided = self.guided
        assert guided is not None
        wants_pause = {Command.PAUSE: True, Command.RESUME: False}.get(command)
        if wants_pause is not None:
            if wants_pause != guided.paused:
                guided.toggle_pause()
        elif command in (Command.SKIP, Command.READY):
            guided.next()
        elif command is Command.STOP:
            guided.stop()
        else:
            return
        self.statusBar().showMessage(self.tr("Heard: %1").replace("%1", command.value), 3000)

    # -- the routine ----------------------------------------------------------------------

    def hold_seconds(self) -> int:
        """This run's hold: --hold-seconds if given, else the setting, else the file's."""
        if self.hold_override is not None:
            return self.hold_override
        hold = self.base_routine.hold
        return self.settings.hold_seconds(hold.seconds, hold.min_seconds, hold.max_seconds)

    def start_routine(self) -> None:
        """The cramp comes first: a guided exercise in progress is stopped."""
        if self.machine is not None and self.machine.running:
            return
        from cramp_coach.journal.recorder import EpisodeRecorder
        from cramp_coach.routine.cues import CueCaller
        from cramp_coach.routine.machine import RoutineMachine

        if self.guided is not None and self.guided.running:
            self.guided.stop()
        routine = self.base_routine.with_hold_seconds(self.hold_seconds())
        if self.machine is not None:
            self.machine.deleteLater()  # the previous run, and its cue caller with it
        self.machine = RoutineMachine(
            routine, self.clock_factory(), self, hands_free=self.hands_free_action.isChecked()
        )
        self.cues = CueCaller(
            self.machine,
            self.speaker,
            time_marks=self.settings.time_marks(),
            voice=self.voice_commands_work(),
        )
        self.cues.caption.connect(self.routine_screen.show_caption)
        if self.journal is not None:
            self.recorder = EpisodeRecorder(self.machine, self.journal, self.wall)
            self.recorder.finished.connect(self._episode_saved)
        self.stack.setCurrentWidget(self.routine_screen)
        self.routine_screen.run(self.machine)

    def _routine_closed(self) -> None:
        from cramp_coach.routine.flow import Outcome

        machine = self.machine
        if machine is not None and machine.progress.outcome is Outcome.STOPPED:
            summary = machine.summary()
            message = (
                self.tr("Routine stopped after %1 of %2 stretches.")
                .replace("%1", str(summary.reps))
                .replace("%2", str(summary.max_reps))
            )
        else:
            message = ""
        if self._pending_language is not None:
            self.set_language(self._pending_language)  # the first screen is made anew
        self.home.show_message(message)
        self.stack.setCurrentWidget(self.home)
        self.home.start_button.setFocus()

    # -- view: full screen, text size, theme, language -------------------------------------

    def set_full_screen(self, on: bool) -> None:
        """F11: the countdown and the instruction fill the whole screen."""
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif getattr(self, "_was_maximized", False):
            self.showMaximized()
        else:
            self.showNormal()
        self.full_screen_action.setChecked(on)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and hasattr(self, "full_screen_action"):
            self.full_screen_action.setChecked(self.isFullScreen())

    def zoom(self, direction: int) -> None:
        """Ctrl+Plus / Ctrl+Minus: one step larger or smaller; 0 (Ctrl+0): the normal size."""
        current = self.settings.zoom()
        if direction > 0:
            percent = next((z for z in ZOOM_STEPS if z > current), ZOOM_STEPS[-1])
        elif direction < 0:
            percent = next((z for z in reversed(ZOOM_STEPS) if z < current), ZOOM_STEPS[0])
        else:
            percent = 100
        self.settings.set_zoom(percent)
        self.apply_zoom(percent)
        self.statusBar().showMessage(self.tr("Text size: %1%").replace("%1", str(percent)), 3000)

    def apply_zoom(self, percent: int) -> None:
        """Every text in the window, and in windows opened from now on, at `percent`."""
        from cramp_coach.ui.texts import set_zoom

        set_zoom(percent, self)

    def set_language(self, language: str) -> None:
        """Every view, the routine, the library and the voice in `language`, at once; during a
        routine or a guided set, when it ends (nothing is rebuilt under a user in pain)."""
        from cramp_coach import i18n

        if self._busy():
            self._pending_language = language
            self.statusBar().showMessage(
                self.tr("The language will change when this routine or set ends."), 8000
            )
            return
        self._pending_language = None
        app = QGuiApplication.instance()
        if app is not None:
            i18n.install(app, language)
        if language == self.language:
            return
        self.language = language
        if self.routine_for is not None:
            from cramp_coach.content import ContentError

            try:
                self.base_routine = self.routine_for(language)
            except ContentError as error:
                self.notice.show_text(str(error))
        if self._speaker is not None:
            self._speaker.prepare((), replace=True)  # the old language's cues: not again
            if not self.settings.voice():
                self._speaker.set_voice(i18n.espeak_voice(language))
            self.prepare_cues(replace=True)  # the new language's, in its voice, ahead
        self._rebuild_views()

    def _rebuild_views(self) -> None:
        """Makes the first screen and the menus again, and lets the other screens be made again
        when next opened: every text is then read in the new language."""
        screens = [self._routine_screen, self._library_screen, self._guided_screen]
        screens += [self.prevention_screen, self.journal_screen]
        if self.journal_controller is not None:
            self.journal_controller.screen = None
        self._routine_screen = self._library_screen = self._guided_screen = None
        self.prevention_screen = None
        self._library_loaded = False
        old_home, self.home = self.home, self._make_home()
        for screen in (old_home, *screens):
            if screen is not None:
                self.stack.removeWidget(screen)
                screen.deleteLater()
        self.setWindowTitle(self.tr("Cramp Coach"))
        self._build_menus()
        self._name_toggles()
        self.go_home()

    # -- menus ----------------------------------------------------------------------------

    def current_choices(self) -> Choices:
        from cramp_coach.ui.settings_dialog import Choices

        settings = self.settings
        return Choices(
            hold_seconds=self.hold_seconds(),
            speech_on=self.sound_action.isChecked(),
            voice=settings.voice(),
            rate=settings.rate(),
            volume=settings.volume(),
            time_marks=settings.time_marks(),
            recurring_count=settings.recurring()[0],
            recurring_days=settings.recurring()[1],
            language=settings.language(),
            theme=settings.theme(),
        )

    def edit_settings(self) -> None:
        from cramp_coach.ui.settings_dialog import SettingsDialog

        speaker = self.speaker
        load_voices = getattr(speaker, "load_voices", None)
        if load_voices is not None:
            load_voices()  # the engine may not be open yet: its voices arrive in a moment
        voices = list(getattr(speaker, "voices", []))
        dialog = SettingsDialog(self.base_routine.hold, self.current_choices(), voices, self)
        changed = getattr(speaker, "voicesChanged", None)
        if changed is not None:
            changed.connect(dialog.voices_arrived)
        shown = dialog.exec()
        if changed is not None:
            changed.disconnect(dialog.voices_arrived)
        if shown:
            self.apply_choices(dialog.choices())
        self._refocus()

    def apply_choices(self, choices: Choices) -> None:
        """Saves what the user chose and puts it to work at once (the hold: from the next run)."""
        settings = self.settings
        if choices.hold_seconds != self.hold_seconds():
            settings.set_hold_seconds(choices.hold_seconds)
            self.hold_override = None  # the user chose anew: the setting wins from now on
            self.statusBar().showMessage(
                self.tr("Stretches will be held for %1 seconds.").replace(
                    "%1", str(choices.hold_seconds)
                ),
                5000,
            )
        settings.set_voice(choices.voice)
        settings.set_rate(choices.rate)
        settings.set_volume(choices.volume)
        settings.set_time_marks(choices.time_marks)
        settings.set_recurring(choices.recurring_count, choices.recurring_days)
        self._refresh_journal()
        self.speaker.set_voice(choices.voice)
        self.speaker.set_rate(choices.rate)
        self.speaker.set_volume(choices.volume / 100)
        if self.cues is not None:
            self.cues.time_marks = choices.time_marks
        self.set_sound(choices.speech_on)
        if choices.theme != settings.theme():
            from cramp_coach.ui import theme

            settings.set_theme(choices.theme)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, choices.theme)
        if choices.language != settings.language():
            from cramp_coach import i18n

            settings.set_language(choices.language)
            self.set_language(i18n.resolve(choices.language))

    def show_about(self) -> None:
        """Ctrl+I, from every screen: what the app is, and that it is not medical advice."""
        from cramp_coach.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()
        self._refocus()

    def show_shortcuts(self) -> None:
        from cramp_coach.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(SHORTCUTS, "MainWindow", self).exec()
        self._refocus()

    def _refocus(self) -> None:
        """After a dialog, keys go back to the screen in use (some set-ups leave focus nowhere)."""
        self.activateWindow()
        self.stack.currentWidget().setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing mid-routine asks nothing: the run simply ends."""
        if self.machine is not None and self.machine.running:
            self.machine.stop()
        if not self.isFullScreen():
            from cramp_coach.ui.geometry import save_geometry

            save_geometry(self, self.settings.store)
        event.accept()
