"""Writing a file the user named (an export): whole or not at all, and readable by them alone.

A regular file (or a new one) is written beside its target as an anonymous file (O_TMPFILE),
flushed to the disk (fsync), given a name and renamed over the target: a crash or a kill leaves
either the old file or the new one, and no half-written or hidden leftover. A special file the
user names (a FIFO, a device such as /dev/null or a terminal) is written into directly: renaming
over it would replace it with a regular file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path


class WriteError(Exception):
    """The file cannot be written there; the message is one line naming it and why."""


def reason(error: OSError) -> str:
    return error.strerror or str(error)


def folder_problem(target: Path, error: OSError) -> str:
    """Why a new file cannot be made in target's folder, in words: a missing folder is not the
    same as one that takes no files (e.g. /proc)."""
    folder = target.parent
    if not folder.is_dir():
        return f"no folder {str(folder)!r}"
    if error.errno == errno.ENOENT:  # the folder is there: it makes no files (/proc, /sys)
        return f"the folder {str(folder)!r} is not writable: it takes no new files"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EOPNOTSUPP):
        return f"the folder {str(folder)!r} is not writable ({reason(error)})"
    return reason(error)


def write_file(target: Path, data: bytes, mode: int = 0o600) -> None:
    """Writes data to target (see the module's docstring); WriteError says why it cannot."""
    if not target.name or target.name in (".", ".."):
        raise WriteError(f"{str(target)!r}: not a file name")
    try:
        status: os.stat_result | None = target.stat()
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise WriteError(f"{target}: cannot write there ({reason(error)})") from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise WriteError(f"{target}: is a folder; give the name of a file in it")
    try:
        if status is not None and not stat.S_ISREG(status.st_mode):
            _write_into(target, data)
        else:
            _replace(target, data, mode)
    except OSError as error:
        raise WriteError(f"{target}: cannot write there ({reason(error)})") from None


def private_folder(folder: Path) -> None:
    """Makes the folder if missing, open to the user alone (0700), as is an existing one of
    theirs that others could read: the journal is health data."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _only_for_the_user(folder, 0o700)


def private_file(path: Path, create: bool = True) -> None:
    """Makes the file if missing (and `create`), readable and writable by the user alone (0600);
    an existing one of theirs that others could read is made so too."""
    if create:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_CLOEXEC, 0o600))
    _only_for_the_user(path, 0o600)


def _only_for_the_user(path: Path, mode: int) -> None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return
    if status.st_uid == os.geteuid() and stat.S_IMODE(status.st_mode) & 0o077:
        path.chmod(stat.S_IMODE(status.st_mode) & ~0o077 | (mode & 0o700))


def _write_into(target: Path, data: bytes) -> None:
    """A FIFO or a device: opened and written as it is (a pipe waits for its reader)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
    try:
        _write_all(fd, data)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _replace(target: Path, data: bytes, mode: int) -> None:
    folder = target.parent
    try:
        fd, named = _anonymous(folder, mode), None
    except OSError:
        fd, named = None, None
    if fd is None:  # a file system without O_TMPFILE: a named temporary file, removed on failure
        named = folder / f".{target.name}.{secrets.token_hex(4)}.part"
        try:
            fd = os.open(named, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode)
        except OSError as error:
            raise WriteError(
                f"{target}: cannot write there ({folder_problem(target, error)})"
            ) from None
    try:
        _write_all(fd, data)
        os.fsync(fd)  # on the disk before it takes the target's name
        if named is None:
            named = folder / f".{target.name}.{secrets.token_hex(4)}.part"
            _name(fd, named)
        os.replace(named, target)
        named = None
        _sync_folder(folder)
    finally:
        os.close(fd)
        if named is not None:
            with contextlib.suppress(OSError):
                named.unlink()


def _anonymous(folder: Path, mode: int) -> int:
    """An unnamed file in folder (gone by itself if the process dies before it is named)."""
    return os.open(folder, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, mode)


def _name(fd: int, named: Path) -> None:
    """Gives the anonymous file a name: linkat with AT_SYMLINK_FOLLOW through /proc (Python
    uses linkat, rather than link, only when given a folder fd: it is ignored for the absolute
    path)."""
    root = os.open("/", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.link(f"/proc/self/fd/{fd}", named, src_dir_fd=root, follow_symlinks=True)
    finally:
        os.close(root)


def _sync_folder(folder: Path) -> None:
    """The rename itself on the disk (the folder's entry)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
