"""Send to phone in the window: Ctrl+Shift+S makes the page off the GUI thread, serves it behind
its token and shows the address with a QR code that a real decoder (zbarimg) reads back."""

from __future__ import annotations

import http.client
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.pocket.server import PocketServer
from cramp_coach.settings import Settings
from cramp_coach.ui.main_window import MainWindow
from cramp_coach.ui.send_to_phone import SendToPhoneDialog
from tests.contexts import make_context, on_screen
from tests.fakes import ManualClock


def decoded(png: Path) -> str:
    """What zbarimg (Debian's zbar-tools) reads in the picture."""
    if shutil.which("zbarimg") is None:
        pytest.fail("no zbarimg: `make test` installs Debian's zbar-tools (see the Makefile)")
    done = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True, check=False
    )
    return done.stdout.strip()


def fetch(url: str) -> tuple[int, bytes]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
    try:
        connection.request("GET", parts.path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


class Later:
    def __init__(self) -> None:
        self.t = 50.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def window(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> Iterator[MainWindow]:
    win = on_screen(qtbot, MainWindow(make_context(routine, settings, clock)))
    yield win
    win.close()


def test_ctrl_shift_s_serves_the_page_and_its_qr_code_reads_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    made: list[PocketServer] = []

    def serve(page: bytes, title: str) -> PocketServer:
        made.append(PocketServer(page, title, host="127.0.0.1", address="127.0.0.1"))
        return made[-1]

    window.phone.serve = serve
    qtbot.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.phone.dialog is not None and window.phone.dialog.isVisible())
    dialog = window.phone.dialog
    assert dialog is not None
    server = made[0]
    assert dialog.address.text() == server.url
    picture = tmp_path / "send-to-phone.png"
    assert dialog.grab().save(str(picture))
    assert decoded(picture) == server.url
    status, page = fetch(server.url)
    assert status == 200 and b'<link rel="manifest"' in page
    assert window.context.routine.title.encode() in page
    dialog.stop_button.click()
    assert server.stopped.wait(2)
    assert dialog.code.isHidden()
    dialog.close()


def test_the_dialog_counts_down_and_stops_by_itself(qtbot: QtBot) -> None:
    later = Later()
    server = PocketServer(b"page", "t", 120, later, host="127.0.0.1", address="127.0.0.1")
    dialog = SendToPhoneDialog(server.start())
    qtbot.addWidget(dialog)
    assert "2:00" in dialog.left.text()
    assert not dialog.unreachable.isHidden()  # on loopback: a phone could never reach it
    lan = PocketServer(b"page", "t", host="127.0.0.1", address="192.168.1.23")
    other = SendToPhoneDialog(lan)
    qtbot.addWidget(other)
    assert other.unreachable.isHidden()
    lan.stop()
    later.t += 61
    dialog.refresh()
    assert "0:59" in dialog.left.text()
    later.t += 59
    assert server.stopped.wait(2)
    dialog.refresh()
    assert dialog.code.isHidden() and dialog.stop_button.text() == "Close"
