"""The settings dialog from the window: what is chosen now, and putting a new choice to work."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from cramp_coach.i18n import fill

if TYPE_CHECKING:
    from cramp_coach.context import AppContext
    from cramp_coach.session.routine_session import RoutineSession
    from cramp_coach.ui.settings_dialog import Choices


class Shell(Protocol):
    """What a new choice changes in the window."""

    def set_language(self, language: str) -> None: ...
    def status(self, line: str, milliseconds: int = 0) -> None: ...
    def refresh_journal(self) -> None: ...


class Preferences(QObject):
    """Shows the settings dialog and applies what the user chose, at once."""

    def __init__(
        self, shell: Shell, parent: QWidget, context: AppContext, session: RoutineSession
    ) -> None:
        super().__init__(parent)
        self.shell = shell
        self.parent_widget = parent
        self.context = context
        self.session = session

    def current_choices(self) -> Choices:
        from cramp_coach.ui.settings_dialog import Choices

        settings = self.context.settings
        count, days = settings.recurring()
        return Choices(
            hold_seconds=self.context.hold_seconds(),
            speech_on=self.session.sound_on,
            voice=settings.voice(),
            rate=settings.rate(),
            volume=settings.volume(),
            time_marks=settings.time_marks(),
            recurring_count=count,
            recurring_days=days,
            language=settings.language(),
            theme=settings.theme(),
        )

    def edit(self) -> None:
        from cramp_coach.ui.settings_dialog import SettingsDialog

        speaker = self.context.speaker
        speaker.load_voices()  # the engine may not be open yet: its voices arrive in a moment
        dialog = SettingsDialog(
            self.context.routine.hold,
            self.current_choices(),
            list(speaker.voices),
            self.parent_widget,
        )

        def arrived() -> None:
            dialog.voices_arrived(list(speaker.voices))

        speaker.voicesChanged.connect(arrived)
        shown = dialog.exec()
        speaker.voicesChanged.disconnect(arrived)
        if shown:
            self.apply(dialog.choices())

    def apply(self, choices: Choices) -> None:
        """Saves what the user chose and puts it to work at once (the hold: from the next run)."""
        context, settings = self.context, self.context.settings
        if choices.hold_seconds != context.hold_seconds():
            settings.set_hold_seconds(choices.hold_seconds)
            context.hold_override = None  # the user chose anew: the setting wins from now on
            line = self.tr("Stretches will be held for %1 seconds.")
            self.shell.status(fill(line, choices.hold_seconds), 5000)
        settings.set_voice(choices.voice)
        settings.set_rate(choices.rate)
        settings.set_volume(choices.volume)
        settings.set_time_marks(choices.time_marks)
        settings.set_recurring(choices.recurring_count, choices.recurring_days)
        self.shell.refresh_journal()
        speaker = context.speaker
        speaker.set_voice(context.cue_voice())  # "default": the routine's language's voice
        speaker.set_rate(choices.rate)
        speaker.set_volume(choices.volume / 100)
        self.session.set_time_marks(choices.time_marks)
        self.session.set_sound(choices.speech_on)
        if choices.theme != settings.theme():
            from cramp_coach.ui import theme

            settings.set_theme(choices.theme)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, choices.theme)
        if choices.language != settings.language():
            from cramp_coach import i18n

            settings.set_language(choices.language)
            self.shell.set_language(i18n.resolve(choices.language))
