"""The prevention log in the journal: the migration from a journal the last release made, the
sessions and their sets, the week's count, and the export -> import round trip."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cramp_coach.journal.export import to_csv, to_json
from cramp_coach.journal.importer import ImportRefusedError, read_export
from cramp_coach.journal.store import Journal, SetDone

FIXTURES = Path(__file__).parent.parent / "fixtures"
START = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)  # a Monday


def old_journal(tmp_path: Path) -> Path:
    """A copy of the journal schema version 1 made (tests/fixtures/make_journal_v1.py)."""
    path = tmp_path / "data" / "journal.db"
    path.parent.mkdir()
    shutil.copyfile(FIXTURES / "journal-v1.sqlite", path)
    return path


def test_a_journal_made_by_the_last_release_keeps_every_episode(tmp_path: Path) -> None:
    path = old_journal(tmp_path)
    with Journal.open(path) as journal:
        assert journal.moved_aside is None
        episodes = journal.episodes()
        assert journal.unreadable == []
        assert journal.preventions() == []
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA user_version").fetchone() == (2,)
    db.close()
    exported = json.loads(to_json(episodes))
    before = json.loads((FIXTURES / "journal-v1.json").read_text(encoding="utf-8"))
    assert len(before["episodes"]) == 13
    assert exported["episodes"] == before["episodes"]  # every field of every episode, steps too


def record(journal: Journal, start: datetime, outcome: str = "complete") -> int:
    """A strength session as the player logs it: a one-leg exercise's sets per side."""
    session = journal.start_prevention("strength-b", "Strength B", start, 3)
    minute = timedelta(minutes=1)
    for set_number in (1, 2):
        for side in ("left", "right"):
            at = start + minute * (2 * set_number + (side == "right"))
            done = SetDone(1, "single-leg-bridge", set_number, side, 8, 0, at)
            journal.add_set(session, done)
    journal.add_set(session, SetDone(2, "single-leg-deadlift", 1, "left", 5, 0, start + 6 * minute))
    journal.finish_prevention(session, start + 7 * minute, outcome)
    return session


def test_sessions_keep_their_sets_per_side_beside_the_episodes(tmp_path: Path) -> None:
    path = old_journal(tmp_path)
    with Journal.open(path) as journal:
        session_id = record(journal, START, "interrupted")
        (session,) = journal.preventions()
        assert len(journal.episodes()) == 13
    assert session.id == session_id and session.outcome == "interrupted"
    assert [(d.set_number, d.side, d.reps) for d in session.sets[:4]] == [
        (1, "left", 8), (1, "right", 8), (2, "left", 8), (2, "right", 8),
    ]  # fmt: skip
    assert session.exercises_done == 2 and session.exercises == 3


def test_sessions_done_in_a_week(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.db") as journal:
        record(journal, START)  # Monday
        record(journal, START + timedelta(days=2), "partial")
        record(journal, START + timedelta(days=7))  # the next week
        empty = journal.start_prevention("warm-up", "Warm-up", START + timedelta(days=3), 1)
        journal.finish_prevention(empty, START + timedelta(days=3, minutes=1), "partial")
        week = START.date() + timedelta(days=4)
        assert journal.sessions_done_in_week(week, UTC) == 2  # one with no set done: not counted
        assert journal.sessions_done_in_week(week, UTC, complete_only=True) == 1
        assert journal.sessions_done_in_week(date(2026, 11, 30), UTC) == 1


def export(journal: Journal) -> str:
    return to_json(journal.episodes(), journal.preventions())


def test_export_import_round_trip_gives_the_same_journal(tmp_path: Path) -> None:
    with Journal.open(old_journal(tmp_path)) as journal:
        record(journal, START)
        record(journal, START + timedelta(days=3), "partial")
        first = export(journal)
        csv_text = to_csv(journal.episodes(), journal.preventions())
    assert csv_text.count("\r\nprevention") == 0 and csv_text.count(",prevention,") == 2
    source = tmp_path / "export.json"
    source.write_text(first, encoding="utf-8")
    episodes, sessions = read_export(source)
    with Journal.open(tmp_path / "empty" / "journal.db") as empty:
        assert empty.merge(episodes, sessions) == (13, 2)
        assert export(empty) == first
        assert empty.merge(episodes, sessions) == (0, 0)  # idempotent: nothing twice
        assert export(empty) == first


def test_import_merges_into_a_journal_with_its_own_records(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "a.db") as a:
        record(a, START)
        a.add_manual(START, None, 1, "eased")
        theirs = read_export_text(tmp_path, export(a))
    with Journal.open(tmp_path / "b.db") as b:
        b.add_manual(START - timedelta(days=1), None, 2, "stopped")
        record(b, START - timedelta(days=1))
        assert b.merge(*theirs) == (1, 1)  # the ids 1 were taken: new ones
        assert len(b.episodes()) == 2 and len(b.preventions()) == 2
        assert b.merge(*theirs) == (0, 0)


def read_export_text(tmp_path: Path, text: str) -> tuple[list, list]:  # type: ignore[type-arg]
    path = tmp_path / "x.json"
    path.write_text(text, encoding="utf-8")
    return read_export(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), "not a Cramp Coach journal export"),
        (lambda d: d.update(version=9), "version 9; this version reads 1 to 2"),
        (lambda d: d["sessions"][0].update(outcome="great"), "outcome must be one of"),
        (lambda d: d["sessions"][0]["sets"][0].update(side="middle"), "side must be"),
        (lambda d: d["episodes"][-1].update(started_at="yesterday"), "episodes 14: started_at"),
        (lambda d: d["episodes"][0].pop("note"), "episodes 1: missing field 'note'"),
    ],
)
def test_a_bad_file_is_refused_in_one_line_and_nothing_changes(
    tmp_path: Path, change: object, message: str
) -> None:
    with Journal.open(tmp_path / "a.db") as a:
        record(a, START)
        a.add_manual(START, None, 1, "eased")
        document = json.loads(export(a))
    with Journal.open(old_journal(tmp_path)) as journal:
        document["episodes"] += json.loads(export(journal))["episodes"]
        before = export(journal)
        change(document)  # type: ignore[operator]
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        with pytest.raises((ImportRefusedError, ValueError)) as caught:
            journal.merge(*read_export(path))
        assert message in str(caught.value) and "\n" not in str(caught.value)
        assert export(journal) == before


def test_the_command_line_imports_and_exports_sessions(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path), "PATH": "/usr/bin"}
    with Journal.open(tmp_path / "a.db") as a:
        record(a, START)
        (tmp_path / "in.json").write_text(export(a), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "cramp_coach", "journal", *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)

    bad = run("--import", str(tmp_path / "bad.json"))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert "bad.json: not a JSON file" in bad.stderr and "nothing was imported" in bad.stderr
    for _ in range(2):
        done = run("--import", str(tmp_path / "in.json"))
        assert done.returncode == 0, done.stderr
    assert "Imported 0 of 0 episodes and 0 of 1 sessions" in done.stdout
    out = run("--export", "json", "-o", "-")
    assert json.loads(out.stdout)["sessions"][0]["session"] == "strength-b"
    csv_out = run("--export", "csv", "-o", "-")
    assert ",prevention,strength-b," in csv_out.stdout
    assert "Strength B" in run().stdout


def test_a_journal_of_the_last_release_reads_read_only_without_a_change(tmp_path: Path) -> None:
    """A read-only disk (cramp-coach journal falls back to this): the old journal is read as it
    is, with no prevention log yet, and stays version 1."""
    path = old_journal(tmp_path)
    with Journal.open_read_only(path) as journal:
        assert len(journal.episodes()) == 13 and journal.preventions() == []
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone() == (1,)
    db.close()
