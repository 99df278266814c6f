"""The menu entry: installed for the user under $XDG_DATA_HOME, correct, valid, idempotent,
and a location it cannot write is one line, not a traceback."""

from __future__ import annotations

import configparser
import errno
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cramp_coach.content.assets import asset
from cramp_coach.desktop import (
    InstallError,
    entry_paths,
    exec_value,
    install_desktop_entry,
    uninstall_desktop_entry,
)
from cramp_coach.settings import APPLICATION

VALIDATE = shutil.which("desktop-file-validate")


def program(folder: Path, name: str = "cramp-coach") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def data_home() -> Path:
    return Path(os.environ["XDG_DATA_HOME"])  # a temporary folder (tests/conftest.py)


def test_installs_entry_and_icon_under_xdg_data_home(tmp_path: Path) -> None:
    exe = program(tmp_path / "venv" / "bin")
    written = install_desktop_entry(exe)
    desktop = data_home() / "applications" / "cramp-coach.desktop"
    icon = data_home() / "icons" / "hicolor" / "scalable" / "apps" / "cramp-coach.svg"
    assert sorted(written) == sorted([desktop, icon])
    assert icon.read_bytes() == asset("icons", "cramp-coach.svg").read_bytes()
    fields = entry(desktop)
    assert fields["Type"] == "Application"
    assert fields["Name"] == "Cramp Coach"
    assert fields["Exec"] == str(exe)
    assert fields["TryExec"] == str(exe)
    assert fields["Icon"] == "cramp-coach" == icon.stem
    assert fields["Terminal"] == "false"
    # Qt sets WM_CLASS's class to the application name: this is how the dock matches windows.
    assert fields["StartupWMClass"] == APPLICATION
    assert fields["Categories"].endswith(";")
    assert stat.S_IMODE(desktop.stat().st_mode) == 0o644


def test_installing_again_changes_nothing(tmp_path: Path) -> None:
    exe = program(tmp_path / "bin")
    install_desktop_entry(exe, tmp_path / "share")
    desktop, icon = entry_paths(tmp_path / "share")
    before = (desktop.stat().st_mtime_ns, icon.stat().st_mtime_ns)
    assert install_desktop_entry(exe, tmp_path / "share") == []
    assert (desktop.stat().st_mtime_ns, icon.stat().st_mtime_ns) == before
    # Moved venv: only the entry is rewritten.
    moved = program(tmp_path / "elsewhere" / "bin")
    assert install_desktop_entry(moved, tmp_path / "share") == [desktop]
    assert entry(desktop)["Exec"] == str(moved)
    leftovers = [p.name for p in desktop.parent.iterdir()] + [p.name for p in icon.parent.iterdir()]
    assert sorted(leftovers) == ["cramp-coach.desktop", "cramp-coach.svg"]  # no temporary files


def test_a_path_with_spaces_is_quoted(tmp_path: Path) -> None:
    exe = program(tmp_path / "my apps" / "bin")
    install_desktop_entry(exe, tmp_path / "share")
    desktop, _ = entry_paths(tmp_path / "share")
    assert entry(desktop)["Exec"] == f'"{exe}"'
    assert exec_value(Path('/a b/"q"$x`y\\z%')) == '"/a b/\\\\"q\\\\"\\\\$x\\\\`y\\\\\\\\z%%"'


@pytest.mark.skipif(VALIDATE is None, reason="desktop-file-validate (desktop-file-utils) absent")
def test_the_entries_are_valid(tmp_path: Path) -> None:
    assert VALIDATE is not None
    shipped = Path(str(asset("desktop", "cramp-coach.desktop")))
    for exe in (program(tmp_path / "bin"), program(tmp_path / "my apps" / "bin")):
        home = tmp_path / "share" / exe.parent.parent.name
        install_desktop_entry(exe, home)
        desktop, _ = entry_paths(home)
        for path in (shipped, desktop):
            result = subprocess.run([VALIDATE, str(path)], capture_output=True, text=True)
            assert result.returncode == 0 and result.stdout == "", result.stdout


def test_an_unwritable_location_is_a_clear_error(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")  # a file where the folder should be (even root fails)
    # The system's words for the error, in the locale Qt has set ("Ist kein Verzeichnis").
    reason = re.escape(os.strerror(errno.ENOTDIR))
    with pytest.raises(InstallError, match=rf"cannot write .*not-a-folder.*{reason}"):
        install_desktop_entry(program(tmp_path / "bin"), blocked)


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cramp_coach.desktop", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_command_says_in_one_line_what_it_did(tmp_path: Path) -> None:
    exe = program(tmp_path / "bin")
    home = tmp_path / "share"
    first = run_cli("install", "--exec", str(exe), "--data-home", str(home))
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("\n") == 1 and "Installed the menu entry" in first.stdout
    again = run_cli("install", "--exec", str(exe), "--data-home", str(home))
    assert again.stdout.count("\n") == 1 and "up to date" in again.stdout
    gone = run_cli("uninstall", "--data-home", str(home))
    assert gone.returncode == 0 and gone.stdout.startswith("Removed ")
    assert not any(path.exists() for path in entry_paths(home))


@pytest.mark.parametrize("problem", ["unwritable", "no program"])
def test_the_command_fails_in_one_line(tmp_path: Path, problem: str) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    if problem == "unwritable":
        arguments = ["--exec", str(program(tmp_path / "bin")), "--data-home", str(blocked)]
    else:
        arguments = ["--exec", str(tmp_path / "missing"), "--data-home", str(tmp_path)]
    result = run_cli("install", *arguments)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("cramp-coach: ")
    assert "Traceback" not in result.stderr


def test_uninstall_removes_what_install_put(tmp_path: Path) -> None:
    home = tmp_path / "share"
    installed = install_desktop_entry(program(tmp_path / "bin"), home)
    assert sorted(uninstall_desktop_entry(home)) == sorted(installed)
    assert uninstall_desktop_entry(home) == []


# -- the command: a link in ~/.local/bin ($XDG_BIN_HOME), removed by uninstall (make clean) ------


def bin_home() -> Path:
    return Path(os.environ["XDG_BIN_HOME"])  # a temporary folder (tests/conftest.py)


def test_install_links_the_command_where_the_users_commands_are(tmp_path: Path) -> None:
    """After set-up, `cramp-coach` is found by name: the real venv launcher, linked, run by a
    shell that has the folder on PATH (Debian's ~/.profile adds ~/.local/bin once it exists)."""
    launcher = Path(sys.executable).parent / "cramp-coach"
    assert launcher.is_file()
    done = run_cli("install", "--exec", str(launcher), "--data-home", str(tmp_path / "share"))
    assert done.returncode == 0, done.stderr
    link = bin_home() / "cramp-coach"
    assert link.is_symlink() and link.resolve() == launcher.resolve()
    assert f"the command {link}" in done.stdout
    assert f"{bin_home()} is on PATH from your next login; until then: {link}" in done.stdout
    env = {**os.environ, "PATH": f"{bin_home()}{os.pathsep}/usr/bin:/bin"}
    shell = subprocess.run(
        ["sh", "-c", "cramp-coach --version"], capture_output=True, text=True, env=env, timeout=60
    )
    assert shell.returncode == 0, shell.stderr
    assert shell.stdout.startswith("cramp-coach ")
    on = run_cli("install", "--exec", str(launcher), "--data-home", str(tmp_path / "share"))
    assert "up to date" in on.stdout
    gone = run_cli("uninstall", "--exec", str(launcher), "--data-home", str(tmp_path / "share"))
    assert gone.returncode == 0 and str(link) in gone.stdout
    assert not link.exists() and not link.is_symlink()


def test_uninstall_leaves_another_copys_link_and_install_leaves_a_foreign_file(
    tmp_path: Path,
) -> None:
    from cramp_coach.desktop import install_command, uninstall_command

    mine, theirs = program(tmp_path / "mine"), program(tmp_path / "theirs")
    link, changed = install_command(theirs)
    assert changed and link.resolve() == theirs
    assert uninstall_command(mine) == []  # not this copy's link: left alone
    assert link.resolve() == theirs
    link, changed = install_command(mine)  # the newest set-up's command wins
    assert changed and link.resolve() == mine
    assert uninstall_command(mine) == [link] and not link.is_symlink()
    link.write_text("#!/bin/sh\n", encoding="utf-8")  # a program of the user's own
    with pytest.raises(InstallError, match="not Cramp Coach's link; left alone"):
        install_command(mine)
    assert link.read_text(encoding="utf-8") == "#!/bin/sh\n"
