"""Writes the journal off the GUI thread, and records each guided run as it happens.

`JournalWriter` runs every Journal call on one worker thread, in the order asked, so SQLite never
stalls the window; results come back on the GUI thread. `EpisodeRecorder` follows a
RoutineMachine and writes the episode step by step: a crash or a killed process leaves the steps
so far (marked unfinished), not nothing.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from cramp_coach.content.routine import StepKind
from cramp_coach.files import WriteError
from cramp_coach.journal.store import Episode, Journal, JournalError, SetDone

if TYPE_CHECKING:  # the state machine is loaded with the first routine, not with the journal
    from cramp_coach.routine.machine import RoutineMachine
    from cramp_coach.routine.session_player import Done, SessionPlayer

log = logging.getLogger(__name__)

T = TypeVar("T")


def utc_now() -> datetime:
    return datetime.now(UTC)


class JournalWriter(QObject):
    """One worker thread owns the Journal; calls queue up in order and never block the GUI.

    When the journal cannot be opened or written (a full disk, a read-only folder), nothing
    asked is lost: the calls wait in memory, in order, and are tried again every
    RETRY_SECONDS (and whenever something new is asked); `failed` says so once, `available`
    when they are written. `problem` is the line while it lasts.
    """

    RETRY_SECONDS = 10.0

    failed = Signal(str)  # one line: what went wrong with the journal
    opened = Signal(object)  # the Journal's moved_aside message (str) or None
    available = Signal()  # the journal is written again after `failed`, what waited included
    _result = Signal(object, object)  # (callback, result), delivered on the GUI thread
    _retry_later = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.problem: str | None = None  # why the journal cannot be written now; None when it can
        self._journal: Journal | None = None
        self._closed = False
        self._waiting: deque[_Job] = deque()  # only touched on the worker thread
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal")
        self._result.connect(lambda callback, value: callback(value))
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(int(self.RETRY_SECONDS * 1000))
        self._retry.timeout.connect(lambda: self._pool.submit(self._drain))
        self._retry_later.connect(self._retry.start)
        self._pool.submit(self._drain)

    @property
    def waiting(self) -> int:
        """How many calls wait to be written (the journal cannot be written now)."""
        return len(self._waiting)

    def submit(
        self, work: Callable[[Journal], T], then: Callable[[T], None] | None = None
    ) -> Future[Any]:
        """Runs work(journal) on the worker; `then(result)` runs afterwards on the GUI thread."""

        if self._closed:
            log.warning("journal already closed; not written: %s", work)
            return Future()

        def run() -> None:
            self._waiting.append(_Job(work, then))
            self._drain()

        return self._pool.submit(run)

    def flush(self) -> None:
        """Waits until everything asked so far is written, or waits in memory (for quitting,
        and for tests)."""
        if not self._closed:
            self._pool.submit(lambda: None).result()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._retry.stop()
        self._pool.submit(self._close)
        self._pool.shutdown(wait=True)

    # -- the worker thread --

    def _drain(self) -> None:
        """Opens the journal if need be, then runs what waits, in order; stops at the first
        call the disk refuses (it and those after it wait for the next try)."""
        if self._journal is None and not self._reopen():
            return
        journal = self._journal
        assert journal is not None
        while self._waiting:
            job = self._waiting[0]
            try:
                value = job.work(journal)
            except JournalError as error:  # a full disk or a read-only file: kept, tried again
                self._unavailable(str(error))
                return
            except WriteError as error:  # an export: the line names its file
                self._waiting.popleft()
                self.failed.emit(str(error))
                continue
            except Exception as error:  # a call this journal cannot take: said, and dropped
                log.exception("journal write failed")
                self._waiting.popleft()
                self.failed.emit(f"{self.path}: {error}")
                continue
            self._waiting.popleft()
            if job.then is not None:
                self._result.emit(job.then, value)
        if self.problem is not None:
            self.problem = None
            log.warning("the journal %s is written again", self.path)
            self.available.emit()

    def _reopen(self) -> bool:
        try:
            self._journal = Journal.open(self.path)
        except JournalError as error:
            self._unavailable(str(error))
            return False
        self.opened.emit(self._journal.moved_aside)
        return True

    def _unavailable(self, line: str) -> None:
        if self._closed:
            if self._waiting:
                log.error("%s; %d journal changes could not be written", line, self.waiting)
            return
        if self.problem is None:
            self.problem = line
            self.failed.emit(line)
        self._retry_later.emit()

    def _close(self) -> None:
        self._drain()  # a last try for what waits
        if self._journal is not None:
            self._journal.close()
            self._journal = None


@dataclass(frozen=True)
class _Job:
    work: Callable[[Journal], Any]
    then: Callable[[Any], None] | None


class _Anchored(QObject):
    """A recorder's times: the run's monotonic clock, anchored once to the wall clock, so the
    timeline has no jumps when the system clock is changed mid-run."""

    def __init__(
        self, owner: QObject, clock_now: float, writer: JournalWriter, wall: Callable[[], datetime]
    ) -> None:
        super().__init__(owner)  # lives as long as the run it records
        self.writer = writer
        self._wall0 = wall()
        self._mono0 = clock_now

    def at(self, monotonic: float) -> datetime:
        return self._wall0 + timedelta(seconds=monotonic - self._mono0)


class EpisodeRecorder(_Anchored):
    """Writes one run of the routine to the journal as it goes: start, each step, the end."""

    finished = Signal(int)  # the episode id, once its end is written
    # A run stopped before anything happened (an accidental start): its episode was taken out
    # of the journal again, so it never counts as a cramp; `keep()` puts it back.
    discarded = Signal()

    def __init__(
        self,
        machine: RoutineMachine,
        writer: JournalWriter,
        wall: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(machine, machine.clock.now(), writer, wall)
        self.machine = machine
        self._episode: list[int] = []  # filled on the worker thread, read only there
        self.episode_id: int | None = None
        self._started = False
        self._finished_state: tuple[object, ...] = ()
        self._reps = 0
        self._discarded: Episode | None = None
        machine.stepEntered.connect(self._on_step)
        machine.legChanged.connect(self._on_leg)
        machine.ended.connect(self._on_ended)

    def _on_step(self, step_id: str) -> None:
        at = self.at(self.machine.visits[-1].at)
        if not self._started:
            self._started = True
            self.writer.submit(lambda j: self._episode.append(j.start_episode(at)))
        self.writer.submit(lambda j: j.add_step(self._episode[0], step_id, at))
        reps = self.machine.progress.reps
        if reps != self._reps:  # kept current, so a run cut short still says how far it got
            self._reps = reps
            self.writer.submit(lambda j: j.update(self._episode[0], reps=reps))
        if self.machine.step.kind is StepKind.DONE:
            self._finish(self.machine.visits[-1].at)  # the summary is on screen: it is over

    def _on_leg(self, leg: str) -> None:
        if self._started:
            self.writer.submit(lambda j: j.update(self._episode[0], leg=leg))

    def _on_ended(self) -> None:
        self._finish(self.machine.ended_at or self.machine.clock.now())
        if self._started and self.machine.nothing_happened:
            self.writer.submit(lambda j: j.delete(self._episode[0]), self._was_discarded)

    def _was_discarded(self, episode: Episode) -> None:
        self._discarded = episode
        self.discarded.emit()

    @property
    def can_keep(self) -> bool:
        """Whether there is a discarded episode to put back (keep)."""
        return self._discarded is not None

    def keep(self) -> None:
        """The discarded run was a cramp after all: its episode goes back into the journal."""
        episode, self._discarded = self._discarded, None
        if episode is not None:
            self.writer.submit(lambda j: j.restore(episode))

    def _finish(self, monotonic: float) -> None:
        summary = self.machine.summary()
        # Written at Done, and again only if the run went on after it ("the cramp came back").
        state = (len(self.machine.visits), summary.outcome, summary.reps)
        if not self._started or state == self._finished_state:
            return
        self._finished_state = state
        ended = self.at(monotonic)
        outcome = summary.outcome.value
        reps = summary.reps

        def finish(journal: Journal) -> int:
            journal.finish_episode(self._episode[0], ended, reps, outcome)
            return self._episode[0]

        self.writer.submit(finish, self._finished)

    def _finished(self, episode_id: int) -> None:
        self.episode_id = episode_id
        self.finished.emit(episode_id)


class SessionRecorder(_Anchored):
    """Writes one prevention session to the journal as it goes: its start, each set done (so a
    crash keeps them, the session "unfinished"), and how it ended."""

    finished = Signal(int)  # the prevention session's id, once its end is written

    def __init__(
        self,
        player: SessionPlayer,
        writer: JournalWriter,
        wall: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(player, player.clock.now(), writer, wall)
        self.player = player
        self._id: list[int] = []  # filled on the worker thread, read only there
        session = player.session
        count = len(player.exercises)
        at = self.at(self._mono0)
        writer.submit(
            lambda j: self._id.append(j.start_prevention(session.id, session.name, at, count))
        )
        player.setDone.connect(self._on_set)
        player.ended.connect(self._on_ended)

    def _on_set(self, done: Done) -> None:
        entry = SetDone(
            done.exercise_number,
            done.exercise_id,
            done.set_number,
            done.side,
            done.reps,
            done.seconds,
            self.at(done.at),
        )
        self.writer.submit(lambda j: j.add_set(self._id[0], entry))

    def _on_ended(self) -> None:
        player = self.player
        ended = self.at(player.ended_at if player.ended_at is not None else player.clock.now())
        outcome = player.outcome

        def finish(journal: Journal) -> int:
            journal.finish_prevention(self._id[0], ended, outcome)
            return self._id[0]

        self.writer.submit(finish, self.finished.emit)
