"""The journal file: written as a routine goes, survives a killed process, edits and undo, schema
versions, and a damaged or newer file moved aside rather than overwritten. Real SQLite files."""

from __future__ import annotations

import os
import re
import select
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from cramp_coach.content.routine import MAX_REPS
from cramp_coach.journal import store
from cramp_coach.journal.store import KEEP, Episode, Journal, JournalError, StepEntry
from tests.other_user import as_other, shared_folder

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 11, 25, 12, 5, 1, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cramp-coach" / "journal.db"


@pytest.fixture
def journal(path: Path) -> Iterator[Journal]:
    journal = Journal.open(path)
    yield journal
    journal.close()


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    """What another process reading the file would see."""
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def guided(journal: Journal) -> int:
    episode = journal.start_episode(at(0), leg="right")
    for seconds, step in ((0, "stop"), (8, "position"), (15, "hold"), (45, "check")):
        journal.add_step(episode, step, at(seconds))
    journal.finish_episode(episode, at(60), reps=1, outcome="eased")
    journal.set_causes(episode, ["little_water", "stayed"])
    return episode


# -- the file --


def test_open_creates_the_folder_and_a_wal_journal_at_the_current_version(path: Path) -> None:
    with Journal.open(path) as journal:
        assert journal.path == path
        assert journal.moved_aside is None
        assert path.is_file()
        assert raw(path, "PRAGMA journal_mode") == [("wal",)]
        assert raw(path, "PRAGMA user_version") == [(store.schema_version(),)]
        assert store.schema_version() == len(store.MIGRATIONS) >= 1


def test_an_empty_file_becomes_a_journal(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    with Journal.open(path) as journal:
        assert journal.moved_aside is None
        journal.start_episode(T0)
        assert len(journal.episodes()) == 1


def test_a_folder_that_cannot_be_created_is_one_line_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the folder should be")
    target = tmp_path / "data" / "journal.db"
    with pytest.raises(JournalError) as caught:
        Journal.open(target)
    assert str(target) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_folder_in_place_of_the_file_is_a_journal_error(tmp_path: Path) -> None:
    (tmp_path / "journal.db").mkdir()
    with pytest.raises(JournalError, match=re.escape(str(tmp_path / "journal.db"))):
        Journal.open(tmp_path / "journal.db")
    assert (tmp_path / "journal.db").is_dir()


def test_reopening_keeps_everything(path: Path) -> None:
    with Journal.open(path) as journal:
        guided(journal)
        journal.add_manual(at(-86400), at(-86300), 3, "prolonged", leg="left", note="hill run")
        before = journal.episodes()
    with Journal.open(path) as journal:
        assert journal.episodes() == before
        assert journal.moved_aside is None


# -- recording a routine --


def test_a_guided_episode_is_on_disk_after_every_step(journal: Journal, path: Path) -> None:
    episode = journal.start_episode(at(0), leg="right")
    assert raw(path, "SELECT outcome, ended_at FROM episode") == [("unfinished", None)]
    journal.add_step(episode, "stop", at(0))
    journal.add_step(episode, "position", at(8))
    assert raw(path, "SELECT step_id FROM step ORDER BY id") == [("stop",), ("position",)]
    journal.finish_episode(episode, at(60), reps=2, outcome="prolonged")
    assert raw(path, "SELECT outcome, reps FROM episode") == [("prolonged", 2)]

    saved = journal.episode(episode)
    assert saved == Episode(
        id=episode,
        started_at=at(0),
        ended_at=at(60),
        leg="right",
        reps=2,
        outcome="prolonged",
        note="",
        manual=False,
        steps=(StepEntry("stop", at(0)), StepEntry("position", at(8))),
        causes=frozenset(),
    )
    assert saved.finished
    assert all(step.at.tzinfo is not None for step in saved.steps)


def test_times_are_stored_as_iso_utc_text(journal: Journal, path: Path) -> None:
    plus_two = timezone(timedelta(hours=2))
    episode = journal.start_episode(datetime(2026, 11, 25, 14, 5, 1, tzinfo=plus_two))
    assert raw(path, "SELECT started_at FROM episode") == [("2026-11-25T12:05:01.000000+00:00",)]
    assert journal.episode(episode).started_at == T0
    assert journal.episode(episode).started_at.utcoffset() == timedelta(0)


def test_a_process_killed_mid_routine_leaves_the_steps_so_far(path: Path) -> None:
    helper = Path(__file__).with_name("killed_mid_episode.py")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(helper), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        readable, _, _ = select.select([child.stdout], [], [], 20)
        assert readable, "the helper never said ready"
        line = child.stdout.readline()
        assert line.startswith("ready"), child.stderr.read() if child.stderr else line
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()

    with Journal.open(path) as journal:
        assert journal.moved_aside is None
        (episode,) = journal.episodes()
    assert episode.id == int(line.split()[1])
    assert episode.outcome == "unfinished"
    assert not episode.finished
    assert episode.leg == "left"
    assert [(s.step_id, s.at) for s in episode.steps] == [("stop", at(0)), ("position", at(12))]


# -- the user's own entries and edits --


def test_episodes_are_newest_first_and_manual_ones_are_marked(journal: Journal) -> None:
    old = journal.add_manual(at(-7 * 86400), None, 0, "unanswered", note="at night")
    new = guided(journal)
    middle = journal.add_manual(at(-86400), at(-86400 + 90), 3, "eased", leg="left")
    episodes = journal.episodes()
    assert [e.id for e in episodes] == [new, middle, old]
    assert [e.manual for e in episodes] == [False, True, True]
    assert episodes[2].note == "at night" and not episodes[2].finished


def test_update_changes_only_the_given_fields(journal: Journal) -> None:
    episode = guided(journal)
    journal.update(episode, note="after 10 km", reps=3)
    changed = journal.episode(episode)
    assert (changed.note, changed.reps, changed.leg, changed.outcome) == (
        "after 10 km",
        3,
        "right",
        "eased",
    )
    journal.update(episode, leg=KEEP, outcome="prolonged", started_at=at(-30))
    changed = journal.episode(episode)
    assert (changed.leg, changed.outcome, changed.started_at) == ("right", "prolonged", at(-30))
    journal.update(episode, leg=None)
    assert journal.episode(episode).leg is None
    journal.update(episode, ended_at=None)
    assert not journal.episode(episode).finished


def test_an_update_that_would_end_before_it_started_changes_nothing(journal: Journal) -> None:
    episode = guided(journal)
    before = journal.episode(episode)
    with pytest.raises(ValueError, match="ended_at"):
        journal.update(episode, started_at=at(3600), note="lost")
    assert journal.episode(episode) == before


def test_set_causes_replaces_the_answers(journal: Journal, path: Path) -> None:
    episode = guided(journal)
    journal.set_causes(episode, ["spread", "hot_weather"])
    assert journal.episode(episode).causes == {"spread", "hot_weather"}
    journal.set_causes(episode, [])
    assert journal.episode(episode).causes == frozenset()
    assert raw(path, "SELECT count(*) FROM cause") == [(0,)]


@pytest.mark.parametrize(
    ("causes", "message"),
    [(["thirst"], "unknown cause 'thirst'"), (["spread", "stayed"], "not both")],
)
def test_bad_causes_are_refused_and_change_nothing(
    journal: Journal, causes: list[str], message: str
) -> None:
    episode = guided(journal)
    with pytest.raises(ValueError, match=message):
        journal.set_causes(episode, causes)
    assert journal.episode(episode).causes == {"little_water", "stayed"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda j, e: j.finish_episode(e, at(60), 1, "cured"), "outcome"),
        (lambda j, e: j.finish_episode(e, at(60), 1, "unfinished"), "outcome"),
        (lambda j, e: j.finish_episode(e, at(60), MAX_REPS + 1, "eased"), "reps"),
        (lambda j, e: j.finish_episode(e, at(60), -1, "eased"), "reps"),
        (lambda j, e: j.finish_episode(e, at(60), True, "eased"), "reps"),
        (lambda j, e: j.finish_episode(e, at(-1), 1, "eased"), "ended_at"),
        (lambda j, e: j.finish_episode(e, datetime(2026, 11, 25), 1, "eased"), "ended_at"),
        (lambda j, e: j.update(e, leg="both"), "leg"),
        (lambda j, e: j.update(e, outcome="fine"), "outcome"),
        (lambda j, e: j.add_step(e, "", at(1)), "step_id"),
        (lambda j, e: j.start_episode(datetime(2026, 11, 25)), "started_at"),
        (lambda j, e: j.add_manual(at(0), None, 0, "eased", leg="Left"), "leg"),
        (lambda j, e: j.add_manual(at(0), at(-5), 0, "eased"), "ended_at"),
    ],
)
def test_bad_values_are_value_errors_naming_the_field(
    journal: Journal, path: Path, change: Callable[[Journal, int], object], field: str
) -> None:
    episode = journal.start_episode(at(0))
    before = raw(path, "SELECT * FROM episode")
    with pytest.raises(ValueError, match=field):
        change(journal, episode)
    assert raw(path, "SELECT * FROM episode") == before


@pytest.mark.parametrize(
    "change",
    [
        lambda j: j.add_step(404, "stop", at(0)),
        lambda j: j.finish_episode(404, at(0), 0, "eased"),
        lambda j: j.update(404, note="x"),
        lambda j: j.set_causes(404, []),
        lambda j: j.delete(404),
        lambda j: j.episode(404),
    ],
)
def test_an_unknown_episode_is_a_key_error(
    journal: Journal, change: Callable[[Journal], object]
) -> None:
    with pytest.raises(KeyError, match="episode 404"):
        change(journal)


def test_delete_then_restore_puts_back_the_same_episode(journal: Journal, path: Path) -> None:
    keep = journal.add_manual(at(-86400), at(-86300), 1, "eased")
    episode = guided(journal)
    before = journal.episodes()

    deleted = journal.delete(episode)
    assert deleted == before[0]
    assert [e.id for e in journal.episodes()] == [keep]
    assert raw(path, "SELECT count(*) FROM step") == [(0,)]  # foreign keys cascade
    assert raw(path, "SELECT count(*) FROM cause") == [(0,)]

    newer = journal.start_episode(at(600))  # a new cramp before the user pressed undo
    assert newer != episode  # ids are never reused, so undo cannot collide
    journal.restore(deleted)
    assert journal.episode(episode) == deleted
    assert [e.id for e in journal.episodes()] == [newer, episode, keep]
    with pytest.raises(ValueError, match=f"episode {episode} is already"):
        journal.restore(deleted)


# -- versions and damaged files --

V1_SCHEMA = """
CREATE TABLE episode (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL,
  ended_at TEXT, leg TEXT, reps INTEGER NOT NULL DEFAULT 0, outcome TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '', manual INTEGER NOT NULL DEFAULT 0);
CREATE TABLE step (id INTEGER PRIMARY KEY,
  episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
  step_id TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE cause (episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
  cause_id TEXT NOT NULL, PRIMARY KEY (episode_id, cause_id));
INSERT INTO episode VALUES (7, '2026-11-25T12:05:01.000000+00:00',
  '2026-11-25T12:06:01.000000+00:00', 'left', 2, 'eased', 'first one', 0);
INSERT INTO step (episode_id, step_id, at) VALUES (7, 'stop', '2026-11-25T12:05:01.000000+00:00');
INSERT INTO cause VALUES (7, 'alcohol');
PRAGMA user_version = 1;
"""


def version_1_file(path: Path) -> Path:
    """A journal as version 1 wrote it, made by hand (not by the code under test)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.executescript(V1_SCHEMA)
    db.close()
    return path


EPISODE_7 = Episode(
    7, at(0), at(60), "left", 2, "eased", "first one", False, (StepEntry("stop", at(0)),),
    frozenset({"alcohol"}),
)  # fmt: skip


def test_a_version_1_file_opens_with_its_data(path: Path) -> None:
    with Journal.open(version_1_file(path)) as journal:
        assert journal.moved_aside is None
        assert journal.episodes() == [EPISODE_7]
        assert journal.add_manual(at(100), None, 0, "eased") > 7


def _add_severity(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE episode ADD COLUMN severity INTEGER")
    db.execute("UPDATE episode SET severity = 5")


def test_a_new_migration_brings_a_version_1_file_up_to_date_once(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, _add_severity])
    version_1_file(path)
    with Journal.open(path) as journal:
        assert journal.episodes() == [EPISODE_7]
    assert raw(path, "PRAGMA user_version") == [(3,)]  # v2: the prevention log
    assert raw(path, "SELECT id, severity FROM episode") == [(7, 5)]
    with Journal.open(path) as journal:  # already at 3: the migration does not run again
        assert journal.moved_aside is None
    assert raw(path, "PRAGMA user_version") == [(3,)]  # v2: the prevention log


def _broken(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE episode ADD COLUMN severity INTEGER")
    db.execute("SELECT * FROM no_such_table")


def test_a_failing_migration_leaves_the_file_as_it_was(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, _broken])
    version_1_file(path)
    with pytest.raises(JournalError, match="no_such_table"):
        Journal.open(path)
    assert raw(path, "PRAGMA user_version") == [(1,)]
    assert "severity" not in {row[1] for row in raw(path, "PRAGMA table_info(episode)")}
    monkeypatch.setattr(store, "MIGRATIONS", store.MIGRATIONS[:1])
    with Journal.open(path) as journal:
        assert journal.episodes() == [EPISODE_7]


def asides(path: Path, kind: str) -> list[Path]:
    """The moved-aside journal files (not their -wal and -shm companions)."""
    found = path.parent.glob(f"{path.name}.{kind}-*")
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm")))


def assert_fresh_journal_works(journal: Journal) -> None:
    assert journal.episodes() == []
    episode = guided(journal)
    assert journal.episode(episode).steps[-1].step_id == "check"


def test_a_garbage_file_is_moved_aside_unchanged_and_the_user_told(path: Path) -> None:
    path.parent.mkdir(parents=True)
    garbage = b"this is not a database at all \x00\xff" * 200
    path.write_bytes(garbage)
    with Journal.open(path) as journal:
        (aside,) = asides(path, "corrupt")
        assert aside.read_bytes() == garbage
        message = journal.moved_aside
        assert message is not None
        assert str(path) in message and str(aside) in message
        assert "\n" not in message
        assert_fresh_journal_works(journal)
    assert raw(path, "PRAGMA user_version") == [(store.schema_version(),)]


def test_a_file_failing_the_integrity_check_is_moved_aside(path: Path) -> None:
    with Journal.open(path) as journal:
        for minute in range(200):
            episode = journal.start_episode(at(60 * minute))
            journal.add_step(episode, "position-" + "x" * 100, at(60 * minute))
    page = raw(path, "PRAGMA page_size")[0][0]
    assert isinstance(page, int)
    damaged = bytearray(path.read_bytes())
    assert len(damaged) > 6 * page
    damaged[3 * page : 5 * page] = b"\xa5" * (2 * page)  # header intact, two pages scrambled
    path.write_bytes(bytes(damaged))

    with Journal.open(path) as journal:
        (aside,) = asides(path, "corrupt")
        assert aside.read_bytes() == bytes(damaged)
        assert journal.moved_aside is not None and "damaged" in journal.moved_aside
        assert_fresh_journal_works(journal)


def test_a_file_from_a_newer_version_is_moved_aside_not_overwritten(path: Path) -> None:
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('kept');")
    db.execute("PRAGMA user_version = 99")
    db.close()
    with Journal.open(path) as journal:
        (aside,) = asides(path, "newer")
        assert journal.moved_aside is not None
        assert "newer version" in journal.moved_aside and "99" in journal.moved_aside
        assert str(path) in journal.moved_aside and str(aside) in journal.moved_aside
        assert_fresh_journal_works(journal)
    assert raw(aside, "PRAGMA user_version") == [(99,)]
    assert raw(aside, "SELECT x FROM future") == [("kept",)]


def test_a_newer_file_moves_aside_with_its_uncheckpointed_wal(path: Path) -> None:
    # What a crashed newer version leaves: changes still in journal.db-wal, not yet in the file.
    path.parent.mkdir(parents=True)
    source = path.with_name("elsewhere.db")
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE future (x TEXT)")
    writer.execute("INSERT INTO future VALUES ('only in the wal')")
    writer.execute("PRAGMA user_version = 99")
    writer.commit()
    path.write_bytes(source.read_bytes())
    wal = source.with_name("elsewhere.db-wal").read_bytes()
    assert wal
    path.with_name("journal.db-wal").write_bytes(wal)
    writer.close()

    with Journal.open(path) as journal:
        assert journal.moved_aside is not None
        assert_fresh_journal_works(journal)
    (aside,) = asides(path, "newer")
    assert aside.with_name(aside.name + "-wal").read_bytes() == wal
    assert raw(aside, "SELECT x FROM future") == [("only in the wal",)]


def test_a_database_that_is_not_a_journal_is_moved_aside(path: Path) -> None:
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');")
    db.close()
    with Journal.open(path) as journal:
        (aside,) = asides(path, "unknown")
        assert journal.moved_aside is not None and "not a Cramp Coach journal" in (
            journal.moved_aside
        )
        assert_fresh_journal_works(journal)
    assert raw(aside, "SELECT name FROM recipes") == [("soup",)]


def test_moving_aside_twice_in_one_second_keeps_both_files(path: Path) -> None:
    path.parent.mkdir(parents=True)
    for garbage in (b"first garbage " * 100, b"second garbage " * 100):
        path.write_bytes(garbage)
        Journal.open(path).close()
    kept = {aside.read_bytes() for aside in asides(path, "corrupt")}
    assert kept == {b"first garbage " * 100, b"second garbage " * 100}


# -- issue 18: the journal is private, safe to create from many processes, and a row changed by
# another program hides only itself --

_OPEN_AT_THE_GATE = """
import sys, time
from pathlib import Path
from cramp_coach.journal.store import Journal, JournalError
Path(sys.argv[3]).touch()  # ready
gate = Path(sys.argv[2])
while not gate.exists():
    time.sleep(0.0005)
try:
    Journal.open(Path(sys.argv[1])).close()
except JournalError as error:
    print(error)
    sys.exit(1)
"""


def test_many_apps_creating_the_journal_at_once_all_open_it(tmp_path: Path) -> None:
    """Issue 18, 10: 13 of 60 concurrent first starts failed ("table episode already exists"):
    the schema version was read before the write transaction. Real processes, each held at a
    gate once it has imported the journal, then let go together."""
    path = tmp_path / "data" / "journal.db"
    gate, ready = tmp_path / "go", tmp_path / "ready"
    ready.mkdir()
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_AT_THE_GATE, str(path), str(gate), str(ready / str(n))],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=ROOT,
        )
        for n in range(24)  # 60 in the report; 24 fail alike and cost 2 cores less
    ]
    deadline = time.monotonic() + 120
    while len(list(ready.iterdir())) < len(starts) and time.monotonic() < deadline:
        time.sleep(0.05)
    gate.touch()
    failed = []
    for start in starts:
        output, _ = start.communicate(timeout=120)
        if start.returncode != 0:
            failed.append(output.strip())
    assert failed == []
    assert raw(path, "PRAGMA user_version") == [(store.schema_version(),)]


def test_the_journal_is_readable_by_its_user_alone() -> None:
    """Issue 18, 7: the data folder was 0755 and journal.db 0644, so another local user read
    the journal. Checked as a real second user, on a new journal and on an old one left 0644."""
    with shared_folder() as shared:
        folder = shared / "data" / "cramp-coach"
        folder.mkdir(parents=True, mode=0o755)
        old = folder / "journal.db"
        Journal.open(old).close()
        for made in folder.iterdir():
            made.chmod(0o644)
        folder.chmod(0o755)  # as an earlier version left them
        for path in (old, shared / "new" / "cramp-coach" / "journal.db"):
            with Journal.open(path) as journal:
                journal.add_manual(at(0), at(40), 1, "eased", note="private")
                assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
                for made in path.parent.iterdir():  # journal.db, -wal, -shm
                    assert stat.S_IMODE(made.stat().st_mode) == 0o600, made
                path.parent.chmod(0o711)  # even a folder others may pass through...
                read = as_other(["cat", str(path)])
                path.parent.chmod(0o700)
            assert read.returncode != 0 and "Permission denied" in read.stderr  # ...keeps it
            assert as_other(["ls", str(path.parent)]).returncode != 0


def test_a_row_another_program_changed_is_left_out_and_named(journal: Journal, path: Path) -> None:
    """Issue 18, 11: started_at = 'yesterday' raised ValueError for the whole journal (in the
    window it hid every episode; the CLI printed a traceback)."""
    kept = journal.add_manual(at(0), at(40), 1, "eased", note="kept")
    bad = journal.add_manual(at(60), at(90), 1, "eased")
    stepped = guided(journal)
    db = sqlite3.connect(path)
    db.execute("UPDATE episode SET started_at = 'yesterday' WHERE id = ?", (bad,))
    db.execute("UPDATE step SET at = 'soon' WHERE episode_id = ? AND step_id = 'hold'", (stepped,))
    db.commit()
    db.close()
    episodes = journal.episodes()
    assert [e.id for e in episodes] == [stepped, kept]
    assert [s.step_id for s in episodes[0].steps] == ["stop", "position", "check"]
    assert journal.unreadable == [
        f"{path}: a step of episode {stepped} has the time 'soon'; left out",
        f"{path}: episode {bad}: 'yesterday' is not a time; left out",
    ]
