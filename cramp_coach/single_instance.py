"""One Cramp Coach per user: a second launch brings the first window to the front, then exits.

The first instance listens on a Unix socket in the user's runtime folder ($XDG_RUNTIME_DIR,
private to the user; without one, the app's state folder, made private); a later one connects,
says "raise" and quits. A socket file left by an instance that crashed answers nobody, and is
replaced. Never a shared folder such as /tmp, where another local user could take the name
first and stop the app starting: a runtime path too long for a socket address is reached
through /proc/self/fd instead. Each side checks that the other is the same user (SO_PEERCRED):
a listener of another user is not "the first instance", and a stranger's message is ignored.

Plain `socket` with a QSocketNotifier rather than Qt Network's QLocalServer: loading Qt Network
(and OpenSSL with it) for one line between two processes cost the first screen 6 MiB.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import re
import socket
import struct
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

APP_ID = "cramp-coach"
# Only the second instance waits, and it has no window yet. Connecting to a socket that is
# there takes well under a millisecond; one that is not fails at once.
CONNECT_TIMEOUT_S = 0.2
RAISE = "raise"
MAX_LINE = 1024  # bytes; anything longer is not from us
# Launchers hand a new process a token that lets its window take focus (Wayland:
# XDG_ACTIVATION_TOKEN; X11 startup notification: DESKTOP_STARTUP_ID). The second launch
# passes its token on, as the raise is really for the launch the user just made.
TOKEN_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")
_TOKEN = re.compile(r"[!-~]{1,512}")  # printable ASCII, no spaces
_SOCKET_PATH_MAX = 104  # sun_path holds 108 bytes on Linux, 104 on the BSDs, with its NUL


def server_name(app_id: str = APP_ID) -> str:
    """The socket's path: in the user's runtime folder, or else in the app's state folder."""
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if runtime and _private(Path(runtime)):
        return str(Path(runtime) / f"{app_id}.socket")
    from cramp_coach.paths import state_folder

    return str(state_folder() / f"{app_id}.socket")


def _private(folder: Path) -> bool:
    """Whether the folder is the user's and no one else may write in it."""
    try:
        status = folder.stat()
    except OSError:
        return False
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def _same_user(connection: socket.socket) -> bool:
    """Whether the process at the other end of the socket runs as this user (SO_PEERCRED)."""
    try:
        credentials = connection.getsockopt(
            socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")
        )
    except OSError:
        return False
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return bool(uid == os.getuid())


def launch_token() -> str:
    """This launch's activation token, or ""."""
    for variable in TOKEN_VARIABLES:
        token = os.environ.get(variable, "")
        if _TOKEN.fullmatch(token):
            return token
    return ""


class SingleInstance(QObject):
    """Decides at start-up whether this is the first instance; the first then hears later
    launches as `raise_requested` (with the later launch's activation token, or "")."""

    raise_requested = Signal(str)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name if name is not None else server_name()
        self._folder_fd: int | None = None  # for a path too long for a socket address
        self.server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}

    def try_become_primary(self) -> bool:
        """True: this is the first instance, now listening. False: another one answered and
        was asked to come to the front; this one should exit."""
        folder = Path(self.name).parent
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            return self._without(error)
        if not _private(folder):  # another user could put a socket there first
            return self._without(PermissionError(f"{folder} is not private to this user"))
        try:
            if self._tell_primary():
                return False
        except OSError as error:
            return self._without(error)  # a first instance that does not answer: run anyway
        try:
            server = self._listen()
        except FileExistsError:
            # The socket file is there but nobody answered a moment ago. Ask once more (two
            # launches at the same moment), then take it over: its instance crashed.
            try:
                if self._tell_primary():
                    return False
            except OSError as error:
                return self._without(error)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._address())
            try:
                server = self._listen()
            except OSError as error:
                return self._without(error)
        except OSError as error:
            return self._without(error)
        self.server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def _address(self) -> str:
        """The socket's address: its path, or the same file through /proc/self/fd when the path
        is longer than a socket address may be (a long $XDG_RUNTIME_DIR)."""
        if len(os.fsencode(self.name)) < _SOCKET_PATH_MAX:
            return self.name
        if self._folder_fd is None:
            flags = os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC
            self._folder_fd = os.open(Path(self.name).parent, flags)
        return f"/proc/self/fd/{self._folder_fd}/{Path(self.name).name}"

    def _listen(self) -> socket.socket:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_mask = os.umask(0o177)  # the socket file is the user's alone (0600)
        try:
            server.bind(self._address())
        except OSError as error:
            server.close()
            if error.errno == errno.EADDRINUSE:  # the file is there
                raise FileExistsError(self.name) from error
            raise
        finally:
            os.umask(old_mask)
        try:
            server.listen(4)
            server.setblocking(False)
        except OSError:
            server.close()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.name)
            raise
        return server

    def _without(self, error: OSError) -> bool:
        # Rather two windows than none: first aid must start whatever the socket says.
        log.warning(
            "single instance: cannot listen on %s (%s); running without it", self.name, error
        )
        return True

    def close(self) -> None:
        """Stops listening (and removes the socket file)."""
        for client, notifier, _ in list(self._clients.values()):
            notifier.setEnabled(False)
            notifier.deleteLater()
            client.close()
        self._clients.clear()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.server is not None:
            self.server.close()
            self.server = None
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.name)
        if self._folder_fd is not None:
            os.close(self._folder_fd)
            self._folder_fd = None

    def _tell_primary(self) -> bool:
        """Whether an instance answered on the socket (it has then been asked to raise)."""
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.settimeout(CONNECT_TIMEOUT_S)
        try:
            client.connect(self._address())
        except (FileNotFoundError, ConnectionRefusedError):  # no file, or a crashed instance's
            client.close()
            return False
        except OSError:  # busy, hung, not ours: never take the socket over for that
            client.close()
            raise
        if not _same_user(client):  # another user's listener: not the first instance
            client.close()
            raise PermissionError(f"{self.name} is answered by another user")
        token = launch_token()
        line = f"{RAISE} {token}\n" if token else f"{RAISE}\n"
        try:
            client.sendall(line.encode("ascii"))
        except OSError as error:
            log.warning("single instance: the running instance did not take the message: %s", error)
        finally:
            client.close()
        return True  # something is listening: never take its socket away

    def _accept(self) -> None:
        assert self.server is not None
        while True:
            try:
                client, _ = self.server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:
                log.warning("single instance: %s", error)
                return
            if not _same_user(client):
                log.warning("single instance: ignored a connection from another user")
                client.close()
                continue
            client.setblocking(False)
            notifier = QSocketNotifier(client.fileno(), QSocketNotifier.Type.Read, self)
            self._clients[client.fileno()] = (client, notifier, bytearray())
            notifier.activated.connect(functools.partial(self._read, client.fileno()))

    def _read(self, fd: int, *_activation: object) -> None:
        client, notifier, buffer = self._clients[fd]
        ended = False
        try:
            while chunk := client.recv(MAX_LINE + 1):
                buffer += chunk
            ended = True  # the other side closed
        except (BlockingIOError, InterruptedError):
            pass
        except OSError:
            ended = True
        while b"\n" in buffer:
            raw, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            self._heard(raw.decode("ascii", "replace"))
        if ended or len(buffer) > MAX_LINE:  # done, or not a line of ours
            notifier.setEnabled(False)
            notifier.deleteLater()
            client.close()
            del self._clients[fd]

    def _heard(self, line: str) -> None:
        word, _, token = line.strip().partition(" ")
        if word == RAISE:
            self.raise_requested.emit(token if _TOKEN.fullmatch(token) else "")
        else:
            log.warning("single instance: ignored a message: %r", line[:80])


def raise_window(window: QWidget, token: str = "") -> None:
    """Brings a window to the front: un-minimised, raised and given focus. `token` is the
    launcher's activation token, which Wayland compositors want before they move focus."""
    if token and _TOKEN.fullmatch(token):
        os.environ["XDG_ACTIVATION_TOKEN"] = token  # Qt's Wayland plugin uses it, once
    # Not showNormal(): a window minimised from maximised comes back maximised.
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()
