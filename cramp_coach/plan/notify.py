"""Desktop notifications for the plan's reminders, behind a small interface (`Notifier`): the
real one speaks to the freedesktop Notifications service over D-Bus; tests use a fake.

The real one (`DBusNotifier`) talks D-Bus through jeepney on a socket Qt watches, so nothing
waits on the GUI thread: PySide6's QtDBus cannot send the uint32 that Notify takes (a Python
int goes as int16 or int32, and the service refuses the call). Each reminder carries the
actions "Start now" and "Later"; the service answers with ActionInvoked, which many services
(dunst, GNOME Shell) send only to the connection that made the notification, so one connection
both sends and listens.
"""

from __future__ import annotations

import logging
import socket
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
START, LATER = "start", "later"  # the actions' keys
APP_NAME = "Cramp Coach"
_AUTH_SECONDS = 0.5  # a local bus answers in well under a millisecond


class Notifier(QObject):
    """Shows a reminder for a session; says which action the user chose, or that it cannot."""

    actionInvoked = Signal(str, str)  # noqa: N815 (Qt's style): session id, START or LATER
    unavailable = Signal(str)  # one line: why there are no notifications

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem: str | None = None  # why it cannot show notifications, once known

    def show(self, session_id: str, title: str, body: str, actions: dict[str, str]) -> None:
        """Shows `title` and `body` with `actions` (key: label) for `session_id`."""
        raise NotImplementedError


class DBusNotifier(Notifier):
    """The desktop's notification service on the session bus (or on the bus at `address`)."""

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self._sock: socket.socket | None = None
        self._parser: Any = None
        self._watch: QSocketNotifier | None = None
        self._serials = iter(range(1, 2**31))
        self._waiting: dict[int, str] = {}  # the Notify call's serial -> session id
        self._shown: dict[int, str] = {}  # the service's notification id -> session id

    def show(self, session_id: str, title: str, body: str, actions: dict[str, str]) -> None:
        from jeepney import DBusAddress, new_method_call

        if not self._connect():
            return
        listed = [item for key, label in actions.items() for item in (key, label)]
        hints = {"desktop-entry": ("s", "cramp-coach"), "urgency": ("y", 1)}
        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        # expire_timeout 0: a reminder stays until answered
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (APP_NAME, 0, "cramp-coach", title, body, listed, hints, 0),
        )
        self._waiting[self._send(message)] = session_id

    # -- the connection ------------------------------------------------------------------------

    def _connect(self) -> bool:
        if self._sock is not None:
            return True
        if self.problem is not None:
            return False
        from jeepney import MatchRule, Parser, message_bus
        from jeepney.bus import get_bus
        from jeepney.bus_messages import DBus
        from jeepney.io.blocking import prep_socket

        try:
            bus = get_bus(self.address or "SESSION")
            self._sock = prep_socket(bus, timeout=_AUTH_SECONDS)
        except (OSError, KeyError, ValueError, TimeoutError, RuntimeError) as error:
            self._fail(f"there is no session bus to reach it ({error})")
            return False
        self._sock.setblocking(False)
        self._parser = Parser()
        self._watch = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._read)
        self._send(DBus().Hello())
        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        self._send(message_bus.AddMatch(rule))
        return True

    def _send(self, message: Any) -> int:
        serial = next(self._serials)
        assert self._sock is not None
        try:
            self._sock.sendall(message.serialise(serial=serial))
        except OSError as error:
            self._fail(f"the session bus went away ({error.strerror or error})")
        return serial

    def _fail(self, why: str) -> None:
        self._close()
        if self.problem is None:
            self.problem = why
            log.warning("notifications: %s", why)
            self.unavailable.emit(why)

    def _close(self) -> None:
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch.deleteLater()
            self._watch = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def close(self) -> None:
        """Leaves the bus (the app quits)."""
        self._close()

    def _read(self) -> None:
        if self._sock is None:
            return
        try:
            data = self._sock.recv(65536)
        except BlockingIOError:
            return
        except OSError as error:
            self._fail(f"the session bus went away ({error.strerror or error})")
            return
        if not data:
            self._fail("the session bus closed the connection")
            return
        self._parser.add_data(data)
        for message in iter(self._parser.get_next_message, None):
            self._handle(message)

    def _handle(self, message: Any) -> None:
        from jeepney import HeaderFields, MessageType

        header = message.header
        fields = header.fields
        if header.message_type in (MessageType.method_return, MessageType.error):
            session = self._waiting.pop(fields.get(HeaderFields.reply_serial, -1), None)
            if session is None:
                return
            if header.message_type == MessageType.error:
                name = fields.get(HeaderFields.error_name, "")
                self._fail(f"no notification service answers on the session bus ({name})")
            else:
                self._shown[int(message.body[0])] = session
            return
        if header.message_type != MessageType.signal:
            return
        member = fields.get(HeaderFields.member)
        if fields.get(HeaderFields.interface) != SERVICE:
            return
        if member == "ActionInvoked":
            notification, key = message.body
            session = self._shown.get(int(notification))
            if session is not None and key in (START, LATER):
                self.actionInvoked.emit(session, key)
        elif member == "NotificationClosed":
            self._shown.pop(int(message.body[0]), None)
