"""Sets up the QApplication and wires the parts together."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cramp_coach import __version__
from cramp_coach.content.routine import Routine
from cramp_coach.paths import journal_file
from cramp_coach.routine.qtclock import QtClock
from cramp_coach.settings import APPLICATION, ORGANIZATION, Settings
from cramp_coach.ui.main_window import MainWindow

if TYPE_CHECKING:
    from cramp_coach.journal.recorder import JournalWriter
    from cramp_coach.speech.listener import CommandListener
    from cramp_coach.speech.speaker import Speaker


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the names QSettings and QStandardPaths use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Cramp Coach")
    app.setApplicationVersion(__version__)
    return app


def run_app(
    routine: Routine, hold_override: int | None = None, hands_free: bool | None = None
) -> int:
    """Shows the main window and runs until it is closed.

    Only what the first screen needs is built before it is painted; the speech engine renders
    the cues, and the routine screen is built, in the first moments after that.
    """
    app = make_application()
    settings = Settings()
    window: MainWindow | None = None

    def make_speaker() -> Speaker:
        """pyttsx3 renders, PulseAudio plays: made just after the first paint."""
        from cramp_coach.speech.cached import CachedSpeaker

        speaker = CachedSpeaker()
        speaker.set_voice(settings.voice())
        speaker.set_rate(settings.rate())
        speaker.set_volume(settings.volume() / 100)
        if window is not None:
            speaker.unavailable.connect(window.show_speech_problem)
        app.aboutToQuit.connect(speaker.close)
        return speaker

    def make_listener() -> CommandListener:
        """The microphone and the recogniser, loaded only when hands-free is turned on."""
        from cramp_coach.speech.listener import CommandListener

        listener = CommandListener()
        assert window is not None
        playing = getattr(window.speaker, "playingChanged", None)
        if playing is not None:
            # The recogniser never hears the app's own cues: deaf while one plays, and a tail after.
            playing.connect(listener.set_muted)
        app.aboutToQuit.connect(listener.stop)
        return listener

    def open_journal() -> JournalWriter:
        """Opens on its own thread: nothing waits for the disk."""

        journal = JournalWriter(journal_file())
        app.aboutToQuit.connect(journal.close)  # what was asked is written before the app exits
        return journal

    window = MainWindow(
        routine,
        settings,
        QtClock,
        make_speaker,
        hold_override=hold_override,
        hands_free=hands_free,
        listener=make_listener,
        journal=open_journal,
    )

    def after_first_paint() -> None:
        from cramp_coach.routine.cues import spoken_texts

        assert window is not None
        window.start_engines()
        window.prepare_routine_screen()
        # Render every cue now, long before the first cramp, so the first one is heard at once.
        spoken = routine.with_hold_seconds(window.hold_seconds())
        voice = window.voice_commands_work()
        for hands_free_texts in (False, True):
            window.speaker.prepare(spoken_texts(spoken, hands_free=hands_free_texts, voice=voice))
        warm_up = getattr(window.speaker, "warm_up", None)
        if warm_up is not None:
            warm_up()  # audio output set up now, not in the first cue

    FirstPaint(window, after_first_paint)  # owned by the window
    window.show()
    return app.exec()


class FirstPaint(QObject):
    """Calls back once, on the event loop's next turn after the window was first painted."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False
