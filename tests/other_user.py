"""A real unprivileged local user, for the tests where file permissions matter (root reads and
writes everything, so a permission is only tested by someone it applies to).

The user is made with `useradd` when absent (the tests run as root in CI); without root the
tests that need it are skipped, saying why.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

NAME = "cramp-coach-other"
REPOSITORY = Path(__file__).parents[1]


def other_user() -> str:
    """The unprivileged user's name, made if missing; skips the test when that is impossible."""
    try:
        pwd.getpwnam(NAME)
        return NAME
    except KeyError:
        pass
    if os.geteuid() != 0 or shutil.which("useradd") is None or shutil.which("runuser") is None:
        pytest.skip(f"needs root (with useradd and runuser) to make the local user {NAME}")
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NAME],
        check=True,
        capture_output=True,
    )
    return NAME


def as_other(
    args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Runs args as the other user (runuser), with the environment given (or a bare one)."""
    user = other_user()
    return subprocess.run(
        ["runuser", "-u", user, "--", "env", "-i", *(f"{k}={v}" for k, v in (env or {}).items()),
         *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )  # fmt: skip


def python_for_other() -> tuple[str, dict[str, str]]:
    """A Python the other user can run with this venv's packages and this checkout: the venv's
    own interpreter when its folder is open to others, otherwise the system's of the same
    version (here pyenv lives under /root, which is 0700) with the venv's site-packages."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    paths = [str(REPOSITORY), sysconfig.get_path("purelib"), sysconfig.get_path("platlib")]
    env = {"PYTHONPATH": os.pathsep.join(dict.fromkeys(paths))}
    for candidate in (os.path.realpath(sys.executable), f"/usr/bin/{version}"):
        if as_other(["test", "-x", candidate]).returncode != 0:
            continue
        # The checkout and the venv must be open to them too (a clone in /root is not).
        imports = as_other([candidate, "-c", "import cramp_coach, PySide6, pyttsx3"], env)
        if imports.returncode == 0:
            return candidate, env
        pytest.skip(f"the user {NAME} cannot import the app from here: {imports.stderr[-200:]}")
    pytest.skip(f"no {version} that the user {NAME} may run")


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder under /tmp that the other user may enter (pytest's tmp_path is root's, 0700):
    only the permissions of what the app makes inside it then stand between them."""
    folder = Path(tempfile.mkdtemp(prefix="cramp-coach-shared-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
