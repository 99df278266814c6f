"""The main window: a shell that shows one screen at a time, the menus and the notice line.

What the screens do lives elsewhere: the routine and guided sets in `session.RoutineSession`,
the commands and their keys in `ui.actions`, each screen's work in its controller (library,
plan, journal, sheet), the parts of the app in `context.AppContext`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QStandardPaths, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from cramp_coach.i18n import fill
from cramp_coach.session.routine_session import RoutineSession
from cramp_coach.ui import actions
from cramp_coach.ui.announce import announce
from cramp_coach.ui.home_screen import HomeScreen
from cramp_coach.ui.notice_bar import NoticeBar
from cramp_coach.ui.send_to_phone import SendToPhone
from cramp_coach.ui.sheet_controller import SheetController

# Only the first screen is built before the window is first painted; everything else (the
# routine's screen, the library's pictures, the journal's chart, printing, the microphone) is
# imported when it is first used, so the app starts as fast as a bare window.
if TYPE_CHECKING:
    from cramp_coach.context import AppContext
    from cramp_coach.journal.recorder import JournalWriter
    from cramp_coach.routine.machine import RoutineMachine
    from cramp_coach.speech.listener import CommandListener
    from cramp_coach.speech.speaker import Speaker
    from cramp_coach.ui.journal_controller import JournalController
    from cramp_coach.ui.library_controller import LibraryController
    from cramp_coach.ui.plan_controller import PlanController
    from cramp_coach.ui.preferences import Preferences
    from cramp_coach.ui.reminder_controller import ReminderController
    from cramp_coach.ui.routine_screen import RoutineScreen

ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent


class MainWindow(QMainWindow):
    """Switches between the first screen and the others; carries out the menus' commands."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = session = RoutineSession(context, self)
        session.started.connect(self._show_run)
        session.caption.connect(lambda line: self.routine_screen.show_caption(line))
        session.heard.connect(lambda line: self.status(line, 3000))
        session.saved.connect(self._episode_saved)
        session.discarded.connect(self.refresh_journal)
        session.startAsked.connect(self._start_by_voice)
        session.microphoneOff.connect(self.status)
        # Too noisy to hear commands: a line that stays (the cue says it once too).
        session.tooNoisy.connect(self.status)
        session.guidedStarted.connect(lambda guided: self.library_controller.show_guided(guided))
        session.sessionStarted.connect(lambda player: self.library_controller.show_session(player))
        self.sheet = SheetController(self, self, context)
        self.phone = SendToPhone(self, self, context)
        self.sheet.serving = self.phone.serving_url  # a sheet printed while serving: its QR code
        self._library: LibraryController | None = None
        self._plan: PlanController | None = None
        self._preferences: Preferences | None = None
        self.journal_controller: JournalController | None = None
        self._routine_screen: RoutineScreen | None = None
        self._pending_language: str | None = None
        self._speech_problem: str | None = None  # the line the notice shows about speech
        self._was_maximized = False
        self.reminders: ReminderController | None = None  # made after the first paint
        self._quitting = False

        self.setWindowTitle(self.tr("Cramp Coach"))
        self.setMinimumSize(640, 480)
        self.resize(self._first_size())
        self.stack = QStackedWidget()
        self.home = self._make_home()
        self.notice = NoticeBar()
        self.cramp_now = self._make_cramp_now()
        self.column = QVBoxLayout(central := QWidget())
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(self.notice)
        self.column.addWidget(self.cramp_now)
        self.column.addWidget(self.stack, 1)
        self.stack.currentChanged.connect(self._show_cramp_now)
        self.setCentralWidget(central)
        self.actions_by_id: dict[str, QAction] = {}
        self._build_menus()
        context.hold_seconds()  # reads the setting now, so a bad value is reported at start
        session.soundChanged.connect(self._show_toggles)
        session.handsFreeChanged.connect(self._show_toggles)
        self._show_toggles()  # as read at start (--hands-free is for this run: not saved)
        # Whoever makes the speaker or the journal first (a cramp can come before the first
        # paint is over), the window hears what they have to say from their first signal on.
        context.when_made("speaker", self._adopt_speaker)
        context.when_made("journal", self._adopt_journal)
        context.when_made("listener", self._adopt_listener)
        for warning in context.settings.warnings:
            self.status(warning)
        if context.guidance_problem:  # the warning signs in English: say why
            self.notify(context.guidance_problem)
        self.home.start_button.setFocus()

    def _make_home(self) -> HomeScreen:
        home = HomeScreen(self.context.guidance.notice)
        self.stack.insertWidget(0, home)
        home.library_requested.connect(self.open_library)
        home.plan_requested.connect(self.open_plan)
        home.start_requested.connect(self.start_routine)
        home.journal_requested.connect(self.open_journal)
        return home

    def _make_cramp_now(self) -> QPushButton:
        """The header over the library, the plan, the journal and a guided set: one big button
        that starts the routine at once (Ctrl+Enter does the same from anywhere)."""
        from cramp_coach.ui.access import describe
        from cramp_coach.ui.texts import scaled_font

        button = QPushButton(actions.with_key(self.tr("I have a cramp now"), "start"))
        button.setObjectName("cramp_now")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        describe(
            button,
            self.tr("I have a cramp now"),
            fill(
                self.tr("Starts the cramp routine at once, from any screen. Press %1."),
                actions.hint("start"),
            ),
        )
        scaled_font(button, 24, bold=True)
        button.clicked.connect(self.start_routine)
        button.hide()  # the first screen and the routine have their own
        return button

    def _fit_cramp_now(self) -> None:
        """The header button's type as large as the zoom asks, as far as the window's width
        lets its words show whole (at 300 % it would need 1,374 px)."""
        from cramp_coach.ui.texts import fit_type, scale_by

        button = self.cramp_now
        room = self.width() - 40  # the window's margins and the button's frame
        fit_type(lambda f: scale_by([button], f), lambda: button.sizeHint().width() <= room, 0.2)
        button.setMinimumHeight(max(56, button.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_cramp_now()

    def _show_cramp_now(self) -> None:
        current = self.stack.currentWidget()
        self.cramp_now.setVisible(
            current is not None and current is not self.home and current is not self._routine_screen
        )

    def _build_menus(self) -> None:
        """The menus and window-wide keys from the action table; made again, in the new
        language, when the language changes (the two toggles the screens show are kept)."""
        keep = {k: a for k, a in self.actions_by_id.items() if k in ("sound", "hands_free")}
        for id_, action in self.actions_by_id.items():
            if id_ not in keep:
                self.removeAction(action)
                action.deleteLater()
        self.actions_by_id = actions.build_actions(self, self, keep)
        self.sound_action = self.actions_by_id["sound"]
        self.hands_free_action = self.actions_by_id["hands_free"]
        self.full_screen_action = self.actions_by_id["full_screen"]
        self.full_screen_action.setChecked(self.isFullScreen())
        actions.build_menus(self.menuBar(), self.actions_by_id)
        self._name_toggles()

    # -- the engines, just after the first paint (app.py) ----------------------------------------

    def start_engines(self) -> None:
        """Makes the speech engine and opens the journal now, so neither is made in the middle
        of the first cramp; and, in hands-free mode, the microphone."""
        _ = self.context.speaker, self.context.journal
        self.session.start_listening()

    def start_reminders(self) -> None:
        """The plan's reminders, notifications and tray icon (issue 19), after the first paint."""
        from cramp_coach.ui.reminder_controller import ReminderController

        if self.reminders is None:  # (tests hand in one with a fake notifier and clock)
            self.reminders = ReminderController(self.context.settings, self)
        reminders = self.reminders
        reminders.said.connect(self.notify)
        reminders.startSessionRequested.connect(self.start_session_requested)
        reminders.crampRequested.connect(self._cramp_from_tray)
        reminders.showRequested.connect(self.show_again)
        reminders.quitRequested.connect(self.quit_app)
        reminders.start()

    def plan_changed(self) -> None:
        """The plan screen kept an edit: the reminders and the tray follow it."""
        if self.reminders is not None:
            settings = self.context.settings
            self.reminders.set_plan(settings.plan(), settings.get_reminders())

    def start_session_requested(self, session_id: str) -> None:
        """ "Start now" on a reminder, or today's session in the tray: the session starts; if
        it cannot (one runs, or the user's own is not read yet), the line says why and the
        library lists the sessions."""
        self.show_again()
        if not self.start_session(session_id) and not self.session.busy:
            self.open_library()

    def _cramp_from_tray(self) -> None:
        self.show_again()
        self.start_routine()

    def show_again(self) -> None:
        """The window back from the tray (or from behind others)."""
        self.show()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        """Ctrl+Q and the tray's Quit: the app ends, even when closing keeps it in the tray."""
        self._quitting = True
        in_tray = self.reminders is not None and self.reminders.keep_in_tray()
        self.close()
        app = QGuiApplication.instance()
        if in_tray and app is not None:  # a hidden window's close does not end the app
            app.quit()

    def _adopt_speaker(self, speaker: Speaker) -> None:
        speaker.unavailable.connect(self.show_speech_problem)
        speaker.available.connect(self.speech_is_back)
        self.show_speech_problem()

    def _adopt_listener(self, listener: CommandListener | None) -> None:
        if listener is not None:
            listener.hearingChanged.connect(lambda _state: self._show_listening())
            listener.available.connect(self.voice_commands_back)
            self._show_listening()

    def _show_listening(self) -> None:
        """The listening indicators (first screen, routine screen) as the listener has it."""
        listener = self.context.listener if self.context.made("listener") else None
        state = listener.state.value if listener is not None else "off"
        reason = listener.reason if listener is not None else None
        self.home.listening.show_state(state, reason)
        if self._routine_screen is not None:
            self._routine_screen.listening.show_state(state, reason)

    def voice_commands_back(self) -> None:
        """The microphone sends audio again: said in the status line and to a screen reader."""
        back = self.tr("Voice commands are back.")
        self.status(back, 10000)
        announce(self, back)

    def _adopt_journal(self, journal: JournalWriter | None) -> None:
        if journal is not None:
            journal.failed.connect(self.notify)
            journal.opened.connect(lambda moved: moved and self.notify(moved))
            journal.available.connect(lambda: self.journal_is_back(journal.path))

    def journal_is_back(self, path: Path) -> None:
        """The journal is written again (what waited meanwhile included): its lines go."""
        for line in list(self.notice.lines):
            if line.startswith(f"{path}:"):
                self.notice.withdraw(line)
        back = self.tr("The journal can be written again; what was kept meanwhile is saved.")
        self.status(back, 10000)
        announce(self, back)

    def prepare_routine_screen(self) -> None:
        """Builds the routine screen ahead of time, so that pressing Enter with a cramp shows
        the first step at once."""
        _ = self.routine_screen

    def show_speech_problem(self, problem: str | None = None) -> None:
        """One clear, dismissable line when speech cannot work, and how to fix it."""
        if self.context.made("speaker"):
            problem = problem or self.context.speaker.problem
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
            self.status(back, 10000)
            announce(self, back)  # a screen reader heard the problem: it hears the all-clear

    # -- what controllers ask of the window (ui.host.Host) ---------------------------------------

    def show_screen(self, screen: QWidget, focus: QWidget | None = None) -> None:
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        (focus or screen).setFocus()

    def status(self, line: str, milliseconds: int = 0) -> None:
        self.statusBar().showMessage(line, milliseconds)

    def notify(self, line: str) -> None:
        self.notice.show_text(line)

    def exercise_names(self) -> dict[str, str]:
        return self.library_controller.exercise_names()

    def ask_save_path(self, title: str, name: str, filters: str) -> tuple[Path | None, str]:
        """The save dialog, starting in the user's Documents folder (their home folder when
        there is none); (None, "") if cancelled."""
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not Path(folder).is_dir():  # never the folder the app was started from
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        path, chosen = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filters)
        self.refocus()
        return (Path(path), chosen) if path else (None, "")

    def refocus(self) -> None:
        """After a dialog, keys go back to the screen in use (some set-ups leave focus nowhere)."""
        self.activateWindow()
        self.stack.currentWidget().setFocus()

    # -- the screens, made when first needed -----------------------------------------------------

    @property
    def routine_screen(self) -> RoutineScreen:
        if self._routine_screen is None:
            from cramp_coach.ui.routine_screen import RoutineScreen

            screen = RoutineScreen()
            self.stack.addWidget(screen)
            screen.closed.connect(self._routine_closed)
            screen.add_toggle(self.sound_action)
            screen.add_toggle(self.hands_free_action)
            screen.journal_enabled = self.context.journal is not None
            screen.why_requested.connect(self.why_for_last_run)
            self._routine_screen = screen
            self._show_listening()
        return self._routine_screen

    @property
    def library_controller(self) -> LibraryController:
        if self._library is None:
            from cramp_coach.ui.library_controller import LibraryController

            self._library = LibraryController(
                self, self, self.context, self.session, self.open_library
            )
        return self._library

    @property
    def plan_controller(self) -> PlanController:
        if self._plan is None:
            from cramp_coach.ui.plan_controller import PlanController

            self._plan = PlanController(
                self, self, self.context, self.open_library, self.plan_changed
            )
        return self._plan

    def open_library(self, exercise_id: str | None = None) -> None:
        if not self.session.busy:
            self.library_controller.open(exercise_id)

    def open_plan(self) -> None:
        if not self.session.busy:
            self.plan_controller.open()

    def start_session(self, session_id: str) -> bool:
        """Starts the prevention session with this id (assets/sessions, or the user's own) on
        its screen; False, with a line saying why, when it cannot (a routine or a session
        runs, or there is no such session)."""
        if self.session.busy:
            self.status(self.tr("A routine or a session is running: finish it first."), 5000)
            return False
        found = self.library_controller.session_to_start(session_id)
        if isinstance(found, str):
            self.status(found, 8000)
            return False
        session, exercises = found
        self.session.start_session(session, exercises)
        return True

    def go_home(self) -> None:
        if self._pending_language is not None and not self.session.busy:
            self.set_language(self._pending_language)  # chosen during a guided set
        self.stack.setCurrentWidget(self.home)
        self.home.start_button.setFocus()

    # -- the routine -----------------------------------------------------------------------------

    def start_routine(self) -> None:
        self.session.start_routine()

    def _show_run(self, machine: RoutineMachine) -> None:
        self.stack.setCurrentWidget(self.routine_screen)
        self.routine_screen.show_run(machine, self.context.guidance)

    def _start_by_voice(self) -> None:
        """ "Ready" said on the first screen starts the routine, as Enter would."""
        if self.stack.currentWidget() is self.home:
            self.start_routine()

    def _routine_closed(self) -> None:
        message = self.session.stopped_line()
        if self.session.run_discarded:
            message = fill(
                self.tr(
                    "Stopped before anything happened: not saved in the journal, and not "
                    "counted as a cramp. Was it one? %1 saves it."
                ),
                actions.hint("undo"),
            )
        if self._pending_language is not None:
            self.set_language(self._pending_language)  # the first screen is made anew
        self.home.show_message(message)
        self.stack.setCurrentWidget(self.home)
        self.home.start_button.setFocus()

    # -- sound and hands-free --------------------------------------------------------------------

    def set_sound(self, on: bool, save: bool = True) -> None:
        """M: spoken cues on or off (captions stay)."""
        self.session.set_sound(on, save)

    def set_hands_free(self, on: bool, save: bool = True) -> None:
        """H: questions answer themselves with their safe default; the microphone listens."""
        self.session.set_hands_free(on, save)

    def _show_toggles(self) -> None:
        """The two toggles as the session has them (whoever switched them)."""
        self.sound_action.setChecked(self.session.sound_on)
        self.hands_free_action.setChecked(self.session.hands_free)
        self._name_toggles()

    def _name_toggles(self) -> None:
        sound, hands_free = self.sound_action.isChecked(), self.hands_free_action.isChecked()
        sound_text = self.tr("Sound on") if sound else self.tr("Sound off")
        self.sound_action.setText(actions.with_key(sound_text, "sound"))
        hands_free_text = self.tr("Hands-free on") if hands_free else self.tr("Hands-free off")
        self.hands_free_action.setText(actions.with_key(hands_free_text, "hands_free"))

    # -- the journal -----------------------------------------------------------------------------

    def _journal(self) -> JournalController | None:
        journal = self.context.journal
        if self.journal_controller is None and journal is not None:
            from cramp_coach.ui.journal_controller import JournalController

            self.journal_controller = JournalController(
                self, self, journal, self.context.settings, self.context.wall
            )
        return self.journal_controller

    def _episode_saved(self, _episode_id: int) -> None:
        controller = self._journal()
        if controller is not None:
            controller.guidance_after_run(self.routine_screen.show_advice)

    def why_for_last_run(self) -> None:
        controller, recorder = self._journal(), self.session.recorder
        if controller is not None and recorder is not None and recorder.episode_id is not None:
            controller.why_for(recorder.episode_id)

    def open_journal(self) -> None:
        if self.session.busy:
            return
        controller = self._journal()
        if controller is None:
            self.status(self.tr("The journal is not available."), 5000)
            return
        controller.open()

    def undo_delete(self) -> None:
        """Ctrl+Z: on the first screen, just after a run stopped before anything happened, that
        run is saved after all; in the journal, the episode just deleted comes back."""
        if self.stack.currentWidget() is self.home and self.session.keep_run():
            self.home.show_message(self.tr("Saved in the journal."))
            return
        if self.journal_controller is not None:
            self.journal_controller.undo_delete()

    # -- the sheet -------------------------------------------------------------------------------

    def print_sheet(self) -> None:
        self.sheet.print_sheet()

    def preview_sheet(self) -> None:
        self.sheet.preview_sheet()

    def choose_pdf(self) -> None:
        self.sheet.choose_pdf()

    def send_to_phone(self) -> None:
        """Ctrl+Shift+S: the phone page on the local network for a few minutes, with its QR code."""
        self.phone.start()

    # -- view: full screen, text size, language --------------------------------------------------

    def set_full_screen(self, on: bool) -> None:
        """F11: the countdown and the instruction fill the whole screen."""
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()
        self.full_screen_action.setChecked(on)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.actions_by_id:
            self.full_screen_action.setChecked(self.isFullScreen())

    def zoom(self, direction: int) -> None:
        """Ctrl+Plus / Ctrl+Minus: one step larger or smaller; 0 (Ctrl+0): the normal size."""
        current = self.context.settings.zoom()
        if direction > 0:
            percent = next((z for z in ZOOM_STEPS if z > current), ZOOM_STEPS[-1])
        elif direction < 0:
            percent = next((z for z in reversed(ZOOM_STEPS) if z < current), ZOOM_STEPS[0])
        else:
            percent = 100
        self.context.settings.set_zoom(percent)
        self.apply_zoom(percent)
        self.status(fill(self.tr("Text size: %1%"), percent), 3000)

    def apply_zoom(self, percent: int) -> None:
        """Every text in the window, and in windows opened from now on, at `percent`."""
        from cramp_coach.ui.texts import set_zoom

        set_zoom(percent, self)
        self._fit_cramp_now()

    def set_language(self, language: str) -> None:
        """Every view, the routine, the library and the voice in `language`, at once; during a
        routine or a guided set, when it ends (nothing is rebuilt under a user in pain)."""
        from cramp_coach import i18n

        if self.session.busy:
            self._pending_language = language
            self.status(self.tr("The language will change when this routine or set ends."), 8000)
            return
        self._pending_language = None
        app = QGuiApplication.instance()
        if app is not None:
            i18n.install(app, language)
        if language == self.context.language:
            return
        problem = self.context.set_language(language)
        if problem:
            self.notify(problem)
        self.session.language_changed()
        self._rebuild_views()

    def _rebuild_views(self) -> None:
        """Every screen, the menus and the notice are made again, so every text is read in the
        new language (the screens other than the first when next opened)."""
        screens: list[QWidget] = [self.home]
        if self._routine_screen is not None:
            screens.append(self._routine_screen)
        for controller in (self._library, self._plan, self.journal_controller):
            if controller is not None:
                screens += controller.forget_screens()
        self._routine_screen = None
        self.home = self._make_home()
        for screen in screens:
            self.stack.removeWidget(screen)
            screen.deleteLater()
        old_notice, self.notice = self.notice, NoticeBar()
        self.notice.carry_on(old_notice)
        self.column.replaceWidget(old_notice, self.notice)
        old_notice.deleteLater()
        old_button, self.cramp_now = self.cramp_now, self._make_cramp_now()
        self.column.replaceWidget(old_button, self.cramp_now)
        self._fit_cramp_now()
        old_button.deleteLater()
        self.setWindowTitle(self.tr("Cramp Coach"))
        self._build_menus()
        self.go_home()

    # -- dialogs ---------------------------------------------------------------------------------

    @property
    def preferences(self) -> Preferences:
        if self._preferences is None:
            from cramp_coach.ui.preferences import Preferences

            self._preferences = Preferences(self, self, self.context, self.session)
        return self._preferences

    def edit_settings(self) -> None:
        self.preferences.edit()
        self.refocus()

    def refresh_journal(self) -> None:
        if self.journal_controller is not None:
            self.journal_controller.refresh()

    def show_about(self) -> None:
        """Ctrl+I, from every screen: what the app is, and that it is not medical advice."""
        from cramp_coach.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()
        self.refocus()

    def show_shortcuts(self) -> None:
        from cramp_coach.ui.shortcuts_dialog import ShortcutsDialog

        keys = actions.help_rows()
        ShortcutsDialog([*keys, *actions.spoken_rows()], self, headings=[len(keys)]).exec()
        self.refocus()

    def _first_size(self) -> QSize:
        """1024x700, or less on a smaller screen, so nothing starts off-screen."""
        screen = QGuiApplication.primaryScreen()
        wanted = QSize(1024, 700)
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() * 0.95
        return wanted.boundedTo(room).expandedTo(self.minimumSize())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing mid-routine asks nothing: the run simply ends. With "keep in the tray" on,
        closing hides the window and the app stays (Ctrl+Q and the tray's Quit end it)."""
        if not self._quitting and self.reminders is not None and self.reminders.keep_in_tray():
            self.hide()
            event.ignore()
            return
        self.session.stop()
        if self.reminders is not None:
            self.reminders.stop()
        if not self.isFullScreen():
            from cramp_coach.ui.geometry import save_geometry

            save_geometry(self, self.context.settings.store)
        event.accept()
