"""The exercise library, its sessions and their guided sets, from the window: loading, browsing,
guiding."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cramp_coach.content.exercises import Exercise, Library
from cramp_coach.content.sessions import Session
from cramp_coach.i18n import fill

if TYPE_CHECKING:
    from cramp_coach.content.user_files import UserFiles
    from cramp_coach.context import AppContext
    from cramp_coach.routine.guided import GuidedExercise
    from cramp_coach.routine.session_player import SessionPlayer
    from cramp_coach.session.routine_session import RoutineSession
    from cramp_coach.ui.guided_screen import GuidedScreen
    from cramp_coach.ui.host import Host
    from cramp_coach.ui.library_screen import LibraryScreen
    from cramp_coach.ui.session_screen import SessionScreen
    from cramp_coach.ui.user_pictures import UserPictures


class LibraryController(QObject):
    """Loads the library when first needed, shows it, and shows the guided set it starts.

    The shipped exercises load at once (a few milliseconds); the user's own files are read on a
    thread of their own, and their pictures drawn in processes of their own, so that nothing a
    file holds or is (a pipe, a huge or deeply nested file, a picture that takes minutes to
    draw) can hold up the window, or "I have a cramp now".
    """

    # The load's number, its Library, and the user's own sessions (UserFiles[Session]).
    usersRead = Signal(int, object, object)  # noqa: N815 (Qt naming)

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
        self._session_screen: SessionScreen | None = None
        self.session_list: list[Session] = []  # shipped, then the user's own once read
        self._loaded = False
        self._load = 0  # which load of the user's files is wanted (the language changes it)
        self.reading = False  # the user's own files are being read
        self._wanted: str | None = None  # the exercise asked for, maybe one of the user's
        self._pictures: UserPictures | None = None
        self.usersRead.connect(self._users_read)

    @property
    def library_screen(self) -> LibraryScreen:
        if self._library_screen is None:
            from cramp_coach.ui.library_screen import LibraryScreen

            screen = LibraryScreen()
            screen.guide_requested.connect(self.session.start_guided)
            screen.session_requested.connect(self.host.start_session)
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

    @property
    def session_screen(self) -> SessionScreen:
        if self._session_screen is None:
            from cramp_coach.ui.session_screen import SessionScreen

            screen = SessionScreen()
            screen.closed.connect(self.open_library)
            self._session_screen = screen
        return self._session_screen

    def forget_screens(self) -> list[QWidget]:
        """Its screens and the library, made anew when next needed (another language): the
        old screens to delete."""
        screens = (self._library_screen, self._guided_screen, self._session_screen)
        gone = [s for s in screens if s is not None]
        self._library_screen = self._guided_screen = self._session_screen = None
        self._loaded = False
        self._load += 1  # what is still being read is for the old screen: not wanted
        self.reading = False
        return gone

    def library(self) -> Library:
        """The library as loaded so far: the shipped exercises from the first time it is
        needed, the user's own once read (a bad user file is skipped)."""
        if not self._loaded:
            from cramp_coach.content.exercises import load_shipped
            from cramp_coach.content.sessions import load_shipped_sessions

            shipped = load_shipped(self.context.language)
            self.library_screen.set_library(Library(shipped, []), reading=True)
            by_id = {e.id: e for e in shipped}
            self.session_list = load_shipped_sessions(by_id, self.context.language)
            self.library_screen.set_sessions(self.session_list)
            self._loaded = True
            self.reading = True
            self._read_users({e.id for e in shipped}, self.context.user_exercises)
        return self.library_screen.library

    def _read_users(self, taken: set[str], folder: Path) -> None:
        load = self._load

        shipped = self.library_screen.library.exercises
        sessions_taken = {s.id for s in self.session_list}
        sessions_folder = self.context.user_sessions

        def read() -> None:
            from cramp_coach.content.exercises import load_user_exercises
            from cramp_coach.content.sessions import load_user_sessions

            users = load_user_exercises(folder, taken)
            everything = {e.id: e for e in (*shipped, *users.exercises)}
            sessions = load_user_sessions(sessions_folder, everything, sessions_taken)
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self.usersRead.emit(load, users, sessions)  # handled on the window's thread

        threading.Thread(target=read, name="user-exercises", daemon=True).start()

    def _users_read(self, load: int, users: Library, sessions: UserFiles[Session]) -> None:
        if load != self._load or self._library_screen is None:
            return  # read for a screen made anew since
        screen = self._library_screen
        self.reading = False
        everything = screen.library.exercises + users.exercises
        screen.set_library(Library(everything, users.problems, users.unread))
        self.session_list = self.session_list + sessions.items
        screen.set_sessions(self.session_list)
        if sessions.problems:
            line = self.tr("%1 of your session files could not be read and were skipped: %2")
            self.host.notify(fill(line, len(sessions.problems), sessions.problems[0]))
        if self._wanted is not None:
            screen.select(self._wanted)
            self._wanted = None
        if users.problems:
            line = self.tr("%1 of your exercise files could not be read and were skipped: %2")
            self.host.notify(fill(line, users.skipped, users.problems[0]))
        paths = [str(e.picture) for e in users.exercises if e.picture is not None]
        for path in paths:  # drawn for an earlier screen (another language): not drawn again
            pixmap = self.pictures.pixmap(path)
            if pixmap is not None:
                screen.show_drawn(path, pixmap)
        self.pictures.draw(paths)

    @property
    def pictures(self) -> UserPictures:
        if self._pictures is None:
            from cramp_coach.ui.user_pictures import UserPictures

            self._pictures = UserPictures(self)
            self._pictures.drawn.connect(self._picture_drawn)
        return self._pictures

    def _picture_drawn(self, path: str) -> None:
        pixmap = self.pictures.pixmap(path)
        if pixmap is not None and self._library_screen is not None:
            self._library_screen.show_drawn(path, pixmap)
        for shown in (self._guided_screen, self._session_screen):
            if pixmap is not None and shown is not None:
                shown.show_drawn(path, pixmap)

    def exercise_names(self) -> dict[str, str]:
        return {e.id: e.name for e in self.library().exercises}

    def open(self, exercise_id: str | None = None) -> None:
        self.library()
        self._wanted = exercise_id
        if exercise_id:
            self.library_screen.select(exercise_id)
        self.host.show_screen(self.library_screen, self.library_screen.list)

    def show_guided(self, guided: GuidedExercise) -> None:
        self.host.show_screen(self.guided_screen, self.guided_screen)
        picture = guided.exercise.picture
        drawn = self.pictures.pixmap(str(picture)) if picture is not None else None
        self.guided_screen.show_run(guided, drawn)

    def session_to_start(self, session_id: str) -> tuple[Session, list[Exercise]] | str:
        """The session with this id (shipped, or the user's own once read) and its exercises at
        its doses; or the one line saying why it cannot start."""
        self.library()
        session = next((s for s in self.session_list if s.id == session_id), None)
        if session is None:
            if self.reading:
                later = self.tr("The session %1 is not read yet: try again in a moment.")
                return fill(later, session_id)
            return fill(self.tr("There is no session %1."), session_id)
        library = {e.id: e for e in self.library_screen.library.exercises}
        missing = session.missing(library)
        if missing:
            line = self.tr("The session %1 needs the exercise %2, which is not in the library.")
            return fill(line, session.name, missing[0])
        return session, session.exercises(library)

    def show_session(self, player: SessionPlayer) -> None:
        self.host.show_screen(self.session_screen, self.session_screen)
        self.session_screen.show_player(player)
