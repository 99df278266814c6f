"""One Cramp Coach per user: a second launch brings the first window to the front, then exits.

The first instance listens on a local socket in the user's runtime folder ($XDG_RUNTIME_DIR,
private to the user); a later one connects, says "raise" and quits. A socket file left by an
instance that crashed answers nobody, and is replaced.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

APP_ID = "cramp-coach"
# Only the second instance waits, and it has no window yet. Connecting to a socket that is
# there takes well under a millisecond; one that is not fails at once.
CONNECT_TIMEOUT_MS = 200
RAISE = "raise"
MAX_LINE = 1024  # bytes; anything longer is not from us
# Launchers hand a new process a token that lets its window take focus (Wayland:
# XDG_ACTIVATION_TOKEN; X11 startup notification: DESKTOP_STARTUP_ID). The second launch
# passes its token on, as the raise is really for the launch the user just made.
TOKEN_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")
_TOKEN = re.compile(r"[!-~]{1,512}")  # printable ASCII, no spaces


_SOCKET_PATH_MAX = 104  # sun_path holds 108 bytes on Linux, 104 on the BSDs, with its NUL


def _user() -> str:
    return str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()


def server_name(app_id: str = APP_ID) -> str:
    """The socket: in the user's runtime folder, or a per-user name in the temp folder."""
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if runtime:
        path = str(Path(runtime) / f"{app_id}.socket")
        if len(os.fsencode(path)) < _SOCKET_PATH_MAX:
            return path
        # Too long for a Unix socket: a bare name, still one per user and runtime folder.
        digest = hashlib.sha256(os.fsencode(runtime)).hexdigest()[:12]
        return f"{app_id}-{_user()}-{digest}"
    return f"{app_id}-{_user()}"  # QLocalServer puts a bare name in the temp folder


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
        self.server: QLocalServer | None = None

    def try_become_primary(self) -> bool:
        """True: this is the first instance, now listening. False: another one answered and
        was asked to come to the front; this one should exit."""
        if self._tell_primary():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        listening = server.listen(self.name)
        if not listening and server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # The socket file is there but nobody answered a moment ago. Ask once more (two
            # launches at the same moment), then take it over: its instance crashed.
            if self._tell_primary():
                server.deleteLater()
                return False
            QLocalServer.removeServer(self.name)
            listening = server.listen(self.name)
        if not listening:
            # Rather two windows than none: first aid must start whatever the socket says.
            log.warning(
                "single instance: cannot listen on %s (%s); running without it",
                self.name,
                server.errorString(),
            )
            server.deleteLater()
            return True
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        """Stops listening (and removes the socket file)."""
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _tell_primary(self) -> bool:
        """Whether an instance answered on the socket (it has then been asked to raise)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        token = launch_token()
        line = f"{RAISE} {token}\n" if token else f"{RAISE}\n"
        socket.write(line.encode("ascii"))
        if not socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
            log.warning("single instance: the running instance did not take the message")
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return True  # something is listening: never take its socket away

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine(MAX_LINE + 1).data()).decode("ascii", "replace")
            word, _, token = line.strip().partition(" ")
            if word == RAISE:
                self.raise_requested.emit(token if _TOKEN.fullmatch(token) else "")
            else:
                log.warning("single instance: ignored a message: %r", line[:80])
        if socket.bytesAvailable() > MAX_LINE:
            socket.abort()  # not a line of ours


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
