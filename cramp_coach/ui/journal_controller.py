"""The journal's part of the window: its screen, the "why" check, edits, undo and export.

Every read and write goes through the JournalWriter's thread; this object only turns the
screen's requests into those jobs and their answers into what the user sees.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cramp_coach.files import write_file
from cramp_coach.i18n import fill
from cramp_coach.journal.export import to_csv, to_json
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.journal.rules import advised_exercises, likely_contributors, physician_guidance
from cramp_coach.journal.store import Episode, Journal, PreventionSession
from cramp_coach.settings import Settings
from cramp_coach.ui.actions import hint

if TYPE_CHECKING:  # the screen pulls in Qt Charts: it is imported when the journal is opened
    from cramp_coach.ui.host import Host
    from cramp_coach.ui.journal_screen import JournalScreen


class JournalController(QObject):
    """Opens the journal view and carries out what is asked there, off the GUI thread."""

    def __init__(
        self,
        host: Host,
        parent: QWidget,
        journal: JournalWriter,
        settings: Settings,
        wall: Callable[[], datetime],
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.parent_widget = parent
        self.journal = journal
        self.settings = settings
        self.wall = wall
        self.screen: JournalScreen | None = None
        self._undo: Episode | None = None
        journal.failed.connect(self._show_state)
        journal.available.connect(self.refresh)

    def open(self) -> None:
        if self.screen is None:
            from cramp_coach.ui.journal_screen import JournalScreen

            screen = JournalScreen(self.wall, self.settings.recurring)
            screen.add_requested.connect(lambda: self.edit_episode(None))
            screen.edit_requested.connect(self.edit_episode)
            screen.delete_requested.connect(self.delete_episode)
            screen.why_requested.connect(self.ask_why)
            screen.export_requested.connect(self.choose_export)
            screen.closed.connect(self.host.go_home)
            self.screen = screen
        self.refresh()
        self.host.show_screen(self.screen, self.screen.table)

    def forget_screens(self) -> list[QWidget]:
        """Its screen, made anew when next opened (another language): the old one to delete."""
        gone, self.screen = self.screen, None
        return [gone] if gone is not None else []

    def refresh(self, _: object = None) -> None:
        if self.screen is not None:
            self._show_state()
            today = self.wall().astimezone().date()
            self.journal.submit(
                lambda j: (
                    j.episodes(),
                    j.preventions(),
                    list(j.unreadable),  # before the week's count reads the sessions again
                    j.sessions_done_in_week(today),
                ),
                self._show,
            )

    def _show_state(self, _: object = None) -> None:
        """Whether the journal can be read now: while it cannot, the screen says so (not "no
        episodes yet")."""
        if self.screen is not None:
            self.screen.show_unavailable(self.journal.problem)

    def _show(self, read: tuple[list[Episode], list[PreventionSession], list[str], int]) -> None:
        episodes, sessions, unreadable, this_week = read
        # The screen of when it was asked may be gone (a language switch makes a new one).
        if self.screen is not None:
            self.screen.show_unavailable(self.journal.problem)
            planned = len(self.settings.plan().days)  # the plan screen's weekdays
            self.screen.show_sessions(sessions, this_week, planned)
            self.screen.show_episodes(episodes)
            if unreadable:  # rows another program changed: the rest is shown
                line = self.tr("Left out of the journal, as they cannot be read: %1")
                self.host.notify(fill(line, " ".join(unreadable)))

    def guidance_after_run(self, show: Callable[[str], None]) -> None:
        """At Done: what the journal says now about cramps (prolonged, or recurring: see a
        physician). Not the note on a suspected strain: the injury steps' own Done says it, and
        after a cramp it is beside the point (the journal screen keeps it)."""
        now = self.wall()
        count, days = self.settings.recurring()
        self.journal.submit(
            lambda j: physician_guidance(j.episodes(), now, count, days, strain_note=False),
            lambda guidance: show(guidance.message or ""),
        )

    def why_for(self, episode_id: int) -> None:
        self.journal.submit(lambda j: j.episode(episode_id), self.ask_why)

    def ask_why(self, episode: Episode) -> None:
        """The "why did it happen?" check; the answers are saved with the episode and turned
        into likely contributors and prevention advice."""
        from cramp_coach.ui.journal_dialogs import WhyDialog

        dialog = WhyDialog(episode.causes, self.parent_widget)
        if dialog.exec():
            causes = dialog.causes()
            self.journal.submit(lambda j: j.set_causes(episode.id, causes), self.refresh)
            found = likely_contributors(causes)
            if found:
                lines = [f"• {c.contributor.rstrip('.')}. {c.full_advice}" for c in found]
                names = self.host.exercise_names()
                exercises = [names[i] for i in advised_exercises(causes) if i in names]
                if exercises:
                    line = self.tr("From the exercise library (%2): %1")
                    lines.append(fill(line, ", ".join(exercises), hint("library")))
                from cramp_coach.ui.journal_dialogs import ResultDialog

                ResultDialog(
                    self.tr("Likely contributors"),
                    self.tr("Likely contributors (not a diagnosis):") + "\n" + "\n".join(lines),
                    self.parent_widget,
                ).exec()
        self.host.refocus()

    def edit_episode(self, episode: Episode | None) -> None:
        from cramp_coach.ui.journal_dialogs import EpisodeDialog

        dialog = EpisodeDialog(episode, self.wall(), self.parent_widget)
        if dialog.exec():
            f = dialog.fields()
            if episode is None:
                self.journal.submit(
                    lambda j: j.add_manual(f.started_at, None, f.reps, f.outcome, f.leg, f.note),
                    self.refresh,
                )
            else:
                episode_id = episode.id
                self.journal.submit(
                    lambda j: j.update(
                        episode_id,
                        started_at=f.started_at,
                        leg=f.leg,
                        note=f.note,
                        reps=f.reps,
                        outcome=f.outcome,
                    ),
                    self.refresh,
                )
        self.host.refocus()

    def delete_episode(self, episode: Episode) -> None:
        """Deletes at once, with Undo (Ctrl+Z) rather than a question in the way."""

        def deleted(gone: Episode) -> None:
            self._undo = gone
            when = gone.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
            line = fill(self.tr("Deleted the episode of %1. %2 undoes it."), when, hint("undo"))
            self.host.status(line, 15000)
            self.refresh()

        self.journal.submit(lambda j: j.delete(episode.id), deleted)

    def undo_delete(self) -> None:
        gone, self._undo = self._undo, None
        if gone is not None:
            self.journal.submit(lambda j: j.restore(gone), self.refresh)
            self.host.status(self.tr("The episode is back."), 5000)

    def choose_export(self) -> None:
        path, chosen = self.host.ask_save_path(
            self.tr("Export the journal"),
            "cramp-journal.csv",
            self.tr("CSV (*.csv);;JSON (*.json)"),
        )
        if path is not None:
            kind = "json" if path.suffix == ".json" or "JSON" in chosen else "csv"
            self.export(path.with_suffix(f".{kind}"), kind)

    def export(self, path: Path, kind: str) -> None:
        """Writes the journal (each episode with its step timeline) on the journal's thread."""

        def write(journal: Journal) -> str:
            episodes, sessions = journal.episodes(), journal.preventions()
            text = to_json(episodes, sessions) if kind == "json" else to_csv(episodes, sessions)
            write_file(path, text.encode("utf-8"))  # whole or not at all; readable by the user
            return str(path)

        self.journal.submit(
            write,
            lambda written: self.host.status(
                fill(self.tr("Exported the journal to %1"), written), 8000
            ),
        )
