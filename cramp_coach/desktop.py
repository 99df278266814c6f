"""Puts Cramp Coach in the user's application menu: its .desktop entry and its icon, in the
user's data folder ($XDG_DATA_HOME, by default ~/.local/share), as the freedesktop specs say;
and the `cramp-coach` command where a user's own commands go: a link in ~/.local/bin
($XDG_BIN_HOME if set), which Debian's ~/.profile puts on PATH.

    python -m cramp_coach.desktop install [--exec PATH] [--data-home DIR] [--bin-dir DIR]
    python -m cramp_coach.desktop uninstall [--data-home DIR] [--bin-dir DIR]

Each prints one line saying what it did; a location it cannot write gives one line and exit
code 2. Installing again changes nothing unless something changed. Uninstalling removes the
command's link only when it is this installation's (another copy's link is left alone).
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


def autostart_path(config_home: Path | None = None) -> Path:
    """$XDG_CONFIG_HOME/autostart/cramp-coach.desktop (XDG Autostart spec)."""
    if config_home is None:
        from PySide6.QtCore import QStandardPaths

        location = QStandardPaths.StandardLocation.GenericConfigLocation
        config_home = Path(QStandardPaths.writableLocation(location))
    return config_home / "autostart" / DESKTOP_FILE


def set_autostart(on: bool, program: Path | None = None, config_home: Path | None = None) -> Path:
    """ "Start at login": writes the autostart entry (the menu entry's, starting `program`) or
    removes it; returns its path. InstallError, saying where and why, when it cannot."""
    path = autostart_path(config_home)
    try:
        if not on:
            path.unlink(missing_ok=True)
            return path
        target = Path(os.path.abspath(program if program is not None else default_program()))
        if not os.access(target, os.X_OK) or not target.is_file():
            raise InstallError(f"{target} is not a program that can be run")
        entry = desktop_entry(target) + "X-GNOME-Autostart-enabled=true\n"
        _write_atomically(path, entry.encode("utf-8"))
    except OSError as error:
        raise InstallError(f"cannot change {path}: {error.strerror or error}") from error
    return path


def user_bin_home() -> Path:
    """$XDG_BIN_HOME, or ~/.local/bin: the user's own commands (on PATH in Debian's ~/.profile
    once the folder exists)."""
    configured = os.environ.get("XDG_BIN_HOME", "")
    if configured and os.path.isabs(configured):
        return Path(configured)
    return Path.home() / ".local" / "bin"


def install_command(program: Path, bin_dir: Path | None = None) -> tuple[Path, bool]:
    """Links `bin_dir`/cramp-coach to `program`; returns the link and whether it changed. A
    file of that name that is not a link is someone else's: InstallError, left alone."""
    folder = bin_dir if bin_dir is not None else user_bin_home()
    link = folder / APP_ID
    target = Path(os.path.abspath(program))
    if link.is_symlink() and Path(os.readlink(link)) == target:
        return link, False
    if link.exists() and not link.is_symlink():
        raise InstallError(f"{link} is there already and is not Cramp Coach's link; left alone")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{APP_ID}.link-{os.getpid()}"
        temporary.unlink(missing_ok=True)
        temporary.symlink_to(target)
        os.replace(temporary, link)  # a link to another copy is replaced at once
    except OSError as error:
        raise InstallError(f"cannot link {link}: {error.strerror or error}") from error
    return link, True


def uninstall_command(program: Path, bin_dir: Path | None = None) -> list[Path]:
    """Removes `bin_dir`/cramp-coach if it links to `program`; returns what it removed."""
    link = (bin_dir if bin_dir is not None else user_bin_home()) / APP_ID
    if not link.is_symlink() or Path(os.readlink(link)) != Path(os.path.abspath(program)):
        return []
    try:
        link.unlink()
    except OSError as error:
        raise InstallError(f"cannot remove {link}: {error.strerror or error}") from error
    return [link]


def on_path(folder: Path) -> bool:
    """Whether commands in `folder` are found by name (it is on PATH)."""
    wanted = os.path.realpath(folder)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    return any(part and os.path.realpath(part) == wanted for part in parts)


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
    uninstall = commands.add_parser(
        "uninstall", help="remove the menu entry, the icon and the command's link"
    )
    uninstall.add_argument(
        "--exec",
        type=Path,
        default=None,
        metavar="PATH",
        help="the program whose command link to remove (default: cramp-coach beside this Python)",
    )
    for command in (install, uninstall):
        command.add_argument(
            "--data-home",
            type=Path,
            default=None,
            metavar="DIR",
            help="install under DIR instead of $XDG_DATA_HOME (~/.local/share)",
        )
        command.add_argument(
            "--bin-dir",
            type=Path,
            default=None,
            metavar="DIR",
            help="link the command in DIR instead of $XDG_BIN_HOME (~/.local/bin)",
        )
    arguments = parser.parse_args(argv)
    home: Path | None = arguments.data_home
    bin_dir: Path | None = arguments.bin_dir
    program = arguments.exec if arguments.exec is not None else default_program()
    try:
        if arguments.command == "install":
            if not os.access(program, os.X_OK) or not program.is_file():
                raise InstallError(f"{program} is not a program that can be run")
            written = install_desktop_entry(program, home)
            link, linked = install_command(program, bin_dir)
            desktop, _ = entry_paths(home if home is not None else user_data_home())
            if written or linked:
                line = f"Installed the menu entry {desktop} and the command {link}"
            else:
                line = f"The menu entry {desktop} and the command {link} are up to date"
            if not on_path(link.parent):
                line += f" ({link.parent} is on PATH from your next login; until then: {link})"
            print(line)
        else:
            removed = uninstall_desktop_entry(home) + uninstall_command(program, bin_dir)
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
