"""The cramp journal on disk: episodes, their steps and causes in one SQLite file, free of Qt.

Every method that changes something is one transaction, committed (synchronous=FULL, WAL) before
it returns, so a routine that crashes or is killed keeps the steps written so far, marked
"unfinished". Times are stored as ISO-8601 text in UTC. The schema has a version
(PRAGMA user_version) and a list of migrations from version 1 on; a file this version cannot
use (damaged, from a newer version, or not a journal) is moved aside, never overwritten.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from types import TracebackType

from cramp_coach.content.routine import MAX_REPS  # reps: as many as any routine file may ask
from cramp_coach.files import private_file, private_folder
from cramp_coach.journal.rules import check_answers
from cramp_coach.routine.flow import Outcome

log = logging.getLogger(__name__)

UNFINISHED = "unfinished"  # the journal's own: a run still going, or cut short by a crash
FINISHED = tuple(outcome.value for outcome in Outcome)  # how the routine says a run ended
OUTCOMES = (*FINISHED, UNFINISHED)
LEGS = ("left", "right")
IO_TRIES = 3  # an I/O error while first opening, as apps start together: tried again this often
BUSY_SECONDS = 15.0  # how long to wait for another process's hold on the file


@dataclass(frozen=True)
class StepEntry:
    """One routine step the user reached, and when (timezone-aware, UTC)."""

    step_id: str
    at: datetime


@dataclass(frozen=True)
class Episode:
    """One cramp: when, which leg, how the routine went, the user's note and "why" answers."""

    id: int
    started_at: datetime
    ended_at: datetime | None
    leg: str | None
    reps: int
    outcome: str
    note: str
    manual: bool  # added by hand afterwards, not recorded by a guided routine
    steps: tuple[StepEntry, ...]
    causes: frozenset[str]

    @property
    def finished(self) -> bool:
        return self.ended_at is not None


PREVENTION_OUTCOMES = ("complete", "partial", "interrupted", UNFINISHED)  # partial: stopped or
# an exercise skipped; interrupted: "I have a cramp now" ended it (the cramp routine followed)
SIDES = (*LEGS, None)  # a set's side: one leg at a time, or both legs (None)


@dataclass(frozen=True)
class SetDone:
    """One set (or one leg's part of it) done in a prevention session: reps counted, or the
    seconds held or moved."""

    exercise_number: int  # its place in the session, from 1 (the same exercise may come twice)
    exercise_id: str
    set_number: int
    side: str | None
    reps: int
    seconds: int
    at: datetime  # when it ended


@dataclass(frozen=True)
class PreventionSession:
    """One prevention session, complete or not: what was planned and each set done."""

    id: int
    session_id: str
    name: str
    started_at: datetime
    ended_at: datetime | None
    outcome: str
    exercises: int  # how many the session has
    sets: tuple[SetDone, ...]

    @property
    def exercises_done(self) -> int:
        """How many of its exercises had at least one set done."""
        return len({done.exercise_number for done in self.sets})


class JournalError(Exception):
    """The journal file cannot be opened or written; the message is one line naming the file."""


class _Keep:
    """The type of KEEP: "leave this field as it is" where None is a real value."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


def _create_v1(db: sqlite3.Connection) -> None:
    # AUTOINCREMENT: a deleted episode's id is never handed out again, so undo can restore it.
    db.execute(
        """CREATE TABLE episode (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            leg TEXT,
            reps INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            manual INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """CREATE TABLE step (
            id INTEGER PRIMARY KEY,
            episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
            step_id TEXT NOT NULL,
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX step_by_episode ON step (episode_id, id)")
    db.execute(
        """CREATE TABLE cause (
            episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
            cause_id TEXT NOT NULL,
            PRIMARY KEY (episode_id, cause_id)
        )"""
    )
    db.execute("CREATE INDEX episode_by_start ON episode (started_at)")


# MIGRATIONS[n] takes a journal from version n to n + 1, inside the one transaction that also
# sets PRAGMA user_version; append, never edit, so every old file can still be brought up to date.
def _add_prevention_v2(db: sqlite3.Connection) -> None:
    """The prevention log beside the episodes (issue 19): nothing of version 1 changes."""
    db.execute(
        """CREATE TABLE prevention (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id TEXT NOT NULL,
            name TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            outcome TEXT NOT NULL,
            exercises INTEGER NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE prevention_set (
            id INTEGER PRIMARY KEY,
            prevention_id INTEGER NOT NULL REFERENCES prevention (id) ON DELETE CASCADE,
            exercise_number INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            set_number INTEGER NOT NULL,
            side TEXT,
            reps INTEGER NOT NULL,
            seconds INTEGER NOT NULL,
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX prevention_set_by_session ON prevention_set (prevention_id, id)")
    db.execute("CREATE INDEX prevention_by_start ON prevention (started_at)")


Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = [_create_v1, _add_prevention_v2]


def schema_version() -> int:
    """The journal version this code writes (and the newest it can read)."""
    return len(MIGRATIONS)


class Journal:
    """The open journal file; every change is committed before the method returns."""

    def __init__(self, path: Path, db: sqlite3.Connection, moved_aside: str | None) -> None:
        self.path = path
        self.moved_aside = moved_aside
        self._db = db
        # What the last `episodes()` left out because it cannot be read (a row changed by
        # another program): one line each, naming the file and the row.
        self.unreadable: list[str] = []

    @classmethod
    def open(cls, path: Path) -> Journal:
        """Opens (or creates) the journal, bringing an older schema up to date. A damaged file,
        one from a newer version or one that is not a journal is moved aside and a fresh journal
        started; `moved_aside` then says so in one line. Raises JournalError if it cannot."""
        path = Path(path)
        try:
            private_folder(path.parent)
        except OSError as error:
            raise JournalError(
                f"{path}: cannot create the journal's folder: {error.strerror or error}"
            ) from None
        moved_aside = None
        if path.is_file():
            unusable = _unusable(path)
            if unusable is not None:
                kind, why = unusable
                aside = _move_aside(path, kind)
                moved_aside = (
                    f"The journal {path} {why}; it was moved to {aside} "
                    "and a new, empty journal was started."
                )
                log.info("%s", moved_aside)  # the caller tells the user
        try:
            # Made (or kept) readable by the user alone; SQLite gives its -wal and -shm files
            # the journal's own permissions.
            for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
                private_file(path.with_name(name), create=name == path.name)
        except OSError as error:
            raise JournalError(
                f"{path}: cannot open the journal: {error.strerror or error}"
            ) from None
        try:
            # Waits for another app's transaction up to BUSY_SECONDS (off the GUI thread).
            db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_SECONDS)
        except sqlite3.Error as error:
            raise JournalError(f"{path}: cannot open the journal: {error}") from None
        # SQLite answers "database is locked" at once, without waiting, when several apps
        # switch a new file to WAL together (or one recovers it while another opens), and now
        # and then "disk I/O error" while another makes the shared-memory file: those steps
        # are tried again, up to BUSY_SECONDS while locked (measured: 1 of 24 simultaneous
        # first starts failed without this), and IO_TRIES times on an I/O error (a full disk
        # says so too, and is reported at once after those).
        deadline = time.monotonic() + BUSY_SECONDS
        io_tries = IO_TRIES
        while True:
            try:
                _prepare(db, path)
                break
            except sqlite3.OperationalError as error:
                io_error = "disk I/O error" in str(error)
                io_tries -= io_error
                passing = "locked" in str(error) or (io_error and io_tries > 0)
                if not passing or time.monotonic() > deadline:
                    db.close()
                    raise JournalError(f"{path}: cannot open the journal: {error}") from None
                time.sleep(random.uniform(0.01, 0.05))
            except sqlite3.Error as error:
                db.close()
                raise JournalError(f"{path}: cannot open the journal: {error}") from None
        return cls(path, db, moved_aside)

    @classmethod
    def open_read_only(cls, path: Path) -> Journal:
        """Opens the journal only to read it, changing nothing on the disk: for a journal in a
        folder or on a disk that takes no writes. Raises JournalError if it cannot be read."""
        uri = Path(path).resolve().as_uri()
        problem: object = "no journal there"
        # A journal in WAL mode needs its -shm file, which a read-only folder cannot take: read
        # as immutable then (nothing else can be writing to it there).
        for query in ("mode=ro", "mode=ro&immutable=1"):
            if not Path(path).is_file():
                break
            try:
                db = sqlite3.connect(
                    f"{uri}?{query}", uri=True, isolation_level=None, timeout=BUSY_SECONDS
                )
            except sqlite3.Error as error:
                problem = error
                continue
            try:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if 1 <= version <= schema_version():  # an older one has no prevention log yet
                    db.execute(f"{_SELECT} LIMIT 1").fetchall()
                    return cls(path, db, None)
                problem = f"journal version {version}, this version reads 1 to {schema_version()}"
            except sqlite3.Error as error:
                problem = error
            db.close()
        raise JournalError(f"{path}: cannot read the journal: {problem}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        self.close()

    # -- recording a guided routine as it goes --

    def start_episode(self, started_at: datetime, leg: str | None = None) -> int:
        """A new episode, "unfinished" until finish_episode; returns its id."""
        values = (_stamp("started_at", started_at), _leg(leg))
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO episode (started_at, leg, outcome) VALUES (?, ?, ?)",
                (*values, UNFINISHED),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def add_step(self, episode_id: int, step_id: str, at: datetime) -> None:
        """Records that the routine reached this step at this time."""
        values = (episode_id, _step_id(step_id), _stamp("at", at))
        with self._write() as db:
            self._must_exist(db, episode_id)
            db.execute("INSERT INTO step (episode_id, step_id, at) VALUES (?, ?, ?)", values)

    def finish_episode(self, episode_id: int, ended_at: datetime, reps: int, outcome: str) -> None:
        """Ends the episode with the routine's outcome (any outcome but "unfinished")."""
        with self._write() as db:
            started = self._must_exist(db, episode_id)
            db.execute(
                "UPDATE episode SET ended_at = ?, reps = ?, outcome = ? WHERE id = ?",
                (
                    _stamp("ended_at", ended_at, after=started),
                    _reps(reps),
                    _outcome(outcome, FINISHED),
                    episode_id,
                ),
            )

    # -- the user's own entries and edits --

    def add_manual(
        self,
        started_at: datetime,
        ended_at: datetime | None,
        reps: int,
        outcome: str,
        leg: str | None = None,
        note: str = "",
    ) -> int:
        """A past episode the user adds by hand; returns its id."""
        values = (
            _stamp("started_at", started_at),
            None if ended_at is None else _stamp("ended_at", ended_at, after=started_at),
            _leg(leg),
            _reps(reps),
            _outcome(outcome),
            _note(note),
        )
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO episode (started_at, ended_at, leg, reps, outcome, note, manual)"
                " VALUES (?, ?, ?, ?, ?, ?, 1)",
                values,
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def update(
        self,
        episode_id: int,
        *,
        started_at: datetime | None = None,
        ended_at: datetime | _Keep | None = KEEP,
        leg: str | _Keep | None = KEEP,
        note: str | None = None,
        reps: int | None = None,
        outcome: str | None = None,
    ) -> None:
        """Changes the given fields; None (or KEEP for leg and ended_at) leaves one as it is."""
        changes: dict[str, object] = {}
        if started_at is not None:
            changes["started_at"] = _stamp("started_at", started_at)
        if not isinstance(leg, _Keep):
            changes["leg"] = _leg(leg)
        if note is not None:
            changes["note"] = _note(note)
        if reps is not None:
            changes["reps"] = _reps(reps)
        if outcome is not None:
            changes["outcome"] = _outcome(outcome)
        with self._write() as db:
            self._must_exist(db, episode_id)
            if not isinstance(ended_at, _Keep):
                changes["ended_at"] = None if ended_at is None else _stamp("ended_at", ended_at)
            if not changes:
                return
            columns = ", ".join(f"{name} = ?" for name in changes)  # names are ours, not input
            db.execute(
                f"UPDATE episode SET {columns} WHERE id = ?", (*changes.values(), episode_id)
            )
            start, end = db.execute(
                "SELECT started_at, ended_at FROM episode WHERE id = ?", (episode_id,)
            ).fetchone()
            if end is not None and end < start:  # same-width UTC text sorts as time does
                raise ValueError(f"ended_at must not be before started_at, got {end} < {start}")

    def set_causes(self, episode_id: int, causes: Iterable[str]) -> None:
        """Replaces the episode's "why" answers (ids from rules.CAUSES)."""
        answers = sorted(check_answers(causes))
        with self._write() as db:
            self._must_exist(db, episode_id)
            db.execute("DELETE FROM cause WHERE episode_id = ?", (episode_id,))
            db.executemany(
                "INSERT INTO cause (episode_id, cause_id) VALUES (?, ?)",
                [(episode_id, cause) for cause in answers],
            )

    def delete(self, episode_id: int) -> Episode:
        """Deletes the episode with its steps and causes; returns it, for undo (restore)."""
        with self._write() as db:
            episode = self._read(db, episode_id)
            db.execute("DELETE FROM episode WHERE id = ?", (episode_id,))
        return episode

    def restore(self, episode: Episode) -> None:
        """Puts a deleted episode back, with the same id, steps and causes."""
        checked = _EpisodeRows(episode)
        with self._write() as db:
            if db.execute("SELECT 1 FROM episode WHERE id = ?", (episode.id,)).fetchone():
                raise ValueError(f"id: episode {episode.id} is already in the journal")
            checked.insert(db, episode.id)

    # -- the prevention log --

    def start_prevention(
        self, session_id: str, name: str, started_at: datetime, exercises: int
    ) -> int:
        """A new prevention session, "unfinished" until finish_prevention; returns its id."""
        values = (_text("session_id", session_id), _text("name", name))
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO prevention (session_id, name, started_at, outcome, exercises)"
                " VALUES (?, ?, ?, ?, ?)",
                (*values, _stamp("started_at", started_at), UNFINISHED, _count(exercises)),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def add_set(self, prevention_id: int, done: SetDone) -> None:
        """Records one set (or one leg's part of it) done in the session."""
        row = _set_row(prevention_id, done)
        with self._write() as db:
            self._must_exist(db, prevention_id, "prevention")
            db.execute(
                f"INSERT INTO prevention_set {_SET_COLUMNS} VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row
            )

    def finish_prevention(self, prevention_id: int, ended_at: datetime, outcome: str) -> None:
        with self._write() as db:
            started = self._must_exist(db, prevention_id, "prevention")
            db.execute(
                "UPDATE prevention SET ended_at = ?, outcome = ? WHERE id = ?",
                (
                    _stamp("ended_at", ended_at, after=started),
                    _outcome(outcome, PREVENTION_OUTCOMES[:-1]),
                    prevention_id,
                ),
            )

    def preventions(self) -> list[PreventionSession]:
        """Every prevention session, newest first, with its sets in the order done."""
        db = self._db
        if not db.execute(
            "SELECT 1 FROM sqlite_schema WHERE name = 'prevention'"
        ).fetchone():  # a journal from before the prevention log, opened read-only
            return []
        sets: dict[int, list[SetDone]] = {}
        for row in db.execute(
            f"SELECT prevention_id, {_SET_FIELDS} FROM prevention_set ORDER BY prevention_id, id"
        ):
            try:
                sets.setdefault(row[0], []).append(_set_done(row[1:]))
            except (TypeError, ValueError) as error:
                self._skip(f"a set of prevention session {row[0]}: {error}")
        found = []
        for row in db.execute(f"{_SELECT_PREVENTION} ORDER BY started_at DESC, id DESC").fetchall():
            try:
                found.append(_prevention(row, sets.get(row[0], [])))
            except (TypeError, ValueError) as error:
                self._skip(f"prevention session {row[0]}: {error}")
        return found

    def sessions_done_in_week(
        self, day: date, zone: tzinfo | None = None, complete_only: bool = False
    ) -> int:
        """How many prevention sessions were done in the week (Monday to Sunday, in `zone`:
        by default the local time zone) that holds `day`: each with at least one set done, or
        only those done to the end (`complete_only`). For adherence against the plan."""
        monday = day - timedelta(days=day.weekday())
        begin = datetime.combine(monday, datetime.min.time()).replace(tzinfo=zone)
        if zone is None:
            begin = begin.replace(tzinfo=None).astimezone()
        end = begin + timedelta(days=7)
        sessions = self.preventions()
        return sum(
            1
            for session in sessions
            if begin <= session.started_at < end
            and session.sets
            and (session.outcome == "complete" or not complete_only)
        )

    def merge(
        self, episodes: Iterable[Episode], sessions: Iterable[PreventionSession]
    ) -> tuple[int, int]:
        """Adds the episodes and prevention sessions (an export read back) that the journal
        does not have yet, in one transaction: all or, on any bad field (ValueError naming
        it), nothing. An episode is the same as one that started at the same moment; a session
        as one of the same session that started at the same moment. Each keeps its id when
        that is free. Returns how many episodes and sessions were added."""
        episode_rows = [(e, _EpisodeRows(e)) for e in episodes]
        session_rows = [(s, _prevention_row(s), [_set_row(0, d) for d in s.sets]) for s in sessions]
        added = [0, 0]
        with self._write() as db:
            for episode, checked in episode_rows:
                start = checked.row[1]
                if db.execute("SELECT 1 FROM episode WHERE started_at = ?", (start,)).fetchone():
                    continue
                taken = db.execute("SELECT 1 FROM episode WHERE id = ?", (episode.id,)).fetchone()
                checked.insert(db, None if taken else episode.id)
                added[0] += 1
            for session, row, sets in session_rows:
                same = "SELECT 1 FROM prevention WHERE session_id = ? AND started_at = ?"
                if db.execute(same, (row[0], row[2])).fetchone():
                    continue
                free = not db.execute(
                    "SELECT 1 FROM prevention WHERE id = ?", (session.id,)
                ).fetchone()
                cursor = db.execute(
                    "INSERT INTO prevention (id, session_id, name, started_at, ended_at, outcome,"
                    " exercises) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (session.id if free else None, *row),
                )
                new_id = cursor.lastrowid
                db.executemany(
                    f"INSERT INTO prevention_set {_SET_COLUMNS} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(new_id, *done[1:]) for done in sets],
                )
                added[1] += 1
        return added[0], added[1]

    # -- reading --

    def episodes(self) -> list[Episode]:
        """Every episode, newest first, with its steps (in order) and causes."""
        db = self._db
        self.unreadable = []
        steps: dict[int, list[StepEntry]] = {}
        for episode_id, step_id, at in db.execute(
            "SELECT episode_id, step_id, at FROM step ORDER BY episode_id, id"
        ):
            try:
                steps.setdefault(episode_id, []).append(StepEntry(step_id, _time(at)))
            except (TypeError, ValueError):
                self._skip(f"a step of episode {episode_id} has the time {at!r}")
        causes: dict[int, set[str]] = {}
        for episode_id, cause in db.execute("SELECT episode_id, cause_id FROM cause"):
            causes.setdefault(episode_id, set()).add(cause)
        episodes = []
        for row in db.execute(f"{_SELECT} ORDER BY started_at DESC, id DESC").fetchall():
            try:
                episodes.append(_episode(row, steps.get(row[0], []), causes.get(row[0], set())))
            except (TypeError, ValueError) as error:  # written by hand or by another program
                self._skip(f"episode {row[0]}: {error}")
        return episodes

    def _skip(self, what: str) -> None:
        line = f"{self.path}: {what}; left out"
        log.info("%s", line)  # the caller tells the user
        self.unreadable.append(line)

    def episode(self, episode_id: int) -> Episode:
        """One episode; KeyError if there is none with this id."""
        return self._read(self._db, episode_id)

    # -- inside --

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: committed if the block ends normally, rolled back if it raises."""
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as error:  # disk full, read-only, locked too long
            raise JournalError(f"{self.path}: cannot write to the journal: {error}") from None

    @staticmethod
    def _must_exist(db: sqlite3.Connection, row_id: int, table: str = "episode") -> datetime:
        row = db.execute(f"SELECT started_at FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            what = "episode" if table == "episode" else "prevention session"
            raise KeyError(f"{what} {row_id} is not in the journal")
        return _time(row[0])

    @staticmethod
    def _read(db: sqlite3.Connection, episode_id: int) -> Episode:
        row = db.execute(f"{_SELECT} WHERE id = ?", (episode_id,)).fetchone()
        if row is None:
            raise KeyError(f"episode {episode_id} is not in the journal")
        steps = [
            StepEntry(step_id, _time(at))
            for step_id, at in db.execute(
                "SELECT step_id, at FROM step WHERE episode_id = ? ORDER BY id", (episode_id,)
            )
        ]
        causes = {
            cause
            for (cause,) in db.execute(
                "SELECT cause_id FROM cause WHERE episode_id = ?", (episode_id,)
            )
        }
        return _episode(row, steps, causes)


_SELECT = "SELECT id, started_at, ended_at, leg, reps, outcome, note, manual FROM episode"


class _EpisodeRows:
    """An episode's checked rows (ValueError naming a bad field), to insert under an id."""

    def __init__(self, episode: Episode) -> None:
        self.row = (
            episode.id,
            _stamp("started_at", episode.started_at),
            None
            if episode.ended_at is None
            else _stamp("ended_at", episode.ended_at, after=episode.started_at),
            _leg(episode.leg),
            _reps(episode.reps),
            _outcome(episode.outcome),
            _note(episode.note),
            int(episode.manual),
        )
        self.steps = [(_step_id(step.step_id), _stamp("at", step.at)) for step in episode.steps]
        self.causes = sorted(check_answers(episode.causes))

    def insert(self, db: sqlite3.Connection, episode_id: int | None) -> None:
        """Inserts it with this id (None: a new one)."""
        cursor = db.execute(
            "INSERT INTO episode (id, started_at, ended_at, leg, reps, outcome, note, manual)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (episode_id, *self.row[1:]),
        )
        new_id = cursor.lastrowid
        db.executemany(
            "INSERT INTO step (episode_id, step_id, at) VALUES (?, ?, ?)",
            [(new_id, *step) for step in self.steps],
        )
        db.executemany(
            "INSERT INTO cause (episode_id, cause_id) VALUES (?, ?)",
            [(new_id, cause) for cause in self.causes],
        )


_SELECT_PREVENTION = (
    "SELECT id, session_id, name, started_at, ended_at, outcome, exercises FROM prevention"
)
_SET_FIELDS = "exercise_number, exercise_id, set_number, side, reps, seconds, at"
_SET_COLUMNS = f"(prevention_id, {_SET_FIELDS})"
MAX_SET_REPS = 100  # as many as an exercise file may ask (content.exercises)
MAX_SET_SECONDS = 60 * 60
MAX_COUNT = 100  # exercises in a session, sets of one: far more than any file may ask


def _set_row(prevention_id: int, done: SetDone) -> tuple[object, ...]:
    """The checked values of one set, for INSERT; ValueError naming the field."""
    return (
        prevention_id,
        _count(done.exercise_number, "exercise_number", 1),
        _text("exercise_id", done.exercise_id),
        _count(done.set_number, "set_number", 1),
        _side(done.side),
        _count(done.reps, "reps", 0, MAX_SET_REPS),
        _count(done.seconds, "seconds", 0, MAX_SET_SECONDS),
        _stamp("at", done.at),
    )


def _prevention_row(session: PreventionSession) -> tuple[object, ...]:
    return (
        _text("session_id", session.session_id),
        _text("name", session.name),
        _stamp("started_at", session.started_at),
        None
        if session.ended_at is None
        else _stamp("ended_at", session.ended_at, after=session.started_at),
        _outcome(session.outcome, PREVENTION_OUTCOMES),
        _count(session.exercises, "exercises"),
    )


def _set_done(row: tuple[object, ...]) -> SetDone:
    number, exercise_id, set_number, side, reps, seconds, at = row
    if not isinstance(at, str) or not isinstance(exercise_id, str):
        raise ValueError(f"exercise {exercise_id!r} at {at!r} is not what the journal keeps")
    done = SetDone(number, exercise_id, set_number, side, reps, seconds, _time(at))  # type: ignore[arg-type]
    _set_row(0, done)  # every field checked as when written
    return done


def _prevention(row: tuple[object, ...], sets: list[SetDone]) -> PreventionSession:
    prevention_id, session_id, name, started_at, ended_at, outcome, exercises = row
    if not isinstance(started_at, str) or not (ended_at is None or isinstance(ended_at, str)):
        raise ValueError(f"the times {started_at!r}, {ended_at!r} are not what the journal keeps")
    session = PreventionSession(
        id=prevention_id,  # type: ignore[arg-type]
        session_id=session_id,  # type: ignore[arg-type]
        name=name,  # type: ignore[arg-type]
        started_at=_time(started_at),
        ended_at=None if ended_at is None else _time(ended_at),
        outcome=outcome,  # type: ignore[arg-type]
        exercises=exercises,  # type: ignore[arg-type]
        sets=tuple(sets),
    )
    if not isinstance(session.id, int):
        raise ValueError(f"id {session.id!r} is not what the journal keeps there")
    _prevention_row(session)  # every field checked as when written
    return session


def _episode(row: tuple[object, ...], steps: list[StepEntry], causes: set[str]) -> Episode:
    """The episode in a row; ValueError (naming the field) for a row this app did not write."""
    episode_id, started_at, ended_at, leg, reps, outcome, note, manual = row
    for name, value, kinds in (
        ("id", episode_id, (int,)),
        ("started_at", started_at, (str,)),
        ("ended_at", ended_at, (str, type(None))),
        ("leg", leg, (str, type(None))),
        ("reps", reps, (int,)),
        ("outcome", outcome, (str,)),
        ("note", note, (str,)),
    ):
        if not isinstance(value, kinds):
            raise ValueError(f"{name} {value!r} is not what the journal keeps there")
    assert isinstance(episode_id, int) and isinstance(started_at, str)
    assert isinstance(reps, int) and isinstance(outcome, str) and isinstance(note, str)
    assert ended_at is None or isinstance(ended_at, str)
    assert leg is None or isinstance(leg, str)
    return Episode(
        id=episode_id,
        started_at=_time(started_at),
        ended_at=None if ended_at is None else _time(ended_at),
        leg=leg,
        reps=reps,
        outcome=outcome,
        note=note,
        manual=bool(manual),
        steps=tuple(steps),
        causes=frozenset(causes),
    )


def _prepare(db: sqlite3.Connection, path: Path) -> None:
    """WAL, durability, foreign keys and the schema, on a journal just opened."""
    # WAL is kept in the file: only its first opening switches (which needs the file to
    # itself: apps starting at once would wait on each other for nothing).
    mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal":
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode != "wal":  # e.g. a file system without shared memory: still safe, slower
        log.warning("%s: WAL mode not available, using %s", path, mode)
    db.execute("PRAGMA synchronous = FULL")  # durable when a change returns
    db.execute("PRAGMA foreign_keys = ON")
    _migrate(db)


def _migrate(db: sqlite3.Connection) -> None:
    """Brings the file up to schema_version() in one transaction, so a failed migration leaves
    the file as it was."""
    if db.execute("PRAGMA user_version").fetchone()[0] >= len(MIGRATIONS):
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        # Read again inside the write transaction: another app starting at the same moment may
        # have brought the file up to date since ("table episode already exists", 13 of 60).
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, len(MIGRATIONS)):
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _unusable(path: Path) -> tuple[str, str] | None:
    """Why this existing file cannot be used as the journal, as (suffix kind, reason), or None."""
    try:
        # Read-only, so looking does not change the file (no checkpoint of its WAL on close).
        db = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            timeout=BUSY_SECONDS,
        )
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > schema_version():
                return (
                    "newer",
                    f"was written by a newer version of Cramp Coach (journal version {version}, "
                    f"this version reads up to {schema_version()})",
                )
            check = db.execute("PRAGMA integrity_check").fetchall()
            if check != [("ok",)]:
                return "corrupt", f"is damaged ({check[0][0]})"
            tables = db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
            if version == 0 and tables:
                return "unknown", "is a database but not a Cramp Coach journal"
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        # Only "not a database" and "malformed" mean a damaged file; locked or unreadable files
        # are left where they are and reported.
        if error.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            raise JournalError(f"{path}: cannot open the journal: {error}") from None
        return "corrupt", f"is damaged and cannot be read ({error})"
    return None


def _move_aside(path: Path, kind: str) -> Path:
    """Renames the file (and its WAL files, so it can still be opened) to a free
    "<name>.<kind>-YYYYmmdd-HHMMSS" beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{kind}-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.{kind}-{stamp}-{number}")
    try:
        path.rename(aside)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.rename(aside.with_name(aside.name + suffix))
    except OSError as error:
        raise JournalError(
            f"{path}: cannot be used and cannot be moved aside: {error.strerror or error}"
        ) from None
    return aside


def _stamp(name: str, value: datetime, after: datetime | None = None) -> str:
    """A timezone-aware time as fixed-width ISO-8601 UTC text (so text order is time order)."""
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")
    if after is not None and value < after:
        raise ValueError(f"{name} must not be before started_at, got {value.isoformat()}")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _time(text: str) -> datetime:
    """A stored time; ValueError naming it when it is not one (e.g. 'yesterday')."""
    try:
        return datetime.fromisoformat(text).astimezone(UTC)
    except (TypeError, ValueError):
        raise ValueError(f"{text!r} is not a time") from None


def _leg(value: str | None) -> str | None:
    if value is not None and value not in LEGS:
        raise ValueError(f"leg must be 'left', 'right' or None, got {value!r}")
    return value


def _reps(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_REPS:
        raise ValueError(f"reps must be a whole number 0..{MAX_REPS}, got {value!r}")
    return value


def _outcome(value: str, allowed: Iterable[str] = OUTCOMES) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise ValueError(f"outcome must be one of {', '.join(allowed)}; got {value!r}")
    return value


def _text(name: str, value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be non-empty text, got {value!r}")
    return value


def _count(value: int, name: str = "exercises", low: int = 1, high: int = MAX_COUNT) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"{name} must be a whole number {low}..{high}, got {value!r}")
    return value


def _side(value: str | None) -> str | None:
    if value not in SIDES:
        raise ValueError(f"side must be 'left', 'right' or None, got {value!r}")
    return value


def _note(value: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"note must be text, got {value!r}")
    return value


def _step_id(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"step_id must be non-empty text, got {value!r}")
    return value
