"""The app's context with fakes handed in, as the window tests build it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cramp_coach.content import Routine
from cramp_coach.context import AppContext
from cramp_coach.settings import Settings
from tests.fakes import FakeSpeaker, ManualClock

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from cramp_coach.journal.recorder import JournalWriter
    from cramp_coach.ui.main_window import MainWindow


def make_context(
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    speaker: FakeSpeaker | None = None,
    *,
    journal: JournalWriter | None = None,
    **options: Any,
) -> AppContext:
    """A context whose clock, speaker and journal are the test's; no microphone, and no
    journal unless one is given. `options` are AppContext's own (hold_override, wall...)."""
    context = AppContext(routine, settings, **options)
    context.clock = clock
    context.speaker = speaker if speaker is not None else FakeSpeaker(clock)
    context.journal = journal
    context.listener = None
    return context


def on_screen(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window on screen and active, as a user sees it; closed with the test."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window
