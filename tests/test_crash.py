"""The safety net: an error raised in a slot is logged with its traceback, told in one line, and
the app (and a running routine) goes on.

pytest-qt fails a test on an exception in a Qt slot by putting its own sys.excepthook in place
for each phase of a test. These tests raise such exceptions on purpose and check what the
safety net makes of them, so pytest-qt's capture is off here (qt_no_exception_capture): with it
on, its hook and the net's would replace each other between the set-up and the test itself.
"""

from __future__ import annotations

import os
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cramp_coach import crash, i18n, paths
from cramp_coach.routine.flow import Intent
from tests.helpers import Driver
from tests.other_user import as_other, shared_folder

pytestmark = pytest.mark.qt_no_exception_capture


class Source(QObject):
    """A QObject whose signal the app's code listens to."""

    fired = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.went_on = False

    def fire(self) -> None:
        self.fired.emit()
        self.went_on = True  # the code after the emit runs too


def broken_slot() -> None:
    raise ValueError("a slot's own mistake")


class Shown:
    """The window's one-line notice, as the safety net's callback sees it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, line: str) -> None:
        self.lines.append(line)
        self.threads.append(threading.current_thread())


@pytest.fixture
def net(qapp: object, tmp_path: Path) -> Iterator[Callable[..., tuple[crash.SafetyNet, Shown]]]:
    """Installs the safety net (with a log file in tmp_path unless given); always uninstalled."""
    before = sys.excepthook
    made: list[crash.SafetyNet] = []

    def install(log_file: Path | None = None) -> tuple[crash.SafetyNet, Shown]:
        shown = Shown()
        made.append(crash.install(shown, log_file or tmp_path / "state" / "cramp-coach.log"))
        return made[-1], shown

    yield install
    for safety_net in reversed(made):
        safety_net.uninstall()
    assert sys.excepthook is before


def test_an_error_in_a_slot_is_logged_and_shown_and_the_app_goes_on(
    net: Callable[..., tuple[crash.SafetyNet, Shown]], qtbot: QtBot
) -> None:
    safety_net, shown = net()
    assert not safety_net.log_file.exists()  # made at the first error, not before
    source = Source()
    source.fired.connect(broken_slot)
    later: list[str] = []
    QTimer.singleShot(0, source.fire)  # through the event loop, as a click or a timer would
    QTimer.singleShot(0, lambda: later.append("the next event"))
    qtbot.waitUntil(lambda: bool(later), timeout=2000)

    assert source.went_on
    assert len(shown.lines) == 1
    line = shown.lines[0]
    assert "\n" not in line
    assert "ValueError: a slot's own mistake" in line
    assert "carries on" in line
    assert str(safety_net.log_file) in line
    logged = safety_net.log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert 'raise ValueError("a slot\'s own mistake")' in logged  # the line that raised
    assert "in broken_slot" in logged


def test_a_running_routine_goes_on_after_a_listener_raised(
    net: Callable[..., tuple[crash.SafetyNet, Shown]], drive: Callable[..., Driver]
) -> None:
    _, shown = net()
    run = drive()
    seen: list[int] = []

    def broken_display(seconds: int) -> None:
        raise RuntimeError(f"cannot show {seconds}")

    run.machine.countdownChanged.connect(broken_display)  # raises on every second shown
    run.machine.countdownChanged.connect(seen.append)  # a listener after it still hears
    run.to_stretch()  # stopped running, a cramp, it has eased
    run.finish_countdown()
    assert run.step == "hold"
    hold = round(run.machine.remaining())
    run.finish_countdown()
    assert run.step == "check"
    run.send(Intent.EASED)
    assert run.steps[-2:] == ["check", "ice"]

    every_second = list(range(hold, -1, -1))  # of the hold, down to 0, none left out
    assert seen[seen.index(hold) :][: len(every_second)] == every_second
    assert len(shown.lines) == len(seen)  # and each error told
    assert all("RuntimeError: cannot show" in line for line in shown.lines)


@pytest.mark.parametrize("where", ["a file where the folder should be", "a read-only folder"])
def test_an_unwritable_log_folder_is_told_and_nothing_breaks(
    net: Callable[..., tuple[crash.SafetyNet, Shown]], qtbot: QtBot, tmp_path: Path, where: str
) -> None:
    blocked = tmp_path / "blocked"
    if where == "a read-only folder":
        if os.geteuid() == 0:
            pytest.skip("root writes into a read-only folder all the same")
        blocked.mkdir(mode=0o500)
    else:
        blocked.write_text("not a folder")
    log_file = blocked / "state" / "cramp-coach.log"
    _, shown = net(log_file)
    source = Source()
    source.fired.connect(broken_slot)
    for _ in range(2):  # and again: a failed write leaves nothing half-broken
        QTimer.singleShot(0, source.fire)
    qtbot.waitUntil(lambda: len(shown.lines) == 2, timeout=2000)

    assert source.went_on
    for line in shown.lines:
        assert "ValueError: a slot's own mistake" in line
        assert f"could not be written to {log_file}" in line
    assert not log_file.exists()
    blocked.chmod(0o700)  # so tmp_path can be cleaned up


def test_an_error_while_showing_one_is_logged_not_shown_again(
    qapp: object, tmp_path: Path, qtbot: QtBot
) -> None:
    calls: list[str] = []

    def broken_notice(line: str) -> None:
        calls.append(line)
        raise RuntimeError("the notice itself is broken")

    safety_net = crash.install(broken_notice, tmp_path / "cramp-coach.log")
    try:
        source = Source()
        source.fired.connect(broken_slot)
        QTimer.singleShot(0, source.fire)
        qtbot.waitUntil(lambda: source.went_on, timeout=2000)
    finally:
        safety_net.uninstall()
    assert len(calls) == 1  # not a second time, and not forever
    logged = safety_net.log_file.read_text(encoding="utf-8")
    assert "a slot's own mistake" in logged
    assert "the notice itself is broken" in logged


def test_an_error_on_a_worker_thread_is_shown_on_the_gui_thread(
    net: Callable[..., tuple[crash.SafetyNet, Shown]], qtbot: QtBot
) -> None:
    safety_net, shown = net()
    worker = QThread()
    source = Source()
    source.moveToThread(worker)
    source.fired.connect(broken_slot)
    worker.started.connect(source.fire)  # runs on the worker thread
    worker.start()
    try:
        qtbot.waitUntil(lambda: bool(shown.lines), timeout=2000)
    finally:
        worker.quit()
        worker.wait(2000)
    assert shown.threads == [threading.main_thread()]
    assert "in broken_slot" in safety_net.log_file.read_text(encoding="utf-8")


def test_an_error_on_a_plain_python_thread_is_logged_and_shown(
    net: Callable[..., tuple[crash.SafetyNet, Shown]], qtbot: QtBot
) -> None:
    """The speech workers and the sound outputs are threading.Threads: their errors go to
    threading.excepthook, not sys.excepthook."""
    before = threading.excepthook
    safety_net, shown = net()

    def work() -> None:
        raise OSError("a worker's own mistake")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(2)
    qtbot.waitUntil(lambda: bool(shown.lines), timeout=2000)
    assert "a worker's own mistake" in shown.lines[0]
    assert shown.threads == [threading.main_thread()]
    assert "in work" in safety_net.log_file.read_text(encoding="utf-8")
    safety_net.uninstall()
    assert threading.excepthook is before


def test_ctrl_c_keeps_its_usual_handling(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: before.append(kind))
    shown = Shown()
    safety_net = crash.install(shown, tmp_path / "cramp-coach.log")
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt as error:
        sys.excepthook(KeyboardInterrupt, error, error.__traceback__)
    finally:
        safety_net.uninstall()
    assert before == [KeyboardInterrupt]  # the hook that was there handled it
    assert shown.lines == []
    assert not safety_net.log_file.exists()


def test_the_log_never_grows_past_its_cap(
    net: Callable[..., tuple[crash.SafetyNet, Shown]], qtbot: QtBot, tmp_path: Path
) -> None:
    log_file = tmp_path / "cramp-coach.log"
    log_file.write_text("an old error\n" * (crash.LOG_BYTES // 13 + 1), encoding="utf-8")
    _, shown = net(log_file)
    source = Source()
    source.fired.connect(broken_slot)
    QTimer.singleShot(0, source.fire)
    qtbot.waitUntil(lambda: bool(shown.lines), timeout=2000)

    kept = log_file.with_name("cramp-coach.log.1")
    assert kept.read_text(encoding="utf-8").startswith("an old error")
    assert "an old error" not in log_file.read_text(encoding="utf-8")
    assert "in broken_slot" in log_file.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cramp-coach.log", "cramp-coach.log.1"]


def test_the_log_lives_in_the_xdg_state_folder(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    expected = tmp_path / "state" / "CrampCoach" / "cramp-coach" / "cramp-coach.log"
    assert paths.log_file() == expected


def test_the_line_is_told_in_the_language_of_the_app(
    net: Callable[..., tuple[crash.SafetyNet, Shown]], qtbot: QtBot, qapp: QApplication
) -> None:
    _, shown = net()
    source = Source()
    source.fired.connect(broken_slot)
    i18n.install(qapp, "es")
    try:
        source.fire()
    finally:
        i18n.install(qapp, "en")
    assert len(shown.lines) == 1
    assert shown.lines[0].startswith("Algo salió mal (ValueError: a slot's own mistake).")


def test_the_log_is_readable_by_its_user_alone(
    net: Callable[..., tuple[crash.SafetyNet, Shown]], qtbot: QtBot
) -> None:
    """Issue 18, 7: a traceback can quote what the user typed (a note): the log folder is 0700
    and the log 0600, as the journal; checked as a real second local user."""
    with shared_folder() as shared:
        safety_net, shown = net(shared / "state" / "cramp-coach.log")
        source = Source()
        source.fired.connect(broken_slot)
        QTimer.singleShot(0, source.fire)
        qtbot.waitUntil(lambda: bool(shown.lines), timeout=2000)
        log_file = safety_net.log_file
        assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        log_file.parent.chmod(0o711)  # even a folder others may pass through keeps it
        read = as_other(["cat", str(log_file)])
    assert read.returncode != 0 and "Permission denied" in read.stderr
