"""The composition root: what the running app is made of, each part made when first needed.

The window, the routine session and the controllers take one `AppContext` and ask it for the
settings, the clock, the speaker, the microphone, the journal and the content. Nothing is made
before something asks for it, so the first screen is painted before the speech engine, the
journal or the microphone exist (app.py asks for them just after the first paint).

Tests hand in fakes through the same object: assigning an attribute before it is first read
(`context.speaker = FakeSpeaker()`, `context.journal = None`) replaces the real part.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cramp_coach.content import ContentError
from cramp_coach.content.routine import Routine
from cramp_coach.settings import Settings

if TYPE_CHECKING:
    from cramp_coach.content.guidance import Guidance
    from cramp_coach.journal.recorder import JournalWriter
    from cramp_coach.routine.clock import Clock
    from cramp_coach.speech.listener import CommandListener
    from cramp_coach.speech.speaker import Speaker

T = TypeVar("T")
UTC_NOW = partial(datetime.now, UTC)  # the wall clock, for the journal's dates


class AppContext:
    """Settings, clock, speaker, listener, journal and content for one run of the app."""

    def __init__(
        self,
        routine: Routine,
        settings: Settings,
        *,
        routine_for: Callable[[str], Routine] | None = None,
        hold_override: int | None = None,
        hands_free: bool | None = None,
        user_exercises: Path | None = None,
        wall: Callable[[], datetime] = UTC_NOW,
    ) -> None:
        self.routine = routine  # the routine in the language in use (see set_language)
        self.language = routine.language  # the app's language: its texts, voice and content
        self.settings = settings
        self.routine_for = routine_for  # the routine in another language
        self.hold_override = hold_override  # --hold-seconds, for this run only
        self.hands_free_override = hands_free  # --hands-free, for this run only
        self.wall = wall  # wall-clock time, for the journal's dates
        self._user_exercises = user_exercises
        self._closers: list[Callable[[], None]] = []
        self._waiting: dict[str, list[Callable[[Any], object]]] = {}

    # -- content ------------------------------------------------------------------------------

    def set_language(self, language: str) -> str | None:
        """`language` from now on, and the routine in it; the one-line problem when that
        routine cannot be read (the routine in use stays)."""
        self.language = language
        if self.routine_for is None or language == self.routine.language:
            return None
        try:
            self.routine = self.routine_for(language)
        except ContentError as error:
            return str(error)
        return None

    @property
    def guidance(self) -> Guidance:
        """The warning signs and general guidance (assets/guidance.toml) in the app's language,
        as the window shows them (a broken translation: the English, see guidance_problem)."""
        return self.guidance_in(self.language)

    def guidance_in(self, language: str) -> Guidance:
        """The guidance in `language`: the app's for the window, the routine's for the voice."""
        from cramp_coach.content.guidance import shipped_guidance

        return shipped_guidance(language)[0]

    @property
    def guidance_problem(self) -> str | None:
        """Why the warning signs are not in the app's language (one line), or None."""
        from cramp_coach.content.guidance import shipped_guidance

        return shipped_guidance(self.language)[1]

    def hold_seconds(self) -> int:
        """This run's hold: --hold-seconds if given, else the setting, else the file's."""
        if self.hold_override is not None:
            return self.hold_override
        hold = self.routine.hold
        return self.settings.hold_seconds(hold.seconds, hold.min_seconds, hold.max_seconds)

    def hands_free_at_start(self) -> bool:
        if self.hands_free_override is not None:
            return self.hands_free_override
        return self.settings.hands_free()

    @cached_property
    def user_exercises(self) -> Path:
        """Where the user's own exercise files are."""
        if self._user_exercises is not None:
            return self._user_exercises
        from cramp_coach.paths import user_exercise_folder

        return user_exercise_folder()

    @property
    def user_sessions(self) -> Path:
        """Where the user's own session files are: beside their exercises."""
        return self.user_exercises.parent / "sessions"

    # -- engines --------------------------------------------------------------------------------

    @cached_property
    def clock(self) -> Clock:
        from cramp_coach.routine.qtclock import QtClock

        return QtClock()

    @cached_property
    def speaker(self) -> Speaker:
        """pyttsx3 renders, PulseAudio plays; opened when a cue is missing."""
        from cramp_coach.speech.cached import CachedSpeaker

        settings = self.settings
        speaker = CachedSpeaker(open_engine_early=False)
        speaker.set_voice(self.cue_voice())
        speaker.set_rate(settings.rate())
        speaker.set_volume(settings.volume() / 100)
        self._closers.append(speaker.close)
        return self._made("speaker", speaker)

    def cue_voice(self) -> str:
        """The voice the cues are spoken in: the user's choice, else one for the language the
        routine is written in (a custom routine file, or a broken translation, is English)."""
        from cramp_coach import i18n

        return self.settings.voice() or i18n.espeak_voice(self.routine.language)

    @cached_property
    def listener(self) -> CommandListener | None:
        """The microphone and the recogniser, made when hands-free is first turned on. The
        recogniser never hears the app's own cues: deaf while one plays, and a tail after."""
        from cramp_coach.speech.listener import CommandListener

        listener = CommandListener()
        self.speaker.playingChanged.connect(listener.set_muted)
        self._closers.append(listener.stop)
        return self._made("listener", listener)

    @cached_property
    def journal(self) -> JournalWriter | None:
        """The journal, opened on its own thread: nothing waits for the disk."""
        from cramp_coach.journal.recorder import JournalWriter
        from cramp_coach.paths import journal_file

        journal = JournalWriter(journal_file())
        self._closers.append(journal.close)  # what was asked is written before the app exits
        return self._made("journal", journal)

    def made(self, part: str) -> bool:
        """Whether `part` ("speaker", "journal", ...) exists yet (asking does not make it)."""
        return part in self.__dict__

    def when_made(self, part: str, call: Callable[[Any], object]) -> None:
        """`call(part)` as soon as the part exists: now if it does, else the moment whoever
        asks first makes it (the journal's first signals must find their listeners)."""
        if self.made(part):
            call(self.__dict__[part])
        else:
            self._waiting.setdefault(part, []).append(call)

    def _made(self, part: str, value: T) -> T:
        self.__dict__[part] = value  # made before the calls, so they may ask for it
        for call in self._waiting.pop(part, []):
            call(value)
        return value

    def close(self) -> None:
        """Closes what was made, newest first (the app is quitting)."""
        while self._closers:
            self._closers.pop()()
