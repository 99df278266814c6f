"""The main window: the first screen, the routine screen, menus and messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from cramp_coach.content.routine import Routine
from cramp_coach.routine.clock import Clock
from cramp_coach.routine.flow import Outcome
from cramp_coach.routine.machine import RoutineMachine
from cramp_coach.settings import Settings
from cramp_coach.ui.home_screen import HomeScreen
from cramp_coach.ui.routine_screen import RoutineScreen
from cramp_coach.ui.settings_dialog import SettingsDialog

SHORTCUTS = (
    ("Enter", "Start; confirm; answer 'It has eased'"),
    ("S", "Answer 'Still cramping'"),
    ("Space", "Pause or resume the countdown"),
    ("Backspace", "Back one step"),
    ("C", "The cramp came back: return to the stretch"),
    ("Esc", "Stop the routine"),
    ("Ctrl+,", "Settings"),
    ("F1", "This list"),
    ("Ctrl+Q", "Quit"),
)


class MainWindow(QMainWindow):
    """Switches between the first screen and the routine; wires menus to actions."""

    def __init__(
        self,
        routine: Routine,
        settings: Settings,
        clock_factory: Callable[[], Clock],
        hold_override: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.base_routine = routine
        self.settings = settings
        self.clock_factory = clock_factory
        self.hold_override = hold_override
        self.machine: RoutineMachine | None = None

        self.setWindowTitle(self.tr("Cramp Coach"))
        self.resize(1024, 700)
        self.setMinimumSize(800, 600)
        self.home = HomeScreen()
        self.routine_screen = RoutineScreen()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.routine_screen)
        self.setCentralWidget(self.stack)
        self.home.start_requested.connect(self.start_routine)
        self.routine_screen.closed.connect(self._routine_closed)
        self._build_menus()
        self.hold_seconds()  # reads the setting now, so a bad value is reported at start
        for warning in settings.warnings:
            self.statusBar().showMessage(warning)
        self.home.start_button.setFocus()

    def _build_menus(self) -> None:
        routine_menu = self.menuBar().addMenu(self.tr("&Routine"))
        start = QAction(self.tr("&Start the cramp routine"), self)
        start.triggered.connect(self.start_routine)
        settings = QAction(self.tr("S&ettings…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.edit_settings)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        routine_menu.addActions([start, settings])
        routine_menu.addSeparator()
        routine_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        self.addActions([settings, quit_action, keys])

    # -- the routine ----------------------------------------------------------------------

    def hold_seconds(self) -> int:
        """This run's hold: --hold-seconds if given, else the setting, else the file's."""
        if self.hold_override is not None:
            return self.hold_override
        hold = self.base_routine.hold
        return self.settings.hold_seconds(hold.seconds, hold.min_seconds, hold.max_seconds)

    def start_routine(self) -> None:
        if self.machine is not None and self.machine.running:
            return
        routine = self.base_routine.with_hold_seconds(self.hold_seconds())
        self.machine = RoutineMachine(routine, self.clock_factory(), self)
        self.stack.setCurrentWidget(self.routine_screen)
        self.routine_screen.run(self.machine)

    def _routine_closed(self) -> None:
        machine = self.machine
        if machine is not None and machine.progress.outcome is Outcome.STOPPED:
            summary = machine.summary()
            self.home.show_message(
                self.tr("Routine stopped after %1 of %2 stretches.")
                .replace("%1", str(summary.reps))
                .replace("%2", str(summary.max_reps))
            )
        else:
            self.home.show_message("")
        self.stack.setCurrentWidget(self.home)
        self.home.start_button.setFocus()

    # -- menus ----------------------------------------------------------------------------

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.base_routine.hold, self.hold_seconds(), self)
        if dialog.exec():
            self.settings.set_hold_seconds(dialog.hold_seconds.value())
            self.hold_override = None  # the user chose anew: the setting wins from now on
            self.statusBar().showMessage(
                self.tr("Stretches will be held for %1 seconds.").replace(
                    "%1", str(dialog.hold_seconds.value())
                ),
                5000,
            )

    def show_shortcuts(self) -> None:
        rows = "\n".join(f"{key}\t{self.tr(what)}" for key, what in SHORTCUTS)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), rows)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing mid-routine asks nothing: the run simply ends."""
        if self.machine is not None and self.machine.running:
            self.machine.stop()
        event.accept()
