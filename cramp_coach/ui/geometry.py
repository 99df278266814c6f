"""Remembers the main window's size and place (and whether it was maximised) between runs;
unusable saved data is ignored, and a window is never put back where no screen shows it."""

from __future__ import annotations

import logging
import struct
from typing import Protocol

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

GEOMETRY_KEY = "window/geometry"
# Enough of the window on a screen to see it and grab it with the mouse.
MIN_VISIBLE = QSize(120, 48)


class Store(Protocol):
    """What is needed of QSettings."""

    def value(self, key: str, /) -> object: ...

    def setValue(self, key: str, value: object, /) -> None: ...  # noqa: N802 (Qt's name)

    def sync(self) -> None: ...


def save_geometry(window: QWidget, store: Store, key: str = GEOMETRY_KEY) -> None:
    """Stores the window's geometry (call it when the window closes)."""
    store.setValue(key, window.saveGeometry())
    store.sync()


def restore_geometry(window: QWidget, store: Store, key: str = GEOMETRY_KEY) -> bool:
    """Puts the window back as saved; False, with the window as it was, when nothing usable is
    saved. Call it before the window is first shown."""
    raw = store.value(key)
    if raw is None:
        return False
    data = _as_bytes(raw)
    before, state = window.geometry(), window.windowState()
    if data is None or not _well_formed(data) or not window.restoreGeometry(data):
        log.warning("%s: the saved window geometry cannot be used; keeping the default", key)
        window.setWindowState(state)
        window.setGeometry(before)
        return False
    keep_on_screen(window)
    return True


def _as_bytes(raw: object) -> QByteArray | None:
    if isinstance(raw, QByteArray):
        return raw
    if isinstance(raw, bytes | bytearray):
        return QByteArray(bytes(raw))
    return None  # a number or text: the settings file was edited by hand, or is damaged


# QWidget::saveGeometry's layout (Qt_4_0 data stream, big-endian): magic, major and minor
# version, frame and normal geometry (QRect: left, top, right, bottom), screen number,
# maximised, full screen; version 2 adds the screen width, version 3 the restored geometry.
_MAGIC = 0x1D9D0CB
_HEADER = struct.Struct(">IHH4i4i")
_LENGTH = {1: 46, 2: 50, 3: 66}


def _well_formed(data: QByteArray) -> bool:
    """Whether the bytes are a whole saved geometry: Qt restores from a cut-off one."""
    raw = bytes(data.data())
    if len(raw) < _HEADER.size:
        return False
    magic, major, _minor, *rects = _HEADER.unpack_from(raw)
    if magic != _MAGIC or len(raw) < _LENGTH.get(major, _HEADER.size):
        return False
    left, top, right, bottom = rects[4:]  # the normal (not maximised) geometry
    return bool(right > left and bottom > top)


def _visible_enough(frame: QRect) -> bool:
    for screen in QGuiApplication.screens():
        seen = screen.availableGeometry().intersected(frame)
        wanted = MIN_VISIBLE.boundedTo(frame.size())
        if seen.width() >= wanted.width() and seen.height() >= wanted.height():
            return True
    return False


def keep_on_screen(window: QWidget) -> bool:
    """Moves a window that no screen shows (enough of) to the middle of the primary screen,
    shrinking it to fit. True if it had to move."""
    primary = QGuiApplication.primaryScreen()
    if primary is None or _visible_enough(window.frameGeometry()):
        return False
    area = primary.availableGeometry()
    size = window.size().boundedTo(area.size()).expandedTo(window.minimumSize())
    window.resize(size)
    placed = QRect(QPoint(0, 0), size)
    placed.moveCenter(area.center())
    window.move(placed.topLeft())
    return True
