"""The journal cannot be opened (issue 18, 6): a full disk before the app starts. What is asked
is kept in memory, in order, and written when the disk takes it again; the journal view says the
journal is unavailable (it said "No episodes yet"); a row another program changed hides only
itself (issue 18, 11). Real files; the full disk is the kernel's RLIMIT_FSIZE."""

from __future__ import annotations

import resource
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.journal.store import Journal
from cramp_coach.settings import Settings
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle

T0 = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)


@contextmanager
def full_disk() -> Iterator[None]:
    """No file of this process may grow at all while inside (the kernel refuses the write, as
    with a full disk); lifted on leaving, before pytest writes again."""
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails, not the process
    try:
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, limits[1]))
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)


@pytest.fixture
def quick_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(JournalWriter, "RETRY_SECONDS", 0.05, raising=False)


def episodes_on_disk(path: Path) -> list[str]:
    with Journal.open(path) as journal:
        return [episode.note for episode in journal.episodes()]


def test_what_is_saved_while_the_disk_is_full_is_written_when_it_is_back(
    qtbot: QtBot, tmp_path: Path, quick_retry: None
) -> None:
    path = tmp_path / "data" / "journal.db"
    with full_disk():
        writer = JournalWriter(path)
        told: list[str] = []
        writer.failed.connect(told.append)
        qtbot.waitUntil(lambda: writer.problem is not None, timeout=5000)
        writer.submit(lambda j: j.add_manual(T0, None, 1, "eased", note="first"))
        writer.submit(lambda j: j.add_manual(T0 + timedelta(hours=1), None, 2, "eased", note="2"))
        writer.flush()
        qtbot.wait(200)  # tries meanwhile: the disk is still full
        assert told in ([], [writer.problem])  # said once (if connected in time)
        assert writer.waiting == 2  # kept, not dropped
    try:
        qtbot.waitUntil(lambda: writer.problem is None, timeout=5000)  # tried again: disk back
        writer.flush()
        assert writer.problem is None and writer.waiting == 0
        assert episodes_on_disk(path) == ["2", "first"]
    finally:
        writer.close()


def test_a_write_refused_mid_run_is_kept_with_what_follows_it(
    qtbot: QtBot, tmp_path: Path, quick_retry: None
) -> None:
    """A step refused by a full disk: it and the steps after it wait, in order (the "list index
    out of range" after a refused start came from the next step running without it)."""
    path = tmp_path / "journal.db"
    writer = JournalWriter(path)
    writer.flush()
    episode: list[int] = []
    with full_disk():
        with qtbot.waitSignal(writer.failed, timeout=5000) as failed:
            writer.submit(lambda j: episode.append(j.start_episode(T0)))
            writer.submit(lambda j: j.add_step(episode[0], "stop", T0))
        writer.flush()
        assert "index" not in failed.args[0] and writer.waiting == 2
    try:
        qtbot.waitUntil(lambda: writer.problem is None, timeout=5000)
        writer.flush()
        with Journal.open(path) as journal:
            (written,) = journal.episodes()
        assert [step.step_id for step in written.steps] == ["stop"]
    finally:
        writer.close()


def test_the_journal_view_says_it_is_unavailable_not_empty(
    qtbot: QtBot,
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    tmp_path: Path,
    quick_retry: None,
) -> None:
    with full_disk():
        writer = JournalWriter(tmp_path / "data" / "journal.db")
        window = MainWindow(
            make_context(routine, settings, clock, FakeSpeaker(), journal=writer, wall=lambda: T0)
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: writer.problem is not None, timeout=5000)
        window.open_journal()
        settle()
        controller = window.journal_controller
        assert controller is not None and controller.screen is not None
        empty = controller.screen.empty
        assert empty.isVisible()
        assert "unavailable" in empty.text() and "No episodes" not in empty.text()
        assert "kept" in empty.text()
        picture = window.grab()  # saved below, once files may grow again; looked at
    picture.save(str(tmp_path / "unavailable.png"))
    try:
        qtbot.waitUntil(lambda: writer.problem is None, timeout=5000)
        writer.flush()
        qtbot.waitUntil(lambda: "No episodes" in empty.text(), timeout=3000)
        assert not [line for line in window.notice.lines if "journal.db" in line]
    finally:
        window.close()
        writer.close()


def test_a_row_another_program_changed_hides_only_itself_in_the_window(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock, tmp_path: Path
) -> None:
    import sqlite3

    path = tmp_path / "journal.db"
    with Journal.open(path) as journal:
        journal.add_manual(T0, None, 1, "eased", note="kept")
        bad = journal.add_manual(T0 + timedelta(days=1), None, 1, "eased", note="bad")
    db = sqlite3.connect(path)
    db.execute("UPDATE episode SET started_at = 'yesterday' WHERE id = ?", (bad,))
    db.commit()
    db.close()
    writer = JournalWriter(path)
    window = MainWindow(
        make_context(routine, settings, clock, FakeSpeaker(), journal=writer, wall=lambda: T0)
    )
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_journal()
        writer.flush()
        qtbot.wait(20)
        settle()
        controller = window.journal_controller
        assert controller is not None and controller.screen is not None
        assert [e.note for e in controller.screen.episodes] == ["kept"]
        assert any("'yesterday' is not a time" in line for line in window.notice.lines)
    finally:
        window.close()
        writer.close()
