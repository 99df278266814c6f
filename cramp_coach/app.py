"""Sets up the QApplication and wires the parts together."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cramp_coach import __version__
from cramp_coach.content.routine import Routine
from cramp_coach.context import AppContext
from cramp_coach.settings import APPLICATION, ORGANIZATION, Settings
from cramp_coach.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings and QStandardPaths use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fusion from the start: the theme's own style (Fusion plus outlines) comes after the first
    # paint (theme.use_calm_style), and the first screen must not change look when it does.
    app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "fusion"])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Cramp Coach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cramp-coach")  # the window class and the app id match the .desktop
    return app


def run_app(
    routine: Routine,
    hold_override: int | None = None,
    hands_free: bool | None = None,
    routine_for: Callable[[str], Routine] | None = None,
) -> int:
    """Shows the main window and runs until it is closed.

    Only what the first screen needs is built before it is painted; the speech engine renders
    the cues, and the routine screen is built, in the first moments after that.
    """
    from cramp_coach import i18n
    from cramp_coach.single_instance import SingleInstance, raise_window
    from cramp_coach.ui import theme
    from cramp_coach.ui.geometry import restore_geometry

    app = make_application()
    instance = SingleInstance(parent=app)
    if not instance.try_become_primary():
        print("Cramp Coach is already running: its window was brought to the front.")
        return 0
    app.aboutToQuit.connect(instance.close)
    settings = Settings()
    theme.apply(app, settings.theme(), calm_style=False)  # the style: after the first paint
    language = i18n.resolve(settings.language())
    i18n.install(app, language)
    context = AppContext(
        routine,
        settings,
        routine_for=routine_for,
        hold_override=hold_override,
        hands_free=hands_free,
    )
    problem = context.set_language(language)
    if problem:  # a broken translation: the English routine, and why
        settings.warnings.append(problem)
    app.aboutToQuit.connect(context.close)
    window = MainWindow(context)
    window.apply_zoom(settings.zoom())  # the system's font size, times the user's zoom
    restore_geometry(window, settings.store)
    instance.raise_requested.connect(lambda token: raise_window(window, token))

    def set_icon() -> None:
        from cramp_coach.ui.icon import app_icon

        app.setWindowIcon(app_icon())

    # After the first paint, one piece per turn of the event loop: a key pressed meanwhile
    # (Enter: "I have a cramp now") is handled between them, not after all of them.
    def install_safety_net() -> None:
        """An error no code caught: its traceback to the log in the state folder, one line on
        the window, and the app and its routine go on. (Nothing runs before the first paint
        that the user could have started.)"""
        from cramp_coach import crash
        from cramp_coach.paths import log_file

        safety_net = crash.install(window.notify, log_file())
        app.aboutToQuit.connect(safety_net.uninstall)

    later = [
        install_safety_net,
        lambda: theme.use_calm_style(app),
        set_icon,
        window.start_engines,
        window.start_reminders,
        window.prepare_routine_screen,
        window.session.prepare_cues,
        lambda: context.speaker.warm_up(),  # audio output set up now, not in the first cue
    ]

    def after_first_paint() -> None:
        if later:
            later.pop(0)()
            QTimer.singleShot(0, after_first_paint)

    FirstPaint(window, after_first_paint)  # owned by the window
    window.show()
    return app.exec()


class FirstPaint(QObject):
    """Calls back once, on the event loop's next turn after the window was first painted."""

    FALLBACK_MS = 2000  # a window started minimised is not painted: go on anyway

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()
