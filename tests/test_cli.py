"""The command line as a user runs it: a real process, its exit code, its one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cramp_coach import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cramp_coach", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env if env is not None else os.environ.copy(),
    )


def without_display() -> dict[str, str]:
    env = os.environ.copy()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cramp-coach {__version__}"


def test_help_lists_the_options() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "--hold-seconds N" in result.stdout
    assert "--routine FILE" in result.stdout


@pytest.mark.parametrize("value", ["4", "61", "600"])
def test_hold_seconds_out_of_range_is_one_clear_line(value: str) -> None:
    result = run("--hold-seconds", value)
    assert result.returncode == 2
    assert result.stderr == (
        f"cramp-coach: --hold-seconds: hold seconds must be 5 to 60, got {value}\n"
    )


def test_hold_seconds_not_a_number() -> None:
    result = run("--hold-seconds", "thirty")
    assert result.returncode == 2
    assert result.stderr == (
        "cramp-coach: argument --hold-seconds: invalid int value: 'thirty'"
        " (see cramp-coach --help)\n"
    )


def test_no_display_says_so_and_how_to_get_one() -> None:
    result = run(env=without_display())
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no display found" in result.stderr
    assert "xvfb-run" in result.stderr


def test_display_that_is_not_there() -> None:
    env = without_display()
    env["DISPLAY"] = ":9876"
    result = run(env=env)
    assert result.returncode == 2
    assert "cannot reach the display :9876" in result.stderr


def test_broken_routine_file_is_one_line_naming_file_step_and_field(tmp_path: Path) -> None:
    from cramp_coach.content.assets import default_routine_file

    text = default_routine_file().read_text(encoding="utf-8")
    broken = tmp_path / "routine.toml"
    broken.write_text(text.replace("seconds = 30 ", "seconds = 600 "), encoding="utf-8")
    result = run("--routine", str(broken))
    assert result.returncode == 2
    assert result.stderr == (
        f"cramp-coach: {broken}: step 'hold': seconds must be 5 to 60, got 600\n"
    )


def test_missing_routine_file(tmp_path: Path) -> None:
    result = run("--routine", str(tmp_path / "none.toml"))
    assert result.returncode == 2
    assert "none.toml: file not found" in result.stderr


@pytest.mark.parametrize("args", [[], ["--hands-free"]])
def test_app_starts_and_quits_offscreen(tmp_path: Path, args: list[str]) -> None:
    """The real entry point shows its window, and makes what comes after the first paint
    (speech, journal, routine screen, and in hands-free the listener); a timer then closes it
    so the process exits 0."""
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    env["XDG_RUNTIME_DIR"] = str(tmp_path)  # its own single-instance socket
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import cramp_coach.app as app\n"
        "app.make_application()\n"
        "def close():\n"
        "    w = [w for w in QApplication.topLevelWidgets() if w.isVisible()]\n"
        "    print('shown:', w[0].windowTitle())\n"
        "    from cramp_coach.ui import theme\n"
        "    print('styled:', theme._follower(QApplication.instance())._style_in_use())\n"
        "    QApplication.quit()\n"
        "QTimer.singleShot(1000, close)\n"
        "from cramp_coach.cli import main\n"
        f"sys.exit(main({args!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "shown: Cramp Coach" in result.stdout
    assert "styled: True" in result.stdout  # the theme's style, set just after the first paint
    # What is made just after the first paint (speech, journal, routine screen) did not fail.
    assert "Traceback" not in result.stderr, result.stderr


def with_data_home(tmp_path: Path) -> dict[str, str]:
    env = without_display()
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return env


def test_journal_prints_and_exports_without_a_display(tmp_path: Path) -> None:
    import json
    from datetime import UTC, datetime

    from cramp_coach.journal.store import Journal

    env = with_data_home(tmp_path)
    path = tmp_path / "data" / "CrampCoach" / "cramp-coach" / "journal.db"
    with Journal.open(path) as journal:
        episode = journal.start_episode(datetime(2026, 11, 1, 8, 0, tzinfo=UTC))
        journal.add_step(episode, "stop", datetime(2026, 11, 1, 8, 0, tzinfo=UTC))
        journal.finish_episode(episode, datetime(2026, 11, 1, 8, 5, tzinfo=UTC), 3, "prolonged")
    shown = run("journal", env=env)
    assert shown.returncode == 0, shown.stderr
    assert "prolonged" in shown.stdout
    target = tmp_path / "out.json"
    written = run("journal", "--export", "json", "-o", str(target), env=env)
    assert written.returncode == 0, written.stderr
    data = json.loads(target.read_text())
    assert data["episodes"][0]["outcome"] == "prolonged"
    assert data["episodes"][0]["steps"][0]["step"] == "stop"


def test_journal_export_to_an_unwritable_place(tmp_path: Path) -> None:
    result = run(
        "journal", "--export", "csv", "-o", str(tmp_path / "nope" / "j.csv"),
        env=with_data_home(tmp_path),
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "cannot write there" in result.stderr
    assert not (tmp_path / "nope").exists()


def test_a_second_launch_raises_the_first_window_and_exits(tmp_path: Path) -> None:
    """Single instance: the second process finds the first, asks it to come to the front, and
    leaves at once; the first one is told."""
    env = os.environ.copy()
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    first_code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import cramp_coach.single_instance as si\n"
        "def raised(window, token=''):\n"
        "    print('raised', flush=True)\n"
        "    QApplication.quit()\n"
        "si.raise_window = raised\n"
        "import cramp_coach.app as app\n"
        "app.make_application()\n"
        "def ready():\n"
        "    print('ready', flush=True)\n"
        "QTimer.singleShot(200, ready)\n"
        "QTimer.singleShot(20000, QApplication.quit)\n"
        "from cramp_coach.cli import main\n"
        "sys.exit(main([]))\n"
    )
    first = subprocess.Popen(
        [sys.executable, "-c", first_code], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready"
        second = subprocess.run(
            [sys.executable, "-m", "cramp_coach"],
            capture_output=True,
            text=True,
            timeout=30,
            env=env,
        )
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        assert first.stdout.readline().strip() == "raised"
        assert first.wait(timeout=20) == 0
    finally:
        first.kill()


def test_an_error_in_a_slot_is_logged_and_shown_and_the_routine_goes_on(tmp_path: Path) -> None:
    """The real app, mid-routine: a slot raises; the traceback goes to the log in the state
    folder, the window says so in one line, and the routine keeps counting down."""
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import cramp_coach.app as app\n"
        "from cramp_coach.routine.flow import Intent\n"
        "from cramp_coach.ui.main_window import MainWindow\n"
        "app.make_application()\n"
        "def window():\n"
        "    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))\n"
        "def start():\n"  # once the safety net is in (just after the first paint)
        "    if sys.excepthook is sys.__excepthook__:\n"
        "        QTimer.singleShot(50, start)\n"
        "        return\n"
        "    w = window()\n"
        "    w.start_routine()\n"
        "    for _ in range(3):\n"  # stopped running, a cramp, it has eased: into position (5 s)
        "        w.session.machine.send(Intent.NEXT)\n"
        "    QTimer.singleShot(200, boom)\n"
        "def boom():\n"
        "    print('left before:', window().session.machine.remaining(), flush=True)\n"
        "    QTimer.singleShot(1200, check)\n"
        "    raise RuntimeError('a bug in a slot')\n"
        "def check():\n"
        "    w = window()\n"
        "    print('notice:', w.notice.label.text().replace(chr(10), ' '))\n"
        "    print('step:', w.session.machine.step.id, 'running:', w.session.machine.running)\n"
        "    print('left after:', w.session.machine.remaining())\n"
        "    QApplication.quit()\n"
        "QTimer.singleShot(0, start)\n"
        "from cramp_coach.cli import main\n"
        "sys.exit(main([]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, env=env
    )
    assert result.returncode == 0, result.stderr
    log = tmp_path / "state" / "CrampCoach" / "cramp-coach" / "cramp-coach.log"
    assert "RuntimeError: a bug in a slot" in log.read_text()
    assert "Traceback" in log.read_text()
    notice = next(line for line in result.stdout.splitlines() if line.startswith("notice:"))
    assert str(log) in notice
    assert "step: position running: True" in result.stdout
    before = float(result.stdout.split("left before:")[1].split()[0])
    after = float(result.stdout.split("left after:")[1].split()[0])
    assert after < before - 1  # the countdown went on through the error


def test_hold_seconds_is_for_this_run_and_settings_quote_the_source(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--hold-seconds 5` holds for 5 s, while Settings still quotes the source's 30 s."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLabel

    import cramp_coach.app
    from cramp_coach import cli
    from cramp_coach.context import AppContext
    from cramp_coach.settings import Settings
    from cramp_coach.ui.settings_dialog import Choices, SettingsDialog

    seen: dict[str, object] = {}

    def run_app(routine: object, **options: object) -> int:
        seen.update(options, routine=routine)
        return 0

    monkeypatch.setattr(cramp_coach.app, "run_app", run_app)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli.main(["--hold-seconds", "5"]) == 0
    routine = seen["routine"]
    assert isinstance(routine, cli.Routine)
    assert routine.hold.seconds == 30  # the file's (the source's) own figure
    routine_for = seen["routine_for"]
    assert callable(routine_for) and routine_for("es").hold.seconds == 30
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    context = AppContext(routine, settings, hold_override=5)
    assert context.hold_seconds() == 5  # what this run holds for
    current = Choices(5, True, "", 150, 100, True, 3, 30, "", "system")
    dialog = SettingsDialog(context.routine.hold, current, [], None)
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "The source article advises holding each stretch for 30 seconds." in notes
    assert dialog.hold_seconds.value() == 5
    dialog.deleteLater()


@pytest.mark.parametrize("how", ["launcher", "linked", "module"])
def test_the_no_display_line_names_a_command_that_works(tmp_path: Path, how: str) -> None:
    """ "xvfb-run X": X starts this program from a shell as it is set up (on PATH or not)."""
    launcher = Path(sys.executable).parent / "cramp-coach"
    env = without_display()
    env["PATH"] = "/usr/bin:/bin"  # the venv's bin folder is not on it
    if how == "linked":  # the set-up's link in ~/.local/bin, on PATH
        (tmp_path / "bin").mkdir()
        (tmp_path / "bin" / "cramp-coach").symlink_to(launcher)
        env["PATH"] = f"{tmp_path / 'bin'}:{env['PATH']}"
    command = [sys.executable, "-m", "cramp_coach"] if how == "module" else [str(launcher)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2
    named = result.stderr.strip().rsplit("xvfb-run ", 1)[1]
    assert (named == "cramp-coach") is (how == "linked"), named
    works = subprocess.run(
        ["sh", "-c", f"{named} --version"], capture_output=True, text=True, timeout=60, env=env
    )
    assert works.returncode == 0, (named, works.stderr)
    assert works.stdout.startswith("cramp-coach ")
