"""Sets up the QApplication and wires the parts together."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cramp_coach import __version__
from cramp_coach.content.routine import Routine
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.paths import journal_file
from cramp_coach.routine.cues import spoken_texts
from cramp_coach.routine.qtclock import QtClock
from cramp_coach.settings import APPLICATION, ORGANIZATION, Settings
from cramp_coach.ui.main_window import MainWindow


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
    """Shows the main window and runs until it is closed."""
    # These load Qt Multimedia and the speech engines.
    from cramp_coach.speech.cached import CachedSpeaker
    from cramp_coach.speech.listener import CommandListener
    from cramp_coach.speech.playback import QtPlayer

    app = make_application()
    settings = Settings()
    speaker = CachedSpeaker()
    speaker.set_voice(settings.voice())
    speaker.set_rate(settings.rate())
    speaker.set_volume(settings.volume() / 100)
    listener = CommandListener()
    if isinstance(speaker.player, QtPlayer):
        # The recogniser never hears the app's own cues: deaf while one plays, and a tail after.
        speaker.player.playingChanged.connect(listener.set_muted)
    journal = JournalWriter(journal_file())  # opens on its own thread: start-up never waits
    window = MainWindow(
        routine,
        settings,
        QtClock,
        speaker,
        hold_override=hold_override,
        hands_free=hands_free,
        listener=listener,
        journal=journal,
    )
    speaker.unavailable.connect(window.show_speech_problem)
    voice = listener.start()  # off, with a status line saying why, when there is no microphone
    # Render every cue now, long before the first cramp, so the first one is heard at once.
    spoken = routine.with_hold_seconds(window.hold_seconds())
    for hands_free_texts in (False, True):
        speaker.prepare(spoken_texts(spoken, hands_free=hands_free_texts, voice=voice))
    app.aboutToQuit.connect(listener.stop)
    app.aboutToQuit.connect(speaker.close)
    app.aboutToQuit.connect(journal.close)  # what was asked is written before the app exits
    window.show()
    QTimer.singleShot(0, speaker.warm_up)  # audio output set up now, not in the first cue
    return app.exec()
