"""Fault injection: a read-only journal, a full disk, and routine and exercise files fuzzed from
valid ones. Each gives a clear message, the app goes on, and nothing already saved is lost."""

from __future__ import annotations

import errno
import resource
import signal
import tomllib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from cramp_coach.content import ContentError, Routine, load_routine
from cramp_coach.content.assets import asset, default_routine_file
from cramp_coach.content.exercises import load_exercise
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.journal.store import Journal
from cramp_coach.routine.flow import Intent
from cramp_coach.settings import Settings
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle

T0 = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)


# -- the journal refuses writes -------------------------------------------------------------


@pytest.fixture
def journal_window(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock, tmp_path: Path
) -> Iterator[tuple[MainWindow, JournalWriter]]:
    writer = JournalWriter(tmp_path / "journal.db")
    writer.submit(lambda j: j.add_manual(T0 - timedelta(days=3), None, 2, "eased", note="kept"))
    writer.flush()
    win = MainWindow(
        make_context(routine, settings, clock, FakeSpeaker(), journal=writer, wall=lambda: T0)
    )
    qtbot.addWidget(win)
    win.show()
    yield win, writer
    win.close()
    writer.close()


@contextmanager
def read_only(writer: JournalWriter) -> Iterator[None]:
    """SQLite refuses every write, as for a read-only file."""
    writer.submit(lambda journal: journal._db.execute("PRAGMA query_only = ON"))
    writer.flush()
    yield


@contextmanager
def disk_full(writer: JournalWriter) -> Iterator[None]:
    """The disk is full while inside: no file of this process may grow past the journal's files
    as they are (RLIMIT_FSIZE: the kernel refuses the write, as with a full disk).

    The limit holds for the whole process, pytest's own output included (a log file of a
    `make test > log.txt` is larger than the journal), so it is lifted on leaving, before pytest
    writes again, also when the test fails inside."""
    writer.flush()
    biggest = max(f.stat().st_size for f in writer.path.parent.glob("journal*"))
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails, not the process
    try:
        resource.setrlimit(resource.RLIMIT_FSIZE, (biggest, limits[1]))
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)


def test_a_full_disk_refuses_a_growing_write_and_is_lifted_after(tmp_path: Path) -> None:
    """The fault is real (the kernel refuses the write) and lasts only as long as asked."""
    writer = JournalWriter(tmp_path / "journal.db")
    try:
        with disk_full(writer), pytest.raises(OSError) as refused:
            (tmp_path / "during").write_bytes(b"x" * (1 << 20))
        assert refused.value.errno == errno.EFBIG  # "File too large", in any language
        (tmp_path / "after").write_bytes(b"x" * (1 << 20))  # pytest may write its log again
    finally:
        writer.close()


@pytest.mark.parametrize(("fault", "words"), [(read_only, "readonly"), (disk_full, "cannot write")])
def test_a_journal_that_refuses_writes_is_reported_and_the_routine_goes_on(
    qtbot: QtBot,
    journal_window: tuple[MainWindow, JournalWriter],
    clock: ManualClock,
    tmp_path: Path,
    fault: Callable[[JournalWriter], AbstractContextManager[None]],
    words: str,
) -> None:
    window, writer = journal_window
    with fault(writer):  # the real SQLite condition, not a fake that raises
        window.start_routine()
        settle()
        assert window.session.machine is not None
        for _ in range(3):  # stopped running, a cramp, it has eased: into position
            window.session.machine.send(Intent.NEXT)
            settle()
        clock.advance(35, settle)
        writer.flush()  # every write of the routine so far was tried, and refused
    qtbot.wait(10)
    settle()
    assert window.session.machine.step.id == "check"  # the routine did not stop or stall
    assert window.notice.isVisible()
    line = window.notice.label.text()
    assert str(tmp_path / "journal.db") in line and words in line
    writer.close()
    with Journal.open(tmp_path / "journal.db") as journal:
        notes = [e.note for e in journal.episodes()]
    assert "kept" in notes  # nothing already saved is lost


# -- data files fuzzed from valid ones ------------------------------------------------------

VALUES = st.one_of(
    st.integers(min_value=-10_000, max_value=10_000),
    st.text(max_size=30),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.text(max_size=5), max_size=3),
    st.none(),
)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return f'"{text}"'


def mutate(text: str, line: int, value: Any) -> str:
    """The file with one `key = value` line changed (or removed, for None)."""
    lines = text.splitlines()
    keyed = [i for i, ln in enumerate(lines) if "=" in ln and not ln.lstrip().startswith("#")]
    index = keyed[line % len(keyed)]
    key = lines[index].split("=", 1)[0]
    lines[index] = "" if value is None else f"{key}= {toml_value(value)}"
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line=st.integers(min_value=0, max_value=10_000), value=VALUES)
def test_a_fuzzed_routine_file_loads_or_says_what_is_wrong(
    tmp_path_factory: pytest.TempPathFactory, line: int, value: Any
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "routine.toml"
    path.write_text(
        mutate(default_routine_file().read_text(encoding="utf-8"), line, value), encoding="utf-8"
    )
    try:
        load_routine(path)
    except ContentError as error:
        message = str(error)
        assert message.startswith(str(path)) and "\n" not in message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(f.name for f in asset("exercises").iterdir())),
    line=st.integers(min_value=0, max_value=10_000),
    value=VALUES,
)
def test_a_fuzzed_exercise_file_loads_or_says_what_is_wrong(
    tmp_path_factory: pytest.TempPathFactory, name: str, line: int, value: Any
) -> None:
    original = asset("exercises", name).read_text(encoding="utf-8")
    tomllib.loads(original)
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_text(mutate(original, line, value), encoding="utf-8")
    try:
        load_exercise(path, users=True)
    except ContentError as error:
        message = str(error)
        assert message.startswith(str(path)) and "\n" not in message
