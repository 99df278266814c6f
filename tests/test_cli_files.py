"""The command line against odd targets and odd files (issue 18, 7, 9, 11, 12): one line, never a
traceback; special files written into, regular ones replaced whole; nothing left behind."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cramp_coach.journal.store import Journal
from tests.other_user import as_other, python_for_other, shared_folder
from tests.test_cli import run, with_data_home

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def journal_path(data_home: Path) -> Path:
    return data_home / "CrampCoach" / "cramp-coach" / "journal.db"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A data home with a journal of two episodes, one with a formula for a note."""
    env = with_data_home(tmp_path)
    with Journal.open(journal_path(tmp_path / "data")) as journal:
        journal.add_manual(T0, T0 + timedelta(seconds=40), 1, "eased", note="=1+1")
        journal.add_manual(T0 + timedelta(days=1), None, 2, "prolonged", note="calf too")
    return env


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


@pytest.mark.parametrize("target", [".", "/", ""])
def test_a_folder_or_no_name_as_the_export_target_is_one_line(
    env: dict[str, str], tmp_path: Path, target: str
) -> None:
    line = one_line(run("journal", "--export", "csv", "-o", target, env=env))
    assert "not a file name" in line or "is a folder" in line or "an empty file name" in line
    assert "'.'" not in line or target == "."  # an empty name is not called "."


@pytest.mark.parametrize("command", [["sheet"], ["journal", "--export", "csv"]])
def test_an_empty_output_name_is_named_as_empty(env: dict[str, str], command: list[str]) -> None:
    line = one_line(run(*command, "-o", "", env=env))
    assert "an empty file name" in line and "(see cramp-coach" in line


def test_dash_exports_to_stdout(env: dict[str, str]) -> None:
    result = run("journal", "--export", "csv", "-o", "-", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("id,started_at")
    assert len(result.stdout.splitlines()) == 3
    assert not Path("-").exists()


def test_a_fifo_is_written_into_not_replaced(env: dict[str, str], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run("journal", "--export", "json", "-o", str(fifo), env=env)
    if reader.is_alive() and stat.S_ISFIFO(fifo.stat().st_mode):  # never opened: let it go
        with fifo.open("wb"):
            pass
    reader.join(30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # it was replaced by a regular file
    assert len(json.loads(received[0])["episodes"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "pipe"]


def test_a_device_node_stays_a_device(env: dict[str, str], tmp_path: Path) -> None:
    """As /dev/null does for root (a real one here would be replaced for the whole machine):
    a character device with /dev/null's numbers, made in the test's folder."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    result = run("journal", "--export", "csv", "-o", str(device), env=env)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(device.stat().st_mode)
    assert device.stat().st_rdev == os.makedev(1, 3)


# The CLI export, killed the moment its data is about to reach the disk (at its fsync), or, for
# the code before issue 18 (which never called fsync), as it renames its temporary file.
_KILLED_MID_EXPORT = """
import os, signal, sys
def killed(*_):
    os.kill(os.getpid(), signal.SIGKILL)
os.fsync = killed
os.replace = killed
from cramp_coach.cli import main
sys.exit(main(["journal", "--export", "csv", "-o", sys.argv[1]]))
"""


def test_a_killed_export_leaves_the_old_file_and_nothing_else(
    env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "journal.csv"
    target.write_text("the export of yesterday\n")
    result = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_EXPORT, str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert [p.name for p in out.iterdir()] == ["journal.csv"]  # no hidden .part
    assert target.read_text() == "the export of yesterday\n"


def test_an_export_is_readable_by_its_user_alone(env: dict[str, str]) -> None:
    """Issue 18, 7: exports were 0644; checked as a real second user."""
    with shared_folder() as shared:
        target = shared / "journal.csv"
        result = run("journal", "--export", "csv", "-o", str(target), env=env)
        assert result.returncode == 0, result.stderr
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        read = as_other(["cat", str(target)])
    assert read.returncode != 0 and "Permission denied" in read.stderr


def test_a_row_another_program_changed_is_named_and_the_rest_printed(
    env: dict[str, str], tmp_path: Path
) -> None:
    db = sqlite3.connect(journal_path(tmp_path / "data"))
    db.execute("UPDATE episode SET started_at = 'yesterday' WHERE note = 'calf too'")
    db.commit()
    db.close()
    result = run("journal", env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "eased" in result.stdout and "prolonged" not in result.stdout
    assert result.stderr.count("\n") == 1
    assert "'yesterday' is not a time; left out" in result.stderr


def test_a_routine_nested_thousands_deep_is_one_line(tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    line = one_line(run("--routine", str(deep), env=with_data_home(tmp_path)))
    assert "deep.toml" in line


def test_the_sheet_in_a_folder_that_takes_no_files_says_so(tmp_path: Path) -> None:
    line = one_line(run("sheet", "-o", "/proc/x.pdf", env=with_data_home(tmp_path)))
    assert "'/proc' is not writable" in line and "No such file" not in line
    assert "no folder" not in line


_JOURNAL_AS_OTHER = """
import sys
from cramp_coach.cli import main
sys.exit(main(["journal"]))
"""


def test_a_read_only_data_folder_still_prints_the_journal(env: dict[str, str]) -> None:
    """Issue 18, 12: a data folder the user may not write to stopped even `journal` (as a real
    unprivileged user: root writes anyway)."""
    python, python_env = python_for_other()
    from tests.other_user import other_user

    user = other_user()
    with shared_folder() as shared:
        data = shared / "data"
        with Journal.open(journal_path(data)) as journal:
            journal.add_manual(T0, T0 + timedelta(seconds=40), 1, "eased", note="kept")
        subprocess.run(["chown", "-R", user, str(shared)], check=True)
        folder = journal_path(data).parent
        folder.chmod(0o500)  # theirs, and read-only
        result = as_other(
            [python, "-c", _JOURNAL_AS_OTHER],
            dict(python_env, HOME=str(shared), XDG_DATA_HOME=str(data)),
        )
    assert result.returncode == 0, result.stderr
    assert "kept" in result.stdout
    assert "Traceback" not in result.stderr
