"""Start at login: an XDG autostart entry in $XDG_CONFIG_HOME/autostart, valid for
desktop-file-validate, starting the app; removed when turned off; a folder that takes no files
is one line (InstallError), never a traceback."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from cramp_coach.desktop import InstallError, autostart_path, set_autostart


def launcher(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cramp coach"  # a space: the Exec value is quoted
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_on_writes_a_valid_entry_off_removes_it(tmp_path: Path) -> None:
    validate = shutil.which("desktop-file-validate")
    assert validate is not None, "desktop-file-utils: run make test (it installs it)"
    config = tmp_path / "config"
    program = launcher(tmp_path / "bin")
    path = set_autostart(True, program, config)
    assert path == config / "autostart" / "cramp-coach.desktop" == autostart_path(config)
    result = subprocess.run([validate, str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    fields = entry["Desktop Entry"]
    assert fields["Exec"] == f'"{program}"' and fields["Type"] == "Application"
    assert fields["X-GNOME-Autostart-enabled"] == "true"
    set_autostart(True, program, config)  # again: the same file
    set_autostart(False, program, config)
    assert not path.exists()
    set_autostart(False, program, config)  # off twice: nothing to do


def test_a_config_folder_that_takes_no_files_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "autostart").write_text("a file where the folder goes", encoding="utf-8")
    with pytest.raises(InstallError, match=r"cannot change .*autostart") as raised:
        set_autostart(True, launcher(tmp_path / "bin"), config)
    assert "\n" not in str(raised.value)


def test_a_program_that_is_not_there_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InstallError, match="not a program"):
        set_autostart(True, tmp_path / "missing", tmp_path / "config")
