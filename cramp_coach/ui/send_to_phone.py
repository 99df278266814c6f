"""Send to phone: the phone page served on the local network for a few minutes, with a QR code
of its address and the address as text; it stops by itself (the time left is shown) or with
Stop. The page is made off the GUI thread; serving runs on a thread of its own (pocket/server.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cramp_coach.i18n import fill
from cramp_coach.ui.dialog_fit import fit_dialog

if TYPE_CHECKING:
    from cramp_coach.context import AppContext
    from cramp_coach.pocket.server import PocketServer
    from cramp_coach.ui.host import Host


class QrCode(QWidget):
    """A QR code of `text`, as large as the widget allows (square)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cramp_coach import qr  # segno is loaded when first asked for, not at start-up

        self.modules = qr.matrix(text)
        self.setMinimumSize(240, 240)
        self.setAccessibleName(self.tr("QR code of the address"))
        self.setAccessibleDescription(text)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        from cramp_coach import qr

        painter = QPainter(self)
        qr.paint(painter, QRectF(self.rect()), self.modules)
        painter.end()


class SendToPhoneDialog(QDialog):
    """The address, its QR code and the time left; Stop (or closing it) stops serving."""

    def __init__(self, server: PocketServer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.server = server
        self.setWindowTitle(self.tr("Send to phone"))
        body = QWidget()
        column = QVBoxLayout(body)
        intro = QLabel(
            self.tr(
                "Scan the code with the phone's camera, on the same Wi-Fi network: the routine "
                "opens as one page. To have it without a network, save the page on the phone "
                "(its browser's Share or Download): served over the local network, the browser "
                "does not keep it offline by itself. Only that page is served: your journal "
                "never leaves this computer."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.unreachable = QLabel(
            self.tr(
                "This computer is on no local network, so a phone cannot open this address. "
                "Write the page to a file instead (cramp-coach pocket -o cramp.html) and copy it "
                "to the phone."
            )
        )
        self.unreachable.setWordWrap(True)
        self.unreachable.setVisible(urlsplit(server.url).hostname in ("127.0.0.1", "localhost"))
        column.addWidget(self.unreachable)
        self.code = QrCode(server.url)
        column.addWidget(self.code, 1, Qt.AlignmentFlag.AlignHCenter)
        self.address = QLabel(server.url)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setAccessibleName(self.tr("Address of the page"))
        column.addWidget(self.address)
        self.left = QLabel()
        self.left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.left)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleDescription(self.tr("Stops serving the page now."))
        self.stop_button.clicked.connect(self.stop)
        row.addStretch(1)
        row.addWidget(self.stop_button)
        fit_dialog(self, body, buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        """The time left, or that it has stopped (then the code goes: it leads nowhere)."""
        left = round(self.server.left())
        if left <= 0:
            self.timer.stop()
            self.server.stop(wait=False)
            self.code.hide()
            self.left.setText(self.tr("Stopped: the page is no longer served."))
            self.stop_button.setText(self.tr("Close"))
            self.stop_button.clicked.disconnect()
            self.stop_button.clicked.connect(self.accept)
            return
        self.left.setText(fill(self.tr("Stops by itself in %1:%2"), left // 60, f"{left % 60:02d}"))

    def stop(self) -> None:
        self.server.stop(wait=False)
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.server.stop(wait=False)
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.server.stop(wait=False)
        super().done(result)


class _Made(QObject):
    """Carries the page made on a worker thread back to the GUI thread (a queued signal)."""

    ready = Signal(bytes, str, str)  # the page, its title, a problem ("" when none)


class SendToPhone(QObject):
    """The window's Send to phone command: makes the page off the GUI thread, then serves it
    and shows the dialog. `serve` makes the server (a test passes one on loopback)."""

    def __init__(
        self,
        host: Host,
        parent: QWidget,
        context: AppContext,
        serve: Callable[[bytes, str], PocketServer] | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.parent_widget = parent
        self.context = context
        self.serve = serve
        self.dialog: SendToPhoneDialog | None = None
        self._made = _Made(self)
        self._made.ready.connect(self._show)
        self._making = False

    def serving_url(self) -> str:
        """The address being served now ("" when none), for a sheet printed meanwhile."""
        dialog = self.dialog
        return dialog.server.url if dialog is not None and dialog.server.left() > 0 else ""

    def start(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        if self._making:
            return
        self._making = True
        self.host.status(self.tr("Making the phone page…"))
        context = self.context
        options = (context.language, context.hold_seconds(), context.user_exercises)
        threading.Thread(target=self._make, args=options, daemon=True).start()

    def _make(self, language: str, hold_seconds: int, user_folder: object) -> None:
        from pathlib import Path

        from cramp_coach.content import ContentError
        from cramp_coach.pocket.page import PageError, PageOptions, build_page

        folder = user_folder if isinstance(user_folder, Path) else None
        try:
            page = build_page(PageOptions(language, hold_seconds, folder, served=True))
        except (ContentError, PageError, OSError) as error:
            self._made.ready.emit(b"", "", str(error))
            return
        self._made.ready.emit(page, self.context.routine.title, "")

    def _show(self, page: bytes, title: str, problem: str) -> None:
        from cramp_coach.pocket.server import PocketServer, ServeError

        self._making = False
        self.host.status("")
        if problem:
            self.host.notify(fill(self.tr("The phone page could not be made: %1"), problem))
            return
        try:
            server = (self.serve or PocketServer)(page, title).start()
        except ServeError as error:
            self.host.notify(str(error))
            return
        self.dialog = SendToPhoneDialog(server, self.parent_widget)
        self.dialog.finished.connect(lambda _result: self.host.refocus())
        self.dialog.show()
