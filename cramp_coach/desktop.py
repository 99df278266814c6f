"""Puts Cramp Coach in the user's application menu: its .desktop entry and its icon, in the
user's data folder ($XDG_DATA_HOME, by default ~/.local/share), as the freedesktop specs say.

    python -m cramp_coach.desktop install [--exec PATH] [--data-home DIR]
    python -m cramp_coach.desktop uninstall [--data-home DIR]

Each prints one line saying what it did; a location it cannot write gives one line and exit
code 2. Installing again changes nothing unless something changed.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from cramp_coach.content.assets import asset

APP_ID = "cramp-coach"  # the .desktop file's name, the icon's name and Qt's desktopFileName
DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_FILE = f"{APP_ID}.svg"
EXIT_PROBLEM = 2
_PLAIN = re.compile(r"[A-Za-z0-9/._+,:@=-]+")  # an Exec argument that needs no quotes


class InstallError(Exception):
    """The entry cannot be installed or removed; the message says where and why."""


def user_data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share (through QStandardPaths, like every path here)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.StandardLocation.GenericDataLocation
    return Path(QStandardPaths.writableLocation(location))


def entry_paths(home: Path) -> tuple[Path, Path]:
    """Where the .desktop file and the icon go under a data folder."""
    return (
        home / "applications" / DESKTOP_FILE,
        home / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE,
    )


def exec_value(program: Path) -> str:
    """`program` as the value of a .desktop Exec key: quoted and escaped as the Desktop Entry
    spec says when it holds a space or another reserved character."""
    text = str(program)
    if not _PLAIN.fullmatch(text):
        for reserved in ("\\", '"', "`", "$"):
            text = text.replace(reserved, "\\" + reserved)
        text = f'"{text}"'
    # Then the escaping of every string value, and %% for a literal percent sign.
    return text.replace("\\", "\\\\").replace("%", "%%")


def _string_value(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def desktop_entry(program: Path) -> str:
    """The shipped entry (assets/desktop/cramp-coach.desktop) made to start `program`."""
    try:
        template = asset("desktop", DESKTOP_FILE).read_text(encoding="utf-8")
    except OSError as error:
        raise InstallError(
            f"the app's menu entry is missing from the installation: {error}"
        ) from error
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={exec_value(program)}")
            # The menu hides the entry once the program is gone (e.g. after `make clean`).
            lines.append(f"TryExec={_string_value(str(program))}")
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def _write_atomically(path: Path, data: bytes) -> bool:
    """Writes `data` to `path` unless it is there already; False when nothing changed. A
    reader sees the old file or the new one, never half of one."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass  # not there yet (or unreadable): write it
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def install_desktop_entry(exec_path: Path, data_home: Path | None = None) -> list[Path]:
    """Installs the menu entry (starting `exec_path`) and the icon; returns the files it
    (re)wrote, none when both were already up to date. InstallError when it cannot."""
    home = data_home if data_home is not None else user_data_home()
    program = Path(os.path.abspath(exec_path))  # absolute, but not through the venv's symlinks
    desktop, icon = entry_paths(home)
    try:
        icon_data = asset("icons", ICON_FILE).read_bytes()
    except OSError as error:
        raise InstallError(f"the app's icon is missing from the installation: {error}") from error
    written = []
    for path, data in ((icon, icon_data), (desktop, desktop_entry(program).encode("utf-8"))):
        try:
            if _write_atomically(path, data):
                written.append(path)
        except OSError as error:
            reason = error.strerror or str(error)
            raise InstallError(f"cannot write {path}: {reason}") from error
    return written


def uninstall_desktop_entry(data_home: Path | None = None) -> list[Path]:
    """Removes the menu entry and the icon; returns the files removed."""
    home = data_home if data_home is not None else user_data_home()
    removed = []
    for path in entry_paths(home):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise InstallError(f"cannot remove {path}: {error.strerror or error}") from error
        removed.append(path)
    return removed


def default_program() -> Path:
    """The `cramp-coach` launcher beside the running Python (the venv's bin folder)."""
    return Path(sys.executable).parent / APP_ID


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cramp_coach.desktop",
        description="Add Cramp Coach to your application menu (or take it out again).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    install = commands.add_parser("install", help="install the menu entry and the icon")
    install.add_argument(
        "--exec",
        type=Path,
        default=None,
        metavar="PATH",
        help="the program the entry starts (default: cramp-coach beside this Python)",
    )
    uninstall = commands.add_parser("uninstall", help="remove the menu entry and the icon")
    for command in (install, uninstall):
        command.add_argument(
            "--data-home",
            type=Path,
            default=None,
            metavar="DIR",
            help="install under DIR instead of $XDG_DATA_HOME (~/.local/share)",
        )
    arguments = parser.parse_args(argv)
    home: Path | None = arguments.data_home
    try:
        if arguments.command == "install":
            program = arguments.exec if arguments.exec is not None else default_program()
            if not os.access(program, os.X_OK) or not program.is_file():
                raise InstallError(f"{program} is not a program that can be run")
            written = install_desktop_entry(program, home)
            desktop, _ = entry_paths(home if home is not None else user_data_home())
            if written:
                print(f"Installed the menu entry {desktop} (and its icon), starting {program}")
            else:
                print(f"The menu entry {desktop} is up to date")
        else:
            removed = uninstall_desktop_entry(home)
            print(
                "Removed " + ", ".join(str(p) for p in removed)
                if removed
                else "No menu entry was installed"
            )
    except InstallError as error:
        print(f"cramp-coach: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    return 0


if __name__ == "__main__":
    sys.exit(main())
