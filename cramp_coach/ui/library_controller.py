"""The exercise library and its guided sets, from the window: loading, browsing, guiding."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cramp_coach.i18n import fill

if TYPE_CHECKING:
    from cramp_coach.content.exercises import Library
    from cramp_coach.context import AppContext
    from cramp_coach.routine.guided import GuidedExercise
    from cramp_coach.session.routine_session import RoutineSession
    from cramp_coach.ui.guided_screen import GuidedScreen
    from cramp_coach.ui.host import Host
    from cramp_coach.ui.library_screen import LibraryScreen


class LibraryController(QObject):
    """Loads the library when first needed, shows it, and shows the guided set it starts."""

    def __init__(
        self,
        host: Host,
        parent: QWidget,
        context: AppContext,
        session: RoutineSession,
        open_library: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.context = context
        self.session = session
        self.open_library = open_library  # the window's: not while a routine runs
        self._library_screen: LibraryScreen | None = None
        self._guided_screen: GuidedScreen | None = None
        self._loaded = False

    @property
    def library_screen(self) -> LibraryScreen:
        if self._library_screen is None:
            from cramp_coach.ui.library_screen import LibraryScreen

            screen = LibraryScreen()
            screen.guide_requested.connect(self.session.start_guided)
            screen.closed.connect(self.host.go_home)
            self._library_screen = screen
        return self._library_screen

    @property
    def guided_screen(self) -> GuidedScreen:
        if self._guided_screen is None:
            from cramp_coach.ui.guided_screen import GuidedScreen

            screen = GuidedScreen()
            screen.closed.connect(self.open_library)
            self._guided_screen = screen
        return self._guided_screen

    def forget_screens(self) -> list[QWidget]:
        """Its screens and the library, made anew when next needed (another language): the
        old screens to delete."""
        gone = [s for s in (self._library_screen, self._guided_screen) if s is not None]
        self._library_screen = self._guided_screen = None
        self._loaded = False
        return gone

    def library(self) -> Library:
        """The library (loaded the first time it is needed; a bad user file is skipped)."""
        if not self._loaded:
            from cramp_coach.content.exercises import load_library

            context = self.context
            library = load_library(context.user_exercises, language=context.language)
            self.library_screen.set_library(library)
            self._loaded = True
            if library.problems:
                line = self.tr("%1 of your exercise files could not be read and were skipped: %2")
                self.host.notify(fill(line, len(library.problems), library.problems[0]))
        return self.library_screen.library

    def exercise_names(self) -> dict[str, str]:
        return {e.id: e.name for e in self.library().exercises}

    def open(self, exercise_id: str | None = None) -> None:
        self.library()
        if exercise_id:
            self.library_screen.select(exercise_id)
        self.host.show_screen(self.library_screen, self.library_screen.list)

    def show_guided(self, guided: GuidedExercise) -> None:
        self.host.show_screen(self.guided_screen, self.guided_screen)
        self.guided_screen.show_run(guided)
